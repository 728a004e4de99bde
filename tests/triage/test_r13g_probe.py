# ruff: noqa: E501
"""Round 13 probe: patient stories near each of the round's lowerings (commits 71619fd..56303da)
that are real emergencies or urgent cases per nhs.uk / NICE, run through the evaluation pipeline
(bench/ai_eval.py: simulate_interview + triage, as run_set does); each must reach at least its
minimum urgency. Look-alikes below must stay at or under their maximum (the lowerings still
hold). Holes the probe found and fixed (redflags.py, urgency.py):

- an insulin told by its brand (Lantus, NovoRapid, 来得时, 诺和锐 ...) keeps a type 2 diabetes
  with diarrhoea and vomiting at 999 (nhs.uk 'Diabetic ketoacidosis', NICE CKS sick day rules);
- a day's total over 8 paracetamol tablets told apart from the drug ("that's 10 today", "今天一
  共吃了10片"), and extra tablets every day for days (nhs.uk 'Paracetamol for adults': A&E);
- heat exhaustion still unwell after resting to cool, or 40C, with the heat named ("heat
  exhaustion", "overheated") is heatstroke (nhs.uk 'Heat exhaustion and heatstroke': 999);
- black poo told "black and sticky" / "黑黑的有点黏" on iron tablets (nhs.uk 'Ferrous sulfate');
- pauses in a baby's breathing (nhs.uk 'Bronchiolitis': 999);
- a wound oozing or looking infected with a fever (nhs.uk 'Cuts and grazes': urgent GP or 111);
- dengue told by name with a severe sign, and "won't stop bleeding" / "hasn't stopped bleeding"
  as bleeding (nhs.uk 'Dengue': A&E);
- a reliever inhaler needed every few hours (Asthma + Lung UK action plan, nhs.uk 'Asthma').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench_eval import load_ai_eval
from tests.triage.turns import check_screen_row

REPO = Path(__file__).resolve().parents[2]


ai_eval = load_ai_eval()
SC, E, U, R = "self_care", "emergency", "urgent", "routine"

# (id, minimum urgency, first message, interview answers), by the lowering they sit near
STORIES = [
    # (1) BP >= 180/120 with headaches that come and go: 999 with a bad headache, sight, chest, stroke signs
    (
        "p01-en-1",
        E,
        "My blood pressure was 192/124 on the home machine tonight. I've had headaches on and off all week",
        {
            "age": "61",
            "onset_duration": "the headaches about a week, the reading tonight",
            "severity": "the headache is 5/10 but my vision has gone blurry in the last hour",
            "associated_symptoms": "blurred vision, feel a bit sick",
            "history": "high blood pressure",
            "medications": "amlodipine, ran out 2 weeks ago",
        },
    ),
    (
        "p01-en-2",
        E,
        "BP 186/121 twice this morning, been getting headaches that come and go for a few days",
        {
            "age": "55",
            "onset_duration": "few days",
            "severity": "today it is the worst headache I've ever had, came on suddenly",
            "associated_symptoms": "neck feels stiff",
            "history": "hypertension",
        },
    ),
    (
        "p01-en-3",
        E,
        "keep getting headaches lately and my bp just read 200/130",
        {
            "age": "58",
            "onset_duration": "headaches for about 5 days",
            "severity": "6/10",
            "associated_symptoms": "some chest pain and I'm short of breath",
            "history": "none",
        },
    ),
    (
        "p01-en-4",
        E,
        "Recurring headaches this week, BP 190/125 at the pharmacy just now and my left arm feels weak and numb",
        {
            "age": "66",
            "onset_duration": "headaches a week, the arm started an hour ago",
            "severity": "5/10",
            "associated_symptoms": "my speech feels a bit slurred",
        },
    ),
    (
        "p01-zh-1",
        E,
        "最近老是头疼，刚才量血压200/130，看东西有点模糊",
        {
            "age": "63",
            "onset_duration": "头疼一个星期了，眼睛模糊是今天下午开始的",
            "severity": "6分",
            "associated_symptoms": "有点恶心，看东西模糊",
            "history": "高血压",
            "medications": "硝苯地平，最近没按时吃",
        },
    ),
    (
        "p01-zh-2",
        E,
        "这几天老是头疼，血压量了190/125",
        {
            "age": "57",
            "onset_duration": "四五天",
            "severity": "今天疼得受不了，从来没这么疼过",
            "associated_symptoms": "吐了两次",
            "history": "高血压",
        },
    ),
    (
        "p01-zh-3",
        E,
        "头疼时好时坏有一周了，今天血压185/122，胸口闷痛，喘不上气",
        {
            "age": "60",
            "onset_duration": "一周",
            "severity": "胸口疼7分",
            "associated_symptoms": "胸痛，气短",
        },
    ),
    (
        "p01-zh-4",
        E,
        "我爸最近总说头疼，刚量血压195/128，说话有点说不清楚，右手没劲",
        {
            "age": "72",
            "onset_duration": "说话不清是半小时前",
            "severity": "不知道",
            "associated_symptoms": "口齿不清，右手拿不住东西",
        },
    ),
    # (2) no pee while being sick, with a score: retention with a swollen tummy, a dry baby, drowsiness stay
    (
        "p02-en-1",
        E,
        "I can't pee at all since this morning, feel sick, my lower tummy is really swollen and hard",
        {
            "age": "74",
            "onset_duration": "since 7am, about 10 hours",
            "severity": "8/10",
            "associated_symptoms": "feel sick, been sick once",
            "history": "enlarged prostate",
        },
    ),
    (
        "p02-en-2",
        U,
        "My 14 month old has been sick all day and hasn't had a wet nappy since last night",
        {
            "age": "14 months",
            "onset_duration": "since this morning",
            "severity": "7/10 she's miserable",
            "associated_symptoms": "won't drink much, sleepy",
        },
    ),
    (
        "p02-en-3",
        E,
        "been vomiting for 2 days, haven't peed since yesterday, and now I feel really confused and drowsy",
        {
            "age": "80",
            "onset_duration": "2 days",
            "severity": "8/10",
            "associated_symptoms": "confused, very drowsy, dizzy when I stand",
        },
    ),
    (
        "p02-en-4",
        U,
        "I'm 10 weeks pregnant and being sick 15 times a day, can't keep water down, not peed since this morning",
        {
            "onset_duration": "3 days of this",
            "severity": "8/10",
            "associated_symptoms": "dizzy, dark wee earlier",
        },
    ),
    (
        "p02-zh-1",
        E,
        "我家老头从早上到现在一滴尿都尿不出来，有点想吐，小肚子鼓得很硬",
        {
            "age": "76",
            "onset_duration": "十个小时",
            "severity": "8分",
            "associated_symptoms": "恶心，小肚子胀硬",
            "history": "前列腺增生",
        },
    ),
    (
        "p02-zh-2",
        U,
        "宝宝吐了一天了，尿不湿一直是干的",
        {
            "age": "1岁",
            "onset_duration": "一天",
            "severity": "7分",
            "associated_symptoms": "不肯喝水，没精神",
        },
    ),
    (
        "p02-zh-3",
        E,
        "吐了两天，从昨天到现在都没解过小便，现在人迷迷糊糊的",
        {
            "age": "82",
            "onset_duration": "两天",
            "severity": "8分",
            "associated_symptoms": "迷迷糊糊，叫他反应很慢",
        },
    ),
    (
        "p02-zh-4",
        U,
        "怀孕九周，一天吐十几次，喝口水都吐，今天一天没小便",
        {"onset_duration": "三天", "severity": "8分", "associated_symptoms": "头晕，没力气"},
    ),
    # (3) type 2 on tablets with D&V: an SGLT2 medicine, insulin (any brand), ketones, drowsiness stay 999
    (
        "p03-en-1",
        E,
        "I'm type 2 diabetic on metformin and empagliflozin, I've got diarrhoea and vomiting since last night",
        {
            "age": "58",
            "onset_duration": "since last night",
            "severity": "7/10",
            "associated_symptoms": "thirsty, tummy ache",
            "medications": "metformin, empagliflozin",
        },
    ),
    (
        "p03-en-2",
        E,
        "Type 2 diabetes, on tablets. Vomiting and diarrhoea for a day and I can't keep fluids down",
        {
            "age": "64",
            "onset_duration": "a day",
            "severity": "6/10",
            "associated_symptoms": "my breath smells like pear drops and I'm breathing fast",
            "medications": "metformin, gliclazide",
        },
    ),
    (
        "p03-en-3",
        E,
        "My husband has type 2 diabetes and has had diarrhoea and vomiting since yesterday, can't keep anything down",
        {
            "age": "70",
            "onset_duration": "since yesterday",
            "severity": "bad",
            "associated_symptoms": "he's very drowsy and confused today",
            "medications": "metformin",
        },
    ),
    (
        "p03-en-4",
        E,
        "type 2 on metformin and Lantus at night. Been throwing up and diarrhoea since this morning, can't keep water down",
        {
            "age": "55",
            "onset_duration": "since this morning",
            "severity": "6/10",
            "associated_symptoms": "thirsty",
            "medications": "metformin, Lantus 20 units at night",
        },
    ),
    (
        "p03-en-5",
        E,
        "Type 2 diabetic, D&V all day, can't keep fluids down. Sugar reading is 27",
        {
            "age": "60",
            "onset_duration": "all day",
            "severity": "6/10",
            "associated_symptoms": "very thirsty",
            "medications": "metformin and sitagliptin",
        },
    ),
    (
        "p03-zh-1",
        E,
        "我是2型糖尿病，吃二甲双胍和达格列净，昨天开始上吐下泻",
        {
            "age": "56",
            "onset_duration": "从昨天晚上",
            "severity": "7分",
            "associated_symptoms": "口渴，肚子有点疼",
            "medications": "二甲双胍，达格列净",
        },
    ),
    (
        "p03-zh-2",
        E,
        "我妈2型糖尿病，吃二甲双胍，上吐下泻一天了，喝水都吐",
        {
            "age": "72",
            "onset_duration": "一天",
            "severity": "不知道",
            "associated_symptoms": "今天人迷迷糊糊的，叫她反应慢",
            "medications": "二甲双胍",
        },
    ),
    (
        "p03-zh-3",
        E,
        "2型糖尿病，二甲双胍加晚上打来得时，今天上吐下泻，水都喝不进",
        {
            "age": "59",
            "onset_duration": "今天早上开始",
            "severity": "6分",
            "associated_symptoms": "口渴",
            "medications": "二甲双胍，来得时",
        },
    ),
    (
        "p03-zh-4",
        E,
        "2型糖尿病，上吐下泻，喝水都吐，血压低，呼吸很快，嘴里有烂苹果味",
        {
            "age": "61",
            "onset_duration": "一天",
            "severity": "7分",
            "associated_symptoms": "呼吸快，口渴",
            "medications": "二甲双胍，格列齐特",
        },
    ),
    # (4) 'floppy' from an adult: a stroke's floppy arm, and a child told floppy, stay 999
    (
        "p04-en-1",
        E,
        "My husband's left arm suddenly went floppy and he can't lift it",
        {
            "age": "68",
            "onset_duration": "20 minutes ago, suddenly",
            "severity": "can't lift it at all",
            "associated_symptoms": "his words are a bit muddled",
        },
    ),
    (
        "p04-en-2",
        E,
        "I'm 32 weeks pregnant and my 18 month old has gone all floppy and is hard to wake after a fever",
        {
            "age": "18 months",
            "onset_duration": "this afternoon",
            "severity": "very worried",
            "associated_symptoms": "fever 39.8, won't wake properly",
        },
    ),
    (
        "p04-en-3",
        E,
        "my baby is floppy and not feeding",
        {
            "age": "6 weeks",
            "onset_duration": "since this morning",
            "severity": "very floppy",
            "associated_symptoms": "not interested in feeds, fever 38.2",
        },
    ),
    (
        "p04-en-4",
        U,
        "I'm 12 weeks pregnant, vomiting all day and I feel all floppy and weak, can't keep fluids down",
        {
            "onset_duration": "2 days",
            "severity": "7/10",
            "associated_symptoms": "dizzy, peeing very little",
        },
    ),
    (
        "p04-en-5",
        E,
        "baby girl 4 months, gone really floppy, like a rag doll, floppy bit of skin on her neck too",
        {
            "age": "4 months",
            "onset_duration": "an hour",
            "severity": "very floppy",
            "associated_symptoms": "pale, not crying much",
        },
    ),
    (
        "p04-zh-1",
        E,
        "我老公左边胳膊突然软绵绵的，抬不起来",
        {
            "age": "66",
            "onset_duration": "半小时前突然的",
            "severity": "完全抬不起来",
            "associated_symptoms": "嘴有点歪",
        },
    ),
    (
        "p04-zh-2",
        E,
        "宝宝发烧两天，今天抱起来软软的一团，没精神",
        {
            "age": "8个月",
            "onset_duration": "今天",
            "severity": "很软没劲",
            "associated_symptoms": "发烧39.5，不吃奶",
        },
    ),
    (
        "p04-zh-3",
        E,
        "孩子整个人软软的，叫也不太应，发烧",
        {
            "age": "2岁",
            "onset_duration": "今天下午",
            "severity": "不知道",
            "associated_symptoms": "发烧39度，嗜睡",
        },
    ),
    (
        "p04-zh-4",
        E,
        "我怀孕8个月了，我女儿三岁，刚才抽搐完现在浑身软绵绵的",
        {
            "age": "3岁",
            "onset_duration": "十分钟前",
            "severity": "不知道",
            "associated_symptoms": "发烧",
        },
    ),
    # (5) hay fever, mouth ulcer, insomnia beside a long-term condition: the condition's own warnings stay
    (
        "p05-en-1",
        U,
        "I have heart failure and I can't sleep at night, I have to sit up because I get breathless lying flat",
        {
            "age": "74",
            "onset_duration": "last 4 nights, getting worse",
            "severity": "6/10",
            "associated_symptoms": "ankles more swollen, wake up gasping",
            "history": "heart failure",
            "medications": "furosemide, bisoprolol",
        },
    ),
    (
        "p05-en-2",
        E,
        "hay fever season, sneezing, itchy eyes. I took a new antihistamine an hour ago and now my lips and tongue are swelling",
        {
            "age": "40",
            "onset_duration": "swelling started 20 minutes ago",
            "severity": "7/10",
            "associated_symptoms": "throat feels tight",
            "history": "diabetes",
        },
    ),
    (
        "p05-en-3",
        R,
        "I've had a mouth ulcer for 5 weeks that won't heal, I'm diabetic",
        {
            "age": "63",
            "onset_duration": "5 weeks",
            "severity": "3/10",
            "associated_symptoms": "a lump under my jaw",
            "history": "type 2 diabetes, smoker",
        },
    ),
    (
        "p05-en-4",
        U,
        "hay fever is bad, and my nose has been bleeding for 30 minutes and won't stop, I'm on warfarin",
        {
            "age": "70",
            "onset_duration": "bleeding 30 minutes",
            "severity": "5/10",
            "history": "atrial fibrillation",
            "medications": "warfarin",
        },
    ),
    (
        "p05-en-5",
        U,
        "Can't sleep for a week because of palpitations at night, I have a heart condition",
        {
            "age": "67",
            "onset_duration": "a week",
            "severity": "5/10",
            "associated_symptoms": "heart racing and feel faint with it",
            "history": "heart disease",
            "medications": "apixaban",
        },
    ),
    (
        "p05-zh-1",
        U,
        "我有心衰，这几天晚上睡不着，一躺平就喘，得坐起来",
        {
            "age": "75",
            "onset_duration": "四天，越来越厉害",
            "severity": "6分",
            "associated_symptoms": "脚肿得更厉害了，半夜憋醒",
            "history": "心衰",
            "medications": "呋塞米",
        },
    ),
    (
        "p05-zh-2",
        E,
        "花粉过敏打喷嚏，刚才吃了新开的药，现在嘴唇和舌头都肿了，喉咙发紧",
        {"age": "45", "onset_duration": "二十分钟", "severity": "7分", "history": "糖尿病"},
    ),
    (
        "p05-zh-3",
        R,
        "嘴里有个溃疡五个星期了一直不好，我有糖尿病",
        {
            "age": "64",
            "onset_duration": "五周",
            "severity": "3分",
            "associated_symptoms": "下巴下面摸到个硬包",
            "history": "糖尿病，抽烟",
        },
    ),
    (
        "p05-zh-4",
        U,
        "晚上睡不着一个星期了，心慌，我有心脏病在吃华法林",
        {
            "age": "68",
            "onset_duration": "一周",
            "severity": "5分",
            "associated_symptoms": "心跳很快，有时候感觉要晕倒",
            "history": "心脏病",
            "medications": "华法林",
        },
    ),
    # (6) asthma by reliever use a week: an attack, or a reliever every few hours, stays
    (
        "p06-en-1",
        E,
        "Using my blue inhaler 4-5 times a week, wheezy after running, and today it's not helping and I can't finish a sentence",
        {
            "age": "24",
            "onset_duration": "today",
            "severity": "9/10",
            "associated_symptoms": "too breathless to talk",
            "history": "asthma",
        },
    ),
    (
        "p06-en-2",
        U,
        "I use my ventolin 3 times a week, usually after football, but since last night I'm needing it every 2 hours",
        {
            "age": "19",
            "onset_duration": "since last night",
            "severity": "6/10",
            "associated_symptoms": "wheezy at rest now, coughing at night",
            "history": "asthma",
        },
    ),
    (
        "p06-en-3",
        E,
        "My son uses his inhaler 3 times a week after PE, he's wheezy after running and his lips look a bit blue",
        {
            "age": "9",
            "onset_duration": "30 minutes",
            "severity": "bad",
            "associated_symptoms": "lips blue, breathing fast",
            "history": "asthma",
        },
    ),
    (
        "p06-zh-1",
        E,
        "蓝色喷雾一周要用四五次，跑步后喘，今天喷了也不管用，说话都费劲",
        {
            "age": "22",
            "onset_duration": "今天",
            "severity": "9分",
            "associated_symptoms": "说不出完整的话",
            "history": "哮喘",
        },
    ),
    (
        "p06-zh-2",
        U,
        "喷雾一周用三次，跑完步喘，这两天晚上也喘醒，每两三个小时就要喷一次",
        {
            "age": "30",
            "onset_duration": "两天",
            "severity": "6分",
            "associated_symptoms": "休息的时候也喘",
            "history": "哮喘",
        },
    ),
    (
        "p06-zh-3",
        E,
        "孩子哮喘，喷雾一周用三四次，今天跑完步喘得厉害，嘴唇发紫",
        {
            "age": "8岁",
            "onset_duration": "半小时",
            "severity": "很重",
            "associated_symptoms": "嘴唇发紫，喘得说不出话",
        },
    ),
    # (7) constipation on iron: black sticky poo with faintness, obstruction, blood stay
    (
        "p07-en-1",
        E,
        "On iron tablets and constipated, only go every 3 or 4 days, but my poo is black and sticky and I nearly fainted this morning",
        {
            "age": "52",
            "onset_duration": "black poo 2 days",
            "severity": "5/10",
            "associated_symptoms": "dizzy, feel weak, pale",
            "medications": "ferrous sulfate",
        },
    ),
    (
        "p07-en-2",
        E,
        "iron tablets, constipated. Now vomiting, my tummy is swollen and I haven't passed wind for 2 days",
        {
            "age": "70",
            "onset_duration": "2 days",
            "severity": "8/10",
            "associated_symptoms": "being sick, big swollen tummy, cramping pains",
        },
    ),
    (
        "p07-en-3",
        E,
        "on ferrous fumarate, constipated and poo darker, but today it's black and tarry and I feel faint",
        {
            "age": "60",
            "onset_duration": "today",
            "severity": "6/10",
            "associated_symptoms": "dizzy, sweaty",
        },
    ),
    (
        "p07-en-4",
        U,
        "On iron tablets, constipated for a week, and now there's blood in my poo and I've lost weight",
        {
            "age": "66",
            "onset_duration": "a week",
            "severity": "4/10",
            "associated_symptoms": "lost a stone in 2 months, tired",
        },
    ),
    (
        "p07-zh-1",
        E,
        "吃补铁的药，三四天才拉一次，大便黑黑的有点黏，今天头晕眼前发黑",
        {
            "age": "55",
            "onset_duration": "大便黑两天",
            "severity": "5分",
            "associated_symptoms": "头晕，心慌，出冷汗",
            "medications": "琥珀酸亚铁",
        },
    ),
    (
        "p07-zh-2",
        E,
        "在吃铁剂，便秘，现在肚子胀得很大，吐了好几次，两天没放屁",
        {
            "age": "72",
            "onset_duration": "两天",
            "severity": "8分",
            "associated_symptoms": "呕吐，肚子绞痛",
        },
    ),
    # (8) asthma tightness cleared by the reliever: cardiac companions, new exertional tightness stay
    (
        "p08-en-1",
        E,
        "I have asthma, my chest is tight and the inhaler helps a bit but the pain goes into my left arm and jaw and I'm sweaty",
        {
            "age": "57",
            "onset_duration": "40 minutes",
            "severity": "7/10",
            "associated_symptoms": "sweating, feel sick, pain down left arm",
            "history": "asthma, high cholesterol",
        },
    ),
    (
        "p08-en-2",
        U,
        "asthmatic, tight chest when I walk uphill, goes off when I stop and my inhaler helps, I'm a smoker",
        {
            "age": "59",
            "onset_duration": "2 weeks, new",
            "severity": "5/10",
            "associated_symptoms": "none",
            "history": "asthma, smoker",
        },
    ),
    (
        "p08-en-3",
        U,
        "asthma, chest tight, my ventolin works but it comes back within half an hour, used it 10 times today",
        {
            "age": "35",
            "onset_duration": "today",
            "severity": "7/10",
            "associated_symptoms": "breathless, hard to talk",
        },
    ),
    (
        "p08-zh-1",
        E,
        "我有哮喘，胸口发紧，喷了药好一点，但胸口还往左胳膊窜着疼，出冷汗",
        {
            "age": "60",
            "onset_duration": "半小时",
            "severity": "7分",
            "associated_symptoms": "出冷汗，恶心",
        },
    ),
    (
        "p08-zh-2",
        U,
        "有哮喘，这两周爬楼梯就胸口发紧，停下来歇一会儿就好，喷了药也好",
        {
            "age": "62",
            "onset_duration": "两周，以前没有过",
            "severity": "5分",
            "associated_symptoms": "没有",
            "history": "哮喘，抽烟，高血压",
        },
    ),
    # (9) one or two extra tablets: a day's total over 8, extra every day, stay A&E
    (
        "p09-en-1",
        E,
        "I took an extra paracetamol by mistake, that's 10 today",
        {
            "age": "35",
            "onset_duration": "over today",
            "severity": "headache 4/10",
            "associated_symptoms": "none, feel fine",
            "medications": "paracetamol 500mg",
        },
    ),
    (
        "p09-en-2",
        E,
        "Took one extra paracetamol than it says on the box, so 10 tablets in total today",
        {"age": "40", "severity": "3/10", "associated_symptoms": "nothing"},
    ),
    (
        "p09-en-3",
        E,
        "I've been taking 2 extra paracetamol every day for the last 4 days for my toothache",
        {"age": "33", "severity": "6/10", "associated_symptoms": "feel a bit sick"},
    ),
    (
        "p09-en-4",
        R,
        "I gave my 3 year old an extra dose of Calpol by mistake",
        {
            "age": "3",
            "onset_duration": "an hour ago",
            "severity": "she seems fine",
            "associated_symptoms": "none",
        },
    ),
    (
        "p09-en-5",
        E,
        "took 2 extra paracetamol by accident, I think I've had 12 altogether since this morning",
        {"age": "45", "severity": "back pain 5/10", "associated_symptoms": "none"},
    ),
    (
        "p09-zh-1",
        E,
        "比说明书多吃了一片对乙酰氨基酚",
        {
            "age": "30",
            "onset_duration": "今天",
            "severity": "头疼3分",
            "associated_symptoms": "今天一共吃了10片，没什么不舒服",
        },
    ),
    (
        "p09-zh-2",
        E,
        "布洛芬不管用，又多吃了两片扑热息痛，今天一共吃了十二片扑热息痛",
        {"age": "28", "severity": "4分", "associated_symptoms": "没有"},
    ),
    (
        "p09-zh-3",
        E,
        "这几天牙疼，每天都多吃两片对乙酰氨基酚，吃了四天了",
        {"age": "35", "severity": "6分", "associated_symptoms": "有点恶心"},
    ),
    # (10) heat exhaustion with a falling score: still unwell after cooling, 40C, confusion stay 999
    (
        "p10-en-1",
        E,
        "Got heat exhaustion at the festival, was 8/10, now about 5/10 after an hour in the shade with water but still dizzy and sick",
        {
            "age": "22",
            "onset_duration": "an hour and a half",
            "associated_symptoms": "still dizzy, still feel sick, headache",
            "severity": "was 8/10 now 5/10",
        },
    ),
    (
        "p10-en-2",
        E,
        "overheated at work, was 7/10 now 4/10, but I've stopped sweating and feel confused",
        {
            "age": "50",
            "onset_duration": "an hour",
            "associated_symptoms": "not sweating even though hot, confused",
            "severity": "was 7/10 now 4/10",
        },
    ),
    (
        "p10-en-3",
        E,
        "heat exhaustion, it was 6/10 and now it's 3/10 but my temperature is 40.3",
        {"age": "35", "onset_duration": "45 minutes", "associated_symptoms": "breathing fast"},
    ),
    (
        "p10-zh-1",
        E,
        "中暑了，刚才8分，现在5分，在阴凉处休息了一个小时还是头晕想吐",
        {
            "age": "30",
            "onset_duration": "一个半小时",
            "associated_symptoms": "头晕，恶心，头疼",
            "severity": "刚才8分，现在5分",
        },
    ),
    (
        "p10-zh-2",
        E,
        "我爸在地里中暑，刚才7分现在4分，不出汗了，说话有点糊涂",
        {
            "age": "70",
            "onset_duration": "一个小时",
            "associated_symptoms": "不出汗，有点糊涂",
            "severity": "刚才7分现在4分",
        },
    ),
    # (11) ribs not pulling in: grunting, blue lips, pauses, other recession stay 999
    (
        "p11-en-1",
        E,
        "my 5 month old has a cold, his ribs are not pulling in but he's grunting and breathing really fast",
        {
            "age": "5 months",
            "onset_duration": "2 days",
            "severity": "breathing 70 a minute",
            "associated_symptoms": "grunting, not feeding, pauses in his breathing",
        },
    ),
    (
        "p11-en-2",
        E,
        "baby's ribs aren't pulling in, but her lips have gone blue",
        {
            "age": "3 months",
            "onset_duration": "since this morning",
            "associated_symptoms": "lips blue, breathing fast",
        },
    ),
    (
        "p11-en-3",
        E,
        "my 6 week old's ribs don't pull in much but he's stopped breathing for a few seconds twice",
        {"age": "6 weeks", "onset_duration": "a day", "associated_symptoms": "pale, snuffly"},
    ),
    (
        "p11-en-4",
        E,
        "Baby has bronchiolitis, his ribs aren't sucking in but there are pauses in his breathing",
        {
            "age": "2 months",
            "onset_duration": "3 days",
            "associated_symptoms": "feeding less than half",
        },
    ),
    (
        "p11-zh-1",
        E,
        "宝宝感冒，肋骨下面没有往里凹，但是嘴唇发紫，呼吸很快",
        {"age": "4个月", "onset_duration": "两天", "associated_symptoms": "嘴唇发紫，吃奶很少"},
    ),
    (
        "p11-zh-2",
        E,
        "孩子肋骨没往里凹，是锁骨上面一吸气就往里凹，鼻翼一扇一扇的",
        {"age": "1岁", "onset_duration": "今天", "associated_symptoms": "呼吸很快，哼哼"},
    ),
    (
        "p11-zh-3",
        E,
        "宝宝肚子不停地往里凹，喘得很快",
        {"age": "6个月", "onset_duration": "一天", "associated_symptoms": "喘，不吃奶"},
    ),
    (
        "p11-zh-4",
        E,
        "宝宝毛细支气管炎，肋骨那里不往里凹，但是刚才呼吸停了几秒",
        {"age": "2个月", "onset_duration": "三天", "associated_symptoms": "吃奶少了一半"},
    ),
    # (12) 'nearly collapsed': ectopic, GI bleed, arrhythmia, a real collapse stay 999
    (
        "p12-en-1",
        E,
        "Nearly collapsed when I stood up, I'm 7 weeks pregnant with pain low down on the right and pain in my shoulder tip",
        {
            "age": "29",
            "onset_duration": "this morning",
            "severity": "7/10",
            "associated_symptoms": "shoulder tip pain, spotting",
        },
    ),
    (
        "p12-en-2",
        E,
        "almost collapsed in the toilet after passing lots of black tarry poo",
        {
            "age": "67",
            "onset_duration": "an hour ago",
            "severity": "6/10",
            "associated_symptoms": "dizzy, sweaty, pale",
        },
    ),
    (
        "p12-en-3",
        E,
        "nearly collapsed, my heart is racing at 190 and my chest is tight",
        {
            "age": "45",
            "onset_duration": "20 minutes",
            "severity": "8/10",
            "associated_symptoms": "chest tight, breathless",
        },
    ),
    (
        "p12-en-4",
        E,
        "I nearly collapsed and then I did collapse for a few seconds on the kitchen floor",
        {"age": "58", "onset_duration": "10 minutes ago", "associated_symptoms": "hit my head"},
    ),
    (
        "p12-zh-1",
        E,
        "在厕所差点晕倒，拉了很多黑色像柏油一样的大便",
        {"age": "66", "onset_duration": "一个小时前", "associated_symptoms": "头晕，出冷汗"},
    ),
    (
        "p12-zh-2",
        E,
        "被蜜蜂蜇了以后差点晕倒，嘴唇也肿了",
        {"age": "40", "onset_duration": "十分钟", "associated_symptoms": "喘不上气，喉咙发紧"},
    ),
    # (13) a red lump on the eyelid: orbital or preseptal cellulitis, sight changes stay
    (
        "p13-en-1",
        E,
        "red lump on my eyelid, now the whole eyelid is swollen shut, it hurts to move my eye and I'm seeing double",
        {
            "age": "34",
            "onset_duration": "3 days",
            "severity": "7/10",
            "associated_symptoms": "fever, double vision, pain moving the eye",
        },
    ),
    (
        "p13-en-2",
        U,
        "My 4 year old has a red lump on her eyelid and now the eyelid is very swollen and red and she has a temperature",
        {"age": "4", "onset_duration": "2 days", "associated_symptoms": "fever 38.5, eyelid hot"},
    ),
    (
        "p13-en-3",
        E,
        "red lump on my eyelid and today my eye is very painful and my sight has gone blurry",
        {
            "age": "50",
            "onset_duration": "eye pain since this morning",
            "severity": "8/10",
            "associated_symptoms": "blurred vision, eye very red",
        },
    ),
    (
        "p13-zh-1",
        E,
        "眼皮上长了个红疙瘩，现在整个眼皮又红又肿睁不开，眼睛转的时候疼，看东西重影",
        {
            "age": "35",
            "onset_duration": "三天",
            "severity": "7分",
            "associated_symptoms": "发烧，看东西重影",
        },
    ),
    (
        "p13-zh-2",
        U,
        "孩子眼皮上长了个红包，现在整个眼皮肿得很厉害还发烧",
        {"age": "4岁", "onset_duration": "两天", "associated_symptoms": "发烧38.5，眼皮发烫"},
    ),
    # (14) an onset counted from another event: DVT, sepsis, malaria, a wound infection stay
    (
        "p14-en-1",
        U,
        "it came on day 3 after the operation, I've got a fever and the wound is red and oozing",
        {
            "age": "45",
            "onset_duration": "day 3 after the operation",
            "severity": "5/10",
            "associated_symptoms": "fever 38.5",
        },
    ),
    (
        "p14-en-2",
        E,
        "It started in the second week after the birth - a bad headache and my vision is flashing",
        {
            "age": "30",
            "onset_duration": "started in the second week after the birth",
            "severity": "8/10",
            "associated_symptoms": "flashing lights, swollen face",
        },
    ),
    (
        "p14-zh-1",
        U,
        "生完孩子第二周开始的，左边小腿肿痛，发硬发热",
        {
            "age": "31",
            "onset_duration": "生完第二周开始的",
            "severity": "6分",
            "associated_symptoms": "小腿又红又肿",
        },
    ),
    (
        "p14-zh-2",
        U,
        "生完第十天开始发烧，下面分泌物很臭，肚子疼",
        {
            "age": "28",
            "onset_duration": "生完第十天开始的",
            "severity": "6分",
            "associated_symptoms": "发烧38.8，发抖",
        },
    ),
    (
        "p14-zh-3",
        U,
        "从非洲回来第五天开始发烧，发冷发抖",
        {
            "age": "40",
            "onset_duration": "回来第五天开始的",
            "severity": "6分",
            "associated_symptoms": "头疼，出汗，发抖",
        },
    ),
    (
        "p14-zh-4",
        E,
        "剖腹产后第二周开始的，突然喘不上气，胸口疼",
        {
            "age": "33",
            "onset_duration": "产后第二周开始的",
            "severity": "8分",
            "associated_symptoms": "咳嗽有血",
        },
    ),
    (
        "p14-zh-5",
        U,
        "手术后第三天开始发烧，伤口红肿还流脓",
        {
            "age": "45",
            "onset_duration": "术后第三天开始的",
            "severity": "5分",
            "associated_symptoms": "发烧38.5",
        },
    ),
    # (15) dengue bleed denied in the phrase: another bleed, 'won't stop bleeding' stay A&E
    (
        "p15-en-1",
        E,
        "back from Thailand with dengue, my gums aren't bleeding but my nose won't stop bleeding",
        {
            "age": "30",
            "onset_duration": "fever 5 days, the nosebleed since this morning",
            "severity": "6/10",
            "associated_symptoms": "tired",
        },
    ),
    (
        "p15-en-2",
        E,
        "dengue fever diagnosed in Bali, gums haven't bled, but I keep vomiting and have severe tummy pain",
        {
            "age": "27",
            "onset_duration": "5 days",
            "severity": "8/10",
            "associated_symptoms": "vomited 5 times today",
        },
    ),
    (
        "p15-en-3",
        E,
        "dengue from Vietnam, day 6 of the fever, my gums won't stop bleeding",
        {
            "age": "30",
            "onset_duration": "6 days",
            "severity": "5/10",
            "associated_symptoms": "tired",
        },
    ),
    (
        "p15-en-4",
        E,
        "I've got dengue, nose hasn't stopped bleeding since this morning",
        {
            "age": "41",
            "onset_duration": "fever 5 days",
            "severity": "5/10",
            "associated_symptoms": "tired, rash",
        },
    ),
    (
        "p15-zh-1",
        E,
        "在泰国得了登革热，牙龈没出血，但是鼻子一直在流血止不住",
        {
            "age": "32",
            "onset_duration": "发烧五天",
            "severity": "6分",
            "associated_symptoms": "乏力",
        },
    ),
    (
        "p15-zh-2",
        E,
        "登革热第五天，牙龈不出血，可是今天大便发黑，肚子很疼",
        {
            "age": "35",
            "onset_duration": "五天",
            "severity": "8分",
            "associated_symptoms": "黑便，肚子疼，吐了几次",
        },
    ),
    (
        "p15-zh-3",
        E,
        "登革热，牙龈没有出血，但是吐的东西里有血",
        {"age": "29", "onset_duration": "六天", "severity": "7分", "associated_symptoms": "呕吐"},
    ),
    (
        "p15-zh-4",
        E,
        "得了登革热，牙龈一直在出血，刷牙不刷牙都出",
        {
            "age": "33",
            "onset_duration": "发烧六天",
            "severity": "5分",
            "associated_symptoms": "乏力",
        },
    ),
    (
        "p15-zh-5",
        E,
        "确诊登革热，牙龈没出血，但是鼻血流了半个小时了",
        {
            "age": "36",
            "onset_duration": "发烧五天",
            "severity": "5分",
            "associated_symptoms": "没力气",
        },
    ),
]


# (id, the most it may reach, first message, interview answers): the lowerings still hold
LOOKALIKES = [
    (
        "l03-en-1",
        U,
        "Type 2 diabetic on metformin, I've got diarrhoea and vomiting since last night, can't keep much down",
        {
            "age": "58",
            "onset_duration": "since last night",
            "severity": "5/10",
            "associated_symptoms": "a bit thirsty",
            "medications": "metformin",
        },
    ),
    (
        "l09-en-1",
        SC,
        "I took one extra paracetamol by mistake, that's 5 today",
        {
            "age": "35",
            "onset_duration": "today",
            "severity": "headache 3/10",
            "associated_symptoms": "none, feel fine",
            "medications": "paracetamol 500mg",
        },
    ),
    (
        "l09-zh-1",
        SC,
        "比说明书多吃了一片对乙酰氨基酚",
        {
            "age": "30",
            "onset_duration": "今天",
            "severity": "头疼3分",
            "associated_symptoms": "今天一共吃了5片，没什么不舒服",
        },
    ),
    (
        "l10-en-1",
        R,
        "I got heat exhaustion at the match, was 6/10 and now about 2/10 after 30 minutes in the shade with water, feel fine now",
        {
            "age": "25",
            "onset_duration": "an hour",
            "associated_symptoms": "none now",
            "severity": "was 6/10 now 2/10",
        },
    ),
    (
        "l10-zh-1",
        R,
        "中暑了，在阴凉处休息了半小时，喝了水，现在好多了",
        {
            "age": "28",
            "onset_duration": "一个小时",
            "associated_symptoms": "没有了",
            "severity": "刚才6分，现在2分",
        },
    ),
    (
        "l06-en-1",
        R,
        "Asthma - using my blue inhaler 3-4 times a week, mostly after running",
        {
            "age": "24",
            "onset_duration": "a couple of months",
            "severity": "3/10",
            "associated_symptoms": "wheezy after running, settles when I stop",
            "history": "asthma",
        },
    ),
    (
        "l06-zh-1",
        R,
        "哮喘，蓝色喷雾一周要用三四次，都是跑步后",
        {
            "age": "25",
            "onset_duration": "两个月",
            "severity": "3分",
            "associated_symptoms": "跑完步喘，休息就好",
            "history": "哮喘",
        },
    ),
]


@pytest.mark.parametrize("sid,minimum,first,answers", STORIES, ids=[s[0] for s in STORIES])
def test_probe_story_reaches_its_minimum(sid, minimum, first, answers):
    assert _pipeline(sid, first, answers) in _at_least(minimum)


@pytest.mark.parametrize("sid,most,first,answers", LOOKALIKES, ids=[s[0] for s in LOOKALIKES])
def test_lookalike_stays_low(sid, most, first, answers):
    got = _pipeline(sid, first, answers)
    assert ai_eval.URGENCY_RANK[got] <= ai_eval.URGENCY_RANK[most], (sid, got)


def _at_least(minimum: str) -> set[str]:
    return {
        u for u in ai_eval.URGENCIES if ai_eval.URGENCY_RANK[u] >= ai_eval.URGENCY_RANK[minimum]
    }


def _pipeline(sid: str, first: str, answers: dict[str, str]) -> str:
    """The urgency run_set gives a case (the screen on the way never lowered)."""
    case = ai_eval.normalise_case(
        {"id": sid, "expected_urgency": "routine", "messages": {"first": first, "answers": answers}}
    )
    interview = ai_eval.simulate_interview(case)
    got = ai_eval.triage(interview.patient_messages, interview.turns)["urgency"]
    if interview.screened and ai_eval.URGENCY_RANK[interview.screened] > ai_eval.URGENCY_RANK[got]:
        got = interview.screened
    return got


# the screen's rows for the fixed classes: (messages, emergency code or "", urgent code or "")
SCREEN_ROWS = [
    # a day's total over the maximum, told apart from the drug
    (["I took an extra paracetamol by mistake", "that's 10 today"], "overdose_poisoning", ""),
    (["比说明书多吃了一片对乙酰氨基酚", "今天一共吃了10片"], "overdose_poisoning", ""),
    (["每天都多吃两片对乙酰氨基酚，吃了四天了"], "overdose_poisoning", ""),
    (["took one extra paracetamol by mistake, that's 6 today"], "", ""),
    (["can I take 10 paracetamol in a day?"], "", ""),
    (["扑热息痛", "今天一共吃了6片"], "", ""),
    (["paracetamol for my back", "I've had 10 hours sleep today"], "", ""),
    # heatstroke: still unwell after cooling, or 40C, with the heat named
    (["heat exhaustion, still dizzy and sick after an hour in the shade"], "heatstroke_signs", ""),
    (["中暑了，在阴凉处休息了一个小时还是头晕想吐"], "heatstroke_signs", ""),
    (["overheated at work and my temperature is 40.3"], "heatstroke_signs", ""),
    (["中暑了，在阴凉处休息了一个小时，也没吐，好多了"], "", ""),
    (["heat exhaustion, fine now after 30 minutes in the shade"], "", ""),
    # pauses in a baby's breathing
    (
        ["my 2 month old has bronchiolitis and there are pauses in his breathing"],
        "severe_breathing",
        "",
    ),
    (["my 2 month old has bronchiolitis, no pauses in his breathing, feeding ok"], "", ""),
    # dengue named, bleeding that won't stop
    (
        ["I've got dengue and my nose hasn't stopped bleeding since this morning"],
        "fever_after_travel",
        "",
    ),
    (["确诊登革热，鼻血流了半个小时了"], "fever_after_travel", ""),
    (["I had dengue 2 years ago, my gums bleed a little when I brush"], "", ""),
    # black and sticky poo (no iron: the bleed itself)
    (["my poo is black and sticky since yesterday"], "gi_bleed", ""),
    (["my earwax is dark and sticky"], "", ""),
    # a reliever every few hours
    (["asthma, needing my inhaler every 2 hours since last night"], "", "reliever_frequent"),
    (["哮喘，每两三个小时就要喷一次喷雾"], "", "reliever_frequent"),
    (["asthma, I use my inhaler 3 times a week after running"], "", ""),
]


@pytest.mark.parametrize("messages,emergency,urgent", SCREEN_ROWS)
def test_screen_rows(messages, emergency, urgent):
    check_screen_row(messages, emergency, urgent)
