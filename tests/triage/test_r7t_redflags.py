"""Round 7 red-flag classes of the fresh set r7t: each row is a conversation of patient messages
with the emergency code it must raise, the urgent finding it must give instead of an emergency,
or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row

BLEED = "heavy_bleeding"
SUICIDE = "suicide_self_harm"
THOUGHTS = "suicidal_thoughts"
DVT = "dvt_signs"
PALP = "palpitations_urgent"
PALP_RED = "palpitations_red"
PE = ("dvt_pe", "pulmonary_embolism")
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    # --- bleeding that has stopped (r7t-en-078): nhs.uk 'Cuts and grazes' - press on it and
    # cover it with a plaster or dressing; 999/A&E for bleeding that will not stop or spurts
    (
        ["cut my finger on a paper edge and it bled loads for a bit but stopped with a plaster"],
        NONE,
        NONE,
    ),
    (["it bled a lot but stopped after a few minutes"], NONE, NONE),
    (["sliced my thumb cooking, bled loads, stopped on its own"], NONE, NONE),
    (["bled heavily and then it stopped"], NONE, NONE),
    (["cut my hand and it bled heavily, stopped with pressure"], NONE, NONE),
    (["切菜划到手 流了好多血 贴了创可贴就不流了"], NONE, NONE),
    (["手指割了 流了很多血 现在不流血了"], NONE, NONE),
    (["流了不少血 包上纱布以后不出血了"], NONE, NONE),
    (["流了好多血 后来自己停了"], NONE, NONE),
    (["bled like crazy but it's stopped now"], NONE, NONE),
    (["there was loads of blood but it stopped once I pressed on it"], NONE, NONE),
    # ... bleeding that goes on, comes back or spurts stays an emergency
    (["cut my finger and it bled loads and it won't stop"], BLEED, NONE),
    (["bled loads, stopped with a plaster but started again"], BLEED, NONE),
    (["bled heavily, stopped with pressure but it started again"], BLEED, NONE),
    (["bled a lot and it's still bleeding"], BLEED, NONE),
    (["cut my arm, blood is spurting out"], BLEED, NONE),
    (["流了好多血 贴了创可贴不流了 后来又流"], BLEED, NONE),
    (["出了好多血 按着也止不住"], BLEED, NONE),
    (["流了很多血 还在流"], BLEED, NONE),
    (["流了好多血 后来停了一下又开始流"], BLEED, NONE),
    # --- someone else's suicide in the news, a film or a documentary (r7t-en-081, r7t-zh-001)
    # is not the writer's suicidal thoughts (nhs.uk 'Help for suicidal thoughts'; ConText
    # experiencer)
    (
        [
            "read about a suicide in the news and its been on my mind, now sleeping badly, any tips to get to sleep"
        ],
        NONE,
        NONE,
    ),
    (["看新闻说有人自杀 心里有点堵 这两天睡不好 想问怎么调节睡眠"], NONE, NONE),
    (
        ["watched a documentary about a celebrity's suicide and can't stop thinking about it"],
        NONE,
        NONE,
    ),
    (["saw on the news that someone committed suicide at the station, it upset me"], NONE, NONE),
    (["看了一部关于自杀的纪录片 晚上睡不着"], NONE, NONE),
    (["刷到一个明星自杀的新闻 心里很难受"], NONE, NONE),
    (["电影里主角最后自杀了 看完哭了好久"], NONE, NONE),
    (["someone at my work committed suicide last week and I can't sleep"], NONE, NONE),
    (["there was a suicide at my school, I'm struggling to sleep"], NONE, NONE),
    (["学校有人自杀了 我这几天睡不着"], NONE, NONE),
    (["有个明星跳楼了 心里难受"], NONE, NONE),
    # ... the writer's own thoughts, a method looked up, a note, stay an emergency
    (["saw a film about suicide and now I keep thinking about killing myself"], SUICIDE, NONE),
    (["since the documentary I've been feeling suicidal"], SUICIDE, NONE),
    (["read about a suicide in the news and I want to die too"], SUICIDE, NONE),
    (["I've been reading about suicide methods"], SUICIDE, NONE),
    (["I've been reading about suicide"], SUICIDE, NONE),
    (["I wrote a suicide note"], SUICIDE, NONE),
    (["I keep thinking about suicide"], SUICIDE, NONE),
    (["看了新闻以后我也想自杀"], SUICIDE, NONE),
    (["看新闻说有人自杀 我也想死"], SUICIDE, NONE),
    (["看了自杀的新闻 我也想自杀了"], SUICIDE, NONE),
    (["新闻说他想自杀"], SUICIDE, NONE),
    (["someone at my work committed suicide and now I want to die too"], SUICIDE, NONE),
    (["学校有人自杀了 我也想死"], SUICIDE, NONE),
    (["my daughter attempted suicide last night"], SUICIDE, NONE),
    (["我女儿想自杀"], SUICIDE, NONE),
    (["他说想自杀"], SUICIDE, NONE),
    # --- passive suicidal thoughts with a plan and intent explicitly denied (r7t-en-060,
    # r7t-zh-018): nhs.uk 'Help for suicidal thoughts' - not in immediate danger: GP, 111 or a
    # helpline today (urgent, never less); 999/A&E with a plan, the means, a time, intent or an act
    (
        [
            "been having thoughts that everyone would be better off without me, no plan and i wont do anything tonight but i need to talk to someone"
        ],
        NONE,
        THOUGHTS,
    ),
    (["最近老觉得自己死了大家都轻松 没有计划 今晚不会做啥 但想找人聊聊"], NONE, THOUGHTS),
    (["they'd be better off without me. I'm not going to do anything stupid"], NONE, THOUGHTS),
    (
        ["it would be easier for everyone if I was gone, no intention of acting on it"],
        NONE,
        THOUGHTS,
    ),
    (["I don't want to be here anymore, no plan"], NONE, THOUGHTS),
    (["要是我不在了 家里人都会轻松 不过我不会做什么傻事"], NONE, THOUGHTS),
    (["有时候想死 没有计划 不会去做"], NONE, THOUGHTS),
    # ... the same thoughts told alone, or with the means saved up, a time chosen, or an act,
    # stay an emergency whatever the denial
    (["everyone would be better off without me"], SUICIDE, NONE),
    (["my family would be better off without me"], SUICIDE, NONE),
    (["我觉得我死了大家都轻松"], SUICIDE, NONE),
    (["最近老觉得自己死了大家都轻松"], SUICIDE, NONE),
    (["I have no plan but I've saved up my pills"], SUICIDE, NONE),
    (["没有计划 但是药已经攒够了"], SUICIDE, NONE),
    (["I want to die, no plan, but tonight's the night"], SUICIDE, NONE),
    (["I cut myself tonight but I have no plan to kill myself"], SUICIDE, NONE),
    (["割腕了 不过没打算死"], SUICIDE, NONE),
    (
        [
            "everyone would be better off without me",
            "no plan",
            "I've been stockpiling my sleeping pills",
        ],
        SUICIDE,
        NONE,
    ),
    # look-alikes: a denial alone, a plain low day
    (["I'm not going to do anything tonight"], NONE, NONE),
    (["没有计划"], NONE, NONE),
    # --- a possible DVT (r7t-zh-002): one calf or leg swollen with throbbing pain, redness or
    # warmth, or after a long journey, no breathlessness or chest pain - nhs.uk 'DVT': urgent GP
    # or 111; 999 with breathlessness or chest pain
    (["右小腿从昨天开始又红又肿一跳一跳地疼 坐了很久的大巴 不喘胸口也不疼"], NONE, DVT),
    (
        [
            "my left calf is red, swollen and throbbing since yesterday after a long coach ride, not breathless, no chest pain"
        ],
        NONE,
        DVT,
    ),
    (["my right leg is swollen and painful"], NONE, DVT),
    (["one calf is swollen and hot since my flight"], NONE, DVT),
    (["my left calf is swollen and tender to the touch"], NONE, DVT),
    (["左边小腿肿了 按着疼"], NONE, DVT),
    (["左腿肿了", "小腿肚子一跳一跳地疼"], NONE, DVT),
    # ... with breathlessness it is the emergency
    (["my right calf is swollen and I'm short of breath"], PE, NONE),
    (["右小腿又红又肿 喘不上气"], PE, NONE),
    # look-alikes: both legs, a sprain, a sports knock, a bite, a denial
    (["both legs swollen in the evenings"], NONE, NONE),
    (["两条腿都肿"], NONE, NONE),
    (["sprained my ankle and my left leg is swollen"], NONE, NONE),
    (["my calf hurts after football, bit swollen"], NONE, NONE),
    (["被蚊子咬了 右小腿肿了一块 很痒"], NONE, NONE),
    (["右小腿肿 不疼不红"], NONE, NONE),
    (["my left leg is swollen, no pain, not red"], NONE, NONE),
    # --- palpitations with a heart condition, or lasting hours or getting worse, no chest pain,
    # fainting or breathlessness (r7t-en-074, r7t-zh-042): nhs.uk 'Heart palpitations' - urgent
    # GP or 111; 999 with chest pain, severe breathlessness or fainting
    (
        [
            "my heart has been fluttering and irregular for a couple of hours, i have a heart condition, no chest pain not dizzy not breathless"
        ],
        NONE,
        PALP,
    ),
    (["心脏乱跳两三个小时了 一下快一下慢 我有心脏病 不胸痛不头晕也不喘"], NONE, PALP),
    (["I have AF and my heart is racing"], NONE, PALP),
    (["irregular heartbeat since this morning, no chest pain"], NONE, PALP),
    (["palpitations since this morning that won't settle"], NONE, PALP),
    (["my palpitations are getting worse"], NONE, PALP),
    (["我有冠心病 最近心慌"], NONE, PALP),
    (["心跳乱了一上午了"], NONE, PALP),
    (["心慌得越来越厉害"], NONE, PALP),
    (["my son has a heart condition and his heart is racing"], NONE, PALP),
    (["heart racing", "for a few hours now", "I had a stent put in"], NONE, PALP),
    # ... with chest pain or fainting it is the emergency
    (["irregular heartbeat and chest pain"], PALP_RED, NONE),
    (["心脏乱跳 刚才晕倒了"], PALP_RED, NONE),
    # look-alikes: a brief flutter after coffee or stress, a relative's heart condition, worry
    # that will not stop
    (["my heart races when I drink coffee, otherwise fine"], NONE, NONE),
    (["喝了咖啡有点心慌，没有胸痛也不头晕"], NONE, NONE),
    (["heart skipping beats now and then"], NONE, NONE),
    (["my mum has a heart condition, I get palpitations sometimes"], NONE, NONE),
    (["我妈有心脏病 我偶尔心慌"], NONE, NONE),
    (["整天担心这担心那的，停不下来，心慌手抖"], NONE, NONE),
    (["no heart problems, palpitations for a few seconds"], NONE, NONE),
]


@pytest.mark.parametrize(
    ("messages", "emergency", "urgent"), ROWS, ids=[str(i) for i in range(len(ROWS))]
)
def test_row(messages: list[str], emergency: str | tuple[str, ...], urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)
