"""Round 8 red-flag classes (tuning sets r8a/r8b/r8c): each row is a conversation of patient
messages with the emergency code it must raise, the urgent finding it must give instead of
an emergency, or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row

AIRWAY = "throat_airway"
HFMD = "hfmd_severe"
BLEED = "heavy_bleeding"
CARDIAC = "chest_pain_cardiac"
STROKE = "stroke"
CAUDA = ("spinal_cord_red", "cauda_equina")
PREG = "pregnancy_bleeding_pain"
SPOT = "pregnancy_spotting"
QUINSY = "quinsy_signs"
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    # --- a sore throat with stridor (r8b-en-28): nhs.uk 'Sore throat' / 'Tonsillitis' /
    # 'Quinsy': 999 for a high-pitched sound when breathing in (stridor); MTS 'Stridor' (orange)
    (
        [
            "tonsillitis for 5 days and not getting better, cant swallow my own spit",
            "9/10",
            "drooling, voice muffled, slight whistle when I breathe in",
            "paracetamol",
            "none",
            "nothing",
        ],
        (AIRWAY, "epiglottitis"),
        NONE,
    ),
    (["sore throat for days and now a high pitched noise when i breathe in"], AIRWAY, NONE),
    (["my throat is agony, drooling, and a high-pitched sound as I breathe"], AIRWAY, NONE),
    (["tonsillitis, crowing noise when she breathes in"], AIRWAY, NONE),
    (
        [
            "tonsils massive, can barely swallow my spit and there's a squeaky sound when breathing in"
        ],
        AIRWAY,
        NONE,
    ),
    (["sore throat and stridor"], AIRWAY, NONE),
    (["sore throat and strider"], AIRWAY, NONE),
    (["嗓子疼得咽不下口水，吸气的时候有哨音"], (AIRWAY, "epiglottitis"), NONE),
    (["嗓子疼得厉害，吸气的时候有哨音"], AIRWAY, NONE),
    (["扁桃体发炎五天了", "口水往外流，说话像含着东西，喉鸣"], AIRWAY, NONE),
    (["嗓子疼，吸气像吹哨子一样"], AIRWAY, NONE),
    (["咽痛，吸气时有尖尖的声音"], AIRWAY, NONE),
    # look-alikes: a wheeze on breathing out (asthma), croup's barking cough (urgency.py: urgent),
    # stridor denied, a quinsy without it (urgent), a whistle in the nose
    (["sore throat, bit wheezy when I breathe out"], NONE, NONE),
    (["sore throat and a barking cough, noisy breathing when he breathes in"], NONE, NONE),
    (["sore throat, no noisy breathing, no stridor"], NONE, NONE),
    (["tonsillitis, drooling, cant open my mouth, breathing fine"], NONE, QUINSY),
    (["sore throat and my nose whistles when I breathe"], NONE, NONE),
    (["sore throat and a cold, his chest sounds rattly"], NONE, NONE),
    (["sore throat, asthma, breathing a bit whistly"], NONE, NONE),
    (["嗓子疼，感冒了，喘气有点呼噜呼噜的"], NONE, NONE),
    (["嗓子疼，吸气没有声音，呼吸正常"], NONE, NONE),
    (["孩子咳嗽像狗叫，嗓子疼，吸气有声音"], NONE, NONE),
    (["嗓子疼，口水往外流，张不开嘴，喘气没问题"], NONE, QUINSY),
    # --- hand, foot and mouth disease with signs of severe disease (r8b-zh-14): 手足口病诊疗指南
    # (2018年版) 重症早期识别: 易惊、肢体抖动; 精神差、呕吐; 呼吸增快; 四肢末梢发凉
    (["孩子手足口病，睡觉老是一惊一惊的，手脚在抖"], HFMD, NONE),
    (["幼儿园有手足口，孩子手心脚心出了疱疹", "精神很差老想睡，吐了两次"], HFMD, NONE),
    (["手足口病第三天，孩子呼吸有点快，手脚凉"], HFMD, NONE),
    (["宝宝手足口，老打激灵"], HFMD, NONE),
    (["my son has hand foot and mouth and keeps jerking in his sleep"], HFMD, NONE),
    (["hand, foot and mouth, she's very sleepy and has been sick twice"], HFMD, NONE),
    (["hand foot n mouth, breathing fast and cold hands and feet"], HFMD, NONE),
    # look-alikes: the usual mild illness (self care), jerks denied, a jerk without the disease
    (["幼儿园通知有手足口病，孩子手心有红点，精神挺好，没有抽搐，也不老打激灵"], NONE, NONE),
    (["孩子手足口病，低烧，能吃能喝，尿正常"], NONE, NONE),
    (["孩子手足口，没有一惊一惊的，手脚不抖"], NONE, NONE),
    (["hand foot and mouth, eating a bit less but playing and drinking fine"], NONE, NONE),
    (["my toddler has hand foot and mouth, no jerking, not sleepy"], NONE, NONE),
    (["hand foot and mouth, bit sleepy after calpol, sick once"], NONE, NONE),
    (["宝宝睡觉一惊一惊的，是不是缺钙"], NONE, NONE),
    # --- a nosebleed or cut that poured and has stopped (r8a-en-24): nhs.uk 'Nosebleed' (A&E if
    # over 10 to 15 minutes), 'Cuts and grazes'; one that still pours is 999
    (
        ["my kid's nose started pouring blood, SO much. it stopped now after i pinched it"],
        NONE,
        NONE,
    ),
    (["blood was gushing from his finger but it's stopped with a plaster"], NONE, NONE),
    (["nose was pourin blood but stopped after 5 minutes"], NONE, NONE),
    (["孩子鼻血哗哗地流，捏了一会儿就止住了"], NONE, NONE),
    (["手划破了，血往外涌，按了几分钟就不流了"], NONE, NONE),
    (["blood is pouring out of the cut"], BLEED, NONE),
    (["blood gushing from his leg and it won't stop"], BLEED, NONE),
    (["it stopped but now blood is pouring again"], BLEED, NONE),
    (["血哗哗地往外冒"], BLEED, NONE),
    (["腿上的伤口喷血，还在流"], BLEED, NONE),
    # --- an emergency's name told as a scare or a search (r8a-en-03): a worry, not a symptom;
    # "I think I'm having a heart attack" stays (nhs.uk 'Heart attack': 999)
    (
        [
            "burning in my chest after food most nights, ive had heart attack scares googling. its been weeks"
        ],
        NONE,
        NONE,
    ),
    (
        ["heartburn after dinner, I googled it and now I'm convinced it's a heart attack"],
        NONE,
        NONE,
    ),
    (["had a heart attack scare last year, fine now, asking about my cholesterol"], NONE, NONE),
    (["headache for two days, googled and read it could be a stroke"], NONE, NONE),
    (["胃里烧得慌，网上查了说是心梗的前兆，吓死了"], NONE, NONE),
    (["百度了一下说头晕可能是中风，有点怕"], NONE, NONE),
    (["I think I'm having a heart attack"], CARDIAC, NONE),
    (["googled it and I think I'm having a heart attack"], CARDIAC, NONE),
    (["my dad is having a stroke, I googled the signs"], STROKE, NONE),
    (["心梗了，快救救我"], CARDIAC, NONE),
    (["我觉得我在犯心梗，网上查了症状一模一样"], CARDIAC, NONE),
    # --- numbness from the buttock down one leg is sciatica (r8a-zh-04): nhs.uk 'Sciatica' (GP);
    # the saddle, both legs or the bladder stay the cauda equina flag
    (["腰疼连着屁股一直麻到腿肚子，是不是瘫痪的前兆啊"], NONE, NONE),
    (["low back ache, bottom cheek is numb down into my right thigh"], NONE, NONE),
    (["腰疼，屁股周围发麻"], CAUDA, NONE),
    (["腰痛，肛门周围麻"], CAUDA, NONE),
    (["腰疼，屁股麻到两条腿都麻"], CAUDA, NONE),
    (["back pain and my bum is numb"], CAUDA, NONE),
    (["back pain, numb around my bottom and down both legs"], CAUDA, NONE),
    # --- spotting with mild period-like cramps in early pregnancy (r8c-en-06): nhs.uk
    # 'Miscarriage' / 'Vaginal bleeding in pregnancy': the same day; 999 for heavy bleeding,
    # severe pain, shoulder tip pain or dizziness
    (
        ["9 weeks pregnant, some spotting this morning", "mild cramps 2/10 like a period"],
        NONE,
        SPOT,
    ),
    (["怀孕8周，有一点褐色分泌物，肚子有点坠，像来月经那样"], NONE, SPOT),
    (["pregnant 7 weeks, light spotting and slight cramping"], NONE, SPOT),
    (["pregnant 7 weeks, spotting and bad cramps"], PREG, NONE),
    (["怀孕六周，有一点血，肚子疼得厉害"], PREG, NONE),
    (["pregnant, spotting and pain low down on the left"], PREG, NONE),
    (["怀孕9周，见了一点红，肚子疼，头晕"], PREG, NONE),
    # --- chest tightness in months of anxiety, the heart checked normal, nothing with it
    # (nhs.uk 'Generalised anxiety disorder': GP): no urgent chest finding; new, changing,
    # unchecked or with a companion it stays (nhs.uk 'Chest pain')
    (
        ["天天焦虑，担心这担心那，脖子紧胸口闷，查了心电图都正常", "半年多", "睡不好，没有想轻生"],
        NONE,
        NONE,
    ),
    (
        ["anxiety for months, worry about everything, chest feels tight, my ecg was normal"],
        NONE,
        NONE,
    ),
    (["焦虑半年了，胸口闷"], NONE, "chest_pain"),
    (["焦虑，胸口闷", "两天"], NONE, "chest_pain"),
    (["焦虑好几个月，胸闷越来越厉害，心电图正常"], NONE, "chest_pain"),
    (["焦虑半年多，心电图正常，胸口闷，心慌"], "palpitations_red", NONE),
    (["anxious for months, ecg normal, chest tightness when i climb stairs"], NONE, "chest_pain"),
    (["i've been anxious for months and now my chest feels tight"], NONE, "chest_pain"),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), ROWS)
def test_r8_redflag_row(messages: list[str], emergency: str | tuple[str, ...], urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# --- a child who took an adult's tablets named by the drug (r8c-zh-05): nhs.uk 'Poisoning':
# A&E if a child has swallowed someone else's medicine, even if they seem well
OD_ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    (
        ["孩子3岁把他爷爷的对乙酰氨基酚片拿来吃了，瓶子里少了十来片，现在还在玩"],
        "overdose_poisoning",
        NONE,
    ),
    (["宝宝把奶奶的降压片吃了几个"], "overdose_poisoning", NONE),
    (["孩子吃了外婆的安眠胶囊"], "overdose_poisoning", NONE),
    (
        ["my 3 year old ate some of grandad's paracetamol tablets, about 10 missing"],
        "overdose_poisoning",
        NONE,
    ),
    # look-alikes: the child's own vitamins, tablets put away, an adult's own dose
    (["孩子把维生素片吃了"], NONE, NONE),
    (["我把爷爷的药片放好了，孩子没碰"], NONE, NONE),
    (["我吃了两片对乙酰氨基酚片"], NONE, NONE),
    (["gave my son his own calpol"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), OD_ROWS)
def test_r8_child_took_adult_tablets(
    messages: list[str], emergency: str | tuple[str, ...], urgent: str
) -> None:
    check_screen_row(messages, emergency, urgent)
