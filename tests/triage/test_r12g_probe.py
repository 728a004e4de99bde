"""Round 12 probe: the rules this round added to lower urgency (over-triage fixes) must not
under-call a real emergency or urgent case told close to them, in English and Chinese.

Each suppression is probed with stories a careful NHS 111 clinician would send to 999 / A&E
(EMERGENCY) or to an urgent GP / 111 (URGENT), next to the look-alikes the suppression is for
(NOT_RAISED). Holes found and closed by this file's round:
- an arm gone weak all at once, its side not named ("my arm suddenly went weak", "手臂突然没力气",
  "一只手突然没劲"), also with carpal tunnel told (nhs.uk 'Stroke', FAST: arm weakness - 999);
- a lot of blood from the bottom told by the amount or the toilet ("大便带很多血", "一马桶的血",
  "the toilet water turned red") with dizziness (nhs.uk 'Bleeding from the bottom': A&E);
- blisters near the eye taken for a cold sore, and shingles named near the eye (nhs.uk Shingles:
  urgent GP or 111 if the rash is near your eye);
- an abscess, boil or swollen lump by the anus with a fever (nhs.uk 'Skin abscess': urgent GP or
  111 with a high temperature);
- "pain low in my tummy" as belly pain, so a possible pregnancy with severe pain and feeling faint
  is an emergency (nhs.uk 'Ectopic pregnancy': 999 / A&E)."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, H
from .turns import rules_urgency as _u

EMERGENCY = [
    # carpal tunnel (carpal_tunnel_rf) vs a stroke told with it
    ("my hand went numb suddenly and my speech is slurred",),
    ("I think it's carpal tunnel, my hand is numb, but now my face is drooping on one side",),
    (
        "hand numb and tingling at night, carpal tunnel I think. Today my arm suddenly went weak and I can't lift it",
    ),
    (
        "numb fingers, probably carpal tunnel",
        (A, "yes my face feels droopy and my words are slurred"),
    ),
    ("sudden weakness in my arm",),
    ("my arm went weak and I can't lift it",),
    ("手突然麻了，说话也不清楚",),
    ("我有腕管综合征，手经常麻，今天突然一边脸歪了，说话含糊",),
    ("手指发麻，可能是腕管综合征", (A, "突然说话不清楚，嘴角歪了")),
    ("手臂突然没力气，抬不起来",),
    ("突然一只手没劲了",),
    # "没有呼吸停顿" negation vs a breathing emergency told with it
    ("宝宝打呼噜，没有呼吸停顿，但是现在嘴唇发青",),
    ("孩子没有呼吸停顿，但呼吸很费力，肋骨都陷进去了",),
    ("没有呼吸暂停，但是宝宝软软的叫不醒",),
    (
        "my child snores, no pauses in breathing, but now he is struggling to breathe and his ribs suck in",
    ),
    # denial inside a jaundice phrase vs a jaundiced, sleepy newborn
    ("newborn 3 days old, skin yellow, very sleepy and not feeding",),
    ("我的眼睛不黄，但是宝宝皮肤发黄，很嗜睡，不吃奶",),
    ("I'm not yellow but my baby is yellow, 2 days old, floppy and won't feed",),
    # "blotchy rash" is a rash's look, not sepsis's skin - unless a sepsis or meningitis sign comes
    ("my baby has a blotchy rash and is floppy and hard to wake",),
    ("blotchy red rash and high fever, she's very drowsy and her hands are cold",),
    ("blotchy rash that doesn't fade when I press a glass on it, with a fever",),
    (
        "toddler has a fever and a blotchy rash, breathing very fast and his skin looks pale and mottled",
    ),
    ("宝宝身上一块一块的红疹，发烧，软绵绵的，叫不醒",),
    ("孩子发烧，皮疹用杯子压不褪色",),
    # joint, lesion or stomach heat is no fever - the signs of sepsis or a bleed still count
    ("my knee is hot and swollen, I feel very hot and shivery and confused",),
    ("伤口周围红肿发烫，人也发高烧，意识有点糊涂",),
    ("胃里烧得慌，吐了咖啡渣样的东西",),
    ("stomach burning and I vomited blood",),
    ("胃烧，拉黑便，头晕",),
    # normal period flow vs an ectopic pregnancy or a heavy bleed
    (
        "period flow is heavy, soaking through a pad every hour for the last few hours, and I fainted",
    ),
    ("月经量正常，但是来月经时突然下腹剧痛，晕倒了",),
    (
        "my period flow is normal but I'm pregnant and have sharp pain on one side and shoulder tip pain",
    ),
    (
        "flow is normal for me but I have severe pain low in my tummy and feel faint, could I be pregnant",
    ),
    ("月经量正常，但是下腹突然剧痛，头很晕快晕倒了，会不会怀孕了",),
    # an unknown temperature vs sepsis signs or a young baby
    ("I don't know if I have a fever but I'm 70, confused and shivering",),
    ("not sure if he has a temperature, my dad is 80 and suddenly confused and breathing fast",),
    (
        "didn't take my temperature, I feel awful, shivering, and my skin is blotchy and I haven't peed all day",
    ),
    ("不知道有没有发烧，我爸75岁，突然糊涂了，呼吸很快",),
    ("没量体温，孩子三个月大，很烫，软软的",),
    ("baby is 2 months old and feels hot, I haven't got a thermometer",),
    ("宝宝两个月，摸着很烫，没有体温计",),
    # palpitations (hot flushes, month-long bouts) with chest pain, breathlessness or a faint
    ("hot flushes and palpitations, and I fainted today",),
    ("palpitations on and off for a month, today with chest pain and breathless",),
    ("潮热心慌，今天心慌时晕倒了",),
    ("心慌一个月了，今天胸口痛，喘不上气",),
    ("心跳特别快，胸口疼，要晕倒了",),
    # bleeding from the bottom or the skin, out of the general Bleeding rule
    ("bleeding from my bottom and feel dizzy and faint",),
    ("lots of blood from my back passage, the toilet is full of blood, I feel lightheaded",),
    ("after a poo the toilet water turned red and I feel faint",),
    ("肛门出血很多，头晕，快要晕倒",),
    ("大便带很多血，一马桶的血，心慌头晕",),
    ("马桶里都是血，头晕",),
    ("bleeding from the bottom, I'm on warfarin and it won't stop, feel faint",),
    ("I cut my leg and it's bleeding heavily, won't stop after 10 minutes of pressure",),
    ("手割破了，血喷出来，按了十分钟还止不住",),
    # a cold sore near the eye with sight signs
    ("cold sore near my eye and now my eye is painful and red and vision is blurry",),
    ("嘴唇长了疱疹，现在眼睛也红痛，看东西模糊",),
    ("my baby has cold sores and is floppy and not feeding",),
    # a blocked nose does not explain breathing trouble beyond the nose
    ("blocked nose, and now my lips are blue and I'm struggling to breathe",),
    ("stuffy nose but also chest is tight and I can't breathe properly, can't finish sentences",),
    ("鼻塞，但是现在胸口憋，喘不上气，说不出完整的话",),
    ("baby with blocked nose is grunting and sucking in under the ribs",),
    ("宝宝鼻塞，呼吸时肋骨下陷，呼噜声，嘴唇发紫",),
    # a fever after malaria or dengue travel with a severe sign
    ("从非洲回来一周，发高烧，现在很嗜睡，叫不太醒",),
    ("刚从印度回来，发烧，意识模糊",),
    ("从泰国回来发烧三天，牙龈出血，肚子剧痛",),
    ("从尼日利亚回来发烧，眼睛发黄，尿很少",),
    ("back from Kenya with a fever, now very drowsy and hard to wake",),
    ("back from Thailand, fever, bleeding gums and severe tummy pain",),
    ("back from Ghana, fever and had a fit",),
    ("从非洲回来发烧", (A, "他现在很迷糊，叫不太醒")),
    ("back from Nigeria with fever", (A, "she's drowsy and confused")),
]


# the same stories told over answers (the suppression in the first message, the sign after)
EMERGENCY += [
    ("heart palpitations", (A, "yes chest pain and I'm short of breath")),
    ("心慌", (A, "胸口痛，喘不过气")),
    ("I get hot flushes and my heart races", (A, "today I blacked out")),
    ("潮热，心跳很快", (A, "今天晕过去了一次")),
    ("baby has a blotchy rash", (A, "she's floppy and won't wake properly")),
    ("孩子起了一块一块的皮疹", (A, "发烧，叫不醒，手脚冰凉")),
    ("blocked nose", (A, "he's breathing really fast and his lips look blue")),
    ("鼻子堵", (A, "嘴唇发紫，喘不上气")),
    (
        "I don't know if I have a fever",
        (A, "I'm confused and my skin is mottled and I can't breathe properly"),
    ),
    ("不知道发没发烧", (A, "皮肤花斑，呼吸很急，神志不清")),
    ("bleeding from my bottom", (A, "I feel faint and dizzy, lots of blood")),
    ("屁股出血", (A, "很多血，头晕眼花")),
    ("anal fissure", (A, "bleeding a lot, toilet full of blood, I feel faint")),
    ("hand numb, carpal tunnel", (A, "face drooping on one side")),
    ("手麻，腕管综合征", (A, "突然一侧脸歪了")),
    ("snoring baby, no pauses in breathing", (A, "now she's blue around the lips")),
    ("back from Nigeria, fever", (A, "I'm yellow and my pee is very dark, hardly any")),
    ("从肯尼亚回来发烧", (A, "呼吸很急，喘不上气")),
]


@pytest.mark.parametrize("turns", EMERGENCY, ids=[t[0][:40] for t in EMERGENCY])
def test_emergency_next_to_a_suppression(turns: tuple) -> None:
    assert _u(*turns) == "emergency"


URGENT = [
    # jaundice told with a denial of something else
    ("not itchy but my skin and eyes have gone yellow and my pee is dark",),
    ("皮肤不痒，但是眼白发黄，尿像浓茶",),
    # a hot joint or wound with a real fever
    ("my joint is hot and swollen and I have a fever of 39 and feel shivery",),
    ("膝盖红肿发热，全身也发烧39度",),
    ("the area around the wound is hot and red and spreading fast, and I have a temperature",),
    # a heavy period soaking a pad hourly
    ("my period is so heavy I'm soaking a pad every hour and feel dizzy",),
    ("月经量很大，一小时就湿透一片卫生巾，头晕",),
    # blisters near the eye taken for a cold sore; shingles near the eye
    ("painful blisters on one side of my face near my eye, I thought it was a cold sore",),
    ("一侧额头起了一串水疱，眼睛旁边也有，我以为是唇疱疹",),
    ("I thought it was a cold sore but the blisters are on my forehead and near my eye",),
    ("shingles near my eye",),
    ("带状疱疹长在眼睛旁边",),
    # an abscess or a lump by the anus (a fissure's pain is not severe) with a fever
    ("pain in my bottom, swollen hot lump near my anus, fever",),
    ("painful swollen lump next to my bottom, hot and red, and a fever",),
    ("肛裂疼，现在发高烧，肛门旁边肿得厉害，人很虚弱",),
    ("I have a painful abscess on my thigh and a high temperature",),
    ("boil on my back, red and hot, and I have a fever and feel shivery",),
    ("腋下长了个脓肿，发烧",),
    # a young baby, unusually sleepy and not feeding, no fever told (a cold sore or jaundice
    # named or not)
    ("my baby is 3 weeks old, very sleepy and not feeding",),
    ("cold sore", (A, "my baby is 3 weeks old and has it, very sleepy and not feeding")),
    ("3周大的宝宝嘴上长了唇疱疹，很嗜睡，不吃奶",),
    ("宝宝两个月大，一直睡，不吃奶",),
    # a travel fever, no severe sign, told in answers
    ("发烧两天", (H, "上周刚从肯尼亚回来")),
]


@pytest.mark.parametrize("turns", URGENT, ids=[t[0][:40] for t in URGENT])
def test_urgent_next_to_a_suppression(turns: tuple) -> None:
    assert _u(*turns) in ("urgent", "emergency")


# the look-alikes the suppressions (and this round's probe fixes) are for: not raised
NOT_RAISED = [
    ("my legs feel weak after the run", "routine"),
    ("my arm feels weak after the gym", "routine"),
    ("my arm went numb when I slept on it", "routine"),
    ("my grip is weak from carpal tunnel", "routine"),
    ("手没劲，拧不开瓶盖", "self_care"),
    ("腿没力气，走路累", "self_care"),
    ("大便带点血，不疼", "routine"),
    ("cold sore on my lip", "self_care"),
    ("嘴唇上长了唇疱疹", "self_care"),
    ("I get cold sores on my lip, one now at the corner of my mouth", "self_care"),
    ("eczema patches around my eyes, itchy and dry", "self_care"),
    ("painful red lump by my anus, no fever", "self_care"),
    ("small boil on my neck", "self_care"),
    ("I boiled the kettle and burnt my hand", "routine"),
    ("my 6 week old baby sleeps a lot and feeds well", "routine"),
    ("宝宝一个月大，很能睡，吃奶正常", "routine"),
    ("period pain low in my tummy, normal flow", "self_care"),
    ("cramping pain low in my tummy, I'm on my period", "self_care"),
]


@pytest.mark.parametrize(("text", "level"), NOT_RAISED, ids=[t[0][:40] for t in NOT_RAISED])
def test_look_alikes_not_raised(text: str, level: str) -> None:
    assert _u(text) == level
