"""Round-4 calibration classes (issue 8, set r4a): precision fixes for Chinese history, negation
and look-alike words, self-care classes nhs.uk sends home, and urgent/emergency rules for stories
told in lay words. New phrasings in both languages, not copies of the tuning cases."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import find_age, find_conditions, findings
from consult.triage.urgency import classify

from .turns import urgency_of

_urgency = urgency_of


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # ConText history: an age at a past event ("三岁那年", "五个月大的时候") is no seizure now
        (
            [
                "儿子这两天流鼻涕打喷嚏，他三岁那年发高烧惊厥过一回",
                ("age", "8岁"),
                ("onset_duration", "两天"),
            ],
            "self_care",
        ),
        (
            [
                "孩子鼻塞咳嗽，五个月大的时候抽搐过一次，后来都好好的",
                ("age", "6岁"),
                ("onset_duration", "三天"),
            ],
            "self_care",
        ),
        # ConText experiencer 'other': a relative's past or long-standing illness told as background
        # to the writer's own complaint; the relative's current complaint still counts
        (
            ["我爸心梗做过支架，我这两天有点流鼻涕", ("age", "30"), ("onset_duration", "两天")],
            "self_care",
        ),
        (
            ["我外婆胸口疼住过院，我最近嗓子疼", ("age", "25"), ("onset_duration", "三天")],
            "self_care",
        ),
        (["我妈胸口疼了好多年了，这两天疼得厉害，出冷汗", ("age", "70岁")], "emergency"),
        (
            [
                "my dad has diabetes and I've got a sore throat",
                ("age", "35"),
                ("onset_duration", "two days"),
            ],
            "self_care",
        ),
        (
            [
                "my wife had chest pain and went to hospital, I've got a blocked nose",
                ("age", "45"),
                ("onset_duration", "3 days"),
            ],
            "self_care",
        ),
        # ConText 'hypothetical': a question about a possible symptom is no report of it
        (
            [
                "what should I do if my son has a seizure? he has a cold at the moment",
                ("age", "4"),
                ("onset_duration", "2 days"),
            ],
            "self_care",
        ),
        (
            ["万一孩子抽风了怎么办？现在就是流鼻涕", ("age", "3岁"), ("onset_duration", "两天")],
            "self_care",
        ),
        # ... but "if I walk, I get chest pain" reports it
        (["如果走路就胸痛怎么办", ("age", "60")], "urgent"),
        # nhs.uk Cystitis: burning when peeing is no fever
        (
            [
                "小便的时候有点烧，尿频",
                ("associated_symptoms", "腰不疼，不发烧"),
                ("onset_duration", "昨天"),
            ],
            "routine",
        ),
        # nhs.uk Cystitis: a pharmacist for women 16-64; GP for men, children, pregnancy, 65+, fever or back pain
        (
            [
                "小便刺痛，老想上厕所，月经刚走",
                ("age", "29"),
                ("onset_duration", "昨天"),
                ("associated_symptoms", "不发烧，腰不疼"),
            ],
            "self_care",
        ),
        (
            [
                "I'm a woman and it stings when I wee, I'm up every hour to go",
                ("age", "34"),
                ("onset_duration", "since yesterday"),
                ("associated_symptoms", "no fever, no back pain"),
            ],
            "self_care",
        ),
        (["尿痛尿频，我是女的", ("age", "72岁"), ("onset_duration", "两天")], "routine"),
        (
            [
                "it burns when I pee and I keep needing to go",
                ("age", "40"),
                ("onset_duration", "a day"),
            ],
            "routine",
        ),
        # nhs.uk Dizziness / Fainting: an ordinary trigger, once, under 65
        (
            [
                "蹲久了一站起来眼前发黑，扶了一下墙就好了",
                ("age", "30"),
                ("onset_duration", "今天"),
                ("associated_symptoms", "没有胸痛心慌"),
            ],
            "self_care",
        ),
        (
            [
                "I got up too quickly from the sofa and went lightheaded for a few seconds",
                ("age", "29"),
                ("onset_duration", "this evening"),
                ("associated_symptoms", "no chest pain, no palpitations"),
            ],
            "self_care",
        ),
        (
            [
                "抽血的时候有点晕，眼前发黑，躺了一会就好了",
                ("age", "27"),
                ("onset_duration", "今天上午"),
            ],
            "self_care",
        ),
        # nhs.uk Heart palpitations: stress before an exam or interview
        (
            [
                "面试前紧张得心慌，现在没事了",
                ("age", "23"),
                ("onset_duration", "今天"),
                ("severity", "2分"),
            ],
            "self_care",
        ),
        # nhs.uk Heart palpitations: after caffeine, brief
        (
            [
                "喝了一大杯浓茶以后心慌了一阵，现在好了",
                ("age", "26"),
                ("onset_duration", "今天下午"),
                ("severity", "2分"),
            ],
            "self_care",
        ),
        (
            [
                "had three espressos and my heart was pounding for a bit, settled now",
                ("age", "31"),
                ("onset_duration", "this morning"),
                ("severity", "2/10"),
            ],
            "self_care",
        ),
        # nhs.uk Migraine: the usual attack
        (
            [
                "my usual migraine is back, throbbing on one side, feel a bit sick",
                ("age", "40"),
                ("onset_duration", "since lunchtime"),
                ("severity", "6/10"),
            ],
            "self_care",
        ),
        (
            [
                "偏头痛好多年了，今天又犯了，恶心",
                ("age", "35"),
                ("onset_duration", "今天早上"),
                ("severity", "五分"),
            ],
            "self_care",
        ),
        # ... but not when this one is unlike the usual, or sudden and explosive (nhs.uk Headaches: 999)
        (
            [
                "老偏头痛了，可是这回跟以前不一样，吃药也不管用",
                ("age", "38"),
                ("onset_duration", "今天"),
                ("severity", "五分"),
            ],
            "routine",
        ),
        (["偏头痛好多年了，刚才突然像炸裂了一样疼", ("age", "44")], "emergency"),
        (
            [
                "I get migraines but this one is the worst headache ever, it came out of nowhere",
                ("age", "39"),
            ],
            "emergency",
        ),
        # NICE NG143 green / nhs.uk High temperature: fever with reassuring signs, short
        (
            [
                "儿子发烧38度2，流鼻涕，精神挺好，能吃能喝",
                ("age", "4岁"),
                ("onset_duration", "一天"),
            ],
            "self_care",
        ),
        (
            [
                "my daughter has a temperature of 38.4 and a runny nose but she's still playing and drinking fine",
                ("age", "5"),
                ("onset_duration", "since yesterday"),
            ],
            "self_care",
        ),
        # nhs.uk Diarrhoea and vomiting: being sick for a day, keeping fluids down
        (
            [
                "my daughter threw up twice last night, keeping water down now",
                ("age", "7"),
                ("onset_duration", "since last night"),
                ("severity", "mild"),
            ],
            "self_care",
        ),
        (["宝宝吐了两次，还能喝奶", ("age", "6个月大"), ("onset_duration", "今天")], "routine"),
        # nhs.uk Cuts and grazes: a small cut, bleeding stopped
        (
            ["刮胡子划破了点皮，出了点血，已经止住了", ("age", "40"), ("onset_duration", "刚才")],
            "self_care",
        ),
        (
            [
                "I nicked my thumb with a knife, the bleeding has stopped",
                ("age", "33"),
                ("onset_duration", "just now"),
                ("severity", "2/10"),
            ],
            "self_care",
        ),
        # nhs.uk Nosebleeds: blood-streaked mucus from blowing the nose is no uncontrolled bleeding
        (["感冒了，擤鼻涕有点带血丝", ("age", "30"), ("onset_duration", "三天")], "routine"),
        # nhs.uk Shingles is a band on one side; a patch of itchy rash is not
        (["后背起了一片小红疹子，有点痒", ("age", "30"), ("onset_duration", "两天")], "self_care"),
        (["腰上一圈水泡，一边的，火辣辣地疼", ("age", "62"), ("onset_duration", "两天")], "urgent"),
        # nhs.uk Bleeding gums: a dentist, not urgent
        (["牙齿一刷就出血，牙龈有点肿", ("age", "45"), ("onset_duration", "三个星期")], "routine"),
        (
            [
                "my gums bleed when I brush, no other bleeding",
                ("age", "50"),
                ("onset_duration", "a month"),
            ],
            "routine",
        ),
        # nhs.uk Benign prostate enlargement: incomplete emptying is no dehydration
        (["晚上起夜三次，总觉得没尿干净", ("age", "66"), ("onset_duration", "半年")], "routine"),
        # nhs.uk Cellulitis: redness larger than the day before
        (
            ["脚背红肿，红的范围比早上还大，摸着热", ("age", "60"), ("onset_duration", "两天")],
            "urgent",
        ),
        # nhs.uk DVT: one calf hurting and swollen
        (
            [
                "my leg has been aching since the weekend and now it's swollen below the knee",
                ("age", "58"),
                ("associated_symptoms", "no chest pain, breathing fine"),
            ],
            "urgent",
        ),
        # nhs.uk Detached retina / Loss of sight: A&E
        (["it's like a dark curtain coming down over my right eye", ("age", "62")], "emergency"),
        # NICE CG100 delirium tremens
        (["我老公戒酒三天了，今天开始说看见地上有蛇，手一直抖", ("age", "50")], "emergency"),
        (
            [
                "he stopped drinking on Monday and now he's hallucinating and sweating",
                ("age", "48"),
            ],
            "emergency",
        ),
        # nhs.uk Giant cell arteritis: urgent; with a change in vision an emergency
        (
            [
                "I'm 72 and my jaw aches when I chew and my scalp is tender",
                ("age", "72"),
                ("onset_duration", "a week"),
            ],
            "urgent",
        ),
        (
            [
                "梳头的时候头皮疼，嚼东西下巴酸痛，看东西模糊",
                ("age", "75"),
                ("onset_duration", "一周"),
            ],
            "emergency",
        ),
        # nhs.uk Bacterial vaginosis: a GP or sexual health clinic, not the thrush self-care class
        (
            ["白带有点多，有股腥味，颜色灰灰的", ("age", "28"), ("onset_duration", "五天")],
            "routine",
        ),
        (
            ["thin grey discharge with a fishy smell", ("age", "30"), ("onset_duration", "a week")],
            "routine",
        ),
        # ... a bloody taste in the mouth is no discharge
        (["刷牙的时候出血，嘴里有股血腥味", ("age", "38"), ("onset_duration", "两周")], "routine"),
        # nhs.uk Heartburn: a burning stomach after a big meal
        (
            ["吃多了以后心口窝有点烧，反酸", ("age", "33"), ("onset_duration", "今天晚上")],
            "self_care",
        ),
        # nhs.uk Subconjunctival haemorrhage: painless, clears by itself
        (
            ["眼白上突然有一块红的，不疼也不影响看东西", ("age", "45"), ("onset_duration", "今天")],
            "self_care",
        ),
        (
            [
                "I've burst a blood vessel in my eye, it doesn't hurt and I can see fine",
                ("age", "52"),
                ("onset_duration", "today"),
            ],
            "self_care",
        ),
        # nhs.uk Motion sickness: a pharmacist, however long it has gone on
        (["从小就晕车，坐车就恶心想吐", ("age", "20"), ("onset_duration", "很多年")], "self_care"),
        (
            [
                "I get travel sick on every ferry, queasy and sweaty",
                ("age", "41"),
                ("onset_duration", "years"),
            ],
            "self_care",
        ),
    ],
)
def test_r4a_classes(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present", "absent_from_present"),
    [
        ("尿完了有点烧，老想上厕所", "painful urination", "mild fever"),
        ("最近一阵阵的发热出汗，月经也不规律", None, "fever"),
        ("大便有些干，四天没拉了", "constipation", None),
        ("站起来太快眼前发黑", None, "fainting"),
        ("she coughed so much her chest is sore from coughing", "cough", None),
        ("pain low on the right side of my tummy", "abdominal pain", None),
        ("my heart just started pounding out of nowhere", "palpitations", None),
        ("上楼梯有点喘", "shortness of breath", None),
        ("a dull ache in the centre of my chest", "chest pain", None),
        ("I felt really faint in the queue", "dizziness", "fainting"),
        ("发烧？木有", None, "fever"),
        ("莫得发烧，就是咳嗽", "cough", "fever"),
        ("冇发烧", None, "fever"),
        ("心慌倒是没有", None, "palpitations"),
        ("胸闷吗？没", None, "chest pain"),
        ("早上吐了口痰，黄的", None, "vomiting"),
        ("I had a fit of coughing last night", "cough", None),
        ("she fainted in assembly", "fainting", None),
        ("temperature normal, just a cough", "cough", "fever"),
        ("吃完火锅胃里有点烧", None, "mild fever"),
        ("心口窝有点烧，打嗝", None, "mild fever"),
        ("他这两天有些喘", "shortness of breath", None),
    ],
)
def test_r4a_findings(text: str, present: str | None, absent_from_present: str | None) -> None:
    found, _ = findings([text])
    if present:
        assert present in found
    if absent_from_present:
        assert absent_from_present not in found


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("我姐姐有糖尿病好多年了，我最近有点咳嗽", []),
        ("我有糖尿病好多年了，最近有点咳嗽", ["diabetes"]),
        ("我妈有糖尿病好多年了，最近她老是口渴", ["diabetes"]),
    ],
)
def test_relatives_conditions_are_not_the_writers(text: str, conditions: list[str]) -> None:
    assert find_conditions(text) == conditions


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("我十岁那年得过肺炎", None),
        ("孩子两岁的时候住过院", None),
        ("我今年45岁", "45 years"),
        ("宝宝三岁了", "3 years"),
    ],
)
def test_age_at_a_past_event_is_no_age(text: str, age: str | None) -> None:
    assert find_age(text) == age


@pytest.mark.parametrize(
    ("text", "facts", "level"),
    [
        # nhs.uk Costochondritis / Chest pain: chest-wall pain after lifting, tender to press, under
        # 50 and with no cardiac feature is a GP matter for the discriminators ...
        (
            "my chest hurts on the right when I press on it, since I was lifting boxes",
            {"age": "28 years"},
            "routine",
        ),
        ("搬完家具以后右边胸口疼，按着更疼", {"age": "35 years"}, "routine"),
        # ... at 50 or over, or with sweating or breathlessness, it is not
        (
            "pain in the middle of my chest, tender to touch, after carrying heavy boxes",
            {"age": "62 years"},
            "urgent",
        ),
        ("搬东西以后胸口疼，按着疼，还有点喘", {"age": "40 years"}, "emergency"),
        ("chest pain, tender to touch", {"age": "30 years"}, "urgent"),
    ],
)
def test_chest_wall_pain(text: str, facts: dict[str, str], level: str) -> None:
    assert classify([text], facts).level == level
