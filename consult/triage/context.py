"""ConText-style scope rules for red flags beyond lang.py's NegEx: negation after the symptom,
someone else's past illness, more history cues, and hypothetical or informational mentions."""

# ruff: noqa: E501 -- trigger lists read better with each alternative on one line.

from __future__ import annotations

import re

from .lang import clause_around, is_historical, is_negated

# "chest pain? no.", "chest pain: none", "sweating - no,", "胸痛？没有", "胸痛：无"
_EN_POST_NEG = re.compile(
    r"^\s*(?:[?:=\-\u2013\u2014]+\s*)?(?:no|none|nope|nil|negative|denied|denies|absent|not present)"
    r"(?=\s*(?:[.,;!?)\-]|$))"
)
# ... also after a question particle ("出汗吗？没") and with a softener ("胸痛倒是没有", "发烧倒没有")
_ZH_POST_NEG = re.compile(
    r"^(?:吗|么|嘛|呢)?[\s？?：:=\-—]*(?:倒是|倒也|倒|其实|是)?(?:无|没有|没|否|不|阴性|木有|莫得|冇|没得)(?=[\s。.，,！!；;？?]|$)"
    r"|^\s*[？?：:=\-—]+\s*(?:无|没有|没|不|否)[\u4e00-\u9fff]{0,2}(?=[\s。.，,！!；;？?]|$)"
)
# The same answer after a list the mention starts: "胸痛、气短、出冷汗都没有", "胸痛和气短都没有",
# "chest pain or shortness of breath? no". "别的都没有" (nothing else) does not deny the mention,
# and "也没有好转" (no better either) is not a denial at all.
_ZH_LIST_ITEM = (
    r"(?:、|和|或者?|或是|及|以及|跟|与|还有)(?!别的|其他|其它|其余|别)[\u4e00-\u9fff]{1,8}?"
)
_ZH_POST_LIST_NEG = re.compile(
    rf"^(?:{_ZH_LIST_ITEM})*(?:这些|这几样|这几个|什么的|等)?(?:都|也|均|全都|全)(?:没有|没|无|未|不)"
    r"(?:有过|有|过|出现过?|发生过?)?(?:了)?(?=[\s。.，,！!；;？?]|$)"
)
_EN_POST_LIST_NEG = re.compile(
    r"^(?:\s*(?:,|/|or|and)\s*(?:(?!i |i'm |my |he |she |they |it )[a-z' ]){1,30}?)*\s*[?:=\-\u2013\u2014]+\s*"
    r"(?:no|none|nope|nil|neither|negative|absent)(?=\s*(?:[.,;!?)\-]|$))"
)

# Somebody other than the writer, as the subject of a past event.
_EN_OTHER = re.compile(
    r"(?<![a-z])(?:(?:my|our|his|her|their|a) (?:[a-z]+'s )?(?:father|dad|daddy|mother|mum|mom|mummy|mommy|parents?|"
    r"brother|sister|grand(?:father|mother|pa|ma|dad|mum|mom)|granny|grandparents?|uncle|aunt|auntie|aunty|"
    r"cousin|friend|husband|wife|partner|boyfriend|girlfriend|son|daughter|child|kid|baby|neighbou?r|"
    r"colleague|boss|relatives?)|he|she|they)(?![a-z])"
)
_EN_PAST_EVENT = re.compile(
    r"(?<![a-z])(?:had|died|passed away|suffered|was diagnosed|got diagnosed|has a history|had a history)(?![a-z])"
)
# Cues that the writer tells another person's past illness as their own background or risk.
_EN_BACKGROUND = re.compile(
    r"(?<![a-z])(?:should i|am i|do i need|could i|will i|is it (?:genetic|hereditary)|genetic|hereditary|inherit[a-z]*|"
    r"runs in|my (?:own )?risk|for myself|checked|screened|tested|worried (?:i|that i)|does (?:that|this) mean i|"
    r"at (?:the )?age (?:of )?\d+|at \d+|aged \d+|in (?:his|her|their) \d0s|died|passed away)(?![a-z])"
)
# Cues that a third party's event is happening now, or that the writer asks for help now.
_EN_NOW = re.compile(
    r"(?<![a-z])(?:just|now|right now|today|tonight|this (?:morning|afternoon|evening)|last night|yesterday|"
    r"(?:\d+|a few|few|several|an?|one|two|three|ten|twenty) (?:min(?:ute)?s?|hours?) ago|earlier|"
    r"i think|might|may have|help|ambulance|what (?:do|should) (?:i|we) do|urgent|emergency|hurry|quick(?:ly)?|"
    r"is having|has just|999|911|112)(?![a-z])"
)
_EN_MORE_HISTORY = re.compile(
    r"(?<![a-z])(?:when (?:i|he|she|they) (?:was|were) (?:a )?(?:baby|child|kid|little|young|younger|teenager|toddler)|"
    r"as a (?:baby|toddler|teen)|(?:\d+|a few|few|several|many|couple of|two|three) (?:years?|months?|weeks?) (?:ago|back)|"
    r"last (?:year|month|summer|winter|spring|autumn|fall)|(?<!since )last week|once as|years back|"
    r"(?:a )?long time ago|long ago|ages ago|"
    # an event of an earlier pregnancy is history (ConText historical trigger, Chapman et al. 2011)
    r"(?:in|during|with|after) (?:my|her|their|the|our) (?:last|previous|first|other|earlier|older) (?:pregnancy|pregnancies|baby|one|child))(?![a-z])"
)
# "两岁时高热惊厥一次", "十岁那年", "三个月大的时候": the age at a past event (ConText's
# historical trigger "as a child", Chapman et al. 2011; nhs.uk Febrile seizures: a past febrile
# fit is history, not a current seizure)
_ZH_MORE_HISTORY = re.compile(
    r"(?:19|20)\d\d年|小时候|年轻的时候|得过|患过|犯过|发过|有过"
    r"|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:周)?岁(?:的)?(?:时候|时|那年|那会儿?)"
    r"|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:多)?月(?:大)?(?:的)?(?:时候|时|那会儿?)"
    # an earlier pregnancy: "上一胎胎动减少过", "怀老大的时候出过血"
    r"|上一?胎|前一胎|上一?次怀孕|以前怀孕|怀(?:老大|大宝|上一个|上一胎|头胎)(?:的)?(?:时候|时|那会儿?)"
)
# Chinese experiential aspect: "中风过", "晕倒过" (not "过去", "过来", "过敏").
_ZH_EXPERIENCED = re.compile(r"^(?:了)?过(?![去来敏])|^[^，,。]{0,2}(?:去世|过世|病逝|离世|走的)")

# Questions, plans and topics rather than a patient's symptoms.
_EN_HYPOTHETICAL = re.compile(
    r"(?<![a-z])(?:what happens if|what if|if (?:i|you|someone|he|she|they|a child|my child) |in case|how (?:many|much)|"
    r"is it (?:safe|dangerous|ok|okay)|(?:documentary|article|video|programme|program|book|leaflet|talk) (?:about|on)|"
    r"risk of|chance of|signs of|symptoms of|prevent(?:ing)?|avoid(?:ing)?|(?:will|would|could|can) (?:an?|too much|too many)|"
    r"(?:scared|afraid|frightened|worried|anxious|nervous) (?:of|about) (?:having|getting|going into))(?![a-z])"
)
# "can you overdose on vitamin d?": the question word right before the mention.
_EN_CAN_YOU = re.compile(r"(?<![a-z])can (?:you|i|one|someone|people|a person|kids|children) $")
_ZH_HYPOTHETICAL_BEFORE = re.compile(
    r"关于|预防|防止|科普|纪录片|文章|如果|万一|怎么避免|如何避免|了解|什么是"
)
# "担心他中风" (worried he will have one) but not "担心是中风" or "担心他中风了".
_ZH_WORRY = re.compile(
    r"(?:担心|害怕|怕)(?:他|她|我|自己|孩子|老人|家人)?(?:以后|将来|哪天)?(?:会|得)?$"
)
# "会不会烧起来抽风", "会不会马上中风心梗": asked as what might come, not what is happening; "会不会是
# 中风" asks about now and stays
_ZH_MIGHT_COME = re.compile(
    r"会不会(?:马上|以后|将来|哪天|突然|也|再)*(?:烧起来|烧得|发展成|变成|引起|导致|转成|得)?(?:[^，,。是]){0,4}$"
)
_ZH_HYPOTHETICAL_AFTER = re.compile(
    r"会不会|是否会|会怎么样|有什么(?:后果|危害)|的(?:风险|危害|副作用)"
)

_SENTENCE = re.compile(r"[.!?;\n。！？；]")


def _sentence_before(text: str, start: int, boundaries: re.Pattern[str] = _SENTENCE) -> str:
    cut = 0
    for m in boundaries.finditer(text, 0, start):
        cut = m.end()
    return text[cut:start]


def negated_after(text: str, end: int) -> bool:
    """A bare "no"/"none"/"无" answering the mention right after it ("chest pain? no"), or after
    the list it starts ("胸痛和气短都没有")."""
    after = text[end:]
    return bool(
        _EN_POST_NEG.match(after)
        or _ZH_POST_NEG.match(after)
        or _ZH_POST_LIST_NEG.match(after)
        or _EN_POST_LIST_NEG.match(after)
    )


# A denial spans the items it coordinates: "没有想过伤害自己或者轻生", "没有胸闷、气短或者出汗",
# "从来没有头晕和晕倒过" (NegEx: a trigger's scope runs to the end of its clause, Chapman et al.
# 2001/2013; only a clause boundary or a turn word like 但/可是 ends it).
_ZH_COORD_END = re.compile(r"(?:或者?|或是|还是|和|跟|与|、|及|以及)$")
_ZH_LIST_TRIGGER = re.compile(
    r"(?:没有|没|从没|从来没有?|从未|并没有|并没|不曾|未曾|否认|并无|无)"
    r"(?:想过|有过|出现过?|考虑过|打算过?|感觉到?|觉得)?"
)
_ZH_TURN = re.compile(r"但|可是|不过|只是|就是|却")


def negated_zh_list(before: str) -> bool:
    """The mention is a later item of a denied list: "没有想过伤害自己或者" + 轻生."""
    m = _ZH_COORD_END.search(before)
    if m is None:
        return False
    head = before[: m.start()][-16:]
    trigger = next(reversed(list(_ZH_LIST_TRIGGER.finditer(head))), None)
    return trigger is not None and not _ZH_TURN.search(head[trigger.end() :])


# Downplaying is not a denial: "no big deal, just black tarry poo", "nothing serious, her lips are
# going blue", "没什么大事就是胸口痛" (pseudo-negations, NegEx: Chapman et al. 2001, "no" that
# negates no finding). And "just", "only", "apart from" end a denial's scope: "no chest pain, just
# pressure in my chest" (NegEx termination terms: "but", "except", "apart from").
_EN_DOWNPLAY = re.compile(
    r"(?<![a-z'])(?:no|not|nothing|don'?t want to|didn'?t want to|do not want to|not wanting to)"
    r"(?: (?:a|too|that|very|really|so|particularly|at all|to))?"
    r" (?:big deal|biggie|fuss|make a fuss|bother|bother (?:anyone|you|anybody)|worries|rush|hurry|"
    r"emergency|panic|drama|serious|major|worried|concerned|waste (?:your|anyone'?s) time|trouble (?:you|anyone))"
    r"(?![a-z'])"
)
_EN_NEG_END = re.compile(
    r"(?<![a-z'])(?:just|only|except|apart from|other than|aside from)(?![a-z'])"
)
_ZH_DOWNPLAY = re.compile(
    r"没(?:有)?(?:什么|啥)(?:大)?(?:事|问题|碍)|没(?:什么)?大(?:事|碍|问题)|应该没(?:什么|啥)?事|"
    r"不想(?:麻烦|打扰)(?:你们|医生|别人|大家|人)?|没那么严重|不(?:是)?(?:很|太)?严重"
)
_ZH_NEG_END = re.compile(r"就是|只是|只有|但是?|可是|不过")
# "No urine for 12 hours", "no wee since this morning": no output of pee is itself the finding
# (nhs.uk 'Urinary retention'), not a denial whose list reaches the next clause ("no urine for 12
# hours, bladder feels like it's going to burst"). "No urine infection" stays a denial.
_EN_NO_OUTPUT = re.compile(
    r"(?<![a-z'])no (?=(?:urine|pee|wee|wees|piss|urinating|peeing|weeing|passing (?:urine|water)|"
    r"(?:urine|pee|wee) output)(?:\s+(?:at all|passed|for|since|in|today|all day|overnight|this|coming)(?![a-z'])|\s*[,.;]|\s*$))",
    re.IGNORECASE,
)


def _undownplayed(before: str) -> str:
    """The clause before a mention with downplaying removed and cut after its last "just"."""
    before = _ZH_DOWNPLAY.sub("_", _EN_DOWNPLAY.sub(" ", _EN_NO_OUTPUT.sub("   ", before)))
    cut = max(
        (m.end() for m in (*_EN_NEG_END.finditer(before), *_ZH_NEG_END.finditer(before))),
        default=0,
    )
    return before[cut:]


# The writer as the subject of the mention's own clause ("..., I've been coughing up blood",
# "……，我最近咳血"): a history cue of an earlier clause about a relative ("my dad died of lung
# cancer, ...") does not put the writer's own symptom in the past (ConText: a trigger's scope ends
# at the clause boundary, Chapman et al. 2011).
_WRITER_SUBJECT = re.compile(
    r"(?<![a-z'])(?:i|i'?ve|i'?m|i am|i have|i'?d)(?![a-z'])|我(?!爸|妈|老|家|们|的|哥|姐|弟|妹|爷|奶|外|姥|儿|女)"
)


def _historical_own_clause(before: str, after: str) -> bool:
    if not is_historical(before, after):
        return False
    tail = re.split(r"[,，;；]", before)[-1]
    if tail == before or not _WRITER_SUBJECT.search(tail):
        return True
    return is_historical(tail, after)


# Chinese patients often part clauses with a space instead of a comma: "心跳不齐 胸口疼",
# "嘴张不开了 说话像含着东西", "就不吃了 一直哼哼". A space between two Chinese clauses ends a
# negation's scope like a comma does (NegEx: a trigger's scope ends at the clause boundary, Chapman
# et al. 2001/2013), unless the clause before the space is the bare negator itself ("没有 发烧",
# "也不 疼": the negated phrase continues after a stray space).
_ZH_SPACE_CLAUSE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff]|$)")
_ZH_BARE_NEG = re.compile(
    r"(?:^|[^\u4e00-\u9fff])(?:也|都|还|并|从来|从|基本|完全)?"
    r"(?:没有|没|不|无|未|从未|从没|否认|并无|木有|莫得|冇)(?:有|怎么|太|是很|很)?$"
)


def _zh_space_clause(before: str) -> str:
    """The part of `before` after its last space between two Chinese clauses."""
    cut = 0
    for m in _ZH_SPACE_CLAUSE.finditer(before):
        if not _ZH_BARE_NEG.search(before[cut : m.start()]):
            cut = m.end()
    return before[cut:]


# A list denial reaches over commas ("no fever, cough or rash"), but not into a clause of its own:
# after the last comma the mention has its own subject and verb ("no fever, bladder feels like
# it's going to burst", "no rash, her lips are blue"): NegEx/ConText scope ends at a new clause.
_EN_OWN_VERB = re.compile(
    r"(?<![a-z'])(?:is|are|was|were|feels?|felt|looks?|looked|keeps?|went|gone|has|have|got|"
    r"seems?|turned|getting)(?![a-z'])|'s(?![a-z])|'re(?![a-z])"
)
_EN_LIST_JOIN = re.compile(r"(?<![a-z'])(?:or|and|nor|no|not|never|without)(?![a-z'])")


def _own_clause(before: str, mention: str, gap: str) -> bool:
    """The mention starts a clause of its own after the last comma of `before`."""
    if "," not in before:
        return False
    tail = before.rsplit(",", 1)[-1]
    if _EN_LIST_JOIN.search(tail) or len(tail.split()) > 3:
        return False
    return bool(_EN_OWN_VERB.search(tail + " " + (gap or mention))) and not is_negated(tail, gap)


# "不想伤害自己", "不会自杀", "没想过自杀": 不想/不会 are no negators in general (不想活 is the
# suicidal thought itself), but before a self-harm act they deny it (nhs.uk 'Help for suicidal
# thoughts'; NegEx triggers per language, Chapman et al. 2013).
_ZH_NOT_WANT = re.compile(
    r"(?:不想|不会|不打算|不愿意?|不要|没打算|没想过|没有想过|从没想过|从来没(?:有)?想过)(?:要|去|再|真的?)?$"
)
_ZH_SELF_HARM = re.compile(
    r"^(?:伤害自己|自杀|自残|自伤|轻生|寻死|割腕|跳楼|结束(?:自己的?)?生命|了结自己)"
)


# a turn after the denial keeps the act ("我不想伤害自己，可是控制不住")
_ZH_DENIAL_TURN = re.compile(r"但|可是|不过|控制不住|忍不住|管不住|还是想|又想")
_ZH_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _negated_before(before: str, gap: str, mention: str = "", rest: str = "") -> bool:
    if _ZH_SELF_HARM.match(mention) and _ZH_NOT_WANT.search(before.rstrip()):
        return not _ZH_DENIAL_TURN.search(_ZH_SENTENCE_END.split(rest, maxsplit=1)[0])
    if not is_negated(_undownplayed(_zh_space_clause(before)), gap):
        return False
    return not (mention and _own_clause(before, mention, gap))


def negation_scope(text: str, start: int, end: int, gap: str = "") -> tuple[bool, bool]:
    """(negated, historical) with the red flags' negation (before the mention, in its gap, and
    answered after it or after its list) and lang.py's history cues; for symptom findings."""
    before, after = clause_around(text, start, end)
    # Chinese history cues right before the mention ("小时候", "两岁时", "得过") also put a symptom
    # in the past (ConText historical triggers, Chapman et al. 2011): "两岁时高热惊厥一次" is no
    # seizure now. The English cues of more_history ("two weeks ago") often date a current
    # symptom's onset, so they stay with the red flags only.
    historical = (
        _historical_own_clause(before, after)
        or bool(_ZH_MORE_HISTORY.search(before[-10:]))
        or someone_elses_zh(text, start, end)
        or someone_elses_en(text, start, end)
        or hypothetical_question(text, start, end)
    )
    negated = (
        _negated_before(before, gap, text[start:end], text[end:])
        or negated_after(text, end)
        or negated_zh_list(_zh_space_clause(before))
        or site_denied_after(text, start, end)
    )
    return negated, historical


# round 10: a body site told with its pain denied right after it ("右上腹不痛", "右边肋骨下面也不
# 疼", "按着不痛"): the site is no pain there. Only a bare site: a mention that names a symptom of
# its own ("胸闷不痛" - tight, not painful) keeps it.
_ZH_SITE_PAIN_DENIED = re.compile(
    r"^(?:也|都|倒|倒是|也都|一点也|一点都|一点儿也|按着|按压|按下去|摸着|压着)?"
    r"(?:不|没|没有)(?:痛|疼|疼痛)(?=[\s。.，,！!；;？?]|$)"
)
_ZH_SYMPTOM_CHAR = re.compile(r"[痛疼闷胀肿烧痒麻酸晕胀硬烫热红出血]")


def site_denied_after(text: str, start: int, end: int) -> bool:
    """A bare body site whose pain the next words deny ("右上腹不痛")."""
    mention = text[start:end]
    if not re.search(r"[\u4e00-\u9fff]", mention) or _ZH_SYMPTOM_CHAR.search(mention):
        return False
    return bool(_ZH_SITE_PAIN_DENIED.match(text[end:]))


def someone_elses_past(text: str, start: int, end: int) -> bool:
    """ "My dad had a heart attack at 60, should I get checked?": another person's past event told
    as background (age, risk, died), unless the message says it is happening now or asks for help.
    A bare "she had a seizure" is taken as current: a carer is reporting it."""
    before = _sentence_before(text, start)
    subject = next(reversed(list(_EN_OTHER.finditer(before))), None)
    if subject is None or not _EN_PAST_EVENT.search(before, subject.end()):
        return False
    if not _EN_BACKGROUND.search(text):
        return False
    sentence_after = _SENTENCE.split(text[end:], maxsplit=1)[0]
    return not (_EN_NOW.search(before) or _EN_NOW.search(sentence_after))


# Chinese counterpart of someone_elses_past: "我老公胸痛住院了，我现在有点感冒", "我妈胸口疼了
# 好几年了，她让我问问我咳嗽吃什么药": a relative's illness, told with a past or long-standing
# cue, as background to the writer's own complaint (ConText 'experiencer: other', Harkema et al.
# 2009). Only when the writer goes on to their own symptoms; "我妈胸口疼了好几年了，最近加重了"
# stays the mother's current complaint.
_ZH_RELATIVE = re.compile(
    r"(?:我|俺|我们家|我家)?(?:老妈|老爸|妈妈|爸爸|妈|爸|老公|老婆|爱人|丈夫|妻子|媳妇|奶奶|爷爷|外婆|外公|姥姥|姥爷|"
    r"婆婆|公公|岳母|岳父|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|叔叔|阿姨|舅舅|姑姑|同事|朋友|邻居|室友|同学)"
)
_ZH_BACKGROUND = re.compile(
    r"住(?:过)?院|去世|过世|病逝|走的|走了|好几年|好多年|很多年|多年|几年了|以前|之前|去年|前年|年轻(?:的)?时|"
    r"做(?:了|过)(?:支架|手术|搭桥)|得过|有过|病史"
)
_ZH_WRITER_COMPLAINT = re.compile(
    r"(?:^|[，,。；;！!？?\s]|让|问问?)(?:我|我自己|自己|本人)(?!妈|爸|老|家|们|的(?:妈|爸|老))"
    r"(?:现在|最近|这几天|这两天|今天|也|还|就)?[^，,。；;！!？?]{0,6}"
    r"(?:咳|痰|感冒|[疼痛]|烧|拉|吐|晕|痒|肿|闷|喘|累|失眠|睡不着|鼻|嗓|喉|不舒服|难受|过敏|疹|血压|血糖|便秘|胃)"
)
_ZH_SENTENCE = re.compile(r"[。！？；!?;\n]")


def someone_elses_zh(text: str, start: int, end: int) -> bool:
    """A relative's past or long-standing illness told as background to the writer's own complaint."""
    before = _sentence_before(text, start, _ZH_SENTENCE)  # a "." is a decimal point here
    relative = next(reversed(list(_ZH_RELATIVE.finditer(before))), None)
    if relative is None or "，" in before[relative.end() :] or "," in before[relative.end() :]:
        return False  # the relative must be the subject of the mention's own clause
    clause_end = re.search(r"[，,。；;！!？?\n]", text[end:])
    stop = end + clause_end.start() if clause_end else len(text)
    if not _ZH_BACKGROUND.search(text[relative.start() : stop]):
        return False
    return bool(_ZH_WRITER_COMPLAINT.search(text[stop:]))


# A relative's illness they died of, or one told as the family's history, is never the writer's
# own, even told after the writer's complaint ("咳嗽两天了 我爸去年肺癌走的 有点怕", "cough for 2
# days, worried because my dad died of lung cancer", "家里有肺癌家族史", "family history of bowel
# cancer"): a family history is a risk for the GP to weigh, not a diagnosis (ConText 'experiencer:
# other', Harkema et al. 2009; nhs.uk Common cold: self-care without warning signs of its own).
_ZH_DIED = re.compile(r"去世|过世|病逝|离世|走的|走了|没的|死于|死的|不在了|没了")
_ZH_FAMILY = re.compile(r"家族史|家族(?:里|中|遗传)|家里(?:有人|好几个人|好多人)|遗传")
_EN_DIED = re.compile(
    r"(?<![a-z])(?:died|passed away|passed on|lost (?:him|her|them)|who died|killed (?:him|her))(?![a-z])"
)
_EN_LOST_TO = re.compile(
    r"(?<![a-z])lost (?:my|our|his|her) (?:[a-z]+ )?(?:father|dad|mother|mum|mom|brother|sister|"
    r"grand(?:father|mother|pa|ma|dad|mum)|granny|uncle|aunt|auntie|husband|wife|partner|son|daughter) to"
)
_EN_FAMILY = re.compile(
    r"(?<![a-z])(?:family history of|history of [a-z ]{0,20}in (?:my|the|our) family|runs? in (?:my|the|our) family|"
    r"(?:my|our) family has (?:a )?(?:history|had)|(?:it'?s|is it) (?:genetic|hereditary))(?![a-z])"
)


# round 7t: a relative's past or standing illness told as the reason for the writer's worry
# ("my dad had mouth cancer so im a bit paranoid", "我爸以前得过口腔癌 有点担心"), after the
# writer's own complaint: the worry is the writer's, the illness the relative's (ConText
# 'experiencer: other'; nhs.uk Mouth ulcers: a pharmacist, GP after 3 weeks). A relative told of
# with he/she after it may be the patient (a carer writing), so it stays.
_EN_WORRY_AFTER = re.compile(
    r"^[^.;!?]{0,40}?(?:so |and )?(?:i'?m|im|i am|i feel|feeling|i get)? ?(?:a bit |a little |really |very |quite |abit )?"
    r"(?:paranoid|worried|scared|anxious|nervous|concerned|freaking out|panicking|worrying)"
)
_ZH_WORRY_AFTER = re.compile(
    r"^[^。！？!?]{0,12}?(?:有点|有些|很|挺|特别|比较)?(?:担心|害怕|怕|紧张|焦虑|不放心)"
)
_ZH_OTHER_PRONOUN = re.compile(r"他|她")
_EN_OTHER_PRONOUN = re.compile(r"(?<![a-z])(?:he|she|his|her|him)(?![a-z])")


def relatives_worry(text: str, start: int, end: int) -> bool:
    """A relative's past illness told as the reason for the writer's worry (see above)."""
    clause_end = re.search(r"[，,。；;！!？?\n ]", text[end:])
    stop = end + clause_end.start() if clause_end else len(text)
    zh_before = _sentence_before(text, start, _ZH_SENTENCE)
    relative = next(reversed(list(_ZH_RELATIVE.finditer(zh_before))), None)
    if relative is not None and not re.search(r"[，,；; ]", zh_before[relative.end() :]):
        if (
            _ZH_BACKGROUND.search(text[relative.start() : stop])
            and _ZH_WORRY_AFTER.search(text[stop:].lstrip("，,。 "))
            and not _ZH_OTHER_PRONOUN.search(text[stop:])
        ):
            return True
    en_before = _sentence_before(text, start)
    clause = en_before[max(en_before.rfind(","), en_before.rfind(";")) + 1 :]
    subject = next(reversed(list(_EN_OTHER.finditer(clause))), None)
    if subject is None or subject.group(0) in ("he", "she", "they"):
        return False
    if re.search(r"(?<![a-z])i(?:'m|'ve| am| have| get| feel)?(?![a-z])", clause[subject.end() :]):
        return False
    if not _EN_REL_BACKGROUND.search(clause[subject.end() :]):
        return False
    rest = text[end:]
    return bool(_EN_WORRY_AFTER.search(rest)) and not _EN_OTHER_PRONOUN.search(rest)


def relatives_history(text: str, start: int, end: int) -> bool:
    """A relative's illness they died of, or a family history, wherever the writer's complaint is."""
    if relatives_worry(text, start, end):
        return True
    before, after = clause_around(text, start, end)
    if _ZH_FAMILY.search(before[-12:] + text[start:end] + after[:8]) or _EN_FAMILY.search(
        before[-50:] + " " + text[start:end] + " " + after[:30]
    ):
        return True
    zh_before = _sentence_before(text, start, _ZH_SENTENCE)
    relative = next(reversed(list(_ZH_RELATIVE.finditer(zh_before))), None)
    if relative is not None and not re.search(r"[，,；;]", zh_before[relative.end() :]):
        clause_end = re.search(r"[，,。；;！!？?\n]", text[end:])
        stop = end + clause_end.start() if clause_end else len(text)
        if _ZH_DIED.search(text[end:stop]) or _ZH_DIED.search(zh_before[relative.end() :]):
            return True
    en_before = _sentence_before(text, start)
    clause = en_before[max(en_before.rfind(","), en_before.rfind(";")) + 1 :]
    subject = next(reversed(list(_EN_OTHER.finditer(clause))), None)
    if subject is not None and subject.group(0) not in ("he", "she", "they"):
        if _EN_DIED.search(clause, subject.end()):
            return True
    return bool(_EN_LOST_TO.search(clause))


# English counterpart for symptoms and conditions: "my husband was in hospital with chest pain
# last month, I've got a sore throat", "my dad has diabetes, I've got a cold".
_EN_REL_BACKGROUND = re.compile(
    r"(?<![a-z])(?:had|has had|has|was|were|died|passed away|years ago|last (?:week|month|year)|in hospital|"
    r"(?:months|weeks|years) ago|used to)(?![a-z])"
)
_EN_WRITER_COMPLAINT = re.compile(
    r"(?:^|[,.;!?]\s*|(?<![a-z])(?:and|but|now|so) )(?:i'?ve got|i have got|i have|i'?ve had|i'?m|i am|i get|i feel|i'?ve been|"
    r"my (?!(?:mum|mom|dad|father|mother|husband|wife|partner|son|daughter|brother|sister|gran|grand|nan|aunt|uncle|friend|boss|colleague)))"
    r"[a-z ,']{0,30}(?:cold|cough|sore|pain|hurts?|ache|aching|fever|temperature|rash|dizzy|tired|sick|headache|itch|swollen|bleed|"
    r"blocked|runny|stuffy|constipat|diarrh|spots|throat)"
)


def someone_elses_en(text: str, start: int, end: int) -> bool:
    """A relative's past or long-standing illness told before the writer's own complaint."""
    before = _sentence_before(text, start)
    # the clause of the mention: back to the last comma
    clause_start = max(before.rfind(","), before.rfind(";"))
    clause = before[clause_start + 1 :]
    subject = next(reversed(list(_EN_OTHER.finditer(clause))), None)
    if subject is None or subject.group(0) in ("he", "she", "they"):
        return False
    if re.search(r"(?<![a-z])i(?:'m|'ve| am| have| get| feel)?(?![a-z])", clause[subject.end() :]):
        return False  # the writer is the subject by the mention
    stop = re.search(r"[,.;!?\n]|(?<![a-z])(?:and|but|so) (?=i(?:'|\s))", text[end:])
    clause_after = text[end : end + stop.start()] if stop else text[end:]
    own = text[end + len(clause_after) :]
    if not _EN_REL_BACKGROUND.search(clause + " " + clause_after):
        return False
    return bool(_EN_WRITER_COMPLAINT.search(own))


def hypothetical_question(text: str, start: int, end: int) -> bool:
    """ "What should I do if my child has a fit?", "万一发烧了怎么办": a question about a
    possible symptom, not a report of it (ConText 'hypothetical')."""
    before, after = clause_around(text, start, end)
    if _EN_WHAT_IF.search(before[-80:]):
        return True
    sentence = re.split(r"[。！？?!\n]", text[end:], maxsplit=1)[0]
    cues = list(_ZH_IF.finditer(before[-12:]))
    cue = cues[-1] if cues else None
    if cue is None or _ZH_HABITUAL.search(before[-12:][cue.end() :]):
        return False  # "如果走路就胸痛" tells what happens each time: a report, not a question
    return bool(_ZH_WHAT_TO_DO.search(sentence))


# Only a question about what to do if someone else gets a symptom: "what if this chest pain is my
# heart?" or "what happens if my chest pain gets worse" report the symptom they name.
_EN_WHAT_IF = re.compile(
    r"(?<![a-z])(?:what (?:should|do|would|can|shall) (?:i|we) do|how (?:do|would|will) (?:i|we) know) if "
    r"(?:my |our |a |the )?(?:child|son|daughter|baby|kid|toddler|he|she|they|husband|wife|partner|mum|mom|dad|"
    r"mother|father|gran|grandad|grandma|grandpa)(?![a-z])"
)
_ZH_IF = re.compile(r"如果|万一|要是|假如")
_ZH_HABITUAL = re.compile(r"就|都会|总是|每次|一(?:走|动|吃|躺|爬|活动)")
_ZH_WHAT_TO_DO = re.compile(r"怎么办|怎么处理|该怎么|怎么弄|要不要|需不需要|会不会")


# A diagnosis feared, not had ("convinced it's a brain tumour", "worried it could be cancer",
# "会不会是口腔癌", "怕是肿瘤") - round 8: the worry is no history of the condition.
_EN_FEARED = re.compile(
    r"(?:(?:convinced|worried|scared|afraid|terrified|paranoid|petrified|fear(?:ing)?|sure)(?: that)? "
    r"(?:it'?s|its|it is|it might be|it could be|it'?ll be|i(?:'ve| have)? got|i have|of having)"
    r"|(?:think|thinking|thought) (?:it'?s|its|it is|it might be|it could be)"
    r"|(?:could|might|can|would) (?:it|this|that) be|is (?:it|this|that)|what if it'?s|maybe)"
    r"(?: a| an)?(?: [a-z]+){0,2} ?$"
)
_ZH_FEARED = re.compile(
    r"(?:会不会|是不是|该不会|难道|怕|担心|害怕|以为|怀疑)(?:是|得了|长了|有)?[^，,。？?！!]{0,4}$"
)


def condition_scope(text: str, start: int, end: int, gap: str = "") -> tuple[bool, bool]:
    """(negated, someone else's) for past conditions: a condition is history by nature, but a
    relative's ("我妈有糖尿病，我最近感冒") is not the writer's, and a feared one is not had."""
    before, _ = clause_around(text, start, end)
    feared = bool(_EN_FEARED.search(before[-80:]) or _ZH_FEARED.search(before[-12:]))
    return is_negated(before, gap) or feared, (
        someone_elses_zh(text, start, end)
        or someone_elses_en(text, start, end)
        or relatives_history(text, start, end)
    )


def more_history(text: str, start: int, end: int) -> bool:
    before, after = clause_around(text, start, end)
    en = before[-60:] + " | " + after[:40]
    return bool(
        _EN_MORE_HISTORY.search(en)
        or _ZH_MORE_HISTORY.search(before[-10:])
        or _ZH_EXPERIENCED.match(text[end:])
    )


# round 9z: "会不会" asks about the mention only in its own clause ("吃多了会不会中毒"); after a
# stop it asks about a feared diagnosis ("右眼也闭不严，是不是面瘫了？会不会是中风啊"), and the eye
# that will not close is still told (ConText: a trigger's scope ends at the clause boundary).
_ZH_CLAUSE_STOP = re.compile(r"[，,。？?！!；;\n]")


def _zh_clause_after(text: str, end: int) -> str:
    after = text[end : end + 12]
    stop = _ZH_CLAUSE_STOP.search(after)
    return after[: stop.start()] if stop else after


def hypothetical(text: str, start: int, end: int) -> bool:
    before, after = clause_around(text, start, end)
    return bool(
        _EN_HYPOTHETICAL.search(before[-80:])
        or _EN_WHAT_IF.search(before[-80:])
        or _EN_CAN_YOU.search(before)
        or _ZH_HYPOTHETICAL_BEFORE.search(before[-12:])
        or _ZH_MIGHT_COME.search(before[-14:])
        or _ZH_HYPOTHETICAL_AFTER.search(_zh_clause_after(text, end))
        or (_ZH_WORRY.search(before) is not None and not text[end:].startswith("了"))
    )


def scope(text: str, start: int, end: int, gap: str = "") -> tuple[bool, bool]:
    """(negated, not current) for the mention text[start:end] of normalised text."""
    before, after = clause_around(text, start, end)
    negated = (
        _negated_before(before, gap, text[start:end], text[end:])
        or negated_after(text, end)
        or negated_zh_list(_zh_space_clause(before))
    )
    not_current = (
        is_historical(before, after)
        or more_history(text, start, end)
        or someone_elses_past(text, start, end)
        or someone_elses_zh(text, start, end)
        or someone_elses_en(text, start, end)
        or hypothetical(text, start, end)
    )
    return negated, not_current
