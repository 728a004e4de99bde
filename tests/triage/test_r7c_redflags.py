"""Round 7 red-flag classes of the fresh set r7c: each row is a conversation of patient messages
with the emergency code it must raise, the urgent finding it must give instead of an emergency,
or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row

CARDIAC = "chest_pain_cardiac"
ATTEMPT = "suicide_attempt_recent"
OD = "overdose_poisoning"
SUICIDE = "suicide_self_harm"
PALP = "palpitations_urgent"
PULSE = "pulse_irregular"
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    # --- a relative's heart attack told as family history (r7c-en-13) is not the writer's chest
    # emergency (ConText experiencer; nhs.uk 'Heart attack' is about one happening now; nhs.uk
    # 'Heartburn and acid reflux': heartburn most days for 3 weeks or more is a GP's)
    (
        [
            "heartburn pretty much every day for over a month, gaviscon barely touches it now. my uncle had a heart attack so i'm a bit paranoid"
        ],
        NONE,
        NONE,
    ),
    (["my uncle had a heart attack so I worry about my heartburn"], NONE, NONE),
    (["my dad had a massive heart attack and i'm scared it runs in the family"], NONE, NONE),
    (["my mum died of a heart attack, I've had indigestion for weeks"], NONE, NONE),
    (["my grandad passed away from a heart attack and I keep getting reflux"], NONE, NONE),
    (["我舅舅心梗走的 我老是烧心有点担心"], NONE, NONE),
    (["我爸是心梗去世的 我最近老反酸"], NONE, NONE),
    (["我叔叔得过心梗 我有点怕"], NONE, NONE),
    # ... one happening now, just now, or the writer's own, stays the emergency
    (["my dad is having a heart attack"], CARDIAC, NONE),
    (["my dad had a heart attack an hour ago"], CARDIAC, NONE),
    (["my mum had a heart attack, what do I do"], CARDIAC, NONE),
    (["I think I'm having a heart attack"], CARDIAC, NONE),
    (["my dad died of a heart attack. I have crushing chest pain now"], CARDIAC, NONE),
    (["我爸刚才心梗了 怎么办"], CARDIAC, NONE),
    (["我爸心梗了"], CARDIAC, NONE),
    (["我觉得我心梗了"], CARDIAC, NONE),
    # --- a suicide attempt told in the past: days to weeks ago it is at least an urgent finding
    # (nhs.uk 'Help for suicidal thoughts': get help today; NICE NG225 'Self-harm' 1.5), years
    # ago it is history only
    (["I made a suicide attempt last week"], NONE, ATTEMPT),
    (["I tried to kill myself last week"], NONE, ATTEMPT),
    (["I had a suicide attempt a few weeks ago, feeling a bit better now"], NONE, ATTEMPT),
    (["I took an overdose last week"], NONE, ATTEMPT),
    (["I tried to hang myself last month"], NONE, ATTEMPT),
    (["my daughter tried to kill herself last week"], NONE, ATTEMPT),
    (["上周自杀过一次"], NONE, ATTEMPT),
    (["前几天吞过药"], NONE, ATTEMPT),
    # ... told now or with the thoughts going on, it stays the emergency
    (["tried to kill myself on Saturday"], SUICIDE, NONE),
    (["I attempted suicide"], SUICIDE, NONE),
    (["三天前吃安眠药自杀 被救回来了"], SUICIDE, NONE),
    (["两周前试图自杀 现在情绪还是很低落"], SUICIDE, NONE),
    (["最近自杀未遂 被家人救了"], SUICIDE, NONE),
    # ... a paracetamol overdose in the last days stays the emergency (nhs.uk 'Paracetamol
    # overdose': A&E even if well - liver damage shows days later)
    (["I took an overdose of paracetamol 2 days ago and feel fine now"], OD, NONE),
    (["I overdosed on paracetamol the other day"], OD, NONE),
    (["took a whole packet of paracetamol last night"], OD, NONE),
    (["前天吞了一瓶扑热息痛 现在没事"], OD, NONE),
    # look-alikes: years ago, a friend's attempt, a denial, an ordinary dose
    (["attempted suicide 10 years ago"], NONE, NONE),
    (["previous suicide attempt in 2015"], NONE, NONE),
    (["十年前自杀过一次"], NONE, NONE),
    (["以前自杀过"], NONE, NONE),
    # ... an attempt told at a time of life long past (when I was 16, as a teenager, at
    # university, 上学的时候) is history only (NICE NG225 1.5); thoughts told now with it stay
    (["a suicide attempt when I was 16"], NONE, NONE),
    (["I tried to kill myself when I was 15"], NONE, NONE),
    (["attempted suicide at 16"], NONE, NONE),
    (["I took an overdose when I was 17"], NONE, NONE),
    (["I made a suicide attempt in my teens, doing ok now"], NONE, NONE),
    (["I had a suicide attempt at university"], NONE, NONE),
    (["tried to hang myself aged 19"], NONE, NONE),
    (["I attempted suicide as a teenager"], NONE, NONE),
    (["我上学的时候自杀过"], NONE, NONE),
    (["我十六岁那年自杀未遂"], NONE, NONE),
    (["上高中时自杀未遂 现在挺好的"], NONE, NONE),
    (["大学时候吃安眠药自杀 被救回来了"], NONE, NONE),
    (["I attempted suicide at 3am"], SUICIDE, NONE),
    (["I attempted suicide when I was 16 and I want to die again now"], SUICIDE, NONE),
    (["my daughter is 16 and tried to kill herself"], SUICIDE, NONE),
    (["I want to kill myself, I was abused when I was 16"], SUICIDE, NONE),
    (["上高中时自杀未遂 现在又想死了"], SUICIDE, NONE),
    (["I took an overdose at 2pm"], OD, NONE),
    (["my 16 year old tried to kill herself last week"], NONE, ATTEMPT),
    (["my friend attempted suicide last week and I cannot sleep"], NONE, NONE),
    # ... a friend's, a colleague's or a classmate's attempt or death is not the writer's
    # (ConText experiencer; nhs.uk 'Help for suicidal thoughts' is about the writer's own); what
    # they say they want, or the writer's own thoughts with it, stays
    (["同事上周自杀未遂 我很难过"], NONE, NONE),
    (["朋友前几天自杀了 我睡不着"], NONE, NONE),
    (["我同学跳楼了 心里难受"], NONE, NONE),
    (["my colleague killed himself last month, I feel numb"], NONE, NONE),
    (["朋友说他想自杀"], SUICIDE, NONE),
    (["我朋友自杀过 我也想死"], SUICIDE, NONE),
    (["朋友劝我别自杀"], SUICIDE, NONE),
    (["my friend said she wants to kill herself"], SUICIDE, NONE),
    (["I have never attempted suicide"], NONE, NONE),
    (["没有自杀过"], NONE, NONE),
    (["前几天吃过药 感冒好了"], NONE, NONE),
    (["前天吃了扑热息痛 头疼好了"], NONE, NONE),
    (["I had paracetamol yesterday for my headache"], NONE, NONE),
    # --- ten or more tablets of any medicine taken at once, counted after the taking or named
    # by the medicine's own name, is an overdose (nhs.uk 'Paracetamol overdose' / 'Poisoning':
    # A&E); an ordinary dose, a pack size or tablets over days are not
    (["took paracetamol and ibuprofen together, 30 tablets"], OD, NONE),
    (["I took paracetamol and ibuprofen at the same time, about 20 tablets in total"], OD, NONE),
    (["swallowed 20 of my sertraline"], OD, NONE),
    (["took 14 of my citalopram last night"], OD, NONE),
    (["she swallowed about 30 of her amitriptyline"], OD, NONE),
    (["took 20 painkillers at once"], OD, NONE),
    (["took a whole strip of ibuprofen"], OD, NONE),
    (["吃了二十多片布洛芬"], OD, NONE),
    (["一下子吃了半瓶药"], OD, NONE),
    (["同时吃了布洛芬和扑热息痛 一共三十片"], OD, NONE),
    (["吞了20粒舍曲林"], OD, NONE),
    (["一口气吃了十几片安眠药"], OD, NONE),
    (["I took 2 paracetamol and 2 ibuprofen together"], NONE, NONE),
    (["the box has 32 tablets, I took 2"], NONE, NONE),
    (["I took 2 and there are 30 tablets left"], NONE, NONE),
    (["I took 20 tablets over the last week for my back"], NONE, NONE),
    (["took 3 sertraline by mistake"], NONE, NONE),
    (["I've been taking sertraline for 10 years"], NONE, NONE),
    (["吃了两片布洛芬"], NONE, NONE),
    (["一盒有二十四片 我吃了两片"], NONE, NONE),
    (["每天吃一片舍曲林 吃了二十天了"], NONE, NONE),
    # --- a brief faint with a clear trigger (giving blood, blood taken, a jab) and a quick
    # recovery is a simple faint (nhs.uk 'Fainting': see a GP; 999 only if they do not wake, with
    # chest pain, a fit or an injury); still out, a fit or chest pain stays the emergency
    (["fainted after giving blood, came round at once, fine now"], NONE, NONE),
    (["I passed out after donating blood but came round straight away"], NONE, NONE),
    (["fainted at the blood donation, fine now"], NONE, NONE),
    (["passed out when they took my blood, woke up in seconds"], NONE, NONE),
    (["fainted during my flu jab, fine now"], NONE, NONE),
    (["献血后晕倒了一下 马上就醒了"], NONE, NONE),
    (["抽完血晕过去了 几秒就醒了"], NONE, NONE),
    (["打完疫苗晕倒了一下 很快就好了"], NONE, NONE),
    (["fainted after giving blood and is still not responding"], "unconscious_seizure", NONE),
    (["fainted after giving blood and was jerking"], "unconscious_seizure", NONE),
    (["collapsed after giving blood and hasn't come round"], "unconscious_seizure", NONE),
    (["fainted after giving blood, had chest pain before"], "unconscious_seizure", NONE),
    (["fainted when the nurse took my blood pressure"], "unconscious_seizure", NONE),
    (["I fainted this morning"], "unconscious_seizure", NONE),
    (["献血后晕倒了 到现在还没醒"], "unconscious_seizure", NONE),
    (["献血后晕倒了 还抽搐"], "unconscious_seizure", NONE),
    (["献血后晕倒了 胸口疼"], ("unconscious_seizure", CARDIAC), NONE),
    # --- palpitations for days, or with an irregular pulse (r7c-zh-25): nhs.uk 'Heart
    # palpitations' (urgent GP or 111 if they last a long time); MTS 'Palpitations' 'Abnormal
    # pulse' (yellow)
    (["我爸说心里乱跳 两天了 有点累"], NONE, PALP),
    (["心慌三天了"], NONE, PALP),
    (["palpitations for 3 days now"], NONE, PALP),
    (["my heart has been racing on and off for a few days"], NONE, PALP),
    (["心慌 摸脉搏很乱"], NONE, PULSE),
    (["my pulse is irregular and I have palpitations"], NONE, PULSE),
    (
        ["我爸说心里乱跳", "80", "摸脉搏很乱 一会快一会慢 110左右 没有胸痛 不喘 没晕过"],
        NONE,
        PULSE,
    ),
    # look-alikes: a flutter now and then, nerves, coffee
    (["heart skipping beats now and then"], NONE, NONE),
    (["心里有点慌 考试紧张"], NONE, NONE),
    (["喝了咖啡有点心慌，没有胸痛也不头晕"], NONE, NONE),
]


@pytest.mark.parametrize(
    ("messages", "emergency", "urgent"), ROWS, ids=[str(i) for i in range(len(ROWS))]
)
def test_row(messages: list[str], emergency: str | tuple[str, ...], urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)
