"""Urgency discriminators on plain-word stories (bench/vignettes_extra.json sources): each row
exercises one broadened vocabulary or combination, and the over-triage guards must stay below."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import urgency_of

_urgency = urgency_of


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # NICE NG51 sepsis: infection with no urine, new confusion or rigors with confusion
        (["dad has a water infection and hasn't had a wee since this morning"], "emergency"),
        (["我妈尿路感染，今天一直打哆嗦，人迷迷糊糊的"], "emergency"),
        (["he's shaking like crazy and not making much sense"], "emergency"),
        # MTS 'floppy child'; nhs.uk meningitis in babies (bulging soft spot)
        (["she's all floppy and hard to wake"], "emergency"),
        (["宝宝软绵绵的，叫他也不怎么理"], "emergency"),
        (["the soft spot on her head is bulging"], "emergency"),
        # nhs.uk heart attack without the word chest
        (["heavy ache in my jaw and I'm drenched in cold sweat"], "emergency"),
        (["我爷爷左边肩膀酸，一身冷汗"], "emergency"),
        # NICE NG232: head injury on an anticoagulant
        (["grandad is on warfarin and banged the back of his head"], "emergency"),
        (["我妈在吃华法林，后脑勺磕地上了"], "emergency"),
        # nhs.uk burns: large or deep
        (["spilled boiling water on my arm, the skin has gone white"], "emergency"),
        (["孩子被开水烫了，一大片起泡"], "emergency"),
        # nhs.uk bowel obstruction
        (["not pooed or passed wind for 3 days and keep throwing up"], "emergency"),
        (["三天没放屁，肚子胀得像鼓一样，一直吐"], "emergency"),
        # MTS peritonism / nhs.uk appendicitis
        (["pain round my belly button, now agony when I cough or walk, temp 38.2"], "emergency"),
        (["肚子疼，走路咳嗽都痛，发烧38度"], "emergency"),
        (["it has moved low down on the right and I threw up"], "emergency"),
        # nhs.uk PE after a flight
        (["12 hour flight yesterday, my calf is puffy and I can't get enough air"], "emergency"),
        # nhs.uk cauda equina in plain words
        (["bad back, and I can't feel the toilet paper when I wipe"], "emergency"),
        (["腰痛，屁股和大腿内侧没感觉"], "emergency"),
        # nhs.uk pre-eclampsia: "im 34 weeks" and sparkly lights
        (["im 34 weeks, pounding head and seeing sparkly lights"], "emergency"),
        # urgent: kidney infection, cellulitis, croup
        (["burning when i wee for 3 days and temp 38.4"], "urgent"),
        (["the red bit on my shin is getting bigger every hour"], "urgent"),
        (["腿上红肿，一天比一天大"], "urgent"),
        (["my 3 year old has a cough that sounds like a seal"], "urgent"),
        # MTS 'pleuritic pain' (yellow): with fever it is a chest infection; without, PE stays 999
        (["咳黄痰五天了，发烧，气短，吸气的时候右边胸口疼"], "urgent"),
        (["green phlegm and fever for 5 days, short of breath, my chest hurts when I breathe in"], "urgent"),
        (["suddenly short of breath and my chest hurts when I breathe in"], "emergency"),
        # round 2: DKA in plain words, PE after a joint replacement, cauda equina, cystitis in zh
        (["my son is type 1, he's drowsy, keeps being sick and his breathing is really deep"], "emergency"),
        (["有糖尿病，最近几天特别口渴，尿很多，今天开始吐"], "emergency"),
        (["had my hip replaced 10 days ago, now breathless out of nowhere"], "emergency"),
        (["sciatica down both legs and my back is killing me"], "emergency"),
        (["小便的时候火辣辣的痛，还发烧"], "urgent"),
        # round 3: chest injury (nhs.uk collapsed lung), everyday self-care (nhs.uk period pain, nosebleeds)
        (["got kicked in the chest playing rugby, every breath is agony"], "emergency"),
        (["胸口被撞了一下，现在喘不上气"], "emergency"),
        (["period cramps like normal, ibuprofen helps, 3/10, today"], "self_care"),
        (["来月经肚子有点痛，跟平时一样，疼痛3分，今天"], "self_care"),
        (["nosebleed for 5 minutes, stopped after pinching my nose, 1/10, this morning"], "self_care"),
        # round 4 (bench/vignettes_check3.json): nhs.uk epiglottitis, AAA, eye injuries, broken
        # bones, electric shock, jaundice, heatstroke, urinary retention, DVT, quinsy, sunburn
        (["my 5 year old can't swallow his spit and is leaning forward to breathe"], "emergency"),
        (["孩子咽不下口水，往前趴着喘气"], "emergency"),
        (["sudden pain in my tummy going through to my back, I nearly passed out"], "emergency"),
        (["我爸75岁，突然肚子和后背剧痛"], "emergency"),
        (["splashed bleach in my eye"], "emergency"),
        (["清洁剂溅到眼睛里了"], "emergency"),
        (["there's bone sticking out of my shin"], "emergency"),
        (["小腿骨头露出来了"], "emergency"),
        (["got a shock off the mains fixing a plug"], "emergency"),
        (["被电打了一下，手麻"], "emergency"),
        (["my eyes have gone yellow and I have a fever"], "emergency"),
        (["皮肤发黄，发高烧"], "emergency"),
        (["working in the sun all day, stopped sweating and confused"], "emergency"),
        (["中暑了，人有点糊涂"], "emergency"),
        (["can't pee at all since last night"], "emergency"),
        (["一整晚尿不出来"], "emergency"),
        (["calf swollen and warm for 2 days", ("associated_symptoms", "no breathlessness")], "urgent"),
        (["嘴巴张不开，喉咙一边特别痛"], "urgent"),
        (["sunburn on my shoulders, red and sore, 2/10, today"], "self_care"),
        (["sudden pain in my lower back and tummy, I'm 70 and feel faint"], "emergency"),
        (["burning pee and pain in my side, temp 38"], "urgent"),
        # over-triage guards
        (["左边胸口一按就痛，前天搬了重东西", ("chest_companions", "不气短，没出汗")], "urgent"),
        (["sharp twinge on the left of my chest", ("chest_companions", "no breathlessness no sweating")], "urgent"),
        (["twisted my ankle, a bit puffy but I can walk on it, 3/10, since today"], "self_care"),
        (["bumped my head on a cupboard, not on any blood thinners, no vomiting"], "urgent"),
    ],
)
def test_urgency(turns: list, urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    "turns",
    [
        ["burnt my finger on the oven tray, small red patch"],
        ["diarrhoea since yesterday, slight temperature, haven't had a wee since lunch"],
        ["jaw aches after the dentist, I have a fever and I'm sweaty"],
        ["my knee is puffy after football"],
        ["both legs feel heavy after the marathon"],
        ["I'm type 2 and my sugars are fine, just a cough"],
        ["吐痰有点黄，咳嗽两天"],
        ["I got a shock when I saw the bill, now I have a headache"],
        ["sat in the sun all day, bit of a headache"],
        ["my bladder feels full all the time and I pee often"],
        ["I can't see the bone but my ankle is swollen after a fall"],
        ["太阳下晒了一会儿，有点头晕"],
        ["12个月的宝宝发烧38度，能吃能玩"],
    ],
)
def test_not_an_emergency(turns: list) -> None:
    assert _urgency(*turns) != "emergency"


# Round 3 (issue 8): urgent / routine / self-care by condition class and severity, both languages.
# Each row names the nhs.uk page its urgency follows; the urgency comes from the whole interview.
@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # self-care classes: "a pharmacist can help" / "usually gets better on its own"
        (["every spring the pollen makes me sneeze and my eyes itch", ("onset_duration", "every year for years"), ("severity", "3")], "self_care"),
        (["一到春天就打喷嚏，眼睛痒，流清鼻涕", ("onset_duration", "一个星期"), ("severity", "三分")], "self_care"),
        (["woke up with my eye gunky and red, vision fine", ("severity", "2/10")], "self_care"),
        (["早上眼屎把眼睛糊住了，眼睛有点红", ("severity", "两分")], "self_care"),
        (["two mouth ulcers on my tongue", ("onset_duration", "4 days"), ("severity", "3/10")], "self_care"),
        (["嘴里长了口腔溃疡，吃饭疼", ("onset_duration", "三天"), ("severity", "三分")], "self_care"),
        (["slept funny and got a crick in my neck", ("severity", "4/10"), ("associated_symptoms", "no numbness, no fever")], "self_care"),
        (["早上起来落枕了，脖子转不动", ("severity", "四分"), ("associated_symptoms", "手不麻，不发烧")], "self_care"),
        (["cough since my cold last week, chest a bit sore from coughing", ("onset_duration", "8 days"), ("severity", "3/10")], "self_care"),
        (["感冒以后一直咳嗽，胸口咳得有点疼", ("onset_duration", "十来天"), ("severity", "三分")], "self_care"),
        (["burning in my chest after a big curry, acid in my throat", ("severity", "3/10"), ("age", "35")], "self_care"),
        # severe pain: urgent in the trunk, a GP matter in a gout toe, a strain or the usual migraine
        (["my big toe joint is red and swollen", ("severity", "9/10")], "routine"),
        (["大脚趾关节红肿，疼得受不了", ("severity", "九分")], "routine"),
        (["one of my usual migraines, same as always", ("severity", "8/10")], "routine"),
        (["I feel anxious all the time", ("severity", "8/10")], "routine"),
        (["pain in my side coming in waves, going down to my groin", ("severity", "8/10")], "urgent"),
        (["右边后腰一阵一阵地绞痛，疼到大腿根", ("severity", "八分")], "urgent"),
        # long-standing breathlessness on exertion is a GP matter; new breathlessness is urgent
        (["out of breath going up stairs for the past few months", ("severity", "3/10")], "routine"),
        (["这半年爬两层楼就气短", ("severity", "三分")], "routine"),
        (["短短两天，走几步就喘，还发烧咳嗽"], "urgent"),
        # nhs.uk: tummy pain with a fever, sudden hearing loss -> urgent GP or 111
        (["pain under my right ribs since last night and a temperature of 38.3"], "urgent"),
        (["右上腹疼了一晚上，还发烧"], "urgent"),
        (["woke up and can't hear anything out of my left ear"], "urgent"),
        (["今天早上右耳突然听不见了"], "urgent"),
        # nhs.uk low blood sugar: call 999 when confused or drowsy
        (["my husband is diabetic and he's sweaty and talking nonsense"], "emergency"),
        (["我爸有糖尿病，现在出冷汗，说胡话"], "emergency"),
        # nhs.uk Bell's palsy: urgent, not 999, when the eye will not close and nothing else is weak
        (["the right side of my face won't move and I can't close my eye", ("associated_symptoms", "arms and legs fine, talking normally")], "urgent"),
        # r3e/r3f: rarer conditions of every urgency (nhs.uk / NICE pages named in bench/vignettes_r3e.json)
        (["I'm on chemo and have a temperature of 38.3"], "emergency"),
        (["我在做化疗，今天发烧38.5度"], "emergency"),
        (["my eye suddenly became really painful and red, I see halos round lights"], "emergency"),
        (["右眼突然胀痛，看灯有彩虹圈，还吐了"], "emergency"),
        (["my leg suddenly went cold, pale and really painful"], "emergency"),
        (["左腿突然又凉又白，疼得厉害"], "emergency"),
        (["breastfeeding and my breast has a hot red painful patch"], "urgent"),
        (["在喂奶，左边乳房一块又红又热又疼"], "urgent"),
        (["fell off my bike and my wrist is bent at a funny angle"], "urgent"),
        (["骑车摔了，手腕变形了"], "urgent"),
        (["a dog bit my hand and broke the skin"], "urgent"),
        (["被狗咬了手，伤口挺深"], "urgent"),
        (["burnt my finger on the oven tray, small red patch, held it under cold water", ("severity", "3/10")], "self_care"),
        (["做饭的时候手指被烫了一下，红了一小块，冲了凉水", ("severity", "三分")], "self_care"),
        (["dry itchy patches on my arms, the moisturiser isn't helping", ("severity", "3/10")], "routine"),
        (["胳膊上的湿疹很痒，抹保湿霜也没用", ("severity", "三分")], "routine"),
        (["昨天吃坏了肚子，拉了几次稀", ("severity", "两分"), ("associated_symptoms", "没有血，不发烧，能喝水")], "self_care"),
        # r3h/r3i
        (["suddenly the room is spinning and I'm seeing double"], "emergency"),
        (["突然天旋地转，看东西重影，走路走不稳"], "emergency"),
        (["nosebleed that's been going for 25 minutes even pinching it"], "urgent"),
        (["流鼻血流了二十多分钟了，捏着也止不住"], "urgent"),
        (["a fish bone is stuck in my throat"], "urgent"),
        (["吃鱼卡了根鱼刺"], "urgent"),
        (["my toddler poked me in the eye and it's really painful"], "urgent"),
        (["rough sandpapery rash and a sore throat"], "urgent"),
        (["there's pus coming out of his ear"], "urgent"),
        (["孩子拉肚子呕吐两天了，尿比平时少"], "urgent"),
        (["achy all over with a temperature, think it's flu", ("severity", "4/10"), ("age", "31")], "self_care"),
    ],
)
def test_round3_condition_classes(turns: list, urgency: str) -> None:
    assert _urgency(*turns) == urgency
