"""Round-5 classes fixed on set r5a (native Chinese, as patients and relatives type on a phone):
breathlessness told as a comparison ("喘得比平时厉害") and COPD by its lay name (老慢支), fluid
coming from the ear, a baby's dehydration in lay words (fewer wet nappies, fewer tears), shingles
by its lay names, clusters and band shape, vomiting whatever is eaten or drunk, habitual sweating,
a long-lasting self-care class that must not stretch an unrelated rash, a sprain that hurts on
walking (self-care) or cannot take weight (urgent), athlete's foot in lay words, and body-part
characters inside other words (骨头, 分手). New phrasings, not copies of the set's cases; each class
has benign look-alikes so that nothing over-fires."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import find_allergies, find_conditions, find_locations, findings

from .turns import urgency_of


def _urgency(*turns: str | tuple[str, str]) -> str:
    # the rules alone: the learned second opinion (learned.py) is tested on its own
    return urgency_of(*turns, learned=False)


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk COPD: ask for an urgent GP appointment or 111 when breathlessness gets worse (flare-up)
        (["老慢支又犯了，这两天喘得比以前重", ("age", "70")], "urgent"),
        (["慢阻肺，这几天比平时更喘了，痰也多", ("age", "68")], "urgent"),
        (["爬两层楼就上气不接下气", ("age", "40"), ("onset_duration", "三天")], "urgent"),
        (["我爸肺气肿，今天喘不过来"], "urgent"),
        # look-alike: asthma known, not breathless now
        (["哮喘老毛病，现在不喘，想开点药", ("age", "30")], "routine"),
        # nhs.uk Ear infections: urgent GP or 111 for fluid coming out of the ear
        (["孩子耳朵里流出黄水来了", ("age", "4")], "urgent"),
        (["耳朵往外冒脓，疼", ("age", "30")], "urgent"),
        (["闺女耳朵流水两天了", ("age", "6")], "urgent"),
        (["耳朵里有脓水流出来", ("age", "25")], "urgent"),
        # look-alike: water in the ear after a bath
        (["洗澡耳朵进水了，有点闷", ("age", "25"), ("onset_duration", "今天")], "routine"),
        # nhs.uk Diarrhoea and vomiting: urgent GP or 111 for a baby or small child with signs of
        # dehydration such as fewer wet nappies (NICE CG84)
        (["宝宝拉肚子，尿不湿比平时干多了", ("age", "9个月")], "urgent"),
        (["孩子吐了一天，一上午就换了一次尿布", ("age", "1岁")], "urgent"),
        (["儿子拉稀，尿的次数少了", ("age", "2岁")], "urgent"),
        (["宝宝拉肚子，哭的时候眼泪少", ("age", "8个月")], "urgent"),
        # look-alike: loose stools, wet nappies as usual, eating and drinking
        (
            [
                "宝宝有点拉肚子，尿布湿得跟平时一样，能吃能喝，精神挺好",
                ("age", "2岁"),
                ("onset_duration", "今天"),
            ],
            "self_care",
        ),
        # nhs.uk Shingles / NICE CKS Shingles: see a GP or 111 early (antivirals within 3 days)
        (["我妈腰上长了缠腰龙，疼得睡不着", ("age", "70")], "urgent"),
        (["肋骨那一片小水泡，一簇一簇的，火辣辣的疼", ("age", "50")], "urgent"),
        (
            ["后背起了红疹子", ("location", "右边后背往前绕了半圈，像一条带子似的"), ("age", "60")],
            "urgent",
        ),
        # look-alike: a few itchy blisters on the hand
        (["手上起了几个小水泡，痒", ("age", "30"), ("onset_duration", "两天")], "self_care"),
        # nhs.uk Atopic eczema: see a GP for a child's rash that keeps coming back for months; a
        # parent's hay fever does not make it a self-care hay fever
        (
            [
                "孩子身上干痒起疹子反反复复几个月了",
                ("onset_duration", "三个多月"),
                ("history", "他爸有过敏性鼻炎"),
                ("age", "3岁"),
            ],
            "routine",
        ),
        # look-alike: the person's own seasonal hay fever stays with the pharmacist
        (
            ["每年春天都打喷嚏流鼻涕眼睛痒", ("onset_duration", "两个礼拜"), ("age", "30")],
            "self_care",
        ),
        # nhs.uk Sprains and strains: self-care when you can walk; urgent treatment centre when you
        # cannot put weight on it
        (
            ["跑步崴脚了，脚踝肿，走路有点疼", ("age", "25"), ("onset_duration", "昨天")],
            "self_care",
        ),
        (["打球扭伤了脚，走路疼，但能走", ("age", "20"), ("onset_duration", "今天")], "self_care"),
        (["崴脚了，疼得走不了路", ("age", "25"), ("onset_duration", "今天")], "urgent"),
        (
            ["I twisted my ankle playing football and now I can't put weight on it", ("age", "19")],
            "urgent",
        ),
        # look-alike: a strained back that makes standing hard stays a GP / self-care matter
        (["搬东西闪了腰，站不起来", ("age", "45"), ("onset_duration", "今天")], "routine"),
        # nhs.uk Athlete's foot: a pharmacist can help
        (["脚趾头缝里痒，脱皮", ("age", "30"), ("onset_duration", "两个星期")], "self_care"),
        (["脚丫子痒得不行，有点发白", ("age", "30"), ("onset_duration", "十天")], "self_care"),
        # look-alike: a diabetic foot is never self-care
        (["脚丫子痒，脱皮", ("age", "60"), ("history", "糖尿病")], "routine"),
    ],
)
def test_r5a_classes(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("喘得比平时厉害", True),
        ("比以前更喘了", True),
        ("喘不过来", True),
        ("上气不接下气", True),
        ("喘得不厉害", False),
    ],
)
def test_breathless_comparatives(text, present):
    assert ("shortness of breath" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("吃了就吐", True),
        ("喝口水都吐", True),
        ("一喝奶就吐", True),
        ("吃什么都吐出来", True),
        ("吃完饭就吐痰", False),
        ("吃完就吐了口痰", False),
        ("吃饭就吐苦水", False),
    ],
)
def test_vomits_what_is_taken(text, present):
    assert ("vomiting" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("平时爱出汗", False),
        ("打球出汗多", False),
        ("他容易出汗", False),
        ("胸口疼，出冷汗", True),
        ("疼得直出汗", True),
        ("突然出了一身汗", True),
    ],
)
def test_habitual_sweating_is_no_sweat(text, present):
    assert ("sweating" in findings([text])[0]) is present


def test_copd_lay_names():
    assert find_conditions("老慢支又犯了") == ["COPD"]
    assert find_conditions("慢性支气管炎十年了") == ["COPD"]
    assert find_conditions("支气管炎刚好") == []


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("骨头按着不疼", []),
        ("分手以后心里难受", []),
        ("脑子里老有这个念头", []),
        ("头疼", ["头"]),
        ("左手麻", ["左手"]),
        ("手指麻", ["手指"]),
    ],
)
def test_body_part_inside_other_words(text, locations):
    assert find_locations(text) == locations


def test_hedged_allergy_is_not_an_allergen():
    assert find_allergies("鸡蛋好像有点过敏", True) != "点"
    assert find_allergies("海鲜有些过敏", True) != "些"
    assert find_allergies("对青霉素过敏", True) == "青霉素"


# Second step: calibration between self-care, routine and urgent in lay Chinese.
@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # "不出汗" denies a cold sweat: indigestion after a big meal stays with the pharmacist
        # (nhs.uk Indigestion); with heat exposure and confusion it is heatstroke (999)
        (
            [
                "中午吃撑了，胃胀，消化不良",
                ("associated_symptoms", "不出汗，不恶心"),
                ("onset_duration", "今天"),
                ("severity", "2分"),
                ("age", "30"),
            ],
            "self_care",
        ),
        (
            ["在太阳底下干活一下午，现在浑身发烫，也不出汗了，人有点糊涂", ("age", "50")],
            "emergency",
        ),
        # nhs.uk Bleeding from the bottom: see a GP for bright red blood with a poo; with dizziness
        # or fainting it is urgent or more
        (["上大号的时候有血，滴在马桶里", ("onset_duration", "三天"), ("age", "40")], "routine"),
        (["拉完马桶里是鲜红的血", ("onset_duration", "两天"), ("age", "35")], "routine"),
        (["拉完马桶里是鲜红的血，站起来头晕", ("onset_duration", "两天"), ("age", "35")], "urgent"),
        # nhs.uk Piles: a lump that goes back in after a poo, itchy, no blood -> a pharmacist
        (
            ["屁股那里有个小肉球，拉完会缩回去，有点痒", ("onset_duration", "四天"), ("age", "38")],
            "self_care",
        ),
        # nhs.uk Cuts and grazes: small cuts at home; "不小心" / "没站稳" tell the accident, not a denial
        (
            [
                "不小心被菜刀划了手指，流了点血，已经止住了",
                ("age", "35"),
                ("onset_duration", "刚才"),
            ],
            "self_care",
        ),
        (["没站稳摔了一跤，膝盖擦破点皮", ("age", "30"), ("onset_duration", "刚才")], "self_care"),
        # nhs.uk Teething: dribbling and chewing on everything
        (
            [
                "宝宝老流口水，什么都往嘴里塞着啃，牙床有点肿",
                ("age", "7个月"),
                ("onset_duration", "几天"),
            ],
            "self_care",
        ),
        # look-alike: drooling with a face dropped on one side is a stroke (999)
        (["我爸嘴角歪了，一直流口水", ("age", "70")], "emergency"),
        # nhs.uk Swollen ankles: both ankles after a long sit -> self-care; one red, warm calf -> DVT
        (["坐了一天车，两只脚踝都有点肿", ("age", "45"), ("onset_duration", "今天")], "self_care"),
        (["一边小腿肿了，发红发热", ("age", "45")], "urgent"),
        (["两只脚都有点肿，还喘不上气", ("age", "70")], "urgent"),
    ],
)
def test_r5a_calibration(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("上大号的时候有血", True),
        ("大便的时候出鲜血", True),
        ("大便没有血", False),
        ("大便里没有血", False),
        ("不小心摔倒了，没有出血", False),
        ("没看见血", False),
    ],
)
def test_blood_with_a_poo(text, present):
    assert ("bleeding" in findings([text])[0]) is present


# Third step: classes found by probing new lay phrasings beyond the set (written for the tests).
@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # Resuscitation Council UK / nhs.uk drowning: breathing trouble or a cough after being pulled
        # from the water -> 999; a mouthful while swimming, playing normally, or a sip that went down
        # the wrong way while drinking is no emergency
        (["我儿子在河边玩被捞上来，呛了很多水，现在喘得厉害", ("age", "8岁")], "emergency"),
        (["孩子游泳呛了几口水，现在一直咳嗽", ("age", "6岁")], "emergency"),
        (["my son was pulled out of the pool and keeps coughing", ("age", "5")], "emergency"),
        (["孩子在泳池里呛了口水，现在玩得好好的，不咳嗽", ("age", "6岁")], "self_care"),
        (
            ["喝水的时候呛了一口，咳了几声就好了", ("age", "30岁"), ("onset_duration", "刚才")],
            "routine",
        ),
        # nhs.uk Nappy rash, Dandruff, Acne, Warts: a pharmacist can help, even after weeks or months
        (["宝宝屁股红了，尿布疹", ("age", "6个月"), ("onset_duration", "两天")], "self_care"),
        (["头皮屑多，头皮痒", ("age", "26岁"), ("onset_duration", "一个月")], "self_care"),
        (["脸上长痘痘", ("age", "17岁"), ("onset_duration", "几个月")], "self_care"),
        (["手上长了个瘊子", ("age", "20岁"), ("onset_duration", "两个月")], "self_care"),
        # look-alikes: pharmacy treatment failed -> GP; a nappy area with pus spots and fever -> urgent
        (
            [
                "脸上长痘痘好几个月了，药店买的药膏也没用",
                ("age", "17岁"),
                ("onset_duration", "几个月"),
            ],
            "routine",
        ),
        (["宝宝屁股红了一大片，还起了脓包，发烧", ("age", "6个月")], "urgent"),
        # nhs.uk Dental abscess / Mumps: a swollen face with a temperature -> urgent dentist, GP or 111
        (["牙疼，半边脸都肿了，发烧", ("age", "35岁")], "urgent"),
        (["孩子腮帮子肿了，还发烧", ("age", "6岁")], "urgent"),
        (
            [
                "my face is swollen on one side from a bad tooth and I've got a temperature",
                ("age", "40"),
            ],
            "urgent",
        ),
        (["牙疼，脸有点肿", ("age", "35岁"), ("onset_duration", "两天")], "routine"),
        # nhs.uk Your baby's movements: moving less -> maternity unit now; stopped -> at once
        (["怀孕30周，感觉宝宝今天动得少了", ("age", "29岁")], "urgent"),
        (
            ["I'm 34 weeks pregnant and the baby is moving less than usual today", ("age", "30")],
            "urgent",
        ),
        (["怀孕32周，一天都感觉不到胎动", ("age", "29岁")], "emergency"),
        (["怀孕20周，胎动挺好的，想问问能不能吃螃蟹", ("age", "29岁")], "routine"),
        # nhs.uk Appendicitis: lower right tummy pain getting worse -> urgent GP or 111
        (["右下腹疼，越来越厉害", ("age", "20岁")], "urgent"),
        (
            [
                "右下腹有点隐隐的疼，两个月了，时好时坏",
                ("age", "30岁"),
                ("onset_duration", "两个月"),
            ],
            "routine",
        ),
        # nhs.uk Neck pain: posture at a screen -> self-care; a stiff neck with fever and headache is not
        (
            ["脖子酸，肩膀僵，天天对着电脑", ("age", "30岁"), ("onset_duration", "一周")],
            "self_care",
        ),
        (["脖子硬，发烧，头疼得厉害", ("age", "20岁")], "emergency"),
    ],
)
def test_r5a_probed_classes(turns, urgency):
    assert _urgency(*turns) == urgency


# Fourth step: emergencies told across answers, and lay words for them.
@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Headaches / Subarachnoid haemorrhage: sudden and the worst ever -> 999, even when
        # "突然" and "这辈子最疼" come in different answers; a usual migraine is not
        (
            [
                "头疼",
                ("onset_duration", "半小时前用力的时候突然开始"),
                ("severity", "特别疼，这辈子最疼的一次"),
                ("age", "38"),
            ],
            "emergency",
        ),
        (["头突然疼起来了", ("severity", "9分"), ("age", "45")], "emergency"),
        (
            [
                "偏头痛老毛病又犯了，跟以前一样",
                ("onset_duration", "今天突然开始"),
                ("severity", "8分"),
                ("age", "30"),
            ],
            "urgent",
        ),
        # nhs.uk Vomiting in babies / Intussusception: green vomit or redcurrant-jelly poo -> 999/A&E
        (["宝宝一直吐", ("associated_symptoms", "吐的是绿色的"), ("age", "6个月")], "emergency"),
        (["孩子肚子疼，一阵一阵哭，拉的大便像果酱一样", ("age", "1岁")], "emergency"),
        # look-alike: an adult bringing up bile after repeated vomiting
        (
            ["吐了好几次，最后吐的是黄绿色的水", ("age", "30"), ("onset_duration", "今天")],
            "routine",
        ),
        # nhs.uk Hip fracture: a fall, cannot stand, leg short and turned out -> 999
        (
            [
                "我姥姥摔了",
                ("location", "左边大腿根"),
                ("associated_symptoms", "站不起来，左腿变短了，脚往外撇"),
                ("age", "84"),
            ],
            "emergency",
        ),
        (["my mum fell and now she can't get up, her hip hurts", ("age", "82")], "emergency"),
        (
            ["奶奶摔了一跤，屁股有点疼，能自己走", ("age", "80"), ("onset_duration", "今天")],
            "self_care",
        ),
        # nhs.uk Red eye: red, painful and blurred -> urgent, even told in separate clauses
        (
            [
                "我妈眼睛不舒服",
                ("associated_symptoms", "眼睛红，看东西模糊，有点疼"),
                ("age", "60"),
            ],
            "urgent",
        ),
        (["眼睛红，有点痒，看东西清楚", ("age", "30"), ("onset_duration", "两天")], "self_care"),
    ],
)
def test_r5a_emergencies_across_answers(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("头突然疼起来了", True),
        ("脑袋疼", True),
        ("后脑勺疼", True),
        ("头一阵一阵地疼", True),
        ("骨头疼", False),
        ("枕头太高", False),
    ],
)
def test_lay_headache_words(text, present):
    assert ("headache" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("answer", "age"),
    [
        ("68", "68 years"),
        ("7个月", "7 months"),
        ("两岁半", "2 years"),
        ("18 months", "18 months"),
        ("不知道", None),
    ],
)
def test_bare_age_answer(answer, age):
    from consult.triage.facts import extract

    assert extract(["孩子发烧", answer], [None, "age"]).get("age") == age


def test_age_after_a_child_word():
    from consult.triage.facts import find_age

    assert find_age("宝宝6个月，发烧") == "6 months"
    assert find_age("宝宝才两个月") == "2 months"
    assert find_age("孩子三个月前得过肺炎") is None


# The age of a child or a relative is asked when the first message does not give it (NICE NG143:
# a fever under 3 months is red; nhs.uk: babies under 12 months, people 65 and over).
@pytest.mark.parametrize(
    ("first", "asks_age"),
    [
        ("孩子发烧了", True),
        ("我妈今天早上起来说话有点怪", True),
        ("my son has had a temperature since lunch", True),
        ("宝宝八个月，发烧了", False),  # the age is given
        ("my 2 year old has a temperature", False),
        ("我发烧了", False),  # the writer's own complaint
        ("I have a sore throat", False),
    ],
)
def test_age_is_asked_for_someone_else(first, asks_age):
    from consult.triage.planner import InterviewState, decide

    turns = [{"role": "patient", "text": first}]
    asked = []
    for _ in range(10):
        decision = decide(InterviewState.from_turns(turns))
        if decision.action != "ask":
            break
        asked.append(decision.fact)
        turns += [
            {"role": "assistant", "text": "?", "asked": decision.fact},
            {"role": "patient", "text": "不知道"},
        ]
    assert ("age" in asked) is asks_age
    # the age does not use up one of the other questions
    assert "history" in asked or "history" in InterviewState.from_turns(turns).facts


def test_age_question_is_one_question_in_each_language():
    from consult.triage.planner import question_template

    for lang in ("en", "zh"):
        text = question_template("age", lang)
        assert text.count("?") + text.count("？") == 1


def test_a_babys_age_from_the_answer_changes_the_triage():
    # NICE NG143 / nhs.uk High temperature: a baby under 3 months with 38C or more needs urgent care
    assert _urgency(
        "孩子发烧了", ("age", "2个月"), ("associated_symptoms", "体温38.2，有点蔫")
    ) in ("urgent", "emergency")
    assert (
        _urgency(
            "孩子发烧了",
            ("age", "6岁"),
            ("associated_symptoms", "体温38.2，能吃能玩"),
            ("onset_duration", "今天"),
        )
        == "self_care"
    )


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Diabetic ketoacidosis: thirst with fast deep breathing or fruity breath -> A&E
        (
            [
                "糖尿病人不舒服",
                ("associated_symptoms", "口渴得厉害，尿多，呼吸又快又深，嘴里有烂苹果味"),
                ("age", "19"),
            ],
            "emergency",
        ),
        (
            [
                "I'm type 1 diabetic and feel awful",
                ("associated_symptoms", "really thirsty and my breath smells like pear drops"),
                ("age", "22"),
            ],
            "emergency",
        ),
        # look-alike: a diabetic who is thirsty after a run, breathing normally
        (["糖尿病，今天跑完步有点口渴", ("age", "50"), ("onset_duration", "今天")], "routine"),
        # nhs.uk Testicle pain: the site in the answer to "where?" with pain elsewhere -> A&E
        (
            [
                "蛋疼",
                ("location", "右边睾丸"),
                ("severity", "疼得厉害，10分"),
                ("associated_symptoms", "恶心吐了一次"),
                ("age", "14"),
            ],
            "emergency",
        ),
        # nhs.uk Back pain: an aching back after moving house -> self-care
        (
            [
                "腰有点酸",
                ("associated_symptoms", "前天搬家累着了，腿不麻，大小便正常"),
                ("onset_duration", "两天"),
                ("age", "30"),
            ],
            "self_care",
        ),
        # look-alike: back pain with saddle numbness is cauda equina (A&E)
        (["腰酸腰疼好几天了，今天屁股周围发麻", ("age", "45")], "emergency"),
    ],
)
def test_r5a_more_lay_classes(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [("腰酸", True), ("腰有点酸", True), ("腰酸背痛", True), ("酸奶喝多了", False)],
)
def test_aching_back_words(text, present):
    assert ("back pain" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("answer", "score"),
    [
        ("疼得直不起腰", 8),
        ("疼得满头大汗", 8),
        ("疼得要死", 9),
        ("特别难受", 7),
        ("挺严重的", 7),
        ("比较严重", 6),
        ("一般般", 4),
        ("有点难受", 3),
        ("隐隐作痛", 3),
        ("7分", 7),
    ],
)
def test_lay_severity_answers(answer, score):
    from consult.triage.facts import find_severity, severity_score

    assert severity_score(find_severity(answer, answering=True)) == score


def test_a_vivid_first_message_does_not_stand_in_for_the_score():
    from consult.triage.facts import find_severity

    # the severity question is still asked: the patient's own score decides
    assert find_severity("每次来月经小肚子绞着疼，疼得冒冷汗") != "疼得冒冷汗"


def test_an_age_answer_is_not_a_duration():
    from consult.triage.facts import extract, find_age

    facts = extract(["孩子发烧", "10个月"], [None, "age"])
    assert facts["age"] == "10 months" and "onset_duration" not in facts
    # the direct answer wins over a child's age told in passing; "生完孩子一个月" is no age
    assert (
        extract(["产后情绪不好", "29", "生完孩子一个月"], [None, "age", "onset_duration"])["age"]
        == "29 years"
    )
    assert find_age("生完孩子一个月") is None


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Gout / Septic arthritis: a red, swollen toe joint with a temperature -> urgent
        (
            [
                "脚趾头红肿",
                ("location", "右脚大拇脚趾"),
                ("associated_symptoms", "第一次这样，发烧38.5"),
                ("age", "60"),
            ],
            "urgent",
        ),
        # look-alike: known gout again, no temperature -> GP
        (
            [
                "脚趾头红肿疼",
                ("associated_symptoms", "以前得过痛风，这次又犯了，没发烧"),
                ("age", "50"),
            ],
            "routine",
        ),
        # nhs.uk Ear infections / Mastoiditis: swelling behind the ear -> urgent
        (
            [
                "孩子耳朵疼",
                ("associated_symptoms", "耳朵后面红肿，耳朵往外支棱着，发烧"),
                ("age", "4"),
            ],
            "urgent",
        ),
        (["my son's ear hurts and there's a red swelling behind his ear", ("age", "5")], "urgent"),
        # nhs.uk Pre-eclampsia: headache after 20 weeks with swelling -> midwife / 111 now
        (
            [
                "怀孕头疼",
                ("associated_symptoms", "怀孕28周，脚有点肿"),
                ("severity", "挺疼的"),
                ("age", "27"),
            ],
            "urgent",
        ),
        # look-alike: a mild headache early in pregnancy after a poor night
        (["怀孕10周，昨晚没睡好有点头疼", ("age", "27"), ("onset_duration", "今天")], "routine"),
    ],
)
def test_r5a_joint_ear_pregnancy(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Irregular periods: see a GP, even with acne alongside
        (
            [
                "月经不规律",
                ("associated_symptoms", "两三个月来一次，脸上长痘，体重增加"),
                ("onset_duration", "半年"),
                ("age", "28"),
            ],
            "routine",
        ),
        # nhs.uk Bacterial vaginosis: a fishy discharge is for a GP or sexual health clinic, not thrush
        (
            [
                "白带多，有异味",
                ("associated_symptoms", "灰白色，鱼腥味"),
                ("onset_duration", "一周"),
                ("age", "30"),
            ],
            "routine",
        ),
        # look-alike: thrush (itchy, cottage-cheese discharge, no smell) -> pharmacist
        (["下面有点痒，豆腐渣样的白带", ("onset_duration", "三天"), ("age", "28")], "self_care"),
    ],
)
def test_r5a_gynae_calibration(turns, urgency):
    assert _urgency(*turns) == urgency


def test_blood_streaked_phlegm_is_no_haemorrhage_concept():
    from consult.triage.urgency import _MATCHER

    assert "vomit_blood" not in _MATCHER.affirmed("痰里有血丝，咳血丝")
    assert "vomit_blood" in _MATCHER.affirmed("咳血了，咳了好几口")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("孩子烧了好几天", True),
        ("一直烧", True),
        ("烧到39度", True),
        ("烧得厉害", True),
        ("烧不退", True),
        ("退了又烧", True),
        ("胸口烧得慌", False),  # heartburn
        ("胸口烧得厉害", False),
        ("烧伤了", False),
        ("烧心", False),
    ],
)
def test_the_bare_fever_word(text, present):
    assert ("fever" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("闹肚子", True),
        ("一天拉三四次稀的", True),
        ("大便不成形", True),
        ("跑肚", True),
        ("没拉稀", False),
    ],
)
def test_lay_diarrhoea_words(text, present):
    assert ("diarrhea" in findings([text])[0]) is present


def test_several_days():
    from consult.triage.facts import duration_days, find_duration

    assert find_duration("孩子烧了好几天") == "好几天"
    assert duration_days("好几天") == 4 and duration_days("几天") == 3


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # NICE NG143: fever for 5 days or more is amber (Kawasaki disease: nhs.uk urgent GP or 111)
        (
            [
                "孩子烧了好几天",
                ("associated_symptoms", "眼睛红，嘴唇干裂发红，手脚肿"),
                ("age", "2"),
            ],
            "urgent",
        ),
        # nhs.uk Measles: urgent GP or 111
        (
            [
                "起了好多疹子",
                ("associated_symptoms", "发烧三天，红疹子从脸上开始往下长，眼睛红，咳嗽"),
                ("age", "5"),
            ],
            "urgent",
        ),
        (
            [
                "my daughter has a rash that started behind her ears and spread down her body, and a fever",
                ("age", "4"),
            ],
            "urgent",
        ),
        # look-alike: a fever of one day in a lively child stays at home (NICE NG143 green)
        (
            [
                "孩子发烧",
                ("age", "3"),
                ("onset_duration", "一天"),
                ("associated_symptoms", "38度5，流鼻涕，吃了退烧药就活蹦乱跳"),
            ],
            "self_care",
        ),
        # nhs.uk Diarrhoea and vomiting: two days of loose stools, drinking -> self-care
        (
            [
                "闹肚子",
                ("onset_duration", "两天"),
                ("associated_symptoms", "一天拉三四次稀的，没血，没发烧，能喝水"),
                ("age", "28"),
            ],
            "self_care",
        ),
    ],
)
def test_r5a_fever_and_gut_words(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Laryngitis: a hoarse voice after shouting or singing -> self-care; 3 weeks -> GP
        (
            [
                "嗓子哑了",
                ("onset_duration", "两天"),
                ("associated_symptoms", "前天唱K喊多了，没发烧"),
                ("age", "30"),
            ],
            "self_care",
        ),
        (
            [
                "嗓子哑",
                ("onset_duration", "一个多月"),
                ("associated_symptoms", "一直没好，抽烟"),
                ("age", "60"),
            ],
            "routine",
        ),
        # look-alike: suddenly unable to get words out is a stroke sign
        (["我爸突然说不出话来了", ("age", "70")], "emergency"),
        # nhs.uk Itchy skin: dry itchy skin in winter -> a pharmacist (emollients)
        (
            [
                "皮肤干痒",
                ("onset_duration", "冬天以后"),
                ("associated_symptoms", "皮肤干，脱屑，没红肿"),
                ("age", "70"),
            ],
            "self_care",
        ),
    ],
)
def test_r5a_voice_and_dry_skin(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [("烧到三十九度", True), ("体温三十八度五", True), ("快四十度了", True), ("三十七度五", False)],
)
def test_temperatures_in_chinese_numerals(text, present):
    assert ("fever" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("七十多岁", "70 years"),
        ("八十来岁", "80 years"),
        ("六十出头", "60 years"),
        ("两岁时高热惊厥过", None),
    ],
)
def test_approximate_ages(text, age):
    from consult.triage.facts import find_age

    assert find_age(text) == age


@pytest.mark.parametrize(
    ("text", "concept", "present"),
    [
        ("血压一百八", "bp_very_high", True),
        ("高压两百多", "bp_very_high", True),
        ("血压一百二", "bp_very_high", False),
        ("血糖二十多", "high_sugar", True),
        ("血糖测了十几", "high_sugar", True),
        ("血糖6.5", "high_sugar", False),
    ],
)
def test_readings_in_lay_chinese(text, concept, present):
    from consult.triage.urgency import _MATCHER

    assert (concept in _MATCHER.affirmed(text)) is present


def test_dka_with_a_reading_in_chinese():
    # nhs.uk Diabetic ketoacidosis: high sugar with fast breathing -> A&E
    assert _urgency("我儿子1型糖尿病，血糖二十多，呼吸又快又深", ("age", "15")) == "emergency"


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Panic disorder / NICE CG113: an attack that passed on its own -> GP
        (
            [
                "突然心跳得特别快，喘不上气，手脚发麻，感觉自己要死了，十几分钟又好了",
                ("age", "27"),
                ("history", "工作压力大"),
            ],
            "routine",
        ),
        (
            [
                "I had a panic attack, felt short of breath and thought I was going to die, it passed on its own after ten minutes",
                ("age", "25"),
            ],
            "routine",
        ),
        # look-alike: breathless now, not settled
        (["喘不上气，感觉自己要死了", ("age", "40")], "urgent"),
    ],
)
def test_r5a_panic_that_passed(turns, urgency):
    assert _urgency(*turns) in ((urgency,) if urgency != "urgent" else ("urgent", "emergency"))


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Heat exhaustion: dizzy, sick, sweating heavily and thirsty after the sun -> same day
        (["大太阳底下干了一下午活，头晕没劲，出了一身大汗，恶心，特别渴", ("age", "45")], "urgent"),
        # look-alike: a simple faint in the heat, came round at once (nhs.uk Fainting: no GP needed)
        (["排队的时候天太热晕倒了，很快就醒了，现在没事", ("age", "19")], "self_care"),
        # look-alike: heatstroke signs are 999 (not sweating, confused)
        (["在太阳底下干了一天活，现在不出汗了，人有点糊涂", ("age", "50")], "emergency"),
    ],
)
def test_r5a_heat(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [("没劲儿", True), ("浑身没劲", True), ("浑身无力", True), ("有劲儿", False)],
)
def test_lay_weakness_words(text, present):
    assert ("fatigue" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Head injury: a child's minor bump, playing normally -> home care
        (
            [
                "孩子头碰了一下",
                ("age", "4"),
                ("associated_symptoms", "额头起了个包，哭了一下就好了，玩得挺好"),
            ],
            "self_care",
        ),
        # look-alike: vomiting and sleepy after a head injury (NICE NG232) -> 999/A&E
        (
            ["孩子把头磕了", ("age", "3"), ("associated_symptoms", "吐了三次，有点想睡")],
            "emergency",
        ),
        # nhs.uk Conjunctivitis: a baby under 28 days with a sticky eye -> urgent GP or 111; the age
        # comes from the answer
        (
            ["宝宝眼屎多", ("age", "2周"), ("associated_symptoms", "眼睛有点红，眼屎黄黄的")],
            "urgent",
        ),
        # look-alike: an older child's sticky eye -> pharmacist
        (
            [
                "孩子眼睛红，有眼屎",
                ("age", "6"),
                ("onset_duration", "一天"),
                ("associated_symptoms", "不疼，看东西清楚"),
            ],
            "self_care",
        ),
    ],
)
def test_r5a_children(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("有三高", ["diabetes", "hypertension"]),
        ("心脏不好", ["heart disease"]),
        ("放过支架", ["heart disease"]),
        ("做过搭桥", ["heart disease"]),
        ("肾不好，在透析", ["kidney disease"]),
        ("一直吃强的松", ["immunosuppression"]),
        ("心脏不好受", []),  # a symptom, not a condition
    ],
)
def test_lay_names_of_long_term_conditions(text, conditions):
    assert find_conditions(text) == conditions


def test_a_lay_condition_raises_a_fever():
    # NICE NG51 / NICE CKS: fever with a long-term condition (kidney disease, steroids) -> same day
    assert _urgency("发烧两天了", ("history", "肾不好，在透析"), ("age", "60")) == "urgent"


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Diarrhoea and vomiting: loose stools with mild cramps, drinking -> self-care
        (["我30岁，昨天吃了火锅，今天拉了三次，肚子有点绞痛，没发烧没血，能喝水"], "self_care"),
        # look-alike: colic of the side with blood in the urine (nhs.uk Kidney stones) is no tummy cramp
        (["右边腰一阵一阵绞痛，尿里有血", ("age", "40")], "urgent"),
    ],
)
def test_r5a_cramps_with_diarrhoea(turns, urgency):
    assert _urgency(*turns) in ((urgency,) if urgency == "self_care" else ("urgent", "emergency"))


def test_hedged_colic_is_not_severe():
    from consult.triage.facts import find_severity, severity_score

    assert severity_score(find_severity("肚子有点绞痛")) == 4
    assert severity_score(find_severity("绞痛")) == 8
    assert "diarrhea" in findings(["今天拉了三次"])[0]
    assert "diarrhea" not in findings(["今天尿了三次"])[0]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # first message alone (the emergency is told at once): nhs.uk Vomiting in babies (green vomit)
        ("宝宝吐绿水", True),
        # Resuscitation Council UK drowning: pulled out and coughing
        ("孩子溺水被捞上来，一直咳", True),
        # look-alikes: an adult bringing up bile; a toddler's ordinary cough
        ("吐了好几次，最后吐的是黄绿色的水", False),
        ("孩子一直咳，流鼻涕", False),
    ],
)
def test_first_message_emergencies(text, flagged):
    from consult.triage.redflags import screen_conversation

    assert bool(screen_conversation([text])) is flagged


@pytest.mark.parametrize(
    ("text", "present"),
    [("一直咳", True), ("咳个不停", True), ("咳得厉害", True), ("不咳了", False)],
)
def test_lay_cough_words(text, present):
    assert ("cough" in findings([text])[0]) is present


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Cellulitis around the eye: red swollen eyelid with a temperature -> same day
        (["孩子眼皮红肿，睁不开眼，发烧", ("age", "5")], "urgent"),
        # look-alike: a stye (painful lump on the eyelid edge, no fever) -> pharmacist
        (["眼皮上长了个小疙瘩，有点疼", ("age", "25"), ("onset_duration", "两天")], "self_care"),
        # nhs.uk Bell's palsy (Ramsay Hunt: ear pain and blisters too): urgent GP or 111
        (["耳朵疼得厉害，脸一边动不了，耳朵里有水泡", ("age", "50")], "urgent"),
        (["早上起来半边脸动不了，眼睛闭不上", ("age", "38")], "urgent"),
        # nhs.uk Diabetes - foot problems: a wound not healing or turning black -> urgent
        (["糖尿病，脚上有个伤口一直不好，发黑了", ("age", "65")], "urgent"),
        # nhs.uk Dry eyes: a pharmacist can help
        (["眼睛干涩，看手机久了就难受", ("age", "30"), ("onset_duration", "一个月")], "self_care"),
        # nhs.uk Boils: small, no temperature -> self-care; large, hot, with fever -> not
        (
            ["背上长了个小疖子，有点疼，没发烧", ("age", "25"), ("onset_duration", "两天")],
            "self_care",
        ),
        (["背上长了个大包，红肿热痛，中间有脓头，发烧", ("age", "45")], "urgent"),
    ],
)
def test_r5a_eye_face_foot_skin(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("冠心病，这两天胸闷比以前频繁", True),  # a comparison with before is current
        ("头疼跟以前一样", True),
        ("以前胸闷过，现在没事", False),  # told as past
    ],
)
def test_compared_with_before_is_current(text, present):
    mentioned = findings([text])[0]
    assert (("chest pain" in mentioned) or ("headache" in mentioned)) is present


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Angina: chest tightness coming more often on less effort -> urgent
        (["冠心病，这两天胸闷比以前频繁，走几步就闷", ("age", "70")], "urgent"),
        # nhs.uk Sore throat / Mouth ulcers: a dry throat and a blister in the mouth -> pharmacist
        (["有点上火，嗓子干，嘴里起泡", ("age", "30"), ("onset_duration", "三天")], "self_care"),
    ],
)
def test_r5a_current_and_pharmacy(turns, urgency):
    assert _urgency(*turns) in ((urgency,) if urgency == "self_care" else ("urgent", "emergency"))


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Psychosis / Bipolar disorder: urgent GP or 111
        (["我儿子最近几天不睡觉，话特别多，花钱大手大脚，说自己是神", ("age", "22")], "urgent"),
        (["我妈总觉得有人要害她，还说听到有人在骂她", ("age", "60")], "urgent"),
        # nhs.uk Self-harm: urgent GP or 111
        (["孩子说被人欺负了，最近拿刀划自己胳膊", ("age", "14")], "urgent"),
        # look-alikes: poor sleep, ringing in the ears, a kitchen cut
        (["最近压力大，有点睡不好", ("age", "30"), ("onset_duration", "一周")], "self_care"),
        (["耳朵里老听到嗡嗡的声音", ("age", "50"), ("onset_duration", "半年")], "routine"),
        (
            ["用刀切菜不小心划了手，流了点血，止住了", ("age", "35"), ("onset_duration", "刚才")],
            "self_care",
        ),
    ],
)
def test_r5a_mental_health(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Signs that labour has begun: green or brown waters -> maternity unit at once
        (["怀孕38周，破水了，羊水是绿色的", ("age", "29")], "emergency"),
        # nhs.uk Premature labour / waters breaking: contact the maternity unit now
        (["怀孕33周，肚子一阵一阵发紧，十分钟一次", ("age", "30")], "urgent"),
        (["怀孕36周，刚才破水了，清的", ("age", "31")], "urgent"),
        # look-alike: tummy cramps with diarrhoea are no contractions (nhs.uk Diarrhoea and vomiting)
        (
            [
                "从昨晚开始拉肚子、呕吐，肚子一阵阵绞着疼，家里孩子这周早些时候也是这样",
                ("age", "35"),
                ("onset_duration", "昨晚"),
            ],
            "self_care",
        ),
    ],
)
def test_r5a_labour_signs(turns, urgency):
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # accidents are no self-harm (nhs.uk Burns and scalds: small burn cooled 20 minutes -> home)
        (
            [
                "burnt myself on the iron",
                (
                    "associated_symptoms",
                    "a small red patch, no blisters, cooled it under the tap for 20 minutes",
                ),
                ("age", "30"),
            ],
            "self_care",
        ),
        (
            [
                "手背被开水溅到了",
                (
                    "associated_symptoms",
                    "就一小块，比一元硬币还小，发红，没起泡，已经用冷水冲了二十分钟",
                ),
                ("onset_duration", "刚才"),
                ("age", "31"),
            ],
            "self_care",
        ),
        (
            ["不小心划到自己的手，流了点血，止住了", ("age", "30"), ("onset_duration", "刚才")],
            "self_care",
        ),
        # nhs.uk Self-harm: deliberate -> urgent GP or 111
        (["I've been cutting myself on purpose again", ("age", "17")], "urgent"),
        (["孩子故意用刀划自己", ("age", "15")], "urgent"),
        # nhs.uk Head injury: an adult's small bump, feeling normal and back at work -> home care
        (
            [
                "起身的时候头撞到门框了",
                ("associated_symptoms", "没吐，不晕，没昏过去，精神挺好的，照常上班"),
                ("age", "28"),
            ],
            "self_care",
        ),
        (
            [
                "banged my head on an open cupboard door",
                (
                    "associated_symptoms",
                    "no sickness, no dizziness, I feel totally normal and I'm back at work",
                ),
                ("age", "36"),
            ],
            "self_care",
        ),
        # nhs.uk Dehydration: passing less urine than usual after days of diarrhoea -> urgent GP or 111
        (
            [
                "still got diarrhoea and feel a bit dried out",
                ("associated_symptoms", "I'm not going for a wee as much as usual"),
                ("onset_duration", "3 days"),
                ("age", "42"),
            ],
            "urgent",
        ),
    ],
)
def test_r5a_accidents_and_bumps(turns, urgency):
    assert _urgency(*turns) == urgency
