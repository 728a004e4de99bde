"""Fixed bilingual wording of the interview: questions, acknowledgements and summary labels."""

# ruff: noqa: E501 -- text tables and prompts read better unbroken.

from __future__ import annotations

# One question per message. Chinese is written for Chinese patients, not translated word by word.
QUESTIONS: dict[str, dict[str, str]] = {
    "chest_companions": {
        "en": "This is important: along with the chest pain, are you short of breath, sweating, "
        "feeling faint, or is the pain spreading to your arm, jaw or back?",
        "zh": "这一点很重要：胸口疼的同时，有没有喘不上气、出冷汗、头晕想晕倒，或者疼痛窜到胳膊、下巴或后背？",
    },
    "chief_complaint": {
        "en": "In your own words, what is bothering you most today?",
        "zh": "您今天主要是哪里不舒服，能用自己的话跟我说说吗？",
    },
    "onset_duration": {
        "en": "When did this start?",
        "zh": "这个情况是从什么时候开始的？",
    },
    "location": {
        "en": "Where exactly do you feel it, and is it on one side?",
        "zh": "具体是哪个部位不舒服，是左边、右边还是两边都有？",
    },
    "severity": {
        "en": "On a scale of 0 to 10, where 10 is the worst you can imagine, how bad is it right now?",
        "zh": "如果0分是一点都不难受，10分是您能想象的最难受，现在大概有几分？",
    },
    "associated_symptoms": {
        "en": "Have you noticed anything else along with it, such as a fever, feeling sick or dizziness?",
        "zh": "除了这些，还有没有别的不舒服，比如发烧、恶心或者头晕？",
    },
    "history": {
        "en": "Do you have any long-term health conditions, or have you had anything like this before?",
        "zh": "您平时有没有什么慢性病或长期的健康问题，以前有过类似的情况吗？",
    },
    "medications": {
        "en": "Are you taking any medicines at the moment, including ones you bought yourself?",
        "zh": "您最近有没有在用什么药，包括自己买的药？",
    },
    "allergies": {
        "en": "Are you allergic to any medicines or foods?",
        "zh": "您对什么药物或者食物过敏吗？",
    },
    # asked only when the message is about someone else (a child, a parent) and gives no age
    "age": {
        "en": "How old are they? For a baby, please say how many months or weeks.",
        "zh": "请问病人多大年纪？如果是小宝宝，请告诉我几个月或几周大。",
    },
    # asked of a boy or young man with tummy or groin pain (NICE CKS Scrotal pain and swelling:
    # torsion may present with lower abdominal pain; nhs.uk Testicular torsion: A&E)
    "testicle_symptoms": {
        "en": "Is there any pain, swelling or tenderness in the testicles (balls), or does one sit higher than the other?",
        "zh": "睾丸（蛋蛋）有没有疼、肿或者碰着痛，或者一边比另一边高？",
    },
}

# Asked when the patient said only "tummy" / "肚子" (planner._location_vague).
BELLY_LOCATION_QUESTION: dict[str, str] = {
    "en": "Where in your tummy is the pain: upper or lower, left, right or around the belly button? Has it moved?",
    "zh": "肚子具体哪个位置疼：上腹还是下腹，左边、右边还是肚脐周围？疼的位置有没有变过？",
}

# "Anything else?" asked as the red-flag companions of the complaint's class (NHS 111 pathways ask
# these discriminators for each presenting complaint; Manchester Triage System charts list them):
# a red flag the patient did not think to mention comes out in the answer, which is screened.
COMPANION_QUESTIONS: dict[str, dict[str, str]] = {
    "pregnancy": {
        "en": "As you are pregnant, have you had any bleeding, severe tummy pain, a bad headache or blurred vision, or is the baby moving less than usual?",
        "zh": "您在怀孕，有没有阴道出血、剧烈腹痛、严重头痛或看东西模糊，或者胎动比平时少？",
    },
    "child": {
        "en": "Is your child floppy or hard to wake, not drinking, having fewer wet nappies, breathing fast, or is there a rash that does not fade when you press a glass on it?",
        "zh": "孩子有没有软绵绵或叫不醒、不肯喝水喝奶、尿不湿比平时干、呼吸很快，或者身上有压了不褪色的皮疹？",
    },
    "head_injury": {
        "en": "Since the head injury, has there been any vomiting, unusual sleepiness, confusion or a fit, and do you take a blood thinner such as warfarin?",
        "zh": "头部受伤以后，有没有呕吐、特别想睡、意识不清或抽搐，平时有没有在吃华法林之类的抗凝药？",
    },
    "headache": {
        "en": "Along with the headache, have you had a stiff neck, a rash, a high temperature, being sick, weakness or numbness, trouble speaking, or did it start suddenly like a blow to the head?",
        "zh": "头痛的同时，有没有脖子发硬、皮疹、发烧、呕吐、手脚无力或发麻、说话不清，或者是像被打了一下那样突然开始的？",
    },
    "breathing": {
        "en": "Along with the breathing trouble, are you too breathless to finish a sentence, or do you have blue or grey lips, chest pain, a swollen calf, or swelling of the lips or throat?",
        "zh": "呼吸不舒服的同时，有没有喘得说不完一句话、嘴唇发紫发灰、胸痛、小腿肿，或者嘴唇喉咙发肿？",
    },
    "back": {
        "en": "Along with the back pain, do you have numbness around your bottom or genitals, trouble peeing or controlling your bladder or bowels, or numbness or weakness in both legs?",
        "zh": "腰背疼的同时，有没有屁股周围或会阴部发麻、排尿困难或大小便控制不住，或者两条腿都发麻没力气？",
    },
    "abdomen": {
        "en": "Along with the tummy pain, have you vomited blood or something like coffee grounds, had black or bloody poo, a high temperature, a hard swollen tummy, or could you be pregnant?",
        "zh": "肚子疼的同时，有没有吐血或吐出咖啡渣样的东西、大便发黑或带血、发烧、肚子发硬发胀，或者有没有可能怀孕？",
    },
    "fever": {
        "en": "Along with the fever, is there any confusion or unusual sleepiness, a rash that does not fade under a glass, very fast breathing, cold or blotchy skin, or no urine for a long time?",
        "zh": "发烧的同时，有没有意识模糊或特别嗜睡、压了不褪色的皮疹、呼吸很快、手脚冰凉或皮肤发花，或者很久没有小便？",
    },
    "diabetes": {
        "en": "As you have diabetes, have you been vomiting, very thirsty, breathing fast or deep, drowsy or confused, or is your sugar very high or very low?",
        "zh": "您有糖尿病，有没有呕吐、特别口渴、呼吸又深又快、嗜睡或糊涂，或者血糖特别高或特别低？",
    },
    "mood": {
        "en": "Sometimes when people feel like this they have thoughts of harming themselves or ending their life. Have you had any thoughts like that?",
        "zh": "有时候人在这种状态下会有伤害自己或者不想活的念头，您有过这样的想法吗？",
    },
}

# What the model is asked to write about, when a larger model does the phrasing.
TOPICS: dict[str, tuple[str, str]] = {
    "chest_companions": (
        "whether the chest pain comes with breathlessness, sweating, feeling faint, or pain "
        "spreading to the arm, jaw or back",
        "胸痛是否伴有气短、出冷汗、要晕倒或疼痛放射到胳膊、下巴、后背",
    ),
    "chief_complaint": ("the main problem that brings them here", "主要哪里不舒服"),
    "onset_duration": ("when it started and how long it has lasted", "什么时候开始、持续多久"),
    "location": ("where in the body they feel it, and on which side", "身体哪个部位、哪一侧"),
    "severity": ("how bad it is on a scale of 0 to 10", "用0到10分评价严重程度"),
    "associated_symptoms": ("any other symptoms", "有没有其他症状"),
    "history": ("ongoing health conditions or past similar problems", "慢性病或以前类似情况"),
    "medications": ("medicines they are taking now", "目前在用的药"),
    "allergies": ("allergies", "过敏情况"),
    "age": (
        "the age of the person who is unwell (in months or weeks for a baby)",
        "病人的年龄（婴儿说几个月或几周）",
    ),
    "testicle_symptoms": (
        "pain, swelling or tenderness in the testicles (torsion can be felt as tummy pain)",
        "睾丸有没有疼痛、肿胀或触痛（睾丸扭转可能表现为肚子痛）",
    ),
}

# A short, warm lead-in before a question, chosen by where the interview stands.
LEAD_IN: dict[str, dict[str, str]] = {
    "first": {"en": "I'm sorry you're going through this.", "zh": "明白了，我再问您几个问题。"},
    "thanks": {"en": "Thank you.", "zh": "好的，谢谢。"},
    "noted": {"en": "Thank you, I've noted that.", "zh": "好的，我记下了。"},
}

# After the hand-over: acknowledge every new patient message and say where they stand.
ACK: dict[str, dict[str, str]] = {
    "received": {
        "en": "Thank you, I've added this to your notes for the clinician.",
        "zh": "谢谢，您说的情况我已经补充给医生了。",
    },
    "received_worse": {
        "en": "Thank you for telling us it is getting worse; I've flagged this for the clinician.",
        "zh": "谢谢您告诉我们情况在加重，我已经特别提醒医生了。",
    },
    "question": {
        "en": "The clinician will answer your question when they join.",
        "zh": "您的问题医生加入后会为您解答。",
    },
    "waiting": {
        "en": "You are waiting for a clinician.",
        "zh": "您正在排队等候医生。",
    },
    "position_1": {
        "en": "You are next in the queue for a clinician.",
        "zh": "下一位就轮到您看医生了。",
    },
    "position": {
        "en": "You are number {position} in the queue for a clinician.",
        "zh": "您目前在候诊队列中排第{position}位。",
    },
    "wait": {
        "en": "The expected wait is about {minutes} minutes.",
        "zh": "预计还需等待约{minutes}分钟。",
    },
    "wait_short": {
        "en": "A clinician should be with you within a few minutes.",
        "zh": "医生几分钟内就会来。",
    },
    "worse": {
        "en": "If you feel worse, tell us here straight away, or call {number} in an emergency.",
        "zh": "如果感觉加重，请马上在这里告诉我们；情况紧急请拨打{number}。",
    },
    "worse_no_number": {
        "en": "If you feel worse, tell us here straight away, or call emergency services.",
        "zh": "如果感觉加重，请马上在这里告诉我们；情况紧急请拨打急救电话。",
    },
    "worse_now": {
        "en": "If it becomes severe or you feel very unwell, call {number} now.",
        "zh": "如果变得很严重或非常不舒服，请立即拨打{number}。",
    },
    "worse_now_no_number": {
        "en": "If it becomes severe or you feel very unwell, call emergency services now.",
        "zh": "如果变得很严重或非常不舒服，请立即拨打急救电话。",
    },
    "emergency": {
        "en": "Your symptoms may need emergency care: please call {number} now or go to the nearest "
        "emergency department; do not wait for this chat.",
        "zh": "您的症状可能需要紧急处理，请立即拨打{number}或尽快去最近的急诊，不要等待此处回复。",
    },
    "emergency_no_number": {
        "en": "Your symptoms may need emergency care: please call emergency services now or go to "
        "the nearest emergency department; do not wait for this chat.",
        "zh": "您的症状可能需要紧急处理，请立即拨打急救电话或尽快去最近的急诊，不要等待此处回复。",
    },
}

# Clinician-facing summary labels.
SUMMARY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "chief_complaint": "Chief complaint",
        "quote": "Patient says",
        "age": "Age",
        "onset_duration": "Onset/duration",
        "onset": "Onset",
        "location": "Site",
        "severity": "Severity",
        "chest_companions": "Chest pain companions",
        "testicle_symptoms": "Testicles",
        "history": "History",
        "medications": "Medications",
        "allergies": "Allergies",
        "reports": "Reports",
        "denies": "Denies",
        "red_flags": "RED FLAGS",
        "urgency": "Urgency",
        "reasons": "Why",
        "unspecified": "unspecified",
        "none": "none",
        "denies_in": "denies",
    },
    "zh": {
        "chief_complaint": "主诉",
        "quote": "患者原话",
        "age": "年龄",
        "onset_duration": "起病/病程",
        "onset": "起病方式",
        "location": "部位",
        "severity": "严重程度",
        "chest_companions": "胸痛伴随症状",
        "testicle_symptoms": "睾丸情况",
        "history": "既往史",
        "medications": "用药",
        "allergies": "过敏史",
        "reports": "症状",
        "denies": "否认",
        "red_flags": "危险信号",
        "urgency": "紧急程度",
        "reasons": "依据",
        "unspecified": "未说明",
        "none": "无",
        "denies_in": "否认",
    },
}
URGENCY_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "emergency": "emergency",
        "urgent": "urgent",
        "routine": "routine",
        "self_care": "self-care",
    },
    "zh": {"emergency": "急诊", "urgent": "紧急", "routine": "常规", "self_care": "可自我护理"},
}
ONSET_ZH = {"sudden": "突然起病", "gradual": "逐渐起病"}
AGE_UNITS_ZH = {"years": "岁", "months": "个月", "weeks": "周"}
