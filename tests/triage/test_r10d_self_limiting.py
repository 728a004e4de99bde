"""Round-10 over-triage (helper d): mild, self-limiting stories told with worry ("should I be
worried", "is it something sinister", "do I need antibiotics") that nhs.uk looks after at home or
with a pharmacist, each class in English and Chinese, with the look-alikes that carry the signs
which must stay urgent or emergency."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import find_conditions
from consult.triage.planner import complaint_class
from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")

# nhs.uk Sunburn: treat at home (cool the skin, aftersun, painkillers), a pharmacist can help;
# urgent GP or 111 for blistering or swelling, a temperature, dizziness or sickness, or a baby or
# young child. Red skin after dozing off outside is the sunburn even when "sun" is not named.
SUNBURN = [
    (
        (
            "dozed off on a sunbed by the pool and now my shoulders are red raw",
            (G, "31"),
            (D, "yesterday"),
            (A, "no blisters, feel fine"),
        ),
        "self_care",
    ),
    (
        (
            "lay out in the garden all afternoon, back is pink and sore",
            (G, "40"),
            (D, "since last night"),
            (A, "nothing else"),
        ),
        "self_care",
    ),
    (
        ("在海边躺了一下午，背上通红火辣辣的", (G, "29"), (D, "昨天"), (A, "没起水泡，不发烧")),
        "self_care",
    ),
    (
        ("在院子里睡着了，醒来胳膊红红的有点疼", (G, "35"), (D, "今天下午"), (A, "没别的")),
        "self_care",
    ),
]
SUNBURN_NOT = [
    # blisters, or a temperature and being sick, need a GP or 111 the same day
    (
        (
            "fell asleep in the garden, back is bright red with big blisters",
            (G, "30"),
            (D, "yesterday"),
            (A, "blisters all over, feel shivery"),
        ),
        URGENT_UP + ("routine",),
    ),
    (("在海边躺了一下午，背上通红，现在发烧还吐了", (G, "30"), (D, "昨天")), URGENT_UP),
    # a young child's sunburn is for a GP or 111 (nhs.uk Sunburn), not self-care
    (
        (
            "my 3 year old fell asleep in the garden and her back is bright red",
            (G, "3"),
            (D, "today"),
            (A, "no blisters"),
        ),
        ("routine", "urgent", "emergency"),
    ),
    (
        ("孩子在海边躺了一下午，背上通红", (G, "2"), (D, "今天"), (A, "没起泡")),
        ("routine", "urgent", "emergency"),
    ),
]

# nhs.uk High temperature (fever) in children: you can usually look after a child at home; it
# usually goes in 3 days (NICE NG143 green: normal activity, eating). A floppy or drowsy child, a
# rash that does not fade, or a baby under 3 months stays above it.
WELL_CHILD_FEVER = [
    (
        (
            "my son is 38.4 but still running round the house and eating his dinner",
            (G, "4"),
            (D, "since lunchtime"),
            (A, "snotty nose, nothing else"),
        ),
        "self_care",
    ),
    (
        (
            "daughter has a temp of 38 today, seems herself though",
            (G, "6"),
            (D, "today"),
            (A, "a bit of a cold"),
        ),
        "self_care",
    ),
    (
        ("孩子烧到38.2，还在家里跑来跑去", (G, "4"), (D, "今天上午开始"), (A, "有点流鼻涕")),
        "self_care",
    ),
    (
        ("女儿发烧38度，零食照吃，精神头还行", (G, "5"), (D, "今天"), (A, "流鼻涕，没有皮疹")),
        "self_care",
    ),
]
WELL_CHILD_FEVER_NOT = [
    (("my son is 38.5 and really floppy, won't wake properly", (G, "2"), (D, "today")), URGENT_UP),
    (
        ("baby has a temperature of 38.1 but still feeding", (G, "2 months"), (D, "today")),
        URGENT_UP,
    ),
    (("孩子烧到39度，昏昏沉沉叫不醒", (G, "3"), (D, "今天")), URGENT_UP),
    # a fever past 5 days is for a GP, however well
    (
        ("my son has had a fever for 6 days but is still running round", (G, "5"), (D, "6 days")),
        ("routine", "urgent", "emergency"),
    ),
]

# nhs.uk Heartburn and acid reflux: heartburn after rich or spicy food and alcohol is eased by
# lifestyle changes and antacids from a pharmacist. A burning told with sweating, breathlessness
# or pain spreading to the arm stays an emergency (nhs.uk Heart attack), and a chest pain not
# tied to a meal stays urgent (nhs.uk Chest pain).
HEARTBURN = [
    (
        (
            "chest burning after a huge greasy takeaway, tastes sour, do I need rennie",
            (G, "30"),
            (D, "2 hours"),
            (S, "3/10"),
            (A, "no sweating, no breathlessness"),
        ),
        "self_care",
    ),
    (
        (
            "burning behind my breastbone after a rich dinner and wine",
            (G, "26"),
            (D, "an hour"),
            (S, "2/10"),
            (A, "acid in my throat, nothing else"),
        ),
        "self_care",
    ),
    (
        (
            "吃了顿火锅，胸口灼痛，有点反酸",
            (G, "28"),
            (D, "一个小时"),
            (S, "3分"),
            (A, "没出汗，不气短"),
        ),
        "self_care",
    ),
    (
        (
            "晚上吃完烧烤胸口火辣辣的烧，老反酸水",
            (G, "31"),
            (D, "两个小时"),
            (S, "有点难受"),
            (A, "没别的"),
        ),
        "self_care",
    ),
]
HEARTBURN_NOT = [
    (
        (
            "burning in my chest after a big curry, now sweating and it goes down my left arm",
            (G, "52"),
            (D, "30 minutes"),
        ),
        ("emergency",),
    ),
    (("吃完火锅胸口疼，出冷汗，左胳膊也疼", (G, "55"), (D, "半小时")), ("emergency",)),
    (("burning chest pain when I climb the stairs", (G, "45"), (D, "a week")), URGENT_UP),
]

# Red-flag screen rows: (messages, the urgent chest_pain finding expected)
HEARTBURN_SCREEN = [
    (["burning in my chest after a massive curry"], False),
    (["chest is burning after a late pizza"], False),
    (["吃完烧烤胸口火辣辣的烧"], False),
    (["吃了顿火锅，胸口灼痛"], False),
    (["burning chest pain after climbing stairs"], True),
    (["胸口灼痛"], True),
    (["吃完饭出去跑步，胸口疼"], True),
]

# A bottle of water or beer, a box of biscuits is food, not an overdose (nhs.uk Poisoning names
# medicines and chemicals); a bottle of pills or of a poison stays an emergency.
OVERDOSE_SCREEN = [
    (["吃了顿火锅又喝了几瓶啤酒，胸口烧得慌"], False),
    (["今天喝了一瓶水就吐了"], False),
    (["孩子吃了一盒饼干，肚子胀"], False),
    (["他吃了一整瓶"], True),
    (["喝了一瓶敌敌畏"], True),
    (["吃了一板安眠药"], True),
]

# nhs.uk Head injury and concussion: a minor head injury with a small bump and a mild headache is
# looked after at home (rest, ice, paracetamol); A&E if knocked out, being sick, confused, a fit,
# a change in vision, on blood thinners, or 65 and over with a knock (NICE NG232).
HEAD_BUMP = [
    (
        (
            "smacked my head on a kitchen cupboard, got a lump, am I ok",
            (G, "29"),
            (A, "no blackout, not been sick, no confusion"),
            (D, "an hour ago"),
            (S, "2/10"),
        ),
        "self_care",
    ),
    (
        (
            "whacked my forehead on the car door frame",
            (A, "no vomiting, didn't pass out, vision fine, no blurred vision"),
            (D, "this afternoon"),
            (S, "sore to touch, 2/10"),
        ),
        "self_care",
    ),
    (
        (
            "头撞到柜门上了，起了个包，要紧吗",
            (G, "33"),
            (A, "没吐，也没晕过去，人不糊涂"),
            (D, "刚才"),
            (S, "按着有点疼，2分"),
        ),
        "self_care",
    ),
    (
        (
            "额头磕到桌角了，鼓了个包",
            (G, "40"),
            (A, "没有呕吐，没晕倒，看东西也不模糊"),
            (D, "今天上午"),
            (S, "有点疼"),
        ),
        "self_care",
    ),
]
HEAD_BUMP_NOT = [
    # being sick, knocked out, or on blood thinners: A&E
    (
        (
            "whacked my head on a shelf",
            (G, "30"),
            (A, "been sick twice, no blackout, no confusion"),
        ),
        ("emergency",),
    ),
    (("头撞到柜门上了", (G, "35"), (A, "吐了两次，没晕过去")), ("emergency",)),
    (
        (
            "banged my head on the door",
            (G, "45"),
            (A, "no sickness, no blackout, no confusion"),
            (H, "on warfarin"),
        ),
        ("emergency",),
    ),
    # 65 and over, or someone else's child with no behaviour told, stays urgent
    (
        ("hit my head on the cupboard", (G, "72"), (A, "not been sick, no blackout, no confusion")),
        URGENT_UP,
    ),
    (
        ("my son banged his head on the table", (A, "no vomiting, didn't pass out, not confused")),
        URGENT_UP,
    ),
    (("我爸头撞到门框了", (A, "没吐，没晕过去，不糊涂")), URGENT_UP),
    # denials with a severe headache stay urgent
    (
        (
            "smacked my head on a beam",
            (G, "35"),
            (A, "no vomiting, no blackout"),
            (S, "9/10 headache"),
        ),
        URGENT_UP,
    ),
]

# A condition feared is no history (nhs.uk Tension-type headaches: treated at home with
# painkillers and rest; see a GP if headaches happen several times a week or get worse). A
# condition had ("had a brain tumour removed") is history.
FEARED = [
    ("worried it's something sinister like a brain tumour", []),
    ("is it something serious like a tumour?", []),
    ("scared this could be something nasty like bowel cancer", []),
    ("担心是什么不好的病，比如脑瘤", []),
    ("怕是脑瘤", []),
    ("i had a brain tumour removed 2 years ago", ["cancer"]),
    ("I've got bowel cancer", ["cancer"]),
    ("我得过肿瘤", ["cancer"]),
]
TENSION_WORRY = [
    (
        (
            "headache most days this week, like a band round my head, worried it's something sinister like a tumour",
            (G, "38"),
            (D, "about a week"),
            (S, "4/10"),
            (A, "tight neck, no vomiting, no vision changes"),
            (H, "nothing"),
        ),
        "self_care",
    ),
    (
        (
            "头像被箍住一样疼了几天，担心是什么不好的病，比如脑瘤",
            (G, "36"),
            (D, "五天"),
            (S, "4分"),
            (A, "脖子肩膀紧，不吐，看东西清楚"),
            (H, "没有"),
        ),
        "self_care",
    ),
]
TENSION_WORRY_NOT = [
    # a cancer had, with a new headache, is for a GP at least
    (
        (
            "headache most days this week, like a band round my head",
            (G, "38"),
            (D, "a week"),
            (S, "4/10"),
            (H, "had a brain tumour removed last year"),
        ),
        ("routine", "urgent", "emergency"),
    ),
    # the worst headache ever, sudden: an emergency whatever is feared
    (
        ("sudden worst headache of my life, worried it's a tumour", (G, "40"), (D, "1 hour")),
        ("emergency",),
    ),
]

# nhs.uk Conjunctivitis: sticky yellow crust and pink eyes get better on their own in a couple of
# weeks - clean the eyes, a pharmacist; urgent only with eye pain, light sensitivity or a change in
# vision. Yellow gunk in the eye is no jaundice (yellow whites of the eyes: nhs.uk Jaundice, urgent).
STICKY_EYE = [
    (
        (
            "my 4 yr old woke up with his eyes stuck shut with yellow gunk, both pink",
            (G, "4"),
            (D, "this morning"),
            (A, "no pain, sees fine, no fever"),
        ),
        "self_care",
    ),
    (
        (
            "eyes crusted with yellow sticky discharge this morning, pink and gritty",
            (G, "30"),
            (D, "today"),
            (A, "vision fine, light ok"),
        ),
        "self_care",
    ),
    (
        (
            "孩子早上起来两只眼睛被黄黄的眼屎糊住了，眼睛发红",
            (G, "5"),
            (D, "今天早上"),
            (A, "眼睛不疼，看得清，不怕光，不发烧"),
        ),
        "self_care",
    ),
]
STICKY_EYE_NOT = [
    (("the whites of my eyes have gone yellow", (G, "45"), (D, "3 days")), URGENT_UP),
    (("his skin and eyes look yellow", (G, "30"), (D, "2 days")), URGENT_UP),
    (("眼白发黄，尿也很黄", (G, "50"), (D, "三天")), URGENT_UP),
]

# nhs.uk Cough / Chest infection: most coughs clear within 3 weeks with rest, fluids and pharmacy
# remedies; see a GP for a cough over 3 weeks, coughing up blood or breathlessness.
COUGH = [
    (
        (
            "chesty cough for 12 days after a cold, ribs ache from coughing, do I need antibiotics?",
            (G, "30"),
            (D, "12 days"),
            (A, "some phlegm, breathing fine, no fever, no blood"),
        ),
        "self_care",
    ),
    (
        (
            "been coughing for two weeks, annoying but otherwise fine",
            (G, "41"),
            (D, "2 weeks"),
            (A, "no fever, not breathless"),
        ),
        "self_care",
    ),
    (
        (
            "咳嗽十来天了，有点黄痰，要不要吃抗生素",
            (G, "33"),
            (D, "10天"),
            (A, "不发烧，不喘，没有血"),
        ),
        "self_care",
    ),
]
COUGH_NOT = [
    (
        ("cough for 4 weeks now", (G, "45"), (D, "4 weeks"), (A, "no fever")),
        ("routine", "urgent", "emergency"),
    ),
    (("coughing for 10 days and now bringing up blood", (G, "40"), (D, "10 days")), URGENT_UP),
    (("咳嗽两个礼拜了，现在喘不上气", (G, "40"), (D, "两周")), URGENT_UP),
    (
        ("咳嗽一个多月了", (G, "50"), (D, "一个多月"), (A, "没发烧")),
        ("routine", "urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(
    ("turns", "urgency"),
    SUNBURN + WELL_CHILD_FEVER + HEARTBURN + HEAD_BUMP + TENSION_WORRY + STICKY_EYE + COUGH,
)
def test_r10d_self_care(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "allowed"),
    SUNBURN_NOT
    + WELL_CHILD_FEVER_NOT
    + HEARTBURN_NOT
    + HEAD_BUMP_NOT
    + TENSION_WORRY_NOT
    + STICKY_EYE_NOT
    + COUGH_NOT,
)
def test_r10d_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("messages", "urgent"), HEARTBURN_SCREEN)
def test_r10d_heartburn_screen(messages, urgent):
    assert not screen_conversation(messages)
    assert ("chest_pain" in flag_codes(urgent_findings(messages))) == urgent


@pytest.mark.parametrize(("messages", "emergency"), OVERDOSE_SCREEN)
def test_r10d_food_is_no_overdose(messages, emergency):
    assert ("overdose_poisoning" in flag_codes(screen_conversation(messages))) == emergency


@pytest.mark.parametrize(("text", "conditions"), FEARED)
def test_r10d_feared_condition_is_no_history(text, conditions):
    assert find_conditions(text) == conditions


@pytest.mark.parametrize(
    "opening",
    [
        "whacked my head on the boot of the car",
        "smacked my head on a low beam",
        "cracked my head on the shelf",
        "头撞到柜门上了",
    ],
)
def test_r10d_head_knock_asks_companions_first(opening):
    # whether the person is acting normally, sick or knocked out decides a head injury (nhs.uk):
    # the "anything else?" question asks those first, before the sticky per-message screen
    assert complaint_class([opening]) == "head_injury"
