"""Fact extraction from patient messages (en/zh): each value is attributed to the fact it states."""

# ruff: noqa: E501 -- phrase tables read better with each regex alternative on one line.

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .context import condition_scope, negation_scope
from .lang import Concept, ConceptMatcher, en_pattern, normalize

# In the order they are asked.
FACTS: list[str] = [
    "chief_complaint",
    "onset_duration",
    "severity",
    "location",
    "associated_symptoms",
    "medications",
    "allergies",
    "history",
]
# Asked before everything else, and only when chest pain is mentioned.
CHEST_COMPANIONS = "chest_companions"
# The testicle question asked of a boy or young man with tummy or groin pain (planner.needs_testicles).
TESTICLES = "testicle_symptoms"
QUESTION_FACTS: tuple[str, ...] = (CHEST_COMPANIONS, *FACTS)
# Extracted when the patient says them, never asked.
EXTRA_FACTS: tuple[str, ...] = ("age", "onset")
NONE = "none"
_MAX_FACT_CHARS = 200

# --- Numbers and durations ----------------------------------------------------------------

_EN_NUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple of": 2, "few": 3,
    "several": 4, "half an": 0.5, "half a": 0.5,
}  # fmt: skip
_EN_SCORE = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_ZH_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNIT_DAYS = {
    "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365,
    "分钟": 1 / 1440, "小时": 1 / 24, "钟头": 1 / 24, "天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7,
    "月": 30, "年": 365,
}  # fmt: skip
_EN_NUMBER = r"\d+(?:\.\d+)?|half an|half a|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few|several"
_EN_UNIT = r"minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?"
_ZH_NUMBER = r"\d+|[一二两三四五六七八九十半几]+"
_ZH_UNIT = r"分钟|个?小时|个?钟头|天|日|个?(?:周|星期|礼拜)|个月|年"
_EN_DAYPART = r"(?: morning| afternoon| evening| night)?"
_EN_RELATIVE = rf"(?:yesterday{_EN_DAYPART}|last night|this (?:morning|afternoon|evening)|today|tonight|last week|the day before yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{{1,2}}(?::\d\d)? ?(?:am|pm))"
_RELATIVE_DAYS = {
    "today": 0.5, "this morning": 0.5, "this afternoon": 0.3, "this evening": 0.2, "tonight": 0.25,
    "last night": 1, "yesterday": 1, "day before yesterday": 2, "last week": 7, "all day": 0.5,
    "今天": 0.5, "今早": 0.5, "今天早上": 0.5, "刚才": 0.1, "昨天": 1, "昨晚": 1, "前天": 2, "上周": 7,
    "上个星期": 7, "上星期": 7, "一整天": 0.5,
}  # fmt: skip
_BARE_UNITS_DAYS = {"hours": 0.2, "days": 3, "weeks": 14, "months": 60, "years": 730, "ages": 30}

# A number of days that is not how long the illness has gone on: the length of each bout or
# period ("每次七八天", "一哭就两三个小时", "每回半小时") or the days since a birth ("产后10天",
# "生完二胎半个月") - round 10: read as the onset they made a heavy period's anaemia a week's
# breathlessness and a new mother's breast lump ten days old, and the interview never asked
_ZH_NOT_ONSET = (
    r"(?<!每次)(?<!每回)(?<!一次)(?<!一回)(?<!一.就)(?<!每次都)(?<!一般)"
    r"(?<!产后)(?<!产后第)(?<!生完)(?<!生产完)(?<!分娩后)(?<!剖腹产后)(?<!剖宫产后)(?<!顺产后)(?<!坐月子第)"
    r"(?<!生完.胎)(?<!生完孩子)(?<!生完宝宝)"
    # nor from inside a range once its first number is ruled out ("七八天" -> "八天")
    r"(?<![一二两三四五六七八九十几])"
)
_DURATION_STRONG = [
    re.compile(p)
    for p in (
        en_pattern(
            rf"(?:for|since|over|past|last) (?:about |around |almost |nearly |over |the past |the last |a |more than |less than )*"
            rf"(?:{_EN_NUMBER}) (?:{_EN_UNIT})"
        ),
        en_pattern(
            r"(?:for|over) (?:the )?(?:past |last )?(?:half an hour|half hour|hours|days|weeks|months|years|ages)"
        ),
        en_pattern(rf"(?:{_EN_NUMBER}) (?:{_EN_UNIT}) ago"),
        en_pattern(rf"since {_EN_RELATIVE}"),
        en_pattern(
            rf"(?:started|began|start|begun|came on|happened|woke up with it)(?: [a-z]+){{0,2}}? (?:{_EN_RELATIVE}|suddenly|an hour ago)"
        ),
        en_pattern(r"all day|all night"),
        # the day of an illness counted from its start: "it's day 6 now", "day 5 of her fever"
        # (nhs.uk Fever in children: a fever for 5 days or more is an urgent GP's or 111)
        en_pattern(
            rf"(?:it'?s |now |on |this is )day (?:{_EN_NUMBER})(?![a-z\d])|day (?:{_EN_NUMBER}) (?:now|of (?:the |her |his |my |their )?(?:fever|temperature|temp|illness|it|this))"
        ),
        # not a frequency: "get them every few months" (round 7t: a recurrent cold sore read as
        # months of it), "once every couple of weeks"
        en_pattern(rf"(?<!every )(?:a )?(?:few|couple of|couple) (?:{_EN_UNIT})(?: ago)?"),
        en_pattern(
            rf"(?<!every )(?<![\d.])(?:\d+(?:\.\d+)?|{'|'.join(w for w in _EN_NUM if len(w) > 2 and ' ' not in w)})[- ](?:{_EN_UNIT})(?![- ]old| pregnant| along)"
        ),
        # not an age: "宝宝八个月", "孩子三岁"; not the length of each bout or period ("每次七八
        # 天", "一哭就两三个小时") nor the days since a birth ("产后10天"): the onset is asked
        rf"(?<!孕)(?<!每)(?<!每隔){_ZH_NOT_ONSET}(?<!宝)(?<!孩子)(?<!婴儿)(?<!儿子)(?<!女儿)(?<!出生)(?<![\d.])(?:{_ZH_NUMBER})[多来]?(?:{_ZH_UNIT})(?!大)(?:多|左右)?(?:了|前|以前|之前)?",
        # after a child word only weeks/months/years read as an age; days and hours stay durations
        rf"{_ZH_NOT_ONSET}(?<=宝|子|儿|生)(?:{_ZH_NUMBER})[多来]?(?:分钟|个?小时|个?钟头|天)(?:多|左右)?(?:了|前|以前|之前)?",
        # "三个多小时", "一个多月", "两个多星期"
        rf"(?<!孕)(?<!每)(?<!每隔){_ZH_NOT_ONSET}(?<![\d.])(?:{_ZH_NUMBER})个多(?:小时|钟头|月|星期|礼拜)(?:了|前|以前|之前)?",
        r"(?:从)?(?:今天早上|今天|今早|昨天|昨晚|前天|上周|上个星期|上星期|刚才|最近)(?:晚上|早上|下午|上午)?(?:开始|起)",
        r"一整天",
    )
]
# Only read as the onset when the patient is answering that question ("yesterday").
_DURATION_WEAK = [
    re.compile(
        en_pattern(rf"{_EN_RELATIVE}|a (?:few|couple of) (?:days|weeks|hours)|a while|ages")
    ),
    re.compile(r"今天早上|今天|今早|昨天|昨晚|前天|上周|上个星期|上星期|刚才|最近|好几天|几天"),
]
_ONSET = (
    # a denied sudden onset is a gradual one: "不是突然痛起来的", "并不是一下子", "it wasn't sudden",
    # "didn't come on suddenly" (nhs.uk Testicle pain: sudden pain is A&E, pain that came on over
    # days is an urgent GP or 111 matter)
    (
        re.compile(
            en_pattern(
                r"(?:not|wasn'?t|isn'?t|didn'?t (?:come on|start)|did not (?:come on|start)|never) (?:so |very |that |really |all that )?(?:sudden(?:ly)?|all of a sudden)"
            )
            + r"|(?:不是|并不是|并不|并非|没有|没|不算)(?:很|那么|特别)?(?:突然|忽然|一下子)"
        ),
        "gradual",
    ),
    (
        re.compile(
            en_pattern(
                r"sudden(?:ly)?|out of (?:nowhere|the blue)|all of a sudden|came on (?:fast|quickly)"
            )
            + r"|突然|忽然|一下子"
        ),
        "sudden",
    ),
    (
        re.compile(
            en_pattern(r"gradual(?:ly)?|slowly|bit by bit|over time|getting worse")
            + r"|慢慢|逐渐|渐渐|越来越"
        ),
        "gradual",
    ),
)

# --- Severity -----------------------------------------------------------------------------

_NUM_SCORE = r"10|[0-9]|zero|one|two|three|four|five|six|seven|eight|nine|ten"
_NOT_A_SCORE = r"(?![\d.:/%])(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|am|pm|kg|lbs?|mg|ml|degrees|°|c\b|cm|pills?|tablets?|o'?clock))"
_SEVERITY_NUMERIC = [
    re.compile(p)
    for p in (
        rf"(?<![\d.])(?<![a-z])({_NUM_SCORE})\s*(?:/|out of|of|outta)\s*(?:10|ten)(?![\d])",
        r"(?<![\d.])(10|[0-9]|十|[一二两三四五六七八九])\s*分(?=$|[^\u4e00-\u9fff]|左右|吧|的|了|啊|呢|样子|上下|(?<!十分)[疼痛])",
        rf"(?<![a-z])(?:pain|it|it's|its|that's|hurts)(?: is| was| feels| at| like)* (?:about |around |maybe |probably |like |at |roughly )*(?:a |an )?({_NUM_SCORE})(?![a-z]){_NOT_A_SCORE}",
        rf"(?<![a-z])(?:i'?d say|i would say|i'?d give it|i would give it|i'?d rate it|rate it|score|level)(?: it)?(?: is| at| as)? (?:about |around |maybe |a |an )*({_NUM_SCORE})(?![a-z]){_NOT_A_SCORE}",
    )
]
# A bare number is a score only as the answer to the severity question ("about six", "7").
_SEVERITY_BARE = re.compile(
    rf"^\W*(?:(?:about|around|maybe|probably|like|roughly|approx(?:imately)?|say|a|an|um+|uh+|hmm+|i think|i guess|i'?d say|its|it's)\W+)*({_NUM_SCORE})(?![a-z]){_NOT_A_SCORE}"
    r"|^\W*(?:大概|大约|差不多|可能|应该)?(10|[0-9]|十|[一二两三四五六七八九])\s*(?:分|级)?(?:左右|吧|的样子|上下)?\W*$"
)
SEVERITY_WORDS: dict[str, int] = {
    "unbearable": 9, "excruciating": 9, "agony": 9, "in agony": 9, "writhing": 9,
    "can't keep still": 8, "can't get comfortable": 8, "can't sit still": 8, "agonising": 9, "agonizing": 9, "worst": 9, "the worst": 9,
    "terrible": 8, "severe": 8, "horrible": 8, "awful": 8, "intense": 8,
    "very bad": 7, "really bad": 7, "so bad": 7, "very painful": 7, "really painful": 7, "extremely painful": 8,
    "pretty bad": 6, "quite bad": 6, "quite painful": 6, "pretty painful": 6, "moderate": 5,
    "bearable": 4, "manageable": 3, "not too bad": 3, "not that bad": 3, "not bad": 3, "not severe": 3,
    "not very bad": 3, "mild": 3, "slight": 2, "not the worst": 4, "not terrible": 3,
    "not unbearable": 5, "not that severe": 3, "isn't too bad": 3, "isn't that bad": 3,
    "痛死了": 9, "疼死了": 9, "受不了": 9, "忍不了": 9, "忍不住": 8, "剧痛": 9, "非常严重": 9, "剧烈": 8,
    "很严重": 8, "严重": 8, "不严重": 3, "不太严重": 3, "疼得厉害": 7, "痛得厉害": 7, "疼得要命": 9,
    "痛得要命": 9, "特别痛": 7, "特别疼": 7, "非常痛": 7, "非常疼": 7, "很痛": 6, "很疼": 6, "挺痛": 6,
    "挺疼": 6, "比较痛": 5, "比较疼": 5, "厉害": 6, "中等": 5, "还能忍": 4, "能忍": 4, "还好": 3,
    "有点痛": 3, "有点疼": 3, "有一点痛": 3, "有一点疼": 3, "轻微": 2, "不太痛": 2, "不太疼": 2,
    "不怎么痛": 2, "不怎么疼": 2, "十分痛": 7, "十分疼": 7, "痛得睡不着": 7, "疼得睡不着": 7,
    "绞痛": 8, "有点绞痛": 4, "有些绞痛": 4, "有一点绞痛": 4, "轻微绞痛": 3, "坐立不安": 8, "疼得打滚": 9, "痛得打滚": 9, "没那么痛": 3, "没那么疼": 3, "不是很痛": 3, "不是很疼": 3,
    # round 10: hedged denials ("不算太严重" is mild, not "严重")
    "不算严重": 3, "不算太严重": 3, "不算很严重": 3, "没那么严重": 3, "没有那么严重": 3, "不是很严重": 3,
    "不是太严重": 3, "不是特别严重": 3, "不算太疼": 4, "不算太痛": 4, "不算很疼": 4, "不算很痛": 4,
    "不是特别疼": 4, "不是特别痛": 4, "不是太疼": 3, "不是太痛": 3,
}  # fmt: skip
# Lay Chinese answers to "how bad is it?" (a 0-10 score is rarely given): what the pain stops, what
# it causes, and hedges ("挺严重"/"比较严重" are a notch below "严重"). Read only as the answer to the
# severity question, so that a vivid first message does not stand in for the patient's own score.
SEVERITY_ANSWER_WORDS: dict[str, int] = {
    "疼得直不起腰": 8, "痛得直不起腰": 8, "疼得满头大汗": 8, "疼得冒冷汗": 8, "疼得直冒汗": 8, "疼得直冒冷汗": 8,
    "疼得要死": 9, "痛得要死": 9, "疼得哭": 8, "疼哭了": 8, "疼得动不了": 8, "疼得没法动": 8, "疼得走不了路": 8,
    "钻心地疼": 8, "钻心的疼": 8, "钻心疼": 8, "像刀割": 8, "刀割一样": 8, "刀绞一样": 8,
    "难受得要命": 9, "特别难受": 7, "非常难受": 7, "很难受": 6, "挺难受": 6, "有点难受": 3,
    # round 11 (r11u-en-05): what the pain does, told by a parent ("he's curled up", "doubled
    # over", "screaming with it"; nhs.uk Stomach ache: sudden, severe pain - A&E)
    "curled up": 8, "curled up in a ball": 8, "doubled up": 8, "doubled over": 8, "bent double": 8,
    "screaming in pain": 9, "screaming with pain": 9, "screaming with it": 9, "crying in pain": 8,
    "crying with pain": 8, "crying with the pain": 8, "rolling around in pain": 9, "rolling about in pain": 9,
    # round 12 (h11b-en-12): bent by the pain, texted without the apostrophe
    "can't stand up straight": 8, "cant stand up straight": 8, "can't stand straight": 8, "cant stand straight": 8,
    "can't straighten up": 8, "cant straighten up": 8, "can't stand up properly": 8, "cant stand up properly": 8,
    "疼得蜷成一团": 8, "痛得蜷成一团": 8, "蜷成一团": 8, "缩成一团": 8, "在床上打滚": 9, "直不起身": 8, "直不起腰": 8,
    "挺严重": 7, "比较严重": 6, "一般般": 4, "还行": 3, "一点点疼": 2, "一点点痛": 2, "隐隐作痛": 3, "隐隐的疼": 3, "隐隐地疼": 3,
}  # fmt: skip
_SEVERITY_WORD_RE = re.compile(
    "|".join(
        en_pattern(re.escape(w)) if w.isascii() else re.escape(w)
        for w in sorted(SEVERITY_WORDS, key=len, reverse=True)
    )
)
_SEVERITY_ANSWER_RE = re.compile(
    "|".join(re.escape(w) for w in sorted(SEVERITY_ANSWER_WORDS, key=len, reverse=True))
)

# --- Locations ----------------------------------------------------------------------------

_LOCATIONS_EN = (
    "lower back", "upper back", "lower abdomen", "upper abdomen", "forehead", "temples?", "head",
    "eyes?", "ears?", "nose", "throat", "neck", "jaw", "teeth", "tooth", "mouth", "chest",
    "breastbone", "breast", "(?<!coming )(?<!comes )(?<!came )(?<!come )(?<!keeps )back(?! to| again| then| home| up| when| of| and forth)", "shoulders?",
    "arms?", "elbows?", "wrists?", "hands?", "fingers?", "abdomen", "stomach", "belly ?button",
    "navel", "belly", "tummy",
    "flank", "groin", "pelvis", "hips?", "legs?", "calf", "calves", "thighs?", "knees?", "ankles?",
    "heels?", "feet", "foot", "toes?", "skin", "side(?! effects?)", "ribs?", "testicles?",
)  # fmt: skip
_LOCATIONS_ZH = (
    # 头 and 手 inside other words are no body part: 骨头, 舌头, 指头, 念头, 枕头, 分手, 动手 ...
    "太阳穴", "额头", "(?<![骨舌指趾石馒念枕拳码镜罐锄苗丫块个心里外前])头", "眼睛", "耳朵", "鼻子", "喉咙", "嗓子", "脖子", "颈部", "下巴", "牙", "嘴",
    "胸口", "胸", "乳房", "后背", "背", "腰", "肩膀", "胳膊", "手臂", "手肘", "手腕", "手指", "(?<![分动出下帮对拿选歌高凶扒助洗联握招挥放随顺拉])手(?![术机续艺段法里头])",
    "肚脐", "肚子", "小腹", "上腹", "下腹", "腹部", "腹", "胃", "肋", "腹股沟", "屁股", "大腿", "小腿", "腿", "膝盖",
    "脚踝", "脚后跟", "脚趾", "脚", "皮肤", "睾丸",
)  # fmt: skip
_SIDE_EN = r"(?:(?:left|right|upper|lower|both)(?:[- ]hand)?[- ](?:side (?:of )?(?:my |the |his |her )?)?){0,2}"
_LOCATION_RE = re.compile(
    rf"(?<![a-z])(?P<side>{_SIDE_EN})(?P<part>{'|'.join(_LOCATIONS_EN)})(?![a-z])"
    rf"|(?P<zside>[左右](?:边|侧)?(?:上|下)?|两侧|两边)?(?P<zpart>{'|'.join(_LOCATIONS_ZH)})"
    r"|(?<![a-z])(?:(?:on )?the )?(?P<oside>(?:(?:lower|upper) )?(?:left|right)(?: (?:lower|upper))?)(?: side| hand side)(?![a-z])"
    r"|(?<![a-z])(?:on )?the (?P<tside>(?:(?:lower|upper) )?(?:left|right)(?: (?:lower|upper))?)(?![a-z])"
    r"|(?<![a-z])(?P<bside>(?:lower|upper) (?:left|right)|(?:left|right) (?:lower|upper))(?![a-z])"
    r"|(?P<zonly>左边|右边|左侧|右侧)"
)
_LOCATION_CANON = {
    "eye": "eyes", "ear": "ears", "tooth": "teeth", "feet": "foot", "shoulders": "shoulder",
    "arms": "arm", "elbows": "elbow", "wrists": "wrist", "hands": "hand", "fingers": "finger",
    "hips": "hip", "legs": "leg", "thighs": "thigh", "knees": "knee", "ankles": "ankle",
    "toes": "toe", "ribs": "rib", "temples": "temple", "heels": "heel", "calves": "calf",
    "testicles": "testicle",
}  # fmt: skip

# --- Symptoms and conditions --------------------------------------------------------------

SYMPTOMS: tuple[Concept, ...] = (
    Concept(
        "mild fever",
        en=(
            r"slight (?:temperature|fever|temp)|low[- ]grade (?:temperature|fever|temp)|mild (?:temperature|fever)|(?:a )?(?:bit|little|touch) of (?:a )?(?:temperature|fever|temp)",
            # a reading of 37.5-37.9 (nhs.uk High temperature: 38C or above is a high temperature;
            # NICE CKS Appendicitis: a low-grade fever)
            r"temp(?:erature)?(?: is| of| was| at| around| about)? ?37\.[5-9]|(?<![\d.])37\.[5-9] ?(?:°c?|degrees|c\b)",
        ),
        # "尿的时候有点烧", "尿尿也有点烧" (round 9) is the burning of cystitis (nhs.uk Cystitis: "burning when peeing"), and
        # "心口窝有点烧" / "胃里有点烧" the burning of heartburn (nhs.uk Heartburn), not a fever
        zh=(
            r"有点(?:儿)?(?:发烧|发热)|(?<!尿的时候)(?<!尿尿的时候)(?<!小便的时候)(?<!尿时)(?<!尿完)(?<!尿完了)(?<!尿尿也)(?<!尿尿还)(?<!尿尿都)(?<!小便也)(?<!小便还)(?<!尿也)(?<!尿尿)(?<!小便)(?<!撒尿)(?<!排尿)(?<!心口)(?<!口窝)(?<!胃)(?<!胃里)(?<!胸口)(?<!嗓子)(?<!喉咙)(?<!食道)有点(?:儿)?烧|有一点(?:发烧|发热)|低烧|低热|微微发烧|轻微发烧|稍微发烧"
            r"|(?:量了|体温|测了|温度|烧到)(?:是|有)?\s*37\.[5-9]|(?<![\d.])37\.[5-9]\s*(?:度|℃)|三十七度[五六七八九]",
        ),
    ),
    Concept(
        "fever",
        en=(
            r"(?<!hay )fever(?:ish|s)?|febrile|(?:high |a )temperature|high temp|^temp(?:erature)?\b(?! (?:is |was |of |has been )?(?:normal|fine|ok|okay|3[0-7]))",
            r"temp(?:erature)?(?: is| of| was| at)? ?(?:3[89]|4[0-2])(?:\.\d)?|(?:3[89]|4[0-2])(?:\.\d)? ?(?:°c?|degrees)",
            # a temperature that keeps coming back, "had a temp for 5 days" (nhs.uk Fever in children)
            r"(?:had|has|got|have|having|running|run|with) (?:got )?(?:a |had a )?(?:bit of a |slight |high |little |mild )?temp(?![a-z])|"
            r"temp(?:erature)? (?:keeps|kept|that keeps) (?:coming back|going (?:back )?up|spiking|creeping (?:back )?up)|temp(?:erature)? (?:spikes|spiking)",
            r"(?<![\d.])(?:3[89]|4[01])\.\d(?![\d.])|burning up|boiling (?:hot|up)|(?:feels?|felt|is|was|so|really|very) (?:really |very |so )?hot to (?:the )?touch|(?:feels?|felt) (?:really |very |so )?(?:hot|burning)(?! (?:and|in|water))",
        ),
        # "一阵阵的发热出汗" is a hot flush (nhs.uk Menopause), not a fever; so is a face that
        # goes hot ("脸上发热出汗", round 11 r11u-zh-04: nhs.uk 'Menopause' hot flushes - GP)
        # and the bare 烧 of everyday speech: "烧了好几天", "一直烧", "烧到39度", "烧得厉害", "烧不退",
        # "退了又烧" (not 烧心 / 烧得慌 of heartburn, not 烧伤); round 12: nor the burning of a
        # stomach or chest told as a habit ("胃老是烧着疼", "心口一直烧"; nhs.uk Stomach ulcer and
        # Heartburn: a burning pain in the tummy or chest - a GP or pharmacist)
        zh=(
            r"(?<![胸心胃口])(?<!嗓子)(?<!喉咙)(?<!胃里)(?<!食道)(?:一直|反复|还在|又|老是|总是|反反复复)(?:发)?烧(?![心伤饭菜水香纸]|着(?:疼|痛)|得慌|灼)|(?<![胸心胃口])(?<!嗓子)(?<!喉咙)(?<!胃里)(?<!食道)烧(?:了|到|得)?(?:好几天|几天|两天|三天|四天|五天|六天|一天|一夜|一晚上|一整天|\d+天)|烧到\s*(?:3[89]|4[01])|(?<![胸心胃口])(?<!嗓子)(?<!喉咙)(?<!胃里)(?<!食道)烧(?:得|的)(?:很厉害|厉害|滚烫|迷迷糊糊|说胡话)|烧(?:一直)?(?:不退|退不下来)|退(?:了)?(?:又|还)烧|发烧|(?<!阵的)(?<!阵地)(?<!一阵)(?<!阵阵)(?<!出汗)(?<!潮)(?<!脸)(?<!脸上)(?<!面部)(?<!脸颊)(?<!脸上一阵)发热|高烧|低烧|体温(?:升高|高)|(?:3[89]|4[0-2])(?:\.\d)?度|(?:三十[八九]|四十)度|(?:量了|体温|烧到|测了)\s*(?:3[89]|4[0-2])(?:\.\d)?|(?:摸着|身上|额头|浑身)(?:很|好|特别|有点)?(?:烫|滚烫)|滚烫",
        ),
    ),
    Concept(
        "chills",
        en=(
            r"chills|shivery|shivering|rigou?rs|shivers|shaking (?:like crazy|uncontrollably|all over|violently)|teeth (?:are )?chattering",
        ),
        zh=(r"发冷|寒战|寒颤|打寒颤|怕冷|打(?:冷)?哆嗦|冷得发抖",),
    ),
    # lay: "一直咳", "咳个不停", "老是咳", "咳得厉害" (no 嗽)
    Concept(
        "cough",
        en=(r"cough[a-z]*",),
        zh=(
            r"咳嗽|咳痰|干咳|咳(?:出|了)?[^，。,.；;]{0,4}痰|(?:一直|老是|总是|不停地?|还在|又|经常)咳(?![嗽血])|咳(?:个不停|得(?:很|特别)?厉害|了一(?:晚上|整晚|夜|天))"
            # round 12 (h10b-zh-27): a bare 咳 told with how long or what it does ("咳了一个多月",
            # "咳了两周", "咳到吐", "一咳好几分钟停不下来")
            r"|咳了(?:快|差不多|有|将近)?(?:[一两二三四五六七八九十几半]|好几|十几|\d+)(?:个)?(?:多)?(?:天|周|星期|礼拜|月)|咳(?:到|得)(?:吐|呕|睡不着|停不下来)|一咳(?:就|起来)?[^，。,]{0,6}(?:停不下来|停不住|止不住|好几分钟|半天)",
        ),
    ),
    Concept(
        "sore throat",
        en=(r"sore throat|(?:scratchy|itchy) throat|throat (?:hurts|is sore|is scratchy)",),
        # also a dry, scratchy throat: "嗓子干", "嗓子发干", "喉咙干痒" (nhs.uk Sore throat)
        zh=(
            # round 9: an inflamed throat told as 嗓子发炎 / 咽炎 (nhs.uk Sore throat: self-care)
            r"(?:嗓子|喉咙|咽喉|嗓子眼)(?:有点|又)?发炎|咽炎|喉咙[痛疼]|嗓子[痛疼]|咽痛|喉咙(?:很|有点|特别)?[痛疼]|嗓子(?:很|有点)?[痛疼]|(?:嗓子|喉咙)(?:有点|很|特别)?(?:发)?干(?:痒|疼)?",
        ),
    ),
    Concept(
        "runny nose",
        en=(
            r"runny nose|stuffy nose|blocked nose|congest[a-z]*|nose (?:is )?(?:running|runs|blocked)",
        ),
        zh=(r"流鼻涕|鼻塞|流涕|鼻涕",),
    ),
    Concept("sneezing", en=(r"sneez[a-z]*",), zh=(r"打喷嚏|喷嚏",)),
    Concept("nausea", en=(r"nause[a-z]*|queasy|feel(?:ing)? sick",), zh=(r"恶心|想吐",)),
    Concept(
        "vomiting",
        en=(
            r"vomit[a-z]*|throwing up|threw up|thrown up|puking|been sick|being sick|(?:was|were) sick (?:twice|again|\d+ times|several times|all (?:day|night))",
        ),
        zh=(
            r"(?:开始|又|还在|一直|老是|总是|反复)(?:呕)?吐(?![痰字槽])|呕吐|(?:(?<=没)|(?<=没有)|(?<=不))吐(?:过)?(?=[，,。；;！!\s]|$)|吐了(?!一?口(?:痰|口水|气|唾沫)|痰|口水|唾沫|口气)|上吐下泻|一直吐|老是吐|反复吐|吐个不停|吐得厉害|想吐又吐|吐[了过]?(?:好几|几|两|三|四|五)次"
            # "吃了就吐", "喝口水都吐", "一喝奶就吐": everything taken comes back (nhs.uk Diarrhoea and
            # vomiting: "unable to keep fluids down"); spitting (吐痰, 吐口水) and "吐苦水" are no vomiting
            r"|(?:吃|喝|喂)[^，,。；;！？\s]{0,5}(?:就|都|也|又)(?:给)?吐(?!了?(?:[痰字槽舌]|一?口(?:水|痰|气)|唾沫|气|苦水|核|籽|皮|骨|刺))",
        ),
    ),
    Concept(
        "diarrhea",
        # round 7t: lay "runny tummy", "upset tummy with the runs", "watery poo", "the trots",
        # "dodgy tummy" (nhs.uk Diarrhoea and vomiting: usually better in a few days at home)
        en=(
            r"diarrh[a-z]*|loose (?:stools?|poos?|poops?|bowels?)|the runs|the trots|the squits|runny (?:tummy|poos?|poops?|stools?|bum)|watery (?:poos?|poops?|stools?)|(?:poo|poop|stool)s? (?:is |are )?(?:like water|watery|runny)",
        ),
        zh=(
            r"腹泻|拉肚子|拉稀|上吐下泻|拉(?:了)?(?:几|好几|两|三|四|五|很多)?次?稀|稀便|水样便|吃坏(?:了)?肚子"
            # lay: "闹肚子", "跑肚", "窜稀", "一天拉三四次稀的", "大便不成形", "拉水"
            r"|闹肚子|跑肚(?:子)?|窜稀|水泻|拉(?:了)?[^，。没不]{0,5}次?稀(?:的|水|便)?|大便(?:不成形|很稀|稀稀的|像水)|拉水"
            # "今天拉了三次" (several times a day is diarrhoea; nhs.uk Diarrhoea: 3 or more loose stools a day)
            r"|(?<![尿])拉了(?:好几|几|[三四五六七八九十]{1,2}|十几|[3-9]|\d\d)(?:次|回|趟)",
        ),
    ),
    Concept(
        "constipation",
        en=(
            r"constipat[a-z]*|(?:hard|dry|pellet-?like) (?:stools?|poos?|poops?)|straining (?:to|on the toilet)|(?:haven'?t|hasn'?t|not) (?:had a poo|pooed|pooped|been for a poo|opened (?:my|his|her) bowels)",
            # round 13 (h12b-en-03): "I only go every 3 or 4 days" (nhs.uk Constipation: pooing
            # less than 3 times a week)
            r"only (?:go|goes|going|poo|poos|pooing|been|manage a poo|open (?:my|his|her) bowels)(?: for a poo| to the (?:toilet|loo))? (?:once )?every (?:[2-9]|two|three|four|five|six|few|couple of)(?: (?:or|to) (?:[3-9]|three|four|five|six|seven)|-[3-9])? days",
        ),
        # lay: "大便有点干", "三天没拉了" (nhs.uk Constipation: pooing less than 3 times a week, dry hard poo)
        zh=(
            r"便秘|(?:好几|几|两|三|四|五)天(?:都)?没(?:有)?(?:大便|拉屎|排便|解大便|拉(?!肚子|稀))|大便(?:又)?干(?:又)?硬|大便(?:有点|有些|很|特别|比较)?(?:干|硬)(?![净])|(?:拉屎|排便|解大便)(?:特别|很|非常)?(?:费劲|困难|费力)|羊粪(?:蛋|球)"
            # round 13: "三四天才拉一次", "好几天才解一次大便" (nhs.uk Constipation)
            r"|(?:[两三四五六七]{1,2}|好几|几|[2-7])天(?:才|只)(?:能)?(?:拉|解|上|排|大便)(?:了)?(?:一次|一回)",
        ),
    ),
    Concept(
        "headache",
        en=(
            r"headaches?|head hurts|head is pounding|head ?ache|(?:pounding|banging|thumping|splitting|throbbing) head|head (?:is )?(?:banging|thumping|throbbing|killing me)",
        ),
        # also "头突然疼起来", "头一阵一阵地疼", "脑袋疼", "脑壳痛", "后脑勺疼", "太阳穴疼" (lay words)
        zh=(
            r"(?<![骨舌指趾石馒念枕拳码镜罐锄])头[痛疼]|(?<![骨舌指趾石馒念枕拳码镜罐锄])头(?:有点|有些|很|特别)?(?:胀|涨|胀胀的)?[痛疼]|头胀|头[^，。]{0,6}(?:炸开|炸裂)"
            r"|(?<![骨舌指趾石馒念枕拳码镜罐锄])头(?:突然|忽然|一下子|又|开始|一阵一?阵(?:地|的)?|老是|总是|一直|经常|时不时)(?:地)?(?:有点|很|特别)?[痛疼]"
            r"|(?:脑袋|脑壳|脑瓜子?|脑门)(?:子)?(?:有点|很|特别|又|一阵一?阵(?:地|的)?)?[痛疼]|后脑勺?(?:有点|很|特别)?[痛疼]|太阳穴(?:有点|很|特别)?[痛疼]",
        ),
    ),
    Concept(
        "red eye",
        en=(
            r"(?:red|pink|sticky|gritty|watery|itchy|bloodshot) eyes?|eyes? (?:is |are |feels? )?(?:red|sticky|gritty|watery|itchy|pink|bloodshot)",
        ),
        zh=(r"眼睛(?:发|有点|很)?红|红眼|眼屎(?:很)?多|眼睛(?:有)?分泌物|眼睛(?:有点|很)?痒",),
    ),
    Concept(
        "dizziness",
        en=(
            r"dizz[a-z]*|light-?headed|vertigo|room spins|room is spinning|(?:room|world|everything|ceiling) (?:spun|was spinning|started spinning|went spinning|spinning)|(?:feel|felt|feeling|feels|went|go|going|gone) (?:a bit |a little |really |very |quite |slightly )?faint|faint feeling",
        ),
        zh=(r"头晕|头昏|眩晕|天旋地转",),
    ),
    Concept("rash", en=(r"rash(?:es)?|hives|spots",), zh=(r"皮疹|疹子|红疹|起疹|荨麻疹",)),
    # round 12: 小泡, "起了一片泡", "一串小泡" (a bare 泡 after 起, not 泡脚 or 泡澡)
    Concept(
        "blisters",
        en=(r"blisters?",),
        zh=(
            r"水疱|水泡|小泡|起(?:了)?(?:一(?:片|串|些|堆|排)|几个|些)?泡(?![脚澡茶面沫])|一(?:片|串)(?:小)?泡(?![脚澡茶面沫])",
        ),
    ),
    Concept("itching", en=(r"itch[a-z]*",), zh=(r"瘙痒|(?<!不)痒",)),
    Concept(
        "fatigue",
        en=(r"fatigue[d]?|tired(?:ness)?|exhausted|no energy",),
        # lay "没劲儿", "浑身没劲", "浑身无力", "一点力气都没有"
        zh=(
            r"乏力|疲劳|疲倦|没力气|没精神|很累|没劲(?:儿)?|(?:浑身|全身)(?:无力|发软|软绵绵)|一点力气都没有",
        ),
    ),
    Concept(
        "shortness of breath",
        en=(
            r"short(?:ness)? of breath|breathless[a-z]*|(?:trouble|difficulty) breathing|wheez[a-z]*|out of breath|can'?t (?:catch my )?breathe?|(?:can'?t|cannot|couldn'?t) get (?:enough )?(?:air|my breath)|struggling (?:for air|to breathe)",
        ),
        zh=(
            r"气短|呼吸困难|喘不[过上]气|上不来气|气不够用|透不过气|气促|(?<!哮)气喘|喘得(?:厉害|很|不行)|喘不动|(?:走|动|爬|上楼|活动|干活)[^，,。]{0,5}(?:就|都|也)(?:喘|气喘|气短)|(?:^|(?<=[，,。；\s]))喘(?=[，,。！；\s]|$)"
            # lay "有点喘", "走路有点喘" (a bit breathless)
            r"|(?:有点|有些|有一点|稍微)(?:儿)?喘(?![息])"
            # lay comparatives and variants: "喘得比平时厉害", "比以前更喘", "喘得更凶了", "喘不过来",
            # "上气不接下气" (nhs.uk Shortness of breath; nhs.uk COPD: breathlessness worse than usual)
            r"|喘得(?:比(?:平时|平常|以前|往常|之前|前几天|昨天))?(?:还|更|更加)?(?:厉害|严重|凶|重|难受|急|快)"
            r"|比(?:平时|平常|以前|往常|之前|前几天|昨天)(?:还|更|更加)?(?:喘|气短|气喘)|喘不(?:过|上)来|上气不接下气",
        ),
    ),
    Concept(
        "chest pain",
        en=(
            r"chest[- ](?:pain|pains|tightness|pressure|discomfort|heaviness|hurts|is tight|feels tight|ache)",
            # "pain in the middle of my chest", "ache on the left side of my chest" (as the red flags read it)
            r"(?:pain|ache|aching|pressure|tightness|heaviness|discomfort)[a-z ,']{0,20}(?:in|on|across|at) (?:the )?(?:front|middle|centre|center|left side|right side|left|right) of (?:my |the |his |her )?chest|"
            r"(?:pain|pressure|tightness|heaviness|discomfort) (?:in|on|across) (?:my |the )?chest|tight chest|crushing pain|chest feels (?:like|tight|heavy|funny|weird|strange)",
        ),
        zh=(
            r"胸痛|胸闷|胸口(?:[痛疼闷]|压榨|发紧|憋)|心口(?!窝)[痛疼]|胸部[痛疼]|胸(?:口|部)?(?:很|有点|特别|有些)?[痛疼闷]|胸(?:口|部)?压榨|胸(?:口|部)?(?:有点|很)?(?:不舒服|难受|不适|发闷|发紧)",
        ),
    ),
    Concept(
        "radiating pain",
        en=(
            r"(?:spread|spreading|spreads|radiat[a-z]*|going|goes|moving|moves|shoot[a-z]*|travel[a-z]*)(?: down| up)? (?:in)?to (?:my |his |her )?(?:left |right )?(?:arm|jaw|neck|back|shoulder)s?",
            r"(?:pain|hurts?|aches?) (?:in|down) (?:my |his |her )?(?:left |right )?arm",
            r"(?:left|right) (?:arm|shoulder) (?:hurts|aches|is sore|pain|is numb)|(?:jaw|arm) (?:hurts|aches) too",
        ),
        zh=(
            r"(?:放射|窜|传|痛|疼|延伸|扩散|牵扯)到(?:了)?(?:左|右)?(?:手臂|胳膊|臂|下巴|下颌|肩膀|肩|后背|背)",
            r"(?:左|右)(?:胳膊|手臂|臂|肩膀?|下巴)(?:也|都|还)?(?:[痛疼]|发麻|麻)|下巴(?:也|都)(?:[痛疼])",
        ),
    ),
    Concept(
        "fainting",
        # "felt faint" / "a bit faint" is feeling faint (nhs.uk Fainting: the warning signs before one), not a faint
        en=(
            r"fainted|fainting|faints|(?:had|has|have|having) (?:a )?faint(?:s|ing)?|pass(?:ed)? out|black(?:ed)? out|blackouts?|collaps[a-z]*",
        ),
        # "眼前发黑" (vision going dark, e.g. on standing up) is feeling faint, not a faint: nhs.uk
        # Fainting lists it among the warning signs before fainting; nhs.uk Dizziness covers it
        zh=(r"晕倒|晕厥|昏倒|昏过去|晕过去|快要晕|要晕倒",),
    ),
    Concept(
        "abdominal pain",
        en=(
            r"(?:abdominal|stomach|belly|tummy) (?:pain|ache|cramps?)|stomach ?ache|tummy ?ache|(?:pain|ache|cramps?) in (?:my |the )?(?:stomach|tummy|belly|abdomen)",
            r"stomach cramps?|(?:stomach|tummy|belly) hurts|(?:pain|ache|cramps?)(?: low| high)? (?:on|in|at) the (?:lower |upper )?(?:left|right)(?: side)? (?:side )?of (?:my |the )?(?:tummy|stomach|belly|abdomen)|(?:pain|ache|cramps?) (?:round|around|near|by|at) (?:my |the )?(?:belly button|navel|tummy button)",
        ),
        zh=(
            r"腹痛|(?:[左右]?[上下])?腹(?:部)?(?:剧|绞)?[痛疼]|肚子(?:很|有点|剧)?[痛疼]|胃(?:很|有点)?[痛疼]",
        ),
    ),
    Concept(
        "back pain",
        en=(
            r"back ?(?:pain|ache)|back hurts|pain in (?:my |the |his |her )?(?:lower |upper )?back|bad back|back (?:is )?(?:killing|playing up|gone)|sciatica"
            # round 7t: "for my sore back", "achy back"
            r"|(?:sore|achy|aching|stiff) (?:lower |upper )?back"
            # round 8: "put my back out" (nhs.uk Back pain: a strain from lifting)
            r"|(?:put|threw) (?:my |his |her )?back out|(?:tweaked|ricked) (?:my |his |her )?(?:lower )?back",
        ),
        # "腰酸", "腰有点酸", "腰酸背痛", "腰酸胀" are how Chinese patients name an aching back
        zh=(
            r"(?:后|下|上)?背(?:部)?(?:很|有点|特别)?[痛疼]|腰(?:部)?(?:很|有点|特别)?[痛疼]|闪(?:了|到)腰|腰闪(?:了|到)|腰(?:部)?(?:很|有点|有些|特别|老是|总是)?酸(?:痛|疼|胀|软)?|腰酸背[痛疼]",
        ),
    ),
    # night sweats (晚上出汗, 盗汗) are not the cold sweat of a heart attack or of shock
    # nor is a habit of sweating ("爱出汗", "容易出汗", "打球出汗多", "脚汗"): a trait, not the sudden
    # cold sweat of a heart attack or shock (nhs.uk Heart attack: sweating; nhs.uk Excessive sweating);
    # a sweat told with a measure word counts: "出了一身汗", "一身冷汗", "满头大汗", "大汗淋漓"
    Concept(
        "sweating",
        # round 10: sweaty palms (手心出汗, "sweaty palms") are the sweat of nerves (nhs.uk
        # 'Generalised anxiety disorder'), not the cold sweat of a heart attack
        en=(
            r"(?<!night )(?<!palms )(?<!hands )(?<!palm )sweat(?:ing|s|y)?(?! at night)(?! (?:palms?|hands))|clammy",
        ),
        zh=(
            r"(?<!晚上)(?<!夜里)(?<!睡觉)(?<!睡着)(?<!爱)(?<!容易)(?<!平时)(?<!平常)(?<!老爱)(?<!脚)(?<!球)(?<!运动)(?<!锻炼)(?<!动不动就)(?<!手心)(?<!手掌)(?<!手掌心)(?<!手)(?<!手心都)(?<!手心直)(?<!手上)出汗|(?<!手心)(?<!手)(?<!手掌)冒汗|出冷汗|冷汗"
            r"|出了(?:一)?身(?:的)?(?:冷|大)?汗|一身(?:的)?冷汗|满头(?:大)?汗|大汗淋漓|出了(?:好多|很多|不少|一大堆)(?:的)?汗",
        ),
    ),
    Concept(
        "palpitations",
        en=(
            r"palpitations?|heart (?:keeps |is |was |has been )?(?:racing|pounding|fluttering)|heart (?:suddenly |just |then )?(?:started|starts|begins|began|goes|went) (?:racing|pounding|fluttering|thumping)|heart pounds|irregular heart ?beat|fluttering",
        ),
        zh=(r"心慌|心悸|心跳快|心跳(?:很|特别)?快|心跳不齐",),
    ),
    Concept(
        "numbness",
        en=(r"numb[a-z]*|tingl[a-z]*|pins and needles",),
        zh=(
            r"麻木|发麻|(?:手|胳膊|手臂|手指头?|腿|脚)(?:也|都|还)?(?:有点|有些|一直)?麻(?:了|麻的)(?!烦|辣)",
        ),
    ),
    Concept(
        "blurred vision",
        en=(r"blurr[a-z]* vision|vision (?:is )?blurr[a-z]*|double vision|blurry",),
        zh=(
            r"视力模糊|看不清|重影|视物模糊|视力(?:有点|有些|变得)?模糊|看(?:东西|字)(?:有点|有些|变得|很)?模糊|眼前(?:有点|一片)?模糊",
        ),
    ),
    Concept(
        "confusion",
        en=(
            r"confus[a-z]*(?! (?:(?:about|over|as to|regarding|on) )?(?:which|whether|how (?:to|much|many|often|long)|what (?:to|i should|dose)|the (?:dose|dosage|instructions|leaflet|advice|medic|tablet|pill|antibiotic|appointment|form|app)|my (?:medic|meds|tablet|pill|dose|prescription|appointment))| by (?:the|all|this|these|your))|disorient[a-z]*|not making (?:much |any )?sense|talking (?:nonsense|gibberish)|muddled|not with it|doesn'?t know where (?:he|she|they) (?:is|are)",
        ),
        zh=(
            r"意识模糊|神志不清|(?<!搞)(?<!弄)(?<!整)糊涂|说胡话|迷糊|迷迷糊糊|(?:叫|喊)(?:他|她)(?:也)?不(?:怎么)?(?:理|应)人?|认不出(?:人|我|家人)|反应迟钝",
        ),
    ),
    Concept(
        "stiff neck",
        en=(r"stiff neck|neck (?:is )?(?:stiff|rigid)",),
        zh=(r"脖子(?:僵硬|发硬|硬)|颈部僵硬|颈项强直",),
    ),
    Concept(
        "loss of appetite",
        en=(r"(?:loss of|no|poor) appetite|not hungry|don'?t want to eat|off (?:his|her|my) food",),
        # lay "不想吃饭", "啥也不想吃", "胃口很差" (nhs.uk Appendicitis: loss of appetite)
        zh=(
            r"没胃口|食欲不振|不想吃东西|不肯吃东西|吃不下|不想吃饭|(?:啥|什么)(?:都|也)不想吃|胃口(?:很|特别|不太)?(?:差|不好)",
        ),
    ),
    Concept(
        "bleeding",
        en=(
            r"(?<!normal )(?<!usual )(?<!brain )bleed[a-z]*(?! (?:is |was |has been |seems )?(?:normal|as usual|the same as usual|like usual|no heavier than usual))|blood in (?:my |his |her )?(?:stool|poo|urine|pee|vomit)|with blood in it|bloody (?:diarrh[a-z]*|stools?|poo|urine)|(?:vomit[a-z]*|throwing up|coughing up|cough(?:ed)? up) blood|spotting|black (?:tarry )?stools?",
        ),
        # blood with a poo in lay words: "大便的时候出鲜血", "上大号的时候有血", "拉完马桶里是红的血"
        # (nhs.uk Bleeding from the bottom: see a GP; piles are told apart in consult/triage/urgency.py)
        zh=(
            # the period's flow told as usual ("出血量正常", "出血跟平时一样") is no bleed of its own
            # (nhs.uk Period pain: self-care) - round 9
            r"出血(?!量?(?:也|都|还)?(?:正常|跟平时|和平时|同平时|与平时|跟以前|和以前|跟往常|和往常|跟平常|和平常|没(?:什么)?变|不变))|流血|便血|血便|带血|尿血|血尿|吐血|呕血|咳血|黑便|(?:大便|小便|尿|痰|粪便)(?:里|中)?(?:有|带)血"
            r"|(?:大便|大号|拉屎|解大便|便后|拉完|马桶)[^，。没不无未]{0,8}(?:有|出|见|滴|是)(?:点|些|一点)?(?:鲜红(?:的|色)?|红(?:色)?的|鲜)?血",
        ),
    ),
    Concept("swelling", en=(r"swell[a-z]*|swollen|puffy|puffed up",), zh=(r"肿(?!瘤)",)),
    Concept(
        "painful urination",
        en=(
            r"(?:pain|burning|burns|hurts|stings?|stinging|sore|painful) (?:when|while|on|every time|as) (?:i |he |she )?(?:urinat[a-z]*|pee[a-z]*|wee(?:ing)?|go to the toilet|pass urine)\b|burning (?:pee|wee|urine)|(?:pee|wee|urine) (?:burns|stings)|dysuria|frequent urination|peeing all the time",
        ),
        zh=(
            r"尿痛|小便(?:的时候)?(?:很)?[痛疼]|尿频|尿急|尿(?:尿)?(?:的时候|时|完)[^，,。不没无未]{0,4}(?:[痛疼]|烧|灼|刺|辣|涩)|(?:小便|排尿|尿尿|撒尿|解手)[^，,。不没无未]{0,8}(?:[痛疼]|烧|灼|刺|辣|涩)",
        ),
    ),
    Concept(
        "body aches",
        en=(r"(?:muscle|body) aches?|aching all over|every muscle aches|muscles ache",),
        zh=(r"肌肉酸痛|全身酸痛|浑身[痛疼]|浑身酸痛",),
    ),
    Concept("crying", en=(r"crying|cries|crie[sd] for hours",), zh=(r"哭闹|一直哭|哭个不停",)),
    Concept(
        "period pain",
        en=(
            r"period (?:pains?|cramps?)|menstrual (?:pains?|cramps?)|(?:cramps?|pains?) (?:with|from|during) (?:my |the |her )?periods?",
        ),
        zh=(r"痛经|(?:来|来了)(?:月经|例假|大姨妈)[^，,。]{0,6}[痛疼]|经期[^，,。]{0,4}[痛疼]",),
    ),
    Concept("sunburn", en=(r"sunburn[a-z]*|sun ?burnt",), zh=(r"晒伤|晒红|晒脱皮",)),
    Concept(
        "nosebleed",
        # round 9: "my son's nose just poured everywhere" (nhs.uk Nosebleeds: pinch the nose, self-care)
        en=(
            r"nose ?bleeds?|bleeding from (?:my |his |her |the )?nose|nose (?:just )?(?:poured|pouring|gushed|gushing|started pouring|started bleeding|is pouring)|blood (?:pouring|poured|gushing|streaming) (?:from|out of) (?:my |his |her |the )?nose",
        ),
        zh=(r"流鼻血|鼻出血|鼻子出血",),
    ),
)
# A concept that refines another: its mention hides the one it contains ("有点发烧" is not "fever").
_REFINES = {"mild fever": "fever", "period pain": "abdominal pain", "nosebleed": "bleeding"}
_SYMPTOMS = ConceptMatcher(SYMPTOMS, scope=negation_scope)
SYMPTOM_ZH: dict[str, str] = {
    "mild fever": "低热", "fever": "发热", "chills": "寒战", "cough": "咳嗽", "sore throat": "咽痛",
    "runny nose": "流涕/鼻塞", "sneezing": "打喷嚏", "nausea": "恶心", "vomiting": "呕吐",
    "diarrhea": "腹泻", "constipation": "便秘", "headache": "头痛", "dizziness": "头晕", "rash": "皮疹",
    "blisters": "水疱", "itching": "瘙痒", "fatigue": "乏力", "shortness of breath": "气短",
    "chest pain": "胸痛", "radiating pain": "放射痛", "fainting": "晕厥", "abdominal pain": "腹痛",
    "back pain": "腰背痛", "sweating": "出汗", "palpitations": "心悸", "numbness": "麻木",
    "blurred vision": "视物模糊", "confusion": "意识模糊", "stiff neck": "颈部僵硬",
    "loss of appetite": "食欲差", "bleeding": "出血", "swelling": "肿胀", "painful urination": "尿痛/尿频",
    "body aches": "全身酸痛", "crying": "哭闹", "red eye": "眼红", "period pain": "痛经", "nosebleed": "鼻出血", "sunburn": "晒伤",
}  # fmt: skip

CONDITIONS: tuple[Concept, ...] = (
    # lay names of long-term conditions: 三高 (high blood pressure, sugar and lipids), 心脏不好, 放过支架,
    # 搭桥, 肾不好, 透析, 尿毒症, 长期吃激素 (NICE NG51 / NG143 risk factors: diabetes, heart and kidney
    # disease, immunosuppression)
    Concept(
        "diabetes",
        en=(
            r"diabet[a-z]*|(?:i'?m|im|i am|is|he'?s|she'?s|am) (?:a )?type ?(?:1|one|2|two)\b|t[12]d",
        ),
        zh=(r"糖尿病|血糖高|[12一二]型糖|三高",),
    ),
    Concept(
        "hypertension",
        en=(r"hypertension|high blood pressure",),
        zh=(r"高血压|血压高|三高|血压(?:一直|有点|偏|比较)高",),
    ),
    Concept("asthma", en=(r"asthma",), zh=(r"哮喘",)),
    # 老慢支 / 慢支 (chronic bronchitis) is how patients name COPD (慢性阻塞性肺疾病诊治指南 2021:
    # chronic bronchitis with airflow limitation is COPD)
    Concept(
        "COPD",
        en=(r"copd|emphysema|chronic bronchitis",),
        zh=(r"慢阻肺|肺气肿|老慢支|慢支|慢性支气管炎|慢性阻塞性肺",),
    ),
    Concept(
        "heart disease",
        en=(
            r"heart (?:disease|failure|condition|problems?)|coronary|angina|atrial fibrillation|afib",
        ),
        zh=(
            r"心脏病|冠心病|心衰|房颤|心绞痛|心脏(?:一直)?(?:不好(?!受)|有毛病|有问题)|(?:放|装|做|下)(?:过|了)?(?:个|一个|两个|几个)?支架|搭(?:过)?桥|心梗",
        ),
    ),
    Concept(
        "kidney disease",
        en=(r"kidney (?:disease|failure|problems?)|dialysis",),
        zh=(r"肾病|肾衰|肾功能不全|肾(?:功能)?不好|透析|尿毒症",),
    ),
    Concept("cancer", en=(r"cancer|tumou?r|chemo[a-z]*",), zh=(r"癌|肿瘤|化疗",)),
    Concept("HIV", en=(r"(?<![a-z])hiv(?![a-z])",), zh=(r"艾滋|(?<![a-z])hiv(?![a-z])",)),
    Concept("epilepsy", en=(r"epilep[a-z]*",), zh=(r"癫痫",)),
    Concept("stroke", en=(r"(?:had|history of) a? ?stroke",), zh=(r"中风|脑梗",)),
    Concept(
        "thyroid disease",
        en=(r"thyroid|hypothyroid[a-z]*|hyperthyroid[a-z]*",),
        zh=(r"甲亢|甲减|甲状腺",),
    ),
    Concept("hepatitis", en=(r"hepatitis",), zh=(r"乙肝|肝炎",)),
    Concept("depression", en=(r"depression",), zh=(r"抑郁",)),
    Concept("pregnancy", en=(r"pregnan[a-z]*(?! test)",), zh=(r"怀孕|孕\d+周|妊娠",)),
    Concept(
        "immunosuppression",
        # NICE CKS Shingles / BNF: methotrexate, azathioprine, ciclosporin, biologics and chemotherapy
        # suppress the immune system
        en=(
            r"immunosuppress[a-z]*|transplant|(?:long[- ]term |daily )?(?:steroids|prednisolone)|methotrexate|azathioprine|ciclosporin|cyclosporine|tacrolimus|mycophenolate|adalimumab|humira|etanercept|infliximab|biologics?|chemo(?:therapy)?",
        ),
        zh=(
            r"免疫抑制|移植|(?:长期|一直|每天)(?:在)?(?:吃|用)(?:着)?激素|强的松|泼尼松|激素治疗|甲氨蝶呤|硫唑嘌呤|环孢素|他克莫司|吗替麦考酚酯|生物制剂|化疗",
        ),
    ),
    Concept("surgery", en=(r"surgery|operation",), zh=(r"手术",)),
)
_CONDITIONS = ConceptMatcher(CONDITIONS, scope=condition_scope)
CONDITION_ZH: dict[str, str] = {
    "diabetes": "糖尿病", "hypertension": "高血压", "asthma": "哮喘", "COPD": "慢阻肺",
    "heart disease": "心脏病", "kidney disease": "肾病", "cancer": "肿瘤", "HIV": "HIV感染",
    "epilepsy": "癫痫", "stroke": "中风史", "thyroid disease": "甲状腺疾病", "hepatitis": "肝炎",
    "depression": "抑郁", "pregnancy": "妊娠", "immunosuppression": "免疫抑制", "surgery": "手术史",
}  # fmt: skip
_HISTORY_PHRASE = re.compile(
    en_pattern(r"(?:history of|diagnosed with|suffer from) [a-z' ]{2,40}")
    # a denied one is none ("没有糖尿病", "没有得过什么大病": round 7 read "有糖尿病" out of it)
    + r"|(?<![没无未])(?<!没有)(?<!从没)(?<!从来没)(?:有|患有|得过)[^，,。；;]{1,10}(?:病史|病)"
)
_NO_HISTORY = re.compile(
    en_pattern(
        r"no (?:medical |past |significant |other )?(?:history|conditions?|illness(?:es)?|health problems?|problems)|"
        r"(?:healthy|generally healthy|in good health|fit and well)|nothing (?:else )?(?:chronic|serious)|never (?:had|been) (?:anything|ill|sick)"
    )
    + r"|没有(?:什么)?(?:病史|基础病|慢性病|其他疾病|其他病|别的病)|身体(?:一直|平时)?(?:很|挺|还)?(?:好|健康)|无(?:既往)?病史|以前没有过|第一次"
)
_NO_MEDS = re.compile(
    en_pattern(
        r"no (?:regular )?(?:medications?|medicines?|meds|drugs|pills|tablets)|not (?:taking|on) (?:any|anything)|"
        r"don'?t take (?:any|anything)|(?:taking|take) nothing|not on any (?:medications?|meds)|nothing regular"
    )
    + r"|没有?(?:在)?(?:吃|服|用)(?:任何|什么)?药|不吃药|没用药|没有用药|无用药|没吃什么药"
)
_MEDS = re.compile(
    en_pattern(
        r"(?:i'?m taking|i am taking|i take|i'?m on|i am on|i use|i'?ve taken|i took|i'?ve been taking|been taking|i'?ve tried|i tried|i'?m using|i had some|he takes|she takes|he'?s on|she'?s on) ([a-z0-9][^.;,!?\n]{1,60})"
    )
    + r"|(?:正在吃|一直在吃|一直吃|每天吃|在吃|服用|在用|吃了点|吃了些)([^，,。；;！？\n]{1,20})"
    + r"|(?:吃了|吃过|用了)([^，,。；;！？\n]{0,12}(?:药|片|粒|胶囊|颗粒|冲剂))"
)
_NO_ALLERGY = re.compile(
    en_pattern(
        r"no (?:known )?(?:drug |food )?allergies|not allergic(?: to anything)?|nkda|no allergy|allergic to nothing"
    )
    + r"|(?:没有|无|没)(?:什么|任何|已知)?(?:药物|食物)?过敏|不过敏"
)
_ALLERGY = re.compile(
    en_pattern(
        r"allergic to ([^.;!?\n]{1,40})|allergy to ([^.;!?\n]{1,40})|"
        r"(?!(?:an|any|the|no|food|drug|known|seasonal)\b)([a-z]{3,}) allergy"
    )
    + r"|对([^，,。；;！？\n]{1,12}?)过敏|([^\s，,。；;！？对有我会没无不点些]{1,8}?)过敏(?!了|反应)"
)
_NO_ANSWER = re.compile(
    r"^\s*(?:no|nope|none|nothing|not really|no others?|nothing else|n/?a|nah|没有|没|无|都没有|没有了|"
    r"没有其他|没有别的|不|不是|没吃|没有吃|都没|也没有)\W*$|"
    + en_pattern(r"no (?:other|more) symptoms|nothing else|none of (?:those|them|these)|no,? none")
    + r"|没有(?:其他|别的)(?:症状|不舒服)|都没有|这些都没有"
)
_UNKNOWN = re.compile(
    en_pattern(
        r"(?:i )?(?:don'?t|do not) know|not sure|no idea|can'?t (?:say|remember|tell)|unsure"
    )
    + r"|不知道|不清楚|说不好|不确定|记不清|忘了"
)
_GREETING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|doctor|dr|thanks?|thank you|ok|okay|"
    r"你好|您好|嗨|哈喽|在吗|医生|大夫|谢谢|好的)\W*)+$"
)
_AGE = [
    (re.compile(r"(?<!\d)(\d{1,3})[- ]?(?:years?[- ]old|year-old|yrs?[- ]old|yo|y/o)(?![a-z])"), 1),
    (re.compile(r"(?<!\d)(\d{1,2})[- ]?(?:months?[- ]old|month-old|mo old)(?![a-z])"), 1 / 12),
    (re.compile(r"(?<!\d)(\d{1,2})[- ]?(?:weeks?[- ]old|week-old)(?![a-z])"), 1 / 52),
    (re.compile(r"(?<![a-z])(?:aged|age) (\d{1,3})(?!\d)"), 1),
    (
        re.compile(
            r"(?<![a-z])(?:i'?m|i am|he'?s|she'?s|he is|she is) (\d{1,3})(?![\d:/%]|\.\d|,\s*\d)(?! ?(?:weeks?|days?|months?|kg|kilos?|lbs?|pounds|cm|times|minutes|hours|mg))(?: years?)?(?![a-z])"
        ),
        1,
    ),
    (re.compile(r"(?<![a-z])(?:son|daughter|child|kid|boy|girl|baby|toddler) \((\d{1,2})\)"), 1),
    # "70, fever and aching": an adult age opening the message; a score or count answer
    # ("7, it's bad", "20, maybe 30 minutes") is no age, nor a temperature ("39, shivering")
    (
        re.compile(
            r"^\W*(1[6-9]|2\d|3[0-4]|4[3-9]|[5-9]\d)\s*[,，]\s*(?![\d.])(?!(?:maybe|perhaps|probably|possibly|or|to|about|around|ish|max|tops|at most|at least)(?![a-z]))(?=[a-z\u4e00-\u9fff])"
        ),
        1,
    ),
    # "两岁时高热惊厥过" / "十岁那年": the age at a past event, not the patient's age now
    (
        re.compile(
            r"(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:多|来)?(?:周)?岁(?!(?:的)?(?:时候|时|那年|那会))"
        ),
        1,
    ),
    # "我70了，发烧", "我都七十多了": a grown-up's age told as "I am N now"
    (
        re.compile(
            r"我(?:都|已经|今年)*(1[6-9]|[2-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)多?了"
        ),
        1,
    ),
    # "六十出头", "七十好几了"
    (re.compile(r"(?<![\d一二两三四五六七八九十])([二三四五六七八九]十)(?:出头|好几)"), 1),
    (re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:多)?月大"), 1 / 12),
    (re.compile(r"今年(\d{1,3}|[一二两三四五六七八九十]{1,3})(?!\d)(?!年)"), 1),
    # "宝宝6个月，发烧", "孩子八个多月": months after a child word (not "三个月前")
    # ("生完孩子一个月" is the time since the birth, the writer is the mother)
    (
        re.compile(
            r"(?<!生完孩子)(?<!生了孩子)(?<!生下孩子)(?<=宝宝|孩子|儿子|女儿|闺女|婴儿|小孩|宝贝)(?:才|刚|今年)?(\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:多)?月(?![前后内里])"
        ),
        1 / 12,
    ),
]


_BARE_AGE = re.compile(
    r"^\s*(?:大概|大约|差不多|快|刚)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*"
    r"(个(?:多|半)?月|周|星期|周岁|岁|years?|yrs?|months?|weeks?)?(?:半|多)?(?:了|大)?\s*(?:[,，。.!！]|$)"
)

# --- Finders ------------------------------------------------------------------------------


def clip(text: str, limit: int = _MAX_FACT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def zh_int(token: str) -> int:
    if token.isdigit():
        return int(token)
    if token in _EN_SCORE:
        return _EN_SCORE[token]
    if token == "十几":
        return 15
    if len(token) == 2 and all(c in _ZH_DIGITS for c in token):
        return max(_ZH_DIGITS[c] for c in token)  # a range: "两三天", "四五天" -> the upper end
    if token.startswith("十"):
        return 10 + _ZH_DIGITS.get(token[1:], 0) if len(token) > 1 else 10
    if "十" in token:
        tens, _, ones = token.partition("十")
        return _ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(ones, 0)
    return _ZH_DIGITS.get(token, 0)


# English twin of _ZH_NOT_ONSET: the length of each bout or period ("my periods last 8 days",
# "she cries for three hours every evening") or the days since a birth ("had my baby 10 days
# ago", "10 days postpartum") is not how long the illness has gone on - round 10
_EN_BOUT_BEFORE = re.compile(
    r"(?:periods?|bleeds?|attacks?|episodes?|bouts?|each (?:one|time|episode|attack|bout)|they|it) "
    r"(?:usually |normally |often |always |can |tend to |each )?(?:lasts?|lasted|go on|goes on|went on)"
    r"(?: for)?(?: about| around| roughly)? $"
    r"|(?:gave birth|given birth|had (?:my|the|a|our|her) (?:baby|son|daughter)|delivered|my c-section|my caesarean) $"
    # round 12: a bout now and then ("sometimes i'm constipated for a few days")
    r"|(?:sometimes|occasionally|now and then|every so often)[a-z ,']{0,30} (?:for )?(?:about |around )?$"
)
_EN_BOUT_AFTER = re.compile(
    r"^ (?:each time|every time|at a time|a time|each (?:evening|night|day|time)|every (?:evening|night|day|afternoon)"
    r"|postpartum|post-partum|postnatal|after (?:giving birth|the birth|birth|delivery|having (?:the|my|her) baby)"
    r"|since (?:giving birth|the birth|birth|delivery|having (?:the|my|her) baby))(?![a-z])"
)


_EN_BOUT_SUBJECT = re.compile(
    r"(?:periods?|bleeds?|attacks?|episodes?|bouts?|each one|they|it) (?:usually |normally |often |always |can |tend to )?$"
)


# "每次都要来八九天", "每回疼四五个小时": a bout's length told in the same clause as 每次 / 每回
# round 12 (h11-zh-28): "有时候又便秘几天" - how long a bout lasts now and then, not the onset
_ZH_EACH_BOUT = re.compile(r"每次|每回|每个?月(?:都|来)|每一次|有时候?|偶尔|时不时")
_CLAUSE_END = re.compile(r"[，,。；;！!？?]")


# round 13 (h12-zh-23): an ordinal that tells when it began, counted from another event ("生完第二
# 周开始的", "回来第五天开始发烧", "it came on day 3 after the operation") is no duration: the
# week or day since the birth, the trip or the operation is not how long the complaint has lasted
# ("今天第三天了", "day 3 of the fever" still are)
_ZH_ONSET_TAIL = r"(?:开始|起(?!来)|那天|那周|的时候|时候)"
_EN_ONSET_EVENT = (
    r"(?:after|post|following|since) (?:the |my |his |her |their |our )?"
    r"(?:op|operation|surgery|birth|delivery|c-?section|section|procedure|trip|flight|holiday|baby)\b"
)
_ZH_ORDINAL_ONSET = re.compile(_ZH_ONSET_TAIL)
_EN_ORDINAL_ONSET = re.compile(r"\s*" + _EN_ONSET_EVENT)


# "今天第三天了", "today is day 3": the day count after it is the duration, not "today"
_TODAY_THEN_COUNT = re.compile(r"\s*(?:已经|是|就是|is |it'?s )?(?:第|day \d)")


def _ordinal_onset(norm: str, m: re.Match[str]) -> bool:
    if m.group().strip() in ("今天", "today") and _TODAY_THEN_COUNT.match(norm, m.end()):
        return True
    if norm[max(0, m.start() - 1) : m.start()] == "第" and _ZH_ORDINAL_ONSET.match(norm, m.end()):
        return True
    return m.group().lstrip().startswith(("on day", "day ")) and bool(
        _EN_ORDINAL_ONSET.match(norm, m.end())
    )


def _not_onset(norm: str, m: re.Match[str]) -> bool:
    if _ordinal_onset(norm, m):
        return True
    before = norm[max(0, m.start() - 40) : m.start()]
    if _ZH_EACH_BOUT.search(_CLAUSE_END.split(before)[-1]):
        return True
    if m.group().startswith("last ") and _EN_BOUT_SUBJECT.search(before):
        return True  # "my periods last 8 days": the verb, not "the last 8 days"
    return bool(_EN_BOUT_BEFORE.search(before) or _EN_BOUT_AFTER.search(norm[m.end() :]))


def find_duration(text: str, answering: bool = False) -> str | None:
    norm = normalize(text)
    patterns = _DURATION_STRONG + (_DURATION_WEAK if answering else [])
    best: re.Match[str] | None = None
    for pattern in patterns:
        m = next((m for m in pattern.finditer(norm) if not _not_onset(norm, m)), None)
        if m and (
            best is None
            or m.start() < best.start()
            or (m.start() == best.start() and m.end() > best.end())
        ):
            best = m
    if best is None:
        return None
    start = best.start()
    if start > 0 and norm[start - 1] == "好" and norm[start] == "几":
        start -= 1  # "好几天" (several days), not "几天" (a few)
    return text[start : best.end()].strip()


def find_onset(text: str) -> str | None:
    norm = normalize(text)
    for pattern, value in _ONSET:
        if pattern.search(norm):
            return value
    return None


def find_severity(text: str, answering: bool = False) -> str | None:
    norm = normalize(text)
    for pattern in _SEVERITY_NUMERIC:
        m = pattern.search(norm)
        if m:
            return f"{min(zh_int(m.group(1)), 10)}/10"
    if answering:
        m = _SEVERITY_BARE.search(norm)
        if m:
            return f"{min(zh_int(m.group(1) or m.group(2)), 10)}/10"
    if answering:
        m = _first_affirmed(_SEVERITY_ANSWER_RE, norm)
        if m:
            return text[m.start() : m.end()]
    m = _first_affirmed(_SEVERITY_WORD_RE, norm)
    return text[m.start() : m.end()] if m else None


# "itchy, not really painful", "doesn't hurt much", "不怎么疼": a severity word told as denied is
# no severity (round 6e: an athlete's foot read as "really painful")
_SEVERITY_DENIED = re.compile(
    r"(?<![a-z])(?:not|isn'?t|wasn'?t|aren'?t|never|no|not that|not very|hardly)(?: really| that| very| too| so)? ?$|(?:不|没|没有|并不|并没有?)(?:算|是|怎么|那么|这么|太|很|特别|多么?|大)*$"
    # round 10: "不算太严重", "没那么严重", "不是特别疼", "还不算很严重": the denial may carry a
    # hedge between it and the word
    # round 8: "不是突然剧痛" denies the sudden severe pain of torsion, it rates no pain
    r"|(?:不是|并不是|没有)(?:突然|一下子|那种)?(?:的)?$"
    # round 9z: a worry asked, not a pain rated ("吓死了会不会很严重", "是不是很严重啊")
    r"|(?:会不会|是不是|会|怕是|担心|害怕)$"
)
# round 10: "严重" / "severe" told as a comparison tells a change, not a rating ("胖了以后更严重",
# "越来越严重": worse than before, not severe; "getting more severe")
_SEVERE_COMPARED = re.compile(
    r"(?:更|更加|越来越|越发|愈发|愈加|变得|比以前|比之前|比原来)$|(?<![a-z])(?:more|less|getting) $"
)
# round 10: a trend told of no pain is no rating: "咳成这样……越来越厉害" says the cough is getting
# worse, as "getting worse" does in English (r10y-zh-35: a toddler's croup "越来越厉害" stood in for
# the severity answer, and the question that brings out the indrawing and the blue lips was never
# asked). A pain told getting worse ("疼了五天，越来越厉害") still rates the pain.
_SEVERITY_TREND = re.compile(r"(?:越来越|越发|愈来愈|愈发|一天比一天|一阵比一阵)(?:更)?$")
_PAIN_TOLD = re.compile(
    r"[疼痛]|(?<![a-z])(?:pain[a-z]*|hurt[a-z]*|ache[sd]?|aching|sore)(?![a-z])"
)


def _first_affirmed(pattern: re.Pattern[str], norm: str) -> re.Match[str] | None:
    for m in pattern.finditer(norm):
        before = norm[max(0, m.start() - 16) : m.start()]
        if _SEVERITY_DENIED.search(before):
            continue
        if m.group() in ("严重", "severe") and _SEVERE_COMPARED.search(before):
            continue
        if _SEVERITY_TREND.search(before) and not _PAIN_TOLD.search(norm):
            continue
        return m
    return None


def find_locations(text: str) -> list[str]:
    norm = normalize(text)
    found: list[str] = []
    for m in _LOCATION_RE.finditer(norm):
        if m.group("part"):
            part = _LOCATION_CANON.get(m.group("part"), m.group("part"))
            side = " ".join(
                w
                for w in re.split(r"[- ]+", m.group("side"))
                if w in ("left", "right", "upper", "lower", "both")
            )
            word = f"{side} {part}".strip()
        elif m.group("zpart"):
            word = (m.group("zside") or "") + m.group("zpart")
        elif m.group("oside") or m.group("tside") or m.group("bside"):
            word = f"{m.group('oside') or m.group('tside') or m.group('bside')} side"
        else:
            word = m.group("zonly")
        if word not in found:
            found.append(word)
    # "left knee" makes a separate "knee" redundant.
    return [w for w in found if not any(o != w and o.endswith(w) for o in found)]


def find_age(text: str) -> str | None:
    norm = normalize(text)
    for pattern, factor in _AGE:
        m = pattern.search(norm)
        if m:
            n = zh_int(m.group(1))
            unit = "years" if factor == 1 else "months" if factor == 1 / 12 else "weeks"
            return f"{n} {unit}"
    return None


def age_years(value: str | None) -> float | None:
    """Age in years from an age fact ("72", "18 month old", "三岁"); None when unknown."""
    if not value:
        return None
    norm = normalize(value)
    m = re.fullmatch(r"(\d+) (years|months|weeks)", norm)
    if m:
        return int(m.group(1)) / {"years": 1, "months": 12, "weeks": 52}[m.group(2)]
    for pattern, factor in _AGE:
        m = pattern.search(norm)
        if m:
            return zh_int(m.group(1)) * factor
    return None


def findings(messages: Iterable[str]) -> tuple[list[str], list[str]]:
    """Symptoms the patient reports (present) and denies (absent); present wins on conflict."""
    present: list[str] = []
    absent: list[str] = []
    for text in messages:
        mentions = [m for m in _SYMPTOMS.mentions(text) if not m.historical]
        for m in mentions:
            hidden = any(
                _REFINES.get(o.concept) == m.concept and o.start <= m.start and m.end <= o.end
                for o in mentions
            )
            if hidden:
                continue
            target = absent if m.negated else present
            if m.concept not in target:
                target.append(m.concept)
    return present, [s for s in absent if s not in present]


def affirmed_phrases(concept: str, messages: Iterable[str]) -> list[str]:
    """The text of every affirmed, current mention of a symptom concept."""
    return [
        text[m.start : m.end]
        for text in messages
        for m in _SYMPTOMS.mentions(text)
        if m.concept == concept and not m.negated and not m.historical
    ]


# A condition feared or asked about, not had ("好害怕是肠癌", "怕得了糖尿病", "worried it might be
# cancer", "could it be diabetes?"): the writer's worry is no history (round 6e: an anal fissure
# told with the fear of bowel cancer read as a cancer history)
# round 10: "worried it's something sinister like a brain tumour", "担心是什么不好的病，比如脑瘤":
# the fear may name a vague "something" first, then the condition after "like" / "比如"
_CONDITION_FEARED = re.compile(
    r"(?:worried|scared|afraid|frightened|terrified|fear|concerned|panicking|wondering|could|might|maybe|in case|is it|was it)(?: that| of| about| if)?(?: it| this| i| i'?ve| i have| i'?m| it'?s| its| this is| it is)?(?: (?:is|was|could be|might be|may be|be|has|got|have|getting|developing|get))*"
    r"(?: (?:something|anything)(?: (?:sinister|serious|bad|nasty|worse|awful|terrible|horrible|scary))?(?: (?:like|such as))?,?)?(?: a| an| the)?(?: (?:brain|bowel|skin|bone|blood|lung|breast|throat|stomach|liver|kidney|ovarian|prostate|womb|heart))? ?$"
    r"|(?:害怕|怕|担心|担忧|怀疑|会不会|是不是|会是|不会是|恐怕|可能|也许|或许|网上说|百度说|查了说|搜了说)(?:是|得了|得|有|患了|变成)?(?:了)?"
    r"(?:什么(?:不好的|严重的|大)?(?:病|东西|毛病)?[，,、]?(?:比如|像是?|例如)?)?[^\s，,。；;！!？?a-z0-9]{0,3}$"
    # round 12: what the writer read or heard a thing could turn into ("网上说口腔溃疡不好会癌变",
    # "read online that ulcers can turn into cancer"): a worry, no history (nhs.uk 'Mouth ulcers')
    r"|(?:网上说|百度说|查了说|搜了说|听说|据说|别人说|人家说)[^，,。；;！!？?]{0,12}(?:会|能|可能|容易)(?:变成|转成|发展成|得)?$"
    r"|(?:read|reading|says?|said|heard|saw)(?: online| on the internet| on google| on tiktok)?(?: that)?[a-z ,']{0,40}"
    r"(?:can|could|might|may) (?:turn into|become|develop into|lead to|be)(?: a| an)? ?$"
)


def find_conditions(text: str) -> list[str]:
    # a relative's condition told as background to the writer's own complaint is not theirs
    norm = normalize(text)
    return list(
        dict.fromkeys(
            m.concept
            for m in _CONDITIONS.mentions(text)
            if not m.negated
            and not m.historical
            and not _CONDITION_FEARED.search(norm[max(0, m.start - 60) : m.start])
        )
    )


def find_history(text: str, answering: bool = False) -> str | None:
    conditions = find_conditions(text)
    if conditions:
        return ", ".join(conditions)
    norm = normalize(text)
    m = _NO_HISTORY.search(norm)
    if m and (answering or m.group(0) not in ("第一次", "以前没有过")):
        return NONE
    m = _HISTORY_PHRASE.search(norm)
    return clip(text[m.start() : m.end()]) if m else None


_TRAILING_CLAUSE = re.compile(
    r"\s+(?:and (?:i|i'm|i've|my|also)|but|so|because|which|since|though)(?![a-z']).*$",
    re.IGNORECASE,
)


def _object_phrase(text: str) -> str:
    """Cut a captured phrase at the start of the next clause ("penicillin and I take ...")."""
    return clip(_TRAILING_CLAUSE.sub("", text, count=1).strip(" ,"))


# Round 12 (r12e-en-18): painkillers taken in an amount not counted, told in the complaint ("took
# quite a few painkillers through the day", "吃了好多片止痛药") leave the medicines question open:
# its answer carries the count that makes a staggered paracetamol overdose (nhs.uk 'Paracetamol
# for adults': more than 8 x 500mg in 24 hours - go to A&E even if you feel well).
_MEDS_UNCOUNTED = re.compile(
    r"^(?:quite a few|a good few|a fair few|a few|a lot of|lots of|loads of|a load of|a bunch of|a handful of|"
    r"handfuls of|several|plenty of|too many|so many|a fair amount of|a lot|loads|lots|a ton of|tons of|a heap of)(?![a-z])"
    r"|^[^，,。；;]{0,3}?(?:好多|很多|一堆|一大堆|不少|一把|一大把|好些|好几|太多)"
)

# ... and so do painkillers not named ("I've been taking painkillers", "一直吃止疼药"): the answer
# names the drug and how many (the same nhs.uk page)
_MEDS_GENERIC_PAIN = re.compile(r"pain ?killers?|pain relief|止疼药|止痛药|止疼片|止痛片|镇痛药")
_MEDS_NAMED_PAIN = re.compile(
    r"paracetamol|acetaminophen|tylenol|panadol|ibuprofen|nurofen|co-?codamol|codeine|naproxen|aspirin|"
    r"tramadol|diclofenac|扑热息痛|对乙酰氨基酚|泰诺|必理通|布洛芬|芬必得|阿司匹林|散利痛|氨酚|曲马多|双氯芬酸"
)


def find_medications(text: str, answering: bool = False) -> str | None:
    norm = normalize(text)
    if _NO_MEDS.search(norm):
        return NONE
    m = _MEDS.search(norm)
    if not m:
        return None
    group = next(i for i in (1, 2, 3) if m.group(i))
    phrase = m.group(group).strip()
    if not answering and (
        _MEDS_UNCOUNTED.search(phrase)
        or (_MEDS_GENERIC_PAIN.search(phrase) and not _MEDS_NAMED_PAIN.search(phrase))
    ):
        return None
    return _object_phrase(text[m.start(group) : m.end(group)])


def find_allergies(text: str, answering: bool = False) -> str | None:
    norm = normalize(text)
    if _NO_ALLERGY.search(norm):
        return NONE
    m = _ALLERGY.search(norm)
    if not m:
        return None
    group = next(i for i in range(1, 6) if m.group(i))
    return _object_phrase(text[m.start(group) : m.end(group)])


def is_complaint(text: str) -> bool:
    return bool(text.strip()) and not _GREETING.match(normalize(text))


def is_no(text: str) -> bool:
    return bool(_NO_ANSWER.search(normalize(text)))


def is_unknown(text: str) -> bool:
    return bool(_UNKNOWN.search(normalize(text)))


def mentions_chest_pain(messages: Iterable[str]) -> bool:
    return "chest pain" in findings(messages)[0]


_COMPANIONS = (
    "shortness of breath",
    "sweating",
    "radiating pain",
    "fainting",
    "nausea",
    "dizziness",
)
COMPANION_SYMPTOMS = _COMPANIONS  # the chest-pain red-flag companions, by symptom name


def _companions(messages: Sequence[str]) -> str | None:
    present, absent = findings(messages)
    yes = [c for c in _COMPANIONS if c in present]
    no = [c for c in _COMPANIONS if c in absent]
    if yes:
        return ", ".join(yes) + (f" (denies {', '.join(no)})" if no else "")
    if no:
        return f"{NONE} (denies {', '.join(no)})"
    return None


# --- Putting it together ------------------------------------------------------------------

_FINDERS = {
    "onset_duration": find_duration,
    "severity": find_severity,
    "history": find_history,
    "medications": find_medications,
    "allergies": find_allergies,
}
# Facts an answer may fill with the patient's own words when nothing more specific is found.
_RAW_OK = (
    "onset_duration",
    "location",
    "associated_symptoms",
    "history",
    "medications",
    "allergies",
    CHEST_COMPANIONS,
)
_NO_MEANS_NONE = ("associated_symptoms", "history", "medications", "allergies", CHEST_COMPANIONS)
# Facts the latest message updates; for the others the direct answer, then the first mention wins.
_LATEST_WINS = ("severity", "medications", "allergies")


def extract(messages: Sequence[str], answered: Sequence[str | None]) -> dict[str, str]:
    """Facts from patient messages; `answered[i]` is the fact message i answers (or None)."""
    answered = list(answered) + [None] * (len(messages) - len(answered))
    facts: dict[str, str] = {}

    answer_idx: dict[str, int] = {}
    for i, fact in enumerate(answered):
        if fact and fact not in answer_idx:
            answer_idx[fact] = i
    complaint = None
    if "chief_complaint" in answer_idx and is_complaint(messages[answer_idx["chief_complaint"]]):
        complaint = messages[answer_idx["chief_complaint"]]
    if complaint is None:
        complaint = next(
            (
                m
                for i, m in enumerate(messages)
                if answered[i] in (None, "chief_complaint") and is_complaint(m)
            ),
            None,
        )
    if complaint:
        facts["chief_complaint"] = clip(complaint)

    per_message: list[dict[str, str]] = []
    for i, text in enumerate(messages):
        found: dict[str, str] = {}
        if answered[i] == "age":
            per_message.append(found)  # "10个月" answers the age, not how long it has lasted
            continue
        for fact, finder in _FINDERS.items():
            value = finder(text, answering=answered[i] == fact)
            if value:
                found[fact] = value
        per_message.append(found)

    for fact in _FINDERS:
        values = [(i, found[fact]) for i, found in enumerate(per_message) if fact in found]
        if not values:
            continue
        positive = [(i, v) for i, v in values if v != NONE] or values
        if fact == "history":
            conditions = list(dict.fromkeys(c for t in messages for c in find_conditions(t)))
            facts[fact] = ", ".join(conditions) if conditions else positive[-1][1]
        elif fact in _LATEST_WINS:
            facts[fact] = positive[-1][1]
        else:
            direct = [v for i, v in positive if answered[i] == fact]
            facts[fact] = direct[0] if direct else positive[0][1]

    locations: list[str] = []
    for text in messages:
        locations += [loc for loc in find_locations(text) if loc not in locations]
    locations = [w for w in locations if not any(o != w and o.endswith(w) for o in locations)]
    if locations:
        facts["location"] = ", ".join(locations)

    for text in messages:
        age = find_age(text)
        if age:
            facts["age"] = age
            break
    if "age" in answer_idx and find_age(messages[answer_idx["age"]]):
        facts["age"] = find_age(messages[answer_idx["age"]]) or ""  # the direct answer wins
    elif "age" in answer_idx:
        # a bare answer to an age question: "68", "7个月", "两岁半", "18 months"
        m = _BARE_AGE.match(normalize(messages[answer_idx["age"]]))
        if m:
            unit = m.group(2) or "岁"
            kind = (
                "months"
                if ("月" in unit or "month" in unit)
                else "weeks"
                if ("周" in unit or "week" in unit)
                else "years"
            )
            facts["age"] = f"{zh_int(m.group(1))} {kind}"
    for text in messages:
        onset = find_onset(text)
        if onset:
            facts["onset"] = onset
            break

    present, absent = findings(messages)
    if "associated_symptoms" in answer_idx or len(present) >= 2:
        if present:
            facts["associated_symptoms"] = ", ".join(present)
        elif absent:
            facts["associated_symptoms"] = NONE + " (denies " + ", ".join(absent) + ")"
    if "chest pain" in present:
        companions = _companions(messages)
        if companions:
            facts[CHEST_COMPANIONS] = companions

    if TESTICLES in answer_idx:
        facts_testicles = answer_about_testicles(messages[answer_idx[TESTICLES]])
        if facts_testicles:
            facts[TESTICLES] = facts_testicles

    # An answer with nothing more specific in it fills the asked fact with the patient's words,
    # unless it states another fact instead ("It started yesterday" is not a severity).
    for i, (text, fact) in enumerate(zip(messages, answered, strict=False)):
        if not fact or fact in facts or not text.strip():
            continue
        if fact in _NO_MEANS_NONE and is_no(text):
            facts[fact] = NONE
            continue
        if fact not in _RAW_OK or is_unknown(text) or not is_complaint(text):
            continue
        if re.search(r"[?？]\s*$", text):
            continue  # the patient asked something back
        other = set(per_message[i]) | ({"age"} if find_age(text) else set())
        if other - {fact}:
            continue
        if fact == "onset_duration" and len(text) > 80:
            continue
        if fact == CHEST_COMPANIONS and is_yes(text):
            facts[fact] = "yes: " + clip(text)
            continue
        facts[fact] = clip(text)
    return facts


# The answer to the testicle question: a clause that tells pain, swelling, tenderness, one side or
# a testicle sitting higher, without a denial in it ("no swelling", "没有肿"), is a yes (NICE CKS
# Scrotal pain and swelling: torsion - sudden pain, swelling, a high-riding testis).
_TESTICLE_YES = re.compile(
    r"(?<![a-z])(?:yes|yeah|yep|swollen|swelling|swelled|pain|painful|hurts?|hurting|sore|tender|agony|higher|high up|one side|"
    r"left (?:one|side|ball|testicle)|right (?:one|side|ball|testicle)|red|purple|hard|lump)(?![a-z])"
    r"|肿|[痛疼]|一边|一侧|左边|右边|高|红|紫|硬|有(?!没|没有)|是的|对"
)
_TESTICLE_NO = re.compile(
    r"(?<![a-z])(?:no|not|n'?t|never|none|nothing|without)(?![a-z])|没|不|无|否"
)


def answer_about_testicles(text: str) -> str | None:
    """'yes: ...' when the answer to the testicle question tells a problem, 'none' for a no,
    None when it tells nothing ("I don't know")."""
    norm = normalize(text)
    if is_unknown(text):
        return None
    for clause in re.split(r"[,.;，。；、!?？！]| but | and |但是|不过", norm):
        if _TESTICLE_YES.search(clause) and not _TESTICLE_NO.search(clause):
            return "yes: " + clip(text)
    return NONE if is_no(text) or _TESTICLE_NO.search(norm) else None


# "有时候反酸" (sometimes heartburn) and "是不是…" are not a yes to the question asked.
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|i do|i am|a bit|a little|some|sort of|kind of|有一点|有点|有的|有(?!时|些时|没|的时候)|是的|是(?!不是)|对|嗯)(?![a-z])"
)


def is_yes(text: str) -> bool:
    return bool(_YES.search(normalize(text)))


# --- Numbers ------------------------------------------------------------------------------


def severity_score(value: str | None) -> int | None:
    """0-10 score from a severity fact ("7/10", "severe", "很严重"); None when unknown."""
    if not value:
        return None
    norm = normalize(value)
    m = re.search(r"(?<!\d)(10|[0-9])\s*/\s*10", norm)
    if m:
        return int(m.group(1))
    for pattern in _SEVERITY_NUMERIC:
        m = pattern.search(norm)
        if m:
            return min(zh_int(m.group(1)), 10)
    bare = re.fullmatch(r"\s*(10|[0-9]|十|[一二三四五六七八九])\s*分?\W*", norm)
    if bare:
        return zh_int(bare.group(1))
    # a denied word rates no pain ("不算太严重" is not "严重", "not that severe" not "severe")
    m = _first_affirmed(_SEVERITY_ANSWER_RE, norm)
    if m:
        return SEVERITY_ANSWER_WORDS[m.group(0)]
    m = _first_affirmed(_SEVERITY_WORD_RE, norm)
    return SEVERITY_WORDS[m.group(0)] if m else None


def severity_is_numeric(value: str | None) -> bool:
    return bool(value and re.search(r"\d\s*/\s*10", value))


# an ordinal onset told as the whole answer ("生完第二周开始的", "began on day 3 after the
# operation"): no duration in it (see _ordinal_onset, round 13)
_ORDINAL_ONSET_PHRASE = re.compile(
    rf"第[0-9一二两三四五六七八九十几]+个?(?:天|日|周|星期|礼拜|个月|月)(?={_ZH_ONSET_TAIL})"
    rf"|(?<![a-z])(?:on )?day \d+(?=\s*{_EN_ONSET_EVENT})"
)


def duration_days(value: str | None) -> float | None:
    """Approximate duration in days from an onset/duration fact; None when unknown."""
    if not value:
        return None
    norm = _ORDINAL_ONSET_PHRASE.sub(" ", normalize(value))
    m = re.search(rf"(?<![a-z])({_EN_NUMBER})[ -]({_EN_UNIT})", norm)
    if m:
        count = _EN_NUM.get(m.group(1))
        number = float(m.group(1)) if count is None else float(count)
        unit = m.group(2)
        unit = {"min": "minute", "hr": "hour", "wk": "week", "yr": "year"}.get(
            unit.rstrip("s"), unit.rstrip("s")
        )
        return number * _UNIT_DAYS.get(unit, 1)
    m = re.search(rf"(?<![a-z])day ({_EN_NUMBER})(?![a-z\d])", norm)
    if m:
        count = _EN_NUM.get(m.group(1))
        return float(m.group(1)) if count is None else float(count)
    if re.search(r"half (?:an )?hour", norm):
        return 1 / 48
    m = re.search(rf"({_ZH_NUMBER})[多来]?({_ZH_UNIT})", norm.replace("个多", "多个"))
    if m:
        token = m.group(1)
        # "好几天" is several days (4, like "several" in English); "几天" a few (3)
        several = token == "几" and norm[max(m.start() - 1, 0) : m.start()] == "好"
        number = (
            0.5
            if token == "半"
            else 4.0
            if several
            else 3.0
            if token == "几"
            else float(zh_int(token))
        )
        unit = m.group(2).lstrip("个")
        return number * _UNIT_DAYS.get(unit, 1)
    for phrase, days in sorted(_RELATIVE_DAYS.items(), key=lambda kv: -len(kv[0])):
        if phrase in norm:
            return days
    m = re.search(r"(?<![a-z])(hours|days|weeks|months|years|ages)(?![a-z])", norm)
    if m:
        return _BARE_UNITS_DAYS[m.group(1)]
    return None
