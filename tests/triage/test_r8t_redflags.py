"""Round 8t red-flag classes (single-message set r8t): each row is a conversation of patient
messages with the emergency code it must raise, or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row

BREATH = "severe_breathing"
BLEED = "heavy_bleeding"
NONE = ""

# --- sweat soaking the sheets (r8t-en-020): night sweats and hot flushes are no bleed (nhs.uk
# 'Menopause': see a GP; 'Night sweats'); blood, a period or a pad soaking through stays 999
SWEAT_ROWS: list[tuple[list[str], str, str]] = [
    (
        ["51, hot flushes all day, night sweats soaking the sheets, periods all over the place"],
        NONE,
        NONE,
    ),
    (["menopause I think, night sweats drenching my sheets every night"], NONE, NONE),
    (["sweating so much at night it soaks my pyjamas and the sheets"], NONE, NONE),
    (["hot flushes, I wake up soaking the sheets with sweat"], NONE, NONE),
    (["nite sweats soaking the sheets, perimenopause"], NONE, NONE),
    (["fever and night sweats, soaked my shirt"], NONE, NONE),
    (["盗汗很厉害 床单都湿透了 月经不规律 51岁"], NONE, NONE),
    (["潮热出汗 晚上出汗把被子都湿透了"], NONE, NONE),
    (["更年期 潮热 盗汗 衣服都湿透了"], NONE, NONE),
    # heavy bleeding soaking stays
    (["bleeding heavily, soaking through a pad every hour"], BLEED, NONE),
    (["soaked through my pads and my sheets, the bleeding won't stop"], BLEED, NONE),
    (["my period is so heavy I'm soaking the sheets"], BLEED, NONE),
    (["night sweats but also bleeding, soaking through a towel"], BLEED, NONE),
    (["cut my arm, blood soaking through the towel"], BLEED, NONE),
    (["hot flushes and now bleeding soaking the sheets"], BLEED, NONE),
    (["sweating, and soaked through two tampons in an hour"], BLEED, NONE),
    (["卫生巾一小时就湿透了 还出汗"], BLEED, NONE),
    (["出汗 出血不止"], BLEED, NONE),
    (["bleeding down below and sweating, soaking the sheets"], BLEED, NONE),
    (["clots and sweating, drenching my clothes"], BLEED, NONE),
]
# --- a nick or small cut with "blood everywhere" (r8t-en-022): nhs.uk 'Cuts and grazes' - press
# on it; A&E if it still bleeds after 10 minutes of pressure, is large or deep, or spurts
CUT_ROWS: list[tuple[list[str], str, str]] = [
    (
        ["cut myself shaving and theres blood everywhere, been going 5 min, tiny nick on my chin"],
        NONE,
        NONE,
    ),
    (["tiny cut on my finger but there's lots of blood"], NONE, NONE),
    (["paper cut bleeding everywhere lol"], NONE, NONE),
    (["nicked my ear with the clippers, blood everywhere"], NONE, NONE),
    (["small cut on my knee, bled loads, about 3 minutes now"], NONE, NONE),
    (["a nick on my lip shaving, so much blood"], NONE, NONE),
    (["tiney cut on my thumb but blood evrywhere"], NONE, NONE),
    (["刮胡子划了个小口子 流了好多血 5分钟了"], NONE, NONE),
    (["刮胡子刮破了 满手都是血"], NONE, NONE),
    (["手指划了个小口子 流了好多血"], NONE, NONE),
    (["被纸割了一下 流了不少血"], NONE, NONE),
    # stays an emergency
    (["tiny cut but blood everywhere, been 20 minutes and it won't stop"], BLEED, NONE),
    (["small cut, blood everywhere for half an hour"], BLEED, NONE),
    (["shaving cut, blood everywhere, been 15 mins pressing on it"], BLEED, NONE),
    (["tiny cut on my wrist, blood spurting everywhere"], BLEED, NONE),
    (["small but deep cut, lots of blood"], BLEED, NONE),
    (["tiny cut, I'm on warfarin, blood everywhere"], BLEED, NONE),
    (["cut my hand on glass, blood everywhere"], BLEED, NONE),
    (["shaving cut, bleeding won't stop after 15 minutes of pressure"], BLEED, NONE),
    (["cut my leg, lots of blood"], BLEED, NONE),
    (["小口子 流了好多血 二十分钟了还在流"], BLEED, NONE),
    (["手划了个小口子 血往外喷"], BLEED, NONE),
    (["切菜切到手 流了好多血"], BLEED, NONE),
    (["刮胡子划破了 血止不住"], BLEED, NONE),
    (["小伤口 吃着华法林 流了好多血"], BLEED, NONE),
    # stopped
    (["tiny cut, lots of blood but it stopped with a plaster"], NONE, NONE),
]
# --- "can't breathe" told with a blocked nose (r8t-en-029, r8t-zh-039): nhs.uk 'Common cold',
# 'Sinusitis' - self care; a chest, wheeze, blue lips, broken speech, gasping, asthma, a young
# child, an allergy or the mouth no help either keeps it severe breathing
NOSE_ROWS: list[tuple[list[str], str, str]] = [
    (
        [
            "I literally can't breathe!! nose totally blocked for 3 days, sneezing, sore throat. chest fine"
        ],
        NONE,
        NONE,
    ),
    (["鼻子堵死了 完全喘不过气来 流鼻涕打喷嚏 感冒第三天"], NONE, NONE),
    (["I can't breathe through my nose, it's so blocked"], NONE, NONE),
    (["cant breath, nose is completely bunged up with this cold"], NONE, NONE),
    (["stuffy nose, can barely breathe, have to breathe through my mouth"], NONE, NONE),
    (["blocked nose and sinuses, I can't breathe at all through it"], NONE, NONE),
    (["cold, nose blocked, cnat breathe"], NONE, NONE),
    (["鼻塞 喘不上气"], NONE, NONE),
    (["鼻子不通气 呼吸不了 感冒了"], NONE, NONE),
    (["感冒鼻子堵了 用鼻子不能呼吸"], NONE, NONE),
    (["鼻子堵得完全喘不过气 流鼻涕"], NONE, NONE),
    # must still fire
    (["nose blocked and I can't breathe, my chest is tight"], BREATH, NONE),
    (["blocked nose, can't breathe, wheezing"], BREATH, NONE),
    (["blocked nose but I can't breathe and my lips are going blue"], BREATH, NONE),
    (["nose blocked, can't breathe, can only say a few words"], BREATH, NONE),
    (["stuffy nose, gasping for air"], BREATH, NONE),
    (["cold with a blocked nose, struggling to breathe"], BREATH, NONE),
    (["nose blocked, can't breathe even through my mouth"], BREATH, NONE),
    (["can't breathe, nose blocked, I have asthma and my inhaler isn't helping"], BREATH, NONE),
    (["my baby's nose is blocked and he can't breathe"], BREATH, NONE),
    (["nose all blocked after eating peanuts, can't breathe"], BREATH, NONE),
    (["can't breathe, nose blocked, chest hurts"], BREATH, NONE),
    (["blocked nose, can't breathe when I lie down"], BREATH, NONE),
    (["nose blocked, can't breathe, ribs sucking in"], BREATH, NONE),
    (["I can't breathe"], BREATH, NONE),
    (["cold for 3 days, can't breathe"], BREATH, NONE),
    (["runny nose and sneezing, I can't breathe"], BREATH, NONE),
    (["nose isn't blocked but I can't breathe"], BREATH, NONE),
    (["can't breathe, nose blocked, feel faint"], BREATH, NONE),
    (["鼻塞 完全喘不过气 胸口很闷"], BREATH, NONE),
    (["鼻子堵了 喘不上气 嘴唇发紫"], BREATH, NONE),
    (["鼻塞 不能呼吸 喘鸣"], BREATH, NONE),
    (["鼻子堵 完全喘不过气 说不出完整的话"], BREATH, NONE),
    (["孩子鼻塞 完全喘不过气"], BREATH, NONE),
    (["鼻子堵了 完全喘不过气 用嘴也喘不上气"], BREATH, NONE),
    (["有哮喘 鼻子堵了 完全喘不过气"], BREATH, NONE),
    (["完全喘不过气来"], BREATH, NONE),
    (["感冒了 完全喘不过气来"], BREATH, NONE),
    (["鼻子不堵 但是完全喘不过气"], BREATH, NONE),
    (["鼻塞 完全喘不过气 躺下更厉害"], BREATH, NONE),
    (["covid, nose blocked, can't breathe"], BREATH, NONE),
    (["chest infection, nose blocked, can't breathe"], BREATH, NONE),
    (["nose blocked, can't breathe, sweating and clammy"], BREATH, NONE),
    (["can't breathe!!! nose blocked, can't speak"], BREATH, NONE),
    (["my nose isn't blocked, I can't breathe"], BREATH, NONE),
    (["阳了 鼻塞 完全喘不过气"], BREATH, NONE),
    (["肺炎 鼻子堵 不能呼吸"], BREATH, NONE),
    (["鼻塞 完全喘不过气 出冷汗"], BREATH, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), SWEAT_ROWS)
def test_r8t_sweat_soaking(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


@pytest.mark.parametrize(("messages", "emergency", "urgent"), CUT_ROWS)
def test_r8t_minor_cut(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


@pytest.mark.parametrize(("messages", "emergency", "urgent"), NOSE_ROWS)
def test_r8t_blocked_nose(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# Burning in the chest after every/each meal or after eating is heartburn (nhs.uk Heartburn and
# acid reflux: see a GP if it lasts 3 weeks or more), not chest pain that makes a case urgent;
# exertional burning, a burning pain after running, or spread to the arm with sweating still count.
REFLUX_ROWS = [
    (["burning in my chest after every meal for a month, worse lying down, antacids help"], "", ""),
    (["burning in my chest after each meal, worse lying down"], "", ""),
    (["burning in my chest after meals for weeks"], "", ""),
    (["burning chest after eating, antacids help"], "", ""),
    (["吃完饭胸口烧 一个月了 躺下更厉害"], "", ""),
    (["饭后胸口火烧火燎 吃胃药好点"], "", ""),
    (["burning in my chest when I walk uphill, goes with rest"], "", "chest_pain"),
    (["burning pain in my chest after every run"], "", "chest_pain"),
    (
        ["burning in my chest after every meal and pain spreading to my left arm, sweaty"],
        "chest_pain_cardiac",
        "",
    ),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), REFLUX_ROWS)
def test_r8t_reflux_after_meals(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)
