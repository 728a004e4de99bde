"""Round-6 urgency classes (bench r6a/r6b/r6c tuning sets): each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, L, S, urgency_of
from .turns import rules_urgency as _u

URGENT = [
    # nhs.uk Shingles: urgent GP / 111 if the rash is near the eye (NICE CKS: herpes zoster ophthalmicus)
    (
        (
            "rash on my forehead that stings",
            (D, "tingly burning for 2 days then rash came up this morning"),
            (A, "eye on that side a bit red and watery"),
        ),
        "urgent",
    ),
    (("I think I've got shingles, blisters on my eyelid",), "urgent"),
    (("blisters on my forehead and the tip of my nose, burning pain for 3 days",), "urgent"),
    (("额头上起了一片疹子，火辣辣地疼", (A, "右眼有点红，老流眼泪")), "urgent"),
    (("医生说是带状疱疹，长在眼皮上",), "urgent"),
    (("眼睛周围起了好多小水泡，像火烧一样疼",), "urgent"),
    # nhs.uk Scarlet fever: urgent GP / 111
    (
        (
            "rash on my little boy",
            (D, "temp and sore throat yesterday, rash this morning"),
            (A, "tongue looks red and bumpy, swollen glands in his neck"),
        ),
        "urgent",
    ),
    (("her rash feels like sandpaper and she has a temperature",), "urgent"),
    (("孩子发烧嗓子疼，身上的疹子摸着像砂纸",), "urgent"),
    (("儿子舌头红红的，上面一粒一粒的像杨梅，还发烧",), "urgent"),
    # nhs.uk Sudden hearing loss: urgent GP / 111
    (
        (
            "耳朵闷闷的好像进水了",
            (D, "今天早上起来就这样"),
            (S, "右边基本听不见了，打电话都听不清"),
            (A, "耳朵里嗡嗡响"),
        ),
        "urgent",
    ),
    (("woke up this morning deaf in my left ear, ringing too",), "urgent"),
    (("I woke up and can't hear anything out of my right ear",), "urgent"),
    (("左耳突然听不见了，还耳鸣",), "urgent"),
    (("一夜之间听力突然下降，右耳嗡嗡的",), "urgent"),
    # nhs.uk Cellulitis: red, hot, swollen, spreading skin -> urgent GP / 111
    (
        (
            "got a red rashy patch on my shin, a bit itchy",
            (D, "2 days, bigger since yesterday"),
            (S, "hot and sore to touch now"),
        ),
        "urgent",
    ),
    (("scraped my leg, now it's red, warm to the touch and getting bigger",), "urgent"),
    (("小腿擦破的地方红了一片，摸着发烫，比昨天大了一圈",), "urgent"),
    (("脚上红肿热痛，越来越大，我有糖尿病",), "urgent"),
    # nhs.uk Appendicitis: pain from the belly button to the lower right -> urgent GP / 111 at least
    (
        ("肚子疼，从昨晚开始的", (S, "中等吧，6分"), (A, "没胃口，有点恶心，量了37.8，没怎么拉")),
        "urgent",
    ),
    (
        (
            "tummy ache since last night",
            (S, "6/10"),
            (A, "off my food, feeling sick, temp 37.8 and not had diarrhoea"),
        ),
        "urgent",
    ),
    (
        ("pain started round my belly button and has now moved to the lower right", (S, "5/10")),
        "urgent",
    ),
    (("疼是从肚脐周围开始的，现在转移到右下边了", (S, "5分")), "urgent"),
    # nhs.uk Kawasaki disease: urgent GP / 111
    (
        (
            "孩子烧了好几天",
            (G, "一岁半"),
            (A, "俩眼睛红红的，嘴唇红得干裂，手脚有点肿，身上出了点红疹子"),
        ),
        "urgent",
    ),
    (
        (
            "my toddler has had a fever for 5 days",
            (G, "2"),
            (A, "red eyes and her lips are red and cracked. feet look puffy"),
        ),
        "urgent",
    ),
    (("fever, a rash and her fingers are peeling", (G, "3")), "urgent"),
    # nhs.uk Whooping cough: urgent GP / 111 for a baby under 6 months, a worsening bad cough, a young baby at home
    (
        (
            "咳嗽快俩礼拜了，一直不见好",
            (D, "一开始跟感冒一样流鼻涕，后来越咳越厉害"),
            (H, "家里二宝才三个月，百白破还没打全"),
        ),
        "urgent",
    ),
    (("一咳就是一长串停不下来，咳完吸气呼的一声，家里有个两个月的宝宝",), "urgent"),
    (("coughing fits with a whoop at the end, and there's a newborn baby at home",), "urgent"),
    (
        (
            "my 3 month old has coughing fits and goes red, then is sick after coughing",
            (G, "3 months"),
        ),
        "urgent",
    ),
]

LOOKALIKES = [
    # acne / eczema on the forehead, a rash elsewhere with burning: not shingles near the eye
    (("a few spots on my forehead, teenager",), "self_care"),
    (("hay fever, eyes red and watery and sneezing",), "self_care"),
    # a cold's sore throat without rash or tongue signs
    (("sore throat and runny nose for 2 days, no fever",), "self_care"),
    # a hearing loss over months is a GP matter
    (("my hearing has been getting worse for a couple of years", (D, "2 years")), "routine"),
    # sunburn that is hot, not spreading
    (
        ("sunburnt shoulders, hot to the touch", (D, "yesterday"), (A, "no blisters, no fever")),
        "self_care",
    ),
    # tummy bug: tummy ache with diarrhoea
    (
        (
            "stomach cramps and diarrhoea since last night, feel a bit sick",
            (D, "since last night"),
            (A, "no blood, drinking fine"),
        ),
        "self_care",
    ),
    # an adult's whooping cough for 3 weeks with no baby or risk at home: a GP matter
    (
        (
            "i get coughing fits and then i gasp in with a whooping noise",
            (D, "3 weeks"),
            (A, "no fever"),
        ),
        "routine",
    ),
    # a cold in a baby's household without fits, whoop or worsening
    (
        (
            "just a cold, runny nose and a bit of a cough",
            (D, "3 days"),
            (H, "we have a young baby at home"),
        ),
        "self_care",
    ),
]


URGENT += [
    # nhs.uk Mastitis: a sore breast while breastfeeding with a temperature -> urgent GP / 111
    (
        (
            "喂奶的时候咪咪疼，还发烧了",
            (D, "宝宝一个半月，昨天开始疼的"),
            (A, "烧到38.7，全身酸痛跟感冒似的"),
        ),
        "urgent",
    ),
    (
        ("breastfeeding and my left breast is sore, now i have a fever", (D, "since yesterday")),
        "urgent",
    ),
    # nhs.uk Broken arm or wrist: an odd shape after a fall -> A&E / urgent
    (("fell and my wrist looks bent", (D, "today")), "urgent"),
    (("摔了一跤，手腕看着有点歪了", (D, "刚才")), "urgent"),
]
LOOKALIKES += [
    # a sore breast while breastfeeding without a temperature: not urgent (nhs.uk Mastitis: self-care
    # first - keep feeding, rest, painkillers, a pharmacist; round 10's sc_mastitis class, which
    # a GP-first "routine" here stood in for before)
    (
        (
            "breastfeeding and one breast feels a bit sore and full",
            (D, "today"),
            (A, "no fever, feel fine"),
        ),
        "self_care",
    ),
    # a fall with a sore wrist that moves, no odd shape: a sprain
    (
        (
            "fell off my bike and hurt my wrist, swollen",
            (D, "today"),
            (S, "can move it, sore"),
            (G, "30"),
        ),
        "self_care",
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), URGENT + LOOKALIKES)
def test_r6_urgency(turns, urgency):
    assert _u(*turns) == urgency


SELF_CARE = [
    # nhs.uk Sunburn: self-care / pharmacist
    (
        (
            "got burnt at the beach yesterday, shoulders killing me",
            (D, "yesterday afternoon"),
            (S, "sore when i put a top on, no blisters"),
            (A, "just hot and red, no fever or dizziness"),
        ),
        "self_care",
    ),
    (
        (
            "forgot suncream, my back is sunburnt and sore",
            (D, "since yesterday"),
            (A, "no blisters, feel fine"),
        ),
        "self_care",
    ),
    (
        ("昨天在海边晒伤了，肩膀火辣辣地疼", (D, "昨天下午"), (A, "没起水泡，不发烧不头晕")),
        "self_care",
    ),
    # nhs.uk Teething
    (
        (
            "baby chewing everything and grumpy",
            (D, "few days"),
            (A, "dribbling loads, red cheek, temp 37.6. still feeding"),
        ),
        "self_care",
    ),
    (
        ("宝宝老流口水，啃手，有点闹", (G, "7个月"), (D, "三四天"), (A, "吃奶正常，不发烧")),
        "self_care",
    ),
    # nhs.uk Thrush: after antibiotics, a pharmacist can help
    (
        (
            "thrush again i think",
            (D, "few days"),
            (S, "itchy and sore"),
            (A, "white cottage cheese discharge, doesnt smell, not pregnant"),
            ("medications", "just finished antibiotics for chest infection"),
        ),
        "self_care",
    ),
    (
        (
            "下面很痒，豆腐渣样白带",
            (G, "30"),
            (D, "三天"),
            (A, "不臭，没怀孕"),
            ("medications", "刚吃完一周头孢，治肺部感染"),
        ),
        "self_care",
    ),
    # nhs.uk Mouth ulcers: a pharmacist can help, however sore
    (
        (
            "嘴里长了个泡，上火了吧，疼死了",
            (D, "三天了"),
            (A, "就一个，白色的小圆圈，周围红。没发烧"),
        ),
        "self_care",
    ),
    (
        ("mouth ulcer on my tongue, it's killing me", (D, "4 days"), (A, "just the one, no fever")),
        "self_care",
    ),
    # nhs.uk Sprains and strains: walks on it, no bone tenderness (Ottawa ankle rules) -> self-care
    (
        (
            "打球崴脚了，会不会骨折",
            (D, "下午"),
            (S, "肿了一点，能自己走路"),
            (A, "外踝骨头按着不疼，能走四五步以上"),
        ),
        "self_care",
    ),
    (
        (
            "fell over on a night out, ankle's sore",
            (D, "last night"),
            (S, "sore but i can walk on it, limping a bit"),
            (A, "bit swollen and bruised, no numbness, looks normal shape"),
        ),
        "self_care",
    ),
    (
        (
            "rolled my ankle, have i broken my ankle?",
            (D, "this morning"),
            (S, "can walk on it, bit swollen"),
            (A, "no numbness"),
        ),
        "self_care",
    ),
    # a fall on the bottom without head injury or warning signs
    (
        ("早上摔了一跤，屁股着地，腰有点疼", (D, "今天早上"), (A, "腿不麻，大小便正常，头没磕着")),
        "self_care",
    ),
]

SELF_CARE_LOOKALIKES = [
    (("twisted my ankle and i can't put any weight on it", (D, "an hour ago")), "urgent"),
    (("崴脚了，脚踝明显变形了", (D, "刚才")), "urgent"),
    (("摔了一跤，头磕到了，吐了两次", (D, "一小时前")), "emergency"),
    # sunburn with blisters or in a young child is for a clinician
    (
        (
            "my 2 year old got sunburnt at the beach",
            (G, "2"),
            (D, "today"),
            (A, "red and sore, no blisters"),
        ),
        "routine",
    ),
    # a dental abscess is not teething or a mouth ulcer
    (("throbbing pain in a back tooth, the gum is swollen", (D, "3 days"), (S, "8/10")), "urgent"),
]


@pytest.mark.parametrize(("turns", "urgency"), SELF_CARE + SELF_CARE_LOOKALIKES)
def test_r6_over_triage(turns, urgency):
    assert _u(*turns) == urgency


GP_OR_SELF_CARE = [
    # nhs.uk Stress / exam stress without self-harm: self-care
    (
        (
            "最近心情特别差，烦得很",
            (G, "17，高三"),
            (D, "快一模了，这一个多礼拜"),
            (S, "就是烦，偶尔哭一场，哭完好点"),
            (A, "睡得晚，有时候心跳快。没想过伤害自己，就是压力大"),
        ),
        "self_care",
    ),
    (
        (
            "really stressed about my exams, heart races sometimes",
            (G, "18"),
            (D, "about a week"),
            (A, "no thoughts of hurting myself, just pressure"),
        ),
        "self_care",
    ),
    # nhs.uk Sciatica: self-care at first, a GP after a few weeks
    (
        (
            "腰疼，还往腿上窜，坐久了更难受",
            (D, "差不多六个礼拜了，搬完家开始的"),
            (S, "四五分吧"),
            (A, "大小便都正常，屁股和下面不麻，腿也有劲"),
        ),
        "routine",
    ),
    (
        (
            "sciatica, pain shooting down my right leg",
            (D, "6 weeks"),
            (S, "5/10"),
            (A, "no numbness between my legs, peeing fine, legs strong"),
        ),
        "routine",
    ),
    (
        (
            "pain shooting down my right leg from my lower back",
            (D, "4 days"),
            (S, "5/10"),
            (A, "no numbness between my legs, peeing fine, legs strong"),
        ),
        "self_care",
    ),
    # nhs.uk Tiredness and fatigue / Underactive thyroid: a GP, not an emergency
    (
        (
            "总是觉得累，提不起精神，睡多久都不够",
            (G, "47，女"),
            (D, "大半年了，越来越明显"),
            (S, "不算严重，就是天天蔫蔫的"),
        ),
        "routine",
    ),
    (("always tired and cold, putting on weight", (G, "47"), (D, "6 months")), "routine"),
    # nhs.uk Shortness of breath: breathless on the stairs, slowly worse over months -> a GP (anaemia)
    (
        (
            "tired all the time lately",
            (D, "couple of months getting worse"),
            (S, "out of breath on the stairs which isnt like me"),
            (A, "periods are really heavy, flooding through pads"),
        ),
        "routine",
    ),
    (("最近两个月越来越累，爬楼就喘", (D, "两个多月了，越来越重"), (A, "月经量特别多")), "routine"),
]

GP_LOOKALIKES = [
    # a floppy, unresponsive child now stays an emergency
    (("宝宝软绵绵的，叫他也不怎么理",), "emergency"),
    # breathless at rest, or sudden, stays urgent
    (("getting more and more out of breath even sitting still", (D, "2 months")), "urgent"),
]


@pytest.mark.parametrize(
    "turns",
    [
        # a low mood with thoughts of self-harm is no self-care (urgent or the red flag's emergency)
        ("exam stress and I've been thinking about hurting myself", (G, "17"), (D, "a week")),
        ("考试压力大，有时候想伤害自己", (G, "16"), (D, "一个礼拜")),
    ],
)
def test_r6_self_harm_not_self_care(turns):
    assert _u(*turns) in ("urgent", "emergency")


@pytest.mark.parametrize(("turns", "urgency"), GP_OR_SELF_CARE + GP_LOOKALIKES)
def test_r6_gp_or_self_care(turns, urgency):
    assert _u(*turns) == urgency


# Round 6d (bench r6d): the classes in words the earlier rounds did not use.
R6D = [
    # nhs.uk Sudden hearing loss: urgent GP / 111 for a hearing loss that came on suddenly, in any
    # words, the patient's own guess of wax notwithstanding; NICE CKS Hearing loss in adults
    (
        (
            "woke up and my ear feels blocked, prob wax",
            (G, "45"),
            (D, "woke up like it yesterday"),
            (S, "cant hear on phone that side"),
            (A, "ringing and a bit dizzy at first"),
        ),
        "urgent",
    ),
    (("everything sounds muffled in my left ear since this morning", (G, "50")), "urgent"),
    (("i can hardly hear out of my right ear, came on today, with ringing",), "urgent"),
    (("right ear", (D, "2 days"), (S, "struggling to hear people on that side")), "urgent"),
    (("右耳打电话听不清", (D, "今天早上起来就这样"), (A, "耳鸣")), "urgent"),
    (("一觉醒来左边耳朵听不清了 有点晕",), "urgent"),
    (("昨天开始右边耳朵听声音发闷，像隔了一层",), "urgent"),
]
R6D_LOOKALIKES = [
    # wax or a gradual loss over weeks is a GP or pharmacist matter (nhs.uk Earwax build-up, Hearing loss)
    (("my ear is blocked with wax, hearing is muffled in that ear", (D, "3 weeks"), (G, "60")), "routine"),
    (("hearing gradually got worse in my left ear over months",), "routine"),
    (("耳朵堵 耳屎多 左耳听不太清", (D, "好几周了")), "routine"),
    # a blocked ear with a cold (nhs.uk Common cold / Ear infections)
    (
        ("blocked ear since my cold, cant hear well on that side, runny nose", (D, "2 days")),
        "self_care",
    ),
]


# nhs.uk Common cold: self-care - a colleague's or friend's pneumonia told as the worry behind
# one's own mild cold is no infection of the writer's; the writer's own pneumonia, or breathlessness
# and a high temperature, stay with a clinician
R6D_SELF_CARE = [
    (
        (
            "runny nose sore throat. guy at work got pneumonia, could i have it?",
            (G, "31"),
            (D, "2 days"),
            (S, "mild"),
            (A, "sneezy, bit achy, no fever, breathing fine"),
        ),
        "self_care",
    ),
    (("a friend of mine had a chest infection, now I have a cough and runny nose", (D, "3 days")), "self_care"),
    (("流鼻涕 嗓子疼，同事得了肺炎，我会不会也是", (D, "两天"), (S, "轻微")), "self_care"),
    (("sneezing and a blocked nose, someone in my office has pneumonia", (D, "1 day")), "self_care"),
    # nhs.uk Sprains and strains: a rolled or turned ankle at sport that can be walked on is treated
    # at home (RICE, a pharmacist), in any spelling; not walkable, out of shape -> urgent care
    (
        (
            "rolled my ankel at 5 a side",
            (G, "27"),
            (D, "last night"),
            (S, "bit swollen, sore, can walk on it with a limp"),
            (A, "bruising coming out"),
        ),
        "self_care",
    ),
    (("turned my ankle on a kerb", (D, "this morning"), (S, "sore, can walk"), (A, "a bit swollen")), "self_care"),
    (("hurt my knee playing football", (D, "yesterday"), (S, "4/10, can walk"), (A, "little bit swollen")), "self_care"),
    (("踢球崴了脚", (D, "昨天"), (S, "有点肿，能走"), (A, "有点青")), "self_care"),
    # nhs.uk Threadworms: a pharmacist can help; a child under 2, pregnancy -> a GP
    (
        (
            "my 5yo keeps scratching his bum at night",
            (G, "5"),
            (D, "a week"),
            (L, "bum"),
            (S, "annoying, he's waking up"),
            (A, "saw tiny white threads in his poo"),
        ),
        "self_care",
    ),
    (("I think my daughter has threadworms", (G, "7"), (D, "few days")), "self_care"),
    (("tiny white worms in her poo", (G, "4"), (D, "2 days")), "self_care"),
    (("孩子晚上老挠屁股", (G, "6岁"), (D, "一周"), (A, "大便里有白色的小线头一样的虫")), "self_care"),
    (("我家孩子得了蛲虫", (G, "4岁"), (D, "三天")), "self_care"),
    # nhs.uk Hay fever: worse outdoors in the sunny months, recurs each year - a pharmacist can help
    (
        (
            "sneezing itchy eyes every time i go outside",
            (G, "22"),
            (D, "couple weeks since it got sunny"),
            (S, "annoying"),
            (A, "blocked nose, no fever"),
            (H, "had it last year too"),
        ),
        "self_care",
    ),
    (("runny nose and itchy eyes whenever I go out in the garden", (D, "3 weeks"), (S, "mild")), "self_care"),
    (("一出门就打喷嚏 眼睛痒", (D, "两周"), (S, "有点烦"), (A, "流鼻涕 不发烧")), "self_care"),
    (("天气暖和了以后就打喷嚏流鼻涕", (D, "一个月"), (H, "去年春天也这样")), "self_care"),
    # nhs.uk Motion sickness: a pharmacist can help before the journey; it recurs with each one
    (
        (
            "下周坐船去海岛 我一坐车就吐 怎么办",
            (G, "40"),
            (D, "每次坐车船都这样"),
            (L, "说不上来"),
            (S, "吐得挺难受"),
            (A, "无"),
            (H, "无"),
        ),
        "self_care",
    ),
    (("孩子坐车就想吐，下周要坐长途大巴", (G, "8岁"), (D, "一直这样")), "self_care"),
    (("I get sick every time I get in a car, flying next week", (G, "30")), "self_care"),
    (("we're going on a ferry and my son always gets sick on boats", (G, "9")), "self_care"),
    # nhs.uk Athlete's foot: itchy, white, peeling skin between the toes - a pharmacist can help;
    # peeling skin between the toes is no Kawasaki sign
    (
        (
            "脚趾缝痒 还脱皮",
            (G, "31"),
            (D, "几周了"),
            (S, "痒死"),
            (A, "有点白 有点臭"),
            (H, "爱打篮球"),
        ),
        "self_care",
    ),
    (("itchy peeling skin between my toes", (D, "2 weeks"), (A, "a bit white and smelly")), "self_care"),
    (("skin between my toes is cracked and itchy, toes peeling", (D, "10 days")), "self_care"),
    (("脚丫子之间脱皮发痒", (D, "一周")), "self_care"),
]
R6D_SELF_CARE_LOOKALIKES = [
    # athlete's foot with diabetes is for a GP, with spreading redness it is a cellulitis (urgent);
    # a child's fever with red eyes, cracked lips and peeling fingers stays Kawasaki (urgent)
    (("脚趾缝痒 还脱皮", (D, "两周"), (H, "糖尿病")), "routine"),
    (("itchy peeling skin between my toes", (D, "2 weeks"), (H, "type 2 diabetes")), "routine"),
    (("脚趾缝痒 还脱皮", (D, "两周"), (A, "脚背红肿 红的地方越来越大 发烫")), "urgent"),
    (("athlete's foot", (D, "2 weeks"), (A, "redness spreading up my foot, hot")), "urgent"),
    (("孩子发烧五天了", (G, "3岁"), (A, "眼睛红 嘴唇干裂 手指脱皮")), "urgent"),
    (("坐车就吐", (D, "今天"), (A, "头痛得厉害 脖子硬")), "emergency"),
    (("一坐车就吐", (A, "这次吐了血")), "emergency"),
    (("一坐车就吐", (D, "这次下车三天了还在吐"), (A, "尿很少")), "urgent"),
    # hay fever with wheeze or breathlessness, or a high temperature, is no self-care
    (("sneezing itchy eyes every time i go outside", (D, "2 weeks"), (A, "now wheezy and tight chest")), "not self_care"),
    (("一出门就打喷嚏 眼睛痒", (D, "两周"), (A, "喘不上气 胸闷")), "not self_care"),
    (("sneezing itchy eyes every time i go outside", (D, "2 weeks"), (A, "fever 39, coughing green phlegm")), "not self_care"),
    (("threadworms", (G, "18 months"), (D, "a week")), "routine"),
    (("白色小虫在大便里", (G, "1岁半")), "routine"),
    (("I'm pregnant and I think I have threadworms, itchy bottom at night", (G, "30")), "routine"),
    (("rolled my ankel at football", (D, "last night"), (S, "cant put any weight on it")), "urgent"),
    (("rolled my ankle", (D, "an hour ago"), (A, "it looks a funny shape")), "urgent"),
    (("脚崴了", (D, "刚才"), (S, "脚不能着地")), "urgent"),
    (("my son has pneumonia, runny nose", (D, "2 days")), "routine"),
    (("runny nose, colleague has pneumonia", (A, "cough, breathless, 39 fever"), (D, "2 days")), "urgent"),
    (("感冒流鼻涕，医生说我肺部感染了",), "routine"),
]

# nhs.uk Moles: a mole that changes size, shape or colour, itches or has an uneven edge is for a GP
# (who refers a suspected melanoma by the NICE NG12 2-week pathway); a mole's wonky edge is no
# broken bone (MTS limb chart: gross deformity after an injury)
R6D_GP = [
    (
        (
            "mole on my back looks different, my mum had cancer so im freaking out",
            (G, "41"),
            (D, "my husband noticed last month"),
            (S, "doesnt hurt"),
            (A, "its got bigger and darker, edge is wonky, sometimes itches"),
        ),
        "routine",
    ),
    (("the mole on my arm has gone a funny shape and darker", (D, "a few weeks")), "routine"),
    (("背上的痣变大了 颜色变深 边缘看着歪了", (D, "一个月")), "routine"),
    # a limb out of shape after an injury stays a possible fracture
    (("fell off my bike and my wrist looks bent",), "urgent"),
    (("my finger is wonky after catching a ball", (D, "an hour ago")), "urgent"),
    (("摔了一跤 手腕看着歪了",), "urgent"),
]


@pytest.mark.parametrize(
    ("turns", "urgency"), R6D + R6D_LOOKALIKES + R6D_SELF_CARE + R6D_SELF_CARE_LOOKALIKES + R6D_GP
)
def test_r6d_urgency(turns, urgency):
    if urgency == "not self_care":
        assert _u(*turns) in ("routine", "urgent", "emergency")
    else:
        assert _u(*turns) == urgency


# NICE NG136: 180/120 or more with no life-threatening symptom is a same-day review (urgent); a
# severe headache, chest pain, breathlessness, a change in the sight or confusion is 999.
# nhs.uk Pleurisy / Pneumonia: pain on breathing in during a chest infection is urgent, not cardiac.
BP_AND_PLEURITIC = [
    (("今天量血压185/115 吓死我了", (D, "今天体检发现 回家又量了两次都差不多"), (S, "有点头胀")), "urgent"),
    (("my blood pressure was 190/120 at the pharmacy", (D, "this morning, checked twice"), (S, "just a bit of a headache")), "urgent"),
    (("血压190/120", (S, "头疼得厉害，要裂开了")), "emergency"),
    (("my bp is 200/125", (S, "severe headache and my vision is blurry")), "emergency"),
    (("my blood pressure is 185/118", (A, "some chest pain and short of breath")), "emergency"),
    (("咳嗽发烧好几天了 吃了感冒药不见好", (S, "吸气的时候右边胸口扎着疼"), (A, "黄痰 发烧38.7 有点气短 还能走路说话")), "urgent"),
]


@pytest.mark.parametrize(("turns", "urgency"), BP_AND_PLEURITIC)
def test_r6d_very_high_bp_and_pleuritic_pain(turns, urgency):
    assert urgency_of(*turns) == urgency


# Round 6e: classes made general (several phrasings, en and zh), with look-alikes.
R6E = [
    # nhs.uk Kidney infection: cystitis told by name, then back/side pain with a temperature -> urgent GP/111
    (("i had cystitis symptoms for a few days, now my back hurts", (A, "temp 38.6, shivery and shaky")), "urgent"),
    (("think I've got a UTI, and now pain in my lower back", (A, "shivering, feel hot")), "urgent"),
    (("尿频尿痛好几天了，现在后腰疼", (A, "发烧38度5，发冷")), "urgent"),
    (("膀胱炎好几天了，现在腰疼", (A, "有点发烧，打寒战")), "urgent"),
    # look-alike: a strained back with a cystitis history and no temperature stays off urgent care
    (("hurt my back lifting boxes", (H, "get cystitis sometimes"), (A, "no fever")), "not urgent"),
    # nhs.uk Cellulitis: a red leg and hot, sore skin -> urgent GP/111
    (("got a scratch on my shin gardening and now the leg is red", (S, "hot and sore, 5/10"), (A, "bit shivery")), "urgent"),
    (("my cat scratched my arm and the skin around it is red", (S, "warm and tender")), "urgent"),
    (("腿上划了一下，现在小腿红了一片", (S, "摸着发烫，有点疼")), "urgent"),
    # look-alike: sunburnt red skin that feels hot is no cellulitis
    (("sunburn on my legs, skin is red", (S, "hot and sore, 4/10")), "not urgent"),
    # nhs.uk Acute pancreatitis / Stomach ulcer: severe tummy pain after heavy drinking, or severe,
    # getting worse with vomiting -> A&E or 999
    (("昨晚喝酒喝多了，今天胃疼得直不起腰", (D, "十几个小时了，越来越重"), (S, "疼得满床打滚，9分"), (A, "吐了好几次")), "emergency"),
    (("had a heavy night drinking and now agonising stomach pain", (S, "9/10")), "emergency"),
    (("stomach pain since last night getting worse and worse", (S, "10/10"), (A, "been sick 4 times")), "emergency"),
    # look-alike: a hangover with a mild tummy ache stays routine or below
    (("drank too much last night, bit of a stomach ache", (S, "3/10")), "not urgent"),
    # nhs.uk Anal fissure: pain like glass when pooing with a little blood on the paper -> GP (routine)
    (("每次大便都像拉玻璃渣一样疼，纸上有点血", (D, "一个多月"), (S, "拉的时候疼得要命")), "routine"),
    (("pooing feels like passing broken glass, bit of blood on the paper", (D, "a month"), (S, "agony")), "routine"),
    # nhs.uk Period pain: the usual monthly pain told as 疼死了 is self-care; not urgent when new
    (("来大姨妈肚子疼死了，有没有什么办法", (D, "今天第一天，每个月都这样疼一两天"), (A, "没有发烧")), "self_care"),
    (("period pain is killing me", (D, "first day, same every month"), (A, "no fever, normal flow")), "self_care"),
    (("来月经肚子疼死了",), "not urgent"),
    (("来大姨妈肚子疼死了", (S, "9分"), (A, "从来没这么疼过")), "not self_care"),
    (("period pain is unbearable", (S, "9/10"), (D, "first day")), "not self_care"),
]


@pytest.mark.parametrize(("turns", "urgency"), R6E)
def test_r6e_urgency(turns, urgency):
    got = _u(*turns)
    if urgency == "not self_care":
        assert got in ("routine", "urgent", "emergency")
    elif urgency == "not urgent":
        assert got in ("routine", "self_care")
    else:
        assert got == urgency


R6E_MORE = [
    # nhs.uk Newborn jaundice: yellow skin or whites of the eyes, getting more yellow -> urgent GP/111
    (("宝宝脸有点黄，月嫂说晒晒太阳就好", (D, "第3天开始黄，这两天更明显了"), (L, "脸、眼白黄，今天肚子和腿也黄了")), "urgent"),
    (("孩子出生四天，皮肤黄黄的，感觉越来越黄",), "urgent"),
    (("my newborn's skin and the whites of his eyes look yellow",), "urgent"),
    # look-alikes: a yellow discharge or yellow poo is no jaundice
    (("宝宝眼睛有黄色的分泌物", (G, "8个月"), (A, "没有发烧")), "not urgent"),
    (("宝宝大便黄色的，有点稀", (G, "6个月"), (A, "吃奶正常，不发烧")), "not urgent"),
    # nhs.uk Athlete's foot: itchy, white, cracked skin between the toes -> pharmacist
    (("skin between my toes is white, cracked and itchy, smells too. i go to the gym a lot", (D, "couple of weeks"), (S, "itchy, not really painful"), (A, "no redness spreading")), "self_care"),
    (("itchy peeling skin between the toes", (D, "a week"), (S, "mild")), "self_care"),
    (("脚趾缝发白开裂，很痒", (D, "两周"), (S, "不怎么疼"), (A, "没有红肿")), "self_care"),
    # look-alike: with diabetes it is a GP's
    (("itchy cracked skin between my toes", (D, "two weeks"), (H, "type 2 diabetes")), "not self_care"),
    # nhs.uk Cold sores: tingling then a small blister on the lip -> pharmacist
    (("tingling on my lip and now a little blister, I get them when im run down", (D, "tingling yesterday, blister today"), (S, "mild"), (A, "none, feel fine")), "self_care"),
    (("got a blister on my top lip again", (D, "2 days"), (S, "mild")), "self_care"),
    (("嘴唇上又起了个小水泡，一累就上火", (D, "两天"), (S, "有点疼"), (A, "没有发烧")), "self_care"),
    (("上火了，嘴角起泡", (D, "昨天"), (S, "轻微")), "self_care"),
    # look-alike: blisters with a fever in a child stay with a clinician
    (("blisters on my son's lip and mouth", (G, "2"), (A, "temperature of 39, not drinking")), "not self_care"),
    # nhs.uk Common cold: a feared pneumonia (asked, or a colleague's) with a mild cold -> self-care
    (("流鼻涕打喷嚏嗓子有点疼，会不会是肺炎啊？我同事刚得过", (D, "两天"), (A, "鼻塞，有点咳，体温37度2，不喘，胸口不疼")), "self_care"),
    (("runny nose and sneezing, could it be pneumonia?", (D, "2 days"), (A, "no fever, breathing fine")), "self_care"),
    (("咳嗽流鼻涕三天了，是不是肺炎啊", (D, "三天"), (A, "不发烧 不喘")), "self_care"),
    # look-alike: the writer's own breathlessness and high temperature stay with a clinician
    (("会不会是肺炎 咳嗽", (A, "发烧39度，有点喘")), "not self_care"),
    # nhs.uk Nappy rash: red skin in the nappy area of a well baby -> pharmacist
    (("宝宝屁屁红了一片，是不是纸尿裤不透气", (G, "8个月"), (D, "两三天了"), (A, "没有发烧，吃睡都正常")), "self_care"),
    (("my baby has nappy rash", (G, "6 months"), (D, "2 days"), (A, "no fever, feeding fine")), "self_care"),
    (("her bottom is all red from the nappy", (G, "1"), (D, "3 days"), (A, "otherwise well")), "self_care"),
    # look-alikes: a baby under 3 months or a fever stays with a clinician
    (("宝宝屁屁红了一片", (G, "6周"), (D, "两天")), "not self_care"),
    # more phrasings: jaundice told as 'went/looks yellow' (yellow snot is none), spreading past the
    # pen line, severe upper tummy pain after a drink
    (("newborn looks a bit yellow",), "urgent"),
    (("my baby went yellow within the first day",), "urgent"),
    (("he has yellow snot and a cough", (G, "3"), (A, "no fever, eating fine")), "not urgent"),
    (("the cut on my hand is red and spreading",), "urgent"),
    (("bite on my arm, i drew round the red bit with a pen and its gone past the line",), "urgent"),
    (("喝完酒上腹剧痛", (S, "10分"), (A, "吐了")), "emergency"),
    (("尿尿的时候疼，老想上厕所，今天腰也疼了", (A, "发烧38.5")), "urgent"),
    (("baby has nappy rash", (G, "9 months"), (A, "temperature of 38.5")), "not self_care"),
]


@pytest.mark.parametrize(("turns", "urgency"), R6E_MORE)
def test_r6e_more_urgency(turns, urgency):
    got = _u(*turns)
    if urgency == "not self_care":
        assert got in ("routine", "urgent", "emergency")
    elif urgency == "not urgent":
        assert got in ("routine", "self_care")
    else:
        assert got == urgency


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("好害怕是肠癌", []),
        ("怕得了糖尿病", []),
        ("worried it might be cancer", []),
        ("could it be diabetes?", []),
        ("我有糖尿病，担心伤口感染", ["diabetes"]),
        ("had breast cancer 2 years ago, worried it is back", ["cancer"]),
        ("diabetic, worried about my foot", ["diabetes"]),
    ],
)
def test_r6e_feared_condition_is_no_history(text, conditions):
    from consult.triage.facts import find_conditions

    assert find_conditions(text) == conditions
