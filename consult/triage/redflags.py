"""Deterministic emergency red-flag screening of patient messages (en/zh), run before any model."""

# ruff: noqa: E501 -- phrase tables read better with each regex alternative on one line.

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from . import context, fuzzy
from .lang import Concept, ConceptMatcher, Mention, near_en, near_zh

# Words that end a chest-pain phrase inside its gap (see the chest_pain concept): the skin and spots
# on it, a scan or test and its result, the breast, a turn of the sentence (但/可是/不过), and
# another body part (石头/骨头/里头 are not the head; 手术 is not the hand) unless the chest is joined
# to it or compared with it (see _ZH_CHEST_JOIN).
_ZH_CHEST_GAP_TURN = (
    r"皮肤|皮|痘|疤|纹身|刺青|疹|痣|疙瘩|粉刺|蚊子|虫|痒|乳|"
    r"x光|光片|片子|ct|核磁|b超|检查|报告|结果|正常|没问题|没事|但|可是|不过"
)
_ZH_CHEST_GAP_STOP = (
    _ZH_CHEST_GAP_TURN
    + r"|(?<![石骨舌里上外前后念])头|脑袋|腿|脚|膝|肩|胳膊|手(?!术)|臂|背|腰|肚|腹|胃|牙|嗓|喉|眼|耳|脖|颈|屁股"
)
# the chest joined to another part, or compared with it (胸口像胃病那样烧着疼): the chest hurts
_ZH_CHEST_JOIN = r"和|跟|与|连着?|到|还有|以及|带着|像|好像|仿佛|如同"
_ZH_CHEST = r"胸(?![罩衣围针])(?:背部?|口|部|前|骨后)?|心口(?!窝)|心前区|心脏"
_ZH_CHEST_FEEL = r"痛|疼|闷|压|紧|憋|沉|不舒服|难受|堵"

# Shared vocabulary fragments.
_POSS = r"(?:my|the|his|her|their|our|your)"
_BABY = r"(?:宝宝|婴儿|孩子|小孩|儿子|女儿|闺女|娃|宝贝)"
_ZH_FEW = r"(?:才|刚|只有|刚满|刚刚|不到|还不到|未满|还没满)?"
_EN_WEEKS = r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)"
_EN_MONTHS = r"(?:1|2|one|two|a)"
_ZH_WEEKS = r"(?:[1-9]|1[0-2]|[一二两三四五六七八九十]|十[一二])"
_ZH_DAYS = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_ZH_MONTHS = r"(?:1|2|一|两|二)"
_PAIN_EN = r"pain|pains|painful|hurts?|hurting|aches?|aching|sore"
_UNABLE_EN = (
    r"(?:can'?t|cant|cannot|can not|couldn'?t|could not|unable to|not able to|"
    r"(?:has|have|had)(?:n'?t| not) (?:been able|managed) to)"
)
_PEE_ACT_EN = (
    r"(?:pee|wee|urinate|urin[a-z]*te|piss|pass (?:any )?(?:urine|water)|(?:go|have|do|get) (?:for )?(?:a )?(?:wee|pee)|"
    r"go to the (?:toilet|loo) (?:for a (?:wee|pee))?)"
)
_CHILD_EN = (
    r"(?:kid|child|son|daughter|toddler|baby|boy|girl|grandson|granddaughter|little one|"
    r"\d+ ?(?:year|yr|month)s?[- ]old)"
)
_OD_QTY = (
    r"(?:(?:about|around|roughly|like|maybe|nearly|almost|over|at least|more than|probably|prob) )?"
    r"(?:[1-9]\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|dozens? of|loads of|lots of|"
    r"a lot of|a load of|a handful of|handfuls of|a bunch of|(?:way |far |much )?too (?:many|much)|all (?:of )?the (?:pills|tablets) in the (?:bottle|packet|box|pack)|(?:a |the |an )?(?:whole|entire|full) "
    r"(?:bottle|packet|pack|box|strip|tub|blister|sheet|tube) of|(?:a|one|two|2|3|three) (?:bottles|packets|packs|boxes) of)"
)
_OD_DRUG = (
    r"(?:[a-z]+ )?(?:pills?|tablets?|tabs|meds|medications?|medicines?|capsules?|paracetamol|acetaminophen|"
    r"tylenol|panadol|ibuprofen|aspirin|co-codamol|codeine|tramadol|oxycodone|morphine|opioids?|"
    r"antidepressants?|diazepam|valium|insulin|vitamins|gummies|painkillers?|"
    # medicines named by their own name (r7 class: "swallowed 20 of my sertraline"; nhs.uk
    # 'Poisoning': A&E for an overdose of any medicine)
    r"sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|mirtazapine|amitriptyline|"
    r"nortriptyline|zopiclone|zolpidem|quetiapine|olanzapine|lithium|propranolol|naproxen|diclofenac|"
    r"co-?dydramol|dihydrocodeine|gabapentin|pregabalin|lorazepam|temazepam|clonazepam|metformin|warfarin|"
    r"antihistamines?|nurofen|anadin|lemsip|solpadeine|migraleve)"
)
# round 11 (r11e): medicines named by their own name as the means saved up for a suicide plan
# (NICE NG225 'Self-harm': ask about access to means), and the pain patient's "for the bad days"
# that keeps a supply back with no plan in it
_MEANS_DRUG_EN = (
    r"(?:(?:old|spare|leftover|left over|mum'?s|dad'?s|mother'?s|father'?s|nan'?s|gran'?s|wife'?s|husband'?s) )*"
    r"(?:pills|tablets|meds|medication|painkillers|sleeping (?:pills|tablets)|paracetamol|co-?codamol|codeine|"
    r"tramadol|oxycodone|oxycontin|morphine|oramorph|fentanyl|opioids?|diazepam|valium|zopiclone|zolpidem|"
    r"antidepressants?|sertraline|citalopram|fluoxetine|amitriptyline|nortriptyline|mirtazapine|venlafaxine|quetiapine|"
    r"lithium|propranolol|insulin|co-?dydramol|dihydrocodeine|gabapentin|pregabalin|lorazepam|temazepam|"
    r"clonazepam|aspirin|ibuprofen|warfarin)(?![a-z])"
)
_MEANS_NOT_PAIN = (
    r"(?! (?:for|in case of) (?:the )?(?:bad|worse|worst|really bad) (?:days|nights|flare|flares|spells|times))"
    r"(?! for (?:when|if) (?:the|my|it) (?:pain|back|knee|migraine|flare))(?! in case)(?! for emergenc)"
)
_POISON_EN = (
    r"(?:bleach|anti-?freeze|drain cleaner|oven cleaner|cleaning (?:products?|fluid|liquid)|dishwasher (?:tablets?|pods?|liquid|detergent|powder)|"
    r"(?:washing|laundry|detergent) (?:tablets?|pods?|capsules?|liquid)|detergent|weed ?killer|herbicide|pesticide|"
    r"insecticide|rat poison|slug pellets|paraquat|methanol|(?:screen|windscreen) wash|lighter fluid|petrol|gasoline|"
    r"kerosene|paraffin|lamp oil|white spirit|turpentine|nail polish remover|(?:button |watch |coin |lithium )?batter(?:y|ies)|"
    r"magnets?|magnetic (?:balls?|beads?|marbles|toys?)|buckyballs|(?:wild|poisonous|unknown|strange) (?:mushrooms|berries|plants?|leaves)|berries (?:off|from) (?:a |the )?(?:bush|tree|hedge|plant|garden)|toadstools?|e-?liquid|vape (?:liquid|juice)|nicotine|caustic|lye|ammonia|toilet cleaner|"
    r"disinfectant|poison)"
)
_POISON_ZH = (
    r"(?:农药|百草枯|敌敌畏|除草剂|杀虫剂|灭鼠药|老鼠药|耗子药|鼠药|84消毒液|消毒液|消毒水|漂白剂|漂白水|洁厕灵|"
    r"防冻液|甲醇|工业酒精|假酒|汽油|煤油|洗衣(?:液|凝珠|粉)|(?:纽扣|扣式|硬币大小的|圆形)电池|电池|磁铁|磁珠|吸铁石|磁力珠|磁力球|巴克球|磁球|水银|毒药|毒蘑菇)"
)
# A food or an everyday drink told after an amount ("喝了几瓶啤酒", "吃了一盒饼干"): no pills
_ZH_FOOD_DRINK = (
    r"(?:的)?(?:冰|冰镇|常温)?(?:啤酒|啤的|红酒|葡萄酒|黄酒|米酒|饮料|可乐|雪碧|汽水|苏打水|矿泉水|纯净水|白开水|水(?![银杨])|"
    r"牛奶|酸奶|奶(?!粉)|果汁|橙汁|奶茶|茶(?!碱)|咖啡|豆浆|椰汁|汤|粥|米饭|饼干|巧克力|零食|薯片|面包|蛋糕|冰淇淋|雪糕|方便面|泡面|"
    r"水果|草莓|葡萄|樱桃|瓜子|花生|坚果|月饼|粽子|饺子|汉堡|披萨)"
)
_ZH_MANY = r"(?:[1-9]\d+|十[一二三四五六七八九]?|[二两三四五六七八九]十[一二三四五六七八九]?|几十|一百|上百|好几十|十几|二十几|三十几|十来|二十来|三十来)"
_SEVERE_EN = (
    r"worst|severe|crushing|excruciating|unbearable|agoni[sz]ing|terrible|intense|extreme|really bad|"
    r"very bad|so bad|horrible|awful|crippling|intolerable"
)

# Blood told after what it is in: "vomiting since yesterday, blood in it", "threw up" ... "some
# blood in it", "吐的东西里有血", "咳的痰里有血", "拉的里面有血". The blood belongs to the nearest
# vomiting, cough or poo told before it in the message (the gap may hold no other of them), or,
# told alone in an answer, to the one the conversation is about (see the rules that read
# blood_ref). A blood test, blood pressure, bloodshot eyes and red food are no blood in anything.
_EN_VOMIT_REF = (
    r"vomit[a-z]*|throw(?:ing|s)? up|threw up|thrown up|puk(?:e|es|ed|ing)|"
    r"(?:being|been|was|were|got|is|am|keeps? being|kept being) sick|sick(?:ing)? up|bring(?:ing|s)? up|brought up|retch[a-z]*"
)
_EN_COUGH_REF = r"cough[a-z]*|phlegm|sputum|mucus"
_EN_STOOL_REF = (
    r"diarrh?o?ea|diarrhea|the runs|the trots|poo(?:s|ed|ing|p|ps|py|h)?|stools?|faeces|feces|"
    r"bowel movements?|motions|number twos?"
)
# other places blood is seen (the nose, gums, a period, a cut, the toilet paper, piles, pee)
_EN_BLOOD_SITE = (
    r"pee(?:s|d|ing)?|wee(?:s|d|ing)?|urine|nose(?:bleeds?)?|snot|gums?|teeth|tooth|period|menstrual|cut|wound|graze|"
    r"tissues?|toilet paper|wip(?:e|ed|es|ing)|piles|ha?emorrhoids?|bum|bottom|back passage|eyes?|nappy|nappies"
)
_EN_BLOOD_AFTER = (
    # what "blood" is not, and blood placed somewhere else than in what was brought up
    r"(?! ?(?:tests?|pressures?|sugars?|counts?|results?|work|glucose|levels?|donations?|donors?|types?|groups?|"
    r"thinners?|vessels?|oranges?|sausages?|puddings?|tofu|shot|shots|taken|drawn|cells?|banks?|brothers?|relatives?)(?![a-z])"
    r"| (?:on|from|out of|off) (?!it\b|them\b|there\b)"
    rf"| (?:in|with) (?:my |his |her |the |their |your |a )?(?:{_EN_COUGH_REF}|{_EN_STOOL_REF}|{_EN_BLOOD_SITE})(?![a-z]))"
)
_EN_BLOOD_REF = (
    r"blood in (?:it|them|there|the (?:bowl|toilet|sink|bucket|basin|bag|loo))\b|"
    r"(?:there(?:'s| is| was| were| are| has been| have been)|with|had|has|have|got|saw|see|seen|noticed|found|"
    r"contains?|contained|showed|shows|full of|mixed with|streaked with|tinged with|stained with)"
    r"(?: (?:some|a|a little|a tiny|a small|little|tiny|small|bit|bits|streaks?|specks?|flecks?|traces?|spots?|drops?|"
    r"touch|amount|lot|lots|loads|clots?|of|fresh|bright|dark|red))* blood" + _EN_BLOOD_AFTER + r"|"
    r"(?:some|(?:a )?(?:little |tiny |small )?(?:bit|bits|streaks?|specks?|flecks?|traces?|spots?|drops?|touch|lot|lots|loads|clots?) of)"
    r"(?: (?:fresh|bright|dark|red))* blood" + _EN_BLOOD_AFTER + r"|"
    r"blood[ -]?(?:stained|streaked|tinged|streaks|clots)|"
    r"(?:it|they|that|this|which) (?:is|was|were|are|looked|looks|seemed|had gone|went) (?:all |a bit |really |quite |very )?bloody|"
    r"bloody (?:bits?|stuff|streaks?|strings?|liquid|water|mess|clots?)"
)
# "blood" or "bloody" after being sick: not a blood test or pressure, nor "bloody" as a swear word
# ("throwing up all bloody night")
_EN_BLOOD_WORD = (
    r"blood" + _EN_BLOOD_AFTER + r"(?![a-z])"
    r"|bloody(?= *(?:$|[,.!?;]|(?:bits?|stuff|streaks?|strings?|liquid|water|mess|clots?)(?![a-z])))"
)
# ... the same with a bare "blood", read only right after what it is in
_EN_BLOOD_NEAR = _EN_BLOOD_REF + "|" + _EN_BLOOD_WORD
_EN_REF_ANY = rf"{_EN_VOMIT_REF}|{_EN_COUGH_REF}|{_EN_STOOL_REF}|{_EN_BLOOD_SITE}"


def _en_blood_after(first: str, gap: int = 10) -> str:
    """`first`, then up to `gap` words with no other thing the blood could be in (commas allowed),
    then blood told without a place (`_EN_BLOOD_NEAR`): the gap is read for a negation."""
    word = rf"(?!(?:{_EN_REF_ANY})(?![a-z]))[a-z0-9']+"
    return rf"(?:{first})(?P<gap>(?:[ ,]+{word}){{0,{gap}}}?[ ,]+)(?:{_EN_BLOOD_NEAR})"


# 吐 is being sick, not spitting (吐痰, 吐口水, 吐了口带血丝的口水), 吐槽 (a moan) or 吐司 (toast)
_ZH_VOMIT_REF = r"(?<![咳])吐(?![痰槽司露字舌唾沫]|(?:了|出)?(?:一)?口(?!血))|呕(?!心)|反胃"
_ZH_COUGH_REF = r"咳|痰|咯"
_ZH_STOOL_REF = r"拉(?=肚子|稀|屎|的|出来|完|了|水)|腹泻|大便|便便|粑粑|屎|大号|窜稀|泻"
_ZH_BLOOD_SITE = (
    r"口水|唾沫|唾液|尿|小便|鼻|牙|月经|例假|姨妈|伤口|划破|割|纸|卫生巾|眼|痔|肛门|屁股"
)
_ZH_BLOOD_NOT = r"(?![压糖型管常脂检化清小板液象栓红蛋沉缘统脉])"
_ZH_BLOOD_AMOUNT = r"(?:点|一点|点点|一点点|些|一些|少量|不少|很多|好多|许多|几丝|一丝|丝丝)?(?:鲜红色?的|红色?的|暗红色?的|鲜)?"
# blood that something has ("里面有血", "带血丝", "有一点血"), told alone in an answer
_ZH_BLOOD_HAS = (
    r"(?:有|带|带着|见|夹着|夹杂着?|混着|出现)"
    + _ZH_BLOOD_AMOUNT
    + r"(?:血丝|血块|血"
    + _ZH_BLOOD_NOT
    + r")"
)
# ... or is ("吐的是血", "吐出来都是血"), read only right after what it is in
_ZH_BLOOD_REF = (
    r"(?:有|带|带着|见|夹着|夹杂着?|混着|出现|都是|全是|是|看到|看见)"
    + _ZH_BLOOD_AMOUNT
    + r"(?:血丝|血块|血"
    + _ZH_BLOOD_NOT
    + r")"
)


def _zh_blood_after(first: str, gap: int = 12) -> str:
    """`first`, then up to `gap` characters (a comma allowed) with no other thing the blood could
    be in, then blood that something has (`_ZH_BLOOD_REF`)."""
    others = rf"{_ZH_VOMIT_REF}|{_ZH_COUGH_REF}|{_ZH_STOOL_REF}|{_ZH_BLOOD_SITE}"
    char = rf"(?:(?!{others})[^。.！!？?；;\s])"
    return rf"(?:{first})(?P<gap>{char}{{0,{gap}}}?)(?:{_ZH_BLOOD_REF})"


# Numbness or pain running from the buttock down one leg (sciatica, nhs.uk 'Sciatica'): not both
# legs, which is the cauda equina flag.
_ZH_DOWN_LEG = (
    r"[^，,。]{0,4}(?:到|至|往下|向下|下去|连着|顺着|带着|一直到)[^，,。]{0,4}"
    r"(?<!两)(?<!双)(?<!两条)(?:大腿|小腿|腿肚子?|腿|脚后跟|脚底|脚|膝盖?)(?![^，,。]{0,3}(?:两|双|都))"
)
_EN_DOWN_LEG = (
    r"[a-z ,']{0,25}(?:down|into|to|through) (?:the back of )?(?:my |his |her |the |one )?(?:left |right )?"
    r"(?:leg|thigh|calf|foot|knee|hamstring)(?!s)"
)

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "chest_pain",
        en=(
            r"chest[- ](?:pain|pains|pressure|tightness|discomfort|ache|aches|heaviness|burning)",
            r"(?:tight|heavy|painful|sore|crushing) chest",
            near_en(
                r"pain|pressure|tightness|discomfort|heaviness|ache|squeezing|twinges?|stabbing|tight band|band|tight|weight|crushing|burning",
                rf"(?:in|on|across|around|round|behind) (?:{_POSS} |the (?:middle|centre|center|left|right|left side|right side) of {_POSS} )?chest(?! of drawers)",
                2,
            ),
            near_en(
                r"chest(?! of drawers| freezer)",
                r"hurts?|hurting|painful|aches?|aching|tight|heavy|pressure|squeez[a-z]*|killing me|"
                r"crush[a-z]*|burn[a-z]*|sore",
                3,
            ),
            r"angina|heart pain",
            # round 12 (r12e-zh-21 class, told in English): "a heavy feeling in her chest", "a
            # tight sensation across my chest" (nhs.uk 'Heart attack': chest pain can feel like
            # pressure, heaviness or tightness)
            rf"(?:heavy|heaviness|tight|tightening|pressing|pressure|squeezing|crushing) (?:feeling|sensation|weight) (?:in|on|across|around|behind) (?:{_POSS} |the (?:middle|centre|center) of {_POSS} )?chest(?! of drawers)",
        ),
        zh=(
            r"胸痛|胸闷|心绞痛",
            # 心口窝 is the pit of the stomach (epigastrium), not the chest
            # 胸罩/胸衣/胸针 are a bra, a corset, a brooch; the 8-character gap may not hold another
            # body part, the skin or a spot on it, a scan result or a turn to something else
            # (胸口的皮肤有点痒头疼, 胸部X光正常腿疼, 胸前长了个痘痘有点疼 are not chest pain)
            near_zh(_ZH_CHEST, _ZH_CHEST_FEEL, 8, _ZH_CHEST_GAP_STOP),
            near_zh(
                rf"(?:{_ZH_CHEST})(?:这里|那里|这块|里面)?(?:{_ZH_CHEST_JOIN})",
                _ZH_CHEST_FEEL,
                6,
                _ZH_CHEST_GAP_TURN,
            ),
            # round 12 (h11-zh-10): the chest told as the place, then when it hurts ("左边胸口，
            # 咳嗽和吸气的时候刺疼"): a longer gap that ends in ...的时候疼 (nhs.uk 'Pneumonia': chest
            # pain when breathing or coughing - urgent GP or 111)
            rf"(?:{_ZH_CHEST})(?:这里|那里|这块|这边|那边)?[，,] ?(?:(?!{_ZH_CHEST_GAP_STOP})[^，,。.！!？?；;\s]){{0,10}}?"
            r"(?:的时候|时)(?:会|就|更|有点|很|特别|也)?(?:刺|扎|隐隐|一阵阵?)?(?:痛|疼)",
        ),
    ),
    Concept(
        "heart_attack",
        en=(r"heart attack",),
        zh=(r"心梗|心肌梗[死塞]|心脏病(?:发作|犯了)",),
    ),
    Concept(
        "severe_chest_pain",
        en=(
            rf"(?:{_SEVERE_EN}|sudden(?:ly)?|squeezing|heavy)(?:,? (?:{_SEVERE_EN}|sudden|central|left[- ]sided|[a-z]+ing))? "
            r"chest (?:pain|pains|pressure|tightness|ache|discomfort|heaviness)",
            rf"(?:{_SEVERE_EN}|sudden) (?:pain|pressure|tightness|heaviness|squeezing) (?:in|across|on|around|behind) "
            rf"(?:the (?:middle|centre|center) of )?{_POSS} chest",
            rf"chest (?:pain|pains|pressure|tightness) (?:is |that is |that's |feels )?(?:so )?(?:{_SEVERE_EN})",
            rf"(?:elephant|weight|ton|tonne|someone|something)[a-z ]{{0,20}}?(?:sitting|standing|pressing|crushing|squeezing|on) (?:on )?{_POSS} chest",
            r"(?:chest|heart)[a-z ']{0,25}(?:like|as if|as though) (?:an? )?(?:elephant|(?:heavy |huge )?weight|ton of bricks|tonne|vice)",
            r"(?:gtn|nitro(?:glycerin)?|angina spray)[a-z ]{0,20}(?:not|isn'?t|hasn'?t|didn'?t|doesn'?t|won'?t) (?:work|help)[a-z]*|"
            r"(?:chest|heart) (?:is |feels )?(?:like it'?s )?(?:being )?(?:crushed|squeezed|in a vice)|(?:tearing|ripping)(?: [a-z]+)? (?:chest )?pain|"
            r"chest pain[a-z ,]{0,30}(?:tearing|ripping)",
        ),
        zh=(
            r"(?:剧烈|严重|突然|突发)(?:的)?胸(?:口|部|前)?(?:剧?[痛疼]|闷痛|压痛)|胸(?:口|部|前)?剧痛|"
            r"胸(?:口|部|前)?(?:疼|痛)得(?:厉害|受不了|要命|不行|要死|喘不过气)|胸(?:口|部)?(?:非常|特别|极其|十分)(?:地)?[痛疼]",
            r"胸[^。]{0,8}?(?:像|好像|跟|如同)(?:被)?(?:什么|人)?(?:压|坠|堵|勒)(?:了|着|住)(?:一)?(?:块|个|座|坨)?(?:大)?(?:石头|石块|山|铁块|铅块)",
            r"压榨(?:样|性|感)?的?(?:胸)?(?:疼痛|[痛疼]|闷痛)|胸(?:口|部)?(?:像|好像|如同)(?:被)?[^，,。]{0,8}(?:压着|压住|压住了|挤压|勒住|勒着)",
            r"胸(?:口|部)?(?:撕裂|刀割|炸裂)(?:样|般|一样)|胸(?:口|部)?(?:像|好像)?要(?:裂开|炸开|爆炸)|"
            r"(?:这辈子|有生以来|平生)最(?:严重|剧烈|厉害|痛|疼)的胸[痛疼]|"
            r"(?:硝酸甘油|速效救心丸|救心丸)[^。]{0,8}(?:不管用|没用|无效|不缓解|没效果|不见效|没有缓解)",
        ),
    ),
    Concept(
        "dyspnea",
        en=(
            r"short(?:ness)? of breath|breathless(?:ness)?|out of breath|winded",
            r"(?:trouble|difficulty|difficult|hard|struggl[a-z]*|problems?) (?:to )?breath(?:e|ing)?",
            r"(?:can'?t|cannot|couldn'?t)(?: seem to| really| quite)? catch (?:my|his|her|their) breath",
            r"breathing (?:is )?(?:hard|difficult|laboured|labored)",
        ),
        zh=(
            r"气短|气促|(?<!哮)气喘|呼吸困难|呼吸急促|喘不上气|喘不过气|上不来气|透不过气|憋气|憋得慌|"
            r"呼吸不畅|气不够用|喘得(?:很|特别|好)?(?:厉害|不行|受不了)|憋得(?:脸)?(?:通红|发紫|发青)|脸憋(?:得)?(?:通红|发紫|发青|红了|紫了)",
            near_zh(r"呼吸", r"困难|急促|费力|不畅", 3),
            r"(?:(?<=[，,。；;\s])|^)(?:有点|有些|很|特别|直|老是?|一直|还|也)?喘(?:得厉害|得很|得慌|起来了)?(?=[，,。！!；;\s]|$)",
        ),
    ),
    Concept(
        "severe_dyspnea",
        en=(
            r"(?:can'?t|cannot|can not|unable to|couldn'?t) (?:breathe|breath|get (?:any )?air)|(?:can|could) (?:barely|hardly) (?:breathe|breath)",
            r"(?:asthma attack|wheez[a-z]*)[a-z ,']{0,30}(?:inhaler|puffer|nebuli[sz]er) (?:is not|isn'?t|not|doesn'?t|does not|didn'?t|won'?t) (?:working|helping|work|help)",
            r"(?:severe|extreme|really bad|very bad|terrible) (?:shortness of breath|breathlessness|"
            r"difficulty breathing|trouble breathing)",
            r"(?:severely|extremely|very|really) (?:short of breath|breathless)",
            r"(?:something|food|a (?:sweet|grape|bone|toy)) (?:is )?(?:stuck|lodged) in (?:his|her|my|their) (?:throat|windpipe)|(?:can'?t|cannot|unable to) (?:make a sound|make any (?:sound|noise)|cough it (?:up|out))|"
            r"gasping(?: for (?:air|breath))?|struggling (?:to breathe|for (?:breath|air))|"
            r"fighting for (?:breath|air)|choking",
            r"(?:lips?|face|fingers?|fingertips) (?:are |is |turning |turned |going |gone |have |has |looks? |a bit |a little |slightly |kind of |quite )*"
            r"(?:blue|blueish|bluish|purple|purplish|grey|gray)",
            r"blue lips|turning blue",
            r"(?:ribs|skin between (?:his|her|the) ribs|tummy|neck) (?:is |are )?(?:sucking|pulling|sinking|caving) in|(?:rib|chest) recession",
            r"(?:sucking|pulling|sinking|caving|drawing) in (?:under|between|below|beneath|around) (?:his|her|the|their|my) (?:ribs|ribcage|rib cage|chest)|"
            r"working (?:really |so |very |quite )?hard (?:to|at) breath(?:e|ing)|(?:using|with) (?:all )?(?:his|her|their|my) (?:tummy|stomach|neck) muscles to breathe",
            r"(?:is not|isn'?t|not|stopped|has stopped|no longer) breathing",
            r"(?:can'?t|cannot|unable to|couldn'?t) (?:speak|talk|say|finish|get out)(?: in)? (?:a )?"
            r"(?:full|whole|complete) sentences?",
            r"(?:can'?t|cannot|unable to|couldn'?t) (?:finish|complete) (?:a |his |her |my |their )?sentences?|"
            r"(?:can|could) only (?:get out|get|say|manage|speak|talk in) (?:a )?(?:few|couple of|one or two|2 or 3|two or three) words|(?:too )?breathless to (?:speak|talk)",
        ),
        zh=(
            r"不能呼吸|无法呼吸|没法呼吸|呼吸不了|喘不了气|吸不上气|吸不进气|完全喘不[过上]气|没有?呼吸了|停止呼吸|不喘气了",
            r"(?:严重|极度|非常|特别|十分)(?:的)?呼吸困难|呼吸(?:非常|特别|极其|极度|十分)困难",
            r"(?:憋|喘)得说不[出了]话|说不[出了]完整的?(?:句子|话)|话都说不完整|一句话(?:要|得)?(?:停|歇|喘)好几(?:次|下)|说(?:几|两)个字就(?:要)?(?:喘|停)",
            r"(?:嘴唇|口唇|嘴巴|脸色?)(?:有点|有些|都|已经|开始)?(?:发紫|发青|青紫|发绀|紫了|变紫|变青)|窒息|快(?:要)?憋死|咳不出(?:来|声)|发不出(?:声音|声)|噎住|(?:东西|异物|食物|鱼刺|枣核|果冻)卡(?:在|住)",
            # round 13 (r13t-zh-20): a denial inside the phrase ("肋骨下面没有往里凹") is none
            r"(?:肋骨|锁骨|胸口|肚子)(?:(?!没|不(?!停|断|住)|无|未)[^，,。]){0,6}(?:(?:凹|陷|吸)(?:进去|下去)|往里(?:凹|陷|吸|缩))|三凹征|一个字一个字(?:地)?(?:往外)?(?:蹦|挤|说)",
        ),
    ),
    Concept(
        "sweating",
        # round 10: sweaty palms (手心出汗, "sweaty palms", "my hands sweat") are the sweat of nerves
        # (nhs.uk 'Generalised anxiety disorder'), not the cold sweat of a heart attack (r10a-zh-22)
        en=(
            r"(?<!palms )(?<!palm )(?<!hands )(?<!palms are )(?<!hands are )sweat(?:ing|y|s)?(?! (?:palms?|hands))|clammy|drenched|soaked in sweat|pouring with sweat|cold sweats?",
        ),
        zh=(
            # "爱出汗" / "容易出汗" is how someone is, not a sweat now
            r"(?<!爱)(?<!容易)(?<!平时就)(?<!本来就)(?<!手心)(?<!手掌)(?<!手)(?<!手心都)(?<!手心直)(?<!手上)出汗|(?<!手心)(?<!手)(?<!手掌)冒汗|大汗|冷汗|虚汗|(?:脸上|头上|身上|满脸|一脸|额头上?)(?:全是|都是|直冒|冒)汗|出了?一身(?:的)?(?:冷)?汗|一身(?:的)?(?:冷)?汗|满头(?:大)?汗|汗(?:都)?(?:出来了|湿透)",
        ),
    ),
    Concept(
        "radiating",
        en=(
            r"(?:radiat[a-z]*|spread[a-z]*|goes|going|moving|moves|shoot[a-z]*)(?: right| straight)? (?:down|to|into|up|through)(?: into| to)?"
            rf"(?: to)?(?: {_POSS})?(?: left| right)? (?:arm|arms|jaw|neck|shoulder|back|shoulder blades?)",
            near_en(r"(?:left )?(?:arm|jaw)", r"pain|hurts?|aches?|aching|numb[a-z]*", 2),
            rf"pain in {_POSS} (?:left )?(?:arm|jaw)",
        ),
        zh=(
            r"(?:放射|牵扯|传|延伸|窜|扩散|疼|痛)到(?:了)?(?:左|右)?(?:侧)?(?:手臂|胳膊|臂|下巴|下颌|肩膀|肩|脖子|后背|背)",
            near_zh(r"左(?:侧)?(?:手臂|胳膊|臂|肩|手)|下巴|下颌", r"痛|疼|麻"),
        ),
    ),
    Concept(
        "face_droop",
        en=(
            near_en(
                r"face|mouth|smile|lip|eyelid",
                r"droop[a-z]*|sagg[a-z]*|lopsided|uneven|crooked|drooping|fallen|dropped|wonky|slipped|twisted|skew[a-z]*",
                2,
            ),
            r"droop[a-z]* (?:face|mouth|smile|eyelid)|facial droop|crooked smile",
            # nhs.uk Stroke (FAST, Face): "the face may have dropped on one side, the mouth or eye drooped"
            r"(?:face|mouth|smile) (?:looks?|looked|seems?|is|went|has gone|'s gone) (?:a bit |all |kind of )?(?:funny|odd|strange|weird|different|lopsided) on one side",
            r"(?:face|mouth|smile|lips?) (?:looks?|looked|looking|seems?|seemed|is|was|went|has gone|'s gone|gone|has dropped) "
            r"(?:a (?:bit|little|tiny bit) |slightly |kind of |sort of |quite |all |a touch )?"
            r"(?:droopy|droopier|drooping|lopsided|crooked|wonky|uneven|saggy|skewed|twisted|lower on one side)",
            r"(?:drink|water|tea|coffee|food|drool|dribble|mouthwash)[a-z ]{0,20}(?:dribbl|leak|spill|run|pour|fall)[a-z]* out (?:of )?(?:the )?(?:one|left|right) side of (?:my|his|her|the) mouth",
            r"face (?:went|has gone|is|feels|suddenly went) (?:all )?numb",
            near_en(
                rf"(?:one|the left|the right|left|right) side of {_POSS} face|half (?:of )?{_POSS} face",
                r"droop[a-z]*|numb[a-z]*|sagg[a-z]*|fell|dropped|won'?t move|doesn'?t move|can'?t move|isn'?t moving|not moving|paraly[a-z]*|weak[a-z]*|frozen|dead",
                2,
            ),
        ),
        zh=(
            r"口角歪斜|嘴歪|嘴(?:巴)?(?:也|还)?(?:有点|有些|好像|稍微|突然|一边)?(?:有点)?歪(?!理)|口眼歪斜|脸歪|面瘫|嘴角(?:下垂|歪)|面部下垂|(?:一边|一侧|左边|右边)?嘴角(?:往下)?(?:耷拉|掉下来|往下掉|歪向一边|歪到一边)",
            near_zh(
                r"(?:左|右)?半边脸|一侧脸|一边脸|(?:左|右)边(?:的)?脸",
                r"麻|下垂|不能动|动不了|歪|没(?:有)?知觉|不听使唤",
            ),
            r"(?:水|口水|漱口水|饭|汤|牛奶|饮料)[^，,。]{0,8}(?:从)?(?:一边|左边|右边|一侧)?嘴角(?:漏|流|淌)|嘴角(?:漏水|漏饭|兜不住)",
            r"笑(?:的时候|起来)[^，,。]{0,6}(?:脸|嘴)?(?:歪|不对称|一边(?:不动|动不了|耷拉))",
            # the face named first, then the side (nhs.uk Stroke FAST: the face has dropped on one side)
            r"(?:脸|面部|嘴角?)(?:的)?(?:一边|一侧|半边|左边|右边)[^，,。]{0,3}(?:耷拉|下垂|垂下|掉下来|往下掉|塌下来|歪)",
            r"(?:一边|一侧|半边|左边|右边)(?:的)?(?:脸|嘴角)[^，,。]{0,3}(?:耷拉|垂下|塌下来|往下掉)",
            # the face or mouth "a bit" crooked or uneven (r7b-zh-26: 脸有点歪; nhs.uk Stroke FAST:
            # the face may have dropped on one side); a denial (脸不歪, 脸没有歪) reads no adverb
            r"(?<!脸型)(?:脸|嘴角|嘴巴|面部)(?:(?:有点|有些|好像|稍微|突然|一下子|怎么|看着|感觉|一边|往一边|向一边)(?:儿)?){1,3}(?:歪|斜|不对称|不一样高|耷拉)|(?:脸|嘴角|嘴巴|面部)(?:两边)?不对称了",
        ),
    ),
    Concept(
        "faint_feeling",
        en=(
            r"feel(?:ing|s)? (?:very |really |so |a (?:bit|little) |slightly |quite |kind of |sort of )?(?:faint|like (?:i'?m|i am|she'?s|he'?s) (?:going to|gonna|about to) (?:faint|pass out))|(?:nearly|almost) (?:fainted|passed out|blacked out|collapsed)|light-?headed",
        ),
        zh=(
            r"眼前发黑|眼前一黑|(?:快|快要|差点|差一点|感觉要|觉得要|好像要)(?:要)?晕(?:倒|过去|了)|头晕眼花",
        ),
    ),
    Concept(
        "one_sided_low_pain",
        en=(
            r"(?:pain|hurts?|ache|cramp)[a-z ,']{0,30}(?:low down|lower|low) (?:on |in )?(?:my |the )?(?:left|right)|(?:pain|hurts?|ache|cramp)[a-z ,']{0,20}(?:on )?(?:my |the )?(?:left|right) side[a-z ,']{0,10}low down|(?:lower|low) (?:left|right) (?:side|tummy|abdomen|belly)|one side of (?:my |the )?(?:lower )?(?:tummy|abdomen|belly)",
        ),
        zh=(r"[左右]下腹|小肚子(?:一边|左边|右边)",),
    ),
    Concept(
        "wheeze",
        en=(r"wheez[a-z]*",),
        zh=(r"喘鸣|哮鸣|(?:喘气|呼吸|嗓子)[^，,。]{0,4}(?:呼呼|嘶嘶|吱吱|咝咝)(?:的)?(?:声|响)",),
    ),
    Concept(
        "reflux_burn",
        en=(
            # round 11 (r11u-en-10): a burning eased by an antacid is heartburn (nhs.uk 'Heartburn
            # and acid reflux': a pharmacist, GP if it lasts 3 weeks)
            r"burning[^.!\n]{0,80}?(?:gaviscon|rennies?|tums|antacids?|omeprazole|lansoprazole)(?:[a-z ]{0,10})? (?:helps?|helped|works?|worked|settles? it|eases? it)",
            r"heartburn|acid reflux|acid (?:in (?:my|the) throat|coming up|into my (?:mouth|throat))|burning[a-z ]{0,30}after (?:a |my |every |each |most |any |all |that |the )?(?:(?:big|spicy|fatty|heavy|massive|huge|large|greasy|rich|late|fried|hot|indian|chinese) ){0,2}(?:meals?|curry|curries|food|eating|dinner|takeaway|pizza|kebab|fry-?up)",
        ),
        # round 10: a burning after a rich meal named by the dish ("吃了顿火锅 胸口烧得慌"): nhs.uk
        # Heartburn and acid reflux - rich or spicy food and alcohol bring it on, a pharmacist helps
        zh=(
            r"烧心|反酸|泛酸|(?:吃完饭|饭后)[^，,。]{0,10}(?:火烧火燎|烧|灼)"
            r"|(?:胸口|心口)[^。]{0,6}(?:烧|灼)[^。]{0,16}(?:吃了?|喝了?)(?:点|些)?(?:胃药|奥美拉唑|铝碳酸镁|达喜|斯达舒|吗丁啉)[^。]{0,4}(?:好|缓解|舒服)"
            r"|(?:吃完|吃了(?:一?顿)?)(?:火锅|烧烤|麻辣烫|辣的|宵夜|夜宵|大餐|麻辣香锅|小龙虾)[^。]{0,14}(?:火烧火燎|烧|灼)",
        ),
    ),
    Concept(
        "cough_soreness",
        en=(
            r"(?:sore|hurts?|aches?|aching|achy|pain(?:ful)?|tender|bruised)(?: [a-z]+){0,3} (?:from|with|after|because of) (?:all )?(?:the |this |my )?cough(?:ing)?",
            # round 11 (r11u-en-30): coughing up phlegm and a sore chest in one clause (nhs.uk
            # 'Chest infection': a cough with phlegm and chest pain, treated at home)
            r"cough[a-z]* (?:up )?(?:green|yellow|brown|thick)?[a-z ]{0,12}(?:phlegm|mucus|gunk|gunge|stuff|sputum|snot|crap)[a-z ]{0,6} and (?:my )?chest (?:feels |is |has been )?(?:really |a bit |so |very )?(?:sore|achy|aching|raw|tender)",
        ),
        zh=(
            r"(?:胸口?|胸部)?咳(?:嗽)?(?:得|的)(?:胸口?|胸部)?(?:有点|有些|很|都)?(?:闷|隐|胀|发|生)?(?:[痛疼]|难受)",
            r"咳(?:嗽)?[^。]{0,4}(?:黄|绿|浓)?痰[^。]{0,6}(?:胸口|胸部|胸)(?:有点|有些|也)?(?:酸|酸疼|酸痛|隐隐作痛|疼|痛)",
        ),
    ),
    Concept(
        "vertigo_sudden",
        en=(
            r"(?:sudden(?:ly)?|out of nowhere|all of a sudden)[a-z ,']{0,25}(?:room (?:is |was )?spinning|dizz[a-z]*|vertigo|everything (?:is |was )?spinning)",
            # round 11: "the room suddenly started spinning" (the sudden word inside)
            r"(?:room|world|everything) (?:suddenly|all of a sudden) (?:started|began|went) spinning|(?:room|world|everything) (?:suddenly )?spun",
        ),
        zh=(r"突然[^，,。]{0,4}(?:天旋地转|头晕|眩晕)",),
    ),
    Concept(
        "posterior_signs",
        en=(
            r"double vision|seeing double|(?:can'?t|cannot|couldn'?t) walk (?:straight|in a straight line)|(?:unsteady|staggering|wobbly|swaying) (?:on (?:my|his|her) feet|when (?:i|he|she) walk)|lost (?:my|his|her) balance",
        ),
        zh=(r"重影|看东西(?:有)?两个|走路(?:走)?不稳|站不稳|走路打晃|走不了直线",),
    ),
    Concept(
        "bells_features",
        en=(
            r"(?:can'?t|cannot|couldn'?t|unable to|won'?t|doesn'?t|can not) (?:fully |properly |completely )?(?:close|shut|blink)(?: [a-z]+){0,2} eye|"
            r"eye (?:won'?t|doesn'?t|will not|does not|can'?t) (?:fully |properly )?(?:close|shut)|(?:forehead|eyebrow) (?:won'?t|doesn'?t|can'?t) (?:move|wrinkle|lift)|"
            r"(?:behind|around|in front of) (?:my|his|her|the) ear|taste (?:is )?(?:funny|strange|different|gone|changed)|bell'?s palsy|facial nerve (?:palsy|paralysis|inflammation)",
        ),
        zh=(
            r"(?:眼睛?|眼皮)[^，,。]{0,4}闭不(?:严|上|紧|拢|住)|闭不上眼|(?:抬|皱)不(?:起|了)眉|额头(?:纹)?[^，,。]{0,3}(?:皱不|抬不|没有纹)|"
            r"耳(?:朵)?(?:后|后面|后边|根)[^，,。]{0,4}[痛疼]|味觉|尝不出味",
            # round 10: the names of a peripheral facial palsy (面神经炎, 周围性面瘫, 吊线风) are
            # Bell's palsy, as "Bell's palsy" named in English is (nhs.uk 'Bell's palsy': urgent
            # GP or 111; 999 with stroke signs). A palsy the writer only puts down to a draught
            # ("是不是吹空调吹的面瘫") is no such sign: a face droop stays FAST (999).
            r"面神经(?:炎|麻痹)|周围性面瘫|吊线风|歪嘴风",
        ),
    ),
    Concept(
        "one_side_weakness",
        en=(
            near_en(
                r"weak[a-z]*|numb[a-z]*|paraly[a-z]*|can'?t (?:move|lift|raise|grip|use)|cannot (?:move|lift|raise|grip)|unable to (?:move|lift|raise)|limp|heavy",
                rf"(?:(?:on|in) )?(?:{_POSS} )?(?:left|right|one)[ -](?:side(?! of {_POSS} face)|arm|leg|hand)|"
                rf"half (?:of )?{_POSS} body",
                3,
            ),
            near_en(
                rf"(?:left|right|one)[ -](?:side(?! of {_POSS} face)|arm|leg|hand)|half of (?:my|his|her|the) body",
                r"weak[a-z]*|numb[a-z]*|paraly[a-z]*|limp|heavy|dead|(?:won'?t|doesn'?t|can'?t) move|gave way|gave out|buckled|went from under",
                3,
            ),
            r"one[- ]sided (?:weakness|numbness|paralysis)",
            r"(?:weak|numb)[a-z]* on (?:the |my |his |her )?(?:left|right)(?! (?:knee|ankle|foot|toe|finger|thumb|wrist|elbow))",
        ),
        zh=(
            r"半身不遂|偏瘫",
            near_zh(
                r"(?:一侧|一边|半边|左侧|右侧|左边|右边|左|右)(?:肢体|身体|手臂|胳膊|手|腿|脚)",
                r"无力|没力|没劲|麻木|发麻|麻|动不了|不能动|抬不起|瘫|拿不住|握不住|使不上劲|不听使唤",
            ),
        ),
    ),
    # round 12 (probe): an arm or leg gone weak all at once, its side not named ("my arm suddenly
    # went weak", "sudden weakness in her leg", "my arm went weak and I can't lift it", "手臂突然没
    # 力气", "一只手突然没劲"): nhs.uk 'Stroke' (FAST, Arms: may not be able to lift both arms and
    # keep them there because of weakness or numbness in one arm - call 999). A numb or dead arm or
    # leg told without weakness (slept on it, sat on it) is not read here.
    Concept(
        "sudden_limb_weak",
        en=(
            r"(?:sudden(?:ly)?|all of a sudden) (?:weakness|paralysis) (?:in|of) (?:my |his |her |their |the |an? |one )?(?:arm|leg)s?\b",
            r"(?:my|his|her|their|an?|one) (?:arm|leg) (?:has |had |have )?(?:suddenly|all of a sudden) (?:went |gone |go |goes |is |was |feels? |felt |became |become |got |gets |turned )?(?:all |really |very )?(?:weak|floppy|limp|paraly[sz]ed)",
            r"(?:my|his|her|their) arm (?:went|has gone|had gone|suddenly went|is|was) (?:all |really |very )?(?:weak|floppy|limp)[a-z ,']{0,20}(?:can'?t|cannot|couldn'?t|unable to) (?:lift|raise|hold up|move) it",
            # round 12: the adverb after ("his arm went weak suddenly", "my leg went floppy all of
            # a sudden")
            r"(?:my|his|her|their|an?|one) (?:arm|leg) (?:went|has gone|had gone|became|has become|turned|got) (?:all |really |very )?(?:weak|floppy|limp|paraly[sz]ed),? (?:really |very )?(?:suddenly|all of a sudden|out of nowhere|without warning)",
        ),
        zh=(
            r"(?:一只|一条|一个)(?:手臂|胳膊|手|腿)[^，,。]{0,3}(?:突然|一下子)(?:就)?(?:没力|无力|没劲|抬不起|动不了|不能动|使不上劲|不听使唤|瘫)",
            r"突然(?:一下子?)?(?:就)?(?:一只|一条)?(?:手臂|胳膊|手|腿)(?:就)?(?:没力|无力|没劲|抬不起|动不了|不能动|使不上劲|不听使唤|瘫)",
            r"(?:手臂|胳膊)(?:突然|一下子)(?:就)?(?:没力|无力|没劲|抬不起|动不了|不能动|使不上劲|不听使唤|瘫)",
        ),
    ),
    Concept(
        "slurred_speech",
        en=(
            r"slurr[a-z]*(?: (?:speech|words|talking))?|(?:speech|words) (?:is |are |was |were |went |go |goes |got |gone |have gone |has gone |kept going |keep going )?(?:all )?"
            r"(?:slurred|garbled|jumbled|scrambled)|garbled speech|talking funny|(?:speech|talking|voice) (?:went|has gone|is|sounds|suddenly went) (?:all )?(?:weird|funny|strange|odd|wrong)|words (?:are |were |'re |keep |kept |have been |has been |started |start )?(?:come|coming|came) out (?:all )?(?:wrong|mushy|jumbled|funny|muddled|mixed up|backwards)|(?:his|her|my|their|[a-z]+'s) words (?:aren'?t|are not|won'?t|weren'?t|not) coming out (?:right|properly)(?! (?:in|on|when) (?:my|the|his|her|an?) (?:essay|writing|email|letter|text|paper|exam))|sounds? (?:like (?:he'?s|she'?s|they'?re) )?drunk",
            # nhs.uk Stroke (FAST, Speech): wrong or muddled words are a speech problem too
            r"(?:keeps?|kept|is|was|are|were|been|started|starts?) (?:saying|using|coming out with) (?:the )?(?:wrong|odd|strange|made-up) words|"
            r"(?:mixing|mixes|mixed|muddling|muddles|muddled|jumbling|jumbled) up (?:his|her|my|their|the) words|"
            r"(?:getting|gets|got|getting all) (?:his|her|my|their) words (?:mixed up|muddled|jumbled|wrong|confused)",
            r"(?:can'?t|cannot|unable to|trouble|difficulty|struggling to|problems?) (?:speak|speaking|talk|"
            r"talking|get (?:the |his |her |my )?words out|find (?:the |my |his |her )?words)"
            r"(?! (?:in )?(?:a )?(?:full|whole|complete) sentences?)",
        ),
        zh=(
            r"说话(?:也|都|有点|有些|突然)?(?:不太|不怎么|不大)(?:利索|利落|连贯)|(?:老是|总是|一直|突然|老)说错(?:词|字)|话(?:都|也)?说不(?:利索|连贯|利落)|说话(?:突然)?(?:不连贯|语无伦次)|语无伦次|"
            r"说话不清|口齿不清|说话含糊|含含糊糊|含糊不清|吐字不清|言语不清|说不出话|讲不出话|不能说话|说话困难|舌头发硬|大舌头|说话不利索|舌头不灵|话(?:也|都)?说不(?:利索|清楚|清)|说话(?:有点|有些|也|都)(?:含糊|不清|大舌头)",
            # round 12 (r12e-en-16 told in Chinese): muddled words ("说话有点乱", "说话突然不利索";
            # nhs.uk 'Stroke' FAST: speech slurred or garbled, or wrong words)
            # told as a moment ("早饭的时候说话有点乱", "突然说话不利索"); muddled talk over days is
            # the disorganised speech of psychosis (r9b-zh-25; nhs.uk 'Psychosis': urgent GP)
            r"(?:突然|一下子|刚才|刚刚|的时候|那会儿?)[^，,。；;]{0,4}?(?:说话|说的话)(?:有点|有些|也|都)?(?:乱|颠三倒四|前言不搭后语|听不懂)(?!七八糟)|"
            r"说话(?:突然|一下子)(?:有点|有些)?(?:乱|颠三倒四|不(?:利索|利落|清楚|清|连贯))",
        ),
    ),
    Concept(
        "sudden_confusion",
        en=(
            near_en(r"sudden(?:ly)?", r"confus[a-z]*|disorient[a-z]*", 2),
            r"(?:confus[a-z]*|disorient[a-z]*) (?:all of a )?sudden(?:ly)?",
            r"(?:doesn'?t|didn'?t|does not|did not) (?:recogni[sz]e|know) (?:me|us|anyone|where (?:he|she|they) "
            r"(?:is|are))",
        ),
        zh=(r"突然(?:意识)?(?:糊涂|混乱|神志不清|说胡话|认不出人)|意识混乱|神志不清",),
    ),
    Concept(
        "thunderclap",
        en=(
            r"worst headache (?:of|in) (?:my|his|her|their) life|worst headache (?:i'?ve|i have|he'?s|she'?s)"
            r" ever",
            r"sudden(?:ly)?,? (?:severe|terrible|excruciating|intense|explosive) headache|thunderclap|worst headache ever",
            r"(?:most |really |very |so )?sudden,? (?:[a-z]+ )?(?:severe|terrible|excruciating|intense|explosive|horrendous|horrific|horrible|agonising|agonizing|blinding|massive) headache",
            r"headache[a-z ,']{0,40}(?:like|as if) (?:i'?d been |i was |i got |being |someone )?(?:hit|struck|smacked|whacked|kicked|punched)(?: me)? (?:with|by|over|on|in)",
            r"headache[a-z ,']{0,30}(?:came on|started|hit me|hit) (?:like|with) (?:a )?(?:bang|thunderclap|hammer|explosion|lightning)|(?:like|as if) (?:i'?d been|i was|being) hit (?:on|over|in) the head",
        ),
        zh=(
            r"雷击样头痛|突然(?:剧烈|严重)(?:的)?头[痛疼]|突然头[痛疼]欲裂|"
            r"(?:这辈子|有生以来|平生)最(?:严重|剧烈|厉害|痛|疼)的头[痛疼]",
            r"突然头[痛疼][^。]{0,6}(?:像|好像)被[^，,。]{0,4}(?:砸|打|敲|劈|击)",
            r"突然[^，,。]{0,3}头[痛疼]得(?:像|好像)?(?:要)?(?:炸开|炸裂|裂开|爆炸|受不了|要命|不行)",
            r"(?:头|脑袋|后脑勺?|脑壳)[^。]{0,6}突然[^。]{0,4}(?:像|好像)被[^，,。]{0,8}(?:砸|打|敲|劈|击)(?:了)?一(?:下|棍|锤|闷棍)|"
            r"(?:头|脑袋|后脑勺?)[^。]{0,12}(?:炸开|炸裂|要炸|爆炸)(?:了)?(?:一样|似的|般)?(?:地|的)?[痛疼]",
        ),
    ),
    Concept(
        "stroke_words",
        en=(
            r"(?<!heat )(?<!sun)stroke(?! of)|mini-stroke|tia",
            r"sudden(?:ly)? (?:loss of (?:vision|sight)|lost (?:my |his |her |the )?(?:vision|sight)|(?:went |gone )?blind|"
            r"(?:can'?t|cannot|couldn'?t) see(?: out of)?)",
            r"(?:everything|it|the vision|my vision|my sight) (?:went|has gone|suddenly went|went all|turned) (?:black|dark|blank)(?: in| out of) (?:my|his|her|one) (?:left |right )?eye|"
            r"(?:lost|losing) (?:the |all )?(?:vision|sight) in (?:my|his|her|one) (?:left |right )?eye|(?:went|gone) blind in (?:one|my|his|her|the) (?:left |right )?eye",
        ),
        zh=(
            r"中风|脑卒中|卒中|脑梗|脑出血|脑溢血",
            r"突然(?:一只眼|一侧眼睛|一边眼睛|眼睛)?(?:看不见|看不清|失明|视力(?:丧失|下降))",
            r"(?:[左右]眼|一只眼(?:睛)?|一边眼睛|一侧眼睛)[^，,。]{0,3}(?:突然|一下子)[^，,。]{0,8}(?:看不见|看不到|失明|黑了|一片黑)",
        ),
    ),
    Concept(
        "airway_swelling",
        en=(
            near_en(
                r"throat|airway", r"clos[a-z]*|tight[a-z]*|swelling|narrow[a-z]*|thick|small", 4
            ),
            r"(?:tongue|lips?) (?:is |are |look |looks |went |have gone |has gone |feel |feels )?(?:so |really |all |massively )?(?:huge|massive|enormous|fat|twice the size)",
            r"throat'?s (?:swelling|swollen|closing|tight)",
            near_en(
                r"tongue|lips?|mouth",
                r"swell[a-z]*|swollen|puff[a-z]*|blow[a-z]* up|balloon[a-z]*|(?:huge|massive|fat) now",
                2,
            ),
            r"tongue (?:feels |is |has gone |went )?(?:all |really |so )?(?:thick|fat|too big)",
            r"(?:swollen|puffy|swelling) (?:tongue|lips?)",
            rf"swelling (?:of|in) {_POSS} (?:throat|tongue|lips?|mouth)",
            r"anaphyla[a-z]*",
        ),
        zh=(
            near_zh(
                r"喉咙|嗓子|喉头|咽喉", r"发紧|紧|堵|肿(?![痛疼])|水肿|收紧|卡住|掐住|勒住|封住", 5
            ),
            near_zh(r"舌头|嘴唇|嘴巴|口唇", r"肿|发肿|水肿|肿胀|鼓起|像香肠", 3),
            r"过敏性休克",
        ),
    ),
    Concept(
        "facial_swelling",
        en=(
            near_en(r"face|eyes|eyelids", r"swell[a-z]*|swollen|puff[a-z]*", 2),
            r"(?:swollen|puffy) (?:face|eyes)",
        ),
        zh=(near_zh(r"脸|面部|眼睛|眼皮", r"肿", 3),),
    ),
    Concept(
        "allergen",
        en=(
            r"(?:ate|eaten|eating|eat|had) (?:some |a |an )?(?:[a-z]+ )?(?:peanuts?|nuts?|shellfish|shrimp|"
            r"prawns?|seafood|crab|lobster|fish|eggs?|sesame)",
            r"(?:bee|wasp|hornet|jellyfish)(?: [a-z]+){0,2} (?:got|stung|bit) (?:me|him|her|them)|peanuts?|satay|cashews?|almonds?|walnuts?|pistachios?|hazelnuts?|pecans?|tree nuts|(?:bee|wasp|hornet|insect) stings?|stung|bitten by|allergic reaction|reaction to|"
            r"allergy attack",
            r"after (?:taking|starting|an injection|a shot|the injection|the shot|a new)|(?:had|got|given) (?:an |a |my )?(?:injection|jab|shot|drip)|"
            r"new (?:medicine|medication|drug|pill|antibiotic)",
        ),
        zh=(
            r"吃(?:了|过)?[^，,。]{0,6}?(?:花生|坚果|海鲜|虾|蟹|芒果|鸡蛋|牛奶|腰果|杏仁|核桃|开心果|榛子|芝麻|鱼)",
            r"(?:蜜蜂|马蜂|黄蜂|蜂|虫子?)(?:蛰|蜇|叮|咬)|蛰了|蜇了|过敏了|过敏反应|过敏发作|新药",
            r"(?:打针|输液|打了针|吃药|吃了药|用药|注射)(?:之?后|以后|完)",
            r"(?:打|输|吃|用)(?:了)?(?:一针|针|头孢|青霉素|阿莫西林|抗生素|消炎药|造影剂|疫苗)(?:以后|之后|后|完)",
        ),
    ),
    Concept(
        "hives",
        en=(
            r"hives|welts|urticaria|(?:itchy|raised) (?:red )?(?:rash|bumps|welts) (?:all over|everywhere)|(?:come|came|coming|broken|broke) out in (?:big |red |itchy )?(?:lumps|bumps|welts|blotches) all over|(?:lumps|bumps|welts) all over (?:my|his|her) (?:body|skin)",
        ),
        zh=(
            r"荨麻疹|风团|风疙瘩|(?:全身|浑身)(?:都)?(?:起|长|出)(?:了)?(?:好多|很多|一片|一身|一片片)?(?:的)?(?:红)?(?:疹子|包|疙瘩|风团|红疹)",
        ),
    ),
    Concept(
        "swallowing",
        en=(
            r"(?:trouble|difficulty|difficult|hard|can'?t|cannot|unable to|problems?) (?:to )?swallow[a-z]*",
        ),
        zh=(r"吞咽困难|咽不下|吞不下|咽东西困难",),
    ),
    Concept(
        "heavy_bleeding",
        en=(
            r"bleed[a-z]* (?:that |which |and |and it |it )?(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|is not|"
            r"hasn'?t|has not|wouldn'?t) stop(?:ped|ping)?",
            r"(?:can'?t|cannot|unable to|couldn'?t) (?:stop|control) (?:the |my |his |her )?bleeding",
            r"(?:nose ?)?bleed[a-z]*[a-z0-9 ,']{0,40}?(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|not) stop(?:ping)?|(?:nose ?)?bleed[a-z]*[a-z0-9 ,']{0,40}?keeps? (?:pouring|gushing|coming)",
            r"bleed[a-z]* (?:very )?(?:nonstop|non-stop|constantly)",
            r"(?:heavy|severe|massive|uncontrolled|profuse) bleeding",
            r"(?:soak[a-z]*|drench[a-z]*) (?:through )?(?:a |my |one |an |the )?(?:[a-z]+ )?(?:pads?|tampons?|"
            r"towels?|bandages?|clothes|shirt|sheets|gauze)",
            # streaks or specks of blood in the phlegm are no emergency (nhs.uk 'Coughing up blood':
            # GP or 111; 999 for more than a few teaspoons or with breathlessness)
            r"cough[a-z]* (?:up )?(?:some |a lot of |lots of |loads of |(?:a |half a )?(?:cup|mouth|spoon|teaspoon|tablespoon)fuls? of |(?:fresh|bright|dark|pure)(?: red)? |red )*blood(?![- ]?(?:streak|stain|ting|fleck|spot)|(?:y)? (?:in|with|streaked|stained|tinged) (?:my |his |her |the )?(?:phlegm|sputum|spit|mucus|snot))",
            r"h(?:a)?emorrhag[a-z]*",
        ),
        zh=(
            r"血止不住|止不住(?:地)?(?:流)?血|血(?:一直)?(?:流|止)不住|(?:流|出)血不停|(?:出|流)血不止|血流不止|大出血|大量(?:出|流)血",
            r"咳血(?!丝|点)|咯血(?!丝|点)|咳出(?:了)?血(?!丝|点|迹)|咳(?:嗽)?(?:出|了)[^，,。]{0,10}?(?:鲜|红)?血(?!丝|点|迹|块儿?样)|血(?:一直|不停)(?:地)?(?:往外)?(?:冒|流|涌|喷)",
            r"卫生巾[^，,。]{0,6}湿透|湿透[^，,。]{0,4}卫生巾",
            r"(?:流血|出血|血)[^。]{0,6}?(?:止不住|止不了|停不下来|压不住|按不住)",
        ),
    ),
    Concept(
        "gi_bleed",
        en=(
            r"(?:vomit[a-z]*|throw[a-z]* up|threw up|puk[a-z]*|sick|brought up) (?:up )?(?:some |a lot of |lots of |fresh |bright red |dark )?blood",
            r"(?:vomit[a-z]*|throw[a-z]* up|threw up|being sick|sick)[a-z ]{0,30}(?:like|looks like|looking like) coffee|"
            r"blood in (?:my |his |her |the )?(?:vomit|sick)|(?:vomit|sick) (?:is |was )?(?:full of |with )?blood|"
            r"coffee[- ]grounds?|ha?ematemesis",
            r"(?:black|tarry|black,? tarry|maroon|dark red)(?:,? (?:sticky|smelly|runny|loose|tarry|gooey))? (?:stools?|poop|poo|bowel movements?|feces|faeces|diarrhoea|diarrhea|motions)|"
            r"(?:stools?|poo|poop) (?:are |is |look |looks |was |were )?(?:jet |pitch |very )?(?:black|tarry|like tar)|melaena|melena",
            # round 13 (probe): "black and sticky" (nhs.uk 'Blood in poo': black, sticky poo)
            r"(?:poo|poop|stools?|motions?)(?![a-z])[a-z ,']{0,30}(?<![a-z])(?:black|dark) and sticky(?![a-z])",
            near_en(
                r"vomit[a-z]*|threw up|throw[a-z]* up|brought up|bringing up|puk[a-z]*",
                # not a blood test or pressure, nor "bloody" as a swear word ("all bloody night")
                _EN_BLOOD_WORD,
                6,
            ),
            r"(?:vomit[a-z]*|threw up|throw[a-z]* up|brought up|bringing up|puk[a-z]*)[a-z ]{0,25}(?:dark red|bright red|red stuff|red liquid)",
            r"(?:poo|poop|stools?|bowel movements?)[a-z ,']{0,40}(?:black|tarry|like tar)(?! (?:bean|pudding|olive))",
        ),
        zh=(
            r"吐血|呕血|吐了(?:好多|很多|一些|一口|一大口|大口|不少|(?:好几|几|两|三|一大|好多)口)?(?:的)?(?:鲜)?血|吐出(?:来)?(?:的)?(?:都是|是|有|带)?(?:鲜)?血|"
            r"呕吐物(?:里|中)?(?:有|带|全是|都是)?血|咖啡渣|咖啡(?:色|样)(?:的)?(?:呕吐物|液体|东西)",
            r"黑便|柏油(?:样)?便?|大便(?:是|呈|成了)?(?:发黑|黑色|黑的|黑乎乎|黑得)|拉黑(?:色)?(?:的)?(?:大)?便|(?:拉|排|解)(?:了)?[^，,。]{0,6}黑(?:色)?(?:的)?(?:稀|大)?便|黑(?:色)?的(?:稀|大)便|黑色[^，,。]{0,6}(?:大便|便|屎)|(?:大便|屎|便便)[^，,。]{0,4}(?:黑色|发黑|黑乎乎|黑黑|乌黑|像柏油)|便血|黑得像(?:墨汁|柏油|沥青)",
        ),
    ),
    Concept(
        "overdose",
        en=(
            r"(?<!not )overdos(?:e|es|ed|ing)|\bod(?:'d|ed)\b",
            rf"(?:took|taken|take|taking|swallowed|swallow|ate|eaten|downed|popped|had|has had|necked) {_OD_QTY}"
            rf"(?: of)?(?: (?:my|the|his|her|their|your|mum's|mom's|dad's|grandma's|nan's))? {_OD_DRUG}",
            rf"(?:swallowed|swallow|drank|drunk|drink|drinking|ate|eaten|licked|sucked|sucking|chewed|chewing|ingested|got into|had some|has had|"
            rf"bit(?:ten)?(?: into| on| through)?|bitten|mouthed|put (?:it|one|some|a|the)? ?in (?:his|her|their|my) mouth|eating|swallowing)"
            rf"(?: [a-z']+){{0,5}}? {_POISON_EN}",
            rf"{_CHILD_EN}[a-z' ]{{0,30}}?(?:ate|eaten|swallowed|got into|has had|drank|chewed)(?: [a-z']+){{0,5}}? {_OD_DRUG}",
            rf"(?:found|caught) (?:my |our |the )?{_CHILD_EN}[a-z' ]{{0,20}}?(?:with|eating|chewing|holding|playing with) [a-z' ]{{0,30}}?(?:pills?|tablets?|medicines?|meds|capsules?|batter(?:y|ies)|magnets?|bleach|detergent|pods?)",
            rf"(?:drank|drunk|had|downed) (?:a (?:whole )?bottle of|loads of|lots of|a lot of) [a-z]+ (?:and|then|with) "
            rf"(?:took|taken|swallowed|had)(?: some| a few| loads of| my)? {_OD_DRUG}",
            # something swallowed out of a thing that holds a button battery (nhs.uk 'Poisoning'
            # and CAPT: button batteries - go to A&E straight away, even if the child seems well)
            r"(?:swallowed|swallow|ate|eaten|chewed|bitten|bit|sucked)(?: [a-z']+){0,4}? (?:out of|from|off|in|inside) (?:the |a |my |our |his |her |their )?(?:tv |telly |television |car |garage |key |light |heating )?(?:remote(?: control)?|key ?fob|car keys?|watch|hearing aid|calculator|(?:kitchen |bathroom )?scales|thermometer|(?:musical |birthday )+card|(?:led |flameless )?tea ?lights?|(?:led |flameless )candles?|light[- ]up (?:toy|shoes?|trainers))(?![a-z])",
            r"(?:button|coin|watch|lithium|disc|disk)[- ]?(?:cell )?batter(?:y|ies)[^.?!]{0,50}?(?:in (?:his|her|their|the) mouth|missing|can'?t find|cannot find|gone missing|mouthing|sucking|licking)|"
            r"(?:in (?:his|her|their) mouth|missing|can'?t find|cannot find)[^.?!]{0,40}?(?:button|coin|watch|lithium) batter(?:y|ies)",
            r"(?:magnet[a-z]*|batter(?:y|ies)|coin)[^.?!]{0,60}?(?:swallowed|gone down)|"
            r"(?<!food )(?<!blood )poison(?:ed|ing)(?! ivy)|carbon monoxide (?:poisoning|alarm|detector|leak)|"
            r"(?:co|gas) (?:alarm|detector) (?:went|is going|has gone|going) off",
        ),
        zh=(
            # round 10: bottles of beer or a box of biscuits are a drink or a meal, not a
            # poisoning (nhs.uk 'Indigestion': too much food or alcohol; nhs.uk 'Alcohol
            # poisoning': 999 only with its signs - confusion, fits, being unresponsive)
            rf"(?:吃|吞|服|喝)(?:了|下|掉)?(?:一整|整整一|整|一大|好几|几|一|半|大半)(?:瓶|盒|板|把|排)(?!{_ZH_FOOD_DRINK})(?:的)?[^，,。]{{0,6}}?(?:药|片|胶囊)?",
            rf"(?:吃|吞|服)(?:了|下|掉)?[^，,。]{{0,4}}?{_ZH_MANY}(?:多)?(?:片|粒|颗)",
            rf"(?:喝|吃|吞|服|误服|误食|误喝|误吞|舔|咬)(?:破|开|碎|烂)?(?:了|下|进)?(?:一些|一点|点|一口|几口|些|一颗|一个|一粒|半瓶|一瓶|一大口|小半瓶|半杯|一杯|好?几(?:颗|个|粒|节|块|口)|[两三四五六七八九十\d]+(?:颗|个|粒|节|块))?(?:的)?{_POISON_ZH}",
            rf"(?:误服|误食|误吞|误喝|偷吃|偷喝)(?:了)?[^，,。]{{0,8}}?(?:药|片|胶囊|{_POISON_ZH})",
            # words in between: "喝了家里的84消毒液", "吃了柜子里的老鼠药" (nhs.uk 'Poisoning'), not
            # a use of it ("吃完饭用84消毒液拖地")
            rf"(?:喝|吃|吞|舔|咬)(?:了|下|进|掉)[^，,。用拿拖洗擦喷泡兑倒]{{1,8}}?的(?:一些|一点|点|一口|几口|半瓶|一瓶|小半瓶)?{_POISON_ZH}",
            rf"{_BABY}[^，,。]{{0,12}}?(?:把|拿)[^，,。]{{0,10}}?药[^，,。]{{0,3}}?(?:吃|吞)|"
            rf"{_BABY}[^，,。]{{0,6}}?(?:吃|吞)(?:了)?[^，,。]{{0,4}}?(?:爷爷|奶奶|姥姥|姥爷|外婆|外公|大人|妈妈|爸爸|别人)的[^，,。]{{0,6}}?药",
            rf"把[^，,。]{{0,8}}?(?:{_POISON_ZH}|(?:奶奶|爷爷|姥姥|姥爷|外婆|外公|大人|妈妈|爸爸|我|别人)的[^，,。]{{0,4}}药)[^，,。]{{0,2}}?(?:吞|吃|喝|咬|舔|含)",
            # an adult's tablets named by the drug (把他爷爷的对乙酰氨基酚片拿来吃了, r8c-zh-05;
            # nhs.uk 'Poisoning': A&E if a child has swallowed someone else's medicine, even if
            # they seem well)
            r"把[^，,。]{0,4}?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公|大人|妈妈|爸爸|我|别人|家里)的[^，,。]{0,8}?(?:片|胶囊|丸)[^，,。]{0,3}?(?:吞|吃|咬|嚼)",
            rf"{_BABY}[^，,。]{{0,6}}?(?:吃|吞|嚼)(?:了)?[^，,。]{{0,4}}?(?:爷爷|奶奶|姥姥|姥爷|外婆|外公|大人|妈妈|爸爸|别人)的[^，,。]{{0,8}}?(?:片|胶囊|丸)",
            r"(?:所有|全部)的?[^，,。]{0,4}?药[^，,。]{0,3}?(?:吃|吞|喝)(?:了|掉|下)|(?:吃|吞)(?:了|掉|下)(?:所有|全部)的?药",
            r"把(?:一整|整整一|整|一大|好几|几|一|大半|半|小半)(?:瓶|盒|板|把|排)[^，,。]{0,10}?(?:都|全)?(?:吃|吞|喝)(?:了|掉|下)|"
            r"把[^，,。]{0,12}?(?:药|片|胶囊|扑热息痛|对乙酰氨基酚|布洛芬|安眠药|安定)[^，,。]{0,3}?(?:都|全)(?:吃|吞|喝)(?:了|掉|下)",
            # a thing that holds a button battery named instead of it ("吞了遥控器里的东西"), the
            # battery or magnet told before the swallowing ("遥控器的电池好像被他吞了"), a button
            # battery in the mouth or gone missing (nhs.uk 'Poisoning'; CAPT: A&E straight away)
            r"(?:吞|吃|咽|含)(?:了|下|进|掉)?[^，,。]{0,4}?(?:遥控器|车钥匙|钥匙扣|手表|电子表|助听器|计算器|电子秤|体温秤|体温计|发光玩具|电子蜡烛)(?:里|里面|上|中|上面)?的?(?:小)?(?:东西|零件|圆片|铁片|扣子)|"
            r"把(?:遥控器|车钥匙|钥匙扣|手表|电子表|助听器|计算器|电子秤|体温秤|体温计|发光玩具|电子蜡烛)(?:里|里面|上|中|上面)?的?(?:小)?(?:东西|零件|圆片|铁片|扣子)[^，,。]{0,4}?(?:吞|吃|咽)",
            rf"(?:{_POISON_ZH})[^，,。]{{0,10}}?(?:吞|咽)(?:了|下|进|掉)|(?:{_POISON_ZH})[^，,。]{{0,6}}?被[^，,。]{{0,6}}?(?:吞|吃|咽)",
            r"(?:纽扣|扣式)电池[^，,。]{0,6}?(?:含|塞|放)(?:进|到|在)?嘴|嘴里[^，,。]{0,4}?(?:纽扣|扣式)?电池|(?:纽扣|扣式)电池[^，,。]{0,6}?(?:少了|不见了|找不到|没了)",
            r"服毒|药物过量|过量服药|(?:吃|服)药过量|药吃多了|吃多了药|吃了过量|(?<!食物)中毒",
        ),
    ),
    Concept(
        "unconscious",
        en=(
            r"(?<!nearly )(?<!almost )(?<!going to )(?<!gonna )(?<!about to )(?<!might )"
            r"(?:fainted|fainting|(?:passed|passing|pass) out|blacked out|blacking out)|"
            r"lost consciousness|losing consciousness|loss of consciousness|unconscious|unresponsive|"
            # round 13 (h12-en-09): "nearly collapsed" did not collapse (faint_feeling; nhs.uk
            # 'Fainting' and 'Heat exhaustion and heatstroke'); zh 差点晕倒 reads the same above
            r"not responding|(?<!nearly )(?<!almost )(?<!about to )(?<!going to )collapsed",
            r"(?:won'?t|will not|can'?t|cannot|couldn'?t) (?:wake (?:him|her|them|up)|be woken)",
            r"seizures?|seizing|convuls[a-z]*|epileptic fit|(?:having|had|has|have) (?:a )?fits?(?! of (?:coughing|laughing|laughter|sneezing|giggles|the giggles|rage|temper|anger|hysterics|pique|jealousy))|"
            r"(?:is|was|started|keeps|kept|been|keep) fitting|eyes (?:rolled|rolling|rolls|went|go) (?:back|up)",
            r"(?:jerking|convulsing|stiffened|went stiff) (?:all over|uncontrollably)|(?:went|gone|goes) (?:rigid|stiff) and (?:started |began )?(?:jerking|shaking|twitching|fitting)|(?:jerking|shaking|twitching) (?:his|her|their|my) arms and legs|"
            r"(?:whole|entire) body (?:was |is |started |went )?(?:jerking|twitching|stiff)",
        ),
        zh=(
            r"(?<![想要快点])(?:晕倒|昏倒|晕过去|昏过去)|晕厥|昏厥|昏迷|失去(?:了)?意识|意识(?:丧失|不清|模糊)|不省人事|人事不省",
            r"(?:突然|一下子)(?:就)?(?:倒地|倒下|栽倒|瘫倒)(?:了)?[^。]{0,4}?(?:没有?反应|不动了?|叫不醒|不省人事)|倒地不起|(?:叫|喊)(?:了)?(?:他|她)?(?:半天|好久|好几声|几声)?(?:都|也)?不(?:太|怎么|大)?醒|叫不应|喊不应|(?:叫|喊)(?:他|她)?(?:也|都)?不(?:太|怎么|大)?(?:应|答应)(?!该)|发烧抽筋|高热惊厥|热性惊厥|抽了(?:快|有|好几|将近|差不多)?[^，,。]{0,3}分钟|(?:叫|喊|拍|摇)[^，,。]{0,4}(?:没有?|无|毫无)反应",
            r"(?<!眼皮)(?<!眼睛)(?<!嘴角)抽搐|抽风|癫痫(?:发作|犯了)|羊癫疯|羊角风|惊厥|休克",
            # "抽了" / "抽起来了" said of a person or with a fever is convulsing (nhs.uk Febrile
            # seizures; 高热惊厥), not 抽烟 / 抽血 / 抽筋 (cramp) / 抽了一根烟
            rf"(?:{_BABY}|他|她|老人|老公|老婆|爸|妈|爷爷|奶奶|人)(?:突然|又|刚才|刚刚|一下子|忽然)?(?:就)?(?:浑身|全身)?抽(?:了|起来了?)(?=[，,。！!？?\s]|$)|(?:烧|发烧|高烧|发热)[^，,。]{0, 6}(?:就|又|突然)?抽(?:了|起来了?)(?=[，,。！!？?\s]|$)|(?:一直|还在|不停地?)抽(?:个不停|着)?(?=[，,。！!？?\s]|$)|(?:^|(?<=[，,。]))(?:突然|忽然|一下子)(?:就)?(?:浑身|全身)?抽(?:了|起来了?)(?=[，,。！!？?\s]|$)",
            r"翻白眼|(?:眼睛|眼珠子?|两眼|双眼)(?:突然)?(?:往上|向上|上)翻|(?:全身|浑身)(?:一抽一抽|僵直|发硬|抽|一挺|绷直)|口吐白沫|手脚(?:乱抽|一抽一抽|抽个不停|抽起来)|四肢抽",
        ),
    ),
    Concept(
        "suicide",
        en=(
            r"(?:kill|killing) (?:myself|me) and (?:my|the|our) (?:baby|kids?|children|son|daughter)|take (?:my|the|our) (?:baby|kids?|children|child|son|daughter) with me|(?:die|end it) together with (?:my|the|our) (?:baby|kids?|children|child)",
            r"suicid[a-z]*|(?:kill|killing) (?:myself|herself|himself)|take my (?:own )?life|"
            r"end(?:ing)? (?:my|his|her) (?:own )?life|end(?:ing)? it all",
            r"(?:want(?:ed)? to|wanna) die|wish (?:i|he|she) (?:was|were) dead|better off dead",
            r"(?:don'?t|do not|no longer) want to (?:live|be alive|be here|go on|wake up)|"
            r"no (?:reason|point) (?:to|in) (?:live|living|going on)",
            r"self[- ]?harm[a-z]*|(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) (?:myself|herself|himself)"
            r"(?! (?:shaving|cooking|while|when|on|in|at|by|playing|with a knife while|accidentally|slightly))",
            r"overdos[a-z]* on purpose|(?:took|take|taking|swallowed) (?:an overdose|the pills) (?:on purpose|deliberately)",
            r"(?:suicide|goodbye|farewell) (?:note|letter)s?|(?:wrote|written|writing|left) (?:a |my )?(?:note|letter) "
            r"(?:to|for) (?:my )?(?:family|kids|children|wife|husband|parents|mum|mom|dad) (?:saying goodbye|to say goodbye)",
            r"(?:notes?|letters?|messages?) (?:to|for) [a-z' ]{1,25}(?:saying goodbye|to say goodbye|goodbye)",
            r"(?:the|my|enough) (?:pills|tablets|rope|noose|gun|blades?|razors?) (?:are |is )?(?:ready|saved up|set aside|lined up)",
            r"(?:got|have|bought|tied) (?:the rope|a noose|the noose)|(?:decided|going|plan(?:ning)?|want|ready) to end it|"
            r"end(?:ing)? it (?:all|tonight|today)|(?:a |have a )plan to (?:kill|end|take)",
            r"(?:written|wrote|left|writing) (?:letters?|notes?) (?:to|for) (?:my |the )?(?:kids|children|family|wife|husband|partner|parents|mum|mom|dad)|don'?t see (?:the|any) point (?:anymore|any more|in (?:living|going on|life|carrying on))|"
            r"(?:stockpil|hoard|sav|stash)[a-z]* (?:up )?(?:all )?(?:my |the |of my )?(?:tablets|pills|meds|medication)|tonight(?:'s| is) the night|said (?:my )?goodbyes|"
            r"(?:nobody|no one|no-one) would (?:miss|care about|notice) me|(?:everyone|everybody|they|my family|my kids|my children|people|the world)(?: would|'d| will)? be better off without me|"
            r"(?:easier|better) for (?:everyone|everybody|them|my family|my kids) if i (?:was|were) (?:gone|dead|not here|not around)|"
            r"(?:going to|gonna|want to|will|plan(?:ning)? to|about to) (?:jump off|jump in front of|throw myself)|hang (?:myself|herself|himself)",
            r"(?:going to|gonna|will|plan(?:ning)? to|about to|want to) (?:take|swallow|have) (?:the lot|them all|all of (?:them|it|the (?:pills|tablets))|the whole (?:lot|packet|bottle|box))|"
            r"(?:bought|saved|got|collected) (?:loads of |lots of |a lot of |enough |some )?(?:paracetamol|pills|tablets|sleeping pills)[a-z ,']{0,30}(?:take|swallow) (?:the lot|them all|all of them)|"
            r"(?:i'?m|i am|im|standing|sitting|stood|sat) (?:standing |sitting )?(?:on|at|by) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|roof|rooftop|ledge|cliff|cliff edge|railway|train tracks?|tracks)\b|can'?t go on (?:any ?more|living)",
            # suicidal thoughts told indirectly (nhs.uk Help for suicidal thoughts; Samaritans
            # warning signs: talking about being a burden, not waking up, no way out, researching
            # methods)
            r"(?:go to sleep|fall asleep|sleep) and (?:not|never) wake up|"
            r"better off (?:if i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)|if i (?:was|were) (?:gone|dead)|with me (?:gone|dead))|"
            r"(?:won'?t|will not|wouldn'?t|not) be a burden (?:much longer|for much longer|for long|any ?more)|"
            r"(?:can'?t|cannot|don'?t|do not) see (?:a|any) way out(?! of)|"
            r"(?:thinking|thought|think|thinks) (?:about|of) (?:ending (?:things|it)|not being here|not being around|driving (?:into|off)|stepping in front of)(?! with)|"
            r"(?:looked|looking|look|searched|searching|googled|googling) (?:up )?how (?:many|much) (?:tablets|pills|paracetamol)[a-z ]{0,20}(?:it would take|to take|would kill|to die|to end it)",
            # round w2r: not waking up wished for or told as what would be better for others
            # ("everyone would be better off if i didn't wake up", "wish i didnt wake up"; nhs.uk
            # 'Help for suicidal thoughts'); told with a denial of plan and intent it is the urgent
            # suicidal_thoughts finding
            r"(?:be(?:tt?er|tta)|easier) (?:off )?(?:for (?:every(?:one|body)|them|my family) )?(?:if|when) (?:i|id|i'd) (?:didn'?t|didnt|did not|don'?t|dont|do not|never|wouldn'?t|wouldnt) (?:wake|woke) up|"
            r"(?:wish|hope|hoping|pray|praying) (?:that )?(?:i|id|i'd) (?:didn'?t|didnt|did not|don'?t|dont|do not|won'?t|wont|wouldn'?t|wouldnt|never|could just not|could not|couldn'?t) (?:wake|woke) up"
            r"(?! (?:the|my|our|his|her|him|them|every|any|early|too|so|in|during|with|feeling|tired|sore|stiff|before|until|at (?:\d|night|midnight|[a-z]+ ?(?:am|o'?clock)))|[^.!?]{0,25}(?:baby|alarm|neighbou?rs?))|"
            r"wish (?:i|id|i'd) (?:wasn'?t|wasnt|weren'?t|was not|were not) (?:here|around|alive)(?! (?:for|when|to|at|in|on|with|during))(?![^.!?]{0,40}(?:rather|instead|waiting|queue|stuck|work|office|school|party|meeting|a&e|hospital))|"
            r"(?:can'?t stop |keep )?(?:thinking|thought|think|thinks) (?:about|of) (?:taking|swallowing|downing) (?:all|the lot|the whole (?:lot|packet|box|bottle)|every one)(?: of)? (?:my |the |them|it)?(?:pills|tablets|meds|medication|paracetamol|sleeping pills)?(?![a-z])(?![^.]{0,30}(?:catch up|in the morning|with food|on time|as prescribed))(?! (?:to (?:the|a|my|pharmacy|chemist|gp|doctor|work)|into|with me|on holiday|for (?:a|my|the)|back|in to|along|off))|"
            r"(?:eve?ry ?(?:one|body)|they|my family|my kids|my children|people)(?: would| wud| wld| wuld| will|'d)? be (?:better|beter|betta|bettr) off without me",
        ),
        zh=(
            r"(?<![痛疼得])想(?:去|要)?死|自杀|轻生|自残|自伤|不想活|不(?:打算|准备)(?:再)?活|活着(?:真|都|也|实在|太)?没(?:有)?(?:意思|意义|劲)|活不下去|不如死了|"
            r"结束(?:自己的?)?生命|割腕|伤害自己|了结自己|寻死|想(?:要)?跳楼",
            r"结束自己(?!的工作)|(?:想好|决定|打算|计划)(?:了)?(?:怎么)?(?:去死|自杀)|遗书|绝笔|写好了?遗言|结束(?:这一切|一切)|一了百了|(?:药|绳子|刀片|木炭|炭)[我他她]?(?:已经|都)?(?:准备|买|存|攒|囤)(?:好|够)了|把药攒|打算(?:把药)?全(?:部)?吃(?:下去|掉)|(?:楼上|楼顶|顶楼|天台|桥上|窗户)[^，,。]{0,3}跳下去|(?:给|留给)(?:家人|孩子|父母|爸妈|老婆|老公|妻子|丈夫)[^，,。]{0,3}的?(?:信|遗言)|"
            r"上吊|烧炭(?!盆|火|炉|取暖|烤火|烧烤|做饭)|跳河|跳楼|跳桥|卧轨",
            # dying together with the child (nhs.uk 'Postpartum psychosis': 999 for thoughts of
            # harming yourself or your baby)
            rf"(?:带着|和|跟|抱着)(?:我的)?{_BABY}[^，,。]{{0,3}}(?:一起|一块儿?)(?:去)?(?:死|自杀|跳)",
            # "just end it" (想着这周末就结束算了), not a relationship or a course of treatment
            r"(?:^|(?<=[，,。！!？?；;\s]))(?:(?!感情|关系|婚姻|工作|治疗|疗程|恋爱|合作|朋友|男友|女友|对象|老公|老婆|没|不|(?<!我)[和跟与])[^，,。]){0,8}?(?:想着?|打算|准备|干脆|不如)(?:(?!感情|关系|婚姻|工作|治疗|疗程|恋爱|合作)[^，,。]){0,6}结束(?:掉|了)?算了|一死了之",
            r"(?:打算|准备|想|要)(?:今晚|今天|一会儿|马上|待会儿)?(?:把(?:它们|这些|药)?)?(?:全|都|全部)(?:吃|吞)(?:了|掉|下)|(?:买|攒|囤|存)了(?:一堆|很多|好多|一大堆|好几瓶|几瓶)[^，,。]{0,6}(?:药|安眠药|止痛药)[^。]{0,12}(?:吃|吞)|"
            r"活着(?:太累|好累|真累)|(?:站|坐)在(?:了)?(?:楼顶|天台|桥上|大桥上|窗台|阳台(?:边|外)|河边|江边|铁轨)|不想(?:再)?醒来|撑不下去了",
            # told indirectly: a burden gone, affairs settled, a method looked up
            r"不想(?:再)?醒(?:过)?来|睡(?:过去|着)了?(?:就)?(?:不|别)(?:再)?醒(?:了|过来)?|(?:查|搜)(?:了|过)?(?:一下)?(?:吃)?多少(?:片|粒)?[^，,。]{0,6}(?:会死|能死|致死|死得了)|"
            r"(?:我|自己)(?:要是|如果)?(?:走|死|不在|没)了(?:以后|之后)?[^，,。]{0,4}(?:他们|家里人?|家人|你们|孩子|大家)?(?:就|都|会|也)*(?:更)?(?:轻松|解脱|好过|不用再)|"
            r"(?:他们|家里人|家人|大家|孩子)没(?:有)?(?:了)?我(?:会|就)?(?:更好|更轻松|过得更好)|"
            # round w2r: 要是我明天不醒来就好了, 睡着了就不要醒来, 要是我不在了大家会更好
            r"(?:要是|如果|真希望|希望|但愿)(?:我)?(?:明天|明早|哪天|一觉)?(?:睡着了?)?(?:就)?(?:再也|永远)?不(?:要|用)?(?:再)?醒(?:来|过来)?(?:就好了|多好|该多好|算了)|"
            r"睡(?:过去|着)了?(?:就)?(?:不要|再也不|永远不|别再)(?:再)?醒|"
            r"(?:我|自己)(?:要是|如果)?(?:走|死|不在|没)了(?:以后|之后)?[^，,。]{0,4}(?:他们|家里人?|家人|你们|孩子|大家)(?:就|都|会|也)*(?:更好|过得更好)|(?:(?:我|自己)的|(?<!的))后事(?:都|也)?(?:已经)?(?:安排|交代|准备)好|"
            r"活着(?:就是|只会|只是)?(?:给|拖累)(?:家里|家人|别人|大家)?(?:添麻烦|拖累|累赘)",
        ),
    ),
    Concept(
        "pregnant",
        en=(
            r"pregnan[a-z]*(?! test)|\d+ weeks? (?:pregnant|along|gestation)|expecting a baby|positive pregnancy test|pregnancy test (?:was|is|came back|came up) positive|(?:two|2) lines on (?:the|a|my) (?:pregnancy )?test",
        ),
        zh=(
            r"验孕棒(?:是|显示)?(?:两|二|2)(?:条|道)杠|(?:两|二)道杠|验孕(?:是)?阳性|测出(?:来)?怀孕|怀孕|孕\d+周|孕妇|有孕|妊娠|孕期|孕早期|孕中期|孕晚期|怀了",
        ),
    ),
    Concept(
        "bleeding_any",
        en=(
            r"bleed[a-z]*|spotting|blood(?! (?:pressure|tests?|sugar|work|type|count|glucose|results?))",
        ),
        zh=(
            r"出血|流血|见红|有血|血块|(?:褐色|咖啡色|深褐色|粉红色)(?:的)?分泌物|出了(?:一)?(?:点|些|好多|很多)?血|下面(?:见|有|出)(?:了)?(?:点|些)?(?:血|红)",
        ),
    ),
    Concept(
        "abd_pain",
        en=(
            r"(?:abdominal|stomach|belly|tummy|abdomen|pelvic|lower abdominal|epigastric) "
            r"(?:pain|pains|ache|aches|cramps?|cramping|hurts?)",
            r"stomach ?ache|bellyache|tummy ?ache",
            rf"pain in {_POSS} (?:abdomen|stomach|belly|tummy|lower belly)",
            near_en(r"stomach|belly|tummy|abdomen", r"hurts?|hurting|painful|aching|sore", 3),
            # round 12 (probe): the place told between ("pain low in my tummy", "pain in my lower
            # tummy", "pain down low in my belly"; nhs.uk 'Ectopic pregnancy': tummy pain low down
            # on one side)
            rf"(?:pain|ache|cramps?|cramping) (?:down )?(?:low (?:down )?in|in (?:the )?(?:bottom|lower part) of|in) {_POSS} (?:lower |low )?(?:abdomen|stomach|belly|tummy)",
        ),
        zh=(
            r"腹痛|绞痛",
            near_zh(r"肚子|腹部|小腹|下腹|上腹|胃|肚脐", r"痛|疼"),
        ),
    ),
    Concept(
        "severe_abd_pain",
        en=(
            r"(?:severe|terrible|awful|intense|excruciating|unbearable|agonizing|agonising|extreme|"
            r"really bad|very bad|worst|horrible|crippling) (?:abdominal|stomach|belly|tummy|abdomen|"
            r"pelvic|lower abdominal|lower belly) ?(?:pain|ache|cramps?|cramping)",
            r"(?:abdominal|stomach|belly|tummy|pelvic) (?:pain|cramps?|cramping) (?:is |that is |that's )?"
            r"(?:severe|terrible|unbearable|excruciating|really bad|extreme|the worst)",
            rf"(?:severe|terrible|unbearable|excruciating|extreme) (?:pain|cramps?|cramping) in {_POSS} "
            r"(?:abdomen|stomach|belly|tummy|pelvis|lower belly)",
        ),
        zh=(
            r"剧烈(?:的)?(?:腹痛|肚子[痛疼]|胃[痛疼]|腹部疼痛)|(?:腹部|肚子|小腹)剧痛|严重(?:的)?腹痛",
            r"(?:腹|肚子|胃|小腹)[痛疼]得(?:厉害|要命|受不了|不行|打滚|直不起腰)",
            r"(?:肚子|腹部|胃|小腹)(?:非常|特别|极其|十分|剧烈)(?:地)?[痛疼]|腹痛(?:非常|特别|极其|十分)?(?:严重|剧烈)",
        ),
    ),
    Concept(
        "rigid_abdomen",
        en=(
            near_en(
                r"abdomen|belly|stomach|tummy",
                r"rigid|board[- ]like|hard as a (?:board|rock)|rock[- ]hard|hard(?! to)|stiff|tense|like a board",
                2,
            ),
            r"(?:rigid|board[- ]like|rock[- ]hard|tense) (?:abdomen|belly|stomach|tummy)",
        ),
        zh=(
            r"板状腹|腹肌紧张|肚子(?:发)?(?:硬|僵硬)|肚子(?:像|跟)(?:木板|石头|板子)|"
            r"腹部(?:僵硬|发硬|很硬|变硬|板硬)|肚子(?:硬邦邦|梆硬|很硬|变硬)|硬得(?:像|跟)(?:木板|石头|板子)|像(?:木板|石头)一样硬",
        ),
    ),
    Concept(
        "severe_pain",
        en=(
            r"(?<![\d/.])(?:10|[7-9](?:\.5)?|ten|nine|eight|seven) ?(?:/|out of) ?(?:10|ten)(?!\d)|"
            r"(?:severe|terrible|excruciating|unbearable) pain|(?:really|very|so|extremely) bad (?:pain|cramps?)",
        ),
        zh=(
            r"剧痛|剧烈(?:的)?疼痛|[痛疼]得(?:厉害|要命|受不了|不行|打滚)|[痛疼]得(?:在床上|在地上|满地|满床|直|直接)打滚|(?<![\d.])(?:10|[7-9]|十|九|八|七)分(?!钟)",
        ),
    ),
    Concept(
        "worst_pain",
        en=(
            r"worst pain|pain (?:is |that is )?the worst|worst (?:i'?ve|i have) ever (?:felt|had)",
            # "honestly worst ever" as the answer to how bad it is
            r"(?<![a-z])worst (?:one )?ever(?![a-z])",
            r"never (?:had|felt|experienced) (?:[a-z]+ )?(?:pain )?like (?:this|it)",
        ),
        zh=(
            r"(?:这辈子|有生以来|平生|从来没有|从没|从来没)(?:这么|如此|最)?[痛疼](?:过)?|最[痛疼]的一次|前所未有的[痛疼]",
        ),
    ),
    Concept(
        "worst_abd_pain",
        en=(r"worst (?:abdominal|stomach|belly|tummy) pain",),
        zh=(r"(?:肚子|腹部|胃|小腹)(?:从来没有|从没|从来没)(?:这么|如此)[痛疼]过",),
    ),
    Concept(
        "infant",
        en=(
            rf"{_EN_WEEKS}[- ]weeks?[- ]old|\d{{1,2}}[- ]days?[- ]old|{_EN_MONTHS}[- ]months?[- ]old",
            r"newborn|neonate",
            rf"(?:baby|infant|son|daughter|he|she)(?:'s| is| was| just turned| turned| aged)(?: only| just)? "
            rf"(?:{_EN_WEEKS}[- ]weeks?|{_EN_MONTHS}[- ]months?|\d{{1,2}}[- ]days?)(?! ago)",
        ),
        zh=(
            rf"{_BABY}{_ZH_FEW}(?:{_ZH_MONTHS}个[多半]?月(?![前后以内来])|{_ZH_WEEKS}个?多?(?:周|星期|礼拜)(?![前后以内来了])"
            rf"|{_ZH_DAYS}天(?![前后以内来了]))",
            # not "一天比一天大" (bigger by the day)
            rf"(?<!比)(?:{_ZH_MONTHS}个多?月|{_ZH_WEEKS}个?多?(?:周|星期|礼拜)|{_ZH_DAYS}天)大",
            r"新生儿|刚出生|满月",
            rf"(?<![\d一二两三四五六七八九十]){_ZH_FEW}(?:{_ZH_MONTHS}个[多半]?月|{_ZH_WEEKS}个?多?(?:周|星期|礼拜)|{_ZH_DAYS}天)(?:大)?的{_BABY}",
            rf"出生(?:才|刚|只有|不到|还不到)?(?:{_ZH_WEEKS}个?多?(?:周|星期|礼拜)|{_ZH_DAYS}天|{_ZH_MONTHS}个多?月)",
        ),
    ),
    Concept(
        "fever",
        en=(
            r"fever(?:ish|s)?|febrile|high temp(?:erature)?|running a temp(?:erature)?|(?:has|'s got|has got|got|have|having|with) a (?:high |slight |little |bit of a )?temp(?:erature)?\b(?! (?:of|is|was|at|reading) (?:3[0-7]|9\d)\b)",
            r"temp(?:erature)?(?: of| is| was| at| around| about| reading|:)*\s*(?:3[89]|4[0-2]|10[0-6])(?:\.\d+)?",
            r"(?:3[89]|4[0-2])(?:\.\d)?\s*(?:°\s*c?|degrees|c)|10[0-6](?:\.\d)?\s*(?:°\s*f?|degrees|f)",
            r"(?:weeks?|months?)[- ]old (?:is|'s|feels|felt|was) (?:really |very |so |quite )?(?:hot|burning(?: up)?)(?! (?:in|outside|because|from|after))|(?<![\d.])(?:3[89]|4[01])\.\d(?![\d.])|burning (?:up|hot)|boiling (?:hot|up)|hot to (?:the )?touch|(?:feels?|felt) (?:really |very |so )?(?:hot|burning)(?! (?:and(?! (?:awful|shivery|unwell|ill|poorly|achy|rough))|in|water))|(?:he'?s|she'?s|he is|she is|baby'?s|baby is) (?:really |very |so |quite )?(?:hot|burning)(?! (?:in|outside|because|from|after))",
        ),
        zh=(
            r"发烧|发热|高烧|低烧|烧到|体温(?:很|特别|非常|有点)?(?:升高|高|偏高)|(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|°|℃)",
            r"(?:量了|体温|测了)\s*(?:3[89]|4[0-2])(?:\.\d)?|(?:摸着|身上|额头|浑身)(?:很|好|特别|有点)?(?:烫|滚烫)|滚烫",
        ),
    ),
    Concept(
        "stiff_neck",
        en=(
            r"stiff neck|neck stiffness|nuchal rigidity",
            near_en(r"neck", r"stiff[a-z]*|rigid", 4),
            rf"(?:can'?t|cannot|unable to) (?:bend|move|turn|touch) {_POSS} (?:neck|head|chin)",
            rf"neck (?:hurts|is sore|pain|kills)[a-z ]{{0,20}}(?:look(?:s|ing)? down|bend[a-z]*|chin|nod[a-z]*)|(?:can'?t|cannot|unable to) (?:put|touch|get) {_POSS} chin (?:on|to|down to|onto) {_POSS} chest",
        ),
        zh=(
            r"颈项强直",
            near_zh(
                r"脖子|颈部|颈项|后颈", r"僵硬|僵|发硬|硬|强直|转不动|动不了|不能低头|低不了头", 3
            ),
            r"下巴(?:碰|贴|挨|够)不(?:到|着)胸|低不下头|头低不下去",
            # a child's stiff neck told as unwillingness (NICE NG240 / nhs.uk 'Meningitis')
            r"(?:脖子|颈部|脖颈)[^，,。]{0,4}?(?:不愿意|不肯|不敢|不让)低头",
        ),
    ),
    Concept(
        "photophobia",
        en=(
            r"sensitiv[a-z]* to (?:the )?light|light[- ]sensitiv[a-z]*|photophobi[a-z]*",
            rf"light (?:hurts|bothers|is hurting) {_POSS} eyes|(?:can'?t|cannot) (?:stand|tolerate|bear) (?:the |any )?lights?|(?:hates|hiding from|shielding (?:his|her|my) eyes from) (?:the )?lights?",
            # "lights hurt", "the light is too bright" (NICE NG240 / nhs.uk Meningitis: a dislike
            # of bright lights)
            r"(?:the |bright )?lights? (?:hurts?|hurting|bothers?|bothering|(?:is|are) (?:too bright|painful|hurting|killing))|(?:can'?t|cannot) look at (?:the |bright |any )?lights?",
        ),
        zh=(
            r"怕光|畏光|见光(?:就)?(?:难受|疼|痛|刺眼)|光线刺眼|怕开灯|不敢(?:看|见)(?:灯|光)|开灯(?:就)?(?:难受|哭|闹|疼)",
            r"(?:灯光|灯|光|太阳光|阳光)(?:很|特别|有点|太)?(?:刺眼|晃眼)|看(?:灯|光)(?:就)?(?:刺眼|难受|疼)",
        ),
    ),
    Concept(
        "nonblanching_rash",
        en=(
            r"(?:rash|spots|blotches|dots|pinpricks|specks|marks)[^.]{0,40}?(?:doesn'?t|does not|don'?t|do not|won'?t|didn'?t|did not|not) "
            r"(?:fade|blanch|disappear|go away)[^.]{0,20}?(?:glass|press[a-z]*)",
            # round w2r: "did the glass test and the spots faded" is a rash that fades, less
            # likely meningitis (nhs.uk 'Meningitis'); "the glass test, they didn't fade" stays
            r"non[- ]?blanch[a-z]*|(?:glass|tumbler) test(?![^.]{0,40}?(?<!n't )(?<!not )(?<!never )(?:faded|fades|blanched|blanches|disappeared|went (?:white|away)|goes (?:white|away)|turned white))|purpur[a-z]*|petechia[a-z]*",
            # round 9z: the glass told first ("pressed a glass on it and the spots didn't fade"),
            # and red spots of which some are purple (nhs.uk 'Meningitis': the glass test, 999)
            r"(?:glass|tumbler|cup)[^.]{0,40}?(?:doesn'?t|does not|didn'?t|did not|don'?t|do not|won'?t|wouldn'?t|hasn'?t|haven'?t|never) (?:have |has )?"
            r"(?:fade|faded|blanch|blanched|disappear|disappeared|go away|gone away|go white|turn white|turned white)|(?:glass|tumbler)[^.]{0,40}?still (?:see|there|visible)",
            r"(?:spots|rash|dots|specks)[^.]{0,25}?(?:some|a few|one|few) (?:of them )?(?:are|is|look|looks|turning|gone) "
            r"(?:purple|purplish|dark purple|purply)",
            r"(?:purple|dark red|purply|purplish)(?:[- ]red)? (?:spots|rash|blotches|pinpricks?|bruises|dots|specks|marks)",
        ),
        zh=(
            r"(?:按|压)(?:了|着|上去|一下)?(?:也|都|还)?不(?:褪色?|消退|退色?|变白|消|掉|变淡)|压之不褪色?|不褪色?的(?:皮疹|疹子|红点|斑点|紫点|点)",
            r"紫癜|出血点|瘀点|(?:紫色|紫红色|暗红色)的?(?:小)?(?:斑点|皮疹|疹子|点点?|斑)",
            # round 9z: the glass or the press told in the clause before ("我用玻璃杯压了一下，红点
            # 不褪色"), and red spots of which some are purple ("好多小红点，有的是紫色的") (nhs.uk
            # 'Meningitis': a rash that does not fade under a glass, 999)
            r"(?:玻璃杯|玻璃|杯子|杯)[^。！？!?]{0,16}?(?:压|按)[^。！？!?]{0,12}?(?:也|都|还|一点)?不(?:褪色?|退色?|消退|变白|变淡|消)",
            r"(?:红点|红疹|疹子|皮疹|斑点|小点|点点)(?:一点)?(?:也|都|还|根本|完全)?不(?:褪色|退色|变白|变淡)",
            r"(?:红点|红疹|疹子|皮疹|小点|点点|斑点)[^。！？!?]{0,10}?(?:有的|有些|有几个|好几个)(?:是|变成|变|发)?(?:了)?(?:紫色|紫红色|紫|暗紫色?|青紫色?)",
        ),
    ),
    Concept(
        "blanching_rash",
        en=(
            r"(?:glass|tumbler|cup|press[a-z]*)[^.]{0,40}?(?<!n't )(?<!not )(?<!never )(?:faded|fades|fade away|blanched|blanches|went white|goes white|turned white)",
            r"(?:rash|spots|dots|blotches)[^.]{0,30}?(?<!n't )(?<!not )(?:faded|fades|blanched|blanches|went white|goes white)[^.]{0,20}?(?:glass|press[a-z]*)",
        ),
        zh=(
            r"(?:玻璃杯|玻璃|杯子|杯|按|压)[^。！？!?]{0,16}?(?<!不)(?:会|能|就|可以)?(?:褪色|退色|消退|变白|变淡)",
        ),
    ),
    Concept(
        "severe_headache",
        en=(
            r"(?:severe|terrible|awful|intense|excruciating|splitting|unbearable|agonizing|agonising|"
            r"crushing|really bad|very bad|bad|worst|horrible|extreme) headache",
            r"headache (?:is |that is |that's )?(?:severe|terrible|unbearable|excruciating|really bad|"
            r"the worst|extreme)",
        ),
        zh=(
            r"剧烈(?:的)?头[痛疼]|头痛欲裂|头[痛疼][得的](?:很|特别|好)?(?:厉害|要命|受不了|不行|要炸)|头[痛疼]得?(?:像|好像)?要(?:炸开|裂开|爆炸|炸了)|"
            r"头(?:非常|特别|极其|十分)[痛疼]|严重(?:的)?头[痛疼]|头剧痛",
        ),
    ),
)


CONCEPTS += (
    Concept(
        "fetal_movements_reduced",
        en=(
            r"baby (?:has |had )?(?:stopped|isn'?t|is not|hasn'?t been|not been|not|hasn'?t) (?:moving|kicking)|(?:no|reduced|fewer|less|slower) (?:fetal |foetal |baby'?s? )?movements|(?:can'?t|cannot|haven'?t|not|didn'?t) (?:feel|felt) (?:the )?baby (?:move|moving|kick)",
            r"baby (?:has |had )?(?:not|hasn'?t|has not|didn'?t|did not) (?:moved|kicked)|(?:haven'?t|have not|not|didn'?t|did not|can'?t|cannot) (?:felt?|feel) (?:any |a single |a )?(?:kicks?|kicking)",
        ),
        zh=(
            r"(?:感觉不到|没(?:有)?感觉到|摸不到)(?:宝宝|胎儿|孩子)(?:在)?(?:动|踢)|(?:宝宝|胎儿)(?:一直|一整天|今天|半天)?(?:都)?(?:不怎么|没怎么|不|没)(?:动|踢)(?:了)?|(?:感觉不到|没有?|没感觉到)(?:了)?胎动|胎动(?:明显)?(?:减少|少了|变少|没了|停了|消失|不动了)|(?:宝宝|孩子)在肚子里(?:不|没)动",
        ),
    ),
    Concept(
        "hoarse",
        en=(
            r"hoarse|(?:voice|i) (?:sounds?|has gone|went|is) (?:croaky|husky|funny|strange|different)|croaky voice",
        ),
        zh=(r"声音(?:都|也)?(?:变了|嘶哑|哑了|变哑)|嗓子(?:有点)?哑|说话声音都变了",),
    ),
    Concept(
        "pleuritic",
        en=(
            r"(?:hurts?|pain|painful|sharp|stabbing|stabs|worse)(?: [a-z']+){0,7} (?:when|as|if|on|while) (?:i |he |she )?(?:breathe|breath|take a (?:deep )?breath|breathing in|cough(?:ing)?)(?![a-z])",
            # "hurts to breathe in", "catches when I take a deep breath", "breathing in hurts"
            # (nhs.uk 'Pleurisy': sharp chest pain when breathing deeply)
            r"(?:hurts?|painful|agony|sore|catch(?:es)?) (?:to|when (?:i |you )?|if (?:i |you )?|on )(?:breathe|breathing|take a (?:deep |big )?breath|inhale|inhaling|deep breaths?)",
            r"(?:breathing in|deep breaths?|taking a (?:deep |big )?breath|inhaling|breathing deeply)(?: [a-z']+){0,2} (?:hurts|is painful|makes (?:it|the pain) worse|gives me (?:a )?(?:sharp |stabbing )?pain)",
        ),
        # the pain may come a few words after the breath: "吸气的时候右边胸口扎着疼" (r6d-zh-18)
        zh=(
            r"(?:吸气|深呼吸|咳嗽|喘气|吸口气|呼吸|大口吸气|一吸气)[^，,。]{0,12}(?:[痛疼]|扎|刺)",
            # round 10 (h9-zh-04): the bare 咳 of speech - "咳的时候疼", "一咳就疼", "咳起来胸口疼"
            # (nhs.uk 'Pneumonia' / 'Pleurisy': chest pain when coughing or breathing in, with a
            # fever and phlegm, is a chest infection: GP or 111 the same day)
            r"(?:一|每次)?咳(?!血)(?:嗽)?(?:一下|一声|起来|的时候|时候|时|就)[^，,。]{0,8}(?:[痛疼]|扎|刺)",
        ),
    ),
    Concept(
        "cough",
        en=(r"cough[a-z]*|phlegm|sputum",),
        zh=(r"咳嗽|咳痰|(?<!吸气的时候)咳(?!血)|痰",),
    ),
    Concept(
        "late_period",
        en=(
            r"period(?:'s| is| was| has been)? (?:a (?:bit|little|few days|week|fortnight)|really|quite|very|(?:\d+|one|two|three|a few|a couple of) (?:days?|weeks?)) (?:late|overdue)|period(?:'s| is| was) (?:late|overdue)|(?:haven'?t|hasn'?t|didn'?t) (?:had|get|got) (?:my|her|a) period|(?:missed|skipped) (?:my |a |her )?periods?|late period|period (?:hasn'?t|has not|didn'?t) (?:come|started)",
        ),
        zh=(r"(?:月经|例假|大姨妈|姨妈)(?:已经)?(?:推迟|没来|晚了|迟了|延迟|过了)|停经",),
    ),
    Concept(
        "pain_any",
        en=(r"pains?|painful|hurts?|hurting|stabbing|cramp[a-z]*|agony|aches?|aching",),
        zh=(r"[痛疼]",),
    ),
    Concept(
        "shoulder_tip",
        en=(r"(?:tip of (?:my|her|the) shoulder|shoulder[- ]tip)",),
        zh=(r"肩(?:膀)?尖",),
    ),
    Concept(
        "tearing_pain",
        en=(
            r"(?:tearing|ripping)(?! up)(?: [a-z]+)? (?:pain|feeling|sensation)|(?:feels?|felt) like (?:something|i'?m|i am|it'?s|my [a-z]+) (?:is |are |being )*(?:torn|ripped|tearing|ripping)",
        ),
        zh=(
            r"撕裂(?:样|般|一样|感|似的)|(?:被|像)(?:人)?撕开|撕开(?:一样|似的|了一样)|撕扯(?:样|一样|似的)",
        ),
    ),
    Concept(
        "asthma_word",
        en=(r"asthma|wheez[a-z]*",),
        zh=(r"哮喘|喘",),
    ),
    Concept(
        "reliever_failing",
        en=(
            r"(?:inhaler|puffer|pump|ventolin|salbutamol|albuterol|reliever|nebuli[sz]er)[a-z0-9 ,']{0,40}?(?:is(?:n'?t| not)|does(?:n'?t| not)|did(?:n'?t| not)|not|isnt|no) (?:working|helping|help|doing anything|doing much|touching it|making (?:any |a )?difference)",
        ),
        zh=(
            r"(?:喷雾|吸入剂|喷剂|气雾剂|万托林|沙丁胺醇|急救药)[^，。]{0,10}?(?:也|都)?(?:不管用|没用|没效果|不起作用|不顶用|没有用|不见效)",
        ),
    ),
    Concept(
        "psychosis",
        en=(
            r"hear(?:s|ing)? voices|voices (?:in|inside|into) (?:his|her|my|their) head|(?:putting|sending) voices|voices (?:are )?tell(?:ing|s)? (?:him|her|me)",
            r"(?:thinks|says|convinced|believes|sure) (?:that )?(?:people|someone|the neighbours|the neighbors|they|everyone|the government|we) (?:are|is) (?:after|following|watching|spying on|poisoning|out to get|trying to (?:kill|hurt|poison))",
        ),
        zh=(
            r"(?:听到|听见)(?:有)?(?:声音|人(?:在)?(?:跟他|跟她|对他|对她)?说话)|幻听|有人(?:要)?(?:害|杀|监视|跟踪|毒害)(?:他|她|我)|被(?:人)?(?:监视|跟踪|下毒)",
        ),
    ),
    Concept(
        "harm_others",
        en=(
            r"knife|knives|gun|weapon|machete|axe|hammer|(?:hurt|kill|harm|attack|stab) (?:someone|somebody|people|them|us|me|the neighbou?rs|his|her)",
        ),
        zh=(r"刀|武器|杀人|伤人|打人|砍人|要杀|要砍",),
    ),
    Concept(
        "headache_any",
        en=(
            r"headaches?|head ?ache|(?:pounding|banging|thumping|splitting|throbbing) head|head (?:hurts|is (?:pounding|banging|killing))",
            r"(?<![a-z])head ?pain|pain in (?:my|his|her|their|the) head|(?:my|his|her) head is (?:sore|agony|throbbing)",
        ),
        zh=(
            r"头[痛疼]|头(?:很|特别|有点)[痛疼]",
            near_zh(r"后脑勺?|脑袋|脑壳|头顶|太阳穴|偏头|额头|脑门|整个头", r"[痛疼]", 14),
        ),
    ),
)


# Findings that are not alarming one by one but are together (issue 8, from r3p): a drowsy or
# floppy child, a diabetic who cannot keep fluids down, palpitations, pain in the head named by
# its place ("the back of my skull") rather than the word headache.
CONCEPTS += (
    Concept(
        "child_young",
        en=(
            _CHILD_EN,
            r"(?:he|she)'?s (?:only )?(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten)\b",
        ),
        zh=(
            rf"{_BABY}|幼儿|(?<![\d十])(?:[1-9]|[一二两三四五六七八九])岁(?:半)?(?:的)?(?:孩子|宝宝|小孩|娃|儿子|女儿)?",
        ),
    ),
    Concept(
        "floppy",
        en=(r"floppy|(?:limp|flops?) like a rag ?doll|(?:all|gone|is|went) limp",),
        zh=(
            r"软绵绵|软塌塌|(?:浑身|全身|身子)(?:发)?(?:软|瘫软)(?:了|得)?|瘫软|(?:浑身|全身|身子|整个人)软软的|软软的[^，,。]{0,2}(?:没精神|没力气|不想动|不动|蔫)",
        ),
    ),
    Concept(
        "child_unresponsive",
        en=(
            r"(?:isn'?t|is not|not|hardly|barely|doesn'?t|does not|won'?t) (?:respond(?:ing)?|react(?:ing)?|interested in anything)(?! (?:well |at all )?to (?:the |his |her )?(?:antibiotics|treatment|medicine|medication|calpol|paracetamol|ibuprofen|inhaler|cream))(?: (?:to (?:me|us|anything|his name|her name)|properly|normally))?|"
            r"(?:hard|difficult|impossible) to (?:wake|rouse)|(?:keeps|kept) (?:drifting off|falling asleep)",
            # roused but does not stay awake (NICE NG143 red: does not wake or, if roused, does not stay awake)
            r"(?:won'?t|can'?t|cannot|doesn'?t|does not) stay awake|(?:wakes|woke) (?:up )?(?:and|but|then)(?: then)? (?:goes|went|drops|dropped|falls|fell|drifts|drifted) (?:straight |right )?back (?:off|to sleep)",
        ),
        zh=(
            r"叫醒(?:了|后|以后|之后)?(?:又|马上|立刻|一会儿就|没一会儿就)(?:又)?睡|醒(?:了)?(?:没|不到)(?:一会儿|几分钟)(?:就)?又睡",
            r"(?:叫|喊|逗)(?:他|她|孩子|宝宝)?(?:也|都)?不(?:怎么|太|大)?(?:理|应|搭理)(?:人)?|不理人|没(?:什么)?反应|反应(?:很|特别|有点)?(?:迟钝|差|慢)|叫不(?:太|怎么)?醒|难叫醒",
        ),
    ),
    Concept(
        "child_drowsy",
        en=(
            r"(?:unusually |really |very |so |abnormally |extremely )?(?:sleepy|drowsy|lethargic|listless|lifeless)",
        ),
        zh=(
            r"蔫(?:蔫|了|巴巴|头耷脑)?|没(?:有)?精神|精神(?:很|特别|非常)?(?:差|不好)|嗜睡|昏昏(?:沉沉|欲睡)|(?:一直|老是|总是|光)(?:在)?睡",
        ),
    ),
    Concept(
        "poor_intake",
        en=(
            r"(?:won'?t|will not|isn'?t|is not|not|hasn'?t been|refus(?:es|ing)(?: to)?|doesn'?t want to) (?:drink|drinking|feed|feeding|take (?:any )?(?:fluids|milk|a bottle|the bottle|drinks))(?: anything)?|"
            r"(?:no|hardly any|very few|fewer|not many|only one|dry) (?:wet )?nappies|(?:hasn'?t|has not|not) (?:had|done) (?:a )?(?:wee|pee)",
            # a feed dropped to a little (NICE NG9 1.3.3: less than half the usual; r7b-zh-64)
            r"(?:only|just) (?:taking|taken|took|takes|managing|managed|manages|drinking|drank|drinks|feeding|fed|feeds)(?: [a-z]+){0,2}? (?:half|a little|a few (?:ounces|oz|mls?|sips|sucks)|a tiny bit)(?! more)|"
            r"(?:less than|under) half (?:of )?(?:(?:his|her|their|the) )?(?:usual |normal )?(?:feeds?|milk|bottles?)",
        ),
        zh=(
            r"(?:一口)?(?:水|奶)(?:都|也)?不(?:肯|想|愿意)?(?:喝|吃)|不(?:肯|愿意|想)(?:喝水|喝奶|吃奶|吃东西)|不吃不喝|不吃奶|拒奶|不(?:怎么|太|大)(?:吃奶|喝奶|喝水|吃东西|肯吃)|(?:尿布|纸尿裤|尿不湿)(?:也|都)?不(?:怎么|太)?湿|(?:尿|尿量|小便)(?:很|特别|非常|明显)?少|(?:没(?:怎么)?|不)尿(?:尿)?|尿不湿(?:都|全)?(?:是)?干的",
            r"(?:吃奶|喝奶|奶)[^，,。]{0,3}(?:只|就|才)(?:吃|喝|嘬)(?:了)?(?:一点点?|几口|一半|一小半|平时的一半|一小口)|(?:奶量|吃奶量)(?:少了|减了|只有平时的)(?:一半|一大半|很多)|(?:吃|喝)(?:奶)?(?:了)?(?:一点点?|几口|一半|一小口)就不(?:吃|喝)了",
        ),
    ),
    Concept(
        "diabetes_known",
        en=(
            r"(?:took|taken|takes|take|had|injected|did|does) (?:his|her|my|their) insulin|insulin (?:pen|injections?|doses?)|diabet(?:ic|es)|metformin|gliclazide|glimepiride|(?:sugar|diabetes) (?:tablets|pills|medication)|type ?(?:1|one|2|two) diabet[a-z]*|\bt1d\b|\bt2d\b|(?:on|take|use|using) insulin|(?:is|'s|am|i'?m|being|who'?s) (?:a )?type ?(?:1|one)\b",
        ),
        zh=(r"糖尿病|[12一二]型糖|(?:打|用|注射)胰岛素|降糖药|二甲双胍|格列(?:美|齐|吡)脲|胰岛素",),
    ),
    Concept(
        "vomit_persistent",
        en=(
            r"(?:can'?t|cannot|unable to|couldn'?t|not able to|can not) (?:seem to )?(?:keep|hold) (?:anything|any food|food|fluids?|water|drinks?|liquids?|it|much) down|"
            r"(?:keep|keeps|kept|been) (?:being sick|vomiting|throwing up|puking)|(?:vomit(?:ing|ed)?|sick|throw(?:ing)? up|threw up|puking) (?:all night|all day|non-?stop|constantly|everything|every time)|"
            r"(?:sick|vomit|throw up|bring it (?:back )?up) (?:every time|whenever|as soon as) (?:i|he|she) (?:drink|eat|have)",
        ),
        zh=(
            r"吃什么吐什么|(?:喝(?:口|点|一口)?水|吃东西|喝东西|吃药)(?:都|也)(?:会)?吐|吐个不停|(?:一直|不停|老是)(?:地)?(?:在)?(?:吐|呕吐)|吐了一(?:晚上|整晚|夜|整夜|整天|天)|喝不进|(?:水|东西)都(?:喝|吃)不(?:下|进)"
            # round 13 (r13t-zh-24): "一口水都留不住", "吃的喝的都留不住" (can't keep fluids down)
            r"|(?:水|东西|吃的|喝的|吃进去的|喝进去的)[^，,。]{0,4}(?:都|也)?留不住",
        ),
    ),
    Concept(
        "ketones_high",
        en=(
            r"ketones? (?:are |is |were |was )?(?:high|raised|up|positive|through the roof|\d)|high ketones|ketoacidosis|\bdka\b|fruity breath|breath (?:smells? )?(?:fruity|of pear drops|like pear drops|sweet)|pear drops",
        ),
        zh=(r"酮体(?:很|偏|特别)?(?:高|阳性|\+)|尿酮|酮症|酮酸中毒|(?:烂苹果|水果)味",),
    ),
    Concept(
        "fast_breathing",
        en=(
            r"breath(?:ing|es)? (?:really |very |so |too |quite )?(?:fast|quick(?:ly)?|rapid(?:ly)?|deep and fast|fast and deep|heavily)|rapid breathing|(?:deep|fast),? (?:sighing )?breaths",
        ),
        zh=(
            r"(?:呼吸|喘气|喘)(?:得)?(?:很|特别|非常|有点|好)?(?:急|快|深快|又深又快)|大口(?:大口)?(?:地)?喘气",
        ),
    ),
    Concept(
        "palpitations",
        en=(
            r"palpitations?|racing heart|heart ?beat (?:is )?(?:racing|all over the place|irregular)|"
            r"heart(?:'s| is| keeps| was| has been| started)? (?:racing|pounding|fluttering|thumping|hammering|banging|going (?:like the clappers|really fast|so fast|very fast|mad|crazy|nuts|like mad)|beating (?:really |so |very )?(?:fast|hard|irregularly))|"
            r"(?:pulse|heart rate) (?:is |of |at )?(?:1[5-9]\d|2\d\d)",
            # an irregular beat (r7t-en-074; nhs.uk 'Heart palpitations': fluttering, skipping
            # beats, irregular)
            r"irregular (?:heart ?beat|pulse|heart rhythm)|heart ?beat (?:has been |is |feels |keeps )?(?:irregular|erratic|all over the place|skipping)|"
            r"heart(?:'s| is| keeps| has been| was)? (?:skipping|missing|dropping) (?:a )?beats?|skipp(?:ing|ed) beats?|(?:fluttering|flutters) in (?:my|his|her) chest",
        ),
        zh=(
            r"心慌|心悸|心跳(?:得)?(?:很|特别|非常|好|太)?(?:快|乱|厉害|加速)|心(?:脏)?(?:怦怦|砰砰|咚咚|突突)",
            # 心脏乱跳 一下快一下慢 (r7t-zh-042), 心跳不齐, 漏跳, 早搏
            # 心里乱跳 (r7c-zh-25: "我爸说心里乱跳 两天了")
            r"心里(?:扑通扑通|怦怦|砰砰|咚咚)?(?:乱跳|直跳)|"
            r"心(?:脏)?(?:乱跳|跳得乱|跳得乱七八糟|跳(?:得)?(?:很|特别|有点)?(?:不规律|不齐|不整齐|没规律)|跳(?:得)?(?:一下快一下慢|忽快忽慢|时快时慢))|(?:心跳|心脏)?(?:一下快一下慢|忽快忽慢|时快时慢)|心(?:脏|跳)?(?:漏跳|漏了一拍|停跳一下)|早搏",
        ),
    ),
    Concept(
        "head_region_pain",
        en=(
            near_en(
                r"(?:back|top|side|front) of (?:my|his|her|the) (?:head|skull)|skull",
                rf"{_PAIN_EN}|pounding|throbbing|splitting|killing",
                3,
            ),
            near_en(
                rf"{_PAIN_EN}|pounding|throbbing",
                rf"(?:in|at|on|to|round|around) (?:the (?:back|top|side|front) of )?{_POSS} (?:head|skull)",
                3,
            ),
            r"(?:like|as if|as though) (?:i'?d|i had|i'?ve|i have|i was|i got|being|someone|somebody|something)(?: had| just|'d)?(?: been)? (?:hit|struck|smacked|whacked|kicked|punched|clubbed|hammered|bashed)[a-z ']{0,30}?(?:head|skull)",
        ),
        zh=(),
    ),
    Concept(
        "nausea_any",
        en=(
            r"nause[a-z]*|queasy|feel(?:ing|s)? (?:really |very |so )?sick|sick to (?:my|his|her) stomach|(?:want|going|gonna) to (?:be sick|throw up|vomit)|vomit[a-z]*|threw up|throwing up|being sick|was sick|"
            r"been sick (?:once|twice|a few times|several times|a couple of times|\d+ times|all (?:night|day|morning))|been sick (?:in|on) (?:the|his|her|my)",
        ),
        zh=(r"恶心|想吐|反胃|呕吐|吐了",),
    ),
    Concept(
        "dizzy_any",
        en=(r"dizz[a-z]*|light-?headed|woozy",),
        zh=(r"头晕|头昏|晕乎乎|发晕|眼前发黑",),
    ),
    Concept(
        "sore_throat_rf",
        en=(
            r"sore throat|throat (?:is )?(?:sore|killing|agony|really hurts)|tonsil[a-z]*|quinsy",
            # "my throat is getting more and more painful on one side" (r7t-zh-075 class)
            r"throat (?:is |has been |keeps )?(?:getting |got )?(?:more and more |worse and worse |really |very |so |increasingly )?(?:painful|sore)|pain in (?:my|his|her|the) throat",
            # round 11 (r11t-zh-15): swallowing that hurts is the sore throat told by its effect
            # (nhs.uk 'Sore throat': pain when swallowing; 'Quinsy')
            r"(?:hurts|painful|agony|pain) (?:to|when (?:i|he|she|they)) swallow|swallowing (?:is |really |even )?(?:hurts|painful|agony|sore)|"
            r"(?:even )?swallowing (?:my )?(?:spit|saliva)[a-z ]{0,10}(?:hurts|painful)",
        ),
        zh=(
            r"(?:嗓子|喉咙|咽喉)(?:很|特别|有点)?(?:疼|痛)|咽痛|扁桃体",
            # 嗓子一边越来越疼 (a side or a worsening between, no other word: not 嗓子有点干头疼)
            r"(?:嗓子|喉咙|咽喉)(?:眼)?(?:一边|一侧|左边|右边|这边|那边|越来越|特别|很|非常|有点|有些|好|太|都|也|还|一直|老是|总是|一天比一天)+(?:疼|痛)",
            # 咽口水都疼, 吞东西疼: the sore throat told by swallowing (nhs.uk 'Sore throat')
            r"(?:咽|吞|咽下)(?:口水|唾沫|东西|饭|水|咽)(?:都|也|就|时|的时候)?(?:很|特别|有点)?(?:疼|痛)",
        ),
    ),
    Concept(
        "thunderclap_simile",
        en=(
            r"(?:sudden(?:ly)?|out of (?:nowhere|the blue)|all of a sudden|came on)[a-z ,']{0,40}?(?:like|as if|as though) (?:i'?d|i had|i'?ve|i have|i was|i got|being|someone|somebody|something)(?: had| just|'d)?(?: been)? (?:hit|struck|smacked|whacked|kicked|punched|clubbed|hammered|bashed)[a-z ']{0,30}?(?:head|skull)",
        ),
        zh=(),
    ),
    # A headache that peaked at once, told in the answer to "when did it start?" or "how bad?"
    # while the headache was the first message (r6): NICE CKS 'Headache - assessment' and NICE
    # CG150: a thunderclap headache reaches its maximum within minutes -> same-day emergency
    # admission; nhs.uk 'Subarachnoid haemorrhage': a sudden, very bad headache, like a blow to
    # the head -> 999
    Concept(
        "sudden_onset",
        en=(
            r"(?:from )?(?:0|zero|nothing|nought) to (?:10|ten)(?: out of (?:10|ten))? (?:instantly|in (?:seconds|a (?:second|split second|few seconds)|an instant|no time)|straight away|immediately|just like that)",
            r"(?:went|came on|came|hit me|started|exploded|kicked in) (?:instantly|in (?:an instant|a split second|seconds|a second)|all at once|out of nowhere|out of the blue|like a (?:bang|switch|thunderclap|light switch|lightning bolt|gunshot))",
            r"(?:peaked|maxed out|was at its worst) (?:straight away|instantly|immediately|in (?:seconds|a (?:minute|second)|under a minute))",
        ),
        zh=(
            r"突然(?:一下子?|间)?(?:就)?[痛疼]起来|一下子(?:就)?[痛疼](?:起来|到(?:了)?(?:顶|最厉害|十分))|瞬间(?:就)?[痛疼](?:起来|到)|"
            r"(?:几秒钟?|一秒钟?|一瞬间)(?:之内|就)[^，,。]{0,4}[痛疼](?:到|得)?(?:最厉害|顶|不行|十分|受不了)",
        ),
    ),
    Concept(
        "blow_simile",
        en=(
            r"(?:like|as if|as though) (?:getting|being|i'?d been|i was|i got|someone|somebody)(?: had| just)? (?:hit|smacked|whacked|struck|clubbed|bashed|walloped|kicked)(?: me)? (?:with|by|over the head with) (?:a |an )?(?:baseball |cricket )?(?:bat|hammer|sledgehammer|brick|club|plank|mallet|bar|crowbar|cosh|golf club)",
        ),
        zh=(
            r"(?:像|好像|跟)被(?:人)?(?:拿|用)?(?:棍子|锤子|砖头|铁棍|棒子|榔头|棒球棍|闷棍)?(?:砸|打|敲|抡|击|劈)(?:了)?一(?:下|棍|锤|闷棍)",
        ),
    ),
)


# Round 4b (issue 8): lay words of emergency discriminators told by patients and relatives:
# a confused relative ("talking rubbish", 说胡话), heat, mottled skin, a scald on a small child,
# a baby's grunting or dehydration, a choking child, a nursing mother's breast.
_UNDER5_EN = (
    r"(?:baby|babies|infant|newborn|toddler|little (?:one|boy|girl|son|daughter|lad)|"
    r"(?<!\d)(?:[1-4]|one|two|three|four)[- ](?:year|yr)s?[- ]old|\d{1,2}[- ]months?[- ]old|(?:[1-9]|1\d|2[0-3]) ?months? old)"
)
# "N个月" is the age only with 大, a child noun next to it, or as the whole answer to the age
# question: "一个月，越来越重" / "产后一个月" are durations
_ZH_MONTH_N = r"(?:[1-9]|1\d|[一二两三四五六七八九十]|十[一二])个(?:多|半)?月"
_UNDER5_ZH = (
    r"(?:宝宝|婴儿|新生儿|幼儿|小宝|(?<![\d十])(?:[1-4]|[一二两三四])岁(?:半)?|"
    rf"(?<![\d十]){_ZH_MONTH_N}(?:大|(?=的?(?:宝宝|婴儿|孩子|小孩|儿子|女儿|闺女|娃|宝贝)))|"
    rf"(?:孩子|小孩|儿子|女儿|闺女|娃|宝贝)(?:现在|今年|才|刚|刚满|只有|已经|还不到|不到|满)*{_ZH_MONTH_N}(?![前后以内来])|"
    rf"^\s*{_ZH_MONTH_N}(?:大)?\s*$)"
)

# round 13 (probe): insulins told by their brand or generic name, not the word insulin (nhs.uk
# 'Insulin'; BNF insulin preparations) - read as insulin_or_t1 (diabetic_emergency) and by
# urgency.py's t2_tummy_bug
_INSULIN_BRANDS_EN = (
    r"(?<![a-z])(?:lantus|levemir|toujeo|tresiba|abasaglar|semglee|humulin|novorapid|novo ?rapid|"
    r"humalog|apidra|fiasp|lyumjev|insulatard|novomix|novo ?mix|admelog|trurapi|insuman|hypurin|"
    r"xultophy|suliqua|ryzodeg|glargine|detemir|degludec|aspart|lispro|glulisine|isophane)(?![a-z])"
)
_INSULIN_BRANDS_ZH = (
    r"来得时|长秀霖|诺和锐|诺和灵|诺和平|诺和达|诺和益|优泌乐|优泌林|甘舒霖|速秀霖|重和林|艾倍得|"
    r"甘精|地特|德谷|门冬|赖脯|谷赖|精蛋白"
)

CONCEPTS += (
    Concept(
        "confusion_lay",
        en=(
            r"talking (?:rubbish|nonsense|gibberish|crap|jibberish|absolute nonsense)|(?:not|isn'?t|is not|wasn'?t|stopped) making (?:any )?sense|"
            r"(?:gone|went|is|become|becoming|getting|seems?|all|very|really) (?:all )?(?:muddled|confused(?! (?:about|by|as to|with|whether|why|what|how|which|over))|delirious|disorientated|disoriented)|"
            r"(?:doesn'?t|does not|didn'?t) know (?:where (?:he|she|they) (?:is|are)|what day it is|who (?:i am|we are))|"
            r"(?:away with the fairies|not with it|not himself|not herself|isn'?t (?:himself|herself)|is not (?:himself|herself))(?! (?:lately|recently|for (?:weeks|months)))",
        ),
        zh=(
            r"说胡话|胡言乱语|(?:人|脑子)?(?:有点|都|已经)?(?<!老)(?:糊涂|迷糊)了|(?:人|脑子)(?:有点|有些|都|已经|变得|也)?(?:糊涂|迷糊|迷迷糊糊)|犯糊涂|神志不清|意识模糊|认不(?:出|得)人|不认(?:得)?人了?|答非所问|说话颠三倒四|不认识(?:人|家里人|我们|我了)|谁都不认识|(?:谁|人)都认不(?:出|得)",
        ),
    ),
    # round 9z: memory failing over months, told of an older parent (nhs.uk 'Dementia': see a GP)
    Concept(
        "memory_gradual",
        en=(
            r"(?:memory|forgetful[a-z]*)[a-z ,']{0,30}(?:getting worse|worse and worse|going|months|years|gradual[a-z]*)|"
            r"(?:for|over) (?:the )?(?:past |last )?(?:few |several |many |\d+ )?(?:months|years)|gradual(?:ly)?|dementia|alzheimer'?s",
        ),
        zh=(
            r"记性[^，,。]{0,4}(?:差|不好)|健忘|(?:老|总是?|经常)忘事|(?:越来越|慢慢)(?:糊涂|健忘|忘事|记不住)|痴呆|老糊涂",
            r"大半年|好几个月|(?:几|[两三四五六七八九十])个(?:多)?月了|半年|不是突然|慢慢(?:地|的)?(?:越来越|变)",
        ),
    ),
    Concept(
        "heat_exposure",
        en=(
            r"(?:in|out in|working in|playing in|with) (?:this|the|that|all this|the blazing|the hot) (?:heat|sun|sunshine)(?!ed| rash)|heat ?wave|heat ?stroke|sun ?stroke|"
            r"(?:hot|scorching|boiling|baking) (?:day|weather|sun|afternoon)|(?:hours|all day|all afternoon) in the (?:sun|heat)|locked in (?:a|the) (?:hot )?car",
            # round 13 (probe): the heat illness named ("got heat exhaustion at the festival",
            # "overheated at work"; nhs.uk 'Heat exhaustion and heatstroke')
            r"heat ?exhaustion|heat ?illness|over-?heat(?:ed|ing)|(?<![a-z])(?:got|gotten|getting) (?:way |far |too )?too hot (?:at|in|on|while|working|playing|running)",
        ),
        zh=(
            r"中暑|热射病|高温(?:天|下|作业|环境|天气|车间)|太阳底下|大太阳|暴晒|大热天|三伏天|闷热|热衰竭|热晕了?",
        ),
    ),
    # round 13 (probe): a temperature of 40C or above told with the heat (nhs.uk 'Heat exhaustion
    # and heatstroke': call 999 for heatstroke - a high temperature of 40C or above), and still
    # unwell after resting in a cool place ("still dizzy and sick an hour after in the shade",
    # "休息了一个小时还是头晕想吐": nhs.uk - call 999 if still unwell after 30 minutes of
    # cooling down). Better after cooling is heat exhaustion (sc_heat_recovered, urgency.py).
    Concept(
        "temp_40_rf",
        en=(
            r"(?:temperature|temp|fever|thermometer)(?: of| is| was| at| around| about| reading| says| said| read| hit| up to| went up to|:)*\s*(?:4[0-2]|10[4-7])(?:\.\d+)?(?![0-9])",
            r"(?<![0-9.])(?:4[0-2])(?:\.\d)?\s*(?:°\s*c?|degrees(?: c)?|c\b)|(?<![0-9.])10[4-7](?:\.\d)?\s*(?:°\s*f?|degrees f|f\b)",
        ),
        zh=(
            r"(?:体温|发烧|发热|烧到|量了|测了|温度)[^，,。]{0,4}?(?:4[0-2](?:\.\d)?|四十(?:度|一度|二度|点[一二三四五六七八九])?)(?![0-9])",
            r"(?<![0-9.])4[0-2](?:\.\d)?\s*(?:度|°|℃)|四十(?:点[一二三四五六七八九])?度",
        ),
    ),
    Concept(
        "heat_unwell_after_rest",
        en=(
            r"(?:after|for) (?:an hour|half an hour|30 minutes|(?:an?|one|two|[1-9]) (?:hours?|hrs?)|(?:3[0-9]|[4-9][0-9]) (?:minutes|mins))"
            r"[a-z ,']{0,40}?(?:shade|cool|cold|indoors|inside|air ?con|resting|rest|water|drinks?|lying down)[a-z ,'/0-9]{0,40}?"
            r"(?<![a-z])(?:but |and )?(?:still|not (?:any )?better|no better|worse)(?![a-z])",
            r"(?:still|not (?:any )?better|no better)[a-z ,']{0,40}?(?:after|despite) (?:an hour|half an hour|30 minutes|(?:an?|one|two|[1-9]) (?:hours?|hrs?)|(?:3[0-9]|[4-9][0-9]) (?:minutes|mins))(?: of)?[a-z ,']{0,20}?(?:shade|cool|resting|rest|water|drinks?|lying down|indoors|inside|air ?con)",
        ),
        zh=(
            r"(?:休息|躺|待|坐|降温|吹空调|喝水|阴凉)[^。？?]{0,10}?(?:半个?小时|一个?(?:多)?小时|[一两二三]个(?:多)?小时|[3-9]\d分钟|三十分钟|四十分钟)(?:了|以后|之后)?[^。？?]{0,6}?(?:(?:还是|仍然|依然|还)(?:很|有点|一直|在)?(?:头晕|想吐|恶心|难受|不舒服|吐|没好|不见好)|(?:也|都|还是)?(?:没|没有|不见)(?:好|好转|缓解|缓过来))",
        ),
    ),
    Concept(
        "no_sweating",
        en=(
            r"(?:not|isn'?t|is not|stopped|no longer|hasn'?t been) sweating|(?:skin|he|she) (?:is |feels |'s )?(?:very |really )?hot and dry|hot,? dry skin",
        ),
        zh=(r"(?:不|没有?)(?:怎么)?出汗|(?:皮肤|身上)(?:又)?(?:干|烫)(?:又)?(?:烫|干)",),
    ),
    Concept(
        "mottled_skin",
        en=(
            r"mottled|(?:skin|legs|arms|hands|feet|knees) (?:is |are |look |looks |gone |going |turned |went )?(?:all )?(?:blotchy|mottled|marbled|grey|gray|ashen|blue(?:ish)?)|"
            r"blotchy (?:skin|legs|arms|hands|feet|knees)",
        ),
        zh=(
            r"(?:手脚|四肢|皮肤|腿上|膝盖)[^，,。]{0,4}(?:发花|花斑|花纹|青紫|发紫|大理石)|皮肤(?:发)?花了?|花斑",
        ),
    ),
    Concept(
        "infection_word",
        en=(
            r"(?:water|urine|urinary|chest|kidney|wound|skin|bladder) infection|\buti\b|pneumonia|cellulitis|infected|sepsis|septic",
        ),
        zh=(r"尿路感染|泌尿(?:系)?感染|肺炎|肺部感染|伤口感染|感染|发炎|败血症|脓毒症",),
    ),
    Concept(
        "child_under5",
        en=(_UNDER5_EN,),
        zh=(_UNDER5_ZH,),
    ),
    Concept(
        "scald_burn",
        en=(
            r"scald(?:ed|s|ing)?|(?:boiling|scalding|very hot|hot) (?:water|oil|tea|coffee|soup|milk|fat)[a-z ,']{0,30}(?:over|on|onto|down|all over)|"
            r"(?:knocked|spilt|spilled|tipped|pulled|poured|threw|splashed)[a-z ']{0,25}(?:kettle|boiling|scalding|hot (?:water|tea|coffee|oil|soup|pan|drink))|"
            r"burn(?:t|ed) (?:myself|himself|herself|themselves|my|his|her|their)\b|(?:bad|big|deep|serious) burns?",
            # round 12: the burn named with its place or its blisters ("burn on my forearm with
            # blisters", "blistered burn about twice the size of my palm")
            r"(?<![a-z])burns? (?:on|to|across|over|down) (?:my|his|her|their|the|your) (?:left |right |inner |upper |lower )?(?:arm|forearm|hand|leg|thigh|chest|face|foot|neck|back|tummy|stomach|belly|finger|wrist|shin|calf|knee|shoulder|elbow|ankle)s?(?![a-z])|(?:blistered|blistering|blistery|nasty|large|huge) burns?(?![a-z])",
            # a hot drink or soup pulled or knocked over (nhs.uk 'Burns and scalds': scalds from hot
            # drinks are the commonest burn in young children)
            r"(?:knocked|spilt|spilled|tipped|pulled|poured|threw|splashed|dropped)[a-z ']{0,25}(?<!cold )(?<!iced )(?:cup|mug|pot|cuppa|flask|bowl|jug) of (?:tea|coffee|soup|hot chocolate|noodles|gravy)|(?<!cold )(?<!iced )(?:cup of tea|cuppa|mug of (?:tea|coffee)|cup of coffee|hot chocolate)[a-z ']{0,20}(?:over|on|onto|down) (?:him|her|himself|herself|his|my|me|myself|them|themselves)",
        ),
        zh=(
            r"烫伤|烧伤|(?:开水|热水|热油|滚油|热汤|热粥|油锅|热茶|热咖啡|热牛奶|热奶)[^，,。]{0,6}(?:烫|泼|浇|洒|倒|打翻|弄翻|碰翻)|被(?:开水|热水|油|汤)烫|(?:烫|烧)(?:得|出|起)(?:了)?[^，,。]{0,4}(?:泡|水泡)",
        ),
    ),
    Concept(
        "burn_deep",
        en=(
            r"(?:skin|it|burn)(?![a-z ']{0,20}?(?:\bnot\b|n'?t\b|\bno\b))[a-z ']{0,20}(?:white|leathery|charred|waxy)|(?:white|leathery|charred|waxy) (?:skin|patches)",
        ),
        # a gap with a denial ("皮肤没有发白发黑") is no deep burn (nhs.uk 'Burns and scalds')
        zh=(r"(?:皮肤|皮)(?:(?!没|不|无|未)[^，,。]){0,4}(?:发白|焦黑|变白|烧焦|像皮革)",),
    ),
    Concept(
        "grunting",
        en=(r"grunt(?:ing|s|ed)?(?: (?:noises?|sounds?|with|when|as|on))?",),
        zh=(
            r"(?:喉咙|嗓子|呼吸)[^，,。不没无]{0,4}(?:哼哼|呻吟)|(?:一直)?哼哼(?:唧唧)?(?:地)?(?:喘|呼吸)|呻吟样呼吸|鼻翼(?:扇|煽)动",
            # told by when it comes: with each breath (NICE NG9: grunting -> emergency; r7b-zh-64)
            r"(?:呼吸|喘气|喘|吸气|呼气|出气)(?:的)?(?:时候)?[^，,。不没]{0,4}(?:哼哼|嗯嗯|哼哧|发出哼)|每(?:次|口)(?:呼吸|喘气|呼气|出气)[^，,。]{0,4}(?:都)?(?:哼|嗯)|鼻翼一扇一扇|鼻孔一张一张",
        ),
    ),
    Concept(
        "dehydration_signs",
        en=(
            r"(?:no|without) tears|sunken (?:eyes|fontanelle|soft spot)|(?:soft spot|fontanelle) (?:is |looks )?(?:sunken|sinking|dipped|dipping|caved)|"
            r"(?:no|not had a|hasn'?t had a) wet nappy|dry nappies? (?:all|for|since)|nappies? (?:have been |has been |are |is )?dry (?:all|for|since)",
        ),
        zh=(
            r"(?:哭|哭的时候)(?:也|都)?没(?:有)?(?:眼)?泪|囟门[^，,。]{0,4}(?:凹|陷|塌)|(?:眼窝|眼睛|眼眶)(?:都)?(?:凹|深陷|陷)(?:下去|进去)?|尿不湿[^，,。]{0,6}(?:都|全)?(?:是)?干的|(?:大半天|一整天|十几个小时|一天)(?:都)?没(?:有)?尿",
        ),
    ),
    Concept(
        "very_drowsy",
        en=(
            r"(?:really|very|so|unusually|abnormally|extremely) (?:sleepy|drowsy|lethargic)|sleeping all (?:day|the time)|(?:hard|difficult) to wake|won'?t (?:wake|stay awake)",
        ),
        zh=(
            r"一直(?:在)?睡|嗜睡|昏睡|精神(?:很|特别|非常|极)差|精神萎靡|萎靡|昏昏沉沉(?:地)?睡|(?:特别|非常|十分|极其|一点都|一点也|完全)没(?:有)?精神",
        ),
    ),
    Concept(
        "diarrhoea_any",
        en=(r"diarrh(?:o)?ea|the runs|(?:runny|watery|loose) (?:poos?|stools?|nappies)",),
        zh=(r"拉肚子|腹泻|拉稀|水样便|蛋花汤样|稀便|上吐下[泻泄]",),
    ),
    # round 13 (h12b-zh-25): a type 2 diabetes on tablets ("2型糖尿病", "二甲双胍", "type 2 on
    # metformin"), an insulin or type 1 diabetes, an SGLT2 medicine (ketoacidosis with a normal
    # sugar: MHRA Drug Safety Update 2016/2020, SGLT2 inhibitors and DKA), and a sugar told high -
    # read by diabetic_emergency
    Concept(
        "type2_tablets",
        en=(
            r"type ?(?:2|two|ii) diabet[a-z]*|(?<![a-z])t2dm?(?![a-z])|metformin|gliclazide|glimepiride|glipizide|sitagliptin|linagliptin|alogliptin|pioglitazone",
        ),
        zh=(
            r"(?:2|二|Ⅱ)型糖尿病|二甲双胍|格列(?:美|齐|吡)(?:脲|特)|格列齐特|西格列汀|利格列汀|阿格列汀|吡格列酮",
        ),
    ),
    Concept(
        "insulin_or_t1",
        en=(
            r"insulin|type ?(?:1|one|i) diabet[a-z]*|(?<![a-z])t1dm?(?![a-z])|(?:is|'s|am|i'?m|being|who'?s) (?:a )?type ?(?:1|one)(?![a-z0-9])",
            # round 13 (probe): an insulin told by its brand ("metformin and Lantus at night") -
            # insulin-treated diabetes keeps the ketoacidosis call (nhs.uk 'Diabetic
            # ketoacidosis'; NICE CKS 'Diabetes - type 2' sick day rules: insulin users at risk)
            _INSULIN_BRANDS_EN,
        ),
        zh=(r"胰岛素|(?:1|一|Ⅰ)型糖尿病|(?:1|一)型糖", _INSULIN_BRANDS_ZH),
    ),
    Concept(
        "sglt2_rf",
        en=(r"[a-z]*gliflozin|forxiga|jardiance|invokana|sglt2",),
        zh=(r"[达恩卡艾]格列净|格列净|安达唐|欧唐静|SGLT",),
    ),
    Concept(
        "sugar_high_rf",
        en=(
            r"(?:sugars?|glucose|bms?|readings?|levels?)(?: [a-z]+){0,2} (?:is |are |was |were |has been |have been |of |at |over |above |reading )*(?:(?:over |above |at |about )?(?:[2-9]\d|1[5-9])(?![\d/])|high|very high|really high|sky high|through the roof)|\bhi\b on (?:the|my|his|her) meter",
        ),
        zh=(
            r"血糖[^，,。]{0,6}(?:[2-9]\d|1[5-9]|二十|三十|十[五六七八九]|很高|特别高|偏高|高|测不出|爆表|HI)",
        ),
    ),
    Concept(
        "choke_episode",
        en=(
            r"chok(?:ed|ing) on|went down the wrong way|(?:inhaled|breathed in) (?:a |some )?(?:peanut|nut|grape|sweet|bead|toy|coin|piece)",
        ),
        zh=(r"呛(?:着|住|到)(?:了)?|(?:噎|卡)(?:着|住)(?:了)?",),
    ),
    Concept(
        "breast_symptom",
        en=(r"breast|nipple|mastitis|boobs?(?![a-z])",),
        # 咪咪 / 奶头 / 涨奶: the nursing mother's own breast (r6b-zh-21; nhs.uk 'Mastitis')
        zh=(r"乳房|乳头|乳腺|奶结|堵奶|咪咪|奶头|涨奶|胀奶|奶水(?:堵|不通)",),
    ),
    Concept(
        "moaning",
        en=(r"moan(?:ing|s)?|whimper(?:ing)?",),
        zh=(r"呻吟|哼哼",),
    ),
    Concept(
        "soft_baby",
        en=(),
        zh=(
            r"(?:宝宝|婴儿|孩子|娃)[^，,。]{0,3}软软的|软软的(?:不|没)|(?:(?<=[，,。；;\s])|^)(?:整个人|身子|浑身|全身)?软软的(?=[，,。！!；;\s]|$)",
        ),
    ),
    Concept(
        "side_pain",
        en=(r"(?:left|right|one) side|(?:left|right)[- ]sided",),
        zh=(r"[左右一]边(?:肚子|小肚子|腹)|[左右]侧(?:腹|肚子)?|一侧",),
    ),
    Concept(
        "burn_blisters",
        en=(r"blister[a-z]*",),
        zh=(r"水泡|起泡|(?:起|冒)了?(?:好多|很多|一片|几个|一个)?(?:大)?泡",),
    ),
    Concept(
        "burn_site",
        en=(r"face|hands?|arms?|feet|foot|legs?|genitals|privates|groin",),
        zh=(r"脸|手|胳膊|手臂|脚|腿|会阴|下体|私处",),
    ),
    Concept(
        "back_pain_rf",
        en=(
            r"back (?:pain|ache|hurts|is killing|has been killing|is agony)|backache|sciatica|slipped disc|(?:pain|hurts?|aching) in (?:my|his|her) (?:lower )?back",
            # "back's flared up again", "put my back out", "bad back" (nhs.uk 'Back pain')
            r"back(?:'s| is| has)? (?:flared(?: up)?|playing up|gone again|gone on me|gave out|given out|went again|locked)|back(?:'s| is) (?:really |very |so )?(?:bad|awful|terrible|agony)(?! (?:news|luck|idea))|(?:put|did|done|hurt|tweaked|ricked) (?:my|his|her) back(?: in| out)?|bad back|lower back",
        ),
        zh=(
            r"腰(?:疼|痛|椎)|背(?:疼|痛)|腰背|坐骨神经|腰间盘|椎间盘|闪了腰|扭了腰|腰(?:又)?犯了|老腰",
        ),
    ),
    Concept(
        "legs_both_numb",
        en=(
            r"(?:can'?t|cannot|can not) (?:feel|move) (?:my|his|her|both|either) legs|both (?:my |his |her )?legs (?:are |have |went |gone )*(?:numb|weak|dead|gone|tingly)|legs (?:have |are )?(?:gone|went|going) (?:numb|weak|dead|to jelly)",
        ),
        zh=(
            r"(?:两条|两只|双)腿(?:都|全)?(?:发)?(?:麻|没知觉|没感觉|没力|无力|动不了)|腿(?:都|全)没(?:有)?(?:知觉|感觉)",
        ),
    ),
    Concept(
        "sphincter_new",
        en=(
            r"(?:wet|pee'?d|pooed|soiled) (?:myself|himself|herself)|(?:can'?t|cannot|couldn'?t|unable to) (?:hold|control|stop) (?:my |his |her )?(?:wee|pee|urine|bladder|bowels?|poo)|(?:can'?t|cannot) (?:tell|feel) when (?:i|he|she) (?:need|needs) to (?:wee|pee|poo|go)|(?:can'?t|cannot) (?:wee|pee)(?! properly)",
        ),
        zh=(
            r"尿失禁|大小便失禁|(?:控制|憋)不住(?:大小便|小便|尿|大便)|尿裤子|拉裤子|解不出(?:小便|尿)|尿不出(?:来)?|感觉不到(?:要)?(?:尿|小便|大便)",
        ),
    ),
    # round 11 (r11u-en-15): urine leaked without knowing it, the need to pee not felt, not knowing
    # whether the bladder is full (NHS trust cauda equina warning cards, e.g. Royal Free London,
    # Chesterfield Royal: leaking urine or a recent need to use pads; not knowing when your bladder
    # is full or empty). A leak on a cough, sneeze, laugh or jump is stress incontinence
    # (stress_leak, nhs.uk 'Urinary incontinence'), which the rule leaves out.
    Concept(
        "urine_leak_new",
        en=(
            r"(?:leaked|leaking|leak|dribbled|dribbling) (?:a (?:bit|little)|some|a little)?(?: of)? ?(?:wee|pee|urine)?(?: (?:this morning|last night|today|earlier|in (?:my|his|her) (?:pants|underwear|trousers|bed)|without (?:knowing|realising|realizing|noticing|feeling)))(?![a-z ,']{0,20}(?:cough|sneez|laugh|jump|run))|"
            r"(?:didn'?t|did not|don'?t|doesn'?t|can'?t|couldn'?t) (?:even )?(?:feel|know|realise|realize|notice) (?:that )?(?:i|he|she) (?:needed|need|needs|was|had|wanted) (?:a |to )?(?:wee|pee|go|weeing|peeing|leaking|wet)|"
            r"(?:can'?t|cannot|couldn'?t|don'?t|doesn'?t) (?:tell|feel|know) (?:if|whether|when) (?:my|his|her) bladder (?:is )?(?:full|empty)",
        ),
        zh=(
            r"(?:漏了?(?:点|一点|些)?尿|尿漏(?:了|出来)?|尿(?:了)?(?:一点|一些|点)?在裤子上|不知不觉(?:就)?尿了?)(?![^，,。]{0,6}(?:咳|喷嚏|笑|跳|跑))|(?:不知道|感觉不到|没感觉到?)(?:自己)?(?:要|想)(?:尿|小便|解手|上厕所)|没(?:有)?尿意|(?:膀胱)?(?:满没满|是满是空)(?:都)?(?:感觉不到|不知道)",
        ),
    ),
    Concept(
        "stress_leak",
        en=(
            r"(?:leak|leaks|leaking|leaked|dribble|wet myself|wee a bit|pee a bit)[a-z ,']{0,30}(?:when|if|as) (?:i |he |she )?(?:cough|sneez|laugh|jump|run|lift|exercis)[a-z]*|(?:cough|sneez|laugh|jump)[a-z]*[a-z ,']{0,20}(?:leak|wet myself|wee a bit|pee a bit)",
        ),
        zh=(
            r"(?:咳|咳嗽|打喷嚏|喷嚏|笑|跳|跑步?|用力|提重物)[^，,。]{0,6}(?:漏尿|漏了?(?:点|一点|些)?尿|尿(?:了)?(?:一点|点)|尿出来)|压力性尿失禁",
        ),
    ),
    # trouble peeing in plain words (nhs.uk 'Cauda equina syndrome': problems peeing, such as
    # difficulty starting or no feeling when you pee)
    Concept(
        "bladder_change",
        en=(
            r"(?:haven'?t|have not|hasn'?t|has not|not) been able to (?:pee|wee|urinate)|(?:can'?t|cannot|couldn'?t) (?:pee|wee|urinate) properly|"
            r"(?:can'?t|cannot|couldn'?t) feel (?:when |myself |me )?(?:i'?m |he'?s |she'?s )?(?:peeing|weeing|urinating|the (?:pee|wee) (?:come|coming))|"
            r"(?:trouble|difficulty|struggling|straining) (?:starting to |to |with )?(?:pee|wee|urinat)[a-z]*|no feeling when (?:i|he|she) (?:pee|wee)",
        ),
        zh=(
            r"尿不出|尿(?:尿)?(?:的时候)?[^，,。不]{0,2}(?:没(?:有)?感觉|感觉不到)|小便(?:的时候)?[^，,。不]{0,2}(?:没(?:有)?感觉|感觉不到)|排尿困难|尿不(?:太)?(?:下来|出来)|(?:解|撒|尿)(?:小便|尿)(?:很|特别)?费劲",
        ),
    ),
    Concept(
        "legs_both_any",
        en=(r"both (?:my |his |her |the )?legs|(?:legs|feet) both|down (?:both|my) legs",),
        zh=(r"(?:两条|两只|双|两边)(?:的)?(?:腿|脚)|腿(?:两边|都)",),
    ),
    Concept(
        "saddle_numb",
        en=(
            rf"numb[a-z]* (?:around|between|in|down) (?:my |his |her |the )?(?:(?:bum|bottom|buttocks)(?!{_EN_DOWN_LEG})|groin|genitals|privates|legs when i wipe|inner thighs)|(?:(?:bum|bottom)(?: cheek)? (?:feels? |is |has gone )?numb(?!{_EN_DOWN_LEG})|(?:groin|genitals|privates) (?:feels? |is |has gone )?numb)|saddle (?:numbness|anaesthesia|area)",
            r"(?:can'?t|cannot|couldn'?t) feel (?:anything )?(?:when i wipe|(?:my |his |her )?(?:bum|bottom|privates|genitals) (?:when|properly))|(?:no|lost) feeling (?:when i wipe|(?:around|in|down) (?:my |the )?(?:bum|bottom|privates|genitals|saddle))|numb (?:down there|where i sit)",
            # round 11 (r11u-en-15): wiping told in lay words, "round" for "around", between the
            # legs, the back passage (NHS trust cauda equina warning cards, e.g. Royal Free,
            # Chesterfield Royal: altered feeling when using toilet paper to wipe yourself;
            # numbness or pins and needles between the inner thighs or genitals, in or around
            # the back passage or buttocks)
            r"(?:numb|numbness|tingl[a-z]*|pins and needles|(?:feels?|feeling) (?:weird|funny|strange|different|dead)|(?:no|less|lost|reduced|odd|weird|funny|strange|altered) (?:feeling|sensation))(?: (?:down )?(?:there|below|underneath|a?round (?:my|his|her) (?:bum|bottom)))? (?:when|while|after) (?:i |he |she |you )?(?:wipe|wiping|wiped)|numb (?:down below|underneath)|"
            r"(?:can'?t|cannot|couldn'?t|don'?t|doesn'?t|didn'?t|can barely|can hardly) (?:really |properly )?feel (?:it |the (?:loo |toilet )?paper |anything )?(?:when|while) (?:i |he |she )?(?:wipe|wiping)|"
            rf"(?:numb|numbness|tingl[a-z]*|pins and needles|no feeling|lost feeling|dead)(?: [a-z]+)? (?:a?round|between|in|down|on) (?:my |his |her |the )?(?:(?:bum|bottom|buttocks|backside|bum cheeks)(?!{_EN_DOWN_LEG})|back passage|anus|crotch|private parts|genitals|privates|groin|inner thighs|legs(?= *(?:$|[,.;!?]| and (?:a?round|my|his|her)))|nether regions|vagina|penis|scrotum)|"
            r"(?:crotch|back passage|backside|privates|private parts) (?:feels? |is |has gone |went |going )?(?:a bit |all |really |completely )?(?:numb|dead|tingly)",
        ),
        zh=(
            # a denial in the gap ("屁股周围不麻", "会阴部没有发麻") is no saddle numbness (r7a-zh-14)
            r"(?:肛门|会阴|下体|私处|大腿内侧)(?:周围|那里|一圈)?[^，,。不没无]{0,3}(?:麻|没(?:什么|啥)?(?:知觉|感觉))|鞍区",
            # the buttock numb down one leg (屁股一直麻到腿肚子, 屁股连着大腿麻) is sciatica (nhs.uk
            # 'Sciatica': numbness in the bottom, the back of the leg and the foot - a GP), not
            # the saddle; both legs stay the cauda equina flag (legs_both_numb)
            rf"屁股(?:周围|那里|一圈)?[^，,。不没无到连往顺带]{{0,3}}(?:麻|没(?:什么|啥)?(?:知觉|感觉))(?!{_ZH_DOWN_LEG})",
            # in plain words: "where I sit" is numb, no feeling when wiping (nhs.uk 'Cauda
            # equina syndrome': numbness around the bottom or genitals, "saddle" area)
            r"(?:两腿之间|两条腿中间|大腿根(?:部|儿)?(?:中间|内侧)|裆(?:里|下)?|屁股沟|屁眼|肛门口|私密处|阴部)(?:周围|那里|那儿|一圈)?[^，,。不没无]{0,3}(?:麻|没(?:什么|啥)?(?:知觉|感觉)|木)|(?:擦|上完厕所擦|便后擦|大便后擦)(?:的时候)?[^，,。不]{0,4}(?:没(?:有)?感觉|没知觉|麻|感觉不到|木木的|感觉怪)|"
            r"坐(?:的|着的)?(?:地方|那块|那一块|那里|那儿)[^，,。不没无]{0,3}(?:麻|没知觉|没(?:有)?感觉|木)|擦屁股(?:的时候)?[^，,。不]{0,4}(?:没(?:有)?感觉|没知觉|麻|感觉不到|木)|(?:下面|裆部|裤裆)[^，,。不没无]{0,3}(?:麻木?|没知觉|木了)",
        ),
    ),
    Concept(
        "snake_bite",
        en=(
            r"(?:bitten|bit) by (?:a |an )?(?:snake|adder|viper)|snake ?bite|(?:a |an )?(?:snake|adder|viper) (?:bit|has bitten|bitten)",
        ),
        zh=(r"被蛇咬|蛇咬(?:了|伤)|毒蛇|蝮蛇|竹叶青|银环蛇|眼镜蛇",),
    ),
    Concept(
        "high_energy_injury",
        en=(
            r"(?:hit|knocked (?:down|over|off)|run over) by (?:a |an |the )?(?:car|van|lorry|truck|bus|motorbike|motorcycle|train|tram)(?! door| park| mirror)|"
            r"(?:car|motorbike|motorcycle|road traffic) (?:crash|accident|collision)|(?:crashed|came off|fell off) (?:my|his|her|the|a) (?:motorbike|motorcycle)|"
            r"fell (?:off|from|out of) (?:a |the )?(?:roof|balcony|scaffolding|(?:first|second|third|upstairs) (?:floor )?window|window)|"
            r"(?:been |was |got )?(?:stabbed|shot)(?! (?:glass|of|at a)| a video)",
        ),
        zh=(
            r"被(?:汽车|小车|车|电动车|摩托车|货车|大车|公交车)(?:给)?(?:撞|碾|压|刮倒)|车祸|撞车|从(?:楼上|屋顶|房顶|阳台|脚手架|[二三四五六七八九]楼|高处|窗户)(?:上)?(?:摔|掉|跌|跳)(?:了)?(?:下来|下去)|被(?:人)?(?:捅|刺|砍)(?:了|伤)",
        ),
    ),
    Concept(
        "head_injury_rf",
        en=(
            # any knock to the head, the forehead or temple named (r6c-en-07 "knocked my forehead on
            # the patio edge"; NICE NG232: on an anticoagulant, CT within 8 hours)
            r"(?:hit|banged|bumped|bashed|smacked|knocked|cracked|whacked|clipped|split|cut) (?:his|her|my|their) (?:forehead|temple|skull|eyebrow|back of (?:his|her|my|their) head)|(?:bump|lump|egg|gash|cut) on (?:his|her|my|their|the) (?:head|forehead|temple|skull)",
            r"(?:hit|hitting|banged|banging|bumped|bumping|bashed|smacked|knocked) (?:his|her|my|their) head|(?:head|face) first|(?:fell|falling|fall) (?:off|from|down)[a-z ,']{0,30}(?:head|skull)|head injury|blow to the head|(?:got|had|took|taken|gave (?:himself|herself|myself)) (?:a )?(?:nasty |bad |big |hard )?(?:bang|bump|knock|blow|whack|smack|bash) (?:to|on) (?:the|his|her|my|their) head",
        ),
        zh=(
            r"(?:撞|磕|摔|碰|砸)(?:到|伤|破|了)(?:了)?(?:头|脑袋|后脑勺?|头部)|头(?:部)?(?:撞|磕|摔)(?:到|在|了)|头着地",
            r"(?:撞|磕|摔|碰|砸)(?:到|伤|破|了)(?:了)?(?:额头|脑门|太阳穴|眉骨)|(?:额头|脑门|后脑勺?|太阳穴)(?:上)?(?:撞|磕|碰)(?:到|在|了|破|出)|(?:额头|脑门|头上|后脑勺?)(?:上)?(?:起|鼓|肿)了?(?:个|一个)?(?:大)?包",
            r"摔(?:下来|倒|了一跤|下床|下楼|了)[^。]{0,10}(?:头|脑袋|额头|后脑勺?)(?:上)?(?:起|鼓|肿)了?(?:个|一个)?(?:大)?包",
        ),
    ),
    Concept(
        "head_injury_warning_rf",
        en=(
            r"(?:really |very |so |unusually )?(?:drowsy|sleepy)|keeps? (?:being sick|vomiting|throwing up)|(?:been|was) sick (?:twice|3 times|three times|more than once|again)|vomited (?:twice|again|more than once)|(?:not|isn'?t) making sense|confused|fit|seizure|(?:clear|watery) fluid (?:from|out of) (?:his|her|my) (?:nose|ear)",
            # knocked out, or no memory of it (nhs.uk 'Head injury and concussion': A&E if knocked
            # out but now awake, or problems with memory)
            r"knocked (?:out|unconscious)|(?:lost|loss of) consciousness|blacked out|passed out|(?:can'?t|cannot|doesn'?t|does not|couldn'?t) remember (?:what happened|the (?:fall|accident|crash)|hitting|falling|anything)|(?:memory loss|no memory of)",
        ),
        zh=(
            r"(?:很|特别|一直|老)?想睡|嗜睡|(?:吐了|呕吐)(?:好几|两|三|几)次|一直吐|迷糊|糊涂|抽搐|(?:鼻子|耳朵)(?:里)?(?:流|有)(?:清水|血水)",
            r"昏过去|晕过去|昏迷|失去(?:了)?意识|不省人事|(?:想|记)不起来(?:发生了什么|怎么摔的|怎么回事|刚才的事)|断片",
        ),
    ),
    Concept(
        "injury_simile",
        en=(
            r"(?:like|as if|as though) (?:i'?ve|i have|i'?d|i had|i was|i got|he'?s|she'?s|he was|she was)?(?: just)?(?: been)? (?:hit|run over|knocked (?:down|over)) by",
        ),
        zh=(r"(?:像|好像|跟)(?:是)?(?:被)?(?:车|卡车|汽车)(?:撞|碾)(?:了|过)(?:一样|似的)",),
    ),
    Concept(
        "grey_pale",
        en=(
            r"(?:gone|going|turned|turning|looks?|looking|is|'s) (?:a )?(?:funny |bit |very |really |all |deathly )?(?:grey|gray|ashen|white as a sheet)(?: colour| color)?|grey and (?:sweaty|clammy)",
        ),
        zh=(r"脸色(?:发)?(?:灰|青|煞白|惨白|灰白|铁青)|面色(?:苍白|发灰|灰白|铁青)",),
    ),
    Concept(
        "bulging_fontanelle",
        en=(
            r"(?:soft spot|fontanelle) (?:is |looks |feels |has gone |seems )?(?:bulging|swollen|raised|tense|puffed up|sticking out)|bulging (?:soft spot|fontanelle)",
        ),
        zh=(r"囟门[^，,。]{0,3}(?:鼓|凸|隆起|膨)",),
    ),
    Concept(
        "speech_broken",
        en=(
            r"(?:can only|only able to) (?:say|speak|get out) (?:one|a) word at a time|talking in (?:single )?words",
        ),
        zh=(
            r"说话(?:也|都)?(?:断断续续|一句一句|一个字一个字|上气不接下气)|话都说不(?:连贯|成句)|说不了整句",
        ),
    ),
    Concept(
        "throat_odd",
        en=(
            r"throat (?:feels |is |going |gone |has gone )?(?:all )?(?:funny|weird|strange|odd|closing|closing up|thick)",
        ),
        zh=(
            r"嗓子(?:眼)?(?:里)?(?:怪怪的|不对劲|发紧|像被堵住)|喉咙(?:里)?(?:怪怪的|不对劲|发紧)",
        ),
    ),
    Concept(
        "eye_chemical",
        en=(
            r"(?:splashed|got|sprayed|squirted|squirt|splash|spilt|spilled)[a-z ]{0,25}(?:in|into) (?:my|his|her|their|both) eyes?|eyes? (?:got |was |were )?(?:splashed|sprayed) with",
        ),
        zh=(
            r"(?:眼睛|眼里|眼睛里)[^，,。]{0,6}(?:溅|进|喷|弄|揉)(?:进去|到|进|了)?[^，,。]{0,4}(?:消毒液|84|漂白|洁厕灵|石灰|水泥|碱|酸|清洁剂|化学|洗涤剂|油漆|农药|强力胶)",
            r"(?:眼睛|眼)(?:被|让)[^，,。]{0,8}(?:溅|喷|弄|进)(?:到|进|了|进去)",
        ),
    ),
    Concept(
        "eye_chemical_agent",
        en=(
            r"bleach|acid|alkali|lime|cement|oven cleaner|drain cleaner|ammonia|chemical|disinfectant|detergent|caustic|dishwasher|pepper spray|superglue",
        ),
        zh=(r"消毒液|84|漂白|洁厕灵|石灰|水泥|碱|酸|清洁剂|化学|洗涤剂|油漆|农药|强力胶",),
    ),
    Concept(
        "sting_mouth",
        en=(
            r"(?:stung|bitten|sting|bite) (?:in|on|inside) (?:the |his |her |my |their )?(?:mouth|throat|tongue)",
        ),
        zh=(
            r"(?:蛰|蜇|咬|叮)(?:到|在|了)?(?:嘴里|嘴巴里|舌头|喉咙|嗓子)|(?:嘴里|舌头|喉咙|嗓子)(?:被)?(?:蜜蜂|马蜂|黄蜂|蜂|虫子?)(?:蛰|蜇|咬|叮)",
        ),
    ),
    Concept(
        "faint_recovered",
        en=(
            r"came (?:round|around|to) (?:quickly|at once|immediately|instantly|in seconds|after a few seconds|straight away|straightaway|right away|almost straight away|within (?:a few )?(?:seconds|a minute))|(?:woke|came) (?:up|back) (?:quickly|straight away|within seconds)|(?:only|just) out for (?:a )?(?:few )?seconds|back to normal (?:straight away|quickly|within minutes)",
        ),
        zh=(r"(?:很快|马上|立刻|一会儿|几秒钟?|没几秒)(?:就)?(?:醒|醒过来|醒了|清醒|恢复|缓过来)",),
    ),
    Concept(
        "faint_trigger",
        en=(
            r"(?:standing|stood) (?:up )?(?:for (?:ages|a long time|hours)|in (?:a |the )?(?:long )?queue|too quickly|up (?:too )?(?:fast|quickly))|in (?:a |the )?(?:long )?queue|in the heat|hot (?:room|church|bus|train|day)|(?:sight|seeing) (?:of )?blood|(?:at|having|had|during|after|getting|got) (?:a |my |the |his |her )?(?:blood (?:tests?|taken|draw)|injection|jab|vaccin[a-z]*|needle)",
            # giving blood, blood taken, a jab (r7 class: "fainted after giving blood, came round at
            # once"; nhs.uk 'Fainting': a faint with a clear trigger and a quick recovery is for
            # the GP, 999 only if they do not wake, with chest pain, a fit or an injury)
            r"(?:giving|gave|give|donating|donated|donate) blood|blood (?:donation|donor|bank|draw)|"
            r"(?:took|taking|take|drew|drawing|draw|taken) (?:my |his |her |their |some )?blood(?! pressure| sugar| glucose| level)|"
            r"(?:had|having|have|getting|got|get) (?:my |his |her |their |some )?blood (?:taken|drawn|out)|"
            r"(?:at|having|had|during|after|getting|got|from|for|when|with) (?:a |my |the |his |her |their )?(?:flu |covid |booster |tetanus |hpv |mmr )+(?:jab|injection|vaccin[a-z]*|shot)",
        ),
        zh=(
            r"站(?:久|了很久|太久|了好久)|排队|起(?:来|身|床)(?:太)?(?:快|猛|急)|(?:看到|见)(?:了)?血|抽血|打针|闷热|大热天|(?:看到|见到|看见|一看)(?:了)?(?:针头|针管|针)|晕针|晕血|打(?:了)?疫苗|献血",
            # giving blood, blood taken, a jab (献血后晕倒了一下 马上就醒了; nhs.uk 'Fainting')
            r"(?:献|抽|采|验)(?:完|了|过)?(?:一次|一管|几管)?血|打(?:完|了|过)?(?:针|疫苗|预防针|吊瓶|点滴)|(?:接种|打)(?:完|了)?(?:\w{0,4})?疫苗|输(?:完|了)?液",
        ),
    ),
    Concept(
        "faint_not_recovered",
        en=(
            r"still (?:out|unconscious|not (?:responding|awake|waking))|(?:hasn'?t|has not|not|isn'?t|is not|didn'?t|did not) (?:come|came|coming) (?:round|around|to)|(?:won'?t|can'?t|cannot|couldn'?t|isn'?t|is not|not) (?:wake|waking|be woken)|not responding|unresponsive|(?:out|unconscious) for (?:more than |over |about |a good )?(?:a|one|two|a few|several|[2-9]|\d{2}) minutes?",
        ),
        zh=(
            r"(?:还|一直|到现在)(?:都)?没(?:有)?醒|叫不醒|喊不醒|没(?:有)?反应|昏迷|不省人事|(?:几|好几|[一二两三四五六七八九十\d]+)分钟(?:了)?(?:都|还)(?:没|不)醒",
        ),
    ),
    Concept(
        "seizure_words",
        en=(
            r"seizures?|seizing|convuls[a-z]*|(?<!coughing )(?<!laughing )(?<!sneezing )fits?\b(?! of (?:coughing|laughing|laughter|sneezing|giggles|the giggles|rage|temper|anger|hysterics|pique|jealousy))|fitting|jerk[a-z]*|twitch[a-z]*|shaking all over|went (?:rigid|stiff)|bit (?:his|her|my) tongue|wet (?:himself|herself|myself)",
        ),
        zh=(
            r"抽搐|抽风|抽筋|癫痫|羊癫疯|惊厥|口吐白沫|翻白眼|咬(?:破|到)?(?:了)?舌头|尿裤子|四肢(?:抽|僵)",
            rf"(?:{_BABY}|他|她|老人|人)(?:突然|又|刚才|一下子)?(?:浑身|全身)?抽(?:了|起来了?)(?=[，,。！!？?\s]|$)|(?:烧|发烧|高烧)[^，,。]{0, 6}抽(?:了|起来)",
        ),
    ),
    Concept(
        "light_spotting",
        en=(
            r"spotting|(?:a (?:bit|little|little bit|tiny bit|few spots|spot|smear)|a few spots|tiny bit|small amount|traces?) of (?:brown |pink |old |dark )?(?:blood|discharge|bleeding)|(?:brown|pinkish|pink|dark) discharge|light bleeding",
            # light bleeding told in other words: a few drops, or blood seen only when wiping
            # (nhs.uk 'Vaginal bleeding in pregnancy': light bleeding or spotting is common early
            # on; contact the GP, midwife or early pregnancy unit)
            r"(?:a few|few|a couple of|couple of|some|a|a tiny|tiny|the odd) (?:drops?|spots?|specks?|streaks?|dots?) of (?:brown |pink |red |bright red |dark )?blood|"
            r"(?:blood|pink|brown|red|bleeding)(?: [a-z]+){0,5} (?:on|in) (?:the )?(?:toilet paper|tissue|loo roll|toilet roll)|"
            r"(?:blood|pink|brown|red|bleeding)(?: [a-z]+){0,4} when (?:i )?(?:wipe|wiped|wiping)|(?:a little|a bit of|bit of|slight|light|minimal) (?:bleeding|blood)",
        ),
        zh=(
            r"(?:一点点?|一丁点|少量|少许|一些)(?:的)?(?:褐色|咖啡色|深褐色|粉色|粉红色)?(?:的)?(?:血丝?|分泌物|出血)|(?:褐色|咖啡色|深褐色|粉红色|粉色)(?:的)?分泌物|(?:有点|有一点)(?:点)?(?:血|见红|出血)|少量(?:出血|见红)|见了?一点红|"
            r"(?:有点|有一点|一点|有些|一些)(?:点)?(?:粉色|粉红色|褐色|淡红色|红色|咖啡色)?(?:的)?(?:血丝?|血迹)|(?:擦|纸|卫生纸|纸巾)[^，,。]{0,6}(?:有|见|带)(?:点|一点|些)?(?:粉色|粉红色|褐色|淡红色|红色)?(?:的)?(?:血丝?|血迹|红)",
        ),
    ),
    Concept(
        "rectal_pressure",
        en=(
            r"(?:pressure|heaviness|pushing feeling) (?:in|on) (?:my |the )?(?:bottom|back passage|rectum|bum)|(?:feel|feeling|felt) like i (?:need|have) to (?:poo|poop|go to the toilet) all the time|(?:pain|hurts?) when (?:i )?(?:poo|poop)",
        ),
        zh=(
            r"肛门(?:处|那里|那儿)?(?:有)?(?:坠胀|下坠|坠|胀)|(?:屁股|肛门|下面)[^，,。]{0,5}(?:坠得|坠胀|往下坠|发坠)|(?:老|总|一直)想(?:上厕所|上大号|大便|解大便|拉屎)",
        ),
    ),
    Concept(
        "reliever_inhaler_failing",
        en=(
            r"(?<!brown )(?<!preventer )(?<!steroid )(?<!purple )(?:blue |reliever |asthma |rescue )?(?:inhaler|puffer|ventolin|salbutamol|albuterol|nebuli[sz]er)[a-z0-9 ,']{0,30}?"
            r"(?:is(?:n'?t| not)|does(?:n'?t| not)|did(?:n'?t| not)|not|isnt|doesnt|didnt|no) (?:working|helping|help|doing anything|doing much|touching it|making (?:any |a )?difference)",
        ),
        zh=(
            r"(?:万托林|沙丁胺醇|急救(?:喷雾|喷剂|药)|哮喘(?:的)?(?:药|喷雾|喷剂)|吸入剂|气雾剂)[^，。]{0,10}?(?:也|都)?(?:不管用|没用|没效果|不起作用|不顶用|没有用|不见效)",
            r"哮喘[^。]{0,8}喷(?:了)?(?:药|好几下|几下|好几次|几次|好几口)[^，。]{0,4}?(?:也|都|还是)?(?:不管用|没用|没效果|不起作用|不顶用|没有用|不见效)",
        ),
    ),
    # One swollen leg or calf (nhs.uk 'DVT': throbbing or cramping pain and swelling in one leg,
    # usually the calf); both legs swollen (pregnancy, heart failure) is not this.
    Concept(
        "leg_swollen_one",
        en=(
            r"(?:left|right|one) (?:leg|calf)\b[a-z ,']{0,30}?(?:swollen|swelling|swelled|puffy|bigger|fatter|tight and (?:sore|red|hot))",
            r"(?:swollen|puffy|swelling in (?:my |his |her |the )?)(?:left |right )?(?:calf|leg)\b(?!s)",
            r"(?:calf|leg)\b(?!s) (?:is |was |has |has gone |went |got |looks |feels )?(?:all |really |a bit )?(?:swollen|swelled up|puffy)",
        ),
        zh=(
            r"(?:左|右|一[边侧只条])(?:边|侧)?(?:的)?(?:小)?腿(?:肚子?)?[^，,。]{0,6}?(?:肿|粗)|(?<![两双])(?:小腿肚子?|腿肚子?)[^，,。]{0,4}?肿",
            # r7t-zh-002: 右小腿从昨天开始又红又肿 (a time phrase between the calf and its swelling)
            r"(?:左|右|一[边侧只条])(?:边|侧)?(?:的)?小腿(?:肚子?)?(?:(?!不|没|无)[^，,。\s]){0,12}?(?:红肿|肿)",
        ),
    ),
    # An ordinary cause of black stools (nhs.uk 'Blood in poo' / 'Black stools': iron tablets,
    # bismuth (Pepto-Bismol), black liquorice, blueberries, black pudding; 猪血/鸭血/血豆腐 are
    # blood foods eaten in China).
    Concept(
        "black_stool_cause",
        en=(
            r"black pudding|blood (?:sausage|tofu|pudding)|(?:black )?liquorice|licorice|blueberr(?:y|ies)|"
            r"iron (?:tablets?|pills?|supplements?|tabs)|(?:taking|take|started|on) iron\b|ferrous (?:sulphate|sulfate|fumarate|gluconate)|"
            r"bismuth|pepto(?:[- ]?bismol)?",
        ),
        zh=(
            r"猪血|鸭血|鸡血|血豆腐|血旺|毛血旺|动物血|血肠|补铁|铁剂|铁片|硫酸亚铁|琥珀酸亚铁|富马酸亚铁|多糖铁|"
            r"铋剂|枸橼酸铋钾|胶体果胶铋|丽珠得乐|蓝莓",
        ),
    ),
    # Vomiting blood (the upper-GI bleed that no food explains)
    Concept(
        "haematemesis",
        en=(
            r"(?:vomit[a-z]*|throw[a-z]* up|threw up|puk[a-z]*|sick|brought up) (?:up )?(?:some |a lot of |lots of |fresh |bright red |dark )?blood",
            r"blood in (?:my |his |her |the )?(?:vomit|sick)|(?:vomit|sick) (?:is |was )?(?:full of |with )?blood|coffee[- ]grounds?|ha?ematemesis",
            near_en(
                r"vomit[a-z]*|threw up|throw[a-z]* up|brought up|bringing up|puk[a-z]*",
                _EN_BLOOD_WORD,
                6,
            ),
            # blood told after the vomiting, with no other thing it could be in between
            # ("vomiting since yesterday, blood in it", "threw up, there was some blood")
            _en_blood_after(_EN_VOMIT_REF),
        ),
        zh=(
            r"吐血|呕血|吐了(?:好多|很多|一些|一口|一大口|大口|不少|(?:好几|几|两|三|一大|好多)口)?(?:的)?(?:鲜)?血|吐出(?:来)?(?:的)?(?:都是|是|有|带)?(?:鲜)?血|"
            r"呕吐物(?:里|中)?(?:有|带|全是|都是)?血|咖啡渣|咖啡(?:色|样)(?:的)?(?:呕吐物|液体|东西)|便血",
            # "吐的东西里有血", "吐的有血", "吐出来的有血丝", "吐了一晚上，里面有血"
            _zh_blood_after(_ZH_VOMIT_REF),
        ),
    ),
    # what blood told without a place is in (see _EN_BLOOD_REF): being sick, a cough, poo, or
    # another place blood is seen (the nose, gums, a period, a cut, the paper, pee, the eyes)
    Concept("vomit_ref", en=(_EN_VOMIT_REF,), zh=(_ZH_VOMIT_REF,)),
    Concept("cough_ref", en=(_EN_COUGH_REF,), zh=(_ZH_COUGH_REF,)),
    Concept("stool_ref", en=(_EN_STOOL_REF,), zh=(_ZH_STOOL_REF,)),
    Concept("blood_site_other", en=(_EN_BLOOD_SITE,), zh=(_ZH_BLOOD_SITE,)),
    Concept("blood_ref", en=(_EN_BLOOD_REF,), zh=(_ZH_BLOOD_HAS,)),
    # blood in what was coughed up, told after the cough ("coughing a lot, blood in it",
    # "咳的痰里有血"): nhs.uk 'Coughing up blood' - urgent GP appointment or 111
    Concept(
        "haemoptysis_ref",
        en=(_en_blood_after(_EN_COUGH_REF),),
        zh=(_zh_blood_after(_ZH_COUGH_REF),),
    ),
    # blood in the poo, told after it ("diarrhoea, blood in it", "拉的里面有血"): nhs.uk
    # 'Diarrhoea and vomiting' - urgent GP appointment or 111 for bloody diarrhoea
    Concept(
        "stool_blood_ref",
        en=(_en_blood_after(_EN_STOOL_REF),),
        zh=(_zh_blood_after(_ZH_STOOL_REF),),
    ),
    # A chest pain told as going on for weeks or months (round 11; with chest_wall_press it is
    # costochondritis's course, nhs.uk 'Costochondritis')
    Concept(
        "chest_weeks_rf",
        en=(
            r"(?:for|over|past|last|since) (?:the )?(?:past |last )?(?:\d+|two|three|four|five|six|a few|few|several|couple of|a couple of) (?:weeks|months)|for (?:weeks|months)(?: now)?",
        ),
        zh=(
            r"(?:\d+|两|三|四|五|六|几|好几|一两|两三)(?:个)?(?:星期|礼拜|周|月)(?:了|多了|多|左右)?",
        ),
    ),
    # Chest-wall pain the patient reproduces by pressing (nhs.uk 'Chest pain' / 'Costochondritis')
    Concept(
        "chest_wall_press",
        en=(
            r"(?:hurts?|sore|tender|pain(?:ful)?|worse)[a-z ,']{0,20}(?:when|if) (?:i |you |he |she )?(?:press|push|touch|prod)(?:es|ed)?|tender to (?:the )?touch|(?:pressing|pushing) on it (?:hurts|makes it worse)",
        ),
        zh=(
            r"按(?:着|压|一下|上去)?(?:就|会|时|的时候)?(?:更)?(?:疼|痛)|压痛|一按就(?:更)?(?:疼|痛)|摸着(?:就)?(?:疼|痛)",
        ),
    ),
    # ... after a strain or a knock (lifting, the gym, a fall against something)
    Concept(
        "chest_strain_cause",
        en=(
            r"(?:lifting|lifted|carrying|carried|moving|moved|shifting|picked up) (?:a |the |some |heavy |big )*(?:box|boxes|furniture|bags?|shopping|sofa|wardrobe|weights?|stuff|things)|"
            r"(?:at|after|from) the gym|bench press(?:ing)?|press[- ]ups|push[- ]ups|pulled a muscle|(?:knocked|bumped|banged|hit) (?:my |his |her )?(?:chest|ribs?)",
        ),
        zh=(
            r"搬(?:完|了)?(?:东西|重物|箱子|家具|家)|提(?:了)?重物|扛(?:了)?|健身|举铁|卧推|俯卧撑|(?:撞|磕|碰)(?:到|了|在)[^，,。]{0,4}?(?:胸|肋)",
        ),
    ),
    # Unable to bear weight on a leg (nhs.uk 'Sprains and strains': urgent treatment centre if you
    # cannot put any weight on it; Ottawa ankle and knee rules). Not "can't put weight on" (gain).
    Concept(
        "cant_bear_weight",
        en=(
            r"(?:can'?t|cannot|can not|couldn'?t|unable to|not able to|won'?t|will not|refus(?:es|ing) to) (?:put|take|bear|stand) (?:any |much )?weight (?:on|through) (?:it|my|his|her|the|that|this|either|them)\b",
            r"(?:can'?t|cannot|couldn'?t|unable to|won'?t) (?:stand|walk) on (?:it|my|his|her|the|that) (?:left |right )?(?:leg|foot|ankle|knee|hip)?",
        ),
        zh=(
            r"(?:脚|腿|脚踝|膝盖)?(?:不能|没法|没办法|不敢|根本不能|一点都不能)(?:着地|落地|沾地|踩地|吃劲|受力|承重)|一(?:着地|沾地|踩地|落地)就(?:钻心|特别|很|更)?(?:地|的)?(?:疼|痛)"
            # round 10: the first steps hurt and walking eases it ("一落地就疼，走一会儿又好点"):
            # weight is borne - nhs.uk Plantar fasciitis (heel pain worse on the first steps after
            # rest, easing as you walk: self-care, then a GP)
            r"(?![^。]{0,16}(?:走(?:一会儿?|一阵子?|几步|开)(?:了|以后|之后)?(?:就|又)?(?:好|缓解|轻|松)|活动(?:一下|开)(?:了|以后|之后)?(?:就|又)?(?:好|缓解|轻)|还能走|能走路|走路没问题))",
        ),
    ),
    # A wound that looks infected: pus, spreading redness, oozing (nhs.uk 'Cuts and grazes' and
    # 'Caesarean section - recovery': urgent GP / 111 / midwife the same day).
    Concept(
        "wound_infected",
        en=(
            r"(?:wound|scar|incision|stitches|section|cut|graze)[a-z ,']{0,30}?(?:pus|oozing (?:pus|yellow|green)|weeping (?:yellow|green|pus)|smells|infected|(?:red|hot) and swollen|swollen and (?:red|hot))",
        ),
        zh=(
            r"(?:刀口|伤口|切口|缝针的地方|缝线(?:的地方)?|疤)[^，,。]{0,8}?(?:红肿|流脓|化脓|渗脓|有脓|脓水|发臭|裂开)|(?:刀口|伤口|切口)[^。]{0,6}?(?:往外)?(?:渗|流)(?:黄色的?)?(?:脓|水)",
        ),
    ),
)


# Round 5b: emergencies told mildly (issue r5b). A clumsy hand with speech or face signs (stroke);
# indigestion-like discomfort with a cold sweat and breathlessness (an atypical heart attack); no
# wind with vomiting or a swollen tummy, or vomit that smells of poo (bowel obstruction).
CONCEPTS += (
    Concept(
        "one_side_clumsy",
        en=(
            near_en(
                r"clumsy|clumsiness|uncoordinated|useless|fumbl[a-z]*|(?:won'?t|doesn'?t|can'?t) do what (?:he|she|i) (?:wants?|tells? it)",
                rf"(?:with |in |of )?(?:{_POSS} )?(?:left|right|one) (?:hand|arm|leg|side)",
                3,
            ),
            near_en(
                r"(?:left|right|one) (?:hand|arm|leg)",
                r"clumsy|uncoordinated|useless|fumbl[a-z]*|(?:won'?t|doesn'?t) do what (?:he|she|i) (?:wants?|tells? it)",
                3,
            ),
            r"(?:can'?t|cannot|couldn'?t|unable to|struggling to|trouble) (?:do|doing|manage|fasten|fastening) (?:up )?(?:his|her|my) (?:shirt |coat |cardigan )?buttons",
        ),
        zh=(
            r"(?:拿|握|捏)(?:筷子|杯子|勺子|碗|笔|东西)[^，,。]{0,3}(?:拿不稳|拿不住|握不住|不稳|不利索|不听使唤|使不上劲|老掉|掉了)|(?:筷子|杯子|勺子)(?:都|也)?(?:拿|握)不(?:稳|住)|(?:扣|系)不上扣子",
        ),
    ),
    Concept(
        "indigestion_like",
        en=(
            r"indigestion|heartburn|(?:upper|top of (?:my|his|her|the)) (?:tummy|stomach|abdomen|belly)|epigastric|"
            r"(?:stomach|tummy) (?:discomfort|pressure|heaviness|tightness|upset)|"
            # round 12: "his stomach is upset again", "my tummy's playing up"
            r"(?:stomach|tummy)(?:'s| is)(?: (?:a bit|really|very|so|all))? (?:upset|uncomfortable|playing up)|"
            r"(?:heavy|funny|tight|pressure|pressing|squeezing|uncomfortable|strange|odd)(?: [a-z]+)? (?:feeling|sensation|discomfort) in (?:my|his|her|the) (?:upper )?(?:tummy|stomach)",
        ),
        zh=(
            # round 12 (h11-zh-13): an adverb between the stomach and the feeling ("胃又不舒服了",
            # "胃有点难受", "胃一直不舒服")
            r"消化不良|烧心|上腹(?:部)?|心口窝|胃(?:口)?(?:又|也|还|还是|又有点|有点|有些|一直|老是|总是|突然)?(?:不太舒服|不舒服|难受|胀|闷|堵|痛|疼|里不舒服|部不适)|胃口[痛疼]",
        ),
    ),
    Concept(
        "no_wind",
        en=(
            r"(?:can'?t|cannot|couldn'?t|unable to|not able to|haven'?t|hasn'?t|have not|has not|isn'?t|is not|not|stopped|no longer) "
            r"(?:been )?(?:even )?(?:pass(?:ed|ing)?|break(?:ing)?|broken|broke) (?:any )?wind|"
            r"(?:can'?t|cannot|haven'?t|hasn'?t|not|isn'?t|stopped) (?:even )?(?:fart(?:ed|ing)?|trump(?:ed|ing)?)|no (?:wind|farts|gas) (?:either|at all|coming out|or poo)",
        ),
        zh=(
            r"(?:连)?屁(?:也|都)(?:不|没)(?:放|有|排)|(?:不|没有?|也不|也没|都不|停止)(?:排便|大便)?(?:和|、|及|也)?(?:放屁|排气)|无排气|肛门(?:停止)?排气(?:停止|没有了)|不通气",
        ),
    ),
    Concept(
        "faeculent_vomit",
        en=(
            r"(?:vomit|sick|sicked up|threw up|throwing up|bringing up|brought up)[a-z ,']{0,40}(?:smells?|smelled|smelt|smelling) (?:like|of) (?:poo|poop|faeces|feces|sewage|stool|the toilet)|faecal vomit|feculent vomit",
        ),
        zh=(r"吐[^。]{0,12}(?:粪臭|粪便味|屎味|大便味|粪水|臭得像大便)|粪样呕吐",),
    ),
    Concept(
        "high_pitched_cry",
        en=(
            r"(?:weak|strange|odd|funny|unusual|constant)?,? ?high[- ]?pitched (?:cry|crying|scream|screaming|wail|wailing|whimper)|"
            r"(?:cry|crying|scream|screaming) (?:is |was |sounds |sounded |has gone |went )?(?:really |very |all |a bit |quite |kind of )?(?:high[- ]?pitched|shrill|squeaky)",
        ),
        zh=(
            r"哭声(?:特别|很|非常|有点|有些|又|好)?(?:尖|微弱|弱|奇怪|异常)|尖(?:声|叫(?:样|一样)?)(?:地)?哭|哭(?:得|起来)(?:很|特别)?尖",
        ),
    ),
    Concept(
        "below_ribs_pain",
        en=(
            r"(?:pain|ache|aching|hurts?|hurting|sore|tender)(?: [a-z]+){0,2} (?:just )?(?:under|below|beneath) (?:my|her|the) (?:right )?ribs?|"
            r"(?:under|below|beneath) (?:my|her|the) (?:right )?ribs?(?: on the right)? (?:hurts?|is sore|aches?|is painful)",
        ),
        zh=(
            r"(?:右边?|右侧)?肋(?:骨)?(?:下面|下方|下边|底下|下)[^，,。]{0,3}(?:痛|疼)|右上腹[^，,。]{0,2}(?:痛|疼)",
        ),
    ),
    Concept(
        "thirst_word",
        en=(
            r"(?:really |very |so |always |constantly |extremely |terribly |unusually )?thirsty|(?:drinking|drinks|drank) (?:loads|lots|a lot|so much|gallons|tons|non-?stop|all the time)|can'?t stop drinking",
        ),
        zh=(
            r"口渴|(?:特别|很|老是?|总是|一直)(?:口)?渴|喝水(?:特别|很|非常)?多|多饮|(?:老|总)想喝水",
        ),
    ),
    Concept(
        "polyuria",
        en=(
            r"(?:weeing|peeing|urinating|passing (?:urine|water)|going to the toilet|wee|pee)(?: [a-z]+){0,2} (?:a lot|loads|lots|all the time|constantly|so much|more than usual|more often|non-?stop)|"
            r"(?:weeing|peeing) loads|(?:needs?|needing) (?:a|the) (?:wee|pee|toilet) all the time",
        ),
        zh=(
            r"尿(?:特别|很|非常)?多|多尿|(?:老|总|一直)(?:是)?(?:想)?(?:上厕所|尿尿|小便)|小便(?:特别|很)?(?:多|频)",
        ),
    ),
    Concept(
        "sudden_word",
        en=(
            r"sudden(?:ly)?|all of a sudden|out of (?:nowhere|the blue)|came on (?:all at once|in an instant)",
        ),
        zh=(r"突然|突发|一下子|猛地",),
    ),
    Concept(
        "back_chest_through",
        en=(
            r"(?:back|shoulder ?blades?)[a-z ,']{0,30}(?:going|goes|went|spreading|spreads|spread|moving|moves|shooting|shoots|radiating|radiates|through|into) (?:right |straight )?(?:through |into |to |up to )?(?:my |his |her |the )?(?:front of (?:my |his |her |the )?)?chest|"
            r"chest[a-z ,']{0,30}(?:going|goes|went|spreading|spreads|spread|moving|moves|shooting|shoots|radiating|radiates|through|into) (?:right |straight )?(?:through |into |to )?(?:my |his |her |the )?back",
            r"between (?:my|his|her|the) shoulder ?blades",
        ),
        zh=(
            r"(?:后背|背部?|肩胛(?:骨)?)[^。]{0,8}(?:痛到|疼到|窜到|放射到|连着|牵扯到|一直痛到|一直疼到)(?:前)?胸|胸[^。]{0,6}(?:痛到|疼到|窜到|放射到|连着|牵扯到)(?:后)?背|两(?:个)?肩胛(?:骨)?(?:中间|之间)",
        ),
    ),
    Concept(
        "testicle_lay",
        en=(
            r"(?:his|my|son'?s|boy'?s) (?:privates|private parts|balls?|nuts|bollocks|nads|testicles?|scrotum|goolies)",
            # round 11 (r11e-en-19): the side named between ("his left testicle", "one of his
            # balls"), and the testicle by its own name ("the left testicle", "pain in a testis");
            # nhs.uk 'Testicle pain': A&E for sudden, very bad pain or pain with being sick
            r"(?:his|my|son'?s|boy'?s) (?:left|right|lefthand|righthand|left-hand|right-hand) (?:ball|nut|testicle|testis|bollock|side of (?:his|my) (?:scrotum|ballsack|sack))(?![a-z])|"
            r"one of (?:his|my) (?:balls|nuts|testicles|testes|bollocks)|(?<![a-z])(?:testicles?|testis|testes|scrotum|scrotal)(?![a-z])",
        ),
        # 蛋蛋 / 睾丸 / 阴囊 / 小鸡鸡下面的 (r6b-zh-12: "蛋蛋左边那个" as the answer to "where?")
        zh=(r"睾丸|蛋蛋|卵蛋|阴囊|(?:鸡鸡|小鸡鸡|下体)(?:下面|底下)的?(?:球|蛋)",),
    ),
    # torsion signs told in later answers: woken from sleep by the pain, one side riding higher
    # (nhs.uk 'Testicle pain' and NICE CKS 'Scrotal pain and swelling': sudden pain, often
    # waking from sleep, a high-riding testis, vomiting -> A&E now)
    Concept(
        "pain_woke",
        en=(
            r"(?:pain|it|agony|hurting)[a-z ]{0,12} woke (?:him|me|her|them)(?: up)?|woke (?:up )?(?:with|in|from|screaming with) (?:the )?(?:pain|agony)|woken (?:up )?by (?:the )?pain",
        ),
        zh=(r"[痛疼]醒|(?:半夜|睡觉的时候|睡着了?)[^，,。]{0,4}(?:被)?[痛疼](?:醒|得醒)",),
    ),
    Concept(
        "testicle_high",
        en=(
            r"(?:one|the (?:left|right)|left|right|that) (?:side|one|ball|testicle|testis)[a-z ]{0,12}(?:is |looks |sits |seems |is sitting |has gone |gone |pulled )?(?:higher|up higher|pulled up|drawn up|riding high)",
            r"(?:sits|looks|is|seems) higher than the other",
        ),
        zh=(
            r"(?:比|跟)(?:左边|右边|另一边|另一个|那边|这边)[^，,。]{0,4}(?:高|往上)|一边高一边低|(?:往上|向上)(?:缩|提|跑)(?:上去)?了|位置(?:变)?高",
        ),
    ),
    Concept(
        "haemoptysis_any",
        en=(
            r"cough(?:ing|ed|s)? up (?:a (?:bit|little|few spots|small amount) of |some |streaks? of |specks? of |bits of )?(?:bright red )?blood|"
            r"blood(?:y)? (?:in|with|streaked|stained) (?:my |his |her |the )?(?:phlegm|sputum|spit)|blood-?(?:streaked|stained|tinged) (?:phlegm|sputum|spit)",
        ),
        zh=(
            r"咳(?:嗽)?(?:出|了)?(?:一点|一些|些|点)?(?:血|带血)|痰(?:里|中)(?:有|带)(?:点)?(?:血|血丝)|咯血|带血丝的痰|血丝痰",
        ),
    ),
    Concept(
        "long_travel",
        en=(
            r"(?:long|long-haul|\d+[- ]hours?|overnight) (?:flight|journey|drive|coach trip|bus ride|car journey|train journey)|(?:after|since|off) (?:my |the |a )?(?:flight|plane)|got off (?:a |the )?(?:plane|flight)",
        ),
        zh=(
            r"(?:坐|乘)(?:了)?(?:十几个|[0-9一二两三四五六七八九十]+个|几个|很长时间的?|长途)?(?:多)?(?:小时)?(?:的)?(?:飞机|火车|长途车|大巴)|下(?:了)?飞机|长途(?:飞行|旅行|车)|飞机上坐了",
        ),
    ),
    Concept(
        "calf_pain",
        en=(
            r"(?:calf|calves|leg)\b[a-z ,']{0,12}(?:is |are |feels? |has been )?(?:swollen|painful|sore|tender|hurts?|hurting|aching|tight|throbbing)|pain in (?:my|his|her) (?:calf|leg)\b",
        ),
        zh=(r"小腿(?:肚)?[^，,。]{0,3}(?:肿|痛|疼|胀|发紧)",),
    ),
    Concept(
        "slow_breathing",
        en=(
            r"breath(?:ing|es) (?:is |has (?:got|gone|become) |seems? )?(?:very |really |quite |so )?(?:slow|shallow)|slow,? shallow breath",
        ),
        zh=(r"呼吸(?:很|特别|变得|有点)?(?:慢|浅|微弱)",),
    ),
    Concept(
        "rectal_blood",
        en=(
            r"(?:passing|passed|pooing|pooping|pooed|pooped) (?:a lot of |lots of |some |fresh |bright red |dark red )?(?:blood|clots)|bleeding from (?:my|his|her|the) (?:bottom|back passage|bum|rectum)|blood (?:from|out of) (?:my|his|her|the) (?:bottom|back passage|bum)|(?:a lot of |lots of )?blood in (?:my|the|his|her) (?:poo|stool|toilet)",
            # round 12 (probe): nhs.uk 'Bleeding from the bottom': a lot of blood - the toilet water
            # turns red
            r"(?:toilet|loo) (?:bowl |water )?(?:is |was |went |turned |turns |has gone |had gone )?(?:all |completely )?(?:full of blood|bright red with blood|red with blood)|(?:toilet|loo) (?:bowl |water )(?:is |was |went |turned |turns |has gone )(?:bright )?red",
        ),
        zh=(
            r"(?:拉|便|解)(?:了)?(?:好几次|很多|一些|点)?(?:血|血便)|便血|大便(?:带|有|出|里有)(?:了)?血|肛门(?:出|流)血|屁股(?:里)?(?:出|流)血|屁眼(?:出|流)血",
            # round 12 (probe): the amount told inside the phrase ("大便带很多血") and a toilet
            # full of blood ("一马桶的血", "马桶里都是血", "马桶水都红了"; nhs.uk 'Bleeding from the
            # bottom': A&E if there's a lot of blood - the toilet water turns red)
            r"大便(?:里)?(?:带|有|出)(?:了)?(?:很多|好多|大量|不少|一些|点|少量)血|一马桶(?:的)?血|马桶(?:里|里面)?(?:都是|全是|满是|一片|好多|很多)血|马桶(?:里的?)?水(?:都|全)?(?:红了|变红|染红)",
        ),
    ),
    Concept(
        "leg_short_rotated",
        en=(
            r"(?:leg|foot)[a-z ,']{0,20}(?:looks? |is |seems? )?(?:shorter|turned out(?:wards)?|pointing out(?:wards)?|rolled out(?:wards)?|twisted out(?:wards)?)",
        ),
        zh=(r"(?:腿|脚)[^，,。]{0,6}(?:变短|短了一截|短一截|往外(?:翻|撇|转|歪)|外旋)",),
    ),
    Concept(
        "postpartum",
        en=(
            r"(?:had|gave birth to|delivered) (?:my|the|a|our|her) (?:baby|son|daughter|twins) (?:\d+|a few|few|two|three|four|five|six|one|a|last) ?(?:days?|weeks?|week) ?(?:ago)?|"
            r"gave birth (?:\d+|a few|two|three|one|a|last) ?(?:days?|weeks?|week) ?(?:ago)?|(?:since|after) (?:giving birth|the birth|having (?:my|the|her) baby|my c-?section)|just had (?:a|my|the|her) baby",
        ),
        zh=(r"产后|生完(?:孩子|宝宝|小孩)|刚生(?:完)?(?:孩子|宝宝)|坐月子|月子里|剖腹产后|顺产后",),
    ),
    Concept(
        "vision_blur",
        en=(
            r"blurr?(?:y|ed) (?:vision|eyesight)|(?:vision|eyesight) (?:is |has gone |went |going )?(?:all )?(?:blurr?(?:y|ed)|fuzzy|funny)|seeing (?:flashing lights|flashes|spots|stars|zigzags)|flashing lights",
        ),
        zh=(r"看东西(?:有点|很|有些)?模糊|视物模糊|视力模糊|眼前(?:冒金星|发花|闪光|一闪一闪)",),
    ),
    Concept(
        "skin_sheets",
        en=(
            r"skin[a-z ,']{0,15}(?:peeling|coming|falling|sloughing) off in (?:sheets|big pieces|large pieces|layers|strips)|skin (?:is )?(?:blistering|blistered) and (?:peeling|coming off)",
        ),
        zh=(
            r"皮肤(?:大片|成片|一片一片|一块一块)(?:地)?(?:脱落|剥脱|掉|脱)|(?:全身|身上)(?:起了?)?(?:大)?水泡[^，,。]{0,4}(?:脱皮|破了|掉皮)",
        ),
    ),
    Concept(
        "pain_out_of_proportion",
        en=(
            r"pain (?:is )?(?:way |much |far |so much )?(?:worse|more) than (?:it looks|it should be|you'?d expect|i'?d expect|expected)|(?:hurts|hurting) (?:way |much |far )?more than it looks",
            # round 13 (h12-en-05): the pain measured against the small wound ("way worse than a
            # scratch should be", "only a tiny cut but it's killing me") - nhs.uk 'Necrotising
            # fasciitis': intense pain much worse than you'd expect from the wound
            r"(?:worse|more painful|more pain) than (?:a |an |the |this |that |my |any )?(?:tiny |little |small |minor |normal |ordinary |simple )?(?:scratch|cut|graze|nick|scrape|bite|sting|wound|splinter|prick)(?:es|s)? (?:should|ought to|would|could|normally|usually)",
            r"(?<![a-z])(?:only|just) (?:a )?(?:tiny|small|little|minor|teeny|wee) (?:cut|scratch|graze|nick|scrape|wound|prick|splinter)[^.?!]{0,30}?(?<![a-z])(?:but|yet)(?![a-z])(?:(?!\bnot\b|n'?t\b)[^.?!]){0,16}?(?:killing me|agony|agonising|agonizing|excruciating|unbearable|(?:9|10)/10)",
        ),
        zh=(
            r"(?:痛|疼)得(?:比|跟)(?:看起来|伤口|外表)[^，,。]{0,4}(?:严重|厉害|不相称)|(?:痛|疼)得(?:比)?看(?:起来|上去)(?:严重|厉害)",
            # round 13 (h12-en-05 told in Chinese): "就划了个小口子，却疼得要命", "比一个小伤口该有的疼
            # 厉害多了" (nhs.uk 'Necrotising fasciitis': pain much worse than expected from the wound)
            r"(?:只是|就是|只|就|才)(?:划|刮|擦|扎|割|蹭|被[^，,。]{1,4}(?:划|刮|扎))?(?:了|破了|伤了)?(?:个|一个|一道|一点)(?:很小的|小小的|小|一点点)(?:口子|伤口|划痕|刮痕|划伤|擦伤|刮伤|刺伤|破口)[^。？?！!]{0,10}?(?:却|但是?|可是?|结果|居然|竟然)[^。？?！!不没]{0,6}?(?:疼得(?:要命|要死|受不了|不行|钻心)|疼死了|剧痛|痛得(?:要命|要死|受不了|不行|钻心)|痛死了)",
            r"(?:比|超过)(?:一个|个)?(?:小|普通的?|一般的?)?(?:口子|伤口|划伤|擦伤|划痕)(?:应该|该有的|正常|应有的)[^，,。]{0,4}(?:疼|痛)(?:得)?[^，,。]{0,2}(?:厉害|严重|多)",
        ),
    ),
    # round 13 (h12-en-05): the skin around a wound gone purple, grey or black, or dark blisters
    # on it (nhs.uk 'Necrotising fasciitis': later, blisters and dark spots or patches on the skin;
    # A&E or 999 with a wound far more painful than expected or a high temperature). A bruise alone
    # is no flag: the rule wants a fever, shivering or pain out of proportion with it.
    Concept(
        "wound_skin_dusky",
        en=(
            r"(?:skin|area|cut|scratch|graze|wound|bite|it)(?: (?:round|around|near|by|next to|at) (?:it|the (?:cut|scratch|graze|wound|bite)))?[a-z ,']{0,16}?(?<![a-z])(?:gone|going|turned|turning|become|becoming|looks?|is|now) (?:all |a bit |quite |very )?(?:purple|purply|purplish|grey|gray|black|blackish|dusky)(?:[- ](?:grey|gray|purple|blue|black|brown))?(?![a-z])",
            r"(?<![a-z])(?:dark|black|purple|purplish|blackish|grey|gray|dusky)(?:[- ](?:red|purple|grey|gray|black|coloured|colored))? (?:blisters|blister|blebs)(?![a-z])",
        ),
        zh=(
            r"(?:伤口|口子|划伤的地方|破口|咬的地方)(?:周围|旁边|附近|四周)?(?:的)?(?:皮肤|皮|肉)?[^，,。不没]{0,4}(?:发紫|发黑|发灰|变紫|变黑|变灰|紫黑|乌黑|紫灰|灰紫)",
            r"(?:黑色|紫色|紫黑色?|发黑的|发紫的|暗紫色?|暗红色|灰黑色?)(?:的)?(?:水泡|水疱|疱)",
        ),
    ),
    Concept(
        "spreading_fast",
        en=(
            r"(?:redness|red|swelling|it)[a-z ]{0,20}(?:spreading|spreads|spread|growing|getting bigger) (?:really |very |so )?(?:fast|quickly|rapidly|by the hour)|spreading (?:red |redness )?(?:really |very |so )?(?:fast|quickly|rapidly)",
        ),
        zh=(
            r"(?:红肿|红|肿)[^，,。]{0,4}(?:扩散|蔓延|变大|扩大)得?(?:很|特别|非常)?(?:快|迅速)|(?:一下子|越来越快地?)(?:扩散|蔓延)",
        ),
    ),
    Concept(
        "belly_swollen",
        en=(
            r"(?:belly|stomach|tummy|abdomen) (?:is |has |looks? |gone |got |getting |keeps getting )?(?:really |very |so |all |more and more )?(?:swollen|bloated|distended|blown up|tight as a drum|huge|massive)|(?:swollen|distended|bloated) (?:belly|stomach|tummy|abdomen)",
        ),
        zh=(r"肚子(?:很|特别|越来越|有点|老)?(?:胀|鼓)|腹胀|肚子鼓",),
    ),
)


# A lot of blood told as an amount (not as bleeding that goes on): an emergency unless the bleeding
# has stopped - a cut that bled a lot and stopped with pressure is treated at home (nhs.uk 'Cuts and
# grazes': press on it to stop the bleeding; 999/A&E if the bleeding will not stop).
CONCEPTS += (
    Concept(
        "blood_amount",
        en=(
            r"(?:lots|a lot|loads|large amounts?|plenty|so much|tons) of blood|blood everywhere|pool of blood|bled (?:very |so )?(?:heavily|a lot|profusely|badly|everywhere|loads)",
            r"bleed[a-z]* (?:very |so )?(?:heavily|a lot|profusely|badly|everywhere|like mad|like crazy)",
        ),
        zh=(
            r"(?:出|流)了(?:很多|好多|大量|一大摊|一地|不少)(?:的)?血|血流了一地|满(?:手|地|身)(?:都是)?血",
        ),
    ),
    Concept(
        "bleeding_stopped",
        en=(
            r"(?:bleeding|the blood|blood|nosebleed|nose bleed|it)(?: has| had|'s| is)? (?:now |finally |eventually |soon |quickly |then )?(?:stopped|settled|dried up)(?: bleeding)?(?![a-z ,']{0,25}(?:start|again|came back))",
            r"stopped bleeding(?![a-z ,']{0,25}(?:start|again|came back))",
            r"(?<![a-z])stopped (?:after|when|once|with) (?:i |we |he |she |you |they )?(?:press|pinch|held|hold|put|applied|kept)[a-z]*(?![a-z ,']{0,40}(?:start|again|came back))",
            # r7t-en-078: "it bled loads for a bit but stopped with a plaster", "bled a lot,
            # stopped on its own", "stopped after a few minutes" (nhs.uk 'Cuts and grazes': press
            # on it and cover it with a plaster or dressing; 999/A&E only if it will not stop)
            r"(?:bled|bleeding|bleed)[a-z ,']{0,40}?(?:but|and|then|till|until)(?: it| that| the bleeding)?(?: has| had|'s)?(?: now| then| finally| eventually| soon| quickly| just)? stopped(?! (?:breathing|responding|moving|talking|eating|drinking|feeding|working))(?![a-z ,']{0,40}(?:start|again|came back))",
            r"(?<![a-z])stopped (?:after|with|once|when|under) (?:(?:a|an|the|some|my|his|her|their) )?(?:plaster|bandage|dressing|pressure|tissue|towel|cloth|band-?aid|gauze|cold water|ice|kitchen roll|few minutes|couple of minutes|while|bit|minute|(?:\d+|five|ten|fifteen|twenty) min(?:ute)?s?)(?![a-z])(?![a-z ,']{0,40}(?:start|again|came back))",
            r"(?<![a-z])stopped (?:on its own|by itself|of its own accord)(?![a-z ,']{0,40}(?:start|again|came back))",
        ),
        zh=(
            r"(?:血|出血|流血)(?:已经|就|也|总算|终于|慢慢)?(?:止住|停|不流|不出)了(?![^，,。]{0,6}(?:又|再))|(?<!不)止住了(?![^，,。]{0,6}(?:又|再))|(?:按|压|捏)(?:了|住|着)?[^，,。]{0,8}?(?:就)?(?:不流了|不出血了|没再流)(?![^，,。]{0,6}(?:又|再))",
            # 贴了创可贴就不流了, 包上以后不出血了, 现在不流血了 (nhs.uk 'Cuts and grazes')
            r"(?:贴|包|缠|捂|摁|敷|扎)(?:了|住|着|上)?[^，,。]{0,8}?(?:就|也|后|以后|之后)?(?:不流了|不出血了|不流血了|没再流(?:血)?了?|不出了)(?![^，,。]{0,6}(?:又|再))",
            r"(?:现在|已经|后来|然后|很快|一会儿?|过了一会儿?)(?:就|也)?(?:已经)?(?:不(?:流|出)血了|不流了|没(?:再)?(?:流|出)血了)(?![^，,。]{0,6}(?:又|再))",
            r"(?:后来|然后|很快|没多久|一会儿?|过了一会儿?)(?:就|也)?(?:自己)?(?:停|止住|停住)了(?![^，,。]{0,6}(?:又|再))",
        ),
    ),
    # a bone through the skin after an injury (an open fracture): call 999 (nhs.uk 'Broken arm or
    # wrist' / 'Broken leg': call 999 if the bone is sticking out of the skin; 中国红十字会 开放性骨折急救)
    Concept(
        "bone_through_skin",
        en=(
            r"(?<!fish )(?<!chicken )bone[a-z ,']{0,25}(?:sticking|poking|coming|showing|pushing|jutting|popping) (?:out|through)",
            r"(?:can|could) see (?:the |his |her |a |my |their )?bone|bone (?:is )?(?:through|out of) (?:the |his |her |my |their )?skin|(?:open|compound) fracture",
        ),
        zh=(
            r"(?<![鱼鸡鸭])骨头[^，,。]{0,8}(?:露|戳|刺|支|穿|扎|顶)(?:了)?(?:出来|出|破)|(?:露|戳|刺|顶)出(?:了)?(?:一截|一块|一点)?骨头|看(?:得)?(?:到|见)(?:了)?(?:里面的)?骨头|骨头(?:都)?露(?:在)?外面|开放性骨折",
        ),
    ),
    # bleeding from the gums, the nose, a cut or a graze: not bleeding from the womb
    Concept(
        "bleeding_other_site",
        en=(
            r"(?:gums?|nose|lips?|finger|thumb|cut|graze|scratch|knee|shaving)[a-z ,']{0,12}(?<![a-z])(?:bleed[a-z]*|bled)|(?:bleed[a-z]*|bled)(?: from| in)? (?:my |the |his |her )?(?:gums?|nose|lips?|finger|thumb|cut|graze)|nose ?bleeds?|bloody nose|blood (?:when|after) (?:i )?(?:brush|floss|spit)",
        ),
        zh=(
            r"牙龈[^，,。]{0,4}(?:出血|流血|有血)|刷牙[^，,。]{0,6}(?:出血|流血|有血|带血)|流鼻血|鼻(?:子)?(?:出血|流血)|鼻血|(?:手指|手|嘴唇|膝盖|伤口|口子)[^，,。]{0,4}(?:出血|流血)",
        ),
    ),
    # no urine all day or since yesterday (nhs.uk 'Dehydration': A&E if you have not peed all
    # day; NICE NG51: not passed urine in 18 hours is a high-risk sepsis criterion)
    Concept(
        "no_urine_day",
        en=(
            r"(?:hasn'?t|has not|haven'?t|have not|not|didn'?t|did not) (?:had a |done a |been for a |been to (?:the )?(?:toilet|loo) for a |passed (?:any )?)?(?:wee|pee|urine|water|wee-wee)[a-z ,']{0,12}(?:all day|since (?:yesterday|last night|this morning|breakfast)|for (?:\d+|twelve|eighteen|a whole|the whole) ?(?:hours?|day)|today)",
            r"not (?:peed|weed|urinated|passed urine) (?:all day|since (?:yesterday|last night|this morning)|today)|no (?:urine|wee|pee) (?:all day|since (?:yesterday|last night|this morning)|today)",
        ),
        zh=(
            r"(?:从昨天|从昨晚|从早上|从早晨)(?:到现在|起|开始)?(?:都|就|一直)?没(?:有)?(?:解|排|撒|拉)?(?:过)?(?:小便|尿)|(?:一天|一整天|大半天|一白天|\d+个?(?:多)?小时|[一二两三四五六七八九十]{1,3}个(?:多)?小时|十几个小时)(?:都|了)?没(?:有)?(?:解|排|撒|拉)?(?:过)?(?:小便|尿)",
        ),
    ),
    # cannot pee at all now: acute urinary retention (nhs.uk 'Urinary retention': call 999 or go
    # to A&E if you cannot pee at all; NICE CKS 'LUTS in men': same-day catheterisation). Told
    # with a time or "at all" it stands alone; told plainly (retention_any) or as no pee for
    # hours it needs a swollen or hard lower tummy, or bad pain there
    Concept(
        "retention_now",
        en=(
            rf"{_UNABLE_EN} {_PEE_ACT_EN}(?: (?:a drop|anything|a thing|a single drop))?,? (?:at all|since|today|all day|all night|tonight|this (?:morning|afternoon|evening)|for (?:\d+|a few|several|many|hours|over|more than|about|nearly|almost|the (?:last|past)|twelve|ten|eleven|eight|nine|six|seven)|any ?more|now for)",
            r"(?:not|(?:hasn|haven|can|couldn)'?t|cannot) (?:get|squeeze|pass|do) (?:out )?(?:a (?:single )?drop|anything) (?:out )?(?:when (?:i|he|she) (?:try|tries|tried) to (?:pee|wee)|of (?:pee|wee|urine))",
            r"(?:bladder|blader|bladdder) (?:feels |is )?(?:really |so |very )?(?:full|bursting|like it'?s (?:going to|gonna) burst)(?: and| but)? (?:i |he |she )?(?:can'?t|cannot|couldn'?t|nothing (?:comes|will come|came))",
        ),
        zh=(
            r"尿不出来了(?=[，,。！!？?\s]|$)|(?:完全|根本|一点(?:都|也)?|一滴(?:尿)?(?:都|也))(?:尿|排|解)不出|憋着尿[^，,。]{0,3}(?:尿|解|排)不出",
            r"(?:一天|一整天|大半天|一上午|一下午|一晚上|一整晚|一夜|\d+个?多?小时|[一二两三四五六七八九十几]+个多?小时)(?:了)?(?:都|也|一直)?(?:尿不出|解不出(?:小便|尿)?|排不出(?:小便|尿)?)",
        ),
    ),
    Concept(
        "retention_any",
        en=(
            rf"{_UNABLE_EN} {_PEE_ACT_EN}(?! (?:properly|in public|in front|around|when|while|with|without|if|at work|at school|outside|on (?:the )?(?:train|plane|bus)|much|very much|fully|straight|as much|quickly|fast|often|standing))",
            r"(?:hasn'?t|has not|haven'?t|have not|not|didn'?t|did not) (?:peed|weed|urinated|passed (?:any )?(?:urine|water)|had a (?:wee|pee)|been for a (?:wee|pee))[a-z ,']{0,12}(?:since|for (?:\d+|hours|over|more than|about|nearly|twelve|ten|eleven|eight|nine)|all day|today)",
            r"last (?:passed (?:urine|water)|peed|weed|urinated|had a (?:wee|pee)|went for a (?:wee|pee)|been for a (?:wee|pee)) (?:at|about|around|was)",
            r"no (?:urine|pee|wee) (?:for|since|at all)",
        ),
        zh=(
            r"尿不出|解不出(?:小便|尿)|排不出(?:小便|尿)|小便解不出|(?:早上|早晨|上午|中午|昨天|昨晚)[^，,。]{0,6}(?:到现在)?(?:都|就|一直)?没(?:有)?(?:解|排|撒)?(?:过)?(?:小便|尿)",
        ),
    ),
    Concept(
        "bladder_swollen",
        en=(
            r"(?:lower |bottom of (?:the |my |his |her )?|low down in (?:the |my |his |her )?)(?:tummy|tummmy|belly|abdomen|stomach|stomache)[a-z ,']{0,20}?(?<![a-z])(?:swollen|swolen|hard|distended|bulging|tight|bloated|full)(?![a-z])",
            r"(?:bladder|blader|bladdder) (?:feels |is |looks )?(?:really |very |so )?(?:full|bursting|swollen|distended|hard|like it'?s (?:going to|gonna) burst)|(?:swollen|distended|full|hard) (?:bladder|blader)|(?:swelling|lump|bulge) (?:in|above|over) (?:his|my|her|the) (?:lower (?:tummy|belly|abdomen)|pubic)",
        ),
        zh=(
            r"(?:小肚子|小腹|下腹(?:部)?|肚脐(?:眼)?下面|膀胱)[^，,。不没无]{0,3}(?:胀|鼓|硬|憋|满)",
        ),
    ),
    Concept(
        "lower_belly_pain",
        en=(
            r"(?:lower |bottom of (?:the |my |his |her )?)(?:tummy|tummmy|belly|abdomen|stomach|stomache)[a-z ,']{0,12}?(?<![a-z])(?:pain|painful|hurts?|hurting|aching|agony|sore|killing)(?![a-z])|(?:pain|ache|agony) (?:in|low in) (?:my |his |her |the )?lower (?:tummy|belly|abdomen|stomach)",
        ),
        zh=(r"(?:小肚子|小腹|下腹(?:部)?)[^，,。不没无]{0,3}(?:疼|痛)",),
    ),
    # what a urine infection feels like (nhs.uk 'Urinary tract infections'): wanting to pee
    # often with little coming is no retention
    Concept(
        "uti_symptoms",
        en=(
            r"(?:burn|sting)[a-z]* (?:when|as) (?:i|he|she|you) (?:pee|wee)|(?:pee|wee|urine|peeing|weeing)[a-z ]{0,10}(?:burns|stings|burning|stinging)|(?:peeing|weeing|needing (?:a|to) (?:wee|pee)) (?:all the time|a lot|loads|constantly)|cystitis|(?<![a-z])utis?(?![a-z])|water infection",
        ),
        zh=(
            r"尿频|尿急|尿痛|尿道(?:口)?[^，,。]{0,2}(?:疼|痛|烧|灼|刺)|(?:尿|小便)(?:的时候)?(?:疼|痛|烧|刺痛)|老想(?:尿|上厕所|小便)",
        ),
    ),
    # a burn larger than the injured person's hand (nhs.uk 'Burns and scalds': A&E for any burn
    # bigger than the injured person's hand)
    Concept(
        "burn_large",
        en=(
            r"(?:bigger|larger) than (?:my|his|her|their|the|a|your) (?:whole )?(?:hand|palm)|(?:size of|as big as) (?:my|his|her|their|a|two) (?:hand|palm|hands)|(?:whole|entire) (?:arm|leg|back|chest|tummy|stomach|front)",
            # round 12: wider or longer than the hand, or a multiple of it ("wider than my hand",
            # "twice the size of my palm", "the size of both his hands")
            r"(?:wider|longer|broader|more) than (?:my|his|her|their|the|a|your) (?:own )?(?:whole )?(?:hand|palm)|(?:twice|two times|three times|double|several times) (?:the size of|as (?:big|large|wide) as) (?:my|his|her|their|a|the|your) (?:own )?(?:hand|palm)|size of (?:both|two|2) (?:of )?(?:my |his |her |their )?(?:hands|palms)",
        ),
        zh=(
            r"比(?:他|她|我|孩子|宝宝)?(?:的)?(?:手掌|巴掌)(?:还|都)?大|比(?:他|她|我|孩子|宝宝)?(?:自己)?(?:的)?(?:手掌|巴掌|手)(?:还|都)?(?:宽|长|大)|超过(?:了)?(?:一|1)?(?:个)?(?:手掌|巴掌)|(?:两个|好几个|几个)(?:手掌|巴掌)(?:那么)?大|(?:整个|整条|大半个)(?:胳膊|手臂|腿|后背|背|胸口|肚子)",
        ),
    ),
    # a blow to the eye or something in it (the complaint), and a change in sight or blood in the
    # eye after it (nhs.uk 'Eye injuries': A&E for changes in vision or blood in the coloured part)
    Concept(
        "eye_trauma_rf",
        en=(
            r"(?:hit|struck|poked|jabbed|punched|caught|smacked|whacked)[a-z ,']{0,25}(?:in|on|into) (?:the |my |his |her |their )?eye|eye (?:got |was |has been )?(?:hit|poked|struck|caught|punched)|(?:ball|stick|branch|elastic band|finger|fist|cork|toy) (?:in|into|to) (?:the |my |his |her )?eye",
        ),
        zh=(
            r"眼睛(?:被|让|给)[^，,。]{0,8}(?:打|戳|扎|撞|砸|崩|弹|击|踢|炸|烧|烫|溅|射|刺)|(?:打|戳|扎|撞|砸|崩|弹|炸|溅|射|刺)(?:到|中|伤|进)(?:了)?(?:我的|他的|她的)?眼睛",
        ),
    ),
    Concept(
        "eye_vision_change",
        en=(
            r"(?:can'?t|cannot|couldn'?t|unable to) see (?:anything|out of|with)|(?:vision|sight|eyesight)[a-z ,']{0,25}(?:(?:really|very|so|completely|totally) blurr?(?:y|ed)|dark|dim|gone|went black|black|shadow|curtain)|blood (?:in|inside) (?:the |my |his |her )?(?:eye|coloured part|iris|front of)|(?:lost|losing) (?:the |my |his |her )?(?:vision|sight)",
        ),
        zh=(
            r"看不(?:见|到)(?:东西)?|什么都看不清|视力[^，,。]{0,4}(?:明显下降|一下子下降|没了)|(?:眼前|视野)[^，,。]{0,4}(?:发黑|黑了|一片黑|挡住|有影子)|看东西[^，,。]{0,4}发黑|眼(?:睛|珠)(?:里面|里)[^，,。]{0,2}(?:出血|有血)",
        ),
    ),
    # bleeding told as the complaint (a cut, a nosebleed), and pressure that does not stop it
    Concept(
        "bleed_episode",
        en=(r"bleed[a-z]*|bled|cut (?:my|his|her|their)",),
        zh=(r"出血|流血|割(?:到|破|伤)|划(?:到|破|伤)|切(?:到|破|伤)",),
    ),
    # a nosebleed that pressure does not stop is A&E after 10 to 15 minutes (nhs.uk 'Nosebleed'),
    # taken here as same-day (urgency.py nosebleed_long), not as bleeding_despite_pressure
    Concept(
        "nose_bleed_word",
        en=(
            r"nose ?bleeds?|bleed[a-z]* (?:from )?(?:my |his |her |the )?nose|bloody nose|(?:pinch|pinching|pinched) (?:my |his |her |the )?nose",
        ),
        zh=(r"流鼻血|鼻血|鼻子(?:出|流)血|捏(?:着|住)?鼻子",),
    ),
    Concept(
        "pressure_not_stopping",
        en=(
            r"(?:pinch|press|pressure|held|holding|hold|towel|cloth|tissue|bandage)[a-z ,'0-9]{0,50}(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|isn'?t|is not|hasn'?t|has not|not) (?:stop|stopped|stopping|working|help)|(?:pinch|press|pressure|held|holding|towel|bandage)[a-z ,'0-9]{0,50}(?:still|keeps?) (?:pouring|gushing|bleeding|coming|dripping|going)",
        ),
        zh=(
            r"(?:按|压|捏|摁)(?:着|住|了)?[^，,。]{0,12}(?:还是|也|都|还)(?:止不住|停不下来|止不了|没用|在流|往外流|往外冒)|(?:按|压|捏|摁)(?:不住|都按不住)",
        ),
    ),
    # a fall told as the complaint, and the head named as where it hurts
    Concept(
        "fall_rf",
        en=(
            r"(?:had|has had|taken|took) (?:a |another )?(?:bad |nasty )?fall|(?<![a-z])fell (?:over|down|off|from|out)|(?<![a-z])fell\b|tripped|slipped (?:over|on|and)",
            r"(?:had|has had|taken|took|take) (?:a |another )?(?:bit of a |little |bad |nasty )?tumble|(?<![a-z])tumbled|went flying|lost (?:my|his|her|their) footing|came a cropper",
        ),
        zh=(r"摔(?:了|倒|跤|下来|下去|在)|跌(?:倒|了一跤)|绊倒|滑倒",),
    ),
    Concept(
        "head_location",
        en=(
            r"^\s*(?:on |in )?(?:the |his |her |my |their )?(?:(?:back|side|top|front) of (?:the |his |her |my |their )?)?(?:head|forehead|skull|temple)\s*[.!]?\s*$",
        ),
        zh=(r"^\s*(?:头|头上|头部|脑袋|额头|前额|后脑勺?|头顶|太阳穴)\s*[。！]?\s*$",),
    ),
    # a blood thinner (NICE NG232: a head injury on anticoagulant or antiplatelet treatment other
    # than aspirin alone needs a CT scan within 8 hours; nhs.uk: go to A&E)
    Concept(
        "anticoagulant_rf",
        en=(
            r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|pradaxa|lixiana|coumadin|clopidogrel|plavix|ticagrelor|brilique|prasugrel|blood[- ]thinn(?:er|ers|ing (?:tablets?|medicines?|pills?|drugs?))|anti-?coagulants?",
        ),
        zh=(
            r"华法林|利伐沙班|阿哌沙班|达比加群|艾多沙班|抗凝(?:药|治疗)?|氯吡格雷|波立维|替格瑞洛|稀释血液的药|抗血栓的药",
        ),
    ),
    # bleeding told as from the vagina: bleeding in pregnancy whatever else bleeds
    Concept(
        "vaginal_bleed_site",
        en=(
            r"bleed[a-z]* (?:from )?(?:down below|down there|vaginally|from (?:my|the|her) vagina)|vaginal (?:bleed[a-z]*|blood)|blood (?:in|on) (?:my |her )?(?:knickers|pants|underwear|pad)",
        ),
        zh=(r"下面(?:也)?(?:出|流|见)(?:了)?(?:点|些)?血|阴道(?:出血|流血)|内裤上(?:有|都是)?血",),
    ),
)


# Round-5 scope concepts (each cited where it is used in RULES).
CONCEPTS += (
    # a lot of blood told as what happened at the time (the amount, not bleeding that goes on):
    # the discriminator is whether it stopped (nhs.uk 'Cuts and grazes'), which the interview asks
    Concept(
        "blood_amount_then",
        en=(
            r"there (?:was|were) (?:a lot of|lots of|loads of|so much|tons of) blood|(?:bled|was bleeding) (?:a lot|loads|heavily) (?:at first|at the time|to begin with|initially)",
        ),
        zh=(
            r"(?:当时|一开始|刚开始|开始的时候|刚才|那会儿?)[^，,。]{0,4}(?:出|流)了(?:很多|好多|大量|不少)(?:的)?血",
        ),
    ),
    # ... and bleeding that goes on after it (a lot of blood, still flowing: nhs.uk 'Cuts and
    # grazes', 999 if the bleeding will not stop)
    Concept(
        "bleeding_ongoing",
        en=(
            r"still (?:bleeding|pouring|gushing|coming)|(?:won'?t|doesn'?t|does not|will not|isn'?t|hasn'?t|has not) stop(?:ped|ping)?(?: bleeding)?|keeps? (?:on )?(?:bleeding|pouring|coming)",
            r"(?:bleeding|pouring|gushing|spurting|streaming) again|started (?:bleeding|pouring|gushing) again|(?:bleeding|blood) (?:has )?(?:started|come) (?:back|again)",
        ),
        zh=(
            r"还在(?:流|出血|冒|渗)|一直(?:在)?(?:流|出血|冒)|止不住|停不下来|不停(?:地)?(?:流|冒)",
        ),
    ),
    # numbness or tingling of one leg with back or buttock pain is sciatica (nhs.uk 'Sciatica':
    # pain, numbness or tingling down the leg from the lower back; GP unless both legs, the saddle
    # or the bladder are affected, which spinal_cord_red screens)
    Concept(
        "one_leg_numb",
        en=(
            r"(?:leg|foot|thigh|calf)[a-z ,']{0,20}(?:numb|tingl|pins and needles)|(?:numb|tingl)[a-z]*[a-z ,']{0,20}(?:leg|foot|thigh|calf)",
        ),
        zh=(
            r"(?:左|右|一条|一边|一侧)?(?:腿|脚|大腿|小腿|脚趾)[^，,。]{0,4}(?:发麻|麻木|麻|刺痛|针扎)",
        ),
    ),
    # ... unless the arm, hand, face or a whole side goes with it (nhs.uk Stroke)
    Concept(
        "upper_numb",
        en=(
            r"(?:arm|hand|face|side|half of)[a-z ,']{0,20}(?:numb|tingl|weak|heavy)|(?:numb|tingl|weak)[a-z]*[a-z ,']{0,20}(?:arm|hand|face|side)",
        ),
        zh=(r"(?:手|胳膊|臂|脸|半身|半边|身体)[^，,。]{0,4}(?:麻|无力|没劲|不听使唤)",),
    ),
    # round 9z: a long-standing neck problem explains one numb hand or arm told with it
    # (cervical radiculopathy; nhs.uk 'Neck pain': pins and needles in the arm -> a GP), unless
    # it came on suddenly (nhs.uk 'Stroke')
    Concept(
        "cervical_source",
        en=(
            r"cervical (?:spondylosis|radiculopathy|disc|spine)|(?:trapped|pinched) nerve|slipped disc in (?:my|his|her|the) neck",
            r"neck (?:problems?|issues?|arthritis)|neck (?:pain|ache)[^.]{0,25}?(?:for|since) (?:months|years|ages|a few months|several months)",
        ),
        zh=(
            r"颈[椎推锥](?:病|间盘|突出|不好|有问题|骨质增生)?|压迫(?:到)?神经|神经根",
            r"脖子[^，,。]{0,4}?(?:疼|痛|酸|不舒服)[^，,。]{0,3}?(?:好几个月|几个月|半年|一年|几年|多年|好多年|很久)",
        ),
    ),
    # round 12: one hand numb or tingling in the pattern of carpal tunnel syndrome - at night or
    # waking the writer, eased by shaking the hand, in the thumb, index and middle fingers, or the
    # name itself (nhs.uk 'Carpal tunnel syndrome': numbness and tingling in the thumb, index and
    # middle fingers, often worse at night, shaking the hand may ease it - see a GP; NICE CKS
    # 'Carpal tunnel syndrome'). A sudden numbness of one side or the face stays FAST (nhs.uk
    # 'Stroke': call 999).
    Concept(
        "carpal_tunnel_rf",
        en=(
            r"carpal tunnel|"
            r"(?:shak(?:e|es|ing)|flick(?:s|ing)?) (?:it|them|my hands?|his hands?|her hands?|(?:the|my|his|her) (?:left |right )?(?:hand|wrist|fingers?))(?: (?:out|about|around|a bit|for a bit))? (?:to|and it|and the|until|till) [a-z ,']{0,30}(?:feeling|better|goes|eases|comes back|back|wakes up|normal|ok|okay)|"
            # told as a habit, not one night's event ("goes numb at night", "mostly at night",
            # "keeps waking me"); a hand that went numb last night is no pattern
            r"(?:goes|go|gets|get|keeps?(?: going| getting)?|often|always|usually) (?:numb|tingl|pins and needles)[a-z]*[a-z ,'-]{0,30}(?:at night|in the night|during the night|overnight|when i(?:'m| am)? (?:asleep|sleep|lying))|"
            r"(?:numb|tingl|pins and needles)[a-z]*[a-z ,'-]{0,30}(?:mostly|usually|especially|often|always|worse|every|most) (?:at night|in the night|nights?|during the night)|"
            r"(?:numb|tingl|pins and needles)[a-z]*[a-z ,'-]{0,40}(?:wakes|keeps? waking|keeps? waking up|waking) (?:me|him|her)|"
            r"(?:wakes|keeps? waking) (?:me|him|her) (?:up )?[a-z ,']{0,20}(?:numb|tingl|pins and needles)|"
            r"thumb,? (?:index|first|pointing)(?: finger)?,? (?:and )?(?:the )?middle fingers?",
        ),
        zh=(
            r"腕管综合征|腕管|"
            r"(?:每天|每晚|一到|经常|常常|老是?|总是?|时不时)[^，,。]{0,2}(?:晚上|夜里|夜间|半夜|睡觉(?:的时候|时)?|睡着(?:了)?)[^，,。]{0,6}(?:手|手指)[^，,。]{0,4}(?:麻|发麻|刺痛)|"
            r"(?:晚上|夜里|夜间|半夜|睡觉(?:的时候|时)?)[^，,。]{0,6}(?:手|手指)[^，,。]{0,4}(?:经常|常常|老是?|总是?|就|会)[^，,。]{0,2}(?:麻|发麻|刺痛)|"
            r"(?:手|手指)[^，,。]{0,4}(?:麻|发麻)[^，,。]{0,4}(?:(?:晚上|夜里|半夜)(?:更|最)(?:厉害|重|明显)|(?:经常|常常|老是?|总是?)(?:被)?麻醒)|"
            r"(?:经常|常常|老是?|总是?)(?:被)?(?:手)?麻醒|"
            r"(?:甩|抖|活动)(?:一)?(?:甩|抖|下|几下|活动)?(?:手)?[^，,。]{0,4}(?:就)?(?:好(?:了|些|一些|点|多了)?|缓过来|恢复|不麻)|"
            r"(?:大拇指|拇指)[、，,和]?(?:食指)[、，,和]?(?:中指)",
        ),
    ),
    # ... and what reaches past one hand: a whole side, an arm, a leg or the face weak or numb
    # (nhs.uk 'Stroke': sudden weakness or numbness of one side, the face or an arm -> 999)
    Concept(
        "side_beyond_hand_rf",
        en=(
            near_en(
                r"weak[a-z]*|numb[a-z]*|paraly[a-z]*|heavy|dead|tingl[a-z]*|(?:can'?t|cannot) (?:move|lift|raise)",
                rf"(?:(?:on|in) )?(?:{_POSS} )?(?:left|right|one|whole)[ -](?:side(?! of {_POSS} hand)|arm|leg|face)|half (?:of )?{_POSS} body|{_POSS} (?:face|leg|legs|arm and leg|leg and arm)",
                3,
            ),
            near_en(
                rf"(?:left|right|one|whole)[ -](?:side(?! of {_POSS} hand)|arm|leg)|half of (?:my|his|her|the) body|{_POSS} (?:face|leg|arm and leg|leg and arm)",
                r"weak[a-z]*|numb[a-z]*|paraly[a-z]*|heavy|dead|tingl[a-z]*|(?:won'?t|doesn'?t|can'?t) move",
                3,
            ),
        ),
        zh=(
            r"半身|半边(?:身子|身体|脸)|(?:一侧|一边|左侧|右侧|左边|右边|左|右)(?:肢体|身体|手臂|胳膊|腿|脸)[^，,。]{0,4}(?:无力|没力|没劲|麻|动不了|不能动|抬不起|不听使唤)|"
            r"(?:脸|嘴|腿|胳膊)[^，,。]{0,4}(?:麻|无力|没劲|动不了|歪)",
        ),
    ),
    Concept(
        "neck_radic_rf",
        # one hand or arm numb from the neck: a trapped nerve of cervical spondylosis (nhs.uk 'Neck
        # pain' / 'Cervical spondylosis': GP; NICE CKS 'Neck pain - cervical radiculopathy'),
        # told by its cause; plain neck pain is not (a torn neck artery can cause a stroke)
        en=(
            r"(?:trapped|pinched|compressed) nerve (?:in|from) (?:my |his |her |the )?neck|cervical (?:spondylosis|radiculopathy|disc|spine problems?)|(?:arthritis|wear and tear|slipped disc|disc problems?) in (?:my |his |her |the )?neck",
        ),
        zh=(r"颈椎(?:病|间盘|突出|增生|不好|问题)|压迫(?:到)?神经|神经根",),
    ),
    Concept(
        "sciatic_source",
        en=(
            r"sciatica|slipped disc|(?:lower )?back (?:pain|ache|hurts?)|backache|(?:pain|hurts?|aching) in (?:my|his|her) (?:lower )?back|down the back of (?:my|his|her|the) (?:leg|thigh)|buttock",
        ),
        zh=(
            r"腰(?:疼|痛|酸|椎)|坐骨神经|腰间盘|椎间盘|屁股[^，,。]{0,3}(?:疼|痛)|臀部?(?:疼|痛)|从腰",
        ),
    ),
    # a fish or chicken bone stuck in the throat sticks in the pharynx or gullet: a sharp pain on
    # swallowing, not a blocked airway (nhs.uk 'Choking': 999 when the person cannot cough, speak
    # or breathe; a bone that is stuck with breathing fine is an A&E / same-day visit)
    Concept(
        "bone_in_throat",
        en=(r"(?:fish|chicken|meat) ?bone|bone (?:is )?stuck",),
        zh=(r"鱼刺|鱼骨头?|鸡骨头?|骨头(?:渣)?卡|刺卡",),
    ),
    # the breathing signs that still make a stuck bone an airway emergency (nhs.uk 'Choking')
    Concept(
        "breathing_sign",
        en=(
            r"(?:can'?t|cannot|unable to|struggling to|can (?:barely|hardly)) (?:breathe|breath|speak|talk)|gasping|not breathing|"
            r"(?:lips?|face) (?:are |is |turning |going |gone )*(?:blue|purple|grey|gray)|turning blue|blue lips|wheez[a-z]*|stridor",
        ),
        zh=(
            r"喘不(?:上|过)气|呼吸困难|不能呼吸|无法呼吸|吸不(?:上|进)气|憋(?:得|死)|说不出话|发不出声|窒息|喘鸣|"
            r"(?:嘴唇|口唇|脸色?)(?:有点|都|已经|开始)?(?:发紫|发青|青紫|发绀|紫了|变紫)",
        ),
    ),
    # a panic attack told as a bounded episode with fear of dying (nhs.uk 'Panic disorder': a
    # racing heart, feeling you cannot breathe, tingling fingers, a fear of dying, usually 5 to
    # 20 minutes)
    Concept(
        "panic_fear",
        en=(
            r"(?:think|thought|feel|felt|feels|sure) (?:like )?(?:i'?m|i am|i was) (?:going to|gonna|about to) die|panic attacks?|anxiety attacks?|sense of (?:doom|dread)",
            # r9a-en-29: "I genuinely thought I was DYING", "felt like I was going mad"
            r"(?:think|thought|felt|feel|sure|convinced) (?:like )?(?:i'?m|i am|i was) (?:dying|going mad|going crazy|losing my mind|losing it)",
        ),
        zh=(r"觉得(?:自己)?要死了|惊恐发作|濒死感|惊恐",),
    ),
    Concept(
        "episode_bounded",
        en=(
            r"lasts? (?:for )?(?:about |around |roughly |maybe )?(?:\d+|a few|five|ten|fifteen|twenty) ?min|(?:passes|goes away|settles) (?:after|within) (?:about )?(?:\d+|a few|ten|twenty) ?min|"
            r"(?:then|and) (?:goes|went|passes|passed|settles|settled) (?:away )?(?:completely|fully|totally)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:this|in a|in the last) (?:week|month|year)|fine in between",
        ),
        zh=(r"(?:持续|大概|大约)[^，,。]{0,4}\d+分钟|几分钟就(?:好|过去)",),
    ),
    # a baby or child who still responds: smiles, plays, laughs (NICE NG143 'Fever in under 5s'
    # traffic light, green: responds normally to social cues, content, smiles)
    Concept(
        "child_social_ok",
        en=(
            r"(?:still|is|she'?s|he'?s|they'?re|keeps)(?: [a-z]+)? (?:smil(?:es|ing)|laugh(?:s|ing)|giggl(?:es|ing)|babbl(?:es|ing)|play(?:s|ing)(?! up)|interacting|chatting away)|smiles (?:at|when)|(?:happy|content) (?:enough )?(?:in between|playing|when)",
        ),
        zh=(
            r"(?:还|也|能|会|还能|还会|逗(?:她|他)?(?:就|还)?(?:会)?)(?:冲我)?(?:笑|玩)(?!不)|精神(?:还行|还可以|挺好|不错|还好)|能玩(?:一会儿?)?",
        ),
    ),
    # Retinal detachment (r6): floaters or flashes, then a curtain or shadow moving across the
    # sight (nhs.uk 'Detached retina (retinal detachment)': go to A&E or an eye casualty
    # straight away - it needs treating as soon as possible to save the sight)
    Concept(
        "eye_floaters_flashes",
        en=(
            r"floaters?|(?:flashes|flashing lights?|flashes of light|flickering lights?|streaks? of light|sparkles)(?! (?:on|from) (?:the |an )?(?:ambulance|police|car|tv|screen))",
            r"(?:black |dark )?(?:spots|dots|specks|cobwebs?|squiggles) (?:floating|drifting|in (?:my|his|her|the) (?:vision|eye|sight))",
        ),
        zh=(
            r"飞蚊(?:症)?|(?:眼前|眼睛里|视线里)[^，,。]{0,4}(?:黑点|黑影|小虫子|蚊子|蜘蛛网|絮状物)(?:在)?(?:飘|飞|晃)?|"
            r"(?:眼前|眼睛里|眼角|视线里)[^，,。]{0,4}(?:闪光|闪|一闪一闪|有光|冒光)|(?<![用拍照相机开])闪光(?!灯)|(?:像)?闪电(?:一样|似的)",
        ),
    ),
    Concept(
        "vision_curtain",
        en=(
            r"(?:curtain|veil|shadow|shade|blind|blackness|darkness|grey area|black area)[a-z ,']{0,12}(?:coming|came|moving|creeping|spreading|being drawn|being pulled|falling|come down|coming down|coming in|coming up|drawn|pulled)(?: (?:down|across|over|in|up))?",
            r"(?:curtain|veil|shadow|shade|blind) (?:over|across|covering|blocking|in) (?:part of )?(?:my |his |her |the )?(?:(?:top|bottom|side|edge|half) of )?(?:my |his |her |the )?(?:vision|sight|eye|view)",
            r"(?:part|half|side|top|bottom|edge) of (?:my |his |her |the )?(?:vision|sight) (?:has |is )?(?:gone|missing|blacked out|went black|blocked)",
        ),
        zh=(
            r"(?:像|好像)?(?:拉了?)?(?:一道|一层|一块)?(?:帘子|窗帘|幕布|帷幕|黑幕|黑纱)[^，,。]{0,6}(?:挡|遮|盖|拉下|落下|垂下|罩)|"
            r"(?:一片|一块|有块|有片|一大片)?(?:黑影|阴影|黑幕|暗影)[^，,。]{0,6}(?:挡住|遮住|盖住|挡着|遮着|越来越大|扩大|往中间|移过来|压过来|罩着)|"
            r"视野(?:缺了一块|少了一块|缺损|变窄)|(?:眼前|视野|看东西)[^，,。]{0,4}(?:一半|半边|下半|上半|一角)(?:看不见|看不到|黑了|黑的)",
        ),
    ),
    Concept(
        "eye_context",
        en=(r"(?<![a-z])(?:eyes?|vision|sight|eyesight)(?![a-z])",),
        zh=(r"眼(?!泪)|视力|视线|视野|看东西",),
    ),
    # Suicide risk told piece by piece (r6): a low mood or hopelessness in one answer, the means
    # saved up, a time chosen or affairs put in order in another. NICE NG225 'Self-harm' (2022)
    # and nhs.uk 'Help for suicidal thoughts' / Samaritans warning signs: a plan, access to the
    # means, a timeline, putting affairs in order or giving things away are high risk: 999/A&E.
    Concept(
        "low_mood",
        en=(
            r"depress(?:ed|ion)|low mood|hopeless(?:ness)?|worthless|"
            r"feel(?:ing|s)? (?:so |really |very |pretty )?(?:low|empty|numb inside|like a burden)|"
            r"what'?s (?:even )?the point(?: (?:anymore|any more|of (?:anything|it all|living|going on)))?|"
            r"(?:there'?s )?no point (?:in )?(?:anything|trying|carrying on)|(?:can'?t|cannot) (?:cope|go on)(?! with)|"
            r"(?:a|such a|just a) burden (?:to|on) (?:everyone|my family|them|people)",
            # round 11 (r11e): no one caring and no pleasure in anything, told in passing (nhs.uk
            # 'Clinical depression' symptoms: no enjoyment, feeling hopeless; Samaritans warning
            # signs: feeling no one cares). Alone it raises nothing; with the means saved up or a
            # day chosen it is the suicide plan (suicide_self_harm).
            r"(?:nobody|no one|no-one|noone) (?:really |even )?(?:cares|would care|will care|gives a (?:damn|toss|shit))(?: (?:about|if) (?:me|i)| any ?more)?(?=[.,;!?]|$| (?:anyway|any ?more|really|so))|"
            r"(?:nobody|no one|no-one|noone) would (?:even )?(?:notice|miss me|care)(?: if i (?:was|were|went) (?:gone|away|dead))?|"
            r"(?:lost|no) interest in (?:anything|everything|life)|nothing (?:really )?matters (?:any ?more|now)|(?:can'?t|don'?t) enjoy anything(?: any ?more)?",
        ),
        zh=(
            # round 11 (r11e): no pleasure in anything, no one caring (nhs.uk 'Clinical depression';
            # Samaritans warning signs)
            r"(?:干|做|玩)(?:啥|什么|任何事)(?:都|也)(?:没(?:有)?(?:意思|兴趣|劲)|提不起(?:兴趣|劲)|不想干)|对(?:什么|啥|任何事)(?:都|也)(?:没(?:有)?兴趣|提不起(?:兴趣|劲))|"
            r"(?:反正|根本|从来)?(?:也|都)?没(?:有)?(?:人|谁)(?:会)?(?:在乎|关心|管)(?:我)?(?=[，,。！!？?；;\s]|$)|"
            r"抑郁|心情(?:一直|特别|很|非常|总是|老是|真的)?(?:不好|很差|差|低落|糟)|情绪(?:很|特别)?低落|"
            r"活着(?:真|都|也|实在|太)?没(?:什么|啥)(?:意思|意义|劲)|绝望|看不到希望|生无可恋|"
            r"(?:家里|别人|大家|家人)的?(?:累赘|负担)|心里(?:很|特别|非常)?(?:难受|苦)",
        ),
    ),
    Concept(
        "suicide_means",
        en=(
            r"(?:pills|tablets|meds|medication|painkillers|sleeping pills|paracetamol|co-codamol|insulin)[a-z' ]{0,12} "
            r"(?:saved up|stockpiled|stashed|hoarded|put by|put aside|set aside|squirrell?ed away|hidden away|ready)",
            r"(?:saved|saving|stockpil[a-z]*|stash(?:ed|ing)|hoard(?:ed|ing)|squirrell?(?:ed|ing)) (?:up )?"
            r"(?:away )?[a-z' ]{0,25}(?:pills|tablets|meds|painkillers|sleeping pills|paracetamol)",
            r"(?:pills|tablets|meds|painkillers|paracetamol) (?:saved|stored|hidden|kept back)(?! (?:my|his|her|their) li(?:fe|ves)| me| him| her)(?![a-z])|"
            r"enough (?:pills|tablets|meds|painkillers|paracetamol|sleeping pills|insulin) (?:saved |stored |put by )?to (?:do it|kill|end|take (?:my|his|her) (?:own )?life|not wake up|overdose)",
            # round 11 (r11e-en-14): a medicine saved up by its own name ("saving up my old
            # tramadol", "a stash of co-codamol"); NICE NG225 / Samaritans: access to the means.
            # Keeping painkillers back for the bad days of a pain is not (no plan in it).
            rf"(?:saved|saving|stockpil[a-z]*|stash(?:ed|ing)|hoard(?:ed|ing)|squirrell?(?:ed|ing)) (?:up )?(?:away )?[a-z' ]{{0,25}}{_MEANS_DRUG_EN}{_MEANS_NOT_PAIN}|"
            rf"(?:a|my|the) (?:stash|stockpile|hoard|supply|pile|load) of (?:my |his |her |old |spare )*{_MEANS_DRUG_EN}{_MEANS_NOT_PAIN}|"
            rf"{_MEANS_DRUG_EN} (?:i'?ve |i have )?(?:saved up|stockpiled|stashed|hoarded|put by|put aside|set aside|squirrell?ed away|hidden away|been saving)(?![a-z]){_MEANS_NOT_PAIN}|"
            rf"(?:putting|put|setting|set|keeping|kept|holding|held) (?:my |his |her |the )?{_MEANS_DRUG_EN} (?:aside|back|by)(?![a-z]){_MEANS_NOT_PAIN}|"
            # several packs bought, from different shops (NICE NG225: stockpiling)
            rf"(?:bought|buying|got|getting) (?:\d+|two|three|four|five|six|several|a few|lots of|loads of|a load of|enough) (?:packs?|packets?|boxes|bottles|tubs) of {_MEANS_DRUG_EN}|"
            rf"{_MEANS_DRUG_EN}[a-z' ]{{0,20}} (?:from|at) (?:different|several|lots of|a few|various) (?:shops|chemists|pharmacies|supermarkets)",
        ),
        zh=(
            r"(?:安眠药|药片|止痛药|镇静药|农药|药)[^，,。]{0,4}攒(?:了|够|着|下|起来)|"
            r"攒(?:了|够了?|下了?|着)[^，,。]{0,6}(?:安眠药|药)|"
            r"(?:囤|存|藏)(?:了|够了?|下了?|起来了?)[^，,。]{0,6}安眠药|安眠药[^，,。]{0,4}(?:囤|存|藏)(?:了|够|起来)",
            # round 11: several boxes bought, from different pharmacies (NICE NG225: stockpiling)
            r"(?:买|囤|存|备)(?:了)?(?:一堆|很多|好多|一大堆|好几(?:瓶|盒|板|包)|几(?:瓶|盒|板)|一大包|一大袋)[^，,。]{0,4}(?:安眠药|止痛药|扑热息痛|药)|(?:跑了|去了|在)(?:好几|几|不同的?)(?:家|个)药店[^，,。]{0,6}(?:买|开)",
        ),
    ),
    Concept(
        "suicide_timeline",
        en=(
            r"(?:tonight|today|tomorrow|this weekend|this week|(?:on )?(?:my|his|her) birthday)"
            r"(?:'s| is|'ll be| will be| (?:might|may|could|would|should) be) (?:the (?:night|day|time|end)|it)(?![a-z])",
            r"(?:not|won'?t|will not) (?:be )?(?:here|around) (?:by|after|next) (?:tomorrow|the weekend|next week|monday|friday|christmas)",
            r"(?:plan(?:ning)?|going|gonna|decided|ready|want|mean) to do it (?:tonight|today|tomorrow|this weekend|this week|next week|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday))",
            # round 11 (r11e-en-14): a day chosen or the house empty ("I'll do it Sunday when my
            # daughter's away", "worked out when", "picked a date"); NICE NG225 / Samaritans: a
            # plan with a time is high risk. It counts only with the means or a low mood.
            r"(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|gonna) (?:do it|go through with it|end it) (?:on )?(?:this |next |coming )?"
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tonight|tomorrow(?: night)?|when|while|once|after)(?![a-z])|"
            r"(?:worked out|decided|picked|chosen|chose|set|planned|know) (?:exactly )?(?:when (?:i'?ll|i will|to) do it|(?:a|the) (?:day|date|night) (?:to do it|for it|i'?ll do it))|"
            r"do it (?:when|while|once) [a-z' ]{0,25}(?:away|out|asleep|gone|at work|on holiday|not (?:home|around|in))(?![a-z])|"
            # all the tablets, on a day told ("going to take all his pills on Friday")
            rf"(?:going to|gonna|will|'ll|plan(?:s|ning)? to|about to|wants? to) (?:take|swallow|down) all (?:of )?(?:my|his|her|the|them|those|these)(?: {_MEANS_DRUG_EN})? "
            r"(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonight|tomorrow|this weekend|at the weekend|when [a-z' ]{0,20}(?:out|away|asleep|gone)|once [a-z' ]{0,20}(?:out|away|asleep|gone))(?![a-z])",
        ),
        zh=(
            r"(?:今晚|今天|明天|这周末|这个周末|周末|这几天|过几天|生日那天)[^，,。]{0,3}(?:就)?(?:结束|了结|动手|解脱)",
            # round 11 (r11e-zh-01): a day chosen to take them all ("想好了考完最后一门那天晚上就全吃了",
            # "等我妈出差那天就动手"); NICE NG225 / Samaritans: a plan with a time
            r"(?:想好了?|定好了?|决定了?|打算|准备|计划)[^。？?]{0,16}(?:那天|那晚|当天|当晚|之后|以后|完|走了|不在家|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|今晚|明晚|今天|明天|晚上|过年|生日)[^，,。]{0,6}(?:就)?(?:(?:全(?:部)?|都|一起|一口气|一次性)(?:吃|吞|喝)(?:了|掉|下去)|一次(?:性)?(?:吃|吞)(?:完|光|掉)|(?:全(?:部)?|都)(?:吃|吞)(?:完|光))|"
            r"(?:想好了?|定好了?|选好了?)(?:日子|哪天|哪一天|时间)|(?:等|趁)[^，,。]{0,10}(?:不在家|出差|出门|睡着|走了|上班|不在)(?:的时候|那天|以后|了)?[^，,。]{0,4}(?:就)?(?:动手|结束|了结|解脱|全(?:部)?(?:吃|吞)(?:了|掉|下去))",
        ),
    ),
    Concept(
        "suicide_affairs",
        en=(
            r"who gets my (?:stuff|things|belongings|money|house|cat|dog)|"
            r"(?:sorted|sorting|put|putting|got|getting) (?:out )?(?:my |all my )?affairs in order|"
            r"(?:given|giving|gave) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|cat|dog|pets?)|"
            r"(?:said|saying) (?:my )?goodbyes?|(?:written|wrote|made|done|sorted|updated|finished) (?:out )?my will|"
            r"(?:given|gave|giving) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions|cat|dog|pets?|money|savings) (?:away|to)",
        ),
        zh=(
            r"(?:东西|存款|钱|房子|遗产)[^，,。]{0,6}(?:给谁|分给|分好|安排好|交代好)|(?:交代|安排)好了?(?:后事|一切)|"
            r"把[^，,。]{0,6}(?:密码|存款|银行卡)[^，,。]{0,6}(?:告诉|交给|留给)",
        ),
    ),
    # A farewell told to everyone (a goodbye post, 朋友圈发了告别的话), "sorry for everything" or
    # things given away, with the person now out of reach (not answering, a locked door) or a low
    # mood: nhs.uk 'Help for suicidal thoughts' ('If someone tells you they feel suicidal': call
    # 999 if their life is at risk now) and Samaritans warning signs (saying goodbye, giving
    # things away, putting affairs in order). A goodbye before a move, a party, a graduation or
    # 告别单身 is farewell_benign.
    Concept(
        "farewell_rf",
        en=(
            r"(?:posted|posting|wrote|written|writing|sent|sending|put up|putting up|left|shared|texted|messaged|tweeted|"
            r"uploaded)(?: up)?(?: out)?(?: (?:me|us|everyone|everybody|all of us|the family))?(?: (?:a|an|this|some|her|his|their|my|these|like a))?(?: weird| strange| long| final| last)?"
            r" (?:goodbye|good-bye|farewell|good bye)s?(?: (?:message|post|note|text|letter|status|words|video|story|tweet)s?)?",
            r"(?:goodbye|good-bye|farewell|good bye) (?:message|post|text|status|words|video|story|tweet)s? (?:to|on|for) "
            r"(?:everyone|everybody|all|us|the family|her friends|his friends|my friends|friends|facebook|instagram|snapchat|whatsapp|social media|tiktok)",
            r"(?:text|message|post|note|letter|video|voice ?note|voicemail)s? (?:saying|to say) (?:goodbye|good-bye|good bye|farewell)|"
            r"(?:saying|said|say) (?:goodbye|good-bye|farewell|good bye|bye) to (?:everyone|everybody|us all|all of us|all her friends|all his friends|the family|the world)",
            r"(?:giving|gave|given|handing|handed) (?:away )?(?:all )?(?:of )?(?:her|his|their) (?:stuff|things|belongings|possessions|favourite things|favorite things|pets?|cat|dog|games|clothes)(?: away)?",
        ),
        zh=(
            r"(?:告|道|诀|永)[别別]的?(?:话|信|留言|消息|短信|视频|动态|文字|帖子)|(?:发|写|留|说)了?(?:一(?:条|段|封))?(?:告|道|永)[别別](?!单身|会|派对|演出|赛|仪式|式)",
            r"(?:跟|和|向|对)(?:大家|所有人|家人|我们|全世界|朋友们?)(?:告别|道别|说再见|说永别|永别)|再见了?[，,]?(?:大家|所有人|这个世界|世界)|永别了|(?:说|道)了?(?:再见|永别)了(?=[，,。！!]|$)",
            r"(?:把|将)(?:她|他|自己|我)的?(?:东西|心爱的东西|宠物|猫|狗|衣服|游戏机)[^，,。]{0,4}(?:都|全)?(?:送人|送给|分给|送掉|送了)",
        ),
    ),
    Concept(
        "sorry_all_rf",
        en=(
            r"sorry (?:for|about) everything|sorry to (?:everyone|everybody|you all|all of you|the family)|"
            r"(?:apologi[sz]ing|apologi[sz]ed) to (?:everyone|everybody|all of us|the family)",
        ),
        zh=(
            r"对不起(?:大家|所有人|你们|爸妈|家人|全家|每一个人)|(?:向|跟|和)(?:大家|所有人|家人)(?:说)?(?:对不起|道歉)",
        ),
    ),
    # someone now out of reach: not answering, the phone off, a locked door
    Concept(
        "unreachable_rf",
        en=(
            r"(?:not|isn'?t|is not|won'?t|wont|doesn'?t|does not|hasn'?t been|haven'?t been|didn'?t|stopped|aren'?t|are not) "
            r"(?:answering|answer|picking up|pick up|responding|respond|replying|reply|returning)(?: (?:her|his|their|my|our|the) (?:phone|mobile|calls?|texts?|messages?|door))?",
            r"(?:can'?t|cannot|can not|couldn'?t|unable to) (?:reach|contact|get hold of|get through to|find|get in touch with) (?:her|him|them)",
            r"(?:phone|mobile)(?: is| 's|'s)? (?:off|switched off|turned off|dead|going (?:straight )?to voicemail)|straight to voicemail|no answer",
            r"(?:door|room)(?: is|'s)? locked|locked (?:herself|himself|themselves) in|won'?t (?:open|unlock) (?:the|her|his|their) door|"
            r"(?:has )?(?:gone )?missing|(?:nobody|no one|no-one) knows where (?:she|he|they) (?:is|are)",
        ),
        zh=(
            r"电话(?:也|都|一直)?(?:不接|没人接|打不通|关机)|(?:不|没)接(?:电话|视频)|打不通|关机了|联系不上|失联|找不到(?:她|他|人)",
            r"门(?:是|一直|还)?锁着|锁着门|反锁|不(?:肯)?开门|叫[^，,。]{0,3}不(?:应|答应|开门)|不回(?:消息|信息|微信|电话)|没(?:有)?回(?:消息|信息|微信)",
        ),
    ),
    Concept(
        "farewell_benign",
        en=(
            r"(?<![a-z])(?:moving|move|emigrat[a-z]*|relocat[a-z]*|abroad|overseas|new job|leaving (?:the|her|his|my|our) (?:job|company|school|country|team)|"
            r"leaving do|party|parties|graduat[a-z]*|retir[a-z]*|wedding|hen do|stag do|last day|farewell tour|gig|concert|holiday|trip|travel[a-z]*|university|uni|college|airport|flight|plane)(?![a-z])",
        ),
        zh=(
            r"出国|移民|搬家|离职|辞职|毕业|单身|欢送|告别会|告别派对|派对|聚会|退休|留学|旅行|旅游|去外地|调走|换工作|婚礼|演出|告别赛|退役|上大学|搬走|要走了|出差|机场|飞机|登机",
        ),
    ),
    # postpartum psychosis: the belief that the baby is not hers, swapped, or evil (nhs.uk
    # 'Postpartum psychosis': a medical emergency, call 999 or go to A&E; NICE CG192 1.5: assess
    # within 4 hours)
    Concept(
        "baby_not_mine",
        en=(
            r"(?:baby|she|he|son|daughter)(?:'s| is|'?s not| is not| isn'?t)(?: really)? (?:not )?(?:mine|my (?:real |own )?(?:baby|child))(?![a-z])|"
            r"(?:baby|son|daughter) (?:has been|was|got|is being) (?:swapped|switched|replaced)|"
            r"(?:baby|son|daughter) is (?:evil|the devil|possessed|an impostor|an imposter)",
        ),
        zh=(
            rf"{_BABY}(?:不是我(?:的|生的|亲生的)|被(?:人)?(?:调包|换)了|是(?:魔鬼|妖怪|怪物|假的|别人的))|"
            rf"(?:不是|并非)(?:我|自己)(?:的|亲生的){_BABY}",
        ),
    ),
    # suicidal thoughts with no plan or intent told (nhs.uk 'Help for suicidal thoughts': urgent
    # help from a GP, 111 or a crisis line; 999 if about to act or harmed themselves)
    Concept(
        "suicide_no_plan",
        en=(
            r"(?:no|not any|don'?t have (?:a|any)|do not have (?:a|any)) (?:plans?|intention|intent)(?: (?:to (?:act(?: on (?:it|them))?|do anything|go through with it)|of acting))?(?=[.,;!?]|$| (?:but|and|though))|(?:wouldn'?t|would not|won'?t|will not|not going to) (?:act on (?:it|them)|actually do (?:it|anything))",
            # r7t-en-060: "no plan and i wont do anything tonight", "I'm not going to do anything
            # stupid", "no intention of acting on it"
            r"(?:won'?t|will not|wouldn'?t|would not|not going to|never going to) do anything(?: (?:stupid|silly|daft|tonight|today|about it|to myself))?(?![a-z])|no (?:intention|intent) (?:of|to) (?:act(?:ing)?|do(?:ing)? (?:it|anything)|go(?:ing)? through with it)",
        ),
        zh=(
            r"(?:没|没有|并没有?|不会?|还没)(?:有)?(?:具体的?|什么)?(?:打算|计划|方法|想过(?:具体)?怎么(?:做|死))(?=[，,。！!？?\s]|$)|(?:不会|不敢)(?:真的?)?(?:去做|去死|做傻事|付诸行动)|(?:不会|不打算|没打算)(?:真的?)?(?:去)?(?:做|干)(?:啥|什么|傻事)",
        ),
    ),
    # round w2r: passive suicidal thoughts that name no death ("wish I could just disappear",
    # "wish I'd never been born", 真希望自己消失): nhs.uk 'Help for suicidal thoughts' - if you
    # are not in immediate danger, get an urgent GP appointment, call 111 or Samaritans (the
    # urgent suicidal_thoughts finding); with means, a time, affairs in order or feeling unsafe
    # now (unsafe_now) it is suicide_self_harm. Embarrassment ("after that meeting lol",
    # 尴尬得想消失) is not.
    Concept(
        "suicide_passive",
        en=(
            r"wish (?:i|id|i'd) (?:could |can )?(?:just )?(?:disappear|dissapear|dissappear|vanish|stop existing|not exist|cease to exist)"
            r"(?! (?:for a (?:bit|while|day|week)|on holiday|to|into|under|after|from|when|during|in embarrassment))"
            r"(?![^.!?]{0,40}(?:embarrass|awkward|cringe|(?<![a-z])lol|haha|meeting|presentation))|"
            r"wish (?:i|id|i'd) (?:had )?never (?:been born|existed)|"
            r"(?:what'?s|whats|wats) the point (?:of|in) (?:me )?(?:being here|being alive|existing)(?![^.!?]{0,30}(?:doctor|gp|appointment|nurse|clinic|queue|wait|meeting|class|lecture))|"
            r"(?:says|said|saying|told me|tells me|keeps? saying|texted)[^.!?]{0,30}(?:better off without (?:him|her|them)|(?:wishes|wished) (?:he|she|they) could (?:just )?(?:disappear|vanish)|(?:wishes|wished) (?:he|she|they) (?:was|were|had) never (?:been born|existed))",
        ),
        zh=(
            r"(?<!尴尬得)(?<!尴尬到)(?<!丢人得)(?<!丢脸得)(?<!社死)(?<!糗得)(?:真|好|很|特别|就)?(?:希望|想|巴不得)(?:自己)?(?:能)?(?:就这么|就此|直接|彻底|永远)?(?:消失|人间蒸发|从(?:这个)?世界上消失)(?!一(?:会|下|段|阵|天))|"
            r"(?:真|好)?希望(?:自己)?(?:从来)?没(?:有)?(?:被)?(?:出生|生下来)(?:过)?|(?:要是|如果)(?:我)?(?:从来)?没(?:有)?(?:被)?生(?:下来|出来)就好了|"
            r"(?:说|讲|告诉我|念叨)[^，,。]{0,10}(?:大家|家人|我们|家里人?)没(?:有)?(?:了)?(?:他|她)(?:会|就)?(?:更好|更轻松)|(?:说|讲|告诉我|念叨)[^，,。]{0,6}(?:希望|想)(?:自己)?(?:消失|没出生)",
        ),
    ),
    Concept(
        "unsafe_now",
        en=(
            r"(?:not|don'?t feel|do not feel) safe (?:right now|now|tonight|at the moment|on my own|alone|with myself)|"
            r"can'?t keep myself safe|(?:scared|afraid|worried) (?:i'?ll|i will|i might) (?:act on (?:it|them)|do something)|(?:i )?might act on (?:it|them)",
            # at the place now: a denial of a plan does not lower it (nhs.uk: 999 if about to act)
            r"(?:i'?m|i am|im) (?:standing |sitting |stood |sat )?(?:on|at) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|roof|rooftop|ledge|cliff|cliff edge|railway|train tracks?|tracks)\b",
        ),
        zh=(
            r"(?:现在|今晚|此刻)(?:觉得)?(?:自己)?(?:很)?(?:不安全|很危险)|(?:怕|担心)(?:自己)?(?:会)?(?:控制不住|做傻事)|(?:我)?(?:现在)?(?:正)?(?:站|坐)在(?:了)?(?:楼顶|天台|桥上|大桥上|窗台|铁轨)",
        ),
    ),
    # harming the baby or child, or dying together with them (nhs.uk 'Postpartum psychosis' and
    # 'Postnatal depression': call 999 or go to A&E for thoughts of harming yourself or your baby)
    Concept(
        "harm_child",
        en=(
            r"(?:(?:thoughts?|thinking|think) (?:of|about) |urges? to |scared (?:i'?ll|i will|i might) |afraid (?:i'?ll|i will|i might) )?(?:hurt|harm|kill|smother|shake)(?:ing)? (?:my|the|our) (?:baby|child|kids?|son|daughter)",
        ),
        zh=(
            rf"(?:带着|和|跟|抱着)(?:我的)?{_BABY}[^，,。]{{0,3}}(?:一起|一块儿?)(?:去)?(?:死|走|跳|自杀)|(?:伤害|掐死|闷死|弄死|摔死|杀了?)(?:我的)?{_BABY}",
        ),
    ),
)

# Acute angle-closure glaucoma (r6d): a painful red eye with haloes or rainbow rings round
# lights, blurred sight, a headache and vomiting (nhs.uk 'Glaucoma': acute glaucoma - go to A&E
# or an eye casualty straight away; nhs.uk 'Red eye': A&E for a red eye with pain or a change in
# the sight). Cataracts give haloes too, but no pain, redness or vomiting.
CONCEPTS += (
    Concept(
        "eye_pain_rf",
        en=(
            r"(?<![a-z])(?:eye|eyeball|eye socket)s? ?(?:pain|ache|aching|hurts?|hurting|throbbing|is (?:really |very |so )?(?:painful|killing me|throbbing|aching|hurting))",
            r"(?:pain|ache|aching|throbbing)(?: [a-z']+){0,3} (?:in|behind|around|round) (?:my |his |her |the |one |left |right )*eyes?(?![a-z])",
            r"(?:painful|aching|throbbing) (?:red )?eyes?(?![a-z])",
        ),
        zh=(
            near_zh(
                r"眼睛|眼球|眼珠子?|眼眶|眼窝|左眼|右眼|一只眼|一边眼", r"胀痛|胀疼|疼|痛|胀得", 4
            ),
        ),
    ),
    Concept(
        "red_eye_rf",
        en=(
            r"(?<![a-z])eyes? (?:is |are |looks? |has gone |went |gone |got |getting |turned )?(?:really |very |bright |all |quite |a bit )?(?:red|bloodshot)(?![a-z])",
            r"(?<![a-z])(?:red|bloodshot)(?:,? (?:and )?(?:painful|sore|angry))? eyes?(?![a-z])",
            r"(?<![a-z])eyes? (?:is |are |looks? |feels? )?(?:really |very |so )?(?:painful|sore|aching|swollen|hurting)(?:,| and)+ (?:really |very |bright |all )?(?:red|bloodshot)(?![a-z])",
        ),
        zh=(near_zh(r"眼睛|眼球|眼白|左眼|右眼", r"发红|通红|很红|红了|红红|充血|红", 3),),
    ),
    Concept(
        "halos_rf",
        en=(
            r"(?<![a-z])halo(?:e)?s?(?![a-z])",
            r"rainbow(?:s|-colou?red| colou?red)?(?: (?:rings?|circles?|halos?))?(?: (?:around|round|on) (?:the |street ?|car |all |any )?lights?)",
            r"rainbow (?:rings?|circles?)|(?:colou?red|rainbow) (?:rings?|circles?) (?:around|round)|(?:rings?|circles?) (?:around|round) (?:the |street ?|car |all )?lights",
        ),
        zh=(
            r"(?:有|看到|看见|出现|带)(?:一圈|一个|一道)?彩虹(?:圈|环|光圈|光环|一样的圈|色的圈|样的圈|色光圈)|虹视",
            near_zh(r"灯|灯光|路灯", r"彩虹|彩色的?(?:圈|环)|光圈|光环|光晕", 8),
        ),
    ),
)

# Orbital cellulitis (r9b-en-27): a red, swollen eyelid or skin round the eye with pain on moving
# the eye, the sight changed or the eye bulging (nhs.uk 'Cellulitis': go to A&E for cellulitis
# around the eyes with changes to the vision, pain moving the eye or the eye bulging; NICE CKS
# 'Cellulitis - acute': admit for orbital or periorbital cellulitis). A stye, an insect bite,
# allergic puffiness or conjunctivitis with the eye moving freely and the sight clear are not.
CONCEPTS += (
    Concept(
        "eyelid_swollen_rf",
        en=(
            near_en(
                r"eyelids?|(?:upper |lower )?lids?|eye|(?:skin |area )?(?:a)?round (?:the|his|her|my|their) eye",
                r"swollen|swelling|swelled|swell(?:s|ing)? up|puff(?:ed|y|ing)? up|puffy|bulging",
                4,
            ),
            r"swollen (?:red |and red )?(?:eyelid|eye)|eye (?:is |has )?(?:nearly |almost |completely )?swollen shut",
        ),
        zh=(
            near_zh(r"眼皮|眼睑|眼眶|眼睛周围|眼周|眼睛四周|眼圈", r"红肿|肿", 4),
            r"眼睛肿得?(?:都)?(?:睁不开|眯成一条缝)",
        ),
    ),
    Concept(
        "eye_allergy_rf",
        en=(
            r"hay ?fever|allerg[a-z]*|pollen|itchy eyes?|eyes? (?:are |is )?(?:really |so |very )?itchy|antihistamine",
        ),
        zh=(r"花粉|过敏|眼睛(?:很|特别|有点)?痒|眼痒",),
    ),
    Concept(
        "orbit_sign_rf",
        en=(
            r"(?:hurts?|hurting|painful|pain|sore|cries|crying|screams?) (?:to|when|if|on|as) (?:(?:he|she|i|they) )?(?:look(?:s|ing)? (?:around|about|up|down|sideways|side to side|left|right)|mov(?:e|es|ing) (?:the |his |her |my |their )?eyes?|turn(?:s|ing)? (?:the |his |her |my )?eyes?)",
            r"(?:eye|eyeball|it)s? (?:looks? |is |seems? |are )?(?:like it'?s |like it is |to be )?(?:a bit |slightly )?(?:bulging|sticking out|pushed out|pushing out|protruding|popping out)|(?:bulging|protruding) eyes?",
            r"looks? like (?:it'?s|it is) (?:a bit |slightly )?(?:bulging|sticking out|popping out|pushed out)|"
            r"(?:can'?t|cannot|couldn'?t|unable to|won'?t) (?:move|turn) (?:the |his |her |my )?eye|double vision|seeing double",
            r"(?:can'?t|cannot|couldn'?t) see (?:properly|clearly|well) (?:out of|with)",
        ),
        zh=(
            r"(?:转|动|转动)(?:一下)?(?:眼睛|眼珠子?|眼球)(?:的时候|时)?(?:就|都|也)?(?:疼|痛)|(?:眼睛|眼珠子?|眼球)(?:一)?(?:转|动|转动)(?:一下)?(?:的时候|时)?(?:就|都|也)?(?:疼|痛)",
            r"(?:眼睛|眼珠子?|眼球)(?:有点|有些|好像|往外)*(?:突出|凸出|鼓出来|往外鼓|往外凸)|(?:眼睛|眼珠子?|眼球)(?:转不动|不能转|动不了)|重影|看东西(?:有)?(?:重影|双影)",
            r"(?:那只|这只|那边|这边)?眼睛?[^，,。]{0,3}看不清(?:楚)?(?:东西)?|视力(?:下降|变差|模糊)",
        ),
    ),
)

# An infected, obstructed kidney (r6d): a kidney stone, or loin pain going down to the groin (renal
# colic), with a fever or shivering fits (NICE NG118 'Renal and ureteric stones' 1.1: refer
# immediately if there are signs of systemic infection or sepsis; nhs.uk 'Kidney stones': A&E
# for a high temperature or shivering with the pain). Vomiting alone with colic stays urgent
# (NG118: same-day; tuning rows h-en-16, kb3-zh-22), and a kidney infection's back pain with
# fever and burning pee is urgent (nhs.uk 'Kidney infection': urgent GP / 111).
CONCEPTS += (
    Concept(
        "kidney_stone_rf",
        en=(
            r"(?<![a-z])(?:kidney|renal|ureteric|ureter|urinary) (?:stones?|colic)(?![a-z])|stones? in (?:my |his |her |the )?(?:kidney|ureter|tube)s?",
        ),
        zh=(r"(?:肾|输尿管|尿路|泌尿系(?:统)?|尿道)结石|肾绞痛|(?<![胆])结石(?:又)?(?:犯了|发作)",),
    ),
    Concept(
        "loin_groin_pain",
        en=(
            r"(?:side|flank|loin|kidney|back)(?: [a-z']+){0,8}? (?:down |round |right down )?(?:to|into|towards?|in) (?:my |his |her |the )?(?:groin|balls|testicles?|privates|inner thigh|vagina|labia)(?![a-z])",
        ),
        zh=(
            r"腰[^。；;]{0,12}?(?:往下|向下|往前|一直)?(?:窜|放射|传|疼到|痛到|到|连着|牵扯|扯)[^，,。]{0,4}?(?:大腿根|腹股沟|会阴|阴囊|蛋蛋)",
            r"腰[^。；;]{0,12}?(?:往|向|朝)(?:大腿根|腹股沟|会阴|阴囊|蛋蛋)(?:那边|那儿|方向)?(?:窜|放射|传|走|跑)",
        ),
    ),
    Concept(
        "rigors_rf",
        en=(
            r"(?<![a-z])(?:rigou?rs|shivering|shivers|shivery|shaking (?:all over|uncontrollably|with cold)|teeth (?:are )?chattering|chills)(?![a-z])",
        ),
        zh=(r"寒战|寒颤|打冷战|打哆嗦|打摆子|冷得(?:发抖|直哆嗦)|发冷",),
    ),
)

# A chest infection told anywhere in the conversation (r6d-zh-18): a cough with phlegm, a fever,
# a named chest infection or pneumonia. With pain on breathing in it is pneumonia or pleurisy
# (urgent: nhs.uk 'Pneumonia', 'Pleurisy' - GP or 111 the same day), not a heart attack.
CONCEPTS += (
    Concept(
        "resp_infection_rf",
        en=(
            r"(?<![a-z])(?:chest infection|pneumonia|pleurisy|bronchitis|(?:yellow|green|brown|rusty|thick|coloured|colored) (?:phlegm|sputum|mucus|snot)|(?:phlegm|sputum)|(?:a |bad |chesty |wet |hacking |nasty )cough|coughing (?:for|all|a lot)|cough and (?:a )?(?:fever|temperature|cold))(?![a-z])",
        ),
        zh=(r"肺炎|胸膜炎|支气管炎|(?:黄|绿|浓|脓|铁锈色的?)痰|咳痰|有痰|痰多|咳嗽|感冒",),
    ),
)

# A blood pressure of 180/120 or more (r6d-zh-15, r6b-zh-20): with no symptom or only a mild
# head fullness it needs assessing the same day (NICE NG136 1.5.4: 180/120 or higher without
# signs of a life-threatening complication - repeat and assess within 24 hours; nhs.uk 'High
# blood pressure': see a GP the same day / 111); with a severe headache, chest pain,
# breathlessness, a change in the sight, confusion, weakness, a fit or in pregnancy it is an
# emergency (NG136 1.5.1 accelerated hypertension, NICE NG133 severe pre-eclampsia; nhs.uk: 999).
CONCEPTS += (
    Concept(
        "bp_very_high_rf",
        en=(
            r"(?:blood pressure|bp|reading|pressure)[a-z ,'’:]{0,20}?(?<![\d.])(?:1[89]\d|2[0-9]\d) ?(?:/|over) ?\d{2,3}(?![\d.])",
            r"(?<![\d.])(?:1[89]\d|2[0-5]\d) ?(?:/|over) ?(?:[6-9]\d|1[0-6]\d)(?![\d.])",
            r"(?<![\d.])(?:1[0-7]\d) ?(?:/|over) ?(?:1[2-6]\d)(?![\d.])",
            r"(?:top|upper|systolic) (?:number|reading|one|pressure)?[a-z ]{0,10}?(?:1[89]\d|2[0-5]\d)(?![\d.])",
        ),
        zh=(
            r"(?:血压|高压|收缩压)[^，,。]{0,6}?(?<![\d.])(?:1[89]\d|2[0-5]\d)(?![\d.])|(?:血压|高压|收缩压)[^，,。\d]{0,4}(?:一百[八九]|一百九|两百|二百)",
            r"(?<![\d.])(?:1[89]\d|2[0-5]\d)\s*/\s*(?:[6-9]\d|1[0-6]\d)(?![\d.])|(?<![\d.])1[0-7]\d\s*/\s*1[2-6]\d(?![\d.])",
            r"(?:低压|舒张压)[^，,。]{0,4}?(?<![\d.])(?:1[2-6]\d)(?![\d.])|(?:低压|舒张压)[^，,。\d]{0,4}一百[二三四五六]",
        ),
    ),
    # confusion or weakness told in any words, beside a very high reading
    Concept(
        "confusion_rf",
        en=(
            r"(?<![a-z])(?:confused|confusion|muddled|disorientated|disoriented|not making (?:any )?sense|talking (?:nonsense|rubbish|gibberish)|not with it|can'?t think straight)(?![a-z])",
        ),
        zh=(
            r"(?<!老)糊涂|迷糊|说胡话|胡言乱语|神志不清|意识不清|反应(?:很|特别)?(?:慢|迟钝)|认不出人",
        ),
    ),
    Concept(
        "weakness_rf",
        en=(
            r"(?:arm|leg|hand|side|face)s? (?:is |are |has gone |went |feels? )?(?:weak|numb|heavy|dead)(?![a-z])|(?:weak|numb)(?:ness)? (?:in|down) (?:my |his |her |one |the )?(?:left |right )?(?:arm|leg|hand|side|face)",
        ),
        zh=(
            r"(?:手|脚|胳膊|腿|半边|一边|左边|右边)[^，,。]{0,3}?(?:没劲|无力|发麻|麻了|不听使唤|抬不起来)",
        ),
    ),
    # a mild head fullness or a slight headache with it (头胀, 有点头疼, a bit of a headache)
    Concept(
        "mild_head_rf",
        en=(
            r"(?:a (?:bit|little) of a|slight|mild|little|a slight|a mild|a small) (?:headache|head ?ache)|head (?:feels )?(?:a bit |a little |slightly )?(?:full|heavy|fuzzy|muzzy|tight)|headache,? (?:but )?(?:not (?:bad|severe|too bad|that bad)|mild|nothing major)",
        ),
        zh=(
            r"有点头[痛疼胀晕沉]|头有点[痛疼胀沉]|头(?:有点|稍微|略|微微)?(?:胀|沉|发胀|发沉)|轻微(?:的)?头[痛疼]|头[痛疼]?不(?:是)?(?:很|太|怎么)[痛疼]",
        ),
    ),
    # round 13 (h12-zh-15): headaches that come and go over days or weeks ("最近老说头疼", "头疼时好
    # 时坏", "on-and-off headaches for a week") are not the severe headache that makes a reading
    # of 180/120 or more a 999 call (nhs.uk 'High blood pressure': 999 for 180/120 or higher with a
    # severe headache, chest pain, breathlessness, sight or speech changes; the reading alone is an
    # urgent GP or 111 - very_high_bp). A severe headache told later still fires the first combo.
    Concept(
        "head_recurrent_rf",
        en=(
            r"(?:on and off|on-and-off|off and on|off-and-on|recurring|recurrent|frequent|occasional) headaches?"
            r"|headaches? (?:on and off|off and on|that (?:come|comes) and (?:go|goes)|coming and going|(?:that )?comes? and goes?|now and (?:then|again)|every (?:few days|now and then))"
            r"|(?:keeps?|kept|keeping) (?:getting|having|complaining (?:of|about)) (?:a )?headaches?",
        ),
        zh=(
            r"(?:最近|近来|这(?:几天|阵子|段时间|个礼拜|个星期|周|一周|些天))[^，。]{0,4}(?:总是|老是?|经常|时不时|隔三差五|动不动)(?:就)?(?:说|喊|嚷嚷)?头(?:疼|痛)"
            r"|(?:老是?|总是?|经常|时不时)(?:说|喊|嚷嚷)头(?:疼|痛)|头(?:疼|痛)(?:时好时坏|时有时无|断断续续|好一阵坏一阵)",
        ),
    ),
    # ... unless a bad one is told with them ("今天疼得特别厉害", "today it's really bad")
    Concept(
        "head_bad_rf",
        en=(
            r"(?<![a-z])(?:severe|worst|terrible|splitting|unbearable|excruciating|pounding|awful|agony|agonising|agonizing|(?:really|very|so) bad)(?![a-z])",
        ),
        zh=(
            r"剧烈|剧痛|炸裂|欲裂|要裂开|(?:疼|痛)得(?:特别|非常|很|太|好|更|越来越)?(?:厉害|要命|受不了|不行)|很疼|很痛|特别疼|特别痛|受不了",
        ),
    ),
)


# Round 6e classes (r6e-en-02, r6e-zh-08, r6e-en-24, r6e-zh-16 / r6d-zh-17).
_OD_VAGUE_QTY = r"(?:some|a few|a couple(?: of)?|several|a bunch of|a pile of|a heap of|a stack of|a few of|a number of|some of|a fistful of|a mouthful of)"
_OD_NAMED_ZH = r"(?:药片?|扑热息痛|对乙酰氨基酚|布洛芬|安眠药|安定|泰诺|必理通|止痛药|止疼药|感冒药|退烧药|降压药|胶囊)"
_MALARIA_PLACES_EN = (
    r"(?:africa|west africa|east africa|sub-?saharan africa|nigeria|ghana|kenya|uganda|tanzania|malawi|zambia|mozambique|"
    r"(?:the )?congo|(?:the )?drc|cameroon|sierra leone|liberia|guinea|senegal|gambia|the gambia|mali|burkina faso|ivory coast|"
    r"cote d'?ivoire|togo|benin|angola|ethiopia|sudan|south sudan|somalia|rwanda|burundi|madagascar|zimbabwe|india|pakistan|"
    r"bangladesh|myanmar|burma|cambodia|laos|papua new guinea|the solomon islands|solomon islands|the amazon|the tropics)"
)
_DENGUE_PLACES_EN = (
    r"(?:thailand|bangkok|phuket|koh [a-z]+|chiang mai|vietnam|indonesia|bali|lombok|the philippines|philippines|malaysia|"
    r"singapore|sri lanka|the maldives|maldives|cambodia|laos|myanmar|india|bangladesh|brazil|mexico|cancun|the caribbean|"
    r"caribbean|cuba|jamaica|(?:the )?dominican republic|barbados|puerto rico|colombia|peru|ecuador|costa rica|fiji|samoa|tonga)"
)
# a trip to see family or friends told with the place after them ("visiting family in Ghana",
# "seeing my relatives in Nigeria")
_VFR_EN = (
    r"(?:visit|visiting|visited|see|seeing|saw|staying with|stayed with) (?:my |our |his |her |the )?"
    r"(?:family|friends|relatives|relations|parents|grandparents|in-laws|folks|mum|mom|dad|gran|grandma|grandmother|"
    r"granddad|grandfather|cousins|aunt|uncle|brother|sister)(?: and (?:friends|family|relatives))? (?:in|out in|over in|back in|back home in)"
)
_DENGUE_PLACES_ZH = (
    r"(?:泰国|曼谷|普吉岛?|清迈|越南|印尼|印度尼西亚|巴厘岛|菲律宾|马来西亚|新加坡|斯里兰卡|马尔代夫|柬埔寨|老挝|缅甸|东南亚|"
    r"印度|孟加拉|巴西|墨西哥|加勒比|古巴|牙买加|多米尼加|哥伦比亚|秘鲁|厄瓜多尔|斐济|萨摩亚)"
)
_MALARIA_PLACES_ZH = (
    r"(?:非洲|西非|东非|尼日利亚|加纳|肯尼亚|乌干达|坦桑尼亚|马拉维|赞比亚|莫桑比克|刚果|喀麦隆|塞拉利昂|利比里亚|几内亚|"
    r"塞内加尔|马里|布基纳法索|科特迪瓦|多哥|贝宁|安哥拉|埃塞俄比亚|苏丹|索马里|卢旺达|布隆迪|马达加斯加|津巴布韦|印度|"
    r"巴基斯坦|孟加拉|缅甸|柬埔寨|老挝|巴布亚新几内亚|所罗门群岛|亚马逊|热带)"
)
CONCEPTS += (
    # pills taken in an amount not counted ("took some tablets", 吞了几片, 吃了一堆药): with a
    # row, an upset or on purpose it is an overdose, even if they seem well now (nhs.uk
    # 'Paracetamol overdose' / 'Overdose': go to A&E even if you feel well - liver damage shows
    # days later)
    Concept(
        "od_vague",
        en=(
            rf"(?:took|taken|take|swallowed|swallow|downed|popped|necked|had|ate|eaten) {_OD_VAGUE_QTY}"
            rf"(?: (?:my|the|his|her|their|your|mum's|mom's|dad's|nan's|grandma's|sister's|brother's)){{0,2}} {_OD_DRUG}",
        ),
        zh=(
            rf"(?:吃|吞|服|咽|喝)(?:了|下|掉)?(?:一些|一点|一堆|一大堆|好些|不少|很多|好多|一大把|一把)(?:的)?[^，,。]{{0,4}}?{_OD_NAMED_ZH}",
            r"(?:吃|吞|服|咽)(?:了|下|掉)?(?:好)?几(?:片|粒|颗)",
        ),
    ),
    Concept(
        "od_context",
        en=(
            r"after (?:a|an|the|that|their|our|her|his) (?:big |huge |massive )?(?:row|argument|fight|falling[- ]out|bust[- ]up|break[- ]?up|blow[- ]?up|telling[- ]off|shouting match)|"
            r"(?:after|because|when) (?:she|he|i|they|we) (?:had a (?:row|fight|argument)|argued|fell out|broke up|split up|(?:was|were|got) (?:upset|angry|dumped))|"
            r"on purpose|deliberately|(?:to|wanted to|trying to) (?:hurt|harm|kill) (?:herself|himself|myself|themselves)|"
            r"so (?:she|he|i|they) (?:wouldn'?t|would not|won'?t|didn'?t have to) wake up|secretly|in secret|behind (?:my|our|their) backs?|"
            r"(?:no idea|(?:don'?t|do not|doesn'?t|does not) know|not sure|can'?t say|can'?t tell) how many",
        ),
        zh=(
            r"吵(?:了|完|过)?架|吵了一架|吵完|闹(?:了)?(?:矛盾|别扭)|赌气|想不开|一气之下|(?:故意|有意)(?:的|地)?(?:吃|吞|服)|"
            r"(?:被|挨)(?:了)?(?:骂|打|批评)|分手|失恋|不想活|偷偷(?:地)?(?:吃|吞|服)|不知道(?:吃|吞|喝)了(?:多少|几)|数不清",
        ),
    ),
    # counted after the drug is named ("it was paracetamol, about 16 of them", 扑热息痛，大概16片)
    Concept(
        "od_count",
        en=(
            rf"{_OD_DRUG}[^.?!]{{0,30}}?(?:about |around |like |maybe |nearly |almost |at least |over |roughly )?"
            r"(?:[1-9]\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty) of (?:them|those|these|it)(?![a-z])",
            # counted after the taking, ten or more tablets at a time ("took paracetamol and
            # ibuprofen together, 30 tablets"; nhs.uk 'Paracetamol overdose' / 'Poisoning': A&E),
            # not a pack size ("the box has 32 tablets") nor tablets over days ("20 tablets over
            # the last week")
            r"(?:took|taken|swallowed|downed|popped|necked)(?![a-z])"
            r"(?:(?!box|pack|bottle|strip|prescri|bought|contain|\bhas\b|\bhave\b|\bout of\b|\bover\b|\bleft\b|\ba day\b|\bper\b)[^.?!]){0,60}?"
            r"(?<![a-z])(?:about |around |like |maybe |nearly |almost |at least |over |roughly )?"
            r"(?:[1-9]\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
            r"(?: or so)? (?:tablets|pills|capsules|caps|tabs)(?![a-z])"
            r"(?! (?:a|per|each|every) (?:day|week)| over| across| since| this (?:week|month)| in (?:the|a) (?:last|past|week|month|fortnight)| left| in the (?:box|pack|packet|bottle))",
        ),
        zh=(
            rf"{_OD_NAMED_ZH}[^。盒瓶板袋包；;]{{0,10}}?(?:大概|差不多|将近|至少|估计|有|一共|总共)?{_ZH_MANY}(?:多)?(?:片|粒|颗)",
        ),
    ),
    # an ordinary dose for a reason ("some paracetamol for my headache", 吃了几片止痛药止疼)
    Concept(
        "med_reason",
        en=(
            r"for (?:my|her|his|their|the|a) (?:headache|head|pain|period|cramps|cold|flu|back|tooth|toothache|temperature|fever|migraine|sore throat)|as prescribed|as (?:usual|normal)|to (?:help (?:me |her |him )?)?(?:get to )?sleep",
        ),
        zh=(r"止疼|止痛|退烧|按时|按医嘱|医生开的|每天(?:都)?(?:吃|服)|治(?:头|牙|感冒)",),
    ),
    # a person with diabetes who barely responds, is drowsy, cannot swallow the sugar or had a
    # fit (nhs.uk 'Low blood sugar (hypoglycaemia)': 999 if drowsy, unconscious, fitting or not
    # improving after treatment)
    Concept(
        "hypo_unresponsive",
        en=(
            r"(?:barely|hardly|not really|only just|not properly) (?:responding|responsive|conscious|awake|answering|with it)|"
            r"(?:only |just )?(?:groans|moans|grunts|mumbles|murmurs)(?: a bit)? (?:when|if) (?:i|we|you) (?:call|talk|speak|shake|try)|"
            r"(?<!not )confused(?! (?:about|by|as to|with|whether|why|what|how|which|over))|"
            r"(?<!a bit )(?<!bit )(?<!slightly )(?<!little )(?<!not )drowsy|groggy|(?<!see )(?<!properly )(?<!clearly )(?<!well )(?<!anything )out of it|(?:very|really|so) (?:sleepy|dozy)|"
            r"(?:can'?t|cannot|couldn'?t|won'?t|unable to) (?:swallow|drink|take|get down) (?:the |any |some )?(?:sugar|juice|glucose|sweets|lucozade|dextrose|coke|gel)|"
            r"(?:not|hasn'?t|isn'?t|no) (?:improv|getting better|better)[a-z]* (?:after|despite|with) (?:the )?(?:sugar|juice|glucose|sweets|dextrose|lucozade)|"
            r"(?:had|having|has had|just had) a (?:fit|seizure)",
        ),
        zh=(
            r"不(?:怎么|太|大)理人|(?:叫|喊)[^，,。]{0,6}?(?:只|就|光)(?:是|会)?(?:哼|嗯)|哼哼(?:两|几)声|叫不醒|喊不醒|昏昏沉沉|迷迷糊糊|"
            r"眼睛半睁|(?:喂|喝|吃)[^，,。]{0,6}?(?:喂|喝|咽|吃)不(?:进去|下去|下)|(?:刚才|刚刚|突然)(?:还|又)?抽(?:搐)?(?:了)?(?:一下|几下)|"
            r"嗜睡|昏睡|(?:吃|喝)了糖[^，,。]{0,6}(?:还是|也)?不(?:见好|好转|管用|缓解)",
        ),
    ),
    # obstructive sleep apnoea: breathing that stops in sleep, snoring, waking up choking (nhs.uk
    # 'Sleep apnoea': see a GP) - no breathing emergency now
    Concept(
        "sleep_apnoea_rf",
        en=(
            r"snor(?:e|es|ed|ing|er)|sleep apn(?:o)?ea|\bosa\b|"
            r"stop(?:s|ped|ping)? breathing (?:at night|in (?:my|his|her|their|the) sleep|when (?:i'?m|i am|he'?s|she'?s|i|he|she) (?:asleep|sleeping|sleep)|while (?:asleep|sleeping|i sleep)|during the night|for a few seconds)|"
            r"(?:wake|waking|wakes|woke) (?:up )?(?:choking|gasping|snorting|spluttering)",
        ),
        zh=(
            r"打呼噜|打鼾|打呼|鼾声|呼吸暂停|睡(?:觉|着)[^，,。]{0,8}(?:憋气|憋醒|停止呼吸|不喘气|没呼吸|没气)|憋醒",
        ),
    ),
    # a breathing emergency told as now, beside a sleep story
    Concept(
        "breath_now_rf",
        en=(
            r"(?:can'?t|cannot|struggling to|unable to) breathe (?:right )?now|(?:right )?now (?:i|he|she|they) (?:can'?t|cannot|am struggling|is struggling|are struggling)|at the moment (?:i|he|she) (?:can'?t|cannot)|"
            r"(?:lips?|face|fingers?) (?:is |are |turning |turned |going |gone |went |look )?(?:blue|bluish|purple|grey|gray)|(?:turning|turned|went|gone|going) blue",
        ),
        zh=(
            r"(?:现在|这会儿|此刻|此时)(?:就|也|还|都)?(?:喘|憋|呼吸|吸不|上不来|透不过)|(?:嘴唇|嘴|脸|指甲)(?:都|有点|已经)?(?:发)?(?:紫|青)",
        ),
    ),
    # breathing that stops, told in the present ("my baby stops breathing", 宝宝不喘气): in a child
    # it is 999 (nhs.uk 'Choking' / 'Baby - when to call 999': not breathing), in or out of sleep
    Concept(
        "breath_stops_rf",
        en=(
            r"stop(?:s|ped|ping)? breathing|(?:is not|isn'?t|not|wasn'?t|was not) breathing(?! (?:well|properly|through))|keeps? stopping breathing",
            # round 13 (probe): "pauses in his breathing", "gaps between breaths" (nhs.uk
            # 'Bronchiolitis': call 999 if there are pauses when the baby breathes; NICE NG9 1.3.1
            # apnoea) - read only with a baby or young child (no_breathing_child)
            r"(?<!no )(?<!any )(?:pauses?|gaps?) (?:in|between|when|while) (?:(?:his|her|their|the|my) )?(?:breathing|breaths?|(?:he|she|they) breathes?)",
        ),
        # round 12: "没有呼吸停顿/暂停/困难/急促" denies pauses or a struggle (NHS Healthier
        # Together 'Bronchiolitis': pauses in breathing are red, 999); "没有呼吸(了)" alone is
        # the breath stopping
        zh=(
            r"停止呼吸|不喘气|没(?:有)?(?:了)?呼吸(?!停|暂停|困难|急促|费力|不畅|不顺|问题|异常|加快|变快|增快|快|急|道|音|声|杂音|短促|浅快|吃力|费劲|困|憋|频率)|呼吸(?:停|停了|没了)|没气了",
        ),
    ),
    # travel to a malaria area (nhs.uk 'Malaria': get medical help straight away for a fever up to
    # a year after travel)
    Concept(
        "malaria_travel_rf",
        en=(
            rf"(?:back|returned|returning|came back|come back|got back|flew back|home|travell?ed|been|trip|holiday|working|work|lived|living|stayed|staying|visited|visiting|went) (?:home )?(?:from|to|in|out in|out to|over in) {_MALARIA_PLACES_EN}(?![a-z])",
            r"malaria|anti-?malarials?|malarone|doxycycline for (?:the )?(?:trip|travel)",
            # round 12 (h10-en-05): "back from visiting family in Ghana" - visiting friends and
            # relatives is the commonest way malaria comes home (UKHSA malaria guidelines)
            rf"{_VFR_EN} {_MALARIA_PLACES_EN}(?![a-z])",
        ),
        zh=(
            rf"(?:从|去了?|到|在|回来){_MALARIA_PLACES_ZH}|{_MALARIA_PLACES_ZH}(?:回来|回国|出差|务工|工作|旅游|打工)|疟疾|抗疟|防疟",
        ),
    ),
    # round 12 (r12e-zh-13): travel to a dengue area that is not (mainly) a malaria one - south-east
    # Asia, the Pacific islands, the Caribbean, Central and South America (nhs.uk 'Dengue': where
    # dengue is found)
    Concept(
        "dengue_travel_rf",
        en=(
            rf"(?:back|returned|returning|came back|come back|got back|flew back|home|travell?ed|been|trip|holiday|holidays|honeymoon|backpacking|working|work|lived|living|stayed|staying|visited|visiting|went) (?:home )?(?:from|to|in|out in|out to|over in|around) {_DENGUE_PLACES_EN}(?![a-z])",
            rf"{_VFR_EN} {_DENGUE_PLACES_EN}(?![a-z])",
        ),
        zh=(
            rf"(?:从|去了?|到|在){_DENGUE_PLACES_ZH}|{_DENGUE_PLACES_ZH}(?:玩|旅游|旅行|度假|出差|回来|回国|务工|工作|打工|度蜜月)",
        ),
    ),
    # round 13 (probe): dengue told by name, now ("I've got dengue", "dengue from Vietnam", "确诊
    # 登革热") - a severe sign with it is severe dengue with or without a fever told (nhs.uk
    # 'Dengue': go to A&E for bleeding gums or nose, blood in vomit or poo, severe tummy pain,
    # repeated vomiting); dengue in the past ("had dengue 2 years ago") is not it
    Concept(
        "dengue_named_rf",
        en=(
            r"(?<![a-z])(?:(?:got|have|has|'ve|with|caught|diagnosed with|positive for|tested positive for|it'?s|it is|its) (?:a |got )?dengue|dengue (?:fever )?(?:from|in|diagnosed|confirmed|positive|test was positive|day))(?![a-z])",
        ),
        zh=(
            r"(?:得了|患了|确诊(?:了|是|为)?|感染了?|查出(?:来)?(?:是)?|诊断(?:为|是)|是)登革热|登革热(?:第[一二三四五六七八九十\d]+天|确诊|阳性)",
        ),
    ),
    # the fever told in the same clause as the place: "从非洲出差回来发烧" (the 非 of 非洲 is no
    # negation of the fever)
    Concept(
        "travel_fever_rf",
        zh=(
            rf"{_MALARIA_PLACES_ZH}[^，,。；;不没无未别]{{0,10}}?(?:发烧|发热|高烧|低烧|烧到|发冷|寒战|寒颤|打摆子|打哆嗦)",
        ),
    ),
    # round 12: the fever told in the sentence after the return with its time ("back from Bali last
    # week, got a temperature of 39"): the time of the trip is no time of the fever (nhs.uk
    # 'Malaria' / 'Dengue': a fever after travel - urgent GP or 111)
    Concept(
        "travel_fever_en_rf",
        en=(
            rf"(?:back|returned|came back|come back|got back|flew back|home) (?:home )?from (?:(?:a |my |our |his |her )?(?:trip|holiday|visit|work trip|business trip) to |(?:visiting|seeing) [a-z' ]{{0,30}}?in )?(?:{_MALARIA_PLACES_EN}|{_DENGUE_PLACES_EN})(?![a-z])"
            r"[^.?!]{0,40}?(?:,|and|now|since|but|with)(?: (?:i'?ve|i have|he'?s|she'?s|has|have|now|i|got|developed|started|running|with))* (?:got |have |has |developed |started |running |a |with )*"
            r"(?:a )?(?:high )?(?:fevers?|temperature|temp|shivers|shivering|chills|rigors)(?![a-z])",
        ),
    ),
    # round 12: the severe signs of dengue and malaria in a traveller's words - bleeding gums or
    # nose, severe tummy pain, very little pee (nhs.uk 'Dengue': go to A&E for severe tummy pain,
    # repeated vomiting, bleeding gums or nose, blood in vomit or poo, breathing fast; nhs.uk
    # 'Malaria': 999 for dark pee or very little pee). Only read with a trip and a fever
    # (fever_after_travel).
    Concept(
        "travel_bleed_rf",
        # round 13 (h12-zh-17): a denial between the gums or nose and the bleeding ("gums not
        # round 13 probe: "won't stop bleeding", "hasn't stopped bleeding" still bleed
        # bleeding", "nose hasn't bled", "牙龈不出血", "牙龈没有出血") is no bleeding; the gap
        # takes no negator (不停/不断/不止 still bleed). nhs.uk 'Dengue': A&E for bleeding gums or nose
        en=(
            r"(?:gums?|nose)(?:(?!(?:not|no|never)\b(?! (?:stop|stopp)[a-z]*)|n'?t\b(?! (?:stop|stopp)[a-z]*))[a-z ,']){0,16}(?<![a-z])(?:bleed[a-z]*|bled)|(?:bleed[a-z]*|bled)(?: from| in)? (?:my |the |his |her )?(?:gums?|nose)|nose ?bleeds?|bloody nose|blood (?:when|after) (?:i )?(?:brush|floss|spit)",
        ),
        zh=(
            r"牙龈(?:[^，,。不没无未]|不(?=停|断|止|住))"
            r"{0,6}(?:出血|流血|有血)|刷牙(?:[^，,。不没无未]|不(?=停|断|止|住)){0,6}(?:出血|流血|有血|带血)|(?<![不没无未])流鼻血|鼻(?:子)?(?:出血|流血)|(?<!没有)(?<![不没无未])鼻血",
        ),
    ),
    Concept(
        "travel_severe_belly_rf",
        en=(
            r"(?:severe|terrible|really bad|very bad|excruciating|agonising|agonizing|unbearable|awful) (?:tummy|stomach|belly|abdominal) (?:pain|ache)|"
            r"(?:tummy|stomach|belly) (?:pain )?(?:is )?(?:really |very |so )?(?:agony|unbearable|excruciating)",
        ),
        zh=(
            r"(?:肚子|腹部|胃)[^，,。]{0,3}[痛疼]得(?:厉害|要命|受不了|不行|打滚)|(?:肚子|腹部)剧[痛疼]|剧烈(?:的)?腹[痛疼]",
        ),
    ),
    Concept(
        "little_urine_rf",
        en=(
            r"(?:hardly|barely|not really|scarcely) (?:peed|weed|peeing|weeing|passing (?:any )?(?:urine|pee|wee|water)|been (?:peeing|weeing|to the toilet))|"
            r"(?:very|really) little (?:pee|wee|urine)|(?:not|isn'?t|haven'?t been|hasn'?t been) (?:peeing|weeing) much",
        ),
        zh=(
            r"(?:没怎么|很少|几乎没|基本没|几乎不|基本不)(?:有)?(?:尿|小便|排尿|解小便|撒尿|尿尿)|(?:尿|小便|尿量)(?:很|特别|非常|明显)少",
        ),
    ),
    # a fever told before the trip and gone now ("had a fever before I went to Ghana, fine now",
    # 去非洲之前发过烧，现在已经好了): no fever after travel (nhs.uk 'Malaria': symptoms during or
    # after travel)
    Concept(
        "pretrip_fever_gone_rf",
        en=(
            r"(?:fever|temperature|temp)[^.?!]{0,30}before (?:i|we|he|she|they) (?:went|left|flew|travell?ed)[^?!]{0,60}?(?:fine|better|well|gone|recovered|cleared)(?![a-z])",
        ),
        zh=(
            r"(?:去|出发|出国|走|飞)[^，,。]{0,8}(?:之前|以前|前)[^，,。]{0,6}(?:发(?:过)?(?:了)?烧|发热|高烧|低烧)[^？?]{0,20}?(?:已经|现在|早就)(?:好了|没事了|退了|不烧了)",
        ),
    ),
    Concept(
        "jaundice_rf",
        en=(
            r"(?:skin|eyes|whites of (?:my|his|her|the) eyes)(?: [a-z]+){0,3} (?:yellow|yellowish)|(?:turned|turning|gone|going|looks?) (?:a bit )?yellow|jaundice[d]?",
        ),
        zh=(r"(?:皮肤|眼白|眼睛|脸)(?:都|也|有点|发)?(?:黄|发黄)|黄疸",),
    ),
    Concept(
        "dark_urine_rf",
        en=(
            r"(?:dark|brown|black|cola[- ]coloured|cola[- ]colored|tea[- ]coloured|tea[- ]colored) (?:pee|wee|urine)|(?:pee|wee|urine) (?:is |was |looks |has gone |has turned |'s gone |'s turned |went |turned )?(?:very |really )?(?:dark|brown|black|cola)",
        ),
        zh=(r"(?:尿|小便)(?:是|呈|成)?(?:浓茶|酱油|茶|可乐|深褐|褐|黑)(?:色|样)|酱油色(?:的)?尿",),
    ),
)


# Round 7 (r7b-zh-64): a baby's breathing emergency told in a parent's words - lips that turn
# blue or grey at times ("嘴唇有时候有点发青", "his lips go a bit blue sometimes", blue round
# the mouth), grunting with each breath ("呼吸的时候一直哼哼"), the skin under the ribs pulling in,
# and feeds that have dropped to a little (only a little then stops). nhs.uk 'Bronchiolitis':
# call 999 if the baby is struggling to breathe (grunting, the tummy sucking under the ribs),
# has pauses in breathing, or the lips or tongue are blue or grey; NICE NG9 (bronchiolitis)
# 1.3.1: grunting, marked chest recession or central cyanosis -> emergency care; a baby taking
# less than half the usual feeds (NICE NG9 1.3.3) goes into the existing fast-breathing term.
# Lips blue from the cold, or a denial ("嘴唇没有发青"), do not fire.
_ZH_NOW_ADV = r"(?:有时候?|偶尔|时不时|一阵一阵(?:地|的)?|一阵阵|老是|总是|会|都|也|有点|有些|好像|看着|已经|开始|颜色|还)"
CONCEPTS += (
    Concept(
        "cyanosis_rf",
        en=(
            r"(?<!cold )(?:lips?|tongue|mouth|face)(?: [a-z]+){0,3}? (?:go|goes|going|went|gone|turn|turns|turning|turned|look|looks|looked|looking|is|are|get|gets|getting|got|seem|seems)"
            r"(?: (?:a bit|a little|slightly|kind of|sort of|quite|really|very|all|at times|sometimes|occasionally|a tad|almost))* (?:blue|bluish|blueish|purple|purplish|grey|gray|dusky)(?! (?:from|with|because of) (?:the )?cold)",
            r"(?:blue|bluish|blueish|purple|purplish|dusky)(?:ness)? (?:round|around|about) (?:the |his |her |their |my )?(?:mouth|lips)",
            # "her lips are tinged blue", "a bluish tinge to his lips" (r10y-zh-35's class)
            r"(?:lips?|tongue|mouth) (?:are |is |look |looks |looked |have |has |went |gone )*(?:a bit |a little |slightly )?(?:tinged|tinted) (?:with )?(?:blue|purple|grey|gray)",
            r"(?:a )?(?:blue|bluish|blueish|purple|purplish|grey|gray|greyish|dusky) (?:tinge|tint|colou?r) (?:to|on|in|round|around) (?:the |his |her |their |my )?(?:lips?|mouth|tongue)",
        ),
        zh=(
            rf"(?<!冻得)(?<!冷得)(?:嘴唇|口唇|舌头|嘴巴周围|嘴周围|嘴边|口周|嘴唇周围|脸色|小脸)(?:的)?{_ZH_NOW_ADV}{{0,3}}(?:发紫|发青|青紫|发绀|紫绀|紫了|变紫|变青|发乌|乌青|乌紫|泛青|泛紫|紫紫的|青青的|乌乌的|紫(?!色的衣)|青(?![春菜椒岛]))",
            # grey lips (nhs.uk 'Croup': lips that look blue or grey); a grey face is grey_pale
            rf"(?:嘴唇|口唇|舌头)(?:的)?{_ZH_NOW_ADV}{{0,3}}(?:发灰|灰白|青灰|灰灰的|灰了)",
        ),
    ),
    Concept(
        "recession_rf",
        en=(
            # round 13 (r13t-zh-20, told in English): "his ribs are not pulling in when he
            # breathes" denies the recession (nhs.uk Bronchiolitis: 999 for a tummy sucking in
            # under the ribs; with it denied, feeding under half is the urgent GP or 111)
            r"(?:ribs|rib ?cage|chest|skin (?:under|between|below) (?:his|her|the|their) ribs|tummy under (?:his|her|the|their) ribs)(?: (?!not(?![a-z])|never(?![a-z])|no(?![a-z]))[a-z]+){0,2}? (?:pulls?|pulling|sucks?|sucking|sinks?|sinking|caves?|caving|draws?|drawing|goes|going) in (?:when|as|with|each|every|on)",
        ),
        zh=(
            r"(?:肋骨|锁骨|胸口|胸骨|肚子|脖子)(?:(?!没|不(?!停|断|住)|无|未)[^，,。]){0,8}(?:一吸气|吸气的时候|喘气的时候|呼吸的时候)?(?:(?!没|不(?!停|断|住)|无|未)[^，,。]){0,4}(?:往里|往下)(?:凹|陷|吸|缩)",
        ),
    ),
    # round 10 (r10y-zh-35): the indrawing told in lay words - "肚子一吸一吸的", "肋骨下面一瘪一瘪",
    # "脖子下面一吸气就出个坑", "her tummy sucks in when she breathes". nhs.uk 'Croup' and
    # 'Bronchiolitis': call 999 or go to A&E if the child is struggling to breathe - you may see
    # the tummy sucking in under the ribs. Read with a child or a breathing complaint (a bare
    # "肚子一吸一吸" of an adult could be a twitch), never with pain ("肚子一抽一抽的疼" is a cramp).
    Concept(
        "recession_lay_rf",
        en=(
            r"(?:tummy|belly|stomach|skin (?:at|in|above) (?:the (?:base|bottom) of )?(?:his|her|their|the) (?:neck|throat)|(?:his|her|their|the) neck|throat)"
            r"(?: [a-z]+){0,2}? (?:sucks?|sucking|pulls?|pulling|sinks?|sinking|caves?|caving|draws?|drawing|dips?|dipping|goes|going) in"
            r"(?: and out)?(?: [a-z]+){0,2}? (?:when|as|with|each|every|on|while)(?: time)? (?:(?:he|she|they|the baby|the child) )?(?:breath[a-z]*|inhal[a-z]*|tak[a-z]+ a breath)",
            r"(?:see|seeing|can see|notice[a-z]*)(?: [a-z]+){0,3}? (?:ribs|tummy|belly)(?: [a-z]+){0,2}? (?:sucking|pulling|sinking|caving|going) in",
        ),
        zh=(
            r"(?:肋骨|肋|锁骨|胸口|胸骨|胸|肚子|肚皮|小肚子|脖子|喉咙|颈|心口)(?:下面|下边|上面|上边|底下|那里|那儿|这里|的地方|窝|中间)?(?:(?!没|不(?!停|断|住)|无|未)[^，,。疼痛]){0,6}?"
            r"(?:一吸一吸|一瘪一瘪|一凹一凹|一陷一陷|一鼓一瘪|一起一伏得很厉害|往里瘪|瘪进去|凹陷|凹进去|塌进去|陷下去|陷进去|(?:出|现|有|冒)(?:了)?(?:一)?个?(?:坑|窝))(?![^，,。]{0,3}[疼痛])",
            r"三凹(?:征)?",
        ),
    ),
)

# Round 7 (r7b-zh-23): quinsy - a sore throat with a mouth that will not open (trismus) or
# saliva running out. nhs.uk 'Quinsy': symptoms include difficulty opening the mouth and
# difficulty swallowing that may cause drooling; see a GP, who refers to ENT the same day
# (urgent); 999 only with breathing difficulty or stridor (severe_breathing, and urgency.py's
# epiglottitis: cannot swallow saliva, leaning forward to breathe). A teething baby's dribble
# has no sore throat.
CONCEPTS += (
    Concept(
        "trismus_rf",
        en=(
            r"(?:can'?t|cannot|couldn'?t|can barely|can hardly|struggl(?:e|ing) to|hard to|difficult to|unable to|trouble|difficulty) (?:fully |properly )?open(?:ing)? (?:my|his|her|their) mouth|"
            r"(?:jaw|mouth) (?:won'?t|will not|doesn'?t|does not|can'?t) (?:fully |properly )?open|lockjaw|trismus|"
            r"(?:can )?only open (?:my|his|her|their) mouth (?:a little|a bit|a tiny bit|slightly|a crack|a finger'?s? width)|(?:jaw|mouth) (?:will |would )?(?:barely|hardly) open",
        ),
        zh=(
            r"(?:嘴|嘴巴|口)(?:都|也|有点|有些)?(?:张不(?:太|怎么)?开|张不大|张不了|打不开)|张(?:不开|不大)嘴|张嘴(?:都)?(?:困难|费劲|很疼|都疼|疼)|牙关紧",
            # 嘴都快张不开了, 嘴几乎张不开 (r7t-zh-075)
            r"(?:嘴|嘴巴)(?:都|也|快|快要|几乎|差不多|差点)+(?:张不(?:太|怎么)?开|张不大|张不了|打不开)",
        ),
    ),
    Concept(
        "drooling_rf",
        en=(
            r"drool(?:ing|s|ed)?|dribbl(?:ing|es|ed) (?:saliva|spit)|(?:saliva|spit) (?:is )?(?:running|dripping|dribbling|pouring) (?:out|from)",
        ),
        zh=(r"(?:口水|唾液)(?:都|也)?(?:往外|一直|止不住|不停地?|直)?(?:流|淌)(?:出来)?|流口水",),
    ),
    # a muffled "hot potato" voice (说话像含着东西) with a one-sided sore throat (nhs.uk 'Quinsy':
    # changes to the voice; the one-sided throat pain tells it from tonsillitis)
    Concept(
        "muffled_voice_rf",
        en=(
            r"muffled voice|voice (?:sounds |is |has gone |went |is all )?(?:muffled|thick|weird and muffled)|hot potato voice|"
            r"(?:sound|talk|speak)(?:ing|s)? like (?:i have|i've got|i'?ve|there'?s|i had) (?:got )?(?:a |something |a hot potato |a mouthful )?(?:in my mouth|hot potato|mouthful|marbles in my mouth)",
        ),
        zh=(
            r"说话(?:像|好像|跟|就像)(?:嘴里)?含着(?:个)?(?:东西|什么|热土豆|土豆|热的东西)|声音(?:发闷|闷闷的|很闷|变闷了?)|说话(?:声音)?(?:发闷|闷闷的|瓮声瓮气)",
        ),
    ),
    Concept(
        "throat_one_side_rf",
        en=(
            r"throat[a-z ,']{0,25}(?:on|down) (?:one|the (?:left|right)) side|(?:one|left|right)[- ]sided? (?:sore )?throat|(?:one|the left|the right) side of (?:my|his|her|the) throat",
        ),
        zh=(
            r"(?:嗓子|喉咙|扁桃体|咽喉)(?:的)?(?:一边|一侧|左边|右边|左侧|右侧)|(?:一边|一侧|左边|右边|左侧|右侧)(?:的)?(?:嗓子|喉咙|扁桃体)",
        ),
    ),
)

# Round 7 (r7t-zh-002): a possible DVT - one calf or leg swollen with throbbing pain, redness or
# warmth, or after a long journey, with no breathlessness or chest pain (nhs.uk 'DVT (deep vein
# thrombosis)': ask for an urgent GP appointment or get help from NHS 111 for throbbing or
# cramping pain and swelling in one leg, usually the calf, with warm, red or darkened skin; 999
# with breathlessness or chest pain: dvt_pe). A sprain, a knock, a bite or a sports strain
# explains the swelling (nhs.uk 'Sprains and strains': self-care).
CONCEPTS += (
    Concept(
        "dvt_leg_sign_rf",
        en=(
            r"(?:calf|leg)(?![a-z])(?:[ ,]+(?!(?:no|not|nor|without|never|isn'?t|wasn'?t|doesn'?t)(?![a-z']))[a-z']+){0,7}?[ ,]+(?:throbbing|throbs|cramping|painful|aching|tender|red|warm|hot|hurts|hurting|sore)(?![a-z])",
            r"(?:tender|sore|hurts|painful) (?:to (?:the )?touch|when i (?:press|touch) (?:it|on it))",
            r"(?<![a-z])(?:throbbing|cramping|painful|aching|tender|red|warm|hot|sore)(?:,? (?:and |swollen|red|hot|warm|tender|painful|sore)){0,3} (?:left |right )?(?:calf|leg)(?![a-z])",
        ),
        zh=(
            r"(?:小腿|腿肚子?|腿)(?:(?!不|没|无)[^，,。\s]){0,14}?(?:红|发热|发烫|烫|热|疼|痛|一跳一跳|胀)",
            r"(?:按|摸|压|碰)(?:着|上去|一下)?(?:就|都|很|特别|有点)?(?:疼|痛|热|烫)|压痛",
        ),
    ),
    Concept(
        "leg_injury_rf",
        en=(
            r"sprain[a-z]*|twist(?:ed|ing)|rolled (?:my|his|her) ankle|(?:fell|fall|fallen|tripped|slipped)(?![a-z])|kicked|knock(?:ed)?(?![a-z])|bang(?:ed)?(?![a-z])|bashed|tackle[a-z]*|injur[a-z]*|"
            r"pulled (?:a |my )?muscle|strain(?:ed)?(?![a-z])|(?:bitten|bite|bites|sting|stung|insect|mosquito|gout)(?![a-z])|after (?:football|rugby|running|a run|the gym|training|exercise|a match)",
        ),
        zh=(
            r"崴|扭(?:伤|到|了)|摔|跌|撞|磕|碰(?:到|了|伤)|踢(?:到|了|伤)|拉伤|(?:被|让)[^，,。]{0,4}(?:咬|叮|蛰)|蚊子|虫|蜂|痛风|(?:跑步|打球|踢球|健身|运动)(?:以后|之后|后|完)",
        ),
    ),
)

# Round 7 (r7t-en-074, r7t-zh-042): palpitations in someone with a heart condition, or lasting
# hours or getting worse, with no chest pain, fainting or breathlessness (nhs.uk 'Heart
# palpitations': ask for an urgent GP appointment or call 111 if they last a long time, are
# getting worse, or you have a history of heart problems; 999 with chest pain, severe
# breathlessness or fainting: palpitations_red).
CONCEPTS += (
    Concept(
        "heart_known_rf",
        en=(
            r"(?:history of |known |diagnosed with |i have |i've got |i've had |ive got |got |have |has |with )(?:a |an )?(?:heart (?:condition|problem|problems|disease|failure|murmur|valve problem|rhythm problem|block)|atrial fibrillation|a-?fib|af|svt|cardiomyopathy|angina|pacemaker|stents?|heart attack|coronary (?:heart|artery) disease)(?![a-z])",
            r"(?:my|a) (?:heart condition|heart problem|pacemaker|stent)(?![a-z])|heart failure|cardiomyopathy|atrial fibrillation",
        ),
        zh=(
            r"心脏病|冠心病|心衰|心力衰竭|房颤|心肌病|心脏(?:不好|有问题|有毛病|瓣膜)|(?:装|放|安|做)(?:了|过)?(?:心脏)?(?:支架|起搏器)|搭(?:过)?桥|(?:得|犯)过心梗|心梗过|先心病|先天性心脏病",
        ),
    ),
    Concept(
        "palp_long_rf",
        en=(
            r"for (?:(?:a couple of|a few|several|two|three|four|five|six|\d+|over an?|more than an?|about an?|nearly an?) hours?|hours)(?![a-z])|all (?:day|morning|afternoon|evening|night)|"
            # days on end (r7c-zh-25; nhs.uk 'Heart palpitations': they last a long time)
            r"for (?:(?:a couple of|a few|several|two|three|four|five|six|\d+|over a|more than a) days?|days)(?![a-z])|(?:two|three|four|\d+|a few|several) days now|since yesterday|"
            r"since (?:this morning|last night|lunch ?time|breakfast|i woke up)|"
            r"(?:it|they|heart|racing|palpitations|fluttering|pounding)(?: still)? (?:hasn'?t|has not|won'?t|will not|doesn'?t|does not|haven'?t|have not|don'?t|do not) (?:stopped|settled|calmed down|stop|settle|calm down)|"
            r"(?:they'?re|they are|it'?s|it is|palpitations(?: are)?|fluttering(?: is)?|racing(?: is)?) (?:getting|gotten|got) worse",
        ),
        zh=(
            # hours of sleep ("一晚上睡四五个小时", r9z-zh-52) are no palpitations lasting hours
            r"(?<!睡)(?<!睡[两三四五六七八九十几\d])(?<!睡了)(?<!睡了[两三四五六七八九十几\d])(?:两三|三四|两|三|四|五|几|好几|一|\d+)个(?:多)?(?:小时|钟头)(?:了)?|(?:两|三|四|五|几|好几|\d+)天了|从昨天(?:开始|起)?|一上午|一下午|一晚上(?![只就都才]?(?:睡|没睡))|一整天|半天了|一直(?:在)?(?:乱跳|跳|心慌)|"
            r"(?:心慌|心跳|心悸|乱跳|跳)[^，,。\s]{0,3}(?:停不下来|越来越(?:厉害|频繁|重|快))|越来越(?:频繁|厉害)(?:地)?(?:心慌|心悸)",
        ),
    ),
)

# Round 7 (r7a-en-19): paracetamol taken in excess, told calmly or as an "if" question about
# last night ("if someone took a lot of paracetamol last night but feels ok now, is that
# fine?"), counted by the tablet's strength ("about 20 of the 500mg ones"), or more than the
# dose for days (a staggered overdose). nhs.uk 'Paracetamol for adults' / 'Paracetamol
# overdose': go to A&E straight away if you have taken too much, even if you feel well - the
# liver damage shows days later; NICE CKS 'Poisoning or overdose' (paracetamol): refer all
# staggered or excess ingestions. Two tablets, the usual dose, or a question about what would
# happen ("what if you take too much?") is no overdose.
_PARA_EN = r"(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|lemsip|beechams|solpadeine|anadin extra|excedrin)"
_PARA_ZH = (
    r"(?:扑热息痛|对乙酰氨基酚|泰诺(?:林)?|必理通|百服宁|散利痛|日夜百服咛|白加黑|感冒灵|小儿退热)"
)
_PARA_ANY_EN = (
    r"(?:paracetamol|acetaminophen|tylenol|panadol|calpol|co-?codamol|lemsip|beechams|solpadeine|"
    r"anadin extra|excedrin|night ?nurse|day ?nurse|nyquil|dayquil|theraflu|"
    r"cold (?:and|&) flu (?:tablets|capsules|caps|sachets|max|relief|stuff|remedy|remedies))"
)
_PARA_ANY_ZH = (
    r"(?:扑热息痛|对乙酰氨基酚|泰诺(?:林)?|必理通|百服宁|百服咛|散利痛|白加黑|(?:999|三九)?感冒灵|感康|快克|"
    r"维C银翘片?|银翘片|感冒清|速效伤风|氨咖黄敏|复方氨酚[^，,。\s]{0,4}|氨酚[^，,。\s]{0,4}|酚麻美敏|护彤|康必得|幸福伤风素)"
)
_EN_PAST_TAKE = r"(?:took|had|has had|have had|'s had|'ve had|swallowed|downed|necked|ate|popped|taken|has taken|have taken)"
_EN_STAGGER = r"(?:double|twice|two times|triple|three times|extra|more than) (?:the |my |his |her |a |their )?(?:normal |usual |recommended |max(?:imum)? |prescribed )?(?:dose|doses|amount|dosage)"
_EN_DAYS = (
    r"(?:for (?:the )?(?:last |past )?(?:\d+|a few|few|several|two|three|four|five|six|seven|a couple of|couple of) days|for days|for a week|all week|every day|each day|daily|"
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week))"
)
CONCEPTS += (
    Concept(
        "paracetamol_excess",
        en=(
            # an "if" about last night: the past tense and a time tell it happened
            rf"if (?:someone|somebody|a (?:friend|mate|person)|my [a-z]+|i|he|she|they|we|you) {_EN_PAST_TAKE} {_OD_QTY}(?: of)?(?: (?:my|the|his|her|their|your))? {_PARA_EN}s?"
            r"[^.?!]{0,30}?(?:last night|yesterday|this morning|earlier|today|tonight|ago|(?:feels?|seems?|is|are|am|looks?) (?:ok|okay|fine|alright|all right|well|normal)(?: now)?)",
            # counted by the strength: "about 20 of the 500mg ones" (round 13: "20 of the 500mg
            # paracetamol" too)
            r"(?:took|had|swallowed|taken|downed|necked|popped|ate)[^.?!]{0,12}?(?:[1-9]\d|ten|eleven|twelve|fifteen|sixteen|twenty|thirty|forty) (?:of )?(?:the |those |my |his |her )?(?:500|1000|1g|1 g|325|650)(?: )?(?:mg)? ?(?:ones|tablets|pills|caplets|capsules|tabs|paracetamols?|acetaminophen|tylenol|panadol)",
            # a whole box or packet of it
            rf"(?:swallowed|took|taken|had|downed|ate|necked) (?:a|one|the|half a|a whole|the whole) (?:box|packet|pack|bottle|strip|blister|sheet|tub|tube) of (?:my |his |her |the |their )?{_PARA_EN}",
            # more than the dose, for days (a staggered overdose); one extra dose by mistake is
            # not (nhs.uk: 1 or 2 extra tablets by accident are unlikely to be harmful)
            rf"(?:taking|took|taken|had|having|using|used|giving|given|gave|been on) (?:(?:him|her|them|myself|the kids?|the baby) )?(?:a |an )?{_EN_STAGGER}(?: of)? (?:the )?{_PARA_EN}[^.?!]{{0,40}}?{_EN_DAYS}",
            rf"{_EN_DAYS}[^.?!]{{0,20}}?(?:taking|took|taken|had|having|using|used|giving|given|gave|been on) (?:(?:him|her|them|myself|the kids?|the baby) )?(?:a |an )?{_EN_STAGGER}(?: of)? (?:the )?{_PARA_EN}",
            rf"been (?:taking|having|using|giving (?:him|her|them|the kids?|the baby)) (?:a |an )?{_EN_STAGGER}(?: of)? (?:the )?{_PARA_EN}",
            rf"(?:taking|took|taken|had|having|using|used|giving|given|gave|been on) (?:(?:the|my|his|her|some) )?{_PARA_EN}[^.?!]{{0,30}}?(?<![a-z]){_EN_STAGGER}[^.?!]{{0,40}}?{_EN_DAYS}",
            rf"(?:double|twice|triple|extra) (?:the |his |her |my )?{_PARA_EN} (?:dose|doses|amount)[^.?!]{{0,40}}?{_EN_DAYS}|(?:[1-9]|one|two|three|a few|an|a couple of) extra {_PARA_EN}s?[^.?!]{{0,40}}?{_EN_DAYS}",
            rf"{_PARA_EN}s? every (?:hour|1 hour|one hour|2 hours|two hours|couple of hours|hour or two)",
            # round 12 (r12e-en-18): the count told on its own, as the answer to "what have you
            # taken?" - ten or more paracetamol(-containing) tablets at the start of a clause
            # ("About 14 paracetamol 500mg and then 8 co-codamol", "so roughly 22 tablets with
            # paracetamol in them within 24 hours"). nhs.uk 'Paracetamol for adults': the most
            # is 8 x 500mg tablets in 24 hours; go to A&E straight away if you have taken more,
            # even if you feel well. A pack size, a stock at home or a week's total is not it.
            rf"(?:^|[.;:!?]\s*|(?:^|\s)(?:and|then|plus|so|but|also|maybe|probably|i think|in total|total|altogether)\s+)"
            rf"(?:about |around |roughly |approximately |approx |maybe |nearly |almost |over |at least |like |more than |probably |a total of |total of )?"
            rf"(?:[1-9]\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-ish| or so| odd)? "
            rf"(?:x |of (?:the |my )?)?(?:(?:500|1000) ?mg |1 ?g )?(?:(?:tablets|pills|caplets|capsules|tabs) (?:with|containing|that (?:have|had|contain|contained)|of) (?:some )?)?{_PARA_EN}s?(?![a-z])"
            rf"(?! (?:in (?:a|the|my|each|one) (?:pack|packet|box|bottle|cupboard|drawer|house|home|strip)|left|at home|(?:a|per|each|every) week|"
            rf"(?:over|across|during|in) (?:a|the|that|last|this) (?:week|fortnight|month)|this (?:week|month)|since last week))",
            # more than 4 doses of 2 tablets in a day ("2 paracetamol 6 times yesterday"; nhs.uk
            # 'Paracetamol for adults': 1 or 2 tablets up to 4 times in 24 hours)
            rf"{_PARA_EN}s?[^.?!]{{0,30}}?(?<![a-z])(?:[5-9]|five|six|seven|eight|nine|ten) times (?:a day|in (?:a|one) day|in 24 hours|yesterday|today|since)[^.?!]{{0,30}}?(?:2|two) (?:tablets |pills |caplets )?(?:each time|at a time|a time|each)|"
            rf"(?<![a-z0-9])(?:2|two) (?:tablets |pills |caplets )?(?:of )?{_PARA_EN}s?[^.?!]{{0,20}}?(?<![a-z])(?:[5-9]|five|six|seven|eight|nine|ten) times (?:a day|in (?:a|one) day|in 24 hours|yesterday|today)",
        ),
        zh=(
            rf"(?:吃|吞|服|喝)(?:了|下|掉)?(?:好多|很多|好些|不少|一堆|一大堆|一大把|一把|太多|过量|超量|一大瓶|整整)(?:的)?[^，,。]{{0,4}}?{_PARA_ZH}",
            rf"{_PARA_ZH}[^，,。？?]{{0,6}}?(?<!不)(?:吃|服|喝|用)(?:得|的)?(?:太多|多了|过量|超量|超标)|{_PARA_ZH}[^，,。？?]{{0,4}}?(?:吃了|服了)(?:好多|很多|不少|一大把|一把|一堆|一整(?:盒|板|瓶)|一(?:盒|板|瓶))",
            # a whole box or strip of it, all taken
            rf"(?:一|整|一整|整整一|大半)(?:盒|板|瓶)(?:的)?{_PARA_ZH}[^，,。]{{0,3}}?(?:全|都)?(?:吃|吞|服)(?:了|掉|下)",
            # more than the dose, for days (a staggered overdose), not once by mistake
            rf"(?:吃|服|用)了(?:好几天|几天|[一二两三四五六七八九十\d]+天)(?:的)?(?:双倍|加倍|翻倍|两倍|三倍|超量|超过(?:说明书|规定|推荐)?(?:的)?(?:剂)?量)(?:的)?(?:剂量|量)?[^，,。]{{0,4}}?{_PARA_ZH}",
            rf"(?:一直|都是|每次|连着|这几天|好几天|天天|每天)[^，,。]{{0,4}}?(?:双倍|加倍|翻倍|两倍|三倍|超量)(?:的)?(?:剂量|量)?(?:地)?(?:吃|服|用)(?:了|的)?[^，,。]{{0,4}}?{_PARA_ZH}",
            rf"{_PARA_ZH}[^，,。可能要该]{{0,6}}?(?:一直|都是?|每次|连着|天天|每天)[^，,。可能要该]{{0,3}}?(?:双倍|加倍|翻倍|两倍|三倍|超量)(?:的)?(?:剂量|量)?(?:地)?(?:吃|服|用)(?![^，,。]{{0,3}}(?:吗|么|不|呢))",
            rf"(?:这几天|好几天|几天|连着|天天|每天|[一二两三四五六七八九十\d]+天)[^，,。]{{0,6}}?{_PARA_ZH}[^，,。可能要该]{{0,6}}?(?:双倍|加倍|翻倍|两倍|三倍|超量)(?:的)?(?:剂量|量)?(?:地)?(?:吃|服|用)(?![^，,。]{{0,3}}(?:吗|么|不|呢))",
            # round 12 (r12e-en-18 class): the count told on its own before the drug, as an answer
            # ("大概十四片对乙酰氨基酚，还有八片氨酚待因"; nhs.uk 'Paracetamol for adults': more
            # than 8 x 500mg in 24 hours - A&E even if you feel well); not a stock ("家里有20片")
            rf"(?:^|[，,。；;：:\s]|还有|加上|另外|一共|总共|加起来)(?:大概|差不多|将近|至少|估计|一共|总共|大约|约)?{_ZH_MANY}(?:多)?(?:片|粒|颗)(?:的)?(?:含(?:有)?)?{_PARA_ANY_ZH}",
            # more than 4 doses of two tablets in a day ("扑热息痛每次两片，一天吃了六七次")
            rf"{_PARA_ZH}[^。？?]{{0,12}}?(?:每次|一次)(?:吃)?(?:两|2|二)片[^。？?]{{0,10}}?(?:一天|每天|一日|昨天|今天)(?:吃|服)?(?:了)?(?:[5-9]|十|[五六七八九])(?:[六七八九]|多)?次|"
            rf"{_PARA_ZH}[^。？?]{{0,12}}?(?:一天|每天|一日|昨天|今天)(?:吃|服)?(?:了)?(?:[5-9]|十|[五六七八九])(?:[六七八九]|多)?次[^。？?]{{0,10}}?(?:每次|一次)(?:吃)?(?:两|2|二)片",
        ),
    ),
)

# Round 13 (probe): a day's total of tablets over the paracetamol maximum told apart from the
# drug ("took an extra paracetamol by mistake ... that's 10 today", "比说明书多吃了一片 ... 今天
# 一共吃了10片"), and more than the dose every day for days told as extra tablets ("每天都多吃两
# 片对乙酰氨基酚，吃了四天了"). nhs.uk 'Paracetamol for adults': the most is 8 x 500mg tablets
# in 24 hours - go to A&E straight away if you take more, even if you feel well; 1 or 2 extra
# tablets by accident are unlikely to harm (sc_extra_dose). A total of 8 or fewer, a pack size, a
# week's total or a question ("can I take 10 a day?") is not it. Read with paracetamol named
# anywhere in the conversation (para_named).
_DAY_OVER_EN = (
    r"(?:9|1[0-9]|2[0-9]|30|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)"
)
_DAY_OVER_ZH = r"(?:9|九|1\d|2\d|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|十几|十来)"
_DAY_EN = (
    r"(?:today|so far today|since (?:this morning|last night|breakfast|i got up|i woke up|yesterday)|"
    r"in (?:the (?:last|past) )?24 ?(?:hours|hrs|h)|in (?:a|one|the) day|within (?:a day|24 hours))"
)
_NOT_A_COUNT_EN = r"(?! ?(?:hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|mg|ml|g\b|am|pm|o'?clock|times|%|/|\.\d|:))"
CONCEPTS += (
    Concept(
        "para_named",
        en=(_PARA_ANY_EN,),
        zh=(_PARA_ANY_ZH,),
    ),
    Concept(
        "tablets_day_over",
        en=(
            # "that's 10 today", "I've had 12 altogether since this morning"
            rf"(?:that'?s|that is|makes?|making|which is|which makes|so|i'?ve (?:had|taken)|i have (?:had|taken)|(?:he|she)'?s (?:had|taken)|(?:he|she) has (?:had|taken)|(?:i )?(?:had|took|taken|swallowed))"
            rf" (?:it |that |me )?(?:up to |about |around |roughly |maybe |probably |like |at least |over |more than )?{_DAY_OVER_EN}{_NOT_A_COUNT_EN}"
            rf"(?: (?:tablets|pills|caplets|tabs|of them|paracetamols?))?(?: (?:in total|altogether|total|in all|all together))?"
            rf"(?: (?:now|already))? {_DAY_EN}(?![^.?!]{{0,20}}\?)",
            rf"(?:that'?s|that is|makes?|making|so|i'?ve (?:had|taken)|i have (?:had|taken)) (?:about |around |roughly |maybe |probably |at least |over )?{_DAY_OVER_EN}{_NOT_A_COUNT_EN}"
            rf"(?: (?:tablets|pills|caplets|tabs|of them|paracetamols?))? (?:in total|altogether|total|in all)(?![^.?!]{{0,20}}\?)(?! (?:this|a|per|each|in the|over the|last) (?:week|fortnight|month))",
            # "10 tablets in total today" (a day's total told with the tablets)
            rf"(?<![0-9]){_DAY_OVER_EN}(?: or so)? (?:tablets|pills|caplets|tabs)(?: [a-z]+){{0,3}} (?:in total|altogether) {_DAY_EN}",
        ),
        zh=(
            # "今天一共吃了10片", "从早上到现在加起来吃了十二片"
            rf"(?:今天|今儿|一天|这一天|24小时|二十四小时|从早上到现在|到现在)[^，,。？?]{{0,6}}?(?:一共|总共|加起来|累计|共|已经)(?:吃|服|吞)?了?(?:大概|差不多|将近|至少)?{_DAY_OVER_ZH}(?:多)?(?:片|粒|颗)(?![^，,。]{{0,4}}(?:吗|么|嘛|\?|？))",
            rf"(?<!星期)(?<!礼拜)(?<!周)(?<!几天)(?<!个月)(?:一共|总共|加起来|累计)(?:吃|服|吞)了(?:大概|差不多|将近|至少)?{_DAY_OVER_ZH}(?:多)?(?:片|粒|颗)(?![^，,。]{{0,4}}(?:吗|么|嘛|\?|？))"
            rf"(?![^，,。]{{0,6}}(?:这(?:个)?(?:星期|礼拜|周)|一(?:个)?(?:星期|礼拜|周)|几天))",
            # "每天都多吃两片对乙酰氨基酚，吃了四天了" (more than the dose every day, for days)
            rf"(?:每天|天天|这几天|连着几天|好几天|一直)(?:都)?(?:多|额外)(?:吃|服)了?(?:一|两|二|[12]|几)(?:片|粒|颗)[^。？?]{{0,6}}?{_PARA_ZH}",
            rf"{_PARA_ZH}[^。？?]{{0,10}}?(?:每天|天天|这几天|连着几天|好几天)(?:都)?(?:多|额外)(?:吃|服)了?(?:一|两|二|[12]|几)(?:片|粒|颗)",
        ),
    ),
)


# round 13 (probe): a reliever inhaler needed more often than every 4 hours ("needing it every 2
# hours", "每两三个小时就要喷一次"; Asthma + Lung UK action plan: an attack) - reliever_frequent
CONCEPTS += (
    Concept(
        "reliever_frequent_rf",
        en=(
            r"(?:needing|using|need|use|taking|take|had to use|have to use|having to use|puffing)(?: (?:it|my|the|her|his) (?:blue )?(?:inhaler|reliever|puffer|ventolin|salbutamol|pump)| it)?"
            r" (?:every|each) (?:hour|half hour|half an hour|30 minutes|few minutes|(?:1|2|3|one|two|three|1-2|2-3|one or two|two or three|couple of|hour or two)(?: or (?:2|3|two|three))? hours?)(?![a-z])",
        ),
        zh=(
            r"每(?:隔)?(?:一|两|二|三|半|1|2|3|一两|两三|个把)(?:个)?(?:多)?(?:小时|钟头)(?:左右)?(?:就)?(?:要|得|都|又)?(?:喷|吸|用)",
        ),
    ),
    Concept(
        "reliever_named_rf",
        en=(r"(?<![a-z])(?:inhaler|reliever|puffer|ventolin|salbutamol)(?![a-z])",),
        zh=(r"喷雾|吸入剂|万托林|沙丁胺醇|气雾剂",),
    ),
)


# Round 11 (r11u-zh-24): a staggered overdose from doubling up - two or more products that each
# contain paracetamol (a cold-and-flu remedy with paracetamol or another cold remedy) taken
# together for a day or more. nhs.uk 'Paracetamol for adults': do not take paracetamol with
# other medicines that contain paracetamol (many cold and flu remedies do); if you take too
# much, go to A&E straight away, even if you feel well (liver damage shows days later); NICE
# CKS 'Poisoning or overdose': refer staggered ingestions. A question before taking them ("can I
# take Lemsip with paracetamol?", "泰诺和感冒灵能一起吃吗") or one extra dose is no overdose.
# no question between them ("I'm on paracetamol, can I take Lemsip too?")
_EN_NO_ASK = r"(?:(?!\bcan\b|\bcould\b|\bshould\b|\bsafe\b|\bok\b|\bokay\b|\bis it\b|\bwould\b|\bmay\b)[^.?!])"
_ZH_NO_ASK = r"(?:(?!能|可以|可不可以|会不会|要不要|是否|行不行)[^。？?])"
CONCEPTS += (
    Concept(
        "para_combo",
        en=(
            rf"(?:been (?:taking|having|using|on|giving (?:him|her|them|the kids?))|(?:i'?m|he'?s|she'?s|we'?re|i am|he is|she is) (?:taking|having|on)|took|taken|had|having|taking|given|giving|gave){_EN_NO_ASK}{{0,30}}?{_PARA_ANY_EN}s?{_EN_NO_ASK}{{0,40}}?(?:\band\b|\bwith\b|\bplus\b|as well as|on top of|alongside|together with|&|,){_EN_NO_ASK}{{0,20}}?{_PARA_ANY_EN}",
            rf"{_PARA_ANY_EN}s?{_EN_NO_ASK}{{0,40}}?(?:\band\b|\bwith\b|\bplus\b|as well as|on top of|alongside|together with|&|,){_EN_NO_ASK}{{0,20}}?{_PARA_ANY_EN}s?{_EN_NO_ASK}{{0,20}}?(?:together|at the same time|on top|as well)(?: for| since| every| all)",
        ),
        zh=(
            # "泰诺 白加黑 感康 还有感冒灵混着吃", "感冒灵和泰诺一起吃了三天"
            rf"{_PARA_ANY_ZH}[^。？?]{{0,16}}?{_PARA_ANY_ZH}{_ZH_NO_ASK}{{0,16}}?(?:混着|一起|同时|都|轮着|换着|交替|搭着|一块儿?|掺着|加着)(?:在)?(?:吃|服|喝|用)(?:了|着|的)?(?![^，,。\s]{{0,3}}(?:吗|么|嘛|呢|不|没|\?|？))",
            # each told with its dose a day ("泰诺一天4次 ... 感冒灵一天三包")
            rf"{_PARA_ANY_ZH}[^。？?]{{0,10}}?(?:一天|每天|每日|天天|白天黑夜|早晚)[^。？?]{{0,24}}?{_PARA_ANY_ZH}[^。？?]{{0,10}}?(?:一天|每天|每日|天天|都吃|白天黑夜|早晚|[一二两三四\d]次)",
            # round 12 (h11-zh-22): the second one told as taken on top ("对乙酰氨基酚每次两片 ...
            # 中间还喝了4包感冒灵"), not asked about ("还能喝感冒灵吗")
            rf"{_PARA_ANY_ZH}{_ZH_NO_ASK}{{0,30}}?(?:还|又|另外|同时|也|再)(?:吃|喝|服|冲)了{_ZH_NO_ASK}{{0,8}}?{_PARA_ANY_ZH}(?![^，,。\s]{{0,6}}(?:吗|么|嘛|呢|\?|？))",
        ),
    ),
    Concept(
        "para_days",
        en=(
            rf"{_EN_DAYS}|(?:\d|two|three|four|five|six) times a day|every (?:\d|four|four to six|4-6|six) hours|round the clock|since (?:yesterday|the day before)|(?:two|three|four|five|\d|a couple of|couple of|few) days",
            # round 12: dose after dose through a day ("6 times since yesterday", "in 24 hours")
            r"(?:in|over|within) (?:the )?(?:last |past |under |less than )?(?:24 hours|a day)|(?:[4-9]|four|five|six|seven|eight) times (?:since|today|so far|in)",
        ),
        zh=(
            r"这(?:两|几|三|四)天|(?:两|三|四|五|几|好几|\d+)天(?:了)?|前天|一天[一二两三四五六\d]次|每天|天天|每日|连着|一直(?:在)?吃|白天黑夜",
            # round 12: dose after dose through a day ("不到24小时 ... 一共吃了6次", "昨天下午到现在")
            r"(?:24|二十四)(?:个)?小时|(?:一共|总共|前后|已经)(?:吃|服|喝)了?(?:[4-9]|[四五六七八九十])次|昨天[^。，,]{0,6}到现在",
        ),
    ),
)


# Round 12: a hernia that is stuck, hard, very painful or comes with being sick (nhs.uk 'Hernia' /
# 'Inguinal hernia repair': go to A&E if you have a hernia and you have sudden, severe pain, are
# being sick, cannot poo or fart, or the hernia is firm or tender or cannot be pushed back in -
# a strangulated or obstructed hernia). A lump that goes back in and does not hurt is for a GP.
CONCEPTS += (
    Concept(
        "hernia_rf",
        en=(
            # a hernia mended is no hernia now ("had a hernia repaired", "hernia op years ago")
            r"hernia(?! (?:repair|op\b|operation|surgery|mesh|was (?:repaired|fixed|mended)|(?:repaired|fixed|mended|removed)))|(?:lump|bulge|swelling) (?:in|on|at|near) (?:my |his |her |the |their )?(?:right |left )?(?:groin|belly ?button|navel|tummy button)|(?:groin|belly ?button|navel|tummy button) (?:lump|bulge|swelling)",
        ),
        zh=(
            r"(?<!做过)(?<!做了)(?<!修过)(?<!补过)疝气?(?!手术|修补|补片|已经(?:修|补|做))|(?:大腿根|腹股沟|肚脐眼?)[^，。,]{0,4}(?:鼓(?:了|起)?(?:个|一个)?(?:小)?包|(?:有|长了|起了)(?:个|一个)(?:小)?包|包块|肿块|鼓包)",
        ),
    ),
    Concept(
        "hernia_stuck_rf",
        en=(
            r"(?:can'?t|cannot|can not|won'?t|couldn'?t|unable to|not able to) (?:push|pop|put|get|press|ease) (?:it|the lump|the hernia|the bulge)(?: back)? (?:in|back|inside)|"
            r"(?:won'?t|doesn'?t|does not|will not|isn'?t) go(?:ing)? back (?:in|inside)?|(?:lump|hernia|bulge|it)(?:'s| is| has| went| gone| got)(?: gone| become| got)? (?:really |very |rock )?(?:hard|firm|tense)(?![a-z])",
        ),
        zh=(
            r"推不回去|塞不回去|按不回去|揉不回去|回不去了|缩不回去|(?:不|没)(?:能)?(?:缩|回)(?:回)?去了|(?:包|疝气?)[^，。,]{0,4}(?:变|发)硬|硬邦邦",
        ),
    ),
)


@dataclass(frozen=True)
class Rule:
    """A red flag: fires when any `when` term is satisfied; a term needs all of its items,
    an item "a|b" is satisfied by either concept, and "!a" needs concept a absent. `source` cites the published triage
    reference the rule follows; `level` is "emergency" (call the emergency number now) or
    "urgent" (prompt clinical assessment, ask the red-flag companions next)."""

    code: str
    label_en: str
    label_zh: str
    when: tuple[tuple[str, ...], ...]
    source: str = ""
    level: str = "emergency"


RULES: tuple[Rule, ...] = (
    Rule(
        "chest_pain_cardiac",
        "Chest pain that may be a heart attack",
        "胸痛，可能为心脏急症（心梗）",
        (
            ("severe_chest_pain",),
            ("chest_pain", "severe_pain|worst_pain"),
            ("chest_pain", "severe_dyspnea|radiating"),
            # a sweat with pain on breathing in is the fever of a chest infection (pneumonia,
            # pleurisy: urgent), unless nothing says infection (r6d-zh-18)
            ("chest_pain", "sweating", "!pleuritic"),
            ("chest_pain", "sweating", "pleuritic", "!fever|resp_infection_rf"),
            # nhs.uk 'Heart attack': chest pain with feeling lightheaded or sick (issue 8, r3p)
            ("chest_pain", "faint_feeling|unconscious", "!cough_soreness|reflux_burn|pleuritic"),
            # gone grey or ashen with it (nhs.uk 'Heart attack')
            ("chest_pain", "grey_pale", "!cough_soreness|reflux_burn|pleuritic"),
            ("chest_pain", "nausea_any", "!cough_soreness|reflux_burn|pleuritic|cough|fever"),
            ("chest_pain", "dyspnea", "!pleuritic"),
            # pleuritic pain with fever or cough is a chest infection (urgent), unless severe
            ("chest_pain", "dyspnea", "pleuritic", "!fever|cough|resp_infection_rf"),
            ("heart_attack",),
            # a heart attack felt as indigestion: with a (cold) sweat and breathlessness, greyness or
            # pain spreading to the arm or jaw (nhs.uk 'Heart attack': it can feel like indigestion;
            # NICE CG95: older people and people with diabetes present atypically; 急性ST段抬高型
            # 心肌梗死诊断和治疗指南 2019: 不典型表现如上腹不适、气短、出汗)
            (
                "indigestion_like",
                "sweating",
                "dyspnea|severe_dyspnea|grey_pale|radiating",
                "!fever|diarrhoea_any",
            ),
        ),
        "NHS (nhs.uk 'Chest pain'): call 999 for sudden chest pain that spreads to the arms, back, "
        "neck or jaw, feels tight or heavy, or comes with breathlessness, sweating or sickness; "
        "Manchester Triage System (MTS) 'Chest pain' chart, discriminators 'Cardiac pain' and "
        "'Severe pain' (orange, very urgent); ESI v4 level 2 (chest pain suspicious for ACS); MTS "
        "'Pleuritic pain' is yellow (urgent): with fever or cough it is a chest infection (NICE CKS)",
    ),
    Rule(
        "stroke",
        "Possible stroke",
        "疑似中风（脑卒中）",
        (
            # facial weakness that spares nothing else but takes the eye or forehead, or comes with
            # pain behind the ear, is Bell's palsy (urgent, see URGENT_RULES)
            ("face_droop", "!bells_features"),
            ("face_droop", "one_side_weakness|slurred_speech|sudden_confusion"),
            # one leg numb with back or buttock pain is sciatica (nhs.uk 'Sciatica'), not a stroke
            # one arm numb from a trapped nerve in the neck told (cervical radiculopathy: GP) is
            # no stroke unless a face, speech or sudden sign comes with it
            ("one_side_weakness", "!one_leg_numb|neck_radic_rf|cervical_source|carpal_tunnel_rf"),
            (
                "one_side_weakness",
                "neck_radic_rf|cervical_source",
                "face_droop|slurred_speech|sudden_confusion|sudden_onset|sudden_word",
            ),
            # one hand numb at night, eased by shaking it, in the thumb-side fingers: carpal
            # tunnel syndrome (nhs.uk: GP), unless a face, speech or sudden sign, or an arm, leg
            # or side beyond the hand, comes with it (nhs.uk 'Stroke')
            (
                "one_side_weakness",
                "carpal_tunnel_rf",
                "face_droop|slurred_speech|sudden_confusion|sudden_onset|sudden_word|side_beyond_hand_rf",
            ),
            ("one_side_weakness", "one_leg_numb", "!sciatic_source"),
            # an arm or leg gone weak all at once, its side not named (nhs.uk 'Stroke', FAST)
            ("sudden_limb_weak",),
            ("one_side_weakness", "one_leg_numb", "upper_numb"),
            # posterior circulation: sudden vertigo with double vision or unsteadiness (nhs.uk stroke)
            ("vertigo_sudden", "posterior_signs"),
            # "can't talk" from breathlessness is the breathing flag, not a stroke
            # a muffled "hot potato" voice with a sore throat is quinsy (nhs.uk), not slurring
            # ... nor with a jaw that will not open (trismus: nhs.uk 'Quinsy'; no stroke sign)
            ("slurred_speech", "!severe_dyspnea|sore_throat_rf|trismus_rf"),
            # a hand gone clumsy with speech or face signs (nhs.uk Stroke: arm weakness, speech;
            # NICE CKS Stroke and TIA: sudden focal weakness or clumsiness of face, arm or leg)
            ("one_side_clumsy", "face_droop|sudden_confusion|confusion_lay"),
            ("sudden_confusion",),
            ("thunderclap",),
            ("headache_any", "worst_pain"),
            # the head named by its place ("the back of my skull") or a blow it never had
            ("head_region_pain", "worst_pain"),
            ("thunderclap_simile",),
            # the headache told first and, in a later answer, that it peaked at once or came like
            # a blow (NICE CG150 / CKS Headache: thunderclap -> emergency; nhs.uk Subarachnoid
            # haemorrhage)
            ("headache_any|head_region_pain|severe_headache", "sudden_onset|blow_simile"),
            ("stroke_words",),
        ),
        "NHS FAST (Face, Arms, Speech, Time to call 999); MTS discriminators 'Acute neurological "
        "deficit' and 'Sudden onset' headache (orange); ESI v4 level 2 (signs of stroke)",
    ),
    Rule(
        "severe_breathing",
        "Severe difficulty breathing",
        "严重呼吸困难",
        (
            # a fish bone stuck ("can't cough it out") is not a blocked airway, and a panic attack
            # told as a bounded episode with a fear of dying is not a breathing emergency now
            # (nhs.uk 'Choking', 'Panic disorder')
            # breathing that stops in sleep, with snoring or waking up choking, is obstructive
            # sleep apnoea (nhs.uk 'Sleep apnoea': see a GP), unless a sign or a struggle now, a
            # child or collapse comes with it (r6e-en-24)
            ("severe_dyspnea", "!bone_in_throat|panic_fear|sleep_apnoea_rf"),
            (
                "severe_dyspnea",
                "sleep_apnoea_rf",
                "breath_now_rf|child_young|child_under5|infant|unconscious",
                "!bone_in_throat|panic_fear",
            ),
            # a baby or young child whose breathing stops, asleep or not
            ("breath_stops_rf", "child_young|child_under5|infant"),
            ("severe_dyspnea", "panic_fear", "!episode_bounded|bone_in_throat"),
            (
                "severe_dyspnea|breathing_sign",
                "bone_in_throat",
                "dyspnea|wheeze|slow_breathing|breathing_sign",
            ),
            ("reliever_failing", "asthma_word|dyspnea"),
            ("speech_broken", "asthma_word|dyspnea|wheeze"),
            # nhs.uk 'Asthma attack': call 999 if the blue reliever inhaler is not helping
            ("reliever_inhaler_failing",),
            # NHS Healthier Together 'Bronchiolitis' (red, 999): a child grunting with each
            # breath, or too breathless to feed
            ("child_young|child_under5", "grunting"),
            ("child_under5", "dyspnea|fast_breathing", "poor_intake|moaning"),
            # lips or tongue blue or grey, even at times, or the chest pulling in under the ribs
            # (nhs.uk 'Bronchiolitis' / 'When to call 999': blue or grey lips; r7b-zh-64)
            ("cyanosis_rf",),
            ("recession_rf",),
            (
                "recession_lay_rf",
                "child_young|child_under5|infant|dyspnea|severe_dyspnea|breathing_sign|wheeze|"
                "stridor_rf|croup_bark|fast_breathing|asthma_word",
            ),
            # a child who choked on food and now struggles to breathe: airway foreign body
            (
                "choke_episode",
                "child_young|child_under5",
                "dyspnea|severe_dyspnea|wheeze",
                "!bone_in_throat",
            ),
            ("choke_episode", "child_young|child_under5", "dyspnea|wheeze"),
            # slow or shallow breathing with drowsiness (MTS 'Inadequate breathing'; nhs.uk
            # Opioids/Poisoning: call 999 for slow breathing and being hard to wake)
            (
                "slow_breathing",
                "very_drowsy|child_drowsy|child_unresponsive|confusion_lay|unconscious",
            ),
        ),
        "MTS discriminators 'Airway compromise', 'Inadequate breathing' (red) and 'Unable to talk "
        "in sentences' (orange); ESI v4 level 1 (needs immediate life-saving intervention); "
        "nhs.uk: call 999 for severe difficulty breathing, blue or grey lips; nhs.uk 'Asthma "
        "attack': call 999 if the reliever is not helping or you are too breathless to speak",
    ),
    Rule(
        "anaphylaxis",
        "Possible severe allergic reaction",
        "疑似严重过敏反应",
        (
            ("airway_swelling",),
            ("allergen", "hoarse"),
            ("allergen", "throat_odd", "!choke_episode"),
            ("allergen|hives", "wheeze"),
            # food that went down the wrong way is choking, not an allergy
            ("allergen", "dyspnea|severe_dyspnea|swallowing", "!choke_episode"),
            ("hives", "dyspnea|severe_dyspnea|swallowing"),
            ("facial_swelling", "allergen|hives|dyspnea|severe_dyspnea|swallowing"),
            # a widespread rash after a trigger with dizziness or faintness (circulation, RCUK)
            ("allergen", "hives", "dizzy_any|faint_feeling|unconscious"),
            ("hives", "faint_feeling|unconscious"),
        ),
        "Resuscitation Council UK 'Emergency treatment of anaphylaxis' (2021): airway or breathing "
        "problem after a likely trigger; MTS 'Allergy' chart 'Stridor', 'Facial oedema', 'Oedema "
        "of the tongue' (red/orange); nhs.uk 'Anaphylaxis': call 999",
    ),
    Rule(
        "heavy_bleeding",
        "Heavy or uncontrolled bleeding",
        "大量或无法止住的出血",
        (
            ("heavy_bleeding",),
            # blood that poured or gushed out and then stopped with pressure or on its own is
            # treated at home (nhs.uk 'Nosebleed': A&E if it lasts over 10 to 15 minutes, after a
            # head injury, or with dizziness; 'Cuts and grazes'); still pouring is 999
            ("blood_gush", "!bleeding_stopped"),
            ("blood_gush", "bleeding_ongoing"),
            # a lot of blood told as what happened at the time, with no word that it goes on:
            # the interview asks whether it stopped (nhs.uk 'Cuts and grazes')
            ("blood_amount", "!bleeding_stopped|blood_amount_then|minor_cut_rf"),
            # ... but not from a nick or small cut that has bled for under 10 minutes (nhs.uk
            # 'Cuts and grazes': A&E if it still bleeds after 10 minutes of pressure, is large or
            # deep, or spurts; a blood thinner makes any of it a bleed to stop at once)
            (
                "blood_amount",
                "minor_cut_rf",
                "cut_serious_rf|anticoagulant_rf",
                "!bleeding_stopped|blood_amount_then",
            ),
            ("blood_amount|blood_amount_then", "bleeding_ongoing", "!bleeding_stopped"),
        ),
        "MTS discriminators 'Exsanguinating haemorrhage' (red) and 'Uncontrollable major "
        "haemorrhage' (orange); nhs.uk: call 999 for heavy bleeding that will not stop or "
        "coughing up a lot of blood; nhs.uk 'Cuts and grazes': a cut that bled a lot and "
        "stopped with pressure is treated at home",
    ),
    Rule(
        "gi_bleed",
        "Vomiting blood or black, tarry stools",
        "呕血或黑便（柏油样便）",
        (
            ("gi_bleed", "!black_stool_cause"),
            ("haematemesis",),
            # blood told without a place ("some blood in it") in a story of being sick, with no
            # cough, poo or other place it could be in (nhs.uk 'Vomiting blood': A&E or 999)
            ("vomit_ref", "blood_ref", "!cough_ref|stool_ref|blood_site_other"),
            # blood from the bottom with faintness, dizziness or pallor (nhs.uk 'Bleeding from the
            # bottom': 999/A&E if you feel dizzy or faint, or there is a lot of blood)
            ("rectal_blood", "faint_feeling|unconscious|dizzy_any|grey_pale"),
            # black poo after iron tablets, bismuth, liquorice, black pudding or 猪血 is not a bleed
            # by itself (nhs.uk 'Blood in poo'), unless faintness, pallor or severe pain comes with it
            (
                "gi_bleed",
                "faint_feeling|unconscious|dizzy_any|grey_pale|severe_abd_pain|severe_pain|worst_pain|dyspnea",
            ),
        ),
        "nhs.uk 'Vomiting blood (haematemesis)': go to A&E or call 999; MTS 'GI bleeding' chart "
        "discriminators 'Haematemesis' and 'Black or redcurrant stool' (orange); nhs.uk 'Blood in "
        "poo': iron tablets, bismuth, black liquorice or blueberries can turn poo black "
        "(blood told after the vomiting - 'blood in it', 吐的东西里有血 - is vomiting blood)",
    ),
    Rule(
        "unconscious_seizure",
        "Loss of consciousness or seizure",
        "意识丧失或抽搐",
        (
            # a single faint with an ordinary trigger (a long queue, the heat, standing up fast,
            # a blood test) and a quick full recovery is a simple faint (nhs.uk 'Fainting': no
            # need to see a doctor), unless a fit or other warning sign comes with it
            ("unconscious", "!faint_trigger"),
            # ... not come round (nhs.uk 'Fainting': call 999 if they do not wake up within 1 minute)
            ("unconscious", "faint_not_recovered"),
            (
                "unconscious",
                "seizure_words|chest_pain|palpitations|severe_dyspnea|headache_any|pregnant",
            ),
        ),
        "MTS discriminators 'Unresponsive' and 'Currently fitting' (red), 'Altered conscious "
        "level' (orange); ESI v4 level 1 (unresponsive); nhs.uk: call 999 for someone "
        "unconscious or having a seizure; nhs.uk 'Fainting': a faint with a trigger and a quick "
        "recovery needs no doctor",
    ),
    Rule(
        "overdose_poisoning",
        "Possible overdose or poisoning",
        "疑似药物过量或中毒",
        (
            ("overdose",),
            # counted after the drug is named ("paracetamol, about 16 of them", 扑热息痛大概16片)
            ("od_count",),
            # pills in an amount not counted, after a row, an upset or on purpose, or with a low
            # mood (nhs.uk 'Paracetamol overdose': A&E even if they seem well; r6e-en-02)
            ("od_vague", "od_context|low_mood|suicide", "!med_reason"),
            # paracetamol in excess, even told calmly or for days (r7a-en-19; nhs.uk
            # 'Paracetamol overdose': A&E even if you feel well)
            ("paracetamol_excess",),
            # a paracetamol overdose told in the past with a time in the last days (see
            # _recent_attempt; nhs.uk 'Paracetamol overdose': A&E even if well)
            ("para_od_recent",),
            # two paracetamol-containing products taken together for a day or more (round 11)
            ("para_combo", "para_days"),
            # a day's total over 8 tablets, paracetamol named in the conversation (round 13 probe)
            ("tablets_day_over", "para_named"),
        ),
        "nhs.uk 'Poisoning': call 999 or go to A&E if someone has swallowed something poisonous "
        "or taken an overdose (paracetamol: go to A&E even if well; button batteries: A&E "
        "straight away); MTS 'Overdose and poisoning' chart 'High lethality of poison' (orange); "
        "ESI v4 level 2 (toxic ingestion)",
    ),
    Rule(
        "suicide_self_harm",
        "Thoughts of suicide or self-harm",
        "自杀或自伤念头",
        (
            ("suicide", "!suicide_no_plan"),
            # with suicidal talk or psychosis (nhs.uk 'Postpartum psychosis': 999); frightening
            # thoughts of hurting the baby in postnatal depression alone are rarely acted on and
            # are for the GP or health visitor today (nhs.uk 'Postnatal depression'): urgent
            ("harm_child", "suicide|psychosis"),
            # the means saved up, a time chosen or affairs put in order, with a low mood or
            # suicidal talk in any answer, or two of them together (a plan): NICE NG225
            # 'Self-harm' 1.5 (risk: plans, access to means, a timeline), nhs.uk 'Help for
            # suicidal thoughts' (999/A&E if you might act on them). A denial of a plan does not
            # lower these: the means saved up or a time chosen are told (r7t-en-060 class)
            ("suicide_means|suicide_timeline|suicide_affairs", "low_mood|suicide|suicide_passive"),
            ("suicide_passive|suicide", "unsafe_now"),
            ("suicide_means", "suicide_timeline|suicide_affairs"),
            # a farewell to everyone with the person out of reach, a low mood, self-harm told or
            # "sorry for everything" (farewell_rf above; not a move, party or graduation)
            (
                "farewell_rf",
                "unreachable_rf|low_mood|sorry_all_rf|suicide_means",
                "!farewell_benign",
            ),
            ("sorry_all_rf", "unreachable_rf", "low_mood|suicide_means", "!farewell_benign"),
            # a new mother who believes her baby is not hers, swapped or evil: postpartum psychosis
            # (nhs.uk 'Postpartum psychosis': a medical emergency; NICE CG192: assess within
            # 4 hours)
            ("baby_not_mine", "postpartum|infant"),
        ),
        "nhs.uk 'Help for suicidal thoughts': call 999 or go to A&E if you are about to act or "
        "have harmed yourself; MTS 'Self-harm' chart 'High risk of further harm' (orange); "
        "ESI v4 level 2 (suicidal ideation with a plan is high risk)",
    ),
    Rule(
        "pregnancy_bleeding_pain",
        "Bleeding or severe abdominal pain in pregnancy",
        "孕期出血或剧烈腹痛",
        # light spotting or a brown discharge without pain in pregnancy is a same-day call to the
        # GP, midwife or early pregnancy unit (nhs.uk 'Vaginal bleeding in pregnancy'), not 999
        (
            ("pregnant", "heavy_bleeding|blood_amount|severe_abd_pain"),
            # bleeding gums or a nosebleed are common in pregnancy and no vaginal bleeding (nhs.uk
            # 'Bleeding gums', 'Nosebleed'; 'Common health problems in pregnancy')
            ("pregnant", "bleeding_any", "!light_spotting", "!bleeding_other_site"),
            ("pregnant", "vaginal_bleed_site", "!light_spotting"),
            ("pregnant", "light_spotting", "one_sided_low_pain|dizzy_any"),
            # spotting with mild, period-like cramps is a same-day call (pregnancy_spotting;
            # nhs.uk 'Miscarriage': contact a GP, midwife or early pregnancy unit for bleeding
            # with cramping; 999 for heavy bleeding or severe pain)
            ("pregnant", "light_spotting", "pain_any|abd_pain", "!pain_mild_rf"),
            # a late period or pregnancy with bleeding or pain and a pressure in the back passage
            # (blood in the pelvis: 异位妊娠诊治专家共识 2019 肛门坠胀; nhs.uk ectopic: discomfort
            # when pooing)
            (
                "pregnant|late_period",
                "rectal_pressure",
                "bleeding_any|pain_any|dizzy_any|faint_feeling",
            ),
            ("late_period", "pain_any", "bleeding_any|heavy_bleeding|shoulder_tip|unconscious"),
            # pain on one side with feeling faint (nhs.uk Ectopic pregnancy: 999 for feeling very
            # dizzy or fainting with tummy pain)
            (
                "pregnant|late_period",
                "side_pain|one_sided_low_pain",
                "pain_any",
                "faint_feeling|unconscious",
            ),
            ("pregnant|late_period", "shoulder_tip"),
            ("fetal_movements_reduced",),
            # a late period with severe pain low down on one side (ectopic; MTS 'Severe pain')
            ("late_period", "one_sided_low_pain", "severe_pain|severe_abd_pain|worst_pain"),
            (
                "pregnant|late_period",
                "side_pain|one_sided_low_pain|abd_pain",
                "severe_pain|worst_pain",
            ),
            (
                "pregnant|late_period",
                "abd_pain|severe_abd_pain|one_sided_low_pain",
                "faint_feeling|unconscious",
            ),
        ),
        "nhs.uk 'Vaginal bleeding in pregnancy' and 'Ectopic pregnancy' (999/A&E for heavy "
        "bleeding or severe pain); MTS 'Pregnancy' chart 'Vaginal bleeding' and 'Severe pain'; "
        "ESI v4 level 2 (high-risk pregnancy); nhs.uk 'Ectopic pregnancy': a missed period with "
        "tummy pain and bleeding or brown discharge; call 999 for shoulder tip pain or fainting; "
        "nhs.uk 'Your baby's movements': call the maternity unit immediately if they slow or stop",
    ),
    Rule(
        "infant_fever",
        "Fever in a baby under 3 months",
        "3个月以下婴儿发烧",
        # a fever with a sore, red breast is the nursing mother's (mastitis), not her baby's
        (("infant", "fever", "!breast_symptom"),),
        "NICE NG143 'Fever in under 5s': temperature of 38°C or more in a baby under 3 months is "
        "a red (high-risk) feature; MTS 'Hot baby' discriminator (orange); ESI v4 (age < 3 "
        "months with fever)",
    ),
    Rule(
        "meningitis",
        "Possible meningitis warning signs",
        "疑似脑膜炎警示症状",
        (
            ("fever", "stiff_neck"),
            ("nonblanching_rash",),
            # a bulging soft spot with fever or drowsiness (NICE NG143 red feature)
            (
                "bulging_fontanelle",
                "fever|child_drowsy|very_drowsy|vomit_persistent|child_unresponsive",
            ),
            ("severe_headache|thunderclap", "stiff_neck|photophobia"),
            ("fever", "photophobia", "headache_any"),
            # round w2r: a rash that faded under the glass is no sign alone, but with a fever and
            # photophobia or drowsiness meningitis stays (nhs.uk 'Meningitis': the rash may not
            # appear, or fade, early on; fever with the other signs decides)
            ("fever", "blanching_rash", "photophobia|very_drowsy|child_drowsy"),
            # neck stiffness with photophobia are the signs of meningism together
            ("stiff_neck", "photophobia"),
        ),
        "NICE NG240 'Meningitis (bacterial) and meningococcal disease'; nhs.uk 'Meningitis': "
        "call 999 for a rash that does not fade under a glass; MTS discriminators 'Non-blanching "
        "rash' and 'Signs of meningism' (orange); NICE NG240 symptoms: fever, headache and "
        "photophobia together",
    ),
    Rule(
        "aortic_dissection",
        "Sudden tearing pain in the chest or back",
        "突发撕裂样胸背痛",
        (
            ("tearing_pain",),
            # sudden severe pain in the back going through to the chest, or between the shoulder
            # blades (nhs.uk 'Aortic dissection': sudden severe chest or upper back pain)
            ("back_chest_through", "sudden_word", "severe_pain|worst_pain|faint_feeling|sweating"),
        ),
        "nhs.uk 'Aortic dissection': call 999 for sudden severe chest or upper back pain, often "
        "described as tearing or ripping; MTS 'Chest pain' chart 'Severe pain' (orange)",
    ),
    Rule(
        "psychosis_risk",
        "Hearing voices or paranoia with a risk of harm",
        "幻听或被害想法并有伤人风险",
        (("psychosis", "harm_others"),),
        "MTS 'Mental illness' chart 'High risk of harm to others' (orange); nhs.uk 'Psychosis': "
        "call 999 if someone is in danger; ESI v4 level 2 (danger to others)",
    ),
    Rule(
        "severe_abdominal_rigid",
        "Severe abdominal pain with warning signs",
        "剧烈腹痛伴警示体征",
        (
            ("rigid_abdomen", "abd_pain|severe_abd_pain|severe_pain"),
            ("worst_pain", "abd_pain|severe_abd_pain"),
            ("worst_abd_pain",),
            # severe tummy pain with fainting (shock) or going through to the back (AAA, pancreatitis)
            ("severe_abd_pain|worst_abd_pain", "faint_feeling|unconscious|radiating"),
        ),
        "MTS 'Abdominal pain in adults' chart, discriminators 'Severe pain' (orange) with "
        "peritonism (rigid abdomen) and 'Shock' (red); ESI v4 level 2 (severe pain or distress); "
        "nhs.uk 'Abdominal aortic aneurysm' and 'Acute pancreatitis': call 999 / A&E for sudden "
        "severe tummy pain spreading to the back, or with fainting",
    ),
    Rule(
        "sick_child",
        "A child who is floppy, unresponsive, or drowsy with fever and not drinking",
        "孩子软弱无力、反应差，或发烧伴嗜睡且不喝水",
        (
            ("child_young", "floppy"),
            # nhs.uk Sepsis (babies and young children): call 999 for a weak, high-pitched cry that
            # is not like their normal cry; NICE NG143 red: weak, high-pitched or continuous cry
            ("child_young|child_under5|infant", "high_pitched_cry"),
            (
                "child_young",
                "child_unresponsive",
                "fever|child_drowsy|poor_intake|vomit_persistent",
            ),
            ("child_young", "child_drowsy", "fever", "poor_intake|vomit_persistent"),
            # a small child with diarrhoea or vomiting who is very lethargic, or dehydrated and
            # drowsy (NICE CG84 red flags; 中国儿童急性感染性腹泻病临床实践指南 2016: 重度脱水)
            ("child_under5", "very_drowsy", "diarrhoea_any|vomit_persistent"),
            (
                "child_young|child_under5",
                "dehydration_signs",
                "very_drowsy|child_drowsy|child_unresponsive|floppy",
            ),
            # a baby gone soft (软软的) who will not feed
            ("child_under5", "soft_baby", "poor_intake|fever|vomit_persistent"),
        ),
        "NICE NG143 'Fever in under 5s' traffic light, red: no response to social cues, does not "
        "wake or stay awake, reduced tone (floppy); with fever, drowsiness and reduced intake "
        "together (NICE NG51 sepsis in children); MTS 'Floppy child' and 'Altered conscious "
        "level' (orange); nhs.uk 'Sepsis' in children: call 999 for a floppy, drowsy child",
    ),
    Rule(
        "diabetic_emergency",
        "Diabetes with persistent vomiting, high ketones or fast breathing",
        "糖尿病伴持续呕吐、酮体高或呼吸急促",
        (
            # round 13 (h12b-zh-25): a type 2 diabetes on tablets with a tummy bug (being sick and
            # diarrhoea), no insulin or SGLT2 medicine, no high sugar, ketones, fast breathing,
            # drowsiness or bad pain, is the dehydration's same-day call (nhs.uk 'Dehydration' and
            # 'Diarrhoea and vomiting': urgent GP or 111; NICE CKS 'Diabetes - type 2' sick day
            # rules: stop metformin while dehydrated, seek advice) - the rest stay 999 (nhs.uk
            # 'Diabetic ketoacidosis')
            ("diabetes_known", "vomit_persistent", "!diarrhoea_any"),
            ("diabetes_known", "vomit_persistent", "!type2_tablets"),
            (
                "diabetes_known",
                "vomit_persistent",
                "insulin_or_t1|sglt2_rf|sugar_high_rf|very_drowsy|confusion_lay|severe_pain",
            ),
            ("diabetes_known", "ketones_high"),
            ("diabetes_known", "fast_breathing", "nausea_any|abd_pain"),
            ("ketones_high", "nausea_any|abd_pain|fast_breathing|vomit_persistent"),
            # diabetes not yet known: thirst and weeing a lot with vomiting, tummy pain or fast
            # breathing (nhs.uk Type 1 diabetes: go to A&E if you have symptoms of diabetes and are
            # being sick, have tummy pain or breathe faster; 中国1型糖尿病诊治指南2021: 酮症酸中毒)
            ("thirst_word", "polyuria", "nausea_any|vomit_persistent|fast_breathing|abd_pain"),
        ),
        "nhs.uk 'Diabetic ketoacidosis': go to A&E if you have diabetes and keep being sick, "
        "breathe fast or deep, or have high ketones; MTS 'Diabetes' chart 'Hyperglycaemia with "
        "ketosis' (orange); ESI v4 level 2",
    ),
    Rule(
        "palpitations_red",
        "Palpitations with chest pain, fainting or severe breathlessness",
        "心悸伴胸痛、晕厥或严重呼吸困难",
        # feeling faint alone with palpitations is an urgent GP/111 matter (nhs.uk); fainting is 999
        (
            ("palpitations", "chest_pain|unconscious"),
            # a panic attack told as a bounded, recurring episode with a fear of dying (nhs.uk
            # 'Panic disorder': a racing heart, feeling you can't breathe, 5 to 20 minutes)
            ("palpitations", "severe_dyspnea", "!panic_fear"),
            ("palpitations", "severe_dyspnea", "panic_fear", "!episode_bounded"),
        ),
        "nhs.uk 'Heart palpitations': call 999 if palpitations come with chest pain or "
        "tightness, severe breathlessness, or you pass out; MTS 'Palpitations' "
        "chart 'Cardiac pain' and 'Abnormal pulse' (orange)",
    ),
)

# Last-resort emergency rules (round 4b): they speak only where RULES and the registered
# discriminator screens (urgency.py) are silent, so a lay wording those miss still raises a flag.
EXTRA_RULES: tuple[Rule, ...] = (
    Rule(
        "dvt_pe",
        "Swollen leg with breathlessness or chest pain (possible blood clot in the lung)",
        "单侧腿肿伴气短或胸痛（疑似肺栓塞）",
        (
            ("leg_swollen_one", "dyspnea|severe_dyspnea|chest_pain"),
            # pain on breathing in (not a cough's soreness)
            ("leg_swollen_one", "pleuritic", "!cough|cough_soreness"),
            # coughing up blood with a painful or swollen calf, or after a long journey (nhs.uk
            # 'Pulmonary embolism': 999 for coughing up blood with chest pain or breathlessness,
            # after a DVT; long travel is the risk: NICE NG158)
            ("haemoptysis_any", "leg_swollen_one|calf_pain"),
            ("haemoptysis_any", "long_travel", "dyspnea|severe_dyspnea|pleuritic|chest_pain"),
            ("long_travel", "calf_pain", "dyspnea|severe_dyspnea|pleuritic|chest_pain"),
        ),
        "nhs.uk 'DVT (deep vein thrombosis)': call 999 or go to A&E if you have pain and swelling in "
        "one leg together with breathlessness or chest pain (possible pulmonary embolism); nhs.uk "
        "'Pulmonary embolism'; RCOG Green-top 37b (pregnancy and after birth); MTS 'Shortness of "
        "breath' chart 'Pleuritic pain' with DVT signs",
    ),
    Rule(
        "sepsis_confusion",
        "Infection or fever with confusion or mottled skin (possible sepsis)",
        "感染或发烧伴神志改变或皮肤发花（疑似脓毒症）",
        (
            (
                "fever|infection_word",
                "confusion_lay|sudden_confusion",
                "!child_young|child_under5|infant",
            ),
            # "not herself" of a baby who still smiles or plays is no altered mental state (NICE
            # NG143 green: responds to social cues; the red feature is no response to them)
            (
                "fever|infection_word",
                "confusion_lay|sudden_confusion",
                "child_young|child_under5|infant",
                "!child_social_ok",
            ),
            # an adult who barely responds (a child: see sick_child)
            ("fever|infection_word", "child_unresponsive", "!child_young|child_under5|infant"),
            ("fever|infection_word", "mottled_skin"),
        ),
        "nhs.uk 'Sepsis': call 999 if an adult or older child is acting confused, has slurred "
        "speech or is not making sense, or has blue, grey, pale or blotchy skin; NICE NG51 high "
        "risk: new altered mental state, mottled or ashen skin; 中国脓毒症/脓毒性休克急诊治疗指南(2018)",
    ),
    Rule(
        "heatstroke_signs",
        "Heat exposure with confusion, collapse or no sweating (possible heatstroke)",
        "高温暴露后神志改变、昏倒或不出汗（疑似热射病）",
        (
            ("heat_exposure", "confusion_lay|sudden_confusion|child_unresponsive|no_sweating"),
            ("heat_exposure", "unconscious", "!faint_recovered"),
            # round 13 (probe): 40C or above, or still unwell after 30 minutes of cooling down
            ("heat_exposure", "temp_40_rf"),
            ("heat_exposure", "heat_unwell_after_rest"),
        ),
        "nhs.uk 'Heat exhaustion and heatstroke': call 999 for confusion, a fit, loss of "
        "consciousness, or feeling hot but not sweating; 中国热射病诊断与治疗专家共识(2019): 高温暴露伴意识障碍",
    ),
    Rule(
        "spinal_cord_red",
        "Back pain with numb legs, saddle numbness or loss of bladder/bowel control",
        "腰背痛伴双腿麻木、鞍区麻木或大小便失控",
        (
            ("back_pain_rf", "legs_both_numb|sphincter_new|saddle_numb"),
            ("saddle_numb", "sphincter_new|bladder_change|urine_leak_new"),
            # round 11: a leak not felt, or the need to pee not felt, with back pain (NHS trust
            # cauda equina cards); a leak on coughing or sneezing is stress incontinence
            ("back_pain_rf", "urine_leak_new", "!stress_leak"),
            # back pain into both legs with new trouble peeing (nhs.uk 'Cauda equina syndrome';
            # a kidney infection's back pain and burning pee reach neither leg)
            ("back_pain_rf", "bladder_change", "legs_both_any|legs_both_numb"),
        ),
        "nhs.uk 'Cauda equina syndrome': go to A&E for back pain with numbness around the bottom or "
        "genitals, loss of bladder or bowel control, or weakness or numbness in both legs; MTS 'Back "
        "pain' chart 'New neurological deficit' (orange)",
    ),
    Rule(
        "eye_chemical_red",
        "A chemical splashed in the eye",
        "化学物质溅入眼睛",
        (("eye_chemical", "eye_chemical_agent"),),
        "nhs.uk 'Eye injuries': go to A&E if a chemical gets in the eye (rinse with water for 20 "
        "minutes first); MTS 'Eye problems' chart 'Chemical injury' (orange)",
    ),
    Rule(
        "sting_mouth_throat",
        "A sting or bite inside the mouth or throat",
        "口腔或咽喉内被蜇咬",
        (("sting_mouth",),),
        "nhs.uk 'Insect bites and stings': go to A&E if stung or bitten in the mouth or throat "
        "(swelling can block the airway)",
    ),
    Rule(
        "snake_bite",
        "Snake bite",
        "蛇咬伤",
        (("snake_bite",),),
        "nhs.uk 'Snake bites': call 999 or go to A&E immediately; 2018年中国蛇伤救治专家共识",
    ),
    Rule(
        "major_trauma",
        "A high-energy injury (hit by a vehicle, fall from a height, stabbing)",
        "高能量损伤（被车撞、高处坠落、刀刺伤）",
        # "feel like I've been hit by a truck" is flu, not an accident
        (("high_energy_injury", "!injury_simile"),),
        "NICE NG39 'Major trauma': pedestrian struck by a vehicle, fall from a height, penetrating "
        "injury; nhs.uk: call 999 for a serious accident or injury; MTS 'Major trauma' chart",
    ),
    Rule(
        "head_injury_red",
        "Head injury with drowsiness, repeated vomiting, confusion or a fit",
        "头部外伤后嗜睡、反复呕吐、神志改变或抽搐",
        (
            ("head_injury_rf", "head_injury_warning_rf|unconscious|confusion_lay"),
            # a fall told first and the head named in another answer ("where?" - "头")
            ("fall_rf", "head_location", "head_injury_warning_rf|unconscious|confusion_lay"),
        ),
        "NICE NG232 'Head injury' and nhs.uk 'Head injury and concussion': go to A&E after a head "
        "injury with drowsiness, vomiting, confusion, a seizure or clear fluid from the nose or ears",
    ),
    Rule(
        "burn_serious",
        "A scald or burn in a small child, or a deep burn",
        "幼儿烫伤/烧伤，或深度烧伤",
        (
            ("scald_burn", "child_under5"),
            ("scald_burn", "burn_deep"),
            # blisters on the face, hands, arms, feet, legs or genitals (nhs.uk: A&E)
            ("scald_burn", "burn_blisters", "burn_site"),
            ("scald_burn", "burn_large"),
        ),
        "nhs.uk 'Burns and scalds': go to A&E for large or deep burns (white or charred skin), burns "
        "that blister on the face, hands, arms, feet, legs or genitals, and "
        "get medical help straight away for a burn in a child under 5; MTS 'Burns and scalds' chart "
        "'Severe pain', 'Full thickness burn' (orange); 中国烧伤急救专家共识",
    ),
    Rule(
        "hernia_strangulated",
        "A hernia that is stuck, hard, very painful or with vomiting (possible strangulated hernia)",
        "疝气推不回去、变硬、剧痛或伴呕吐（疑似嵌顿/绞窄性疝）",
        (
            ("hernia_rf", "hernia_stuck_rf"),
            ("hernia_rf", "severe_pain|worst_pain"),
            ("hernia_rf", "nausea_any|vomit_ref"),
            ("hernia_rf", "no_wind"),
        ),
        "nhs.uk 'Hernia' / 'Inguinal hernia repair': go to A&E if you have a hernia and get sudden, "
        "severe pain, are being sick, cannot poo or fart, or the hernia becomes firm or tender or "
        "cannot be pushed back in (strangulation or obstruction); MTS 'Abdominal pain' chart",
    ),
    Rule(
        "pre_eclampsia_signs",
        "Pregnancy with pain below the ribs and headache, swelling or vision problems (possible pre-eclampsia)",
        "孕期肋下（上腹）痛伴头痛、水肿或视物异常（疑似子痫前期）",
        (
            (
                "pregnant|postpartum",
                "below_ribs_pain",
                "headache_any|severe_headache|facial_swelling|stroke_words|vision_blur",
            ),
            # with a headache and blurred vision or flashing lights, in pregnancy or after the
            # birth (nhs.uk Pre-eclampsia: it can also develop after the birth)
            ("pregnant|postpartum", "severe_headache|headache_any", "vision_blur"),
        ),
        "nhs.uk 'Pre-eclampsia': severe headache, vision problems, pain just below the ribs, sudden "
        "swelling of the face, hands or feet - get medical help immediately; NICE NG133; 中华医学会"
        "《妊娠期高血压疾病诊治指南》(2020): 上腹部疼痛伴头痛为重度子痫前期表现",
    ),
    Rule(
        "testicular_pain_lay",
        "Sudden or severe pain in the testicles (possible torsion)",
        "睾丸突发或剧烈疼痛（疑似睾丸扭转）",
        (
            ("testicle_lay", "pain_any", "sudden_word|nausea_any|severe_pain|worst_pain|pain_woke"),
            # the site in one answer, the pain and a torsion sign in others: a painful testicle
            # riding high, or one that woke him up with vomiting (nhs.uk Testicle pain: A&E)
            ("testicle_lay", "testicle_high", "pain_any|nausea_any|pain_woke|severe_pain"),
            ("testicle_lay", "pain_woke", "nausea_any|severe_pain|worst_pain"),
        ),
        "nhs.uk 'Testicle pain': go to A&E or call 999 for sudden, very bad pain in the testicles, or "
        "pain with tummy pain and being sick (testicular torsion); NICE CKS Scrotal pain and swelling",
    ),
    Rule(
        "diabetes_confused",
        "Diabetes with confusion or drowsiness (low blood sugar or ketoacidosis)",
        "糖尿病患者神志改变或嗜睡（低血糖或酮症酸中毒）",
        (
            ("diabetes_known", "sudden_confusion|child_unresponsive|very_drowsy|hypo_unresponsive"),
            # round 9z: memory failing over months (老糊涂了, 记性越来越差) is no acute confusion
            # (nhs.uk 'Dementia': see a GP), unless told as sudden
            ("diabetes_known", "confusion_lay", "!memory_gradual"),
            ("diabetes_known", "confusion_lay", "sudden_word|sudden_onset"),
        ),
        "nhs.uk 'Low blood sugar (hypoglycaemia)': call 999 if someone with diabetes is confused, "
        "drowsy, unconscious or having a fit; nhs.uk 'Diabetic ketoacidosis'; 中国2型糖尿病防治指南"
        "(2020): 低血糖伴意识障碍需急救",
    ),
    Rule(
        "hip_fracture_signs",
        "A leg that looks shorter or turned out (possible broken hip)",
        "腿变短或向外旋（疑似髋部骨折）",
        (("leg_short_rotated",),),
        "nhs.uk 'Hip fracture' / 'Broken bones': call 999 or go to A&E for a leg that looks shorter "
        "or turned outwards after a fall, unable to stand; NICE CG124",
    ),
    Rule(
        "open_fracture",
        "A bone showing through the skin after an injury (open fracture)",
        "受伤后骨头露出皮肤（开放性骨折）",
        (("bone_through_skin",),),
        "nhs.uk 'Broken arm or wrist' and 'Broken leg': call 999 if the bone is sticking out of "
        "the skin; MTS 'Limb problems' chart 'Open fracture' (orange); 中国红十字会 创伤救护: "
        "开放性骨折立即拨打120",
    ),
    Rule(
        "head_injury_blood_thinner",
        "Head injury while taking a blood thinner",
        "服用抗凝/抗血小板药时头部外伤",
        (
            ("head_injury_rf", "anticoagulant_rf"),
            ("fall_rf", "head_location", "anticoagulant_rf"),
        ),
        "NICE NG232 'Head injury' (2023): anticoagulant or antiplatelet treatment other than aspirin "
        "alone -> CT head within 8 hours; nhs.uk 'Head injury and concussion': go to A&E; 中国颅脑"
        "创伤 抗凝患者轻型颅脑损伤应急诊CT",
    ),
    Rule(
        "eye_injury_vision",
        "An eye injury with a change in sight or blood in the eye",
        "眼外伤后视力改变或眼内出血",
        (("eye_trauma_rf", "eye_vision_change"),),
        "nhs.uk 'Eye injuries': go to A&E if you have changes in your vision, blood in the "
        "coloured part of the eye, or something has pierced the eye; MTS 'Eye problems' chart "
        "'Reduced visual acuity' after trauma (orange)",
    ),
    Rule(
        "retinal_detachment",
        "Floaters or flashes with a curtain or shadow over the sight (possible detached retina)",
        "飞蚊、闪光伴眼前帘子样黑影遮挡（疑似视网膜脱离）",
        (("vision_curtain", "eye_floaters_flashes|eye_context"),),
        "nhs.uk 'Detached retina (retinal detachment)': go to an eye casualty or A&E straight away "
        "for new floaters or flashes with a dark shadow or 'curtain' moving across the vision; "
        "RCOphth / NICE CKS 'Retinal detachment': same-day ophthalmology; MTS 'Eye problems' "
        "chart 'Reduced visual acuity' (orange)",
    ),
    Rule(
        "acute_glaucoma",
        "Painful red eye with haloes, blurred sight or vomiting (possible acute glaucoma)",
        "眼睛胀痛发红，伴看灯有彩虹圈、视物模糊或呕吐（疑似急性青光眼）",
        (
            ("halos_rf", "eye_pain_rf|red_eye_rf|headache_any|nausea_any"),
            ("eye_pain_rf", "red_eye_rf", "vision_blur|eye_vision_change|nausea_any"),
            # round 12: a red eye with a severe headache and vomiting, the eye pain not told as
            # such ("头疼得厉害还吐了 ... 右眼通红"; nhs.uk 'Red eye': call 999 or go to A&E if you
            # have a red eye and a severe headache and feel sick)
            ("red_eye_rf", "severe_headache", "nausea_any|vomit_ref"),
        ),
        "nhs.uk 'Glaucoma': go to A&E or an eye casualty straight away for a suddenly painful red "
        "eye with blurred vision, haloes or rainbow rings round lights, a headache or vomiting "
        "(acute angle-closure glaucoma); nhs.uk 'Red eye': A&E for a red eye with pain or changes "
        "in the sight; MTS 'Eye problems' chart 'Red eye' with 'Reduced visual acuity' (orange)",
    ),
    Rule(
        "orbital_cellulitis",
        "Swollen red eyelid with pain moving the eye, blurred sight or a bulging eye (possible orbital cellulitis)",
        "眼睑红肿伴转眼疼、视物不清或眼球突出（疑似眼眶蜂窝织炎）",
        (("eyelid_swollen_rf", "orbit_sign_rf|vision_blur|eye_vision_change", "!eye_allergy_rf"),),
        "nhs.uk 'Cellulitis': go to A&E if you have cellulitis around the eyes with changes to the "
        "vision, pain when moving the eye or the eye bulging (orbital cellulitis); NICE CKS "
        "'Cellulitis - acute': admit for suspected orbital or periorbital cellulitis; MTS 'Eye "
        "problems' chart 'Reduced visual acuity' (orange)",
    ),
    Rule(
        "kidney_stone_infected",
        "Kidney stone or loin-to-groin pain with a fever or shivering (possible infected blocked kidney)",
        "肾结石或腰痛放射至大腿根，伴发烧或寒战（疑似梗阻合并感染）",
        (("kidney_stone_rf|loin_groin_pain", "fever|rigors_rf"),),
        "NICE NG118 'Renal and ureteric stones' 1.1: refer immediately for emergency assessment "
        "a person with renal colic and signs of systemic infection or sepsis (an obstructed, "
        "infected kidney); nhs.uk 'Kidney stones': go to A&E or call 999 with a high "
        "temperature or shivering; MTS 'Abdominal pain' chart 'Severe pain' and 'Hot' (orange)",
    ),
    Rule(
        "hypertensive_emergency",
        "Very high blood pressure with headache, vision, chest or confusion",
        "血压极高伴头痛、视物模糊、胸痛或意识改变",
        (
            (
                "bp_very_high_rf",
                "severe_headache|chest_pain|dyspnea|severe_dyspnea|vision_blur|eye_vision_change"
                "|sudden_confusion|confusion_lay|one_side_weakness|face_droop|slurred_speech"
                "|unconscious|pregnant|postpartum|confusion_rf|weakness_rf",
            ),
            # a plain headache counts; a slight one or a head fullness (头胀) is same-day
            ("bp_very_high_rf", "headache_any", "!mild_head_rf", "!head_recurrent_rf"),
            ("bp_very_high_rf", "head_recurrent_rf", "head_bad_rf|severe_pain|worst_pain"),
        ),
        "NICE NG136 'Hypertension in adults' 1.5.1: 180/120 or higher with signs of accelerated "
        "hypertension (retinal haemorrhage, papilloedema) or life-threatening symptoms (new "
        "confusion, chest pain, signs of heart failure, acute kidney injury) - same-day specialist "
        "referral; nhs.uk 'High blood pressure': 999 / A&E for 180/120 or higher with a severe "
        "headache, chest pain, breathlessness, blurred vision, confusion or weakness; NICE NG133: "
        "severe hypertension in pregnancy",
    ),
    Rule(
        "bleeding_despite_pressure",
        "Bleeding that pressure does not stop",
        "按压也止不住的出血",
        (("bleed_episode", "pressure_not_stopping", "!nose_bleed_word"),),
        "nhs.uk 'Cuts and grazes': call 999 if the bleeding will not stop after pressing on it; "
        "nhs.uk 'Nosebleed': go to A&E if it lasts more than 10 to 15 minutes; MTS "
        "'Uncontrollable major haemorrhage' (orange)",
    ),
    Rule(
        "no_urine_drowsy",
        "No urine all day with drowsiness or confusion (severe dehydration or sepsis)",
        "一整天无尿伴嗜睡或意识改变（重度脱水或脓毒症）",
        (
            (
                "no_urine_day|dehydration_signs",
                "very_drowsy|confusion_lay|sudden_confusion|child_unresponsive",
            ),
        ),
        "nhs.uk 'Dehydration': go to A&E or call 999 if you have not peed all day, or feel "
        "unusually tired, confused or disorientated; NICE NG51 sepsis high-risk: not passed urine "
        "in 18 hours, new confusion; 中国脓毒症/脓毒性休克急诊治疗指南(2018)",
    ),
    Rule(
        "urinary_retention_acute",
        "Cannot pee at all, with a swollen lower tummy or pain (acute urinary retention)",
        "完全尿不出，伴小腹胀硬或疼痛（急性尿潴留）",
        (
            ("retention_now",),
            ("retention_any|no_urine_day", "bladder_swollen"),
            ("retention_any|no_urine_day", "lower_belly_pain", "!uti_symptoms"),
            ("retention_any|no_urine_day", "severe_pain", "!uti_symptoms", "pain_any"),
            # round 13 (h12b-en-23): a score told with being sick and no pain ("being sick 10+
            # times a day, 7/10 miserable", 吐了十几次，难受，8分) rates the sickness, not a bladder
            # too full to empty: no pee for hours while being sick is short of fluid (nhs.uk
            # 'Severe vomiting in pregnancy': no pee in more than 8 hours, fluids not kept down
            # for 24 hours - urgent advice, midwife, GP or 111; nhs.uk 'Dehydration'); a pain
            # word, a swollen or painful lower tummy, or cannot pee at all stays
            (
                "retention_any|no_urine_day",
                "severe_pain",
                "!uti_symptoms",
                "!nausea_any|vomit_ref|vomit_persistent",
            ),
        ),
        "nhs.uk 'Urinary retention': call 999 or go to A&E if you cannot pee at all, or suddenly "
        "cannot pee with pain or swelling in your lower tummy; NICE CKS 'LUTS in men': acute "
        "urinary retention needs immediate catheterisation; 中国泌尿外科诊断治疗指南: 急性尿潴留需急诊导尿",
    ),
    Rule(
        "severe_skin_reaction",
        "Skin peeling off in sheets or blistering widely (possible Stevens-Johnson syndrome)",
        "皮肤大片剥脱或大面积水疱（疑似重症药疹）",
        (("skin_sheets",),),
        "nhs.uk 'Stevens-Johnson syndrome': go to A&E or call 999 for skin that blisters and peels "
        "off, often after a new medicine; 中国重症多形红斑/中毒性表皮坏死松解症诊疗专家共识(2021)",
    ),
    Rule(
        "necrotising_fasciitis_signs",
        "Pain much worse than the wound or skin looks, or redness spreading fast",
        "疼痛远超伤口表现，或红肿迅速扩散（疑似坏死性筋膜炎）",
        (
            ("pain_out_of_proportion", "spreading_fast|wound_infected|fever|bleeding_any"),
            ("spreading_fast", "pain_out_of_proportion|fever|severe_pain|worst_pain"),
            # round 13: dark skin or dark blisters at a wound with a fever or shivering, or with
            # pain out of proportion (nhs.uk 'Necrotising fasciitis')
            ("wound_skin_dusky", "pain_out_of_proportion|fever|rigors_rf|spreading_fast"),
        ),
        "nhs.uk 'Necrotising fasciitis': go to A&E or call 999 for a wound with pain much worse than "
        "you'd expect, or redness or swelling spreading quickly, with fever; NICE NG141 cellulitis: "
        "pain out of proportion - refer urgently",
    ),
    Rule(
        "bowel_obstruction",
        "No wind with vomiting or a swollen tummy, or vomit that smells of poo (possible bowel obstruction)",
        "停止排气伴呕吐或腹胀，或呕吐物有粪臭味（疑似肠梗阻）",
        (
            ("no_wind", "nausea_any|vomit_persistent|belly_swollen"),
            ("faeculent_vomit",),
        ),
        "nhs.uk 'Bowel obstruction' and 'Constipation': go to A&E if you cannot poo or fart and your "
        "tummy is swollen or you are being sick; MTS 'Abdominal pain in adults' chart 'Persistent "
        "vomiting'; 中国成人急性肠梗阻诊治专家共识: 痛、吐、胀、闭（停止排气排便）需急诊处理",
    ),
    Rule(
        "fever_after_travel",
        "Fever after travel to a malaria or dengue area with warning signs",
        "疟疾或登革热流行区旅行后发热，伴危险征象",
        (
            (
                "malaria_travel_rf",
                "fever|rigors_rf|travel_fever_rf|travel_fever_en_rf",
                "confusion_lay|sudden_confusion|very_drowsy|child_unresponsive|hypo_unresponsive"
                "|unconscious|severe_dyspnea|dyspnea|breathing_sign|fast_breathing|jaundice_rf"
                "|dark_urine_rf|little_urine_rf|no_urine_day"
                "|vomit_persistent|pregnant|child_young|child_under5|infant",
            ),
            # round 12: a fever after a trip to a dengue area with a severe dengue sign (nhs.uk
            # 'Dengue': go to A&E for severe tummy pain, repeated vomiting, bleeding gums or nose,
            # blood in vomit or poo, breathing fast, being very sleepy or irritable)
            (
                "dengue_travel_rf",
                "fever|rigors_rf|travel_fever_en_rf",
                "travel_bleed_rf|gi_bleed|travel_severe_belly_rf|vomit_persistent|fast_breathing"
                "|severe_dyspnea|breathing_sign|very_drowsy|confusion_lay|sudden_confusion"
                "|unconscious|jaundice_rf|dark_urine_rf|little_urine_rf|no_urine_day",
            ),
            # round 13 (probe): dengue named, with a severe sign (nhs.uk 'Dengue': A&E)
            (
                "dengue_named_rf",
                "travel_bleed_rf|gi_bleed|travel_severe_belly_rf|vomit_persistent|fast_breathing"
                "|severe_dyspnea|breathing_sign|very_drowsy|confusion_lay|sudden_confusion"
                "|unconscious",
            ),
        ),
        "nhs.uk 'Malaria': call 999 or go to A&E for a fever after travel with confusion, "
        "drowsiness, fits, breathing difficulty, yellow skin or eyes, dark pee or collapse "
        "(severe malaria), or very little pee; nhs.uk 'Dengue': A&E for severe tummy pain, "
        "repeated vomiting, bleeding gums or nose, blood in vomit or poo, fast breathing or being "
        "very sleepy (severe dengue); WHO 'Guidelines for malaria' severe malaria criteria (impaired "
        "consciousness, convulsions, respiratory distress, jaundice, haemoglobinuria); pregnancy "
        "and young children are at high risk (nhs.uk 'Malaria'; PHE/UKHSA malaria guidelines)",
    ),
)

# Urgent findings: not an emergency on their own, but the patient must be assessed promptly and
# the interview asks the red-flag companions next (for chest pain: breathlessness, sweating,
# spreading to the arm or jaw, fainting).
URGENT_RULES: tuple[Rule, ...] = (
    Rule(
        "chest_pain",
        "Chest pain: needs prompt assessment",
        "胸痛：需尽快评估",
        # a chest sore from coughing is chest-wall strain (nhs.uk chest infection), not chest pain
        # a burning after food with acid or a bitter taste is heartburn (nhs.uk chest pain)
        (
            ("chest_pain", "!cough_soreness|reflux_burn|chest_wall_press"),
            ("chest_pain", "!cough_soreness|reflux_burn|chest_strain_cause|chest_weeks_rf"),
            # round 11 (r11u-en-18): chest-wall pain that hurts when pressed and has gone on for
            # weeks is costochondritis for a GP (nhs.uk 'Costochondritis'), with or without a
            # strain told; a pain of weeks that pressing does not bring on stays urgent
            ("chest_pain", "chest_weeks_rf", "!chest_wall_press|cough_soreness|reflux_burn"),
            # chest-wall pain after lifting or a knock that hurts when pressed is a strain or
            # costochondritis (nhs.uk 'Costochondritis': GP) unless a cardiac feature comes with it;
            # the age (50 and over: urgent) is the urgency discriminator's (urgency.py chest_pain)
            (
                "chest_pain",
                "chest_wall_press",
                "chest_strain_cause",
                "dyspnea|severe_dyspnea|sweating|radiating|faint_feeling|unconscious|severe_pain|worst_pain|nausea_any|palpitations|dizzy_any|grey_pale",
            ),
            ("heart_attack",),
        ),
        "nhs.uk 'Chest pain': chest pain without 999 features needs urgent advice (NHS 111 or "
        "GP the same day); MTS 'Chest pain' chart 'Pleuritic pain' / 'Moderate pain' (yellow, "
        "urgent); ESI v4: chest pain is never below level 3; nhs.uk 'Costochondritis': chest-wall "
        "pain that hurts when pressed, after a strain, is a GP matter",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "facial_palsy",
        "One-sided facial weakness (possible Bell's palsy): needs assessment today",
        "单侧面部无力（可能为面神经麻痹）：需当天就诊",
        (
            ("face_droop", "bells_features"),
            # any face droop is at least urgent: told first and its Bell's signs several answers
            # later, no window holds both, and the stroke emergency stands down for the signs
            # (r7b-zh-26: face drooping must never end self-care)
            ("face_droop",),
        ),
        "nhs.uk 'Bell's palsy': ask for an urgent GP appointment or get help from NHS 111 for "
        "weakness on one side of the face, call 999 if there are other stroke signs (arm weakness, "
        "speech); a weak forehead or eye that will not close points to a peripheral (Bell's) palsy "
        "(NICE CKS Bell's palsy)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "quinsy_signs",
        "A sore throat with a mouth that will not open or drooling (possible quinsy): needs assessment today",
        "咽痛伴张口困难或流口水（可能为扁桃体周围脓肿）：需当天就诊",
        # a muffled voice alone is not enough here (the stroke rule's exclusion reads it)
        (
            ("sore_throat_rf", "trismus_rf|drooling_rf"),
            # the hot potato voice with a one-sided sore throat (r7t-zh-075 class)
            ("sore_throat_rf", "muffled_voice_rf", "throat_one_side_rf"),
        ),
        "nhs.uk 'Quinsy': a worsening one-sided sore throat, difficulty opening the mouth, drooling "
        "or a muffled voice - see a GP, who refers to an ENT specialist straight away; call 999 "
        "for difficulty breathing (severe_breathing); MTS 'Sore throat' chart (yellow)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "palpitations_urgent",
        "Palpitations with a heart condition, or lasting hours or getting worse: needs assessment today",
        "有心脏病史的心悸，或持续数小时、越来越重的心悸：需当天就诊",
        # chest pain, fainting or severe breathlessness with it is palpitations_red (999)
        (("palpitations", "heart_known_rf|palp_long_rf"),),
        "nhs.uk 'Heart palpitations': ask for an urgent GP appointment or call 111 if they last a "
        "long time, do not improve or are getting worse, or you have a history of heart problems; "
        "call 999 with chest pain, severe breathlessness or fainting (palpitations_red); MTS "
        "'Palpitations' chart 'Abnormal pulse' / 'History of cardiac problems' (yellow)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "dvt_signs",
        "One swollen, painful calf or leg (possible DVT): needs assessment today",
        "单侧小腿或腿肿痛（可能为深静脉血栓）：需当天就诊",
        # breathlessness or chest pain with it is dvt_pe (999)
        (("leg_swollen_one", "dvt_leg_sign_rf|long_travel", "!leg_injury_rf"),),
        "nhs.uk 'DVT (deep vein thrombosis)': ask for an urgent GP appointment or get help from "
        "NHS 111 for throbbing or cramping pain and swelling in one leg (usually the calf), warm "
        "or red skin around it; call 999 with breathlessness or chest pain (dvt_pe); NICE NG158 "
        "(risk: long journeys); MTS 'Limb problems' (yellow: hot, swollen limb)",
        level="urgent",
    ),
)
URGENT_RULES += (
    # round 12 (probe): a baby given in weeks, days or months who is unusually sleepy and will not
    # feed, no fever told ("my baby is 3 weeks old, very sleepy and not feeding", "3周大的宝宝很嗜睡，
    # 不吃奶"): NICE NG195 'Neonatal infection': altered behaviour and feeding difficulties are
    # indicators of possible infection needing clinical assessment; nhs.uk 'Is your baby or
    # toddler seriously ill?': get advice the same day for a baby who is not feeding or unusually
    # sleepy (999 if floppy or hard to wake: sick_child)
    Rule(
        "infant_sleepy_not_feeding",
        "A baby who is unusually sleepy and not feeding: needs assessment today",
        "婴儿异常嗜睡且不吃奶：需当天就诊",
        (("infant", "child_drowsy", "poor_intake"),),
        "NICE NG195 'Neonatal infection' (altered behaviour, feeding difficulties); nhs.uk 'Is your "
        "baby or toddler seriously ill?' (not feeding, unusually sleepy: same-day advice)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "child_fever_drowsy",
        "A child with fever who is unusually sleepy: needs assessment today",
        "孩子发烧且异常嗜睡：需当天就诊",
        (("child_young", "child_drowsy", "fever"),),
        "NICE NG143 'Fever in under 5s' traffic light, amber: not responding normally, wakes "
        "only with prolonged stimulation, decreased activity -> same-day assessment",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "pregnancy_spotting",
        "Spotting or light bleeding in pregnancy: needs assessment today",
        "孕期少量出血或褐色分泌物：需当天就诊",
        (
            ("pregnant", "bleeding_any|light_spotting", "!bleeding_other_site"),
            ("pregnant", "vaginal_bleed_site"),
        ),
        "nhs.uk 'Vaginal bleeding in pregnancy': contact a GP, midwife or early pregnancy unit the "
        "same day for any bleeding or spotting; call 999 for heavy bleeding, severe pain or "
        "dizziness (pregnancy_bleeding_pain)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "child_dehydration",
        "A baby or young child with signs of dehydration: needs assessment today",
        "婴幼儿有脱水迹象：需当天就诊",
        (
            ("child_young|child_under5|infant", "dehydration_signs"),
            ("child_young|child_under5|infant", "poor_intake", "diarrhoea_any|vomit_persistent"),
        ),
        "nhs.uk 'Diarrhoea and vomiting': call 111 (or an urgent GP appointment) if a baby or young "
        "child has signs of dehydration, such as fewer wet nappies, or will not feed; NICE CG84 "
        "(diarrhoea and vomiting in under 5s): decreased urine output, sunken eyes are clinical "
        "dehydration",
        level="urgent",
    ),
    Rule(
        "pregnancy_vomiting",
        "Vomiting in pregnancy, unable to keep fluids down: needs assessment today",
        "孕期呕吐、喝水都吐：需当天就诊",
        (("pregnant", "vomit_persistent"),),
        "nhs.uk 'Severe vomiting in pregnancy (hyperemesis gravidarum)': call your midwife or GP "
        "urgently, or 111, if you cannot keep food or fluids down; RCOG Green-top 69",
        level="urgent",
    ),
    Rule(
        "reliever_frequent",
        "Asthma reliever needed every few hours: needs assessment today",
        "哮喘缓解喷雾每几个小时就要用一次：需当天就诊",
        # round 13 (probe): the weekly-use pattern is a review (urgency.py asthma_exertion), but a
        # reliever needed more often than every 4 hours is a flare for the same day
        (("reliever_frequent_rf", "asthma_word|wheeze|reliever_named_rf"),),
        "nhs.uk 'Asthma': see a GP urgently or call 111 if you're needing your reliever more often "
        "and it is not lasting - an asthma attack; Asthma + Lung UK action plan: a reliever "
        "needed more than every 4 hours is an attack - see a doctor or nurse the same day",
        level="urgent",
    ),
    Rule(
        "diabetes_vomiting",
        "Diabetes with vomiting, unable to keep fluids down: needs assessment today",
        "糖尿病患者呕吐、喝水都吐：需当天就诊",
        # round 13: what diabetic_emergency leaves to the same day (a type 2 diabetes on tablets
        # with a tummy bug) is never less than urgent
        (("diabetes_known", "vomit_persistent"),),
        "NICE CKS 'Diabetes - type 2' sick day rules: seek medical advice urgently if vomiting and "
        "unable to keep fluids down (metformin and other medicines may need stopping); nhs.uk "
        "'Dehydration' and 'Diarrhoea and vomiting': urgent GP or 111",
        level="urgent",
    ),
    Rule(
        "cant_bear_weight",
        "Unable to put weight on the leg: needs assessment today",
        "患肢不能负重：需当天就诊",
        (("cant_bear_weight",),),
        "nhs.uk 'Sprains and strains': go to an urgent treatment centre if you cannot put any weight "
        "on the injured leg or foot; Ottawa ankle/knee rules (inability to bear weight: X-ray); MTS "
        "'Limb problems' chart (yellow)",
        level="urgent",
    ),
    Rule(
        "wound_infection",
        "A wound that looks infected: needs assessment today",
        "伤口感染迹象：需当天就诊",
        (("wound_infected",),),
        "nhs.uk 'Cuts and grazes': ask for an urgent GP appointment or get help from NHS 111 if the "
        "wound looks infected (swollen, red, pus); nhs.uk 'Caesarean section - recovery': contact "
        "your midwife or GP immediately if the wound is red, swollen or leaking discharge",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "suicidal_thoughts",
        "Thoughts of suicide without a plan: needs help today",
        "有自杀念头但无具体计划：需当天求助",
        (
            ("suicide", "suicide_no_plan"),
            ("suicide_passive",),
            ("harm_child", "postpartum", "!suicide|psychosis"),
        ),
        "nhs.uk 'Postnatal depression': frightening thoughts of hurting the baby - tell a GP, "
        "midwife or health visitor; nhs.uk 'Help for suicidal thoughts': if you are not about to act, get an urgent GP "
        "appointment, call 111 or a crisis line today; call 999 or go to A&E if you are about to "
        "act or have harmed yourself; MTS 'Self-harm' chart 'Moderate risk of further harm' (yellow)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "child_fever_not_themselves",
        "A feverish baby or child who is 'not themselves': needs assessment today",
        "发烧的婴幼儿“跟平时不一样”：需当天就诊",
        # the emergency (sepsis_confusion, sick_child) stands down when the child still smiles
        # or plays; a same-day assessment stays (r6c-en-12)
        (("child_young|child_under5|infant", "fever", "confusion_lay"),),
        "NICE NG143 'Fever in under 5s' traffic light, amber: not responding normally to social "
        "cues, decreased activity, age 3-6 months with 39°C or more -> same-day face-to-face "
        "assessment; nhs.uk 'Fever in children': call 111 or see a GP urgently if the child is "
        "not their usual self",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "very_high_bp",
        "Blood pressure of 180/120 or more: needs assessment today",
        "血压180/120或以上：需当天就诊",
        (("bp_very_high_rf",),),
        "NICE NG136 'Hypertension in adults' 1.5.4: a clinic reading of 180/120 or higher without "
        "signs of a life-threatening complication - repeat and assess for target organ damage "
        "within 24 hours (same day); nhs.uk 'High blood pressure': a very high reading needs a "
        "GP appointment the same day or 111; 999 with chest pain, breathlessness, a severe "
        "headache, blurred vision or confusion (hypertensive_emergency)",
        level="urgent",
    ),
)
URGENT_RULES += (
    Rule(
        "malaria_travel_fever",
        "Fever after travel to a malaria area: needs a malaria test today",
        "疟疾流行区旅行后发热：需当天就诊查疟疾",
        (
            (
                "malaria_travel_rf",
                "fever|rigors_rf|travel_fever_rf|travel_fever_en_rf",
                "!pretrip_fever_gone_rf",
            ),
        ),
        "nhs.uk 'Malaria': get medical help straight away (urgent GP appointment or NHS 111) if you "
        "have a high temperature, sweats and chills after travelling to a malaria area, even up to "
        "a year later; 999 / A&E with severe signs (fever_after_travel); UKHSA malaria guidelines: "
        "same-day blood film",
        level="urgent",
    ),
    # round 12 (r12e-zh-13): a fever after a trip to a dengue area (刚从泰国玩回来三天，发高烧;
    # "back from Bali, temperature of 39")
    Rule(
        "dengue_travel_fever",
        "Fever after travel to a dengue area: needs a same-day assessment",
        "登革热流行区旅行后发热：需当天就诊",
        (("dengue_travel_rf", "fever|rigors_rf|travel_fever_en_rf", "!pretrip_fever_gone_rf"),),
        "nhs.uk 'Dengue': ask for an urgent GP appointment or get help from NHS 111 if you have "
        "been to an area where dengue is found and have a high temperature, a severe headache, pain "
        "behind the eyes, muscle or joint pain or a rash; A&E for severe tummy pain, repeated "
        "vomiting, bleeding gums or nose, or blood in vomit or poo (severe dengue)",
        level="urgent",
    ),
)
# A suicide attempt told in the past ("I made a suicide attempt last week", "tried to kill myself
# on Saturday", 上周自杀过一次, 前几天吞过药): the past tense retires the thoughts, but a recent
# attempt is the strongest risk of another (NICE NG225 'Self-harm' 1.5; nhs.uk 'Help for suicidal
# thoughts': after an attempt get help today - an urgent GP appointment or 111, A&E if hurt or
# after an overdose). Told with a time of days to weeks (last week, 3 days ago, on Saturday,
# recently, 上周, 前几天, 上个月) it is an urgent finding; years ago (attempted suicide 10 years ago,
# 十年前自杀过) is history only. A paracetamol overdose in the last days stays the emergency
# (nhs.uk 'Paracetamol overdose': A&E even if well - liver damage shows days later).
CONCEPTS += (
    Concept(
        "suicide_attempt",
        en=(
            r"(?:suicide|suicidal) attempts?|attempted (?:suicide|to (?:kill|end|take|hang|drown|poison) (?:myself|herself|himself|my|her|his))|"
            r"(?:tried|tryed|try(?:ing)?|trying) to (?:kill|hang|drown|poison|gas|off) (?:myself|herself|himself)|"
            r"(?:tried|tryed) to (?:end|take) (?:my|her|his) (?:own )?life|(?:tried|tryed) to (?:commit suicide|end it(?: all)?)|tried suicide|"
            r"(?:took|taken|had|took myself) an overdose|overdosed|od'?d|(?:slit|slashed|cut) (?:my|her|his) wrists?",
        ),
        zh=(
            r"自杀(?:过|未遂)|(?:尝试|试图|企图|试)(?:过)?(?:着)?自杀|割(?:过)?腕|吞(?:过|了)?(?:药|安眠药)(?:自杀)?|(?:吃|喝)(?:过)?(?:药|安眠药|农药)自杀|"
            r"(?:上|跳|寻|服)过(?:吊|楼|河|死|毒)|(?:吃|喝)过农药|自寻短见|想不开(?:吃|吞|喝)(?:过|了)",
        ),
    ),
)
_RECENT_PAST_EN = re.compile(
    r"(?<![a-z])(?:(?:last|this past|this|on|over the) (?:night|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|recently|the other (?:day|night)|earlier this (?:week|month)|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|few|couple of|several|\d{1,2}) (?:days?|nights?|weeks?)(?: ago| back)|"
    r"(?:a|one) month ago|(?:days?|weeks?) ago|this (?:week|month))(?![a-z])",
    re.IGNORECASE,
)
_RECENT_PAST_ZH = re.compile(
    r"上(?:个)?(?:周|星期|礼拜)|上周末|(?:前|这)(?:几|两)天|前天|昨天|昨晚|前晚|这(?:个)?(?:周|星期|礼拜)|几天前|"
    r"[\d一二两三四五六七八九十几]+(?:天|周|个?星期|个?礼拜)(?:之|以)?前|上(?:个)?月|最近|近期|(?:上)?(?:周|星期|礼拜)[一二三四五六日天末]"
)
# within the last days, for a paracetamol overdose (not "last week" or "a month ago")
_DAYS_PAST = re.compile(
    r"(?<![a-z])(?:last night|yesterday|the other (?:day|night)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:a|one|two|three|a few|a couple(?: of)?|couple of|\d) (?:days?|nights?) ago)(?![a-z])"
    r"|(?:前|这)(?:几|两)天|前天|昨天|昨晚|前晚|[\d一二两三几]天(?:之|以)?前",
    re.IGNORECASE,
)
_NOT_THE_PATIENT = re.compile(
    r"(?<![a-z])(?:friend|friends|colleague|boss|neighbou?r|classmate|flatmate|housemate|someone|somebody|a (?:man|woman|boy|girl|guy|student))(?![a-z])"
    r"|同事|朋友|同学|邻居|室友|有人|别人",
    re.IGNORECASE,
)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds text[start:end]: from after the last stop before
    it to the first stop at or after its end (the text's end where there is none)."""
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?。！？\n") if i >= 0]
    return sentence_start, min(ends) if ends else len(text)


def _sentence(text: str, start: int, end: int) -> str:
    sentence_start, sentence_end = _sentence_span(text, start, end)
    return text[sentence_start:sentence_end]


def _clause_start(text: str, start: int) -> int:
    """Where the clause that holds text[start] begins: after the last comma, semicolon or stop."""
    return max(text.rfind(c, 0, start) for c in ",;.!?，。；！？\n") + 1


# An attempt told at a time of life long past ("a suicide attempt when I was 16", "tried to kill
# myself as a teenager / at university / aged 19", 上高中时自杀未遂, 大学时候吃安眠药自杀) is history
# only (NICE NG225 'Self-harm' 1.5: past self-harm is part of the history; nhs.uk 'Help for
# suicidal thoughts' is about thoughts or harm now); the suicide or overdose words of the attempt
# itself then raise nothing, while thoughts told now ("... and I want to die again") still do.
_LONG_AGO_EN = re.compile(
    r"(?<![a-z])(?:when (?:i|she|he|they) (?:was|were) (?:(?:only |just )?\d{1,2}(?! ?(?:am|pm|o'?clock|:|weeks?|days?|months?))|"
    r"(?:a |an )?(?:teen|teenager|student|kid|child|young|younger|little|a lot younger|much younger|at school|at uni(?:versity)?|at college|in (?:high |secondary |middle )?school|in college|in (?:my|her|his) (?:teens|twenties|thirties)))|"
    r"at (?:the )?age (?:of )?\d{1,2}|at \d{1,2}(?! ?(?:am|pm|o'?clock|:|\.|weeks?|days?|hours?|mins?|minutes?|months?|percent|%))(?=[ ,;.!?]|$)|aged \d{1,2}|"
    r"in (?:my|her|his|their) (?:teens|twenties|thirties|youth|late teens|early twenties|late twenties|student days)|"
    r"as a (?:teen|teenager|student|child|kid|young (?:man|woman|adult|girl|boy))|"
    r"(?:back )?(?:at|in) (?:high |secondary |middle )?school|at uni(?:versity)?|at college|in college|"
    r"(?:many |several |a few |some |two |three |\d+ )?years (?:ago|back|before)|decades ago|long ago|a long time ago|(?:back )?in (?:19|20)\d\d)(?![a-z])",
    re.IGNORECASE,
)
_LONG_AGO_ZH = re.compile(
    r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})岁(?:的)?(?:时候|时|那年|那会儿?)|"
    r"(?:上|读|念)?(?:学|书|初中|高中|大学|中学|小学|大专)(?:的)?(?:时候|时|那会儿?|那年|期间)|上学(?:的)?(?:时候|时|那会儿?)|"
    r"年轻(?:的)?(?:时候|时)|小时候|青春期|(?:好|很|多)?(?:几|多|\d+|[一二两三四五六七八九十]+)年(?:之|以)?前|很久(?:以)?前|好多年前"
)


def _long_ago_attempt(text: str, start: int, end: int) -> bool:
    """The mention text[start:end] is a suicide attempt told at a time of life long past (see
    _LONG_AGO_EN): an attempt's words span it and its sentence names that time and no recent one."""
    sentence = _sentence(text, start, end)
    if not (_LONG_AGO_EN.search(sentence) or _LONG_AGO_ZH.search(sentence)):
        return False
    if _RECENT_PAST_EN.search(sentence) or _RECENT_PAST_ZH.search(sentence):
        return False
    return any(
        m.concept == "suicide_attempt" and m.start <= end and m.end >= start
        for m in _MATCHER.mentions(text)
    )


def _recent_attempt(text: str, start: int, end: int) -> bool:
    """The attempt text[start:end] told with a time of days to weeks, of the writer or the
    patient a carer writes about (not a friend's or a colleague's)."""
    sentence = _sentence(text, start, end)
    if not (_RECENT_PAST_EN.search(sentence) or _RECENT_PAST_ZH.search(sentence)):
        return False
    return not _NOT_THE_PATIENT.search(text[_clause_start(text, start) : start])


CONCEPTS += (
    # a paracetamol overdose told in the past with a time in the last days
    Concept(
        "para_od_recent",
        en=(
            rf"(?:overdos[a-z]*|od'?d?)(?: [a-z]+){{0,3}}? (?:on|of|with) {_PARA_EN}|"
            rf"{_EN_PAST_TAKE} (?:a (?:whole )?(?:packet|pack|box|bottle|load)|loads|all(?: of)? (?:my|the)) (?:of )?{_PARA_EN}|"
            rf"{_PARA_EN}(?: [a-z]+){{0,2}}? overdose",
        ),
        zh=(
            rf"(?:吞|吃|服)(?:过|了|掉|下)?(?:(?:一整|整整一|整|一大|好几|几|一|半|大半)(?:瓶|盒|板|把|排)|一堆|一大堆|好多|很多|一大把)(?:的)?{_PARA_ZH}",
            rf"{_PARA_ZH}[^，,。]{{0,4}}?(?:过量|吃多了|吞多了)",
        ),
    ),
)
URGENT_RULES += (
    Rule(
        "suicide_attempt_recent",
        "A recent suicide attempt: needs help today",
        "近期有自杀未遂：需当天求助",
        (("suicide_attempt",),),
        "nhs.uk 'Help for suicidal thoughts': get help today after an attempt - an urgent GP "
        "appointment, NHS 111 or a crisis line; 999 or A&E if you have harmed yourself or taken an "
        "overdose; NICE NG225 'Self-harm' 1.5 (a recent attempt is the strongest risk of another); "
        "MTS 'Self-harm' chart 'Moderate risk of further harm' (yellow)",
        level="urgent",
    ),
)
# An irregular pulse felt with palpitations (r7c-zh-25: "摸脉搏很乱 一会快一会慢"; MTS
# 'Palpitations' chart 'Abnormal pulse' (yellow); nhs.uk 'Atrial fibrillation': an irregular
# pulse - see a GP).
CONCEPTS += (
    Concept(
        "pulse_irregular_rf",
        en=(
            r"(?:pulse|heart ?beat)(?: is| was| feels| felt| has been)? (?:very |really |quite |all )?(?:irregular|erratic|all over the place|jumping around|fast then slow|up and down)",
        ),
        zh=(
            r"脉(?:搏)?(?:跳得|摸着|摸起来)?(?:很|特别|有点|非常)?(?:乱|不齐|不规律|没规律|一会(?:儿)?快一会(?:儿)?慢|忽快忽慢|时快时慢)",
        ),
    ),
)
URGENT_RULES += (
    Rule(
        "pulse_irregular",
        "Palpitations with an irregular pulse: needs assessment today",
        "心悸伴脉搏不齐：需当天就诊",
        (("palpitations", "pulse_irregular_rf"),),
        "MTS 'Palpitations' chart 'Abnormal pulse' (yellow); nhs.uk 'Heart palpitations': ask for "
        "an urgent GP appointment or call 111 if they last a long time; nhs.uk 'Atrial "
        "fibrillation': an irregular heartbeat - see a GP; 999 with chest pain, fainting or severe "
        "breathlessness (palpitations_red)",
        level="urgent",
    ),
)
# Round 8 classes (tuning sets r8a/r8b/r8c).
CONCEPTS += (
    # blood told as pouring or gushing out: a heavy bleed unless it has stopped (heavy_bleeding)
    Concept(
        "blood_gush",
        en=(
            r"(?:spurting|gushing|pouring|streaming|pissing) (?:out )?(?:with )?blood|blood (?:is |was |came |just |started )?(?:spurting|gushing|pouring|streaming)|(?:spurted|gushed|poured) (?:out )?blood",
        ),
        zh=(
            r"喷血|血哗哗(?:地)?(?:往外)?(?:冒|流|涌|喷)|哗哗(?:地)?(?:流|冒|出)血|血(?:往外|直)(?:喷|涌|飙)",
        ),
    ),
    # stridor: a high-pitched or whistling noise on breathing in (a wheeze is on breathing out)
    Concept(
        "stridor_rf",
        en=(
            r"strid[oe]r|high[- ]pitched (?:noise|sound|whistle|squeak)[a-z ]{0,12}?(?:when|as|while|on) (?:i |he |she |they |you )?(?:breathe|breathes|breathing)(?! out)",
            r"(?:high[- ]pitched|whistl[a-z]*|squeak[a-z]*|crowing|rasping|harsh|noisy|wheez[a-z]*) (?:noise|sound|whistle|squeak)?[a-z ]{0,12}?(?:when|as|while|on) (?:i |he |she |they |you )?(?:breathe|breathes|breath|breathing|inhale|inhales|inhaling|take a breath|suck air) in",
            r"(?:high[- ]pitched|whistl[a-z]*|squeak[a-z]*|crowing|noisy) (?:noise |sound )?(?:when|as|while|on) (?:i |he |she |they |you )?(?:inhale|inhales|inhaling|breathing in)",
        ),
        zh=(
            r"喉鸣|吸气(?:时|的时候|时候)?[^，,。没不无]{0,4}(?:哨音|哨声|吹哨|呼哧|嘶嘶|咝咝|吱吱|尖(?:尖的|锐的|细的)?(?:声|响)|响声|怪声|呼呼声|(?<![没无])有声音?|带响)",
        ),
    ),
    Concept(
        "croup_bark",
        en=(
            r"bark(?:ing|y|s)? cough|cough(?:s|ing)? like a (?:seal|dog)|(?:sounds?|sounding) like a (?:seal|barking dog|dog barking)|seal-?like|croup",
        ),
        zh=(
            r"犬吠|咳嗽像(?:小)?狗叫|像(?:小)?狗叫|像(?:海豹|鸭子)叫|喉炎|哮吼",
            # "咳嗽跟小狗叫一样", "咳得跟狗叫似的" (r10y-zh-35)
            r"(?:咳|咳嗽)[^，,。]{0,4}(?:跟|和|同|好像|好似|如同)(?:小)?(?:狗|海豹|鸭子)(?:在)?叫(?:一样|似的|的声音?)?",
        ),
    ),
    # spit that cannot be swallowed (nhs.uk 'Quinsy', 'Epiglottitis')
    Concept(
        "saliva_stuck_rf",
        en=(
            r"(?:can'?t|cant|cannot|unable to|can barely|can hardly|struggling to|hard to|not able to) (?:even |really )?swallow (?:my |his |her |their )?(?:own )?(?:spit|saliva)",
        ),
        zh=(
            r"(?:咽|吞)不下(?:去)?(?:口水|唾沫|唾液)|(?:口水|唾沫|唾液)(?:都|也)?(?:咽|吞)不(?:下|进)",
        ),
    ),
    # hand, foot and mouth disease (手足口病): blisters on the palms and soles with mouth ulcers
    Concept(
        "hfmd_rf",
        en=(
            r"hand,? foot,? (?:and|&|n) mouth|\bhfmd\b|enterovirus|ev-?71|(?:blisters|spots|sores|rash) on (?:his|her|their|the) (?:palms|hands) and (?:soles|feet)",
        ),
        zh=(
            r"手足口|肠道病毒|ev71|手心脚心[^，,。]{0,8}(?:疱疹|水疱|水泡|疱|泡|疹)|手(?:上|心)(?:和|、|跟)?脚(?:上|心|底)[^，,。]{0,6}(?:疱疹|水疱|水泡|疱|疹)",
        ),
    ),
    # 易惊, startle jerks (一惊一惊), shaking limbs, myoclonus: the nervous system involved in hand,
    # foot and mouth disease (手足口病诊疗指南 2018: 第2期 神经系统受累)
    Concept(
        "hfmd_neuro",
        en=(
            r"(?:keeps |keep |kept )?(?:jerk|jerking|jerks|jolting|startl(?:e|es|ing)|twitch(?:es|ing)?)(?: awake| up)?(?: [a-z]+){0,3} (?:in (?:his|her|their) sleep|when (?:asleep|sleeping)|while sleeping)|"
            r"(?:startles|jumps|jerks|twitches) (?:all the time|a lot|constantly|easily)|(?:arms|legs|hands|limbs|hands and feet|arms and legs) (?:are |keep |keeps |were )?(?:shaking|trembling|jerking|twitching)|(?:shaking|trembling|jerky) (?:arms|legs|hands|limbs)|myoclon[a-z]*|tremor",
        ),
        zh=(
            r"一惊一惊|一惊一乍|易惊|惊跳|打激灵|(?:手脚|手|脚|四肢|肢体|胳膊|腿|身体)(?:在|一直|老是|总是|有点|发)?(?:抖|哆嗦|发抖|抽动|一抽一抽)|肢体抖动|肌阵挛",
        ),
    ),
    Concept(
        "cold_limbs",
        en=(
            r"(?:hands and feet|hands|feet|fingers|toes|arms and legs) (?:are |feel |feels |were |felt |look |looks )?(?:really |very |so |ice |icy |freezing )?(?:cold|icy|freezing)|cold (?:hands|feet|hands and feet)",
        ),
        zh=(r"手脚(?:冰)?凉|手脚冰冷|四肢(?:冰)?凉|四肢冰冷|(?:手|脚)(?:很|特别|冰)?凉|出冷汗",),
    ),
    # pain told as mild or like a period (with spotting in pregnancy: a same-day call)
    Concept(
        "pain_mild_rf",
        en=(
            r"(?:mild|slight|light|little|bit of|niggly|dull|minor|period-like|period like|period-type|period type|period-ish)(?: [a-z-]+)? (?:cramp|cramps|crampy|cramping|ache|aches|aching|pain|pains|twinges?)|"
            r"(?:cramp|cramps|crampy|ache|pains?)[a-z ,']{0,12}(?:like (?:a |my )?(?:period|time of the month)|(?:[0-3]|one|two|three) ?(?:/|out of) ?10)|(?<![0-9])[0-3] ?(?:/|out of) ?10",
        ),
        zh=(
            r"(?:轻微|有点|一点|隐隐|稍微|微微)(?:的)?(?:肚子|小肚子|下腹)?(?:疼|痛|坠|胀|抽)|(?:像|跟)(?:来)?(?:月经|例假|大姨妈)(?:一样|那样|差不多)(?:的)?(?:疼|痛|坠)?|(?<![0-9])[0-3](?:分|/10)",
        ),
    ),
)
# Round 8t classes (single-message set r8t).
CONCEPTS += (
    # a small cut (a nick while shaving, a paper cut, a tiny cut or scratch): "blood everywhere"
    # from it is no heavy bleed (nhs.uk 'Cuts and grazes': press on it; A&E if the bleeding has
    # not stopped after 10 minutes of pressure, the cut is large or deep, or blood spurts out)
    Concept(
        "minor_cut_rf",
        en=(
            r"(?:tiny|teeny|small|little|minor|wee|superficial|shallow)(?: little| tiny| small)? (?:nick|cut|scratch|graze|scrape|slice)|"
            r"(?:a|the) nick (?:on|in|to|under)|nick(?:ed)? (?:myself|himself|herself|my|his|her)|paper ?cuts?|shaving cuts?|"
            r"(?:cut|nicked|sliced|caught) (?:myself|himself|herself|my [a-z]+|his [a-z]+|her [a-z]+) (?:while |when |whilst )?shaving",
        ),
        zh=(
            r"小口子|小口|小伤口|小划痕|小划伤|一道小?口子|刮胡子|剃胡子|剃须|纸(?:划|割)|被纸|擦破(?:了)?(?:点|一点|层)?皮|蹭破(?:了)?(?:点|一点|层)?皮|破了(?:点|一点)皮",
        ),
    ),
    # ... unless it has bled for 10 minutes or more, is deep or gaping, or on a blood thinner
    Concept(
        "cut_serious_rf",
        en=(
            r"(?:(?:over|more than|at least|about|nearly|almost) )?(?:1\d|[2-9]\d|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty)(?: or so)? ?(?:min(?:ute)?s?)(?! ago)|half an? hour|(?:an|one|two|three|a couple of|a few|several) hours?(?! ago)|ages",
            r"deep|gaping|gash|wide open|(?:can|could) see (?:the )?(?:fat|bone|tendon)|spurt[a-z]*|pumping|pulsing|squirt[a-z]*|h(?:a)?emophilia",
        ),
        zh=(
            r"(?:十|二十|三十|四十|五十|六十|十几|二十几|几十|1\d|[2-9]\d)(?:多)?分钟|半(?:个)?(?:多)?小时|(?:一|两|几|1|2)个?(?:多)?小时|很深|深可见骨|口子(?:很|特别)?(?:大|深)|皮肉翻开|喷(?:血|出来)|往外喷|血友病",
        ),
    ),
    # a blocked nose: "can't breathe" told with it is the nose (nhs.uk 'Common cold', 'Sinusitis':
    # a blocked or runny nose, self care) unless a sign of breathlessness comes with it
    Concept(
        "nose_blocked_rf",
        en=(
            r"(?:nose|nostrils?|sinus(?:es)?)(?: is| are|'s)?(?: [a-z]+){0,2}? (?:blocked|stuffed|stuffy|bunged|congested|clogged|plugged|full|stopped up)|"
            r"(?:blocked|stuffed|stuffy|bunged|congested|clogged|plugged)(?:[- ]up)? (?:nose|nostrils?|sinus(?:es)?)|nasal congestion|"
            r"(?:breathe|breath|breathing|get (?:any )?air) (?:in |out )?(?:through|thru|out of|from|with) (?:my |his |her |their |your |the |one )?(?:nose|nostrils?)",
        ),
        zh=(
            r"鼻塞|鼻子(?:完全|全|都|彻底|有点|很|特别|一直)?(?:堵|塞|不通|不透气|不通气)|鼻孔(?:都)?(?:堵|塞|不通)|(?:用)?鼻子(?:都)?(?:不能|无法|没法)(?:呼吸|喘气)|鼻子(?:呼吸不了|喘不[过上]气|透不过气)",
        ),
    ),
    # round 12 (h11-en-04): a blocked nose told without the word nose, as a cold is told ("I'm
    # all bunged up", "completely blocked up", "stuffed up"): _nose_only_breath takes it for the
    # nose only where no other part (a chest, throat or airway) is named in the message. Chinese
    # has no bare form: 堵 without 鼻 is as often the chest (胸口堵) and keeps the breath words.
    Concept(
        "nose_blocked_bare_rf",
        en=(
            r"(?:i'?m|i am|im|am|all|completely|totally|so|really|properly|fully|badly|very) (?:blocked|bunged|stuffed)[- ]up",
        ),
    ),
    # "can't breathe" told bare, as a cold's blocked nose is told: the signs of breathlessness
    # (gasping, struggling, blue lips, broken speech) are not in it
    Concept(
        "breath_bare_rf",
        en=(
            r"(?:can'?t|cannot|can not|unable to|couldn'?t) (?:breathe|breath|get (?:any )?air)|(?:can|could) (?:barely|hardly) (?:breathe|breath)",
            r"(?:trouble|difficulty|difficult|hard|problems?) (?:to )?breath(?:e|ing)?|breathing (?:is )?(?:hard|difficult)",
        ),
        zh=(
            r"(?:完全)?喘不[过上]气(?:来)?|(?:完全)?(?:不能|无法|没法)呼吸|呼吸不了|喘不了气|吸不[上进]气|透不过气|上不来气|呼吸困难|憋气|气不够用",
        ),
    ),
)
# last resort (EXTRA_RULES): they speak where no rule or registered screen does
EXTRA_RULES += (
    Rule(
        "throat_airway",
        "A sore throat with noisy, high-pitched breathing (airway narrowing)",
        "咽痛伴吸气时喉鸣（气道狭窄）",
        (
            (
                "stridor_rf",
                "sore_throat_rf|drooling_rf|trismus_rf|muffled_voice_rf|saliva_stuck_rf",
                "!croup_bark",
            ),
        ),
        "nhs.uk 'Sore throat', 'Tonsillitis' and 'Quinsy': call 999 or go to A&E if you are "
        "making a high-pitched sound as you breathe (stridor) or have difficulty breathing; MTS "
        "'Sore throat' / 'Shortness of breath' charts, discriminator 'Stridor' (orange); ESI v4 "
        "level 2 (airway threat). A barking cough with stridor is croup (urgency.py, urgent)",
    ),
    Rule(
        "hfmd_severe",
        "Hand, foot and mouth disease with startle jerks, shaking limbs, or drowsiness with vomiting, fast breathing or cold hands and feet",
        "手足口病伴易惊、肢体抖动，或精神差伴呕吐、呼吸急促、手脚凉（重症表现）",
        (
            ("hfmd_rf", "hfmd_neuro"),
            ("hfmd_rf", "very_drowsy|child_unresponsive", "nausea_any|fast_breathing|cold_limbs"),
            ("hfmd_rf", "fast_breathing", "cold_limbs"),
        ),
        "国家卫生健康委 手足口病诊疗指南(2018年版): 重症病例早期识别 - 持续高热、精神差、呕吐、"
        "易惊、肢体抖动、无力, 呼吸心率增快, 出冷汗、四肢末梢发凉 -> 重症 (第2-3期), 立即就医; "
        "nhs.uk 'Hand, foot and mouth disease' / 'Sepsis' in children: 999 for a child who is "
        "very sleepy, breathing fast or has cold hands and feet; MTS 'Altered conscious level'",
    ),
)
URGENT_CODES: frozenset[str] = frozenset(rule.code for rule in URGENT_RULES)

# A set, not a frozenset: `register_message_screen` adds the codes of the rules it brings.
RULE_CODES: set[str] = {rule.code for rule in RULES}
RULE_CODES.update(rule.code for rule in EXTRA_RULES)
_RULES_BY_CODE = {rule.code: rule for rule in RULES + EXTRA_RULES + URGENT_RULES}

# Further emergency screens of the patient's messages, registered by the modules that own them
# (urgency.py registers its emergency discriminators: sepsis, carbon monoxide, a cold white limb,
# urinary retention...). They speak where the rules above are silent, so that an emergency told
# in the first message in words no rule here knows still raises a flag at once (issue 8).
_MESSAGE_SCREENS: list[Callable[[Sequence[str]], Iterable[str]]] = []


def register_message_screen(
    rules: Sequence[Rule], screen: Callable[[Sequence[str]], Iterable[str]]
) -> None:
    """Add an emergency screen: `screen(messages)` returns codes of `rules` (or of RULES)."""
    for extra in rules:
        if extra.code not in _RULES_BY_CODE:
            _RULES_BY_CODE[extra.code] = extra
            RULE_CODES.add(extra.code)
    _MESSAGE_SCREENS.append(screen)


_MATCHER = ConceptMatcher(CONCEPTS, spelling=fuzzy.correct, scope=context.scope)


@dataclass(frozen=True)
class RedFlag:
    code: str
    label_en: str
    label_zh: str
    matched: str  # the triggering phrase(s) from the patient's text
    level: str = "emergency"

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


# Exclusions read over the whole conversation, not only the messages that raised the term: a
# Bell's palsy sign told first ("my eye won't close") still explains the face said later.
# A sore throat told first explains the muffled voice said later (quinsy).
# An ordinary cause of black stools (iron tablets in the medication answer) or a chest-wall strain
# told in another message counts for the whole conversation.
_CONVERSATION_EXCLUSIONS = frozenset(
    {
        "bells_features",
        "sore_throat_rf",
        "black_stool_cause",
        "chest_wall_press",
        "chest_strain_cause",
        "chest_weeks_rf",
        "bleeding_stopped",
        "nose_bleed_word",
        # back pain told in any message explains one numb leg (sciatica), and a fish bone told
        # first explains the "can't cough it out" of a later answer
        "sciatic_source",
        "cervical_source",
        "bone_in_throat",
        # a trapped nerve in the neck told in any answer explains one numb hand; a faint's
        # ordinary trigger (a blood test, the sight of a needle) explains the faint of an answer
        "neck_radic_rf",
        "faint_trigger",
        # a hand numb at night and shaken awake told in any answer (carpal tunnel, nhs.uk: GP)
        "carpal_tunnel_rf",
        # a panic attack's bounded course told in another answer ("each one lasts 10-15 min then
        # goes completely"; nhs.uk 'Panic disorder')
        "episode_bounded",
        # a sore, red breast told in any answer: the fever is the nursing mother's (mastitis,
        # nhs.uk 'Mastitis': GP / 111 the same day), not her baby's, whose age she gives
        "breast_symptom",
        # a baby who still smiles and plays when fevered responds to social cues (NICE NG143
        # traffic light, green): "not herself" is no altered mental state
        "child_social_ok",
        # a chest infection (a cough with phlegm, a fever, pneumonia) told in any answer is what
        # the pain on breathing in of another is about (nhs.uk 'Pleurisy', 'Pneumonia')
        "resp_infection_rf",
        # a goodbye post explained in any answer by a move, a party or a graduation
        "farewell_benign",
        # fluids not staying down told in any answer: the hours without pee of another are a
        # body making no urine (nhs.uk 'Dehydration'), not a retention (urinary_retention_acute)
        "vomit_persistent",
    }
)


@functools.cache
def when_triggers(when: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """Concepts of which at least one must be present for a `when` (of a rule here or of an
    urgency discriminator) to hold: every chat message is screened, and most rules share no
    concept with it. None when a term asks only for absences."""
    options: set[str] = set()
    for term in when:
        positive = [c for item in term if not item.startswith("!") for c in item.split("|")]
        if not positive:
            return None
        options.update(positive)
    return frozenset(options)


def _evaluate(
    affirmed: dict[str, str],
    rules: Sequence[Rule] = RULES,
    everything: dict[str, str] | None = None,
) -> list[RedFlag]:
    flags: list[RedFlag] = []
    for rule in rules:
        triggers = when_triggers(rule.when)
        if triggers is not None and triggers.isdisjoint(affirmed):
            continue
        for term in rule.when:
            phrases: list[str] = []
            for item in term:
                if item.startswith("!"):  # the term needs this concept absent
                    names = item[1:].split("|")
                    if any(c in affirmed for c in names) or (
                        everything is not None
                        and any(c in everything for c in names if c in _CONVERSATION_EXCLUSIONS)
                    ):
                        break
                    continue
                hit = next((affirmed[c] for c in item.split("|") if c in affirmed), None)
                if hit is None:
                    break
                phrases.append(hit)
            else:
                matched = " + ".join(phrases)
                flags.append(RedFlag(rule.code, rule.label_en, rule.label_zh, matched, rule.level))
                break
    return flags


# States that last: "a positive pregnancy test last week" still means pregnant now, so a past-time
# cue does not retire them (a negation still does).
# A trip to a malaria area is told as past ('back from Ghana last week') and counts for a year
# (nhs.uk 'Malaria').
_LASTING_STATES = frozenset(
    {"pregnant", "late_period", "malaria_travel_rf", "dengue_travel_rf", "travel_fever_en_rf"}
)


# Someone else's suicide told as news, a film, a documentary or a book (r7t-en-081, r7t-zh-001:
# "read about a suicide in the news", "看新闻说有人自杀"): the writer's experience of it, not their
# own suicidal thoughts (nhs.uk 'Help for suicidal thoughts' is about the writer's own thoughts;
# ConText experiencer, Harkema et al. 2009). The event is a suicide with its determiner ("a
# suicide", "the suicides", "his suicide", 有人自杀, 明星自杀, 关于自杀的纪录片) in a sentence that tells
# where it was read, heard or seen; "suicidal", "thinking about suicide", "I want to commit
# suicide", "a suicide note or plan", 想自杀 or 我也想自杀 are the writer's and stay.
_MEDIA_EN = (
    r"news|newspapers?|papers?|articles?|headlines?|documentar(?:y|ies)|films?|movies?|tv|telly|television|"
    r"programmes?|programs?|shows?|series|episodes?|books?|novels?|podcasts?|online|internet|social media|"
    r"twitter|tiktok|facebook|instagram|youtube|reddit|read|reading|heard|hearing|saw|seen|watched|watching"
)
_OTHERS_SUICIDE_EN = re.compile(
    r"(?<![a-z'])(?:a|an|the|another|his|her|their|someone'?s|somebody'?s|[a-z]+'s)(?: [a-z]+){0,2}? suicides?"
    r"(?! (?:note|letter|plan|pact|attempt|bid|method|thought|idea|risk|hotline|line|helpline)s?(?![a-z]))"
    r"|(?<![a-z'])suicides(?![a-z])"
    r"|(?<![a-z'])(?:someone|somebody|a (?:man|woman|boy|girl|guy|lad|student|teenager|teen|kid|celebrity|singer|actor|actress|footballer|player|mother|father|mum|dad)|an actor|an actress|people)"
    r"(?: who| that)?(?: had)? (?:committed|comitted|died by|died of|attempted) suicide",
    re.IGNORECASE,
)
_MEDIA_EN_RE = re.compile(rf"(?<![a-z])(?:{_MEDIA_EN})(?![a-z])", re.IGNORECASE)
# ... and someone else's, told with no news at all: "someone at my work committed suicide",
# "there was a suicide at my school", 学校有人自杀了, 有个明星自杀了 (他/她 stay: a carer tells of
# the patient that way)
_OTHERS_SUICIDE_ANY = re.compile(
    r"(?<![a-z'])(?:someone|somebody|a (?:man|woman|boy|girl|guy|lad|student|teenager|teen|celebrity)|people)(?: [a-z]+){0,3}? (?:committed|comitted|died by) suicide"
    r"|(?<![a-z'])(?:a|another) suicide (?:at|in|on|near|outside) (?:my|our|the|a|his|her) "
    r"|(?:有人|有个人|某人|别人|明星|网红)(?:(?![想要我])[^，,。\s]){0,3}?(?:自杀|轻生|跳楼|跳河|上吊|卧轨)"
    # a friend's, a colleague's or a classmate's attempt or death (同事上周自杀未遂, 朋友前几天自杀了,
    # 我同学跳楼了); what they say they want (朋友说他想自杀) stays
    r"|(?:同事|朋友|同学|邻居|室友|舍友|闺蜜|哥们)(?:(?![想要我说讲])[^，,。\s]){0,4}?(?:自杀|轻生|跳楼|跳河|上吊|卧轨)",
    re.IGNORECASE,
)
_MEDIA_ZH = r"新闻|报道|报纸|电影|纪录片|电视剧?|节目|文章|小说|书里|书上|视频|网上|微博|抖音|热搜|朋友圈|看到|看了|听说|刷到"
_OTHERS_SUICIDE_ZH = re.compile(
    r"(?:有人|有个人|一个人|某人|别人|明星|网红|演员|歌手|学生|主角|主人公|男主|女主|他|她|一个[^，,。\s我]{1,4})(?:(?![想要我])[^，,。\s]){0,3}?"
    r"(?:跳楼|跳河|上吊|卧轨|轻生)?(?:自杀|轻生|跳楼|跳河|上吊|卧轨)"
    r"|关于(?:自杀|轻生)的|(?:自杀|轻生|跳楼)(?:的)?(?:新闻|报道|事件|案子?|电影|纪录片|视频|文章)",
)


def _others_suicide(text: str, start: int, end: int) -> bool:
    """True when the suicide mention text[start:end] is someone else's told from the news or a
    film (see _OTHERS_SUICIDE_EN): the event inside its sentence with where it was read or seen."""
    sentence_start, sentence_end = _sentence_span(text, start, end)
    sentence = text[sentence_start:sentence_end]
    offset = start - sentence_start
    for m in _OTHERS_SUICIDE_ANY.finditer(sentence):
        if m.start() <= offset + (end - start) and m.end() >= offset:
            return True
    for pattern, media in ((_OTHERS_SUICIDE_EN, _MEDIA_EN_RE), (_OTHERS_SUICIDE_ZH, None)):
        for m in pattern.finditer(sentence):
            if m.start() <= offset + (end - start) and m.end() >= offset:
                if media is None:
                    if re.search(_MEDIA_ZH, sentence) and not re.search(
                        r"[想要](?:去|要)?(?:自杀|死)|我(?:也)?(?:想|要)",
                        sentence[m.start() : m.end()],
                    ):
                        return True
                elif media.search(sentence):
                    return True
    return False


# round 9z: a Chinese denial of self-harm told with 不想/不会/不打算 ("情绪还行，不想伤害自己",
# "我不会伤害自己", "不打算自杀"): lang.py's negation leaves 不想 out, since "不想吃" and "不想活"
# report a symptom; before a self-harm mention it is the screening answer "no" (nhs.uk 'Help for
# suicidal thoughts' asks about the writer's own thoughts). "不想活" itself is the mention and
# stays; a turn after it ("不想伤害自己，可是控制不住") keeps the mention.
_ZH_SELF_HARM_DENIAL = re.compile(
    r"(?:不想|不愿意?|不会|不打算|没打算|不准备|不敢|绝不|绝对不|决不|从不)(?:会|想|要|去|再|真的?|说)?(?:去|要)?$"
)
_ZH_DENIAL_TURN = re.compile(r"但|可是|不过|控制不住|忍不住|管不住|还是想|又想")


def _self_harm_denied(text: str, start: int, end: int) -> bool:
    """True when the self-harm mention text[start:end] follows a Chinese denial in its clause
    and no turn follows it in its sentence."""
    if not _ZH_SELF_HARM_DENIAL.search(text[max(0, start - 8) : start]):
        return False
    return not _ZH_DENIAL_TURN.search(text[end : _sentence_span(text, start, end)[1]])


# Concepts that are denials themselves ("no plan", "没有计划"): a negation before them in the
# clause is the clause's other denial ("better off without me, no plan": the list negation of
# "without" reaches over the comma), not a double negative, so only the past retires them.
_OWN_DENIALS = frozenset({"suicide_no_plan"})


# A relative's heart condition told before the writer's own symptom ("my mum has a heart
# condition, I get palpitations", "我妈有心脏病 我偶尔心慌") is not the writer's (ConText
# experiencer); told of the patient a carer writes about ("my son has a heart condition and his
# heart is racing") it stays.
_RELATIVE_EN = re.compile(
    r"(?<![a-z])(?:my|our) (?:mum|mom|mother|dad|father|husband|wife|partner|brother|sister|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|nan|aunt|auntie|uncle|friend|boss|colleague|cousin)(?![a-z])",
    re.IGNORECASE,
)
_RELATIVE_ZH = re.compile(
    r"(?:老妈|老爸|妈妈|爸爸|我妈|我爸|老公|老婆|爱人|丈夫|妻子|媳妇|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|哥哥|姐姐|弟弟|妹妹|叔叔|阿姨|舅舅|姑姑|同事|朋友|家里人)"
)
_WRITER_AFTER = re.compile(
    r"(?<![a-z'])(?:i|i'm|im|i've|ive)(?![a-z'])|我(?!妈|爸|老|家|们|的(?:妈|爸|老))", re.IGNORECASE
)


def _relatives_condition(text: str, start: int, end: int) -> bool:
    clause = text[_clause_start(text, start) : start]
    if not (_RELATIVE_EN.search(clause) or _RELATIVE_ZH.search(clause)):
        return False
    return bool(_WRITER_AFTER.search(text, end))


# A relative's heart attack told as what happened to them ("my uncle had a heart attack so i'm a
# bit paranoid", "my dad died of a heart attack", 我舅舅心梗走的 我有点担心) is family history, not a
# chest emergency of the writer's (ConText experiencer, Harkema et al. 2009; nhs.uk 'Heart
# attack' is about the person having one now). Told in the past with the writer's own worry after
# it, or as a death; one happening now or just now ("my dad is having a heart attack", "my mum
# had a heart attack an hour ago", 我爸刚才心梗了) is the patient a carer writes about and stays.
_RELATIVE_PAST_EN = re.compile(
    r"(?<![a-z])(?:had|has had|'s had|suffered|died (?:of|from|after)|passed away (?:of|from|after|with)|"
    r"lost to|dead from|killed by)(?: (?:a|an|his|her|their|massive|big|major|fatal|sudden|bad|serious))*"
    r"(?: [a-z]+)? ?$",
    re.IGNORECASE,
)
_RELATIVE_DEATH = re.compile(
    r"(?<![a-z])(?:died|passed away|dead|killed|lost (?:him|her|them))(?![a-z])"
    r"|(?:走的|走了|去世|过世|没了|死了?|离世|不在了)",
    re.IGNORECASE,
)
_RELATIVE_PAST_ZH = re.compile(r"(?:得过|犯过|发过|有过|因为?|是)$")
_RECENT_EVENT = re.compile(
    r"(?<![a-z])(?:just|now|right now|today|tonight|this (?:morning|afternoon|evening)|"
    r"(?:an?|one|two|few|\d+) (?:minutes?|mins?|hours?|hrs?) ago|earlier|ambulance|999|what (?:do|should) (?:i|we) do)(?![a-z])"
    r"|刚才|刚刚|刚|现在|今天|今早|早上|晚上|正在|救护车|120|怎么办",
    re.IGNORECASE,
)


# round 11 (r11u-en-32): the relative named bare at the start of the clause, as a history answer
# lists the family ("Dad had a stroke at 70", "Mum had a heart attack in her sixties") ...
_RELATIVE_BARE_EN = re.compile(
    r"^\s*(?:mum|mom|mother|dad|father|husband|wife|partner|brother|sister|gran|granny|grandma|grandad|"
    r"grandpa|grandmother|grandfather|nan|aunt|auntie|uncle)(?![a-z])",
    re.IGNORECASE,
)
# ... and the event dated by the relative's age then or by years gone ("at 70", "aged 65", "when
# he was 68", "in his sixties", "years ago", 70岁那年, 前几年): family history (nhs.uk 'Stroke' and
# 'Heart attack' name a close relative's as a risk factor for a GP check, not a 999 call). "at 10"
# with am/pm or o'clock is a time of day, and a recent time in the sentence keeps the event.
_RELATIVE_AGE_THEN = re.compile(
    r"^[^.!?。！？]{0,12}?(?<![a-z])(?:at (?:the age of |age )?\d{2}(?! ?(?:am|pm|a\.m|p\.m|o'?clock|:|h(?:rs?)?\b|mins?|minutes?))|"
    r"aged? \d{2}|when (?:he|she|they) (?:was|were) (?:\d{2}|in (?:his|her|their) [a-z0-9]+s)|"
    r"in (?:his|her|their) (?:\d0s|forties|fifties|sixties|seventies|eighties|nineties)|"
    r"(?:\d+|a few|few|two|three|four|five|several|some|many) years ago|years ago|last year|years back)(?![a-z])",
    re.IGNORECASE,
)
_RELATIVE_AGE_THEN_ZH = re.compile(
    r"(?:\d{2}|[五六七八九]十(?:多|几)?)岁(?:的时候|时|那年|那会儿?)[^，,。]{0,3}$|(?:前几年|好几年前|几年前|那年|早年)[^，,。]{0,3}$"
)


# round 12 (r12c-en-04): a carer telling who they look after ("I look after my husband who had a
# stroke", "照顾中风的老爸") names the relative's lasting condition, not a stroke now: the
# writer's own complaint is what they write about (nhs.uk 'Carers' health'; ConText experiencer).
# A time that makes it new ("who had a stroke this morning", 刚中风) keeps the event.
_CARER_BEFORE = re.compile(
    r"(?<![a-z])(?:look(?:ing)? after|looks after|car(?:e|es|ing) for|carer (?:for|of|to)|nurs(?:e|ing))"
    r"(?: (?:my|our|his|her))? ?$|(?:照顾|伺候|护理|照看)(?:家里|家中|我)?(?:的)?$",
    re.IGNORECASE,
)
_CARED_KIN_ZH = re.compile(
    r"(?:了|过)?(?:后|之后)?(?:的)?(?:老爸|老妈|爸爸|妈妈|我爸|我妈|老公|老婆|爱人|丈夫|妻子|奶奶|爷爷|外婆"
    r"|外公|姥姥|姥爷|婆婆|公公|父亲|母亲|老伴|老人)"
)


def _relatives_past_event(text: str, start: int, end: int) -> bool:
    """A relative's heart attack or stroke told as family history, not happening now."""
    sentence_start, sentence_end = _sentence_span(text, start, end)
    sentence = text[sentence_start:sentence_end]
    before = text[_clause_start(text, start) : start]
    if (
        _CARER_BEFORE.search(text[max(0, start - 8) : start])
        and _CARED_KIN_ZH.match(text, end)
        and not _RECENT_EVENT.search(sentence)
    ):
        return True
    relative = (
        _RELATIVE_EN.search(before)
        or _RELATIVE_ZH.search(before)
        or _RELATIVE_BARE_EN.search(before)
    )
    if not relative or _RECENT_EVENT.search(sentence):
        return False
    between = before[relative.end() :].strip()
    past = _RELATIVE_PAST_EN.search(between) or _RELATIVE_PAST_ZH.search(between)
    if past and _CARER_BEFORE.search(before[: relative.start()]):
        return True
    after = text[end:sentence_end]
    death = _RELATIVE_DEATH.search(between) or _RELATIVE_DEATH.search(after[:8])
    if death:
        return True
    if past and _RELATIVE_AGE_THEN.search(after):
        return True
    if _RELATIVE_AGE_THEN_ZH.search(between):
        return True
    return bool(past) and bool(_WRITER_AFTER.search(text, end))


# The name of an emergency told as a scare or as what a search turned up ("heart attack scares
# googling", "googled it and now I'm convinced it's a stroke", "网上查了说是心梗的前兆"): a worry
# the writer has, not a symptom (ConText 'hypothetical'; nhs.uk 'Health anxiety': checking
# symptoms online). The symptoms told with it are screened as they are; "I think I'm having a
# heart attack" and "he's having a stroke" stay.
_SCARE_AFTER = re.compile(
    r"^(?:s)?(?: |-)?(?:scares?|scare stories|paranoia|anxiety|worr(?:y|ies))(?![a-z])|^(?:的)?(?:前兆|征兆|先兆)",
    re.IGNORECASE,
)
_SEARCHED = re.compile(
    r"(?<![a-z])(?:googl[a-z]*|searched|searching|looked (?:it |them |this )?up|looking (?:it |them |this )?up|"
    r"read (?:up )?(?:online|on the internet)|dr\.? google|online|the internet|web ?md|tiktok|youtube|forums?)(?![a-z])"
    r"|百度|上网|网上|搜了|搜到|查了(?:一下)?(?:资料|网上)|小红书|抖音",
    re.IGNORECASE,
)
_HAVING_NOW = re.compile(
    r"(?<![a-z])(?:(?:am|is|i'?m|he'?s|she'?s|they'?re|are) (?:having|getting)|having one|going through)(?![a-z])"
    r"|正在|在犯|在发|犯了|发作了|(?:觉得|感觉)(?:我|自己)?(?:是|在|得了|像)",
    re.IGNORECASE,
)


# ... or asked as a question about what the symptoms told might be ("could this be a mini stroke??",
# "is this anaphylaxis??", "heart attack or something??"): the symptoms decide (r9a-en-06/11/25)
_ASKED_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:is|was) (?:this|it|that)|could (?:this|it|that|these) be|might (?:this|it) be|"
    r"can (?:this|it) be|(?:is|was) (?:this|it|that) (?:a )?(?:sign|symptom)s? of)"
    r"(?: an?| the| like an?)?(?: mini| minor| small| silent| early| mild)?[ -]*$",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(
    r"^\s*or (?:something|what|anything|not|just [a-z ]+)\s*\?", re.IGNORECASE
)


# A strong sign told with the question keeps the name: "my mum can't lift her arm, could it be a
# stroke?" is FAST's arm weakness asked about (nhs.uk 'Stroke': call 999), not a fear.
_ASKED_STRONG_SIGN = re.compile(
    r"(?<![a-z])(?:can'?t|cannot|unable to|couldn'?t) (?:lift|raise|move|use|feel) (?:his|her|my|their|one|the)|"
    r"slurr[a-z]*|droop[a-z]*|(?:face|mouth) (?:has )?(?:dropped|fallen|gone lopsided)|can'?t (?:speak|talk|get (?:his|her|my) words out)|"
    r"crushing|throat (?:is )?(?:closing|swelling|tight)|(?:lips|tongue) (?:are |is )?swell[a-z]*|swollen (?:lips|tongue)|"
    r"抬不起|举不起|动不了|说不出话|口齿不清|嘴(?:巴)?歪|喉咙(?:发紧|肿)|嘴唇肿|舌头肿",
    re.IGNORECASE,
)


# An earlier pregnancy, over ("had piles when I was pregnant with my son", "during my last
# pregnancy", "怀老大的时候", "两年前怀孕时"): history, not a pregnancy now, though pregnancy is a
# lasting state a past-time cue alone does not retire ("positive test last week"). nhs.uk 'Piles':
# piles are common in pregnancy - a past pregnancy is the piles' story, not a bleed in pregnancy.
_EARLIER_PREGNANCY_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:when|while|back when|whilst) (?:i|she|my wife|my partner) (?:was|were) "
    r"|(?<![a-z])(?:during|in|with|after) (?:my|her) (?:last|previous|first|other|earlier|older|past|"
    r"\d|two|three|four) |"
    r"(?:以前|之前|上次|上一次|当年|那年|那时|那时候|(?:\d{1,2}|[一二两三四五六七八九十几]{1,3})年前)(?:在|刚)?)$",
    re.IGNORECASE,
)
_EARLIER_PREGNANCY_AFTER = re.compile(
    r"^[^.?!,;]{0,25}?(?<![a-z])(?:(?:\d+|a few|few|two|three|four|five|several|some|many|couple of) years? ago|"
    r"years ago|last year)(?![a-z])"
    # "怀孕的时候得过痔疮，现在孩子两岁了": the child of that pregnancy is born
    r"|^(?:的)?(?:时候|时|那会儿?|那年|期间)"
    r"(?=[^。]{0,30}(?:现在|已经|如今)[^。]{0,6}(?:\d{1,2}|[一二两三四五六七八九十几]{1,3})(?:岁|个月))",
    re.IGNORECASE,
)


def _earlier_pregnancy(text: str, start: int, end: int) -> bool:
    """Whether the pregnancy mentioned at text[start:end] is an earlier one, now over."""
    if _EARLIER_PREGNANCY_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    return bool(_EARLIER_PREGNANCY_AFTER.match(text[end : end + 60]))


def _asked_name(text: str, start: int, end: int) -> bool:
    asked = bool(_ASKED_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        _ASKED_AFTER.search(text[end : end + 40])
    )
    return asked and not _ASKED_STRONG_SIGN.search(text)


def _searched_or_scare(text: str, start: int, end: int) -> bool:
    if _SCARE_AFTER.search(text[end:]) or _asked_name(text, start, end):
        return True
    sentence_start, sentence_end = _sentence_span(text, start, end)
    sentence = text[sentence_start:sentence_end]
    return bool(_SEARCHED.search(sentence)) and not _HAVING_NOW.search(
        text[sentence_start:start][-30:]
    )


# round 9z: the name of an emergency asked as a fear or a question ("会不会马上中风心梗？",
# "是不是面瘫了？会不会是中风啊", "怕是心梗", "am I going to have a heart attack?", "could it be a
# stroke?"): a worry, not a symptom (ConText 'hypothetical'; nhs.uk 'High cholesterol' and 'Bell's
# palsy': a GP, 999 only for the signs themselves). The symptoms told with it are screened as they
# are ("我怕是心梗，胸口压着疼出冷汗" fires on the chest pain and sweat); a sudden or ongoing event
# told in the same message ("我爸突然说话不清楚，是不是中风了", "I think I'm having a stroke") keeps
# the name.
_FEARED_NAME_ZH = re.compile(
    r"(?:会不会|是不是|该不会|难道|怕是|怕|担心|害怕|怀疑|可能是|不会是|万一|容易|风险|以为)"
    r"(?:是|得了?|有|要|会|马上|立刻|以后|将来|哪天|突然|就|引起|导致|发生)*[^，,。？?！!；;]{0,3}$"
)
_FEARED_NAME_EN = re.compile(
    r"(?<![a-z])(?:(?:could|might|can|would|will) (?:it|this|that) be|is (?:it|this|that)|"
    r"(?:am i|will i|are we|is (?:he|she)) (?:going to|gonna|about to|likely to)? ?(?:have|get|be having)|"
    r"(?:worried|scared|afraid|terrified|paranoid|anxious|frightened|fear|fearing|petrified)(?: that)? "
    r"(?:i'?ll|i will|i might|i could|i'?m going to|i am going to|he'?ll|she'?ll|of)(?: have| having| get| getting)?|"
    r"what if (?:it'?s|it is|i have|i get)|risk of|chance of|chances of|prone to|"
    # round 11 (r11u-en-13): the fear the writer had at the time ("I thought I was having a stroke",
    # "was convinced he was having a heart attack"): the symptoms told decide, as for a fear now
    r"(?:thought|was sure|was convinced|was scared|was worried|was afraid|panicked)(?: that)? "
    r"(?:i|he|she|they|my [a-z]+) (?:was|were) (?:having|going to have|about to have))(?: a| an| mini)? ?$",
    re.IGNORECASE,
)
_EVENT_NOW = re.compile(
    r"(?<![a-z])(?:suddenly|all of a sudden|just now|right now|is having|am having|i'?m having|"
    r"he'?s having|she'?s having)(?![a-z])|突然|一下子|忽然|刚才|刚刚|正在",
    re.IGNORECASE,
)

# ... and told with no symptom of its own in the message: a body part or sign of the emergency
# keeps the name ("my mum can't lift her arm, could it be a stroke?"). A face alone is not one for
# a stroke: the face-droop rules decide a droop (Bell's palsy or FAST).
_FEARED_SYMPTOM = {
    "heart_attack": re.compile(
        r"(?<![a-z])(?:chest|pain|pressure|tight[a-z]*|sweat[a-z]*|breath[a-z]*|jaw|arm|heav[a-z]*|"
        r"squeez[a-z]*|crush[a-z]*|sick|faint[a-z]*)(?![a-z])|胸|心口|心前区|冷汗|出汗|疼|痛|闷|憋|气短|喘|压着|晕",
        re.IGNORECASE,
    ),
    "stroke_words": re.compile(
        r"(?<![a-z])(?:arms?|legs?|hands?|speech|speak[a-z]*|talk[a-z]*|words?|slurr[a-z]*|vision|see|"
        r"numb[a-z]*|weak[a-z]*|dizz[a-z]*|balance|walk[a-z]*|confus[a-z]*|lift)(?![a-z])"
        r"|手|脚|胳膊|腿|肢|说话|口齿|舌头|看不见|看不清|视力|麻|没劲|无力|没力|走路|站不稳|头晕|糊涂|听不懂",
        re.IGNORECASE,
    ),
}


# round 10 (r10a-zh-14): a spin that comes on turning over, lying down or getting up and is gone
# within the minute is benign paroxysmal positional vertigo (nhs.uk 'Benign paroxysmal positional
# vertigo': brief attacks set off by moving the head - see a GP), not the dizziness of a stroke
# (nhs.uk 'Stroke': sudden dizziness with other signs). Told with both its trigger and its
# brevity, it is no symptom that keeps a feared "脑梗" / "stroke" a finding; every other sign does.
_POSITIONAL_SPIN = re.compile(
    r"(?:翻身|起床|躺下|一躺|坐起|起身|低头|抬头|仰头|转头|扭头|回头|弯腰|转脖子)[^，,。]{0,6}?(?:天旋地转|头晕|头昏|眩晕|晕|转)(?:的头晕|得厉害)?"
    r"|(?<![a-z])(?:(?:roll|rolling|rolled|turn|turning|turned) over|(?:turn|turning|turned|move|moving|moved) my head|(?:lie|lying|lay) down|"
    r"(?:get|getting|got) (?:up|out of bed)|(?:sit|sitting|sat) up|(?:look|looking|looked) up|(?:bend|bending|bent) (?:down|over))"
    r"[a-z ,']{0,30}?(?:spin[a-z]*|dizz[a-z]*|vertigo)(?![a-z])"
    r"|(?<![a-z])(?:spin[a-z]*|dizz[a-z]*|vertigo)[a-z ,']{0,30}?(?:when|whenever|as|if) (?:i |he |she )?(?:roll|turn|lie|lay|get up|sit up|look up|bend|move my head)[a-z]*(?![a-z])",
    re.IGNORECASE,
)
_SPIN_BRIEF = re.compile(
    r"(?:几秒|十几秒|几十秒|二三十秒|半分钟|一分钟(?:以内|之内|不到)|不到(?:一|1)分钟|一会儿?)(?:钟)?(?:就|便)?(?:好|停|过去|没事|缓过来)"
    r"|(?:不到|没有|没)(?:一|1)分钟(?:就)?(?:停|好|过去)?"
    r"|(?<![a-z])(?:(?:a )?few|couple of|\d+|ten|twenty|thirty) seconds|(?:less than|under) a minute(?![a-z])",
    re.IGNORECASE,
)


def _feared_condition(text: str, start: int) -> bool:
    """round 11 (r11u-en-31): a heart attack or heart problem feared ("I'm scared I'm going to have
    a heart attack", "担心是心脏病") is no known heart condition (nhs.uk 'Heart palpitations' means
    a history of heart problems); the symptoms told are screened as they are."""
    before = text[max(0, start - 60) : start]
    return bool(_FEARED_NAME_ZH.search(before[-14:]) or _FEARED_NAME_EN.search(before))


def _feared_name(text: str, concept: str, start: int) -> bool:
    """True when the emergency's name at `start` is asked as a fear or a question, and the
    message tells neither a symptom of it nor a sudden or ongoing event."""
    before = text[max(0, start - 60) : start]
    if not (_FEARED_NAME_ZH.search(before[-14:]) or _FEARED_NAME_EN.search(before)):
        return False
    symptoms = text
    if concept == "stroke_words" and _SPIN_BRIEF.search(text):
        symptoms = _POSITIONAL_SPIN.sub(" ", text)
    return not (_EVENT_NOW.search(text) or _FEARED_SYMPTOM[concept].search(symptoms))


# Sweat that soaks the sheets or the clothes (night sweats, hot flushes, a fever) is no bleed:
# nhs.uk 'Menopause' (hot flushes and night sweats: see a GP) and 'Night sweats' (GP). The soaking
# is the sweat's when a sweat word stands next to it in the sentence with no period between them,
# no blood or bleeding is told in the sentence, and what is soaked is no pad, tampon or dressing.
_SOAK_START = re.compile(r"soak|drench", re.IGNORECASE)
_SOAK_BLOOD_ITEM = re.compile(r"pads?|tampons?|bandages?|gauze|dressings?", re.IGNORECASE)
_SWEAT_EN = re.compile(
    r"(?<![a-z])(?:sweat[a-z]*|perspir[a-z]*|hot (?:flush|flash)(?:es)?|flushes|flashes|fevers?|feverish|clammy)(?![a-z])",
    re.IGNORECASE,
)
# a period told between the sweat and the soaking makes the soaking the period's (blood words
# never get this far: _SOAK_BLOOD_TOLD keeps the whole sentence a bleed)
_SOAK_GAP_BLOOD = re.compile(
    r"(?<![a-z])(?:periods?|menstrua[a-z]*|flooding)(?![a-z])", re.IGNORECASE
)

# blood or bleeding told anywhere in the sentence keeps the soaking a bleed
_SOAK_BLOOD_TOLD = re.compile(
    r"(?<![a-z])(?:blood[a-z]*|bleed[a-z]*|bled|clots?|ha?emorrhag[a-z]*)(?![a-z])|血",
    re.IGNORECASE,
)


# round 11 (r11t-en-18): pads soaked as the usual pattern of heavy periods ("soaking a night pad
# every 2 hrs on heavy days", "every period I soak through a pad in two hours", 每次来月经卫生巾
# 两个小时就湿透) are menorrhagia for a GP (nhs.uk 'Heavy periods': see a GP if you need to change
# your pad every 1 to 2 hours, or feel tired or short of breath). The soaking is a bleed to act on
# now when it is every hour or faster, or comes with a sign of blood loss (dizzy, faint): those
# stay, and so does any bleed in pregnancy (its own rules).
_PERIOD_PATTERN = re.compile(
    r"(?<![a-z])(?:on (?:my |the |her )?heavy days|(?:every|each|most|all my|my) (?:period|month)s?|"
    r"(?:when|while|during) (?:i'?m |i am |she'?s |she is )?on (?:my|her) period|during (?:my|her|the) periods?|"
    r"for (?:the last |the past )?(?:\d+|a few|few|several|some|many|six|three) months|months? (?:now|or so))(?![a-z])"
    r"|每次(?:来)?(?:月经|例假|大姨妈)|(?:月经|例假|大姨妈)(?:期间|的时候|那几天|头两天|量(?:特别|很|太)?(?:大|多))|经期|量大的(?:那)?(?:几|两)天|这(?:几|半|大半)?(?:个)?(?:月|年)(?:来)?",
    re.IGNORECASE,
)
_SOAK_FAST = re.compile(
    r"(?<![a-z])(?:every|each|within|in|under|less than) (?:an? |one |half an? |1 |30 |twenty |20 )?(?:hour|hr|minutes?|mins?)(?![a-z])|hourly"
    r"|(?:一|1|半)个?小时(?:以内|之内|不到)?(?:就)?(?:湿透|换)|几十分钟|半小时|不到一个小时|每小时",
    re.IGNORECASE,
)
_BLOOD_LOSS_SIGN = re.compile(
    r"(?<![a-z])(?:dizz[a-z]*|faint[a-z]*|light-?headed|passed out|collaps[a-z]*|pale and)(?![a-z])|头晕|晕倒|发晕|眼前发黑|晕过去",
    re.IGNORECASE,
)


_PREGNANCY_WORD = re.compile(r"pregnan[a-z]*|怀孕|孕", re.IGNORECASE)


def _period_pattern_soak(text: str, start: int, end: int) -> bool:
    """True when the heavy-bleeding phrase text[start:end] is soaked pads told as heavy periods'
    usual pattern, slower than hourly, with no sign of blood loss in the message."""
    phrase = text[start:end]
    if not (_SOAK_BLOOD_ITEM.search(phrase) or "卫生巾" in phrase):
        return False
    if _BLOOD_LOSS_SIGN.search(text) or _SOAK_FAST.search(text) or _PREGNANCY_WORD.search(text):
        return False
    return bool(_PERIOD_PATTERN.search(text))


def _sweat_soak(text: str, start: int, end: int) -> bool:
    """True when the heavy-bleeding phrase text[start:end] ("soaking the sheets") is sweat."""
    phrase = text[start:end]
    if not _SOAK_START.match(phrase) or _SOAK_BLOOD_ITEM.search(phrase):
        return False
    sentence_start, sentence_end = _sentence_span(text, start, end)
    if _SOAK_BLOOD_TOLD.search(text[sentence_start:sentence_end]):
        return False
    before = text[max(sentence_start, start - 60) : start]
    after = text[end : min(sentence_end, end + 30)]
    sweats_before = list(_SWEAT_EN.finditer(before))
    if sweats_before and not _SOAK_GAP_BLOOD.search(before[sweats_before[-1].end() :]):
        return True
    sweat_after = _SWEAT_EN.search(after)
    return sweat_after is not None and not _SOAK_GAP_BLOOD.search(after[: sweat_after.start()])


# round 10: lips coloured by what was eaten, drunk or put on them ("lips purple from the
# blueberries", "刚喝了葡萄汁嘴唇有点紫", "嘴上涂了口红") are no cyanosis: nhs.uk 'Croup' and 'When to
# call 999' mean lips or skin turned blue or grey by a lack of oxygen. The colour word stays a sign
# where nothing in its sentence names such a stain; a breathing sign told with it still fires on
# its own concept.
_LIP_COLOUR_PHRASE = re.compile(r"lip|mouth|tongue|嘴|唇|舌|口周", re.IGNORECASE)
_LIP_STAIN = re.compile(
    r"(?<![a-z])(?:blueberr(?:y|ies)|blackberr(?:y|ies)|blackcurrants?|ribena|grapes?|grape juice|beetroot|berries|"
    r"ice ?lolly|ice ?lollies|lolly|lollies|lollipops?|slush(?:ie|y)?|ice pops?|popsicles?|sweets?|candy|"
    r"crayons?|markers?|felt[- ]tips?|pens?|ink|lipstick|lip ?gloss|food colou?r(?:ing)?|dye|red wine|"
    r"jelly|juice|squash|smoothie|blue raspberry)(?![a-z])"
    r"|桑葚|桑椹|蓝莓|葡萄|紫薯|火龙果|杨梅|黑加仑|黑莓|冰棍|冰棒|雪糕|冰淇淋|棒棒糖|糖果|口红|唇膏|唇彩|彩笔|水彩|蜡笔|墨水|"
    r"果汁|红酒|紫甘蓝|色素|染的|染上|涂了|沾了",
    re.IGNORECASE,
)


_LIP_COLOUR_CONCEPTS = frozenset(
    {"severe_dyspnea", "breathing_sign", "breath_now_rf", "cyanosis_rf", "grey_pale"}
)


# ... unless the message tells a breathing trouble too: then the blue lips stay a sign
_BREATH_TOLD = frozenset(
    {
        "dyspnea",
        "severe_dyspnea",
        "breathing_sign",
        "wheeze",
        "stridor_rf",
        "recession_rf",
        "recession_lay_rf",
        "fast_breathing",
        "grunting",
        "choke_episode",
        "croup_bark",
        "speech_broken",
    }
)


def _lip_stain(text: str, start: int, end: int) -> bool:
    """True when the lip-colour phrase text[start:end] comes with a food, drink or dye that
    coloured the lips in its sentence."""
    if not _LIP_COLOUR_PHRASE.search(text[start:end]):
        return False
    return bool(_LIP_STAIN.search(_sentence(text, start, end)))


# "I can't breathe" told with a blocked nose is the nose (nhs.uk 'Common cold', 'Sinusitis': a
# blocked nose is self care; breathing through the nose is not breathlessness): the bare words
# (breath_bare_rf) then raise no breathing concept, unless the message tells a sign that reaches
# past the nose - a tight or painful chest, a wheeze or stridor, blue lips, broken speech, the
# ribs pulling in, fast breathing, gasping or struggling, choking, an allergy or swelling, asthma
# or COPD, the mouth no help either, a young child - so real breathlessness still fires.
_BREATH_WORDS = frozenset({"severe_dyspnea", "dyspnea", "breathing_sign"})
_BEYOND_NOSE = frozenset(
    {
        "chest_pain",
        "severe_chest_pain",
        "wheeze",
        "stridor_rf",
        "cyanosis_rf",
        "recession_rf",
        "speech_broken",
        "fast_breathing",
        "grunting",
        "choke_episode",
        "airway_swelling",
        "allergen",
        "hives",
        "swallowing",
        "saliva_stuck_rf",
        "reliever_failing",
        "reliever_inhaler_failing",
        "unconscious",
        "infant",
        "child_young",
        "child_under5",
        "panic_fear",
        "bone_in_throat",
        "sweating",
    }
)
_BEYOND_NOSE_WORDS = re.compile(
    r"(?<![a-z])(?:asthma[a-z]*|copd|emphysema|inhalers?|puffers?|nebuli[sz]er|lungs?|lying|lie|lay|oxygen|sats|"
    r"faint[a-z]*|dizzy|collaps[a-z]*|pass(?:ed|ing)? out|heart|panic[a-z]*|covid[a-z0-9-]*|coronavirus|pneumonia|"
    r"bronchi[a-z]*|chest infection|clammy)(?![a-z])"
    r"|(?<![a-z])(?:(?:even|either|or|nor) (?:through|thru|with|out of|from) (?:my |his |her |their |the )?mouth|"
    r"(?:breathe|breath|breathing|air) (?:in |out )?(?:through|thru|with|out of) (?:my |his |her |their |the )?mouth (?:either|too|as well)|"
    r"mouth[a-z ]{0,20}(?:doesn'?t|does not|isn'?t|is not|not|no) help[a-z]*|(?:can'?t|cannot|unable to|couldn'?t|struggling to|hard to) "
    r"(?:breathe|breath|get (?:any )?air) (?:in |out )?(?:through|thru|with|out of) (?:my |his |her |their |the )?mouth)(?![a-z])"
    r"|哮喘|慢阻肺|肺气肿|喷雾|吸入剂|肺|躺|氧|晕|心慌|心跳|心脏|嘴(?:巴)?(?:也|都)|嘴唇|新冠|阳了|支气管",
    re.IGNORECASE,
)


# round 12 (h11-en-04): an illness only guessed or feared ("think I might have pneumonia or
# covid", "是不是新冠") names no sign past the nose; one had or tested for ("covid positive", "got
# a chest infection", 阳了) still does. A bare "blocked up" is the nose unless another part is named.
_GUESSED_ILLNESS = re.compile(
    r"(?:covid[a-z0-9-]*|coronavirus|pneumonia|bronchi[a-z]*|chest infection|新冠|肺炎|支气管炎)",
    re.IGNORECASE,
)
_GUESS_CUE = re.compile(
    r"(?<![a-z])(?:think|thinking|thought|wonder(?:ing)?|worried|scared|afraid|maybe|possibly|in case|"
    r"whether|is (?:it|this)|if it'?s|(?:might|may|could) (?:be|have|have got|be getting))(?![a-z])"
    r"[^.!?;,]{0,30}$"
    r"|(?:是不是|会不会|该不会|怕是|担心|害怕|怀疑|可能|以为)[^，,。！!？?；;]{0,8}$",
    re.IGNORECASE,
)
_ILLNESS_HAD = re.compile(
    r"(?<![a-z])(?:positive|tested|diagnosed|confirmed|told (?:me )?(?:i|it'?s) (?:have|had|is))(?![a-z])"
    r"|阳性|确诊|诊断|查出",
    re.IGNORECASE,
)
_NOT_NOSE_PART = re.compile(
    r"(?<![a-z])(?:chest|throat|airways?|windpipe|neck|tongue|tubes|bowels?|tummy|stomach|gut|constipat[a-z]*|ears?)(?![a-z])",
    re.IGNORECASE,
)


def _beyond_nose_told(text: str) -> bool:
    """Whether text names a sign past the nose (_BEYOND_NOSE_WORDS), an illness only guessed
    or feared not counting."""
    for match in _BEYOND_NOSE_WORDS.finditer(text):
        if not _GUESSED_ILLNESS.fullmatch(match.group(0)) and not (
            match.group(0) == "肺" and text[match.end() : match.end() + 1] == "炎"
        ):
            return True
        clause = text[max(0, match.start() - 50) : match.start()]
        if not _GUESS_CUE.search(clause) or _ILLNESS_HAD.search(_sentence(text, *match.span())):
            return True
    return False


def _nose_only_breath(text: str, mentions: Sequence[Mention]) -> tuple[tuple[int, int], ...]:
    """The spans of bare "can't breathe" words that a blocked nose told in text explains (none
    when the nose is not blocked or a sign past the nose is told)."""
    if not any(m.concept == "nose_blocked_rf" and m.affirmed for m in mentions) and not (
        any(m.concept == "nose_blocked_bare_rf" and m.affirmed for m in mentions)
        and not _NOT_NOSE_PART.search(text)
    ):
        return ()
    if _beyond_nose_told(text):
        return ()
    bare = tuple((m.start, m.end) for m in mentions if m.concept == "breath_bare_rf")
    for m in mentions:
        if not m.affirmed:
            continue
        if m.concept in _BEYOND_NOSE:
            return ()
        if m.concept in _BREATH_WORDS and not _within(m, bare):
            return ()
    return bare


def breath_only_nose(text: str) -> bool:
    """Whether text's bare "can't breathe" is a blocked nose (_nose_only_breath)."""
    return bool(_nose_only_breath(text, _MATCHER.mentions(text)))


def _within(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


def _affirmed(text: str) -> dict[str, str]:
    """Concept -> the phrase that affirms it (the matcher caches each text's mentions)."""
    result: dict[str, str] = {}
    mentions = _MATCHER.mentions(text)
    nose_only = _nose_only_breath(text, mentions)
    for m in mentions:
        if nose_only and m.concept in _BREATH_WORDS and _within(m, nose_only):
            continue
        if m.concept in ("suicide_attempt", "para_od_recent"):
            # told in the past on purpose: only its time decides (_recent_attempt)
            recent = not m.negated and _recent_attempt(text, m.start, m.end)
            if m.concept == "para_od_recent":
                recent = recent and bool(_DAYS_PAST.search(_sentence(text, m.start, m.end)))
            if recent and m.concept not in result:
                result[m.concept] = text[m.start : m.end]
            continue
        lasting = m.concept in _LASTING_STATES and not m.negated
        denial = m.concept in _OWN_DENIALS and not m.historical
        if (m.affirmed or lasting or denial) and m.concept not in result:
            if m.concept == "suicide" and (
                _others_suicide(text, m.start, m.end) or _self_harm_denied(text, m.start, m.end)
            ):
                continue
            if m.concept == "pregnant" and _earlier_pregnancy(text, m.start, m.end):
                continue
            if m.concept in ("suicide", "overdose") and _long_ago_attempt(text, m.start, m.end):
                continue
            if m.concept == "heavy_bleeding" and (
                _sweat_soak(text, m.start, m.end) or _period_pattern_soak(text, m.start, m.end)
            ):
                continue
            if (
                m.concept in _LIP_COLOUR_CONCEPTS
                and _lip_stain(text, m.start, m.end)
                and not any(
                    o.concept in _BREATH_TOLD
                    and not o.negated
                    and o is not m
                    and not _LIP_COLOUR_PHRASE.search(text[o.start : o.end])
                    for o in mentions
                )
            ):
                continue
            if m.concept == "heart_known_rf" and (
                _relatives_condition(text, m.start, m.end) or _feared_condition(text, m.start)
            ):
                continue
            if m.concept in ("heart_attack", "stroke_words") and _relatives_past_event(
                text, m.start, m.end
            ):
                continue
            if m.concept in ("heart_attack", "stroke_words") and (
                _searched_or_scare(text, m.start, m.end) or _feared_name(text, m.concept, m.start)
            ):
                continue
            if (
                m.concept == "airway_swelling"
                and text[m.start : m.end].lower().startswith("anaphyla")
                and _asked_name(text, m.start, m.end)
            ):
                continue
            result[m.concept] = text[m.start : m.end]
    return result


def screen(text: str) -> list[RedFlag]:
    """Red flags raised by one piece of patient text (all its concepts are combined)."""
    return _evaluate(_affirmed(text))


# Who the patient is, told once in any answer, holds for the whole conversation (the age, a
# pregnancy or late period, diabetes, asthma, a blood thinner): the symptoms of the last messages
# combine with it however many turns ago it was said.
_CONTEXT_CONCEPTS = frozenset(
    {
        "pregnant",
        "late_period",
        "diabetes_known",
        # ... and which diabetes and medicines (round 13: diabetic_emergency)
        "type2_tablets",
        "insulin_or_t1",
        "sglt2_rf",
        # the paracetamol a later day's total is counted in (round 13 probe: overdose_poisoning)
        "para_named",
        "asthma_word",
        "anticoagulant_rf",
        # a heart condition told in any answer (nhs.uk 'Heart palpitations')
        "heart_known_rf",
        # the testicle named in any answer is the site of the pain told in the others (r6b-zh-12:
        # "蛋蛋左边那个" answers "where?"; nhs.uk 'Testicle pain')
        "testicle_lay",
        # a new mother, and a low mood or a piece of a suicide plan, told in any answer: the
        # rest of the plan comes answers later (NICE NG225 'Self-harm': ask about plans, means,
        # timing; nhs.uk 'Postpartum psychosis')
        "postpartum",
        "low_mood",
        "suicide_means",
        "suicide_timeline",
        "suicide_affairs",
        # a farewell post told first, the unanswered phone or locked door in a later answer
        "farewell_rf",
        # travel to a malaria area told in any answer (nhs.uk 'Malaria': up to a year later)
        "malaria_travel_rf",
        # ... or to a dengue area (nhs.uk 'Dengue')
        "dengue_travel_rf",
        "dengue_named_rf",
    }
)
# Concepts of the first message (the presenting complaint) that combine with the last answers
# however many turns later: an indigestion-like discomfort, a clumsy hand, no wind or a swollen
# tummy, and a young child as the patient ("my baby ..." ... "she is floppy").
_COMPLAINT_CONCEPTS = frozenset(
    {
        "indigestion_like",
        "one_side_clumsy",
        "no_wind",
        "belly_swollen",
        "child_young",
        "child_under5",
        # an injury told first (a burn, a head injury, a blow to the eye, a cut or nosebleed)
        # is what the later details are about (nhs.uk 'Burns and scalds', 'Head injury and
        # concussion', 'Eye injuries', 'Cuts and grazes')
        "scald_burn",
        "head_injury_rf",
        "fall_rf",
        "eye_trauma_rf",
        "bleed_episode",
        # a fish bone stuck, told first, is what a later breathing sign is about
        "bone_in_throat",
        # floaters or flashes told first are what a later curtain or shadow is in (nhs.uk
        # 'Detached retina')
        "eye_floaters_flashes",
        # an eye ache told first is what the later haloes, redness or vomiting are about
        # (nhs.uk 'Glaucoma': acute glaucoma)
        "eye_pain_rf",
        # a kidney stone or loin-to-groin colic told first is what a later fever is about
        # (NICE NG118)
        "kidney_stone_rf",
        "loin_groin_pain",
        # not peeing told first is what a later swollen lower tummy or pain is about (nhs.uk
        # 'Urinary retention')
        "retention_any",
        # back pain told first ("back's flared up again") is what a later numb bottom or
        # trouble peeing is about (nhs.uk 'Cauda equina syndrome')
        "back_pain_rf",
        # a headache told first is what "worst ever", "0 to 10 instantly" or "like being hit
        # with a bat" in a later answer is about (NICE CG150: thunderclap headache)
        "headache_any",
        "severe_headache",
        "head_region_pain",
        # a hernia told first is what "can't push it back" or being sick later is about (round 12)
        "hernia_rf",
        # being sick, a cough or diarrhoea told first is what "some blood in it" in a later answer
        # is in (nhs.uk 'Vomiting blood', 'Coughing up blood', 'Diarrhoea and vomiting')
        "vomit_ref",
        "cough_ref",
        "stool_ref",
    }
)


def _screen_messages(texts: Sequence[str], window: int, rules: Sequence[Rule]) -> list[RedFlag]:
    found: dict[str, RedFlag] = {}
    per_message = [_affirmed(text) for text in texts]
    everything: dict[str, str] = {}
    for affirmed in per_message:
        for concept, phrase in affirmed.items():
            everything.setdefault(concept, phrase)
    # each message with who the patient is from anywhere in the conversation: "bleeding, bright
    # red" in the second answer of a pregnant woman is bleeding in pregnancy however many answers
    # follow it (nhs.uk 'Vaginal bleeding in pregnancy': 999 for heavy bleeding or pain)
    context_known = {c: everything[c] for c in _CONTEXT_CONCEPTS & everything.keys()}
    # ... and with the complaint told first: the burn, head injury or blow to the eye that a
    # later answer ("it's blistered across my whole hand", "she was knocked out") is about
    if per_message:
        context_known.update(
            {c: per_message[0][c] for c in _COMPLAINT_CONCEPTS & per_message[0].keys()}
        )
    for affirmed in per_message:
        for flag in _evaluate({**affirmed, **context_known}, rules, everything):
            found.setdefault(flag.code, flag)
    combined: dict[str, str] = {}
    # the last `window` messages, with who the patient is from anywhere in the conversation
    # (pregnant or a late period, diabetic, asthmatic: _CONTEXT_CONCEPTS)
    for affirmed in per_message[-window:] if window > 0 else []:
        for concept, phrase in affirmed.items():
            combined.setdefault(concept, phrase)
    if window > 0:
        for concept in _CONTEXT_CONCEPTS & everything.keys():
            combined.setdefault(concept, everything[concept])
        # the complaint told first is what every later answer is about: its concepts combine
        # with the companions told in the last messages however many turns later ("my stomach
        # feels like indigestion" ... "a cold sweat and short of breath": nhs.uk Heart attack)
        for concept in _COMPLAINT_CONCEPTS & per_message[0].keys():
            combined.setdefault(concept, per_message[0][concept])
    for flag in _evaluate(combined, rules, everything):
        found.setdefault(flag.code, flag)
    return [found[rule.code] for rule in rules if rule.code in found]


# A known epilepsy's usual seizure that has ended is no 999 call: nhs.uk 'Epilepsy' / 'What to do
# if someone has a seizure' - call 999 only for a first seizure, one lasting more than 5 minutes,
# one after another, not coming round, a serious injury or trouble breathing. The whole
# conversation must say all three: known epilepsy or their usual seizure, that it is over, and
# no 999 sign (urgency.py's seizure discriminator reads the same class).
_EPILEPSY_KNOWN = re.compile(
    r"(?<![a-z])(?:epilep[a-z]*|one of (?:his|her|my|their) (?:usual |normal |typical )?(?:seizures|fits)|"
    r"(?:his|her|my|their) usual (?:seizure|fit|kind|type|one)|(?:usual|typical) (?:seizure|fit) for (?:him|her|me|them))(?![a-z])"
    r"|癫痫|羊癫疯|羊角风|(?:他|她|我)(?:的)?老毛病"
)
_SEIZURE_OVER = re.compile(
    r"(?<![a-z])(?:came round|come round|back to (?:normal|himself|herself|myself|themselves)|recovered|"
    r"stopped (?:after|within|on its own|by itself)|(?:it|the seizure|the fit) (?:is |was )?(?:over|finished))(?![a-z])"
    # told as over by a past time hours ago (nhs.uk 'Epilepsy': a usual seizure that has ended)
    r"|(?<![a-z])(?:had|has had) (?:one of (?:his|her|my|their) (?:usual )?(?:seizures|fits)|(?:a|his|her|my|their) (?:usual )?(?:seizure|fit))[a-z ]{0,12}(?:this morning|yesterday|last night|earlier today|earlier|(?:\d+|a few|two|three|several) hours ago)(?![a-z])"
    r"|醒过来了|缓过来了|恢复(?:了|正常)|已经好了|没事了|跟平时一样了"
)
_SEIZURE_DANGER = re.compile(
    r"(?<![a-z])(?:first (?:ever )?(?:seizure|fit)|never had (?:one|a seizure|a fit|anything like)|(?:longer|more) than (?:5|five) minutes|"
    r"(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) minutes?(?! ago)|half an hour|an hour|"
    r"(?:hasn'?t|has not|didn'?t|did not|won'?t|isn'?t|not|never) (?:yet )?(?:come|came|coming) round|not (?:back to normal|recovered|waking|responding)|"
    r"still (?:fitting|shaking|seizing|jerking|unconscious|not)|another (?:one|seizure|fit)|one after (?:another|the other)|"
    r"unlike|different from|not (?:his|her|my|their) usual|(?:hit|banged|cut|injured|hurt|bleeding from) (?:his|her|my|their) head|blue|"
    r"(?:can'?t|not|struggling to|trouble|difficulty) breath[a-z]*|pregnant|fever|temperature|confused|not making sense|"
    r"ages|(?:a )?long time|drowsy|sleepy|not (?:himself|herself|themselves|right)|injur[a-z]*|hurt|bleeding|vomit[a-z]*|sick)(?![a-z])"
    r"|第一次|从来没(?:有)?(?:抽|发作)过|(?:五|六|七|八|九|十|十几|二十|半个?)(?:多)?(?:分钟|小时)|\d+\s*分钟|还(?:在|一直)抽|一直抽|还没醒|叫不醒|没醒过来|没恢复|"
    r"又抽|又开始抽|又发作|连着|接连|反复|跟(?:以前|平时)不一样|头|紫|喘不上气|呼吸困难|怀孕|发烧|糊涂|很久|好久|嗜睡|昏睡|想睡|受伤|出血|吐"
)
_SEIZURE_MATCH = re.compile(r"seizure|fit|convuls|抽|痫|发作", re.IGNORECASE)


def _drop_usual_seizure(flags: list[RedFlag], texts: Sequence[str]) -> list[RedFlag]:
    """Flags without `unconscious_seizure` raised by a known epilepsy's usual seizure that is over."""
    seizure = next((f for f in flags if f.code == "unconscious_seizure"), None)
    if seizure is None or not _SEIZURE_MATCH.search(seizure.matched):
        return flags
    joined = " \n ".join(text.lower() for text in texts)
    if (
        _EPILEPSY_KNOWN.search(joined)
        and _SEIZURE_OVER.search(joined)
        and not _SEIZURE_DANGER.search(joined)
    ):
        return [f for f in flags if f is not seizure]
    return flags


# Chest tightness that has come and gone for months in an anxiety story, no worse and with no
# strong cardiac feature, is not a heart attack now (r6b-zh-27; nhs.uk 'Chest pain': chest pain
# with anxiety or a panic attack; 'Generalised anxiety disorder': GP). New, worsening or
# today's pain, and any strong feature (severe, spreading, fainting, very breathless, grey)
# keeps the flag (nhs.uk 'Heart attack': 999). The chest_pain urgent finding stays.
_CHRONIC_COURSE = re.compile(
    r"(?<![a-z])(?:for|over|past|last|about|nearly|almost|like) (?:the )?(?:last |past )?(?:\d+|a few|few|several|many|couple of|a couple of|two|three|four|five|six|eight|nine|ten|twelve) (?:months|years)(?![a-z])"
    r"|(?<![a-z])(?:for|since) (?:months|years|ages)(?![a-z])|(?:months|years) now|since last year|(?:half|most of) (?:a|the|this) year"
    r"|大半年|半年多?|(?:一|两|三|几|好几|\d+)年(?:多)?了|(?:[两三四五六七八九十]|好几|几|\d+)个(?:多)?月了|一年多|好几个月|很多年|多年"
)
_ANXIETY = re.compile(
    r"(?<![a-z])(?:anxi(?:ous|ety)|panic(?:ky| attacks?)?|worr(?:y|ied|ying|ies) (?:about )?(?:everything|all the time|constantly)|stressed|on edge|nervous|wound up)(?![a-z])"
    r"|焦虑|紧张|担心|发慌|恐慌|惊恐|压力(?:很|特别)?大|想太多"
)
_CHEST_NOW = re.compile(
    r"(?<![a-z])(?:worse|worsening|more often|more frequent|new|different|at rest|today|tonight|this (?:morning|afternoon|evening)|right now|just now|(?:an?|one|two|\d+) hours? ago|minutes ago|woke me|won'?t go|not going away|constant)(?![a-z])"
    r"|越来越|加重|更(?:厉害|频繁|重)|变(?:严重|重|多)|今天|今晚|今早|刚才|刚刚|这会儿|(?:几|\d+|一|半|两)(?:个)?(?:小时|分钟)前|一直不(?:好|缓解|停)|持续不"
)
_CHEST_STRONG = frozenset(
    {
        "severe_chest_pain",
        "heart_attack",
        "severe_pain",
        "worst_pain",
        "radiating",
        "severe_dyspnea",
        "faint_feeling",
        "unconscious",
        "grey_pale",
    }
)


def _drop_chronic_anxious_chest(flags: list[RedFlag], texts: Sequence[str]) -> list[RedFlag]:
    """Flags without `chest_pain_cardiac` raised by months of on-and-off chest tightness in an
    anxiety story with nothing new or strong (see _CHRONIC_COURSE)."""
    if not any(f.code == "chest_pain_cardiac" for f in flags):
        return flags
    joined = " \n ".join(text.lower() for text in texts)
    if not (_CHRONIC_COURSE.search(joined) and _ANXIETY.search(joined)) or _CHEST_NOW.search(
        joined
    ):
        return flags
    if any(_CHEST_STRONG & _affirmed(text).keys() for text in texts):
        return flags
    return [f for f in flags if f.code != "chest_pain_cardiac"]


# round 9z: chest tightness in known asthma, with breathlessness or a cough and nothing of a
# heart attack (no sweat, sickness, spreading, severe pain, greyness or faintness), is the asthma
# (nhs.uk 'Asthma attack': tightness and breathlessness; an urgent GP appointment when the reliever
# is needed more often, 999 when it does not help or they cannot speak - rules of their own);
# pain, not tightness, or a strong companion keeps `chest_pain_cardiac`.
_ASTHMA_KNOWN = re.compile(
    r"(?<![a-z])(?:asthma[a-z]*|inhalers?|puffers?|ventolin|salbutamol|albuterol|blue (?:inhaler|pump|puffer))(?![a-z])"
    r"|[哮孝]喘|沙丁胺醇|万托林|喷雾剂?|吸入剂|气雾剂|(?:喷|吸)的(?:蓝色|那个|药)|喷(?:完|了|一下|两下|几下|药)|舒利迭|信必可|布地奈德"
)
_ASTHMA_CHEST_STRONG = _CHEST_STRONG | {"sweating", "nausea_any", "grey_pale"}


def _drop_asthma_tight_chest(flags: list[RedFlag], texts: Sequence[str]) -> list[RedFlag]:
    """Flags without `chest_pain_cardiac` raised by chest tightness in known asthma (see above)."""
    if not any(f.code == "chest_pain_cardiac" for f in flags):
        return flags
    if not _ASTHMA_KNOWN.search(" \n ".join(text.lower() for text in texts)):
        return flags
    affirmed = [_affirmed(text) for text in texts]
    chest = [a["chest_pain"] for a in affirmed if "chest_pain" in a]
    if not chest or not all(_CHEST_TIGHT.search(phrase.lower()) for phrase in chest):
        return flags
    if any(_ASTHMA_CHEST_STRONG & a.keys() for a in affirmed):
        return flags
    return [f for f in flags if f.code != "chest_pain_cardiac"]


# The urgent chest finding of the same story is held back only where the heart was checked and
# found normal and nothing else comes with the tightness: no breathlessness, sweating, spreading,
# sickness, dizziness, palpitations or pain on exertion (nhs.uk 'Generalised anxiety disorder':
# see a GP; nhs.uk 'Chest pain': anxiety can cause chest tightness). New or changing tightness,
# or one with any companion, stays urgent or an emergency.
_HEART_CHECKED_NORMAL = re.compile(
    r"(?<![a-z])(?:ecg|ekg|heart (?:tests?|scan|trace|check)|heart tracing|tests?|checks?|bloods?)(?![a-z])[a-z ,']{0,30}(?:came back |were |was |all |are )*(?:normal|fine|clear|ok(?:ay)?)(?![a-z])"
    r"|(?<![a-z])(?:heart|chest) (?:was |has been |got |had been )?(?:checked|tested)[a-z ,']{0,25}(?:normal|fine|clear|ok(?:ay)?|nothing (?:wrong|found))(?![a-z])"
    r"|心电图[^。]{0,8}(?:正常|没(?:有)?(?:问题|事)|没毛病)|(?:检查|查)[^。]{0,12}(?:都|也)?(?:正常|没(?:有)?(?:问题|事)|没毛病)"
)
_CHEST_EXERTION = re.compile(
    r"(?<![a-z])(?:exert[a-z]*|exercis[a-z]*|walk(?:ing)? (?:up|uphill|fast)|uphill|stairs|running|climbing|when i (?:walk|run|climb|move))(?![a-z])"
    r"|活动|运动|爬楼|上楼|走路|一动就|跑步|爬坡|干活"
)
_CHEST_RECENT = re.compile(
    r"(?<![a-z])(?:\d+|a|an|one|two|three|four|five|six|few|couple of|several) (?:days?|weeks?|hours?|nights?)(?![a-z])"
    r"|(?<![a-z])(?:yesterday|last night|this week|last week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|recently|lately|started|began)(?![a-z])"
    r"|[\d一二两三四五六七八九十几]+(?:天|日|周|个?星期|个?礼拜|小时)|这(?:两|几)天|昨天|前天|昨晚|最近|近来|这(?:周|星期)|上周|刚开始|开始的"
)
_CHEST_TIGHT = re.compile(r"tight|闷|紧|憋")
_CHEST_COMPANIONS = _CHEST_STRONG | {
    "dyspnea",
    "sweating",
    "nausea_any",
    "dizzy_any",
    "palpitations",
}


# round 10: palpitations and chest tightness told as episodes that keep coming back ("经常",
# "老是", "on and off") in an anxiety story, the heart already tested and found normal, with no
# strong sign (no faint, no severe pain or breathlessness, nothing spreading, not grey), not
# brought on by exertion and nothing of today:
# nhs.uk 'Generalised anxiety disorder' (a racing heart, chest tightness, sweating: see a GP) and
# nhs.uk 'Heart palpitations' (see a GP when they keep coming back; 999 with chest pain, fainting
# or severe breathlessness - a heart attack or an arrhythmia now, which this story is not). The
# episodes getting more frequent over the months is a GP matter too; any strong sign, pain that is
# not tightness, exertion, or today's episode keeps `palpitations_red` and `chest_pain_cardiac`
# (r10a-zh-22, r10z-zh-55).
_RECURRENT = re.compile(
    r"(?<![a-z])(?:often|keep (?:getting|having)|always|on and off|comes? and goes?|again and again|every (?:day|week)|most days|a few times a (?:day|week))(?![a-z])"
    r"|经常|老是|总是|反反复复|反复|时不时|三天两头|隔三差五|一天好几回|一天好几次|动不动"
)
_MORE_OFTEN = re.compile(
    r"(?<![a-z])(?:more (?:and more )?(?:often|frequent(?:ly)?)|more frequently)(?![a-z])|越来越(?:频繁|多|勤)|更(?:频繁|多了)|次数(?:越来越)?多了"
)
_EXERTION_DENIED = re.compile(
    r"(?:活动|运动|跑步|爬楼|上楼|走路|锻炼|干活)[^，,。]{0,6}(?:反而|倒(?:是)?|也)?(?:没事|没关系|不会|不影响|没影响|舒服|好些|好点|没感觉)"
    r"|(?:跟|和|与)(?:活动|运动|跑步|爬楼|干活)(?:没(?:有)?(?:关系|关联)|无关)"
    r"|(?<![a-z])(?:not (?:when|with|on) (?:exercise|exertion|running|walking)|(?:exercise|running|walking|exertion)[a-z ,']{0,20}(?:doesn'?t|does not|never) (?:bring|trigger|make)|fine (?:when|while) (?:i )?(?:exercis|run|walk)[a-z]*|(?:nothing|not) to do with (?:exercise|exertion))"
)


# ... the worry told as a question about the heart ("是不是有啥查不出来的心脏病？", "is something
# wrong with my heart they can't find?") is the anxiety of the story too
_HEART_WORRY = re.compile(
    r"(?:是不是|会不会|怕|担心|害怕|怀疑)[^。？?！!]{0,14}心脏|查不出(?:来)?的|"
    r"(?<![a-z])(?:worried|scared|afraid|terrified|convinced)[a-z ,']{0,20}(?:heart|cardiac)(?![a-z])|"
    r"(?<![a-z])(?:something (?:wrong|they missed) with my heart|(?:they|the tests?|doctors?) (?:missed|can'?t find))(?![a-z])"
)


def _exertion_told(joined: str) -> bool:
    """Exertion told as a trigger: an exertion word outside the clauses that deny it."""
    return bool(_CHEST_EXERTION.search(_EXERTION_DENIED.sub(" ", joined)))


def _drop_checked_anxious_heart(flags: list[RedFlag], texts: Sequence[str]) -> list[RedFlag]:
    """Flags without `palpitations_red` and `chest_pain_cardiac` raised by recurrent palpitations
    or chest tightness in an anxiety story with the heart checked normal (see _RECURRENT)."""
    codes = {"palpitations_red", "chest_pain_cardiac"}
    if not any(f.code in codes for f in flags):
        return flags
    joined = " \n ".join(text.lower() for text in texts)
    if not (
        _HEART_CHECKED_NORMAL.search(joined)
        and (_ANXIETY.search(joined) or _HEART_WORRY.search(joined))
        and _RECURRENT.search(joined)
    ):
        return flags
    if _CHEST_NOW.search(_MORE_OFTEN.sub(" ", joined)) or _exertion_told(joined):
        return flags
    told = [(text, m) for text in texts for m in _MATCHER.mentions(text) if not m.negated]
    if not all(
        _CHEST_TIGHT.search(text[m.start : m.end].lower())
        for text, m in told
        if m.concept in ("chest_pain", "severe_chest_pain")
    ):
        return flags
    if any(m.concept in _CHEST_STRONG for _, m in told):
        return flags
    return [f for f in flags if f.code not in codes]


def anxious_chest_only(texts: Sequence[str]) -> bool:
    """Whether a chest tightness is told only as part of months of anxiety, the heart checked
    normal, with nothing new and no companion (see _HEART_CHECKED_NORMAL)."""
    joined = " \n ".join(text.lower() for text in texts)
    # round 10: episodes that keep coming back ("经常胸闷心慌") with the heart already tested are no
    # new pain either, and the worry may be told as a question about the heart (_HEART_WORRY)
    if not (
        (_CHRONIC_COURSE.search(joined) or _RECURRENT.search(joined))
        and (_ANXIETY.search(joined) or _HEART_WORRY.search(joined))
        and _HEART_CHECKED_NORMAL.search(joined)
    ):
        return False
    # episodes more frequent over the months, exertion denied ("运动的时候反而没事") and how often
    # they come ("一天好几回") are no new or exertional pain (round 10, r10a-zh-22)
    if (
        _CHEST_NOW.search(_MORE_OFTEN.sub(" ", joined))
        or _exertion_told(joined)
        or _CHEST_RECENT.search(_RECURRENT.sub(" ", joined))
    ):
        return False
    told = [(text, m) for text in texts for m in _MATCHER.mentions(text) if not m.negated]
    if not all(
        _CHEST_TIGHT.search(text[m.start : m.end].lower())
        for text, m in told
        if m.concept == "chest_pain"
    ):
        return False
    # a companion told in any tense counts (a "last year" in the message must not hide it); a
    # racing heart is anxiety's own where the heart was checked (nhs.uk 'Generalised anxiety
    # disorder': a fast or irregular heartbeat)
    companions = (
        _CHEST_COMPANIONS - {"palpitations"} if _RECURRENT.search(joined) else _CHEST_COMPANIONS
    )
    return not any(m.concept in companions for _, m in told)


def _drop_mild_travel_fever(codes: list[str], texts: Sequence[str], window: int) -> list[str]:
    """Codes without a screen's `fever_after_travel` where the fever after travel to a malaria
    area comes with none of the severe signs this module's rule of that code reads (nhs.uk
    'Malaria': get medical help straight away - an urgent GP appointment or 111; the urgent
    finding `malaria_travel_fever` stays)."""
    if "fever_after_travel" not in codes:
        return codes
    rule_here = [r for r in EXTRA_RULES if r.code == "fever_after_travel"]
    if _screen_messages(texts, window, rule_here):
        return codes
    return [code for code in codes if code != "fever_after_travel"]


def screen_conversation(texts: Sequence[str], window: int = 3) -> list[RedFlag]:
    """Emergency flags: each patient message, plus the combination of the last `window`
    messages (chest pain in one message, sweating in the next); where no rule fires, the
    registered screens (`register_message_screen`) read the same messages, and where those are
    silent too, the last-resort EXTRA_RULES."""
    flags = _drop_checked_anxious_heart(
        _drop_asthma_tight_chest(
            _drop_chronic_anxious_chest(
                _drop_usual_seizure(_screen_messages(texts, window, RULES), texts), texts
            ),
            texts,
        ),
        texts,
    )
    if flags:
        return flags
    groups = [[text] for text in texts] + (
        [list(texts[-window:])] if window > 1 and len(texts) > 1 else []
    )
    codes: list[str] = []
    for screen_fn in _MESSAGE_SCREENS:
        for group in groups:
            codes.extend(
                code
                for code in _registered_screen(screen_fn, tuple(group))
                if code in _RULES_BY_CODE and code not in codes
            )
    if not codes:
        return _screen_messages(texts, window, EXTRA_RULES)
    codes = _drop_mild_travel_fever(codes, texts, window)
    if not codes:
        return _screen_messages(texts, window, EXTRA_RULES)
    return [
        RedFlag(code, _RULES_BY_CODE[code].label_en, _RULES_BY_CODE[code].label_zh, "", "emergency")
        for code in codes
    ]


@functools.lru_cache(maxsize=4096)
def _registered_screen(
    screen_fn: Callable[[Sequence[str]], Iterable[str]], group: tuple[str, ...]
) -> tuple[str, ...]:
    """A registered screen's codes for `group`, remembered: the screens are pure code, and after
    each chat message the same earlier messages are screened again, one by one (issue 10)."""
    return tuple(screen_fn(list(group)))


def urgent_findings(texts: Sequence[str], window: int = 3) -> list[RedFlag]:
    """Urgent-level findings (level "urgent", e.g. `chest_pain`) in the patient's messages.

    Independent of the emergency flags: a message can give both, and the emergency wins. With
    no emergency flag, a finding here means urgency at least "urgent" and the next question
    asks its red-flag companions (see `rule(code).source`)."""
    findings = _screen_messages(texts, window, URGENT_RULES)
    if any(f.code == "chest_pain" for f in findings) and (
        anxious_chest_only(texts) or asthma_tightness_eased(texts)
    ):
        return [f for f in findings if f.code != "chest_pain"]
    return findings


# round 13 (r13t-zh-03): the tight chest of known asthma that the reliever clears ("喷完就好",
# "my blue inhaler sorts it"), with no breathlessness, sweat, sickness, dizziness, palpitations or
# pain: the asthma not well controlled, for a GP or asthma nurse's review (nhs.uk 'Asthma': see a
# GP if you're needing to use your inhaler more often; 999 when the reliever does not help or you
# are too breathless to speak - rules of their own). Pain, not tightness, any companion, or a
# reliever that does not help keeps the urgent chest finding.
_RELIEVER_EASES = re.compile(
    r"(?:喷|吸|用)(?:了|完)(?:药|喷雾|吸入剂|那个|一下|两下|几下|两口|一口|两喷|一喷)?(?:以后|之后)?(?:就|马上|很快|立刻)?(?:好(?![几多些久一])了?|缓解|舒服|不紧了?|没事)(?![^。；;]{0,12}(?:还是|又|仍然|依然|照样|不管用|没用|管不了|撑不了))"
    r"|喷雾(?:一)?(?:喷|用)(?:就|马上)?(?:好|缓解)"
    r"|(?<![a-z])(?:inhaler|puffer|ventolin|salbutamol|reliever|blue one|pump)[a-z ,']{0,20}?(?<!n't )(?<!not )(?:helps|sorts it|settles it|eases it|works|clears it|fixes it|relieves it)(?![a-z])(?![^.;!?]{0,40}(?:comes? back|again|wears off|n'?t last|not for long|only for|within (?:an|the) hour))"
    r"|(?:settles|eases|goes|clears|better|fine) (?:with|after) (?:a |my |the |two |a couple of |a few )?(?:blue |reliever )?(?:inhaler|puffer|ventolin|salbutamol|puffs?)(?![a-z])(?![^.;!?]{0,40}(?:comes? back|again|wears off|n'?t last|not for long|only for|within (?:an|the) hour))"
)


_ASTHMA_NAMED = re.compile(
    r"(?<![a-z])(?:asthma[a-z]*|inhalers?|puffers?|ventolin|salbutamol)(?![a-z])|[哮孝]喘|沙丁胺醇|万托林|吸入剂|喷雾"
)


def asthma_tightness_eased(texts: Sequence[str]) -> bool:
    """Whether the chest finding is only known asthma's tightness, cleared by the reliever (see
    _RELIEVER_EASES), with no companion."""
    joined = " \n ".join(text.lower() for text in texts)
    if not (_ASTHMA_NAMED.search(joined) and _RELIEVER_EASES.search(joined)):
        return False
    affirmed = [_affirmed(text) for text in texts]
    chest = [a["chest_pain"] for a in affirmed if "chest_pain" in a]
    if not chest or not all(_CHEST_TIGHT.search(phrase.lower()) for phrase in chest):
        return False
    failing = {"reliever_failing", "reliever_inhaler_failing", "severe_dyspnea"}
    return not any(
        (_CHEST_COMPANIONS | _ASTHMA_CHEST_STRONG | failing) & a.keys() for a in affirmed
    )


# Blood told after a cough or a poo ("coughing a lot, blood in it", "diarrhoea, blood in it",
# "拉的里面有血"), or told alone in an answer ("some blood in it") about the cough or diarrhoea the
# conversation is about (a vomiting story is gi_bleed, an emergency). urgency.py reads these as its
# plain phrasings ("blood in my phlegm", "bloody diarrhoea"): the same day. They are no urgent
# finding here, where the plain phrasings are not either.
BLOOD_TOLD_RULES: tuple[Rule, ...] = (
    Rule(
        "haemoptysis_told",
        "Blood in what is coughed up",
        "咳出的痰或东西里带血",
        (("haemoptysis_ref",), ("cough_ref", "blood_ref", "!stool_ref|blood_site_other")),
        "nhs.uk 'Coughing up blood (blood in phlegm)': ask for an urgent GP appointment or get "
        "help from NHS 111; 999 or A&E for more than a few teaspoons or with breathlessness",
        level="urgent",
    ),
    Rule(
        "stool_blood_told",
        "Blood in the poo or diarrhoea",
        "大便或腹泻中带血",
        (("stool_blood_ref",), ("stool_ref", "blood_ref", "!cough_ref|blood_site_other")),
        "nhs.uk 'Diarrhoea and vomiting': ask for an urgent GP appointment or get help from NHS "
        "111 for bloody diarrhoea or bleeding from the bottom; nhs.uk 'Bleeding from the bottom "
        "(rectal bleeding)': A&E for a lot of blood or feeling faint (gi_bleed)",
        level="urgent",
    ),
)


def blood_told(texts: Sequence[str], window: int = 3) -> dict[str, str]:
    """BLOOD_TOLD_RULES code -> the phrases that told it, over the patient's messages (the
    last `window` together, and the complaint told first with each later answer)."""
    return {f.code: f.matched for f in _screen_messages(texts, window, BLOOD_TOLD_RULES)}


def flag_codes(flags: Iterable[RedFlag]) -> list[str]:
    return [flag.code for flag in flags]


_ADVICE = {
    "en": (
        "Your symptoms may need emergency care. Please call {number} now or go to the nearest "
        "emergency department. Do not wait for a reply in this chat, and do not drive yourself."
    ),
    "zh": "您的症状可能需要紧急救治。请立即拨打{number}，或尽快前往最近的急诊科。不要在此等待回复，也不要自己开车前往。",
}
_SELF_HARM_ADVICE = {
    "en": (
        "If you might act on thoughts of harming yourself, please stay with someone you trust, keep "
        "away from anything you could use to hurt yourself, and contact {number} or a local crisis "
        "line right away. You are not alone, and help is available."
    ),
    "zh": "如果您有伤害自己的想法，请让信任的人陪在身边，远离可能用来伤害自己的物品，并立即拨打{number}或当地心理危机干预热线。您并不孤单，帮助随时都在。",
}


def emergency_advice(lang: str, number: str, codes: Iterable[str] = ()) -> str:
    """Fixed guidance to call emergency services now; adds self-harm guidance when flagged."""
    key = "zh" if lang == "zh" else "en"
    parts = [_ADVICE[key].format(number=number)]
    if "suicide_self_harm" in set(codes):
        parts.append(_SELF_HARM_ADVICE[key].format(number=number))
    return ("" if key == "zh" else " ").join(parts)


def rule(code: str) -> Rule:
    """The emergency or urgent rule with this code, with its labels, level and `source`."""
    return _RULES_BY_CODE[code]
