"""Round-10 under-triage: stories the cited nhs.uk page sends to an urgent GP appointment or
NHS 111 that read as routine or self-care. Each class in English and Chinese, with look-alikes
(denials, the everyday version) that must not rise to urgent."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, L, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")

# nhs.uk Cellulitis: skin that is red, hot, painful and swollen, with feeling hot and shivery -
# ask for an urgent GP appointment or call NHS 111.
CELLULITIS = [
    (
        "my mum's lower leg went red and hot after she scraped it on the car door",
        (G, "81"),
        (D, "2 days"),
    ),
    (
        "her arm is all red and warm around the graze and getting sore",
        (G, "70"),
        (D, "since yesterday"),
    ),
    ("外婆的小腿又红又热，前两天磕破了一点皮", (G, "84岁"), (D, "两天")),
]
CELLULITIS_NOT = [
    # a red, itchy patch with no heat or swelling is a rash for a pharmacist or GP
    ("my arm has a red itchy patch, not hot, not swollen", (G, "40"), (D, "3 days")),
    ("手背有一小块发红，有点痒，不热不肿", (G, "35"), (D, "三天")),
]

# nhs.uk Heart failure (British Heart Foundation advice): contact your GP or heart failure nurse
# the same day if you gain more than 2kg in 3 days or swelling/breathlessness gets worse; 999 for
# severe breathlessness or chest pain.
HEART_FAILURE = [
    (
        "I have heart failure and I've gained 3 kilos in four days, ankles puffy",
        (G, "75"),
        (D, "4 days"),
    ),
    (
        "my heart failure seems worse, legs more swollen than usual and I need three pillows now",
        (G, "80"),
        (D, "a week"),
    ),
    ("我有心衰，这三天体重涨了3公斤，脚肿", (G, "77岁"), (D, "三天")),
    ("我爸心衰，脚比平时肿，晚上要垫两个枕头才能睡", (G, "82岁"), (D, "四天"), (A, "走路有点喘")),
]
HEART_FAILURE_NOT = [
    # heart failure told as history, the weight steady, a diet question: the GP's routine
    (
        "I have heart failure, weight steady, can I eat more salt at christmas?",
        (G, "70"),
        (D, "n/a"),
        (A, "no swelling, no breathlessness"),
    ),
    (
        "我有心衰，体重一直稳定，想问问能不能喝咖啡",
        (G, "72岁"),
        (D, "没有不舒服"),
        (A, "不肿，不喘"),
    ),
    # weight gained without heart failure is no fluid sign
    (
        "I've put on 3 kilos over christmas, is that bad?",
        (G, "45"),
        (D, "two weeks"),
        (A, "nothing else"),
    ),
]

# nhs.uk Diarrhoea and vomiting: urgent GP or 111 with signs of dehydration (peeing less, dark
# pee, dizziness).
DEHYDRATION = [
    (
        "runny poo and being sick for two days and i'm weeing hardly anything",
        (G, "58"),
        (D, "2 days"),
    ),
    ("diarrhoea since friday, only peed twice today and it's dark", (G, "66"), (D, "3 days")),
    ("拉肚子两天了，今天只尿了两次，颜色很深", (G, "60岁"), (D, "两天")),
]
DEHYDRATION_NOT = [
    (
        "diarrhoea since yesterday, drinking fine and peeing normally",
        (G, "30"),
        (D, "1 day"),
        (A, "no blood, no fever"),
    ),
    ("拉肚子一天，喝水正常，尿也正常", (G, "30岁"), (D, "一天"), (A, "没发烧，没便血")),
]

# nhs.uk Atrial fibrillation: urgent GP or 111 if your heart rate is consistently above 120 bpm;
# 999 with chest pain, breathlessness or fainting.
FAST_PULSE = [
    (
        "my watch keeps saying my heart rate is 135 and I can feel it fluttering",
        (G, "70"),
        (D, "since this morning"),
        (A, "no chest pain, not breathless, no fainting"),
    ),
    ("血压计说心跳140左右，一直心慌", (G, "76岁"), (D, "今天上午开始"), (A, "不胸痛，不喘，没晕")),
]
FAST_PULSE_NOT = [
    # a pulse of 80 with a flutter now and then is for a GP
    (
        "my pulse is 80 but I get a flutter now and then",
        (G, "45"),
        (D, "a few weeks"),
        (A, "no chest pain, not breathless"),
    ),
    ("心跳80多，偶尔心慌一下", (G, "45岁"), (D, "几周"), (A, "不胸痛，不喘")),
    # a toddler's heart runs fast: 130 is a child's normal
    (
        "my son's heart rate was 130 on the monitor, he feels his heart beating fast after running",
        (G, "3"),
        (D, "today"),
        (A, "playing normally"),
    ),
]

# nhs.uk Shingles: ask for an urgent GP appointment or NHS 111 if you think you might have
# shingles (antivirals work best within 3 days of the rash).
SHINGLES = [
    ("burning pain around one side of my back and now a few blisters", (G, "66"), (D, "3 days")),
    (
        "a band going from his back round to his chest, red with little blisters, only the left",
        (G, "74"),
        (D, "2 days"),
    ),
    ("后背一边火辣辣地疼，今天起了一些小水疱", (G, "68岁"), (D, "三天")),
    ("一条红疹从后背绕到胸口，起了水疱", (G, "70岁"), (D, "两天")),
]
SHINGLES_NOT = [
    # a blister on a heel from new shoes is a friction blister (nhs.uk Blisters: self-care)
    ("blister on my heel from new shoes", (G, "30"), (D, "1 day"), (A, "no redness spreading")),
    ("新鞋把脚后跟磨了个水泡", (G, "30岁"), (D, "一天"), (A, "不红不肿")),
]

# nhs.uk Earache / Healthier Together 'Earache': pus or fluid coming out of the ear - urgent GP
# or 111.
EAR_DISCHARGE = [
    (
        "my daughter has earache and there's sticky yellow stuff coming out of her ear",
        (G, "5"),
        (D, "since yesterday"),
    ),
    ("his ear is draining, earache all night", (G, "3"), (D, "1 day"), (A, "temp 38")),
    ("孩子耳朵疼，今天耳朵里有黄水流出来", (G, "4岁"), (D, "一天")),
]
EAR_NOT = [
    # wax or a little clear water after a bath is not discharge from an infection
    (
        "ear feels blocked with wax, no pain",
        (G, "50"),
        (D, "a week"),
        (A, "no discharge, no fever"),
    ),
    ("耳朵有点堵，像是耳屎，不疼", (G, "50岁"), (D, "一周"), (A, "没流脓，没发烧")),
]

# nhs.uk Bell's palsy: urgent GP appointment or NHS 111 for weakness on one side of the face
# (steroids within 72 hours); 999 with arm weakness or speech problems (the red flags' stroke).
FACE_WEAKNESS = [
    (
        "I can't shut my right eye properly and tea leaks out when I drink",
        (G, "40"),
        (D, "since this morning"),
        (A, "arms and legs fine, talking fine"),
    ),
    (
        "I can't lift my left eyebrow and I can't smile on that side",
        (G, "33"),
        (D, "since last night"),
        (A, "arms and legs fine, speech normal"),
    ),
    (
        "左边眉毛抬不起来，喝水的时候从嘴角漏出来",
        (G, "38岁"),
        (D, "今天早上"),
        (A, "手脚都正常，说话清楚"),
    ),
]
FACE_NOT = [
    # a swollen eyelid (a stye) shuts the eye partly with no facial weakness
    (
        "a stye on my eyelid, it's a bit sore",
        (G, "28"),
        (D, "2 days"),
        (A, "eye not red, sight fine"),
    ),
    ("眼皮上长了个麦粒肿，有点疼", (G, "28岁"), (D, "两天"), (A, "看东西正常")),
]

# nhs.uk High blood sugar (hyperglycaemia): contact the diabetes team / GP urgently or 111 if the
# sugar stays high, especially when ill; A&E with vomiting, tummy pain, fast breathing, drowsiness.
HIGH_SUGAR = [
    (
        "I'm diabetic, got flu and my sugars have been over 20 for two days, really thirsty",
        (G, "60"),
        (D, "2 days"),
        (A, "not vomiting, no tummy pain, breathing fine"),
    ),
    (
        "我妈糖尿病，发烧两天，血糖一直降不下来",
        (G, "70岁"),
        (D, "两天"),
        (A, "不吐，肚子不疼，人清楚"),
    ),
    ("我有糖尿病，感冒了，空腹都十几，口渴得厉害", (G, "65岁"), (D, "三天"), (A, "不吐，不肚子疼")),
]
HIGH_SUGAR_NOT = [
    # one high reading after a big meal, feeling well: the diabetes team at the next review
    (
        "diabetic, my sugar was 12 after a big dinner but I feel fine",
        (G, "55"),
        (D, "last night"),
        (A, "no thirst, not ill"),
    ),
    ("我有糖尿病，昨天吃多了饭后血糖12，今天正常了", (G, "55岁"), (D, "昨天"), (A, "没有不舒服")),
]

# nhs.uk Pyloric stenosis: a young baby who is forcefully sick after feeds and hungry afterwards -
# see a GP urgently / NHS 111 (999 for severe dehydration).
PYLORIC = [
    (
        "my 5 week old is projectile vomiting after every feed and still hungry",
        (G, "5 weeks"),
        (D, "3 days"),
    ),
    ("宝宝6周，吃完奶就喷射状地吐，吐完又要吃", (G, "6周"), (D, "两天")),
    ("孩子一个多月，每次喝完奶吐得老远", (G, "7周"), (D, "三天")),
]
PYLORIC_NOT = [
    # a little milk brought up after feeds (possetting) is normal (nhs.uk Reflux in babies)
    (
        "my 6 week old brings up a little milk after feeds but is gaining weight",
        (G, "6 weeks"),
        (D, "a few weeks"),
        (A, "happy, lots of wet nappies"),
    ),
    ("宝宝6周，吃完奶偶尔吐一小口，体重长得好", (G, "6周"), (D, "几周"), (A, "尿布正常，精神好")),
]

# nhs.uk Croup: a barking cough, a hoarse voice, noisy breathing when upset - contact a GP / 111
# today; 999 for struggling to breathe or blue lips.
CROUP = [
    (
        "my toddler's cough sounds like a dog barking and his voice is hoarse",
        (G, "2"),
        (D, "tonight"),
        (A, "breathing ok when settled, lips pink"),
    ),
    ("孩子咳嗽跟鸭子叫似的，嗓子哑了", (G, "3岁"), (D, "今晚"), (A, "安静时呼吸正常，嘴唇不紫")),
    ("女儿晚上咳嗽，一哭就有嘶嘶的吸气声", (G, "2岁"), (D, "一天"), (A, "嘴唇不紫，能喝水")),
]
CROUP_NOT = [
    (
        "my toddler has a runny nose and a little cough",
        (G, "2"),
        (D, "2 days"),
        (A, "no fever, breathing fine, eating well"),
    ),
    ("孩子流鼻涕，有点咳嗽，精神好", (G, "2岁"), (D, "两天"), (A, "不发烧，呼吸正常")),
]

# nhs.uk Kidney stones: severe pain in the side or back that comes and goes, may spread to the
# groin, unable to sit still - ask for an urgent GP appointment or NHS 111.
KIDNEY_STONE = [
    (
        "sudden pain in my right side, can't lie still, it goes down to my groin",
        (G, "40"),
        (D, "3 hours"),
    ),
    ("左边腰突然疼，坐着躺着都不舒服", (G, "45岁"), (D, "两个小时"), (A, "尿有点红，没发烧")),
    ("右腰一下子疼起来，一阵一阵的，疼得在床上打滚", (G, "35岁"), (D, "今天早上")),
]
KIDNEY_NOT = [
    # a back strained lifting stays self-care or a GP's (nhs.uk Back pain)
    ("我腰突好几年了，最近久坐有点酸", (G, "50岁"), (D, "几年"), (A, "腿不麻，大小便正常")),
    (
        "my lower back aches after gardening",
        (G, "50"),
        (D, "2 days"),
        (A, "no numbness, peeing normally"),
    ),
]

UP = (
    CELLULITIS
    + HEART_FAILURE
    + DEHYDRATION
    + FAST_PULSE
    + SHINGLES
    + EAR_DISCHARGE
    + FACE_WEAKNESS
    + HIGH_SUGAR
    + PYLORIC
    + CROUP
    + KIDNEY_STONE
)
NOT_UP = (
    CELLULITIS_NOT
    + HEART_FAILURE_NOT
    + DEHYDRATION_NOT
    + FAST_PULSE_NOT
    + SHINGLES_NOT
    + EAR_NOT
    + FACE_NOT
    + HIGH_SUGAR_NOT
    + PYLORIC_NOT
    + CROUP_NOT
    + KIDNEY_NOT
)


@pytest.mark.parametrize("turns", UP)
def test_r10c_urgent(turns):
    assert _u(*turns) in URGENT_UP, turns


@pytest.mark.parametrize("turns", NOT_UP)
def test_r10c_look_alikes_stay_down(turns):
    assert _u(*turns) in NOT_URGENT, turns


def test_r10c_location_answers():
    # the band and the loin told in the answer to "where is it?"
    assert (
        _u(
            "burning pain and a rash on his chest",
            (G, "72"),
            (L, "a band from his back round to the front, left only"),
            (A, "blisters now"),
        )
        in URGENT_UP
    )
    assert _u("右边腰疼得厉害", (G, "36岁"), (L, "右后腰，往大腿根窜"), (S, "9分")) in URGENT_UP
