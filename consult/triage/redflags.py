"""Deterministic emergency red-flag screening of patient messages (en/zh), run before any model."""

# ruff: noqa: E501 -- phrase tables read better with each regex alternative on one line.

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lang import Concept, ConceptMatcher, near_en, near_zh

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

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "chest_pain",
        en=(
            r"chest[- ](?:pain|pains|pressure|tightness|discomfort|ache|aches|heaviness|burning)",
            r"(?:tight|heavy|painful|sore|crushing) chest",
            near_en(
                r"pain|pressure|tightness|discomfort|heaviness|ache|squeezing",
                rf"(?:in|on|across|around|behind) {_POSS} chest",
                2,
            ),
            near_en(
                r"chest",
                r"hurts?|hurting|painful|aches?|aching|tight|heavy|pressure|squeez[a-z]*|"
                r"crush[a-z]*|burn[a-z]*|sore",
                3,
            ),
            r"angina|heart pain",
        ),
        zh=(
            r"胸痛|胸闷|心绞痛",
            near_zh(r"胸(?:口|部|前|骨后)?|心口|心前区", r"痛|疼|闷|压|紧|憋|沉|不舒服|难受"),
        ),
    ),
    Concept(
        "heart_attack",
        en=(r"heart attack",),
        zh=(r"心梗|心肌梗[死塞]|心脏病(?:发作|犯了)",),
    ),
    Concept(
        "dyspnea",
        en=(
            r"short(?:ness)? of breath|breathless(?:ness)?|out of breath|winded",
            r"(?:trouble|difficulty|difficult|hard|struggl[a-z]*|problems?) (?:to )?breath(?:e|ing)?",
            r"(?:can'?t|cannot|couldn'?t) catch (?:my|his|her|their) breath",
            r"breathing (?:is )?(?:hard|difficult|laboured|labored)",
        ),
        zh=(
            r"气短|气促|(?<!哮)气喘|呼吸困难|呼吸急促|喘不上气|喘不过气|上不来气|透不过气|憋气|憋得慌|"
            r"呼吸不畅|气不够用",
            near_zh(r"呼吸", r"困难|急促|费力|不畅", 3),
        ),
    ),
    Concept(
        "severe_dyspnea",
        en=(
            r"(?:can'?t|cannot|can not|unable to|couldn'?t) (?:breathe|breath|get (?:any )?air)",
            r"(?:severe|extreme|really bad|very bad|terrible) (?:shortness of breath|breathlessness|"
            r"difficulty breathing|trouble breathing)",
            r"(?:severely|extremely|very|really) (?:short of breath|breathless)",
            r"gasping(?: for (?:air|breath))?|struggling (?:to breathe|for (?:breath|air))|"
            r"fighting for (?:breath|air)|choking",
            r"(?:lips?|face|fingers?|fingertips) (?:are |is |turning |turned |going |gone |looks? )*"
            r"(?:blue|purple|grey|gray)",
            r"blue lips|turning blue",
            r"(?:is not|isn'?t|not|stopped|has stopped|no longer) breathing",
            r"(?:can'?t|cannot|unable to|couldn'?t) (?:speak|talk|say|finish|get out)(?: in)? (?:a )?"
            r"(?:full|whole|complete) sentences?",
        ),
        zh=(
            r"不能呼吸|无法呼吸|没法呼吸|吸不进气|完全喘不[过上]气|没有?呼吸了|停止呼吸|不喘气了",
            r"(?:严重|极度|非常|特别|十分)(?:的)?呼吸困难|呼吸(?:非常|特别|极其|极度|十分)困难",
            r"(?:憋|喘)得说不[出了]话|说不[出了]完整的?(?:句子|话)",
            r"(?:嘴唇|口唇|嘴巴)(?:发紫|发青|青紫|发绀|紫了|变紫|变青)|窒息|快(?:要)?憋死",
        ),
    ),
    Concept(
        "sweating",
        en=(r"sweat(?:ing|y|s)?|clammy|drenched in sweat|cold sweats?",),
        zh=(r"出汗|冒汗|大汗|冷汗|虚汗",),
    ),
    Concept(
        "radiating",
        en=(
            r"(?:radiat[a-z]*|spread[a-z]*|goes|going|moving|moves|shoot[a-z]*) (?:down|to|into|up)"
            rf"(?: to)?(?: {_POSS})?(?: left| right)? (?:arm|arms|jaw|neck|shoulder)",
            near_en(r"(?:left )?(?:arm|jaw)", r"pain|hurts?|aches?|aching|numb[a-z]*", 2),
            rf"pain in {_POSS} (?:left )?(?:arm|jaw)",
        ),
        zh=(
            r"(?:放射|牵扯|传|延伸|窜|扩散)到(?:左|右)?(?:侧)?(?:手臂|胳膊|臂|下巴|下颌|肩膀|肩|脖子)",
            near_zh(r"左(?:侧)?(?:手臂|胳膊|臂|肩)|下巴|下颌", r"痛|疼|麻"),
        ),
    ),
    Concept(
        "face_droop",
        en=(
            near_en(
                r"face|mouth|smile|lip|eyelid",
                r"droop[a-z]*|sagg[a-z]*|lopsided|uneven|crooked|drooping|fallen|dropped",
                2,
            ),
            r"droop[a-z]* (?:face|mouth|smile|eyelid)|facial droop|crooked smile",
            near_en(
                rf"one side of {_POSS} face", r"droop[a-z]*|numb[a-z]*|sagg[a-z]*|fell|dropped", 2
            ),
        ),
        zh=(
            r"口角歪斜|嘴歪|口眼歪斜|脸歪|面瘫|嘴角(?:下垂|歪)|面部下垂",
            near_zh(r"半边脸|一侧脸|一边脸", r"麻|下垂|不能动|动不了|歪"),
        ),
    ),
    Concept(
        "one_side_weakness",
        en=(
            near_en(
                r"weak[a-z]*|numb[a-z]*|paraly[a-z]*|can'?t move|cannot move|unable to move|limp|heavy",
                rf"(?:(?:on|in) )?(?:{_POSS} )?(?:left|right|one)[ -](?:side|arm|leg|hand)|"
                rf"half (?:of )?{_POSS} body",
                3,
            ),
            near_en(
                r"(?:left|right|one)[ -](?:side|arm|leg|hand)|half of (?:my|his|her|the) body",
                r"weak[a-z]*|numb[a-z]*|paraly[a-z]*|limp|heavy|dead|(?:won'?t|doesn'?t|can'?t) move",
                3,
            ),
            r"one[- ]sided (?:weakness|numbness|paralysis)",
        ),
        zh=(
            r"半身不遂|偏瘫",
            near_zh(
                r"(?:一侧|一边|半边|左侧|右侧|左边|右边|左|右)(?:肢体|身体|手臂|胳膊|手|腿|脚)",
                r"无力|没力|没劲|麻木|发麻|麻|动不了|不能动|抬不起|瘫",
            ),
        ),
    ),
    Concept(
        "slurred_speech",
        en=(
            r"slurr[a-z]*(?: (?:speech|words|talking))?|(?:speech|words) (?:is |are |was |were )?"
            r"(?:slurred|garbled|jumbled)|garbled speech|talking funny",
            r"(?:can'?t|cannot|unable to|trouble|difficulty|struggling to|problems?) (?:speak|speaking|talk|"
            r"talking|get (?:the |his |her |my )?words out|find (?:the |my |his |her )?words)"
            r"(?! (?:in )?(?:a )?(?:full|whole|complete) sentences?)",
        ),
        zh=(
            r"说话不清|口齿不清|说话含糊|吐字不清|言语不清|说不出话|讲不出话|不能说话|说话困难|舌头发硬|大舌头",
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
            r"sudden(?:ly)?,? (?:severe|terrible|excruciating|intense|explosive) headache|thunderclap",
        ),
        zh=(
            r"雷击样头痛|突然(?:剧烈|严重)(?:的)?头[痛疼]|突然头[痛疼]欲裂|"
            r"(?:这辈子|有生以来|平生)最(?:严重|剧烈|厉害|痛|疼)的头[痛疼]",
        ),
    ),
    Concept(
        "stroke_words",
        en=(r"(?<!heat )(?<!sun)stroke(?! of)|mini-stroke|tia",),
        zh=(r"中风|脑卒中|卒中|脑梗|脑出血|脑溢血",),
    ),
    Concept(
        "airway_swelling",
        en=(
            near_en(r"throat|airway", r"clos[a-z]*|tight[a-z]*|swelling", 2),
            near_en(r"tongue|lips?|mouth", r"swell[a-z]*|swollen|puff[a-z]*", 2),
            r"(?:swollen|puffy|swelling) (?:tongue|lips?)",
            rf"swelling (?:of|in) {_POSS} (?:throat|tongue|lips?|mouth)",
            r"anaphyla[a-z]*",
        ),
        zh=(
            near_zh(r"喉咙|嗓子|喉头|咽喉", r"发紧|紧|堵|肿(?![痛疼])|水肿|收紧|卡住", 3),
            near_zh(r"舌头|嘴唇|嘴巴|口唇", r"肿|发肿|水肿|肿胀", 3),
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
            r"peanuts?|(?:bee|wasp|hornet|insect) stings?|stung|bitten by|allergic reaction|reaction to|"
            r"allergy attack",
            r"after (?:taking|starting|an injection|a shot|the injection|the shot|a new)|"
            r"new (?:medicine|medication|drug|pill|antibiotic)",
        ),
        zh=(
            r"吃(?:了|过)?[^，,。]{0,6}?(?:花生|坚果|海鲜|虾|蟹|芒果|鸡蛋|牛奶)",
            r"(?:蜜蜂|马蜂|黄蜂|蜂|虫子?)(?:蛰|蜇|叮|咬)|蛰了|蜇了|过敏了|过敏反应|过敏发作|新药",
            r"(?:打针|输液|打了针|吃药|吃了药|用药|注射)(?:之?后|以后|完)",
        ),
    ),
    Concept(
        "hives",
        en=(
            r"hives|welts|urticaria|(?:itchy|raised) (?:red )?(?:rash|bumps|welts) (?:all over|everywhere)",
        ),
        zh=(
            r"荨麻疹|风团|风疙瘩|(?:全身|浑身)(?:起|长|出)(?:了)?(?:红)?(?:疹子|包|疙瘩|风团|红疹)",
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
            r"bleed[a-z]* (?:very )?(?:heavily|a lot|profusely|badly|everywhere|nonstop|non-stop|constantly)",
            r"(?:heavy|severe|massive|uncontrolled|profuse) bleeding",
            r"(?:soak[a-z]*|drench[a-z]*) (?:through )?(?:a |my |one |an |the )?(?:[a-z]+ )?(?:pads?|tampons?|"
            r"towels?|bandages?|clothes|shirt|sheets|gauze)",
            r"(?:lots|a lot|loads|large amounts?|plenty) of blood|blood everywhere|pool of blood",
            r"(?:vomit[a-z]*|throw[a-z]* up|threw up|puk[a-z]*) (?:up )?(?:some |a lot of )?blood|"
            r"blood in (?:my |his |her )?vomit|coffee[- ]grounds?",
            r"cough[a-z]* (?:up )?(?:some |a lot of )?blood",
            r"(?:black|tarry|black,? tarry|maroon) (?:stools?|poop|poo|bowel movements?|feces|faeces)|"
            r"stools? (?:are |is |look |looks )?(?:black|tarry)|melena",
            r"(?:spurting|gushing|pouring) (?:out )?blood|blood (?:is )?(?:spurting|gushing|pouring)",
            r"h(?:a)?emorrhag[a-z]*",
        ),
        zh=(
            r"血止不住|止不住(?:地)?(?:流)?血|血(?:一直)?(?:流|止)不住|(?:流|出)血不停|(?:出|流)血不止|血流不止|大出血|大量(?:出|流)血|"
            r"(?:出|流)了(?:很多|好多|大量)(?:的)?血|喷血",
            r"吐血|呕血|咳血|咯血|咳出(?:了)?血|黑便|柏油(?:样)?便|大便(?:发黑|是黑色|黑色)|拉黑(?:色)?(?:的)?(?:大)?便",
            r"卫生巾[^，,。]{0,6}湿透|湿透[^，,。]{0,4}卫生巾",
        ),
    ),
    Concept(
        "unconscious",
        en=(
            r"fainted|fainting|(?:passed|passing|pass) out|blacked out|blacking out|"
            r"lost consciousness|losing consciousness|loss of consciousness|unconscious|unresponsive|"
            r"not responding|collapsed",
            r"(?:won'?t|will not|can'?t|cannot|couldn'?t) (?:wake (?:him|her|them|up)|be woken)",
            r"seizures?|seizing|convuls[a-z]*|epileptic fit|(?:having|had|has|have) (?:a )?fits?",
        ),
        zh=(
            r"晕倒|昏倒|晕过去|昏过去|晕厥|昏厥|昏迷|失去(?:了)?意识|意识(?:丧失|不清|模糊)|不省人事|人事不省",
            r"叫不醒|喊不醒|(?:叫|喊|拍|摇)[^，,。]{0,4}(?:没有?|无|毫无)反应",
            r"(?<!眼皮)(?<!眼睛)(?<!嘴角)抽搐|抽风|癫痫(?:发作|犯了)|羊癫疯|羊角风|惊厥|休克",
        ),
    ),
    Concept(
        "suicide",
        en=(
            r"suicid[a-z]*|(?:kill|killing) (?:myself|herself|himself)|take my (?:own )?life|"
            r"end(?:ing)? (?:my|his|her) (?:own )?life|end(?:ing)? it all",
            r"(?:want(?:ed)? to|wanna) die|wish (?:i|he|she) (?:was|were) dead|better off dead",
            r"(?:don'?t|do not|no longer) want to (?:live|be alive|be here|go on|wake up)|"
            r"no (?:reason|point) (?:to|in) (?:live|living|going on)",
            r"self[- ]?harm[a-z]*|(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) (?:myself|herself|himself)",
            r"overdos[a-z]* on purpose|(?:took|take|taking|swallowed) (?:an overdose|all (?:my|of my|the|his|her) "
            r"(?:pills|tablets|medication|meds))",
        ),
        zh=(
            r"(?<![痛疼得])想死|自杀|轻生|自残|自伤|不想活|活着没(?:有)?意思|活不下去|不如死了|"
            r"结束(?:自己的?)?生命|割腕|伤害自己|了结自己|寻死|想(?:要)?跳楼",
            r"吞(?:了)?(?:很多|一整瓶|大量)(?:的)?(?:药|安眠药)",
        ),
    ),
    Concept(
        "pregnant",
        en=(r"pregnan[a-z]*(?! test)|\d+ weeks? (?:pregnant|along|gestation)|expecting a baby",),
        zh=(r"怀孕|孕\d+周|孕妇|有孕|妊娠|孕期|孕早期|孕中期|孕晚期|怀了",),
    ),
    Concept(
        "bleeding_any",
        en=(
            r"bleed[a-z]*|spotting|blood(?! (?:pressure|tests?|sugar|work|type|count|glucose|results?))",
        ),
        zh=(r"出血|流血|见红|有血|血块",),
    ),
    Concept(
        "abd_pain",
        en=(
            r"(?:abdominal|stomach|belly|tummy|abdomen|pelvic|lower abdominal|epigastric) "
            r"(?:pain|pains|ache|aches|cramps?|cramping|hurts?)",
            r"stomach ?ache|bellyache|tummy ?ache",
            rf"pain in {_POSS} (?:abdomen|stomach|belly|tummy|lower belly)",
            near_en(r"stomach|belly|tummy|abdomen", r"hurts?|hurting|painful|aching|sore", 3),
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
            r"腹部(?:僵硬|发硬|很硬|变硬|板硬)|肚子(?:硬邦邦|梆硬|很硬|变硬)",
        ),
    ),
    Concept(
        "severe_pain",
        en=(r"(?:10|9|8) ?(?:/|out of) ?10|(?:severe|terrible|excruciating|unbearable) pain",),
        zh=(r"剧痛|剧烈(?:的)?疼痛|[痛疼]得(?:厉害|要命|受不了|不行|打滚)|(?:10|9|8|十|九|八)分",),
    ),
    Concept(
        "worst_pain",
        en=(
            r"worst pain|pain (?:is |that is )?the worst|worst (?:i'?ve|i have) ever (?:felt|had)",
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
            rf"{_BABY}{_ZH_FEW}(?:{_ZH_MONTHS}个多?月(?![前后以内来])|{_ZH_WEEKS}个?多?(?:周|星期|礼拜)(?![前后以内来了])"
            rf"|{_ZH_DAYS}天(?![前后以内来了]))",
            rf"(?:{_ZH_MONTHS}个多?月|{_ZH_WEEKS}个?多?(?:周|星期|礼拜)|{_ZH_DAYS}天)大",
            r"新生儿|刚出生|满月",
        ),
    ),
    Concept(
        "fever",
        en=(
            r"fever(?:ish|s)?|febrile|high temp(?:erature)?|running a temp(?:erature)?",
            r"temp(?:erature)?(?: of| is| was| at| around| about| reading|:)*\s*(?:3[89]|4[0-2]|10[0-6])(?:\.\d+)?",
            r"(?:3[89]|4[0-2])(?:\.\d)?\s*(?:°\s*c?|degrees|c)|10[0-6](?:\.\d)?\s*(?:°\s*f?|degrees|f)",
        ),
        zh=(
            r"发烧|发热|高烧|低烧|烧到|体温(?:升高|高|偏高)|(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|°|℃)",
        ),
    ),
    Concept(
        "stiff_neck",
        en=(
            r"stiff neck|neck stiffness|nuchal rigidity",
            near_en(r"neck", r"stiff[a-z]*|rigid", 2),
            rf"(?:can'?t|cannot|unable to) (?:bend|move|turn|touch) {_POSS} (?:neck|head|chin)",
        ),
        zh=(
            r"颈项强直",
            near_zh(
                r"脖子|颈部|颈项|后颈", r"僵硬|僵|发硬|硬|强直|转不动|动不了|不能低头|低不了头", 3
            ),
        ),
    ),
    Concept(
        "photophobia",
        en=(
            r"sensitiv[a-z]* to (?:the )?light|light[- ]sensitiv[a-z]*|photophobi[a-z]*",
            rf"light (?:hurts|bothers|is hurting) {_POSS} eyes|(?:can'?t|cannot) (?:stand|tolerate|bear) (?:the )?light",
        ),
        zh=(r"怕光|畏光|见光(?:就)?(?:难受|疼|痛|刺眼)|光线刺眼",),
    ),
    Concept(
        "nonblanching_rash",
        en=(
            r"(?:rash|spots|blotches)[^.]{0,40}?(?:doesn'?t|does not|don'?t|do not|won'?t|didn'?t|did not) "
            r"(?:fade|blanch|disappear|go away)[^.]{0,20}?(?:glass|press[a-z]*)",
            r"non[- ]?blanch[a-z]*|(?:glass|tumbler) test|purpur[a-z]*|petechia[a-z]*",
            r"(?:purple|dark red) (?:spots|rash|blotches|pinpricks?|bruises)",
        ),
        zh=(
            r"(?:按|压)(?:了|着|上去)?(?:也|都)?不(?:褪色|消退|退|变白)|压之不褪色|不褪色的(?:皮疹|疹子|红点|斑点|紫点)",
            r"紫癜|出血点|瘀点|(?:紫色|紫红色)的?(?:斑点|皮疹|疹子|点|斑)",
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
            r"剧烈(?:的)?头[痛疼]|头痛欲裂|头[痛疼]得(?:厉害|要命|受不了|不行|要炸)|"
            r"头(?:非常|特别|极其|十分)[痛疼]|严重(?:的)?头[痛疼]|头剧痛",
        ),
    ),
)


@dataclass(frozen=True)
class Rule:
    """A red flag: fires when any `when` term is satisfied; a term needs all of its items,
    and an item "a|b" is satisfied by either concept."""

    code: str
    label_en: str
    label_zh: str
    when: tuple[tuple[str, ...], ...]


RULES: tuple[Rule, ...] = (
    Rule(
        "chest_pain_cardiac",
        "Chest pain with warning signs of a heart problem",
        "胸痛伴心脏急症警示症状",
        (("chest_pain", "dyspnea|severe_dyspnea|sweating|radiating"), ("heart_attack",)),
    ),
    Rule(
        "stroke",
        "Possible stroke",
        "疑似中风（脑卒中）",
        (
            ("face_droop",),
            ("one_side_weakness",),
            ("slurred_speech",),
            ("sudden_confusion",),
            ("thunderclap",),
            ("stroke_words",),
        ),
    ),
    Rule("severe_breathing", "Severe difficulty breathing", "严重呼吸困难", (("severe_dyspnea",),)),
    Rule(
        "anaphylaxis",
        "Possible severe allergic reaction",
        "疑似严重过敏反应",
        (
            ("airway_swelling",),
            ("allergen", "dyspnea|severe_dyspnea|swallowing"),
            ("hives", "dyspnea|severe_dyspnea|swallowing"),
            ("facial_swelling", "allergen|hives|dyspnea|severe_dyspnea|swallowing"),
        ),
    ),
    Rule(
        "heavy_bleeding",
        "Heavy or uncontrolled bleeding",
        "大量或无法止住的出血",
        (("heavy_bleeding",),),
    ),
    Rule(
        "unconscious_seizure",
        "Loss of consciousness or seizure",
        "意识丧失或抽搐",
        (("unconscious",),),
    ),
    Rule(
        "suicide_self_harm", "Thoughts of suicide or self-harm", "自杀或自伤念头", (("suicide",),)
    ),
    Rule(
        "pregnancy_bleeding_pain",
        "Bleeding or severe abdominal pain in pregnancy",
        "孕期出血或剧烈腹痛",
        (("pregnant", "bleeding_any|heavy_bleeding|severe_abd_pain"),),
    ),
    Rule(
        "infant_fever",
        "Fever in a baby under 3 months",
        "3个月以下婴儿发烧",
        (("infant", "fever"),),
    ),
    Rule(
        "meningitis",
        "Possible meningitis warning signs",
        "疑似脑膜炎警示症状",
        (
            ("fever", "stiff_neck"),
            ("nonblanching_rash",),
            ("severe_headache|thunderclap", "stiff_neck|photophobia"),
        ),
    ),
    Rule(
        "severe_abdominal_rigid",
        "Severe abdominal pain with warning signs",
        "剧烈腹痛伴警示体征",
        (
            ("rigid_abdomen", "abd_pain|severe_abd_pain|severe_pain"),
            ("worst_pain", "abd_pain|severe_abd_pain"),
            ("worst_abd_pain",),
        ),
    ),
)

RULE_CODES: frozenset[str] = frozenset(rule.code for rule in RULES)
_RULES_BY_CODE = {rule.code: rule for rule in RULES}
_MATCHER = ConceptMatcher(CONCEPTS)


@dataclass(frozen=True)
class RedFlag:
    code: str
    label_en: str
    label_zh: str
    matched: str  # the triggering phrase(s) from the patient's text

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


def _evaluate(affirmed: dict[str, str]) -> list[RedFlag]:
    flags: list[RedFlag] = []
    for rule in RULES:
        for term in rule.when:
            phrases: list[str] = []
            for item in term:
                hit = next((affirmed[c] for c in item.split("|") if c in affirmed), None)
                if hit is None:
                    break
                phrases.append(hit)
            else:
                flags.append(RedFlag(rule.code, rule.label_en, rule.label_zh, " + ".join(phrases)))
                break
    return flags


def screen(text: str) -> list[RedFlag]:
    """Red flags raised by one piece of patient text (all its concepts are combined)."""
    return _evaluate(_MATCHER.affirmed(text))


def screen_conversation(texts: Sequence[str], window: int = 3) -> list[RedFlag]:
    """Screen each patient message, plus the combination of the last `window` messages
    (chest pain in one message, sweating in the next)."""
    found: dict[str, RedFlag] = {}
    for text in texts:
        for flag in screen(text):
            found.setdefault(flag.code, flag)
    combined: dict[str, str] = {}
    for text in list(texts)[-window:] if window > 0 else []:
        for concept, phrase in _MATCHER.affirmed(text).items():
            combined.setdefault(concept, phrase)
    for flag in _evaluate(combined):
        found.setdefault(flag.code, flag)
    return [found[rule.code] for rule in RULES if rule.code in found]


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
    return _RULES_BY_CODE[code]
