"""Round 7 red-flag classes (tuning sets r7a/r7b): each row is a conversation of patient
messages with the emergency code it must raise, the urgent finding it must give instead of
an emergency, or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row

OD = "overdose_poisoning"
BREATH = "severe_breathing"
# the redflags rule, or urgency.py's registered screen that speaks first with its own code
STROKE = "stroke"
PALSY = "facial_palsy"
QUINSY = "quinsy_signs"
CAUDA = ("spinal_cord_red", "cauda_equina")
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    # --- paracetamol in excess (r7a-en-19): nhs.uk 'Paracetamol overdose' / 'Paracetamol for
    # adults': go to A&E straight away if you have taken too much, even if you feel well;
    # NICE CKS 'Poisoning or overdose': staggered overdoses are referred too
    (
        [
            "quick question, if someone took a lot of paracetamol last night but feels ok now, is that fine?",
            "19",
            "about 12 hours ago, after a big row",
        ],
        OD,
        NONE,
    ),
    (
        ["if i took a whole packet of paracetamol this morning do i need to go to hospital"],
        OD,
        NONE,
    ),
    (["my daughter swallowed a whole packet of paracetamol but she seems fine"], OD, NONE),
    (["I took 12 paracetamol yesterday but I feel fine"], OD, NONE),
    (["I think I had too much acetaminophen"], OD, NONE),
    (["feel a bit sick", "took about 20 of the 500mg ones"], OD, NONE),
    (["I've been taking double the dose of paracetamol for 3 days for my tooth"], OD, NONE),
    (["我吃了一整板泰诺 现在还好"], OD, NONE),
    (["他吃了二十片对乙酰氨基酚"], OD, NONE),
    (["这三天必理通都是加倍吃的"], OD, NONE),
    (["吃了三天双倍的泰诺"], OD, NONE),
    (["昨天吃了一把扑热息痛 现在没什么感觉"], OD, NONE),
    (["有点恶心", "扑热息痛吃多了 现在没事吧"], OD, NONE),
    (["swallowed a box of tylenol an hour ago"], OD, NONE),
    (["一盒扑热息痛全吃了"], OD, NONE),
    (["gave him double the calpol dose for two days"], OD, NONE),
    (["been taking 2 extra paracetamol every few hours for days because of toothache"], OD, NONE),
    (["for 3 days I've been taking double the dose of paracetamol"], OD, NONE),
    (["这几天一直加倍吃扑热息痛"], OD, NONE),
    # look-alikes: the usual dose, two tablets, one extra dose by mistake (nhs.uk: 1 or 2 extra
    # tablets by accident are unlikely to be harmful), a question about what would happen, a
    # denial, someone else's past
    (["took a double dose of calpol by mistake once"], NONE, NONE),
    (["I accidentally took an extra dose of paracetamol this morning"], NONE, NONE),
    (["吃了双倍的泰诺"], NONE, NONE),
    (["泰诺加倍吃了一次"], NONE, NONE),
    (["took 2 paracetamol for my headache"], NONE, NONE),
    (["I take the normal dose of paracetamol"], NONE, NONE),
    (["is it safe to take paracetamol with ibuprofen"], NONE, NONE),
    (["the box says don't take more than the recommended dose of paracetamol"], NONE, NONE),
    (["i never took more than the normal dose of paracetamol"], NONE, NONE),
    (["can I take extra strength tylenol"], NONE, NONE),
    (["took 2 of the 500mg tablets this morning"], NONE, NONE),
    (["my dad took an overdose of paracetamol years ago"], NONE, NONE),
    (["吃了两片扑热息痛"], NONE, NONE),
    (["按说明书吃的泰诺"], NONE, NONE),
    (["泰诺按量吃的 没吃多"], NONE, NONE),
    (["没有超量吃扑热息痛"], NONE, NONE),
    (["如果吃多了扑热息痛会怎么样"], NONE, NONE),
    (["扑热息痛可以加倍吃吗"], NONE, NONE),
    # --- a baby's breathing emergency in a parent's words (r7b-zh-64): nhs.uk 'Bronchiolitis':
    # 999 for grunting, the tummy sucking in under the ribs, blue or grey lips; NICE NG9 1.3.1
    (["宝宝喘得有点快", "鼻塞 咳嗽 嘴唇有时候有点发青", "3个月"], BREATH, NONE),
    (["his lips go a bit blue sometimes"], BREATH, NONE),
    (["bluish round his mouth when he feeds"], BREATH, NONE),
    (["宝宝嘴唇偶尔发紫"], BREATH, NONE),
    (["宝宝口周发青"], BREATH, NONE),
    (["嘴唇颜色有点紫"], BREATH, NONE),
    (["宝宝呼吸的时候一直哼哼"], BREATH, NONE),
    (["3个月宝宝 每次呼气都哼一声"], BREATH, NONE),
    (["the skin under her ribs pulls in when she breathes"], BREATH, NONE),
    (["宝宝一吸气肋骨下面就往里凹"], BREATH, NONE),
    (["宝宝喘得有点快", "吃奶只吃一点点就不吃了"], BREATH, NONE),
    (["my 2 month old is breathing fast", "only taking half his bottles"], BREATH, NONE),
    # look-alikes: a denial, the past, the cold, a slightly smaller feed
    (["嘴唇没有发青"], NONE, NONE),
    (["嘴唇不紫"], NONE, NONE),
    (["宝宝呼吸没有哼哼"], NONE, NONE),
    (["his lips were blue last year when he had croup"], NONE, NONE),
    (["her lips went blue from the cold at the beach"], NONE, NONE),
    (["宝宝吃奶吃得少一点"], NONE, NONE),
    (["my baby only took a bit less milk today"], NONE, NONE),
    (["he's breathing fast, no grunting, feeding fine"], NONE, NONE),
    # --- sciatica with the cauda equina features denied (r7a-zh-14): nhs.uk 'Sciatica' (GP),
    # 'Cauda equina syndrome' (A&E: numb bottom or genitals, bladder or bowel change, both legs)
    (["腰疼到腿 一个多月了 贴膏药没用", "脚有点麻 大小便正常 屁股周围不麻 腿没劲没有"], NONE, NONE),
    (["腰疼", "屁股周围不麻 大小便正常"], NONE, NONE),
    (["腰痛", "会阴部没有发麻 大小便没问题"], NONE, NONE),
    (["腰疼", "屁股周围一点都不麻"], NONE, NONE),
    (
        [
            "back pain down my right leg for 5 weeks",
            "no numbness around my bum, bladder and bowels fine",
        ],
        NONE,
        NONE,
    ),
    (["sciatica for a month", "both legs fine, just the right one tingles"], NONE, NONE),
    # ... and told, they are an emergency
    (["腰疼", "屁股那里没知觉"], CAUDA, NONE),
    (["腰疼", "肛门周围没什么感觉"], CAUDA, NONE),
    (["腰疼", "屁股周围麻了 尿不出来"], CAUDA, NONE),
    (["腰疼", "两条腿都发麻"], CAUDA, NONE),
    (["back pain down my leg", "numb around my bottom"], CAUDA, NONE),
    # --- a face droop (r7b-zh-26): told alone it is FAST (nhs.uk 'Stroke' and 'Bell's palsy':
    # call 999 if the face droops on one side); with Bell's signs (forehead, eye, behind the
    # ear) anywhere in the conversation it is an urgent finding, never self-care
    (["早上起来发现脸有点歪"], STROKE, NONE),
    (["脸有些歪"], STROKE, NONE),
    (["嘴角有点歪"], STROKE, NONE),
    (["脸不对称了"], STROKE, NONE),
    (["her face has gone lopsided"], STROKE, NONE),
    (["脸歪了 右手没劲 说话不清楚"], STROKE, NONE),
    (["my dad's face dropped on one side and he can't lift his arm"], STROKE, NONE),
    (
        [
            "早上起来发现脸有点歪",
            "今天早上刷牙漏水才发现 昨天耳朵后面有点疼",
            "左边耳朵后面疼 别的都正常 手脚有劲 说话清楚",
        ],
        NONE,
        PALSY,
    ),
    (["早上起来发现嘴歪了", "38", "今天早上", "没有", "左眼闭不上"], NONE, PALSY),
    (["脸有点歪 额头抬不起来 眼睛闭不上"], NONE, PALSY),
    (["face drooping on the left, and my eye won't close, pain behind my ear"], NONE, PALSY),
    (
        [
            "one side of my face has dropped",
            "I can't close my right eye",
            "arms fine, talking fine",
        ],
        NONE,
        PALSY,
    ),
    # look-alikes: a denial, someone else's past
    (["她的脸不歪"], NONE, NONE),
    (["脸没有歪"], NONE, NONE),
    (["my face isn't drooping"], NONE, NONE),
    (["my mum had bell's palsy years ago"], NONE, NONE),
    (["我妈以前面瘫过"], NONE, NONE),
    # --- quinsy (r7b-zh-23): nhs.uk 'Quinsy' - a sore throat with a mouth that will not open,
    # drooling or a muffled voice is an urgent finding (GP, same-day ENT); breathing trouble is 999
    (["嗓子疼一个礼拜了 右边特别疼 嘴都张不太开"], NONE, QUINSY),
    (["嗓子疼", "口水往外流 嘴张不开"], NONE, QUINSY),
    (["sore throat on one side, I can barely open my mouth"], NONE, QUINSY),
    (
        ["my throat is killing me on the right side, cant open my mouth properly and drooling"],
        NONE,
        QUINSY,
    ),
    (["sore throat, drooling, struggling to breathe"], BREATH, NONE),
    # look-alikes: a teething baby's dribble, denials
    (["baby teething, drooling a lot"], NONE, NONE),
    (["嗓子不疼 就是流口水"], NONE, NONE),
    (["sore throat, no drooling, can open my mouth fine"], NONE, NONE),
    (["嗓子疼 嘴能张开 没流口水"], NONE, NONE),
    # ... r7t-zh-075: a worsening one-sided sore throat (嗓子一边越来越疼), a mouth that will
    # hardly open (嘴都快张不开了), or the hot potato voice (说话像含着东西) with a one-sided sore
    # throat (nhs.uk 'Quinsy': difficulty opening the mouth, changes to the voice)
    (["嗓子一边越来越疼 嘴都快张不开了 说话像含着东西 喘气没问题"], NONE, QUINSY),
    (["嗓子一边疼 说话像含着东西"], NONE, QUINSY),
    (["喉咙右边越来越痛 嘴几乎张不开"], NONE, QUINSY),
    (["sore throat on the right side, my voice sounds muffled like a hot potato"], NONE, QUINSY),
    (
        [
            "my throat is getting more and more painful on one side and I can only open my mouth a little"
        ],
        NONE,
        QUINSY,
    ),
    (
        [
            "throat really sore",
            "I sound like I've got a hot potato in my mouth",
            "it's the left side of my throat",
        ],
        NONE,
        QUINSY,
    ),
    # look-alikes: a muffled voice with an ordinary sore throat, a dry throat and a headache,
    # a mouth that opens, a jaw alone
    (["sore throat, voice a bit muffled"], NONE, NONE),
    (["嗓子疼 说话像含着东西"], NONE, NONE),
    (["嗓子有点干头疼"], NONE, NONE),
    (["sore throat on one side, breathing fine, mouth opens fine"], NONE, NONE),
    (["嘴都快张不开了"], NONE, NONE),
]


@pytest.mark.parametrize(
    ("messages", "emergency", "urgent"), ROWS, ids=[str(i) for i in range(len(ROWS))]
)
def test_row(messages: list[str], emergency: str | tuple[str, ...], urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)
