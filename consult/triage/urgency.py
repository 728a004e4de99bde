"""Urgency discriminators beyond the red flags: which combinations make a case an emergency,
urgent, or safe for self-care. Each rule cites the triage reference it follows."""

# ruff: noqa: E501 -- phrase tables read better with each regex alternative on one line.

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import redflags
from .context import negation_scope
from .facts import (
    CHEST_COMPANIONS,
    COMPANION_SYMPTOMS,
    NONE,
    SYMPTOMS,
    TESTICLES,
    affirmed_phrases,
    age_years,
    duration_days,
    find_conditions,
    find_severity,
    findings,
    severity_is_numeric,
    severity_score,
    zh_int,
)
from .lang import Concept, ConceptMatcher, normalize
from .planner import young_male

# Sources cited by the rules.
MTS = "Manchester Triage System (3rd ed.) discriminators"
NHS = "NHS 111 / nhs.uk conditions guidance"
NICE_SEPSIS = "NICE NG51 sepsis: high-risk criteria"
NICE_FEVER = "NICE NG143 fever in under 5s; NHS 111 fever guidance"

# After a household word: not only the family's fright, worry or say ("全家都吓坏了", "the whole
# family is worried sick"), which is no illness shared.
_ZH_NOT_FEELING = (
    r"(?![^，。,！？!?]{0,4}?(?:吓|担心|着急|急坏|急死|慌|紧张|害怕|劝|觉得|以为|催|陪|商量|关心))"
)
_EN_NOT_FEELING = (
    r"(?!(?: [a-z']+){0,3} (?:scared|worried|frightened|panick[a-z]*|terrified|freaking|freaked|"
    r"concerned|anxious|upset|telling|told|says|said|thinks?|thought)\b)"
)

# After "lower right": a tooth, the jaw, the face or a limb there is no lower right tummy
_EN_NOT_OTHER_SITE = (
    r"(?!(?: (?:side|of|my|the|his|her|back|big|front|wisdom|last|end|bottom|top|upper|lower|"
    r"inner|outer))* (?:tooth|teeth|molars?|premolars?|wisdom|gums?|jaw|jawbone|fillings?|crowns?|"
    r"eyelids?|eyes?|lips?|cheeks?|ears?|face|limbs?|legs?|arms?|foot|feet|hands?)(?![a-z]))"
)

# One character of an English gap that starts no denial ("not", "isn't", "no", "nor"): a span
# whose gap holds one is denied ("my foot isn't cold or pale").
_EN_NO_DENIAL = r"(?:(?!\b(?:not|no|nor|neither|never|isn'?t|aren'?t|wasn'?t|weren'?t)\b)[a-z ,'])"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "crushing_chest",
        en=(
            r"crush[a-z]*|squeez[a-z]*|elephant (?:is )?(?:sitting|standing) on|(?:heavy )?weight on (?:my |his |her )?chest|vice|pressure on (?:my |his |her )?chest|chest (?:feels )?(?:heavy|tight)",
        ),
        zh=(r"压榨|压着|像(?:大)?石头压|紧缩|憋闷|胸口发紧|胸口很闷|胸口沉",),
    ),
    Concept(
        "pleuritic",
        en=(
            r"(?:hurts?|pain|painful|sharp pain|stabbing)(?: [a-z']+){0,7} (?:when|as|if|while) (?:i |he |she )?(?:breathe|breath|breathe in|take a (?:deep )?breath|cough(?:ing)?)(?![a-z])|(?:every|each) breath (?:is agony|hurts|is painful|kills)",
        ),
        # the gap holds no denial: "咳嗽 不喘 没胸痛" denies the chest pain (round 7: a flu told
        # with its warning signs denied read as pleuritic pain)
        zh=(
            r"(?:吸气|深呼吸|咳嗽|喘气|吸口气|呼吸)(?:(?!没|无|不(?!停|止|断|了))[^，,。]){0,12}(?:[痛疼]|加重|扎|刺)",
            # the bare 咳 of speech: "咳的时候疼", "一咳就疼" (round 10, h9-zh-04)
            r"(?:一|每次)?咳(?!血)(?:嗽)?(?:一下|一声|起来|的时候|时候|时|就)(?:(?!没|无|不(?!停|止|断|了))[^，,。]){0,8}(?:[痛疼]|扎|刺)",
        ),
    ),
    Concept(
        "calf_swelling",
        en=(
            # round 11 (r11t-en-10): "calf's swollen and warm", the contraction of "is" as terse
            # writers put it
            r"(?:calf|leg) (?:has been |is |was |looks |feels |has gone |went )?(?:all )?(?:[a-z]+ and )?(?:sore|painful|aching|swollen|swelling|puffy|red and swollen|tender|hot and swollen)|(?:calf|leg)'s (?:all |a bit |really |very |quite )?(?:[a-z]+ and )?(?:swollen|puffy|swelled up|puffed up)|(?:swollen|puffy|tender) (?:left |right )?(?:calf|leg)|swelling in (?:my |his |her )?(?:left |right )?(?:calf|leg)|(?:calf|leg) (?:is |has )?(?:puffed|swelled|blown) up"
            # "my calf has been hurting since yesterday and it's swollen and warm" (nhs.uk DVT: pain,
            # swelling and warm skin in one leg, usually the calf)
            r"|(?:calf|leg)(?:'s| has been| is| was)? (?:hurting|aching|throbbing|sore)[a-z ,']{0,40}(?:swollen|swelling|warm|hot|red)"
            # one calf bigger than the other (nhs.uk DVT: swelling in one leg)
            r"|(?:calf|leg) (?:is |looks |feels |has got |got )?(?:a lot |much |a bit |noticeably )?(?:bigger|thicker|fatter|wider|larger) than the other",
        ),
        # "小腿肚子一边肿了" (calf, one side; nhs.uk DVT: swelling in one leg, usually the calf)
        zh=(
            r"小腿(?:肚子?)?(?:一边|一侧|左边|右边)?(?:又|也|有点|很)?(?:肿|肿胀|发肿|胀痛)|小腿(?:又红又肿|红肿|又肿又[痛疼红]|肿得)|腿(?:也)?肿了|单侧腿肿|一(?:条|边)腿(?:又)?(?:肿|粗)"
            # "小腿比左边粗一圈": one calf thicker than the other
            r"|(?:小腿|腿)(?:肚子?)?比(?:另一|左|右)[边侧条只]?(?:的)?(?:小腿|腿)?(?:要|还|明显)?(?:粗|肿|大)",
        ),
    ),
    Concept(
        "travel_or_surgery",
        en=(
            r"(?:hip|knee|joint|shoulder) (?:was |got |had )?(?:replaced|replacement)|had (?:my )?(?:hip|knee) (?:replaced|done)|c-?section|caesarean|cesarean|(?:just |recently )?gave birth|had (?:a |my )?baby (?:\d+|two|three|a few) (?:days|weeks) ago|long[- ]haul|flew (?:back|home|in)|long (?:flight|drive|journey)|(?:since|after) (?:the|my|a) (?:flight|plane journey)|(?:\d+|several|many)[- ]?(?:hours?|hrs?)[- ]?(?:flight|drive|journey|bus ride|coach)|after (?:my |an? |the )?(?:operation|surgery)|recent(?:ly had)? (?:an? )?(?:surgery|operation)|bed ?rest",
        ),
        zh=(
            r"(?:换了?|置换)(?:髋|膝)?关节|关节置换|剖腹产|刚生完孩子|产后|坐月子|(?:长途|很久的|十几个小时的)(?:飞机|飞行|车)|坐了很久的(?:飞机|车)|刚做完手术|手术后|术后|卧床",
        ),
    ),
    Concept(
        "rlq_pain",
        en=(
            # round 10: a lower right tooth, jaw, eyelid or leg is no lower right tummy (nhs.uk
            # Dental abscess: urgent dentist or 111; 999 only for breathing, eye or big mouth
            # swelling)
            rf"(?:low(?:er)? down|down low|bottom) (?:on |at )?(?:the |my )?right(?: side)?{_EN_NOT_OTHER_SITE}|(?:lower right|right lower|bottom right){_EN_NOT_OTHER_SITE}(?: side)?(?: of)?(?: my| the)? ?(?:side|tummy|abdomen|belly|stomach|quadrant)?|moved (?:to|into) (?:the |my )?(?:lower )?right{_EN_NOT_OTHER_SITE}|right side of (?:my |the )?(?:lower )?(?:tummy|abdomen|belly|stomach)"
            # round 12 (r12e-zh-05 told in English): "pain low on my right side", "low down on the
            # right hand side" (nhs.uk Appendicitis / Ovarian torsion: lower right tummy pain)
            rf"|low (?:down )?on (?:the |my |his |her )?right(?: hand)?(?: side)?{_EN_NOT_OTHER_SITE}|right side,? low down{_EN_NOT_OTHER_SITE}",
        ),
        # "右下边一颗大牙", "右下巴", "右下肢", "右下眼皮": a tooth, the chin, a limb or an eyelid
        zh=(
            r"右下(?:腹|肚子)|肚子右下|(?:转移到|移到|跑到)?右下(?:边|面|方|侧|部)?"
            r"(?![^，,。；;]{0,8}(?:牙|齿|龈|颌|巴|嘴|唇|眼|腮|脸|面颊|耳|肢|腿|脚|胳膊|手))",
        ),
    ),
    Concept(
        "testicle_pain",
        en=(
            r"(?:pain|hurts?|hurting|ache|aching|sore|swollen|swelling|painful|agony|agonising|agonizing|excruciating|kicked|hit)(?: [a-z']+){0,4} (?:testic[a-z]*|testes|scrotum|balls|(?:his|my) nuts|(?:his|my) privates|(?:my|his) (?:left |right )?ball\b(?! (?:game|park|pit)))",
            r"(?:testic[a-z]*|scrotum|balls|(?:my|his) (?:left |right )?ball\b)(?: (?!(?:don'?t|doesn'?t|didn'?t|not|no|isn'?t|aren'?t|never|without)\b)[a-z',0-9]+){0,6} (?:hurts?|pain|painful|swollen|aches?|sore|sorer|tender|hard)",
        ),
        # "蛋蛋这几天慢慢越来越疼": the time and course words may stand between organ and pain
        zh=(r"(?:睾丸|蛋蛋|阴囊)[^，。,.不没无]{0,10}(?:[痛疼]|肿)",),
    ),
    Concept(
        "saddle_numbness",
        en=(
            # the buttock numb down one leg is sciatica (nhs.uk 'Sciatica': GP); both legs, the
            # saddle or the bladder stay cauda equina (nhs.uk 'Cauda equina syndrome': A&E)
            rf"numb(?:ness)? (?:around|in|between|on) (?:my |his |her )?(?:(?:bottom|buttocks|bum|backside)(?!{redflags._EN_DOWN_LEG})|genitals|private parts|groin|inner thighs|saddle)|saddle (?:numbness|anaesthesia|anesthesia)|(?:can'?t|cannot|couldn'?t) (?:really |properly |quite )?feel (?:the )?(?:(?:toilet )?(?:paper|roll|tissue)|(?:it )?when i wipe|my (?:bottom|bum|backside|private parts|genitals))|no feeling (?:around|in|between) (?:my )?(?:bottom|bum|legs|private parts|genitals)",
        ),
        zh=(
            rf"(?:屁股|肛门|会阴|裆部|大腿内侧|私处|下身)[^，,。]{{0,6}}(?:没(?:有)?感觉|没(?:有)?知觉|发木|木了)(?!{redflags._ZH_DOWN_LEG})|会阴(?:部)?(?:发)?(?:麻|没知觉)|屁股(?:周围)?(?:发)?麻(?!{redflags._ZH_DOWN_LEG})|肛门(?:周围)?(?:发)?麻|裆部(?:发)?麻|私处(?:发)?麻",
        ),
    ),
    Concept(
        "bladder_bowel",
        en=(
            r"(?:can'?t|cannot|unable to|trouble|difficulty|struggling to) (?:pee|urinate|wee|pass urine)|lost control of (?:my |his |her )?(?:bladder|bowels?)|wet (?:myself|himself|herself)|incontinen[a-z]*|(?:can'?t|cannot) (?:tell|feel) when (?:i|he|she) (?:need|needs) (?:a |to )?(?:wee|pee|poo|go)|(?:can'?t|cannot) (?:hold|control) (?:my |his |her )?(?:wee|pee|urine|bladder|bowels?)",
        ),
        zh=(
            r"尿不出|排尿困难|小便失禁|大小便失禁|控制不住大小便|憋不住尿|(?:小便|尿|大便)(?:也|都)?(?:憋不住|控制不住|失禁|兜不住)|尿(?:了)?裤子|感觉不到(?:要)?(?:小便|尿|大便)",
        ),
    ),
    Concept(
        "seizure",
        # "a fit of coughing / laughing" is no seizure
        en=(
            r"seiz[a-z]*|convuls[a-z]*|(?:had|having|has) a fit(?! of (?:coughing|laughing|giggles|sneezing|rage|temper|anger|pique))|(?:one of )?(?:his|her|my|their) (?:usual |normal |typical |epileptic )?fits\b(?! of )|shaking all over|(?:whole body|body|arms and legs) (?:was |is |were |are |started )?(?:shaking|jerking)|eyes rolled (?:back|up)|jerking",
        ),
        # a child with a fever who "抽了一下" had a febrile fit (nhs.uk Febrile seizures: call 999
        # for the first one); "抽了一下血/烟" and "腿抽筋" are not this
        zh=(
            # round 9: a fit only feared ("会不会烧起来抽风", "怕烧到抽搐") is none (nhs.uk Febrile
            # seizures); a fit that happened stays
            r"(?<!会不会)(?<!会不会烧起来)(?<!会不会烧到)(?<!怕)(?<!怕烧到)(?<!怕烧起来)(?<!担心)(?<!担心烧到)(?<!担心会)(?:抽搐|抽风|惊厥)|翻白眼|全身发抖|四肢抽动|"
            r"(?:烧|发热|高热|体温)[^。；;]{0,12}(?<![腿脚手])抽(?:了)?(?:一下|几下|一阵|好几下|起来了?|了一会儿?)(?![血烟筋])",
        ),
    ),
    Concept(
        "pregnant_late",
        en=(
            r"(?:2\d|3\d|4[0-2]) ?(?:weeks|wks) (?:pregnant|along|gone|with (?:my|our|the) |now)|(?:i'?m|im|i am|she'?s|she is) (?:2\d|3\d|4[0-2]) ?(?:weeks|wks)|(?:third|3rd|second|2nd) trimester",
        ),
        zh=(
            r"怀孕(?:2\d|3\d|4[0-2])周|孕(?:2\d|3\d|4[0-2])周|孕晚期|孕中期|怀孕[五六七八九]个(?:多)?月",
        ),
    ),
    Concept(
        "visual_disturbance",
        en=(
            r"(?:flashing|sparkl[a-z]*|flicker[a-z]*|shimmer[a-z]*|twinkl[a-z]*) lights?|seeing (?:spots|stars|flashes|sparkles|lights|zigzags?|zig-?zag lines)|zig-?zag lines|blurr[a-z]* vision|vision (?:is |went )?blurr[a-z]*|(?:lost|loss of) (?:my )?(?:vision|sight)",
        ),
        zh=(
            r"视物模糊|看东西模糊|眼(?:睛)?前(?:面|边)?(?:有|老是|总是|一直)?(?:闪光|冒金星|发黑|有亮点|一闪一闪|闪)|视力(?:下降|模糊)|看不清",
        ),
    ),
    Concept(
        "sudden_swelling",
        en=(
            r"(?:face|hands|feet|ankles|fingers)(?: and (?:face|hands|feet|ankles|fingers))? (?:suddenly |have |has |all )*(?:swell[a-z]*|puff[a-z]*)|swelling (?:of|in) (?:my |her )?(?:face|hands)",
        ),
        zh=(r"(?:脸|面部|手|脚)(?:和(?:脸|手|脚))?(?:突然)?(?:都)?肿|浮肿|水肿",),
    ),
    Concept(
        "household",
        en=(
            rf"(?:(?:whole|entire) (?:family|household)|everyone (?:in|at) (?:the |my |our )?(?:house|home|flat)|all of us|the whole house){_EN_NOT_FEELING}|we all (?:have|feel|got)(?! (?:scared|worried|frightened|panick))|we'?ve all got",
            # "several of us at home", "me and my kids all have", "the kids and i both feel"
            r"(?:several|a few|some|most|three|four) of us (?:at home|in the (?:house|flat))|"
            r"(?:me|i) and (?:my |the )?(?:kids|children|husband|wife|partner|family|parents|son|daughter|mum|mom|dad)(?: [a-z]+){0,2} (?:all|both) (?:have|feel|got|are|started)|"
            r"the (?:kids|children) and (?:i|me) (?:all|both)",
        ),
        zh=(
            # round 10: the family only frightened, worried or telling ("全家都吓坏了", "一家人都劝他",
            # "我们都担心是中风") is no household ill together: carbon monoxide is the people at home
            # with its symptoms (nhs.uk Carbon monoxide poisoning)
            rf"(?:全家|一家人|家里人都|我们(?:家)?都|家里(?:的)?人都){_ZH_NOT_FEELING}",
            # "家里几个人都", "家里好几个人都", "我和老公孩子都", "一家子都"
            rf"(?:家里(?:的)?(?:有)?(?:好|这)?几个人(?:都)?|一家子|我(?:和|跟)(?:我)?(?:老公|老婆|爱人|孩子|儿子|女儿|爸妈|父母|家人|老人)[^，。,\s]{{0,6}}都){_ZH_NOT_FEELING}",
        ),
    ),
    Concept(
        "co_source",
        en=(
            r"(?:feel|feels|felt|get|gets) better (?:when|once|after|if) (?:we |i |they )?(?:go|went|are|get|got|leave|left|step)(?: [a-z]+)? ?(?:out|outside|away)|better outside|boiler|gas (?:heater|fire|stove|leak)|carbon monoxide|charcoal|fumes",
        ),
        zh=(
            r"出门(?:就|后)?(?:好|舒服)|到外面(?:就)?(?:好|舒服)|离开家(?:就)?好|煤气|燃气热水器|炭火|烧炭|炉子|一氧化碳",
        ),
    ),
    Concept(
        "vomit_blood",
        en=(
            r"(?:vomit[a-z]*|throw(?:ing)? up|threw up|sick) (?:up )?(?:some |a lot of |fresh |dark |a bit of |a little |bits of |a little bit of )?blood|blood in (?:my |his |her )?vomit|black (?:tarry )?(?:stools?|poo)|coffee[- ]grounds?",
            # blood coughed up, but not streaks or specks in the phlegm (nhs.uk Coughing up blood:
            # GP or 111; 999 for more than a few teaspoons or with breathlessness - the red-flag
            # rules read those), as redflags.py heavy_bleeding (32a9cb6)
            r"(?:coughing up|cough(?:ed)? up) (?:up )?(?:some |a lot of |fresh |dark |a bit of |a little |bits of |a little bit of )?blood"
            r"(?![- ]?(?:streak|stain|ting|fleck|spot)|(?:y)? (?:in|with|streaked|stained|tinged) (?:my |his |her |the )?(?:phlegm|sputum|spit|mucus|snot))",
        ),
        # "咳血丝" / "咳血点" / "痰里有血丝" (streaks, specks) is no haemorrhage: nhs.uk Coughing up
        # blood - urgent GP or 111; 999 / A&E for more than a few teaspoons
        zh=(r"吐血|呕血|咳血(?!丝|点)|黑便|柏油样|吐出(?:来)?(?:的)?(?:是)?血",),
    ),
    Concept(
        "fast_breathing",
        en=(
            r"breathing (?:is )?(?:really |very |so )?(?:fast|quickly|rapidly|hard|deep|fast and deep|deep and fast|heavy and deep)|(?:rapid|fast|deep|sighing) breathing|panting|breathing really deep",
        ),
        zh=(
            r"呼吸(?:很|特别|非常)?(?:快|急促|又快又深|很深|深大)|喘得厉害|大口(?:大口)?(?:地)?喘气|喘气又深又快",
        ),
    ),
    Concept(
        "blotchy_skin",
        # round 12: "a blotchy rash", "blotchy red rash" name a rash's look (Kawasaki disease,
        # a viral rash, hives), not the blotchy skin colour of sepsis (nhs.uk Sepsis: skin, lips or
        # tongue blue, grey, pale or blotchy); a purple rash stays (meningitis, non-blanching).
        # 花斑癣 is a fungal skin patch (tinea versicolor), not mottling
        en=(
            r"blotchy(?! (?:(?:red|pink|raised|itchy|flat|lacy|bumpy|spotty|measles-like)[ ,]+(?:and )?)*(?:rash|spots|hives|welts|patches))|mottled|skin (?:looks |is |has gone |went )?(?:grey|gray|blue|ashen)",
        ),
        zh=(r"皮肤(?:发)?花(?!斑癣)|花斑(?!癣)|皮肤发灰|皮肤发青",),
    ),
    Concept(
        "high_sugar",
        en=(
            r"(?:sugars?|glucose|blood sugar|bm|readings?) (?:has |have )?(?:been |is |was |are |were )?(?:over|above|very high|really high|high|sky high|\d{2})|ketones",
        ),
        # a reading in mmol/L as Chinese patients give it: "血糖二十多", "血糖30", "血糖测了十几"
        zh=(
            r"血糖(?:很|特别|非常|一直)?(?:高|超过)|酮体|酮症|尿酮|血糖(?:有|是|到|测了|量了|测出来)?[^，。\d]{0,3}(?:[1-9]\d(?![\d.]*\s*(?:mg|毫克))|二十|三十|十[一二三四五六七八九几]|十几)|血糖(?:一直|老是|总是|怎么也)?(?:降不下来|下不来|控制不住|居高不下)|空腹(?:血糖)?(?:都|也|还|有|是)?(?:[1-9]\d(?![\d.]*\s*(?:mg|毫克))|二十|十[一二三四五六七八九几])",
        ),
    ),
    # round 13 (h12b-zh-23): a diabetes told only by its medicines ("二甲双胍，格列齐特",
    # "metformin and gliclazide", insulin) - read only with a high sugar (high_sugar_unwell)
    Concept(
        "diabetes_meds",
        en=(
            r"metformin|gliclazide|glimepiride|glipizide|sitagliptin|linagliptin|alogliptin|(?:on|take|takes|taking|use|uses|using|injects?) (?:his |her |my )?insulin|insulin (?:pen|injections?|doses?)|(?:sugar|diabetes) (?:tablets|pills|medication)",
        ),
        zh=(r"二甲双胍|格列(?:美|齐|吡)(?:脲|特)|格列齐特|西格列汀|利格列汀|胰岛素|降糖药",),
    ),
    Concept(
        "redness_spreading",
        en=(
            r"(?:redness|red (?:area|patch|bit|part|mark|skin)|rash|swelling|red streaks?)(?: (?:on|around|in) (?:my|his|her|the) [a-z]+)? (?:is |keeps |has been )?(?:spreading|getting bigger|growing|moving up|tracking)|spreading (?:redness|red)"
            # round 11 (r11u-en-20): red streaks on the skin from a wound or up a limb (nhs.uk
            # Cellulitis; lymphangitis); "bright red streaks" of spat or wiped blood are no skin sign
            r"|red (?:streaks?|lines?) (?:up|along|going up|running up|spreading up|tracking up|on|from|towards?) (?:my |his |her |the |their )?(?:arm|leg|hand|foot|skin|wrist|ankle|thigh|calf|finger|toe|cut|wound|bite|graze|scratch)s?"
            r"|(?:arm|leg|hand|foot|skin|wrist|ankle|thigh|calf|finger|toe|cut|wound|bite|graze|scratch)s?[a-z ,']{0,30}red (?:streaks?|lines?)"
            # round 6e: "the cut is red and spreading", "drew round it with pen and it's past the line"
            # (nhs.uk Cellulitis: redness that is spreading)
            r"|red,? (?:hot,? )?(?:and )?(?:spreading|getting bigger|growing)|(?:gone |spread |spreading |grown |it'?s |its |is )(?:past|beyond|over|outside) the (?:pen |biro |marker )?(?:line|mark|outline)",
        ),
        # "红的地方比昨天大了": redness larger than the day before (nhs.uk Cellulitis: spreading)
        zh=(
            r"红(?:的地方|的范围|的部分|的一片|肿)?比(?:昨天|前天|早上|之前|刚才)(?:还|又)?(?:大|宽|多)|红[^。]{0,10}(?:一天比一天|越来越)(?:大|宽)|红肿(?:热痛)?(?:在|越来越|一直)?(?:扩散|蔓延|变大)|红(?:的)?范围(?:越来越大|在扩大|变大)|红(?:的地方|肿)?(?:在)?(?:扩散|蔓延)|红(?:的地方|肿|的部分|的范围)?[^，,。]{0,6}(?:扩散|蔓延|变大)|(?:范围|面积)(?:越来越大|在扩大|变大了|扩大)",
        ),
    ),
    Concept(
        "dermatomal_blisters",
        en=(
            r"(?:stripe|band|strip|line|cluster|patch|belt|row) of (?:small |little |red )?(?:blisters|spots|rash)|(?:blisters?|rash|spots)[a-z ,']{0,20}in a (?:band|stripe|strip|line|belt)|(?:blisters?|rash) (?:on|round|around|along|across) (?:my |his |her )?(?:left|right) (?:side|ribs|chest|back|waist|flank|forehead)|(?:blisters?|rash) (?:on|down|along|around|round) (?:just )?(?:one|the (?:left|right)) side|(?:stripy|striped|streaky|band-like|belt-like) (?:red )?(?:rash|blisters)|(?:blisters?|rash)(?: [a-z']+){0,4} (?:just |only )?on (?:that|one) side|(?:on|down|round|around|along|to) one side\b[^.?!]{0,60}\bblisters|blister(?:s|y|ing)?\b[^.?!]{0,30}\b(?:forehead|eyebrow|eyelid|(?:near|round|around|by|next to|towards?) (?:my |his |her |the )?eye)|(?:forehead|eyebrow|eyelid)[^.?!]{0,30}\bblister(?:s|y|ing)?\b",
        ),
        # "一片红疹子" (a patch of rash) is no band: only a patch of blisters or a band/stripe counts
        # (nhs.uk Shingles: a band of blisters on one side)
        zh=(
            r"一侧(?:的)?(?:小)?(?:水疱|水泡|疱疹|红疹)|(?:带状|成串|一串|一条|一排|一簇|一圈)(?:带状)?(?:的)?(?:小)?(?:红)?(?:水疱|水泡|疱疹|疹子)|一片(?:的)?(?:小)?(?:水疱|水泡|疱疹)|腰上一圈|身体一边(?:起了)?(?:水疱|水泡)|(?:胸口?|腰|后背|背上|肋骨?|肚子)(?:的)?(?:一边|一侧|半边)[^。]{0,24}(?:水疱|水泡|疱疹)|(?:左|右)边(?:的)?(?:腰|胸口?|后背|肋骨|肚子)[^。]{0,24}(?:水疱|水泡|疱疹)|(?:额头|眉毛|眉头|眼皮|眼睛周围|眼角)[^，。]{0,8}(?:水疱|水泡|疱疹)"
            # the lay names of shingles (缠腰龙, 蛇缠腰, 蛇盘疮, 缠腰火丹, 生蛇) and clusters told after the
            # blister word: "小水泡，一簇一簇的" (带状疱疹中国专家共识 2018: clustered vesicles in a band)
            r"|缠腰龙|蛇缠腰|蛇盘疮|缠腰火丹|串腰龙|生蛇|蛇串疮"
            r"|(?:水疱|水泡|疱疹|小泡)[^。]{0,6}(?:一簇一簇|一串一串|一堆一堆|成簇|成串|一簇簇|一串串|连成(?:一)?(?:片|条|串))",
        ),
    ),
    Concept(
        "stridor",
        en=(
            r"bark(?:ing|y)(?: seal| seal-like| dog| dog-like)? cough|seal(?:-like)? (?:bark|cough)|croup(?:y)? cough|cough(?:s|ing)?(?: sounds?)? like (?:a )?(?:seal|(?:little )?dog(?: barking)?|barking)|(?:sounds?|sounding) like a (?:seal|barking dog|dog barking)|seal-?like|stridor|noisy (?:breathing|sound when (?:breathing|he breathes|she breathes))|(?:whistl|squeak)[a-z]* (?:sound )?when (?:breathing|he breathes|she breathes) in",
        ),
        zh=(
            r"犬吠样(?:咳嗽)?|(?:咳嗽|咳)(?:的)?(?:声音?)?(?:有点|就)?像(?:小)?(?:狗|海豹|鸭子)(?:在)?叫|空空(?:的|地|样)?咳|咳(?:起来|得)?空空(?:的|响)?|咳嗽像狗叫|像小狗叫|(?:跟|和|同)(?:小)?(?:狗|海豹|鸭子)(?:在)?叫(?:似的|一样|差不多)|(?:呼呼|嘶嘶|咝咝|嗬嗬|吱吱)(?:的)?吸气声|像(?:狗|鸭子|海豹|公鸡)叫|吸气(?:时|的时候)?(?:有点|很|特别)?(?:费劲|费力|困难)|吸气(?:时|的时候)?(?:有)?(?:响声|声音|喉鸣|呼噜声)|喉鸣",
        ),
    ),
    Concept(
        "inhaler_not_working",
        en=(
            r"(?:inhaler|puffer|pump|ventolin|salbutamol|albuterol|reliever|nebuli[sz]er)[a-z0-9 ,']{0,40}?(?:is(?:n'?t| not)|does(?:n'?t| not)|did(?:n'?t| not)|not|isnt|no) (?:working|helping|help|doing anything|doing much|touching it|making (?:any |a )?difference)|inhaler (?:has )?(?:stopped working|no help)",
        ),
        zh=(
            r"(?:喷雾|吸入剂|喷剂|气雾剂|万托林|沙丁胺醇|急救药|哮喘药)[^，。]{0,8}?(?:也|都)?(?:不管用|没用|没效果|不起作用|不太管用|不怎么管用|效果不好|不顶用|没有用)",
        ),
    ),
    # Hives (nhs.uk Hives: a pharmacist can help; see a GP if the rash keeps coming back - chronic
    # urticaria, NICE CKS Urticaria: 6 weeks or more); counted in _self_care only - round 8
    Concept(
        "hives",
        en=(r"hives|urticaria|welts|wheals",),
        zh=(r"荨麻疹|风团|风疹块|风疙瘩|鬼风疙瘩",),
    ),
    # A contact lens wearer (nhs.uk Red eye: urgent GP or 111 for a red eye in someone who wears
    # contact lenses with pain, light sensitivity or blurred sight - College of Optometrists:
    # microbial keratitis); the lens alone counts only in the vision discriminator
    Concept(
        "contact_lens",
        en=(
            r"contact lens(?:es)?|(?:wear|wearing|wore|with|in) (?:my )?contacts|contacts? wearer|daily (?:disposables|lenses)|monthly lenses",
        ),
        zh=(r"隐形眼镜|(?:戴|带|摘)(?:了|着)?隐形|月抛|日抛|半年抛|年抛|美瞳|角膜塑形镜|OK镜",),
    ),
    Concept(
        "photophobia",
        en=(
            r"(?:light|brightness) (?:hurts|bothers)|sensitive to light|hates the light|photophobia|can'?t stand (?:the )?light",
        ),
        zh=(r"怕光|畏光|见光(?:就)?[痛疼]",),
    ),
    Concept(
        "persistent",
        en=(
            r"always (?:thirsty|tired|exhausted|cold|hungry|out of breath|breathless)|for (?:months|years)|(?:months|years) now|every day for (?:weeks|months)|(?:last|past) (?:few |couple of |\d+ |six |three )?months",
        ),
        zh=(
            # round 12: 长期 of a habit ("长期低头对着电脑", "长期久坐") is how a neck or back
            # strain comes (nhs.uk Neck pain: poor posture), not a symptom lasting months
            r"总觉得|总感觉|长期(?!(?:低头|伏案|久坐|坐着|对着|看电脑|看手机|玩手机|用电脑|熬夜|加班|上夜班|开车|站着))|好几个月|几个月了|(?:这|近)(?:半年|几个月|一年|两年)|半年(?:多)?了|一年(?:多)?了",
        ),
    ),
    Concept(
        "weight_loss",
        en=(
            r"(?:losing|lost|(?<!trying to )(?<!want to )(?<!need to )(?<!have to )lose|dropping) (?:a lot of |some |so much )?weight|(?<!trying )(?<!for )weight loss(?! (?:diet|plan|programme|program|jabs?|injections?|drugs?|pills?|group|app|surgery))",
        ),
        zh=(r"体重(?:也)?(?:在)?(?:下降|减轻|掉了|减少|轻了)|瘦了(?:很多|不少)?|消瘦",),
    ),
    Concept(
        "tropical_travel",
        en=(
            r"(?:back|returned|came back|just got back|travell?ed|been) (?:home )?(?:from|to) (?:africa|nigeria|ghana|kenya|uganda|tanzania|malawi|congo|sierra leone|india|pakistan|bangladesh|thailand|cambodia|vietnam|indonesia|the tropics|papua new guinea|brazil)|malaria",
        ),
        zh=(
            r"(?:从|去了?|到)(?:非洲|尼日利亚|加纳|肯尼亚|坦桑尼亚|刚果|印度|东南亚|柬埔寨|缅甸|老挝|热带)|疟疾",
        ),
    ),
    Concept(
        "red_painful_eye",
        en=(
            r"eye (?:is |feels )?(?:red and )?(?:painful|hurts|sore|aching)|painful (?:red )?eye|(?:red|bloodshot) (?:and painful )?eye (?:that )?hurts|eye(?: [a-z]+){0,4} (?:really |very |so )?(?:painful|hurts|aching)(?: and red)?",
        ),
        zh=(
            r"眼睛(?:又红又|红而且|发红)?(?:很)?[痛疼]|眼(?:睛)?红(?:肿)?(?:而且|还)?[痛疼]|眼珠[痛疼]|(?:眼睛|眼球|[左右]眼)[^，,。]{0,6}胀[痛疼]",
        ),
    ),
    # A late or missed period with pain and fainting, pallor or shoulder-tip pain: nhs.uk Ectopic
    # pregnancy (call 999 / A&E for sudden sharp tummy pain, feeling very dizzy or fainting, looking
    # very pale, shoulder-tip pain). "about 2 weeks late", "nearly passing out", "white as a sheet".
    # Painless blood in the urine and bleeding after the menopause are for a GP (nhs.uk Blood in
    # urine: see a GP, even if it happens once; nhs.uk Post-menopausal bleeding: see a GP); heavy
    # bleeding, clots, fever or being unable to pee are still covered by the other rules.
    Concept(
        "blood_in_urine",
        en=(
            r"blood in (?:my |his |her |the )?(?:pee|urine|wee)|(?:bloody|red|pink) (?:pee|urine|wee)|(?:peeing|weeing|passing) blood|(?:pee|urine|wee) (?:is |was |looks? )?(?:red|pink|bloody)",
        ),
        zh=(
            r"尿血|血尿|(?:尿|小便|尿液)(?:里|中)(?:有|带)血|(?:尿|小便)(?:是|发|变)?(?:红色?|粉红色?)的?",
        ),
    ),
    # A hot, swollen joint (nhs.uk Joint pain and Septic arthritis: urgent GP or 111 if a joint is
    # hot or swollen and you have a high temperature or feel hot and shivery).
    Concept(
        "hot_joint",
        en=(
            r"(?:knee|ankle|hip|elbow|wrist|shoulder|joint)s?(?: is| has| feels| looks)?(?: gone| been)?(?: all| really| very| so)? (?:hot|warm|red hot)|(?:hot|warm),? (?:red |swollen |and swollen |and red )*(?:knee|ankle|hip|elbow|wrist|shoulder|joint)",
        ),
        # also a toe or finger joint told red and swollen: "脚趾头红肿" (nhs.uk Gout / Septic arthritis:
        # urgent with a temperature)
        zh=(
            r"(?:膝盖|关节|脚踝|手腕|胳膊肘|髋)[^，。]{0,6}(?:发热|发烫|烫|红肿热痛)|(?:脚趾|脚指|大拇脚趾|大脚趾|手指关节)(?:头)?[^，。]{0,4}(?:红肿|发烫|发热|烫)",
        ),
    ),
    # Periods irregular for months, or coming only every 2 or 3 months (nhs.uk Irregular periods:
    # see a GP if periods come less often than every 35 days, or vary a lot; nhs.uk Polycystic ovary
    # syndrome: see a GP for irregular periods with excess hair or acne): a GP matter, no self-care.
    Concept(
        "irregular_periods",
        en=(
            r"(?:irregular|erratic|unpredictable) periods?|periods? (?:are |is |have been |has been |always )?(?:really |very |quite |so |always |all )?(?:irregular|erratic|unpredictable|all over the place)|"
            r"periods? (?:only )?(?:comes?|come|arrives?|turns? up)? ?(?:once )?every (?:\d+|two|three|four|six|few|couple of)(?:[- ](?:to|or)?[- ]?(?:\d+|three|four))? months|"
            r"(?:only )?(?:get|have|had) (?:a |my )?periods? (?:once )?every (?:\d+|two|three|four|six|few|couple of)(?:[- ](?:to|or)?[- ]?(?:\d+|three|four))? months|"
            r"(?:only )?(?:\d+|two|three|four|a few) periods? (?:a|per|in a|in the last) year",
        ),
        zh=(
            r"月经不调|(?:月经|例假|大姨妈|姨妈)(?:周期)?(?:老是|总是|老|总|一直|很|特别|都|经常|从来)?(?:不准|不规律|不规则|乱(?:来|了)?|没个准)|"
            # the every-few-months count needs a period word before it: "唇疱疹 每隔几个月就来一次" is a
            # cold sore that recurs (round 7t)
            r"(?:月经|例假|大姨妈|姨妈|来事)[^。]{0,12}(?:(?:两三|三四|两|三|四|五|六|几|好几|\d+)个(?:多)?月(?:才|就|只)?来(?:一次|一回)|一年(?:只|才|就)?来(?:两三|三四|两|三|四|几)(?:次|回))",
        ),
    ),
    Concept(
        "period_late",
        en=(
            r"period(?:'s| is| was| has been)? (?:about |nearly |almost |over |more than |at least )?(?:a |an |\d+ |one |two |three |a few |a couple of )?(?:days?|weeks?|fortnight|bit|little)? ?(?:late|overdue)|(?:missed|skipped|late) (?:my |her |a )?periods?|(?:haven'?t|hasn'?t|didn'?t) (?:had|get|got) (?:my|her|a) period",
        ),
        zh=(r"(?:月经|例假|大姨妈|姨妈)(?:已经|都)?(?:推迟|没来|晚了|迟了|延迟|过了)|停经",),
    ),
    Concept(
        "pale_or_faint",
        en=(
            r"white as a sheet|(?:gone|went|turned|looks?|looking) (?:very |really |so |deathly )?(?:pale|grey|gray|white)\b|(?:nearly|almost|keeps?(?: on)?|keep) (?:nearly |almost )?(?:passing|pass(?:ed)?|blacking|black(?:ed)?) out|(?:feels?|felt|feeling) (?:very |really )?faint|shoulder[- ]tip|tip of (?:my|her|the) shoulder",
        ),
        zh=(
            r"脸色(?:很|特别|煞)?(?:苍白|发白|惨白|煞白)|脸(?:都)?白了|差点(?:晕|昏)|快(?:要)?晕(?:倒|过去)|肩(?:膀)?尖",
        ),
    ),
    # Pain that came on suddenly or woke the person (nhs.uk Testicle pain: A&E for sudden, very bad
    # pain) and pain that came on gradually (urgent GP or 111: epididymitis).
    Concept(
        "sudden_word",
        en=(
            r"sudden(?:ly)?|all of a sudden|out of (?:nowhere|the blue)|woke (?:him |her |me |them )?(?:up )?(?:with|from|in)|came on (?:all at once|in seconds)",
            # round 12 (h11b-en-12): the pain woke them at an hour of the night ("woke him at 5am",
            # "it woke her up at 3"; nhs.uk Testicle pain / Stomach ache: sudden pain - A&E)
            r"(?:it |pain |the pain )?woke (?:him|her|me|them) (?:up )?(?:at (?:[1-6](?::\d\d)?|one|two|three|four|five|six) ?(?:am|a\.m\.|in the morning|o'?clock)?|in the (?:night|early hours)|during the night)(?![a-z])",
        ),
        zh=(r"突然|忽然|一下子(?:就)?[痛疼]|[痛疼]醒",),
    ),
    Concept(
        "gradual",
        en=(
            r"gradual(?:ly)?|slowly|bit by bit|(?:getting|got|been getting) (?:worse|sorer|more (?:sore|painful))|over (?:the (?:last|past) )?(?:a few|several|\d+|two|three|four|(?:a )?couple(?: of)?) days",
        ),
        # the Chinese of "over the last few days" and a denied sudden onset ("不是突然痛起来的",
        # answered "两三天了" to when it started: nhs.uk Testicle pain - pain or swelling for
        # several days is an urgent GP or 111 matter, only sudden pain is A&E)
        zh=(
            r"慢慢|逐渐|渐渐|越来越|(?:不是|并不是|并不|并非|没有|不算)(?:很|那么|特别)?(?:突然|忽然|一下子)"
            r"|(?:这|近|最近)(?:几|两|三|两三|三四|好几)天|(?:肿|疼|痛|胀)了(?:两|三|四|五|几|两三|三四|四五|好几)天|(?<![一\d])(?:两|三|四|五|几|两三|三四|四五|好几|[2-9])天(?:了|来|以来)",
        ),
    ),
    # A faint that came round at once and is well now (nhs.uk Fainting: a single faint with a
    # trigger such as heat needs no 999; nhs.uk Heatstroke: 999 when someone does not recover
    # within 30 minutes of cooling, loses consciousness or fits).
    Concept(
        "quick_recovery",
        en=(
            r"came (?:round|around|to) (?:straight away|right away|quickly|at once|in (?:a few )?seconds|after (?:a few|a couple of) seconds)|(?:feel|feels|felt|is|seems?) (?:fine|ok|okay|normal|back to normal|completely fine) now"
            # round 9: "feeling much better now" after cooling down (nhs.uk Heat exhaustion: no
            # emergency help if you cool down within 30 minutes)
            r"|(?:feel|feeling|feels|i'?m|im) (?:much|loads|a lot|heaps) better now",
        ),
        zh=(
            r"(?:很快|马上|一会儿|几秒钟?)(?:就)?(?:醒|缓)(?:了|过来)|现在(?:已经)?(?:没事|好了|正常)|现在(?:已经)?(?:好多了|好很多了|缓过来了)",
        ),
    ),
    # A panic attack that has settled (nhs.uk Panic disorder: see a GP; NICE CG113): fear of dying
    # with palpitations and shaking that passed on its own.
    Concept(
        "panic_settled",
        en=(
            r"panic attack|anxiety attack|thought i was (?:going to|gonna) die"
            # fear of dying in the attack, as redflags.py panic_fear (454f6bf)
            r"|(?:think|thought|feel|felt|feels|sure) (?:like )?(?:i'?m|i am|i was) (?:going to|gonna|about to) die|sense of (?:doom|dread)",
        ),
        zh=(r"惊恐发作|(?:觉得|以为|感觉|感到)(?:自己)?(?:要|快要|快)死了|焦虑发作|濒死感",),
    ),
    # An attack told as a bounded episode ("lasts about 10 min", "持续大约10分钟"): nhs.uk Panic
    # disorder - a panic attack usually lasts 5 to 20 minutes; as redflags.py episode_bounded
    Concept(
        "episode_bounded",
        en=(
            r"lasts? (?:for )?(?:about |around |roughly |maybe )?(?:\d+|a few|five|ten|fifteen|twenty) ?min|(?:passes|goes away|settles) (?:after|within) (?:about )?(?:\d+|a few|ten|twenty) ?min",
        ),
        zh=(r"(?:持续|大概|大约)[^，,。]{0,4}(?:\d+|五|十|十几|二十)分钟|几分钟就(?:好|过去)",),
    ),
    # Out of breath with exercise or exertion, settling with a rest (nhs.uk Shortness of breath: it
    # is normal to get out of breath with exercise; see a GP if it happens regularly or is worse
    # when active; nhs.uk Asthma: see a GP if you think you have asthma)
    Concept(
        "exertion_settles",
        en=(
            r"(?:breathless|out of breath|short of breath|puffed|winded|wheez[a-z]*|breathing hard)[a-z ,']{0,30}(?:after|when|while|during|if) (?:i |i'?m |he |she |he'?s |she'?s )?(?:run|running|jog|jogging|exercis[a-z]*|(?:do |doing )?sports?|(?:play|playing) (?:football|sport|tennis|netball|basketball)|(?:climb|climbing|going up|walk up|walking up) (?:the )?(?:stairs|hills?)|at the gym|(?:[a-z]+ )?(?:training|practice)|swimming|cycling)[a-z ,']{0,40}(?:settles?|goes? away|(?:is |am |'m |feel |get )?(?:fine|ok|okay|better|normal)|passes|recover[a-z]*)[a-z ,']{0,12}(?:after|with|once|when|if) (?:a |i |he |she )?(?:(?:short |little |few minutes'? )?rest|stop|sit down|catch (?:my|his|her) breath|slow down|a (?:minute|few minutes))",
            r"(?:after|when|while|during) (?:i |he |she )?(?:run|running|jog|jogging|exercis[a-z]*|sports?|climbing (?:the )?stairs)[a-z ,']{0,20}(?:breathless|out of breath|short of breath|puffed|winded|wheez[a-z]*)[a-z ,']{0,40}(?:settles?|goes? away|fine|ok|okay|better|normal|passes)[a-z ,']{0,12}(?:after|with|once|when) (?:a |i |he |she )?(?:(?:short |little )?rest|stop|sit down|catch (?:my|his|her) breath)",
        ),
        zh=(
            r"(?:跑完?步|跑完|运动|锻炼|爬楼梯?|上楼|爬山|打球|踢球|游泳|骑车|健身)[^。]{0,10}(?:喘|气短|气不够用|上气不接下气|憋气|呼吸急)[^。]{0,10}(?:歇|休息|停下来?|坐下|缓)(?:一会儿?|一下|几分钟|片刻)?(?:就|又|便)?(?:好|没事|缓过来|正常|不喘)",
        ),
    ),
    # round 13 (h12b-en-19): asthma told by how often a week - the reliever used a number of
    # times a week, or woken coughing some nights a week ("using my blue inhaler 4-5 times a
    # week", "蓝色喷雾一周要用四五次", "一周有两三个晚上咳醒"): a control pattern for a review,
    # not a breathless spell now (nhs.uk Asthma: see a GP or asthma nurse if you use your reliever
    # inhaler 3 or more times a week; NICE NG245: uncontrolled asthma - review). A sudden or
    # at-rest breathlessness still counts (breathlessness), and an attack is the red flags'.
    Concept(
        "asthma_control",
        en=(
            r"(?:blue |reliever |ventolin |salbutamol )?(?:inhaler|puffer|ventolin|salbutamol)[a-z ,']{0,25}?(?:\d+(?: ?(?:-|to|or) ?\d+)?|once|twice|two|three|four|five|a few|several|a couple of) (?:times |days )?(?:a|per|each|every) week",
            r"(?:waking|wake|woken|wakes) (?:up )?(?:at night )?(?:coughing|wheezing|wheezy|with (?:a )?(?:cough|wheeze))[a-z ,']{0,12}(?:\d+|once|twice|two|three|a few|a couple of|some) (?:nights?|times) (?:a|per|each|every) week",
        ),
        zh=(
            r"(?:蓝色的?)?(?:喷雾|喷剂|吸入剂|气雾剂|万托林|沙丁胺醇)[^。，,]{0,8}(?:一周|每周|一个星期|每个?星期|一个礼拜|每个?礼拜)(?:要|得|都)?(?:用|喷|吸)?(?:[一二两三四五六]{1,2}|\d+(?:-\d+)?|几)次",
            r"(?:一周|每周|一个星期|每个?星期|一个礼拜|每个?礼拜)(?:有|都有|总有)?(?:[一二两三四]{1,2}|\d+|几)(?:个)?(?:晚上|夜里|夜)[^。，,]{0,4}(?:咳醒|憋醒|喘醒|咳嗽醒)",
        ),
    ),
    # Attacks at the same time every day or night, like clockwork (nhs.uk Cluster headaches: they
    # often happen at the same time each day, for weeks; see a GP)
    Concept(
        "clockwork_attacks",
        en=(
            r"(?:every|each) (?:night|day|evening|morning)(?: [a-z]+){0,2} (?:at|around) (?:about |around |roughly |exactly |almost |nearly )?the same (?:time|hour)|(?:at|around) (?:about |around |roughly |exactly |almost |nearly )?the same (?:time|hour) (?:every|each) (?:night|day|evening|morning)|like clockwork",
        ),
        zh=(
            r"每(?:天|晚|日|夜)(?:晚上|夜里|早上|半夜)?(?:都)?(?:差不多|基本|几乎)?(?:在)?(?:同一个?|固定的?|一样的|相同的?)(?:时间|时候|点|钟点)|到点就(?:疼|痛)|(?:同一个?|固定的?)(?:时间|钟点)(?:就)?(?:发作|疼|痛)",
        ),
    ),
    # Sunburn that blisters widely ("blisters all over my back", "起了一大片水泡"): nhs.uk Sunburn -
    # urgent GP or 111 when the skin is blistering or swelling badly (a few small blisters stay a
    # GP's or pharmacist's); counts only with sc_sunburn (sunburn_warning)
    Concept(
        "sunburn_blisters_wide",
        en=(
            r"(?:lots of|loads of|a lot of|many|covered in|full of|huge|massive) (?:big |large |huge )?blisters|blisters? (?:all over|everywhere|across (?:my|his|her|the))|blister(?:ing|ed)? (?:all over|badly|everywhere|across (?:my|his|her|the))|(?:skin|back|shoulders?|arms?|legs?|face|chest) (?:is |are |has |have )?(?:all )?blister(?:ing|ed) (?:all over|badly|everywhere)",
        ),
        zh=(
            r"(?:很多|好多|一大片|大片|满背|满身|全身|到处|一片片|一片一片)(?:的)?(?:大)?(?:水泡|水疱|泡)|(?:水泡|水疱)[^。，,]{0,3}(?:很多|好多|一大片|连成片|到处都是|全是)",
        ),
    ),
    # A fever told gone: "it's gone now", "烧已经退了" - a fever that has gone is no fever lasting
    # 5 days (NICE NG143 / nhs.uk Fever in children: urgent GP or 111 for a fever still there on
    # day 5); "退了又烧" (back again) and "still going" are not gone
    Concept(
        "fever_gone",
        en=(
            r"(?:fever|temperature|temp)(?:'s| has| had| is| was)? (?:now |since |already |completely )?(?:gone|went away|gone away|broke|broken|cleared|settled)(?! (?:down|up|back|a bit|a little|slightly|for a|but|then))|it'?s (?:all )?gone now|fever[- ]free",
        ),
        zh=(
            r"(?:(?:烧|热|体温)(?:已经|都|早就|早)?|(?:现在|已经|早就))退(?:烧)?(?:了|下去了|下来了|掉了)(?![^。]{0,10}(?:又|还|再)(?:发)?(?:烧|热))",
        ),
    ),
    # An attack that is over: "十几分钟又好了", "自己就好了", "缓过来了" (with panic_settled: a panic
    # attack that passed, nhs.uk Panic disorder - see a GP)
    Concept(
        "settled_now",
        en=(
            r"(?:passed|settled|went away|wore off|calmed down) (?:on its own|by itself|after (?:a few|about|around|\d+|ten|twenty)|in (?:a few|about|\d+))|back to normal (?:now|after|within|in)"
            # round 7t: "back to normal within 20 mins", "felt fine again after half an hour"
            r"|(?:fine|better|ok|okay|normal) (?:again )?(?:within|after) (?:about |around )?(?:\d+|a few|ten|fifteen|twenty|thirty|half an hour)"
            # round 12: "lay down in the cool for 20 minutes, had some water, feeling a bit better"
            r"|(?:lay|lain|laid|lying|rested|sat) (?:down )?(?:in|for) [^.]{0,40}?(?:\d+|ten|fifteen|twenty|thirty|half an hour|a while)[^.]{0,40}?(?:feel|feeling|feels|felt) (?:a (?:bit|lot|little) |much |loads )?better",
        ),
        zh=(
            r"(?:自己|又|就|慢慢)(?:就)?好了|缓过来了|(?:过|平复)了?(?:一会儿?|几分钟|十几分钟)?就(?:好了|过去了|没事了)|现在(?:已经)?(?:没事|好了|正常)了?"
            # round 8: rested a while and much better ("躺了半小时，喝了两瓶水，好多了")
            r"|(?:躺|歇|休息|坐)了(?:一会儿?|半(?:个)?小时|[\d一二三四五六七八九十几]+分钟|半天)[^。]{0,16}好多了"
            # round 12 (r12e-zh-07): "躺了二十分钟，喝了淡盐水，好一些了" - cooled, rested and
            # getting better within the half hour (nhs.uk Heat exhaustion: no medical help needed)
            r"|(?:躺|歇|休息|坐)了(?:一会儿?|半(?:个)?小时|[\d一二三四五六七八九十几]+分钟)[^。]{0,16}好(?:一些|些|一点|点|很多)了",
        ),
    ),
    # A child with a minor head bump who is acting normally (nhs.uk Head injury and concussion:
    # most are not serious and can be looked after at home).
    Concept(
        "head_bump_well",
        en=(
            r"(?:i )?feel (?:totally |completely |perfectly )?(?:normal|fine) (?:now|and)|back at (?:work|school)|(?:acting|behaving|playing) (?:completely |totally )?(?:normal(?:ly)?|fine|as usual|like (?:his|her) usual self)|back to (?:his|her) usual self|(?:running|playing) (?:around|about) (?:again|fine|happily)"
            # round 9: "cried straight away then was fine after a cuddle", "playing and chatting normal"
            r"|(?:then |and )?(?:was|is) fine after a (?:cuddle|hug|minute|few minutes)|playing and (?:chatting|talking|laughing) (?:normal(?:ly)?|fine|as usual)"
            # round 13 (h12-en-02): "talking and walking normally", "walking and talking fine" - the
            # English of "说话走路都正常" (nhs.uk Head injury and concussion: care at home)
            r"|(?:talking|walking|chatting|eating) (?:and|&) (?:talking|walking|chatting|eating) (?:completely |totally |perfectly )?(?:normal(?:ly)?|fine|as usual)",
        ),
        zh=(
            # round 9: "说话走路都正常", "吃饭玩耍都正常"
            r"(?:说话|走路|吃饭|玩耍?)(?:和|、|，)?(?:说话|走路|吃饭|玩耍?)?(?:都|也)(?:正常|挺好|好好的)|"
            r"照常(?:上班|上学|干活|工作)|该干嘛干嘛|玩得好好的|(?:跟|和)平(?:时|常)一样|照常玩|该吃吃该玩玩|活蹦乱跳|(?:又|还|照样|继续)?玩得(?:挺|很)?(?:好|开心|欢)|哭了一(?:下|会儿?)就好了"
            r"|跟没事人?一样|(?:说话走路|走路说话)(?:都|也)?(?:正常|挺好|没问题)",
        ),
    ),
    Concept(
        "head_injury",
        en=(
            r"(?:hit|bumped|banged|knocked|struck|hurt|injured|smacked|whacked|cracked)(?: [a-z']+){0,4} (?:fore)?head(?! ?ache)|head (?:injury|trauma)|fell[^.]{0,45}head|(?:landed|fell|came down|dropped) (?:right )?(?:on|onto) (?:his|her|my|their|the back of (?:his|her|my)) head",
        ),
        zh=(
            r"(?:头|脑袋|后脑勺?|额头|脑门|脸)(?:先)?着地|摔(?:了)?(?:一跤|一下|倒)[^。没不未无]{0,8}(?:头|后脑勺?|脑袋|额头)(?![^，。]{0,2}(?:没事|没磕|没碰|没撞|没伤|没受伤|没问题|好好的))|(?:头|脑袋|后脑勺?|额头|脑门)[^，,。没不未]{0,3}(?:磕|撞|碰)(?:到|在|了|破|地|着)|(?:撞|磕|碰|摔|打)(?:到|了|伤|破)(?:了)?(?:他的|她的|我的)?(?:头|脑袋|后脑勺?|额头)|头(?:部)?(?:受伤|外伤|被撞)|摔[^，。]{0,6}(?:撞|磕|碰)(?:到|了)头",
        ),
    ),
    Concept(
        "drowsy",
        en=(
            r"(?:very |really |so |unusually )?(?:sleepy|drowsy)|hard to wake|(?:won'?t|can'?t|couldn'?t) (?:wake|stay awake)",
        ),
        # round 12 (r12e-en-20 told in Chinese): "越来越想睡", "越来越能睡" (nhs.uk
        # 'Croup' / NICE NG143: a child who is drowsy or getting sleepier - 999)
        zh=(
            r"很想睡|特别想睡|嗜睡|叫不醒|昏昏欲睡|一直(?:在)?睡|没精神地睡|越来越(?:想睡|爱睡|能睡|嗜睡)",
        ),
    ),
    # A baby taking much less milk than usual: less than half the usual at the last feeds, only a
    # third or a few sips, feeds halved, or only one wet nappy since the night (nhs.uk Bronchiolitis:
    # urgent GP or 111 if the baby has had less than half their usual amount during the last 2 or 3
    # feeds, or no wet nappy for 12 hours; NICE NG143 amber: poor feeding in infants, reduced urine
    # output). A baby "a bit off her milk" who still feeds is not this.
    Concept(
        "feeds_low",
        en=(
            r"(?:less|under) than (?:half|a third|a quarter) (?:of )?(?:her|his|their|the|its|my|a)? ?(?:usual|normal)(?: amount| feeds?| bottles?| milk)?|"
            r"(?:only|just|barely|hardly) (?:taking|taken|takes|took|had|having|drinking|drunk|drank|drinks|managing|managed|finishing|finished|feeding|fed) (?:about |around |maybe )?(?:half|a third|a quarter|a few sips|a couple of sips|a few (?:ounces|oz|mls?))(?: of)? (?:her|his|their|the|its|a)? ?(?:usual |normal )?(?:feeds?|bottles?|milk|amount)|"
            r"(?:feeding|feeds|drinking|taking) (?:much|a lot|way|far) less (?:than (?:usual|normal)|milk)|(?:feeds?|milk intake) (?:have |has )?(?:halved|dropped by half)|"
            r"(?:only|just) (?:1|one|a single) wet (?:nappy|diaper)",
        ),
        zh=(
            r"(?:奶量|吃奶|喝奶|吃的奶|喝的奶|奶)[^，。,]{0,6}(?:不到|只有|只剩|就|只)[^，。,]{0,4}(?:一半|一小半|三分之一|几口)|"
            r"(?:奶量|吃奶|喝奶|奶)[^，。,]{0,4}(?:少了|减少了?|减了)(?:一半|一大半|一多半|很多|好多)|"
            r"(?:只|就|才)(?:吃|喝)了?(?:平时|平常|往常|以前)的?(?:一半|一小半|三分之一)(?:都不到|不到)?(?:的)?(?:奶)|"
            r"(?:只|就|才)(?:尿|湿|换)了?(?:一|1)(?:次|片|个)(?:尿布|尿不湿|纸尿裤)",
        ),
    ),
    Concept(
        "dehydration",
        en=(
            r"(?:no|hasn'?t had a|not had a|hardly any) wet (?:nappy|nappies|diaper|diapers)|(?:nappy|nappies|diapers?) (?:is |are |have been |has been )?(?:bone )?dry|(?:hasn'?t|has not|not|haven'?t) (?:peed|weed|urinated|passed urine)|no (?:urine|pee|tears)|sunken eyes|(?:peeing|weeing|passing) (?:hardly|barely) (?:anything|any)|(?:hardly|barely) (?:peeing|weeing|passing (?:any )?urine)|(?:only|just) (?:peed|weed|passed urine|been for a (?:wee|pee)) (?:once|twice) (?:today|all day|since (?:this morning|yesterday))|very dry mouth|not drinking|(?:peeing|weeing|urinating) (?:a lot |much )?less|not (?:going|peeing|weeing) (?:for a wee |for a pee )?as (?:much|often) as usual|(?:less|fewer) (?:wees|pees|wet (?:nappies|diapers))|sunken (?:soft spot|fontanelle)",
        ),
        zh=(
            r"尿(?:不湿|布|片)(?:都|一直)?(?:是)?干的|(?:一直|整天|今天|一天)?没(?:有)?(?:尿尿|小便|尿)(?![干完尽净血疼痛频急道路酸黄烧灼刺]|尿|的时候|时)|尿(?:很|特别|非常)?少|尿(?:比平时|比平常|明显)(?:少|变少)|(?:今天|一天|一整天|一上午|一下午)(?:只|就|才)(?:尿|小便|解小便)了?(?:一|两|1|2)次|尿量(?:减少|少)|囟门(?:凹|陷)|眼窝凹陷|哭(?:的时候)?没(?:有)?眼泪|不肯喝水|嘴唇很干"
            # fewer wet nappies and fewer tears in lay words: "尿布比平时干多了", "尿不湿半天没湿",
            # "一上午就换了一次尿布", "尿的次数少了", "哭的时候眼泪少" (nhs.uk Dehydration; NICE CG84)
            r"|(?:尿布|尿不湿|尿片|纸尿裤)(?:比平时|比平常|比以前)?(?:都|也)?(?:干(?:多了|了很多|得多|了不少|的)|(?:半天|一上午|一下午|好几个小时)(?:都)?(?:没|不)湿|换得(?:很|特别)?少|湿得(?:很|特别)?少)"
            r"|(?:一上午|一下午|一晚上|大半天|半天)[^，。]{0,6}(?:就|才|只)(?:换了?|湿了?|尿了?)(?:一|1)(?:次|回|片)"
            r"|(?:尿|小便|尿尿)(?:的)?次数(?:明显|很|特别)?(?:少|变少|减少)|尿得(?:很|特别)?少|(?:哭|掉)(?:的时候)?(?:都)?(?:没有?什么|没啥)?眼泪(?:很|特别|也)?少"
            # round 13: "从早上到现在都没解过小便" (no pee for hours: nhs.uk Dehydration, peeing
            # little or not at all; nhs.uk 'Severe vomiting in pregnancy': no pee in 8 hours)
            r"|(?:到现在|一直|一天|一整天|半天|今天)(?:都|也)?没(?:有)?(?:解|排)(?:过)?(?:小便|尿)",
            # round 13 (r13t-en-01): "barely weeing", "hardly peeing" and "几乎不怎么尿", "很少小便",
            # "基本不尿" (nhs.uk Dehydration: ask for an urgent GP appointment or 111 when peeing
            # less or not at all, or dizzy on standing and it does not go away)
            r"|(?:几乎|基本(?:上)?)(?:不|没)(?:怎么)?(?:尿|小便|尿尿|解小便)(?![路频急血道床痛疼裤])|(?<!以前)(?<!平时)(?<!平常)很少(?:尿|小便|尿尿|解小便)(?![路频急血道床痛疼裤])",
        ),
    ),
    Concept(
        "rigid_abdomen",
        en=(
            r"(?:belly|stomach|tummy|abdomen) (?:is |feels |went )?(?:hard|rigid|board-?like)|hard as a board|rigid abdomen",
        ),
        zh=(r"肚子(?:很|特别|变)?硬|腹部(?:发|变)?硬|板状腹",),
    ),
    # blood coughed up in any amount, streaks or specks in the phlegm included (nhs.uk Coughing up
    # blood: urgent GP appointment or NHS 111; 999 for more than a few teaspoons or with
    # breathlessness, which vomit_blood and the red-flag rules read)
    Concept(
        "haemoptysis",
        en=(
            r"cough(?:ing|ed|s)? (?:up )?(?:a (?:bit|little|few spots|small amount) of |some |streaks? of |specks? of |bits of |a little bit of )?(?:bright red )?blood"
            r"|blood(?:y)? (?:in|with|streaked|stained|tinged) (?:my |his |her |the )?(?:phlegm|sputum|spit|mucus)|blood-?(?:streaked|stained|tinged) (?:phlegm|sputum|spit|mucus)",
        ),
        zh=(
            r"咳(?:嗽)?(?:出|了)?(?:一点|一些|些|点)?(?:血|带血)|痰(?:里|中)?(?:有|带)(?:点|一点)?(?:血|血丝)|咯血|带血丝的痰|血丝痰",
        ),
    ),
    Concept(
        "minor_bleeding",
        en=(
            r"(?:scratch|pick)[a-z]*(?: it| them| at it)? (?:till|until|so (?:much|hard) that) (?:it|they) bleeds?|bleed(?:s|ing)? (?:a bit )?(?:when|if) (?:i |it |he |she )?(?:knock|catch|touch|scratch|pick|bump)[a-z]*|(?:a )?(?:bit|little|small amount|spot|streak|touch) of (?:blood|bleeding)|(?:slight|minor|little) bleeding|when i wipe|on the (?:toilet )?paper|spotting"
            # gums that bleed on brushing (nhs.uk Bleeding gums: see a dentist), and bleeding that
            # has already stopped (MTS discriminator is 'uncontrollable' haemorrhage; nhs.uk Cuts and grazes)
            r"|(?:my |his |her )?gums? (?:keep |often |always )?bleed[a-z]*|bleeding gums|bleed[a-z]* when (?:i |he |she )?brush|(?:the )?bleeding (?:has |had )?stopped|stopped bleeding",
        ),
        # blood-streaked mucus from blowing the nose (nhs.uk Nosebleeds: minor, treated at home)
        zh=(
            r"(?:擤鼻涕|鼻涕)[^，。]{0,4}(?:带|有)(?:点|一点|些)?血(?:丝)?|(?:刷牙|牙龈|牙齿)(?:(?!不|没|无)[^，。]){0,8}(?:出血|流血)|(?:血|出血)(?:已经|马上|很快|一会儿?就)?止住了|(?:流|出)了(?:一)?点(?:点)?血|纸上[^，。]{0,6}血|(?:抓|挠)(?:得)?(?:破|出血)|(?:一|碰一下就|一碰就|碰到就)(?:碰)?(?:就)?出血|少量(?:出)?血|一点(?:点)?血|擦(?:屁股)?的时候(?:有)?血|纸上(?:有|沾)?(?:点|一点)?(?:鲜)?血|血丝"
            # round 9: "擦屁股纸上有" (the blood named before it; nhs.uk Bleeding from the bottom)
            r"|(?:擦屁股(?:的)?|手|卫生|厕)纸上(?:有|沾|见)",
            # round 11 (r11t-zh-16): "擦屁股纸上鲜红的 马桶里滴了几滴" - a little bright red on the
            # paper, a few drops (nhs.uk Piles / Bleeding from the bottom: a pharmacist for piles)
            r"|纸上(?:是|有)?(?:一点|点)?(?:鲜红|红红|有点红|一点红)|(?:马桶|便池)里?[^，。]{0,3}(?:滴|有)了?(?:几|两|一两|三两)滴",
        ),
    ),
    # round 12: blood from a place whose bleeding is a GP's or a pharmacist's matter, not the
    # "uncontrollable minor haemorrhage" of the bleeding discriminator: a mole or other skin lesion
    # that bled (nhs.uk 'Moles': see a GP if a mole bleeds), and skin that is raw, cracked or broken
    # and bleeds ("屁股烂了出血" of nappy rash, "cracked and bleeding" eczema; nhs.uk 'Nappy rash': a
    # pharmacist; nhs.uk 'Atopic eczema': see a GP). Heavy or non-stop bleeding is the red flag's.
    Concept(
        "bleed_skin",
        en=(
            r"(?:mole|moles|wart|warts|skin tag|skin tags|freckle|birthmark|verruca|growth|lesion)"
            r"(?: on (?:my |his |her |the )?[a-z]+)?(?: (?:is|has|was|keeps?|started|been|just|once|a bit|a little|now|always|sometimes))*"
            r" (?:bleed(?:s|ing)?|bled)"
            r"|(?:bleed(?:s|ing)?|bled) from (?:a |my |his |her |the )?(?:mole|wart|skin tag|freckle|birthmark|verruca)"
            # a cut, a wound or a break that bleeds is not this (deep_wound, the Bleeding rule)
            r"|(?:raw|cracked|cracking|chapped|weeping) (?:and|&|n) (?:bleed(?:s|ing)?|bled)"
            r"|(?:cracked|chapped|dry) (?:skin|nipples?|lips?|heels?|hands?)[a-z ,']{0,15}(?:bleed(?:s|ing)?|bled)",
        ),
        zh=(
            r"(?:痣|痦子|疣|瘊子|皮赘|肉赘|胎记|色斑|黑斑)[^，。,]{0,6}(?:出血|流血|出了血|流了血|有血|渗血)"
            # not 割破, 划破, 磕破, 伤口裂开 (a cut or a wound: deep_wound, the Bleeding rule)
            r"|(?:烂|皲裂|干裂|破皮|磨破|擦破|挠破|抓破)了?[^，。,]{0,2}(?:出血|流血|有血|带血|渗血|见血)",
        ),
    ),
    # round 12: a lot of blood or a bleed that does not stop, in lay words ("马桶都红了", "血止不住",
    # "loads of blood", "clots"): keeps the bleeding discriminator when its place is a mole, the
    # skin or the bottom (nhs.uk 'Bleeding from the bottom': A&E for non-stop bleeding or a lot of
    # blood; nhs.uk 'Cuts and grazes': A&E for bleeding that does not stop)
    Concept(
        "bleed_a_lot",
        en=(
            r"(?:a lot of|lots of|loads of|so much|a load of|tons of|heaps of) (?:blood|bleeding)|bleed(?:s|ing)? (?:a lot|loads|heavily|badly)"
            r"|(?:toilet|pan|water|bowl) (?:is |was |went |turned |goes )?(?:all |bright )?red|blood ?clots?|clots of blood"
            r"|(?:won'?t|will not|doesn'?t|does not|didn'?t) stop bleeding|(?:bleeding|blood) (?:won'?t|will not|doesn'?t|does not|didn'?t) stop|non-?stop|pouring|gushing",
        ),
        zh=(
            r"(?:出血|流血|血)(?:很多|好多|不少|特别多|量大|止不住|不止|不停)|(?:马桶|便池|池子|水)(?:里)?(?:都|全)?(?:是血|红了|染红|变红)|血块|一直(?:在)?(?:流|出|滴)血|止不住|哗哗",
        ),
    ),
    # blood from the bottom told without a poo ("屁股出血了", "bleeding from my bum"): nhs.uk
    # 'Bleeding from the bottom (rectal bleeding)' - a small one-off bleed is a GP's; urgent GP or
    # 111 for black or dark red poo or bloody diarrhoea (the stool_blood and diarrhoea terms); A&E
    # for non-stop bleeding or a lot of blood (the heavy_bleeding red flag)
    Concept(
        "bleed_bottom",
        en=(
            r"(?:bleed(?:s|ing)?|bled|blood) (?:from|out of) (?:my |his |her |the )?(?:bum|bottom|back passage|anus|rectum|butt|arse|behind)"
            r"|(?:bum|bottom|back passage|anus|butt|arse|bum ?hole)(?: (?:is|has|keeps?|been|started|was))* (?:bleed(?:s|ing)?|bled)"
            r"|(?:bleed(?:s|ing)?|bled) (?:when|after|as) (?:i |he |she )?(?:poo|wipe|go to the toilet|have a poo)",
        ),
        zh=(
            r"(?:屁股|肛门|屁眼|肛周)(?:这两天|有点|又|也)?(?:出血|流血|滴血|见血|出了血|流了血|冒血)",
        ),
    ),
    Concept(
        "bite",
        en=(r"bitten|(?:insect|mosquito|bug|spider|flea|midge) bites?|stung|a sting",),
        zh=(r"被(?:蚊子|虫子?|蜜蜂|马蜂|跳蚤)?(?:咬|叮|蛰|蜇)(?:了)?|蚊子包|虫咬",),
    ),
    Concept(
        "injury",
        en=(
            # a rolled or turned ankle in any spelling, at sport ("rolled my ankel at 5 a side",
            # "went over on it at football"; nhs.uk Sprains and strains)
            r"twist(?:ed|ing)|sprain(?:ed)?|(?:rolled|turned|rolt|roled|went over on|went over) (?:on )?(?:my |his |her |the |an? )?(?:ankle|ankel|ankl|anckle|ancle|foot)|went over on|(?:rolled|turned) it (?:on|off|stepping off|coming off) (?:a |the )?(?:kerb|curb|step|stairs?|pavement|pothole|stone|rock|ledge)|(?:rolled|turned) it (?:at|playing) (?:football|footy|netball|basketball|rugby|tennis|training)|"
            r"(?:hurt|injured|knocked|jarred|tweaked|did) (?:my |his |her )?(?:ankle|ankel|knee|wrist|foot|shoulder)[a-z ,']{0,20}(?:at|playing|during|in) (?:football|footy|5 a side|five a side|5-a-side|rugby|netball|basketball|hockey|training|the gym|a match|tennis|badminton)|tackled|bad tackle|(?:after |while |from )(?:lifting|gardening|moving|carrying|playing)|lifted|pulled a muscle|strain(?:ed)?|bumped|knocked",
        ),
        zh=(
            r"扭(?:伤|到)|扭了(?:一下)?(?:脚|脚踝|腰|脖子|手腕)|(?:滑|摔|绊)(?:了)?(?:一下|一跤|倒)|撑(?:了一下)?地|崴(?:了)?脚|崴了|搬(?:东西|重物|箱子)|拉伤|闪(?:了|到)腰|撞(?:到|了)",
        ),
    ),
    Concept(
        "cannot_walk",
        en=(
            r"(?:can'?t|cannot|unable to|couldn'?t) (?:walk|put (?:any )?weight|bear weight|stand up|get (?:herself |himself )?(?:up )?off the floor|get up(?! (?:in the|early|for|the energy)))|not able to walk",
        ),
        # "起不来了", "动不了", "腿不能着地" after a fall or an injury
        zh=(
            r"走不了路|不能走路|没法走路|站不起来|下不了地|(?:摔|跌)[^，。]{0,6}(?:起不来|爬不起来|动不了)|(?:脚|腿)(?:都)?(?:不能|不敢|没法)(?:着地|沾地|落地|踩地)",
        ),
    ),
    Concept(
        "sudden_vision_loss",
        en=(
            # vision or sight must follow: "I suddenly lost hearing in my left ear" is no sight loss
            r"(?:suddenly|sudden) (?:lost|loss of) (?:all |some |part of )?(?:the |my |his |her )?(?:vision|sight|eyesight)|(?:suddenly|sudden) (?:can'?t|cannot|could ?n'?t) see|(?:lost|losing) (?:the )?(?:vision|sight) in (?:one|my)|curtain (?:coming )?(?:down|over)",
        ),
        zh=(r"突然看不见|突然失明|一只眼(?:睛)?看不见|眼前(?:像)?有(?:一道)?帘子",),
    ),
)
CONCEPTS += (
    Concept(
        "no_urine",
        en=(
            r"(?:hasn'?t|has not|haven'?t|have not|not|didn'?t|did not) (?:had a |done a |been for a |passed (?:any )?)?(?:wee|pee|urine|water)(?! infection)|no (?:urine|wee|pee) (?:since|for|all)|not (?:peed|weed|urinated)|barely (?:peeing|weeing)",
        ),
        zh=(
            r"(?:一天|一整天|半天|从早上到现在|\d+个?小时)(?:都)?没(?:有)?(?:解|排)?(?:小便|尿|尿尿)|没(?:有)?解(?:过)?小便|尿(?:不湿|布|片)(?:都|一直)?(?:是)?干的",
        ),
    ),
    Concept(
        "infection",
        en=(
            r"(?:water|urine|urinary|chest|kidney|wound|skin) infection|uti|pneumonia|cellulitis|infected",
        ),
        # round 9: a feared infection ("会不会变成肺炎", "怕是肺炎") is none; 嗓子/喉咙发炎 is the sore
        # throat of nhs.uk Sore throat (self-care, a pharmacist)
        zh=(
            r"(?<!会不会)(?<!会不会变成)(?<!会不会转成)(?<!是不是)(?<!怕是)(?<!怕变成)(?<!担心)(?<!担心是)(?<!别是)"
            r"(?:尿路感染|泌尿(?:系)?感染|肺炎|肺部感染|伤口感染|感染了|(?<!嗓子)(?<!喉咙)(?<!咽喉)(?<!嗓子眼)发炎)",
        ),
    ),
    Concept(
        "floppy",
        en=(
            # round 13 (h12b-zh-30): "a floppy bit of skin", "a floppy tag" is a lump's feel, not a
            # limp child (nhs.uk Skin tags / Piles: a pharmacist or GP, no emergency)
            r"floppy(?! (?:little |small |soft )?(?:bits?|pieces?|flaps?|tags?|lumps?|skin|growths?|ears?))|limp and|(?:very |really |so )?(?:lethargic|listless)|(?:hard|difficult) to (?:wake|rouse)|won'?t wake (?:up )?properly|not (?:responding|reacting) (?:to (?:me|us)|properly)",
        ),
        zh=(
            # round 13 (h12b-zh-30): "有个软软的小肉球", "软软的包" is a lump's feel (nhs.uk Piles in
            # pregnancy: a soft lump at the bottom, a pharmacist), not a floppy child
            r"软绵绵|(?<![个颗块团])软软的(?![^，,。]{0,1}(?:肉|包|球|疙瘩|块|肿|团|结|东西|泡|皮))|软塌塌|软趴趴|浑身(?:发)?软|蔫(?:蔫的|了|得很)|叫(?:他|她)?(?:也)?不(?:怎么)?(?:理|应|醒)|没(?:什么)?反应|反应(?:很)?(?:迟钝|差)",
        ),
    ),
    Concept(
        "bulging_fontanelle",
        en=(
            r"soft spot[a-z ,']{0,30}(?:bulg[a-z]*|puff[a-z]*|swollen|raised|tense)|bulging (?:soft spot|fontanelle)|fontanelle",
        ),
        zh=(r"囟门[^，。]{0,4}(?:鼓|凸|隆起|膨)|(?:头顶|前囟)[^，。]{0,4}(?:鼓起|凸起)",),
    ),
    Concept(
        "jaw_arm_pain",
        en=(
            r"(?:between (?:my |his |her |the )?shoulder ?blades|upper back)(?: [a-z']+){0,3} (?:pain|ache|aching|hurts?)|(?:pain|ache|aching|pressure) (?:between (?:my |his |her |the )?shoulder ?blades|in (?:my |his |her )?upper back)|(?:jaw|left arm|both arms|left shoulder)(?: [a-z']+){0,3} (?:pain|ache|aching|hurts?|heavy|heaviness|numb)|(?:ache|aching|pain|heaviness|pressure|tightness)(?: [a-z']+){0,3} (?:jaw|left arm|left shoulder)",
        ),
        zh=(
            r"(?:下巴|下颌|左(?:边|侧)?(?:肩膀?|胳膊|手臂|臂))(?:那里|也|有点|很|发)?(?:[痛疼]|酸|麻|沉|紧)",
        ),
    ),
    Concept(
        "epigastric",
        en=(
            r"(?:top|upper part|pit) of (?:my |his |her |the )?(?:stomach|tummy|belly)|upper (?:stomach|tummy|belly|abdomen)|epigastri[a-z]*|indigestion",
        ),
        zh=(r"心窝|上腹|胃口(?:那里|那儿|处)|胸口下面|剑突",),
    ),
    Concept(
        "anticoagulant",
        # NICE NG232 head injury (2023): CT within 8 h for anticoagulant treatment; antiplatelets other
        # than aspirin alone (clopidogrel, ticagrelor, prasugrel) also raise the bleeding risk.
        # Aspirin on its own is not listed (NG232: "excluding aspirin monotherapy").
        en=(
            r"warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|heparin|enoxaparin|clexane|clopidogrel|plavix|ticagrelor|brilinta|brilique|prasugrel|efient|blood[- ]thinn[a-z]*|anticoagula[a-z]*",
        ),
        zh=(
            r"华法林|阿哌沙班|艾乐妥|利伐沙班|拜瑞妥|艾多沙班|依度沙班|达比加群|泰毕全|肝素|依诺肝素|氯吡格雷|波立维|替格瑞洛|倍林达|普拉格雷|抗凝(?:药)?|稀释血液的药",
        ),
    ),
    Concept(
        "burn",
        # "it burns when I pee" is the burning of cystitis, not a burn injury
        en=(
            r"burn(?:t|ed|s)?\b(?! (?:when|while|as|on|after|every time) (?:i |he |she |you )?(?:pee|wee|urinat|pass (?:urine|water)|go to the (?:toilet|loo)))|scald(?:ed|s)?|(?:boiling|hot) (?:water(?! bottle)|oil|fat|kettle|tea|coffee)|chemical (?:burn|splash)",
        ),
        zh=(r"烫伤|烧伤|烫(?:了|到|着)|开水|热油|热水(?!袋)|被火烧|化学品",),
    ),
    Concept(
        "burn_severe",
        en=(
            r"(?:skin|it|burn)[a-z ,']{0,30}(?:white|leathery|charred|black(?:ened)?)|bigger than (?:my|his|her|their|a) (?:hand|palm)|(?:whole|most of (?:my|his|her)|entire) (?:arm|leg|chest|back|tummy|face)|skin (?:has )?(?:come|came|peel(?:ed|ing)|falling|fell) off|on (?:his|her|my) face",
        ),
        zh=(
            r"一大片|大面积|皮(?:都|肤)?(?:掉了|脱了|烂了)|(?:发白|焦黑|发黑)|(?:整个|半个)(?:胳膊|手臂|腿|胸口|后背|肚子)|脸上",
        ),
    ),
    Concept(
        "both_legs",
        en=(
            r"(?:sciatica|pain|numb[a-z]*|tingl[a-z]*|weak[a-z]*) (?:down|in|going down|into) both legs|both legs (?:are |have gone |went |feel )?(?:numb|weak|tingly|heavy)",
        ),
        zh=(r"(?:两条|两边|双)腿(?:都)?(?:麻|发麻|没劲|无力|发软)",),
    ),
    Concept(
        "thirst",
        en=(
            r"(?:very|really|so|extremely|constantly|always) thirsty|can'?t stop drinking|(?:peeing|weeing|urinating) (?:all the time|loads|a lot)|dry as a bone",
        ),
        zh=(
            r"(?:特别|非常|很|一直|总是)?口渴(?:得(?:不行|厉害|要命))?|喝(?:多少|很多|好多)水(?:都)?(?:不够|不解渴)?|尿(?:很|特别)?多|多饮多尿",
        ),
    ),
    Concept(
        "chest_trauma",
        en=(
            r"(?:kicked|hit|punched|struck|crushed|stabbed|winded|elbowed|kneed)(?: [a-z]+){0,3} (?:in|on|to) (?:the |my |his |her )?(?:chest|ribs)|(?:broke|broken|cracked|bruised) (?:a |my |his |her |some )?ribs?|landed on (?:my |his |her )?(?:chest|ribs)",
        ),
        zh=(
            r"(?:胸口|胸部|肋骨)[^，,。]{0,4}(?:被)?(?:撞|踢|打|砸|压|摔)|(?:撞|踢|打|砸|摔)(?:到|伤|了)?[^，,。]{0,3}(?:胸口|胸部|肋骨)|肋骨(?:断|骨折)",
        ),
    ),
    Concept(
        "cant_swallow_saliva",
        en=(
            r"(?:can'?t|cant|cannot|unable to|not able to|struggling to|struggles to) (?:even |really |properly )?swallow (?:his |her |my |their )?(?:own )?(?:spit|saliva|spittle)|drool[a-z]*[a-z ,']{0,20}(?:can'?t|cant|cannot|unable to) (?:even )?swallow|(?:can'?t|cant|cannot|unable to) (?:even )?swallow[a-z ,']{0,20}drool[a-z]*|(?:leaning|leans|sitting|sits) (?:forward|up) to breathe",
        ),
        zh=(
            r"(?:咽|吞)不下(?:去)?(?:口水|唾沫|唾液)|流口水[^。]{0,6}(?:咽|吞)不下|(?:咽|吞)不下[^。]{0,6}流口水|(?:口水|唾沫|唾液)(?:都|也)?(?:咽|吞)不(?:下|进)|(?:往前|向前)趴着(?:才能)?(?:喘|呼吸)",
        ),
    ),
    Concept(
        "abdo_to_back",
        en=(
            r"(?:tummy|stomach|belly|abdomen|abdominal)[a-z ,']{0,30}(?:through|into|to|and) (?:his|her|my|the) (?:back|lower back)|(?:back|lower back) and (?:tummy|stomach|belly|abdomen)",
        ),
        # "上腹部剧痛...往后背钻": boring through to the back (nhs.uk Acute pancreatitis / AAA)
        zh=(
            r"(?:肚子|腹部|小腹|上腹|胃)[^。]{0,12}(?:往|向|钻到|窜到|透到)(?:后)?背(?:上)?(?:钻|窜|透|放射|走)?|(?:肚子|腹部|小腹)(?:和|连着|到|跟)(?:后背|背|腰)(?![上都])|(?:肚子|腹部)[^，,。]{0,6}(?:窜|放射|痛)到(?:后背|背|腰)",
        ),
    ),
    Concept(
        "eye_chemical",
        en=(
            r"(?:bleach|chemicals?|cleaner|acid|alkali|lime|cement|detergent|ammonia|chlorine|caustic|drain unblocker)[a-z ,']{0,30}(?:in|into) (?:my|his|her|their|the) eyes?",
        ),
        zh=(
            r"(?:清洁剂|消毒液|漂白|化学|洁厕|石灰|水泥|硫酸|盐酸|酸|碱|84)[^，,。]{0,8}(?:溅|进|喷|弄)(?:到|了|进)?(?:了)?(?:眼睛|眼里)",
        ),
    ),
    Concept(
        "open_fracture",
        en=(
            r"bone (?:is )?(?:sticking|poking|coming|showing) (?:out|through)|(?:can|could) see (?:the )?bone",
        ),
        zh=(r"骨头(?:都)?(?:露|戳|刺|支)(?:了)?出来|看(?:得)?(?:到|见)骨头",),
    ),
    Concept(
        "electric_shock",
        en=(
            r"electrocut[a-z]*|(?:electric(?:al)? )?shock (?:off|from) (?:the |a )?(?:mains|socket|wire|cable|power line|plug)|electric(?:al)? shock|(?:got|had|took) (?:a |an )?(?:[a-z]+ ){0,2}shock (?:off|from) (?:the |a |an |my |some )?(?:[a-z]+ )?(?:mains|socket|wire|cable|plug|fence|appliance|kettle|toaster|light switch|lead|extension)",
        ),
        zh=(r"触电|被电(?:打|击|到)(?:了)?|电击",),
    ),
    Concept(
        "jaundice",
        en=(
            # round 10: eyes "glued shut with yellow crust", "yellow gunk in the eyes" is a sticky
            # eye's discharge (nhs.uk Conjunctivitis), no yellow of the eye itself
            # round 12: a denial inside the phrase ("skin and eyes not yellow", "eyes aren't
            # yellow", "eyes don't look yellow") is no jaundice (nhs.uk Gallstones: yellow skin or
            # eyes with pain is the emergency sign; denied, the fever and pain are cholecystitis)
            r"(?:skin|eyes|whites of (?:my|his|her|their) eyes)(?:(?!not(?![a-z])|n'?t(?![a-z])|never(?![a-z])|no longer(?![a-z]))[a-z ,']){0,20}(?:yellow(?:ish|y)?(?![a-z])(?! ?(?:-| and |, )?(?:sticky |gooey |crusty |green |thick |white )*(?:crust|crusts|crusty|crusted|discharge|gunk|goo|gooey|pus|sticky|snot|mucus|sleep|stuff|muck|bits|goop|gloop))|jaundiced)|"
            # round 6e: "my baby went yellow", "newborn looks a bit yellow", "he's getting more yellow"
            # (nhs.uk Newborn jaundice); yellow snot, phlegm, pus or poo is no jaundice
            r"(?:baby|newborn|son|daughter|he|she|he'?s|she'?s|face|skin|eyes|i|i'?m|i'?ve)(?: has| is| have| am)?(?: still| now| always)? (?:looks?|looking|went|gone|going|turned|turning|getting|is|looks?|seems?)(?: still)? (?:a bit |a little |slightly |quite |very |really |more |all )?yellow(?:er|ish)?(?! (?:snot|phlegm|mucus|discharge|poo|pus|crust|stool|sick|vomit|spit))(?![a-z])|jaundice[d]?|(?<!nail has )(?<!nails have )(?<!nail )(?<!nails )(?<!teeth have )(?:gone|turned|turning) yellow|(?:^|i'?ve|i have|he'?s|she'?s|he has|she has|they'?ve|(?:my|his|her) (?:skin|face)(?: has| is)?) ?(?:gone|turned|turning|going|been going) (?:completely |really |very |quite |all |a bit |bright )?yellow",
        ),
        # round 6e: also "宝宝脸有点黄", "脸、眼白黄", "感觉越来越黄", "皮肤黄黄的" (nhs.uk Newborn
        # jaundice: yellow skin or whites of the eyes); a yellow discharge, snot or poo is no jaundice
        zh=(
            # round 12: "眼睛没发黄", "皮肤也不黄" deny it (the denial inside the phrase)
            r"(?:皮肤|眼睛|眼白|脸|全身|浑身|身上)(?:[^，,。没不无未]|不(?=知|清楚|太清楚|晓得)){0,6}(?:发黄|黄了|变黄)|黄疸"
            r"|(?:皮肤|眼白|脸|脸色|全身|浑身|身上|眼睛)(?:上)?(?:、|和|跟|也|都|还|有点|有些|越来越|更|很|发|比较|特别)*(?:眼白)?(?:、|和|也|都|有点|越来越|更|很)*黄(?!色|脓|痰|鼻涕|水|眼屎|的(?:分泌物|眼屎|脓|鼻涕))"
            r"|(?:越来越|更)黄(?:了)?(?!色)"
            # round 13 (r13t-en-15): a baby told as still yellow ("宝宝还是黄黄的", "孩子到现在还有点
            # 黄"; "my baby still looks yellow"); nhs.uk Newborn jaundice: call the midwife, GP or
            # 111 today when it lasts past 2 weeks (3 if premature) - yellow poo or snot is not it
            r"|(?:宝宝|孩子|婴儿|新生儿|娃|宝贝|儿子|女儿)(?:的)?(?:到现在|现在)?(?:还是|还|一直|仍然|依然)(?:都)?(?:有点|有些|很|挺|比较|那么)?(?:发黄|黄黄的?|黄)(?![色脓痰鼻涕水便屎尿]|的(?:便|屎|尿|鼻涕|脓|痰|分泌物))",
        ),
    ),
    # Pale, white or clay-coloured poo (nhs.uk Newborn jaundice: urgent GP or 111 for a baby with
    # jaundice and pale poo or dark pee; NICE CG98: pale chalky stools suggest a liver cause)
    Concept(
        "pale_stool",
        en=(
            r"(?:pale|white|chalky|clay[- ]colou?red|grey|putty[- ]colou?red) (?:poo|poos|stools?|nappies|bowel movements?)"
            r"|(?:poo|poos|stools?)(?: is| are| has been| have been| looks?| look)? (?:very |really |quite )?(?:pale|white|chalky|clay[- ]colou?red|putty[- ]colou?red)",
        ),
        zh=(
            r"(?:大便|便便|粑粑|屎|拉的)[^，,。没不无]{0,6}(?:陶土|灰白|白色|发白|很白|偏白|(?:很|特别|比较|偏)浅)",
        ),
    ),
    Concept(
        "heat_exposure",
        en=(
            r"(?:in|out in) the (?:sun|heat)|heat ?wave|heat ?stroke|sunstroke|hot (?:day|weather|kitchen|car)",
        ),
        # round 7t: "天热跑完步" (running on a hot day)
        zh=(
            r"太阳底下|太阳下|暴晒|高温|中暑|热射病|闷热|大热天|热天|天(?:气)?(?:太|很|特别|这么|那么)?热(?!水|敷|的时候就)"
            # round 8: exertion outdoors, then cooled in air conditioning (nhs.uk Heat exhaustion:
            # move to a cool place) - "在户外跑步...现在在空调房躺了半小时"
            r"|户外[^，,。]{0,4}(?:跑步|运动|干活|锻炼|踢球|打球)[^。]{0,40}(?:空调|阴凉)"
            # round 12: "在外面跑了一上午 ... 在空调屋里躺了" (outdoors told as 外面 / 外头)
            r"|(?:外面|外头|室外|露天)[^，,。]{0,4}(?:跑|运动|干活|锻炼|踢球|打球|晒).{0,60}?(?:空调|阴凉)",
        ),
    ),
    Concept(
        "no_sweating",
        en=(r"(?:stopped|not|isn'?t|no longer) sweating|no sweat|skin (?:is )?(?:hot and )?dry",),
        zh=(r"不出汗(?:了)?|没(?:有)?汗",),
    ),
    Concept(
        "urinary_retention",
        en=(
            r"(?:can'?t|cannot|unable to|haven'?t been able to|not able to|couldn'?t) (?:pee|wee|urinate|pass (?:any )?urine) (?:at all|since|for)|not a (?:drop|dribble)|(?:can'?t|cannot|couldn'?t) (?:get|squeeze) (?:a drop|anything) out|bladder (?:feels )?(?:full|bursting) (?:and|but) (?:i )?(?:can'?t|cannot|nothing comes)",
        ),
        zh=(
            r"(?:一整晚|一晚上|整晚|一整天|一天|半天|\d+个?小时)(?:都)?(?:尿不出|没法排尿)|尿不出(?:来)?[^，,。]{0,6}(?:胀|憋)|一滴(?:尿)?(?:也|都)(?:尿|排)?不出|(?:完全|根本|一点(?:都|也)?)(?:尿|排)不出(?:来|尿)?"
            # "尿不出来了" ending its clause (now unable, nhs.uk Urinary retention: A&E), and
            # clots that block the flow ("尿里全是血块，尿不出来")
            r"|尿不出来了(?=[，,。！!？?\s]|$)|(?:血块|血凝块)[^。]{0,10}尿不出",
        ),
    ),
    Concept(
        "quinsy",
        en=(
            r"(?:hard|difficult|can'?t|cannot|struggl[a-z]*) (?:to )?open (?:my|his|her) mouth|(?:voice|speech) (?:sounds )?muffled|muffled voice|hot potato voice|sore throat (?:on|down) one side|throat on one side",
        ),
        zh=(r"嘴(?:巴)?张不开|张不开嘴|说话像含着(?:东西|什么)|喉咙一边",),
    ),
    Concept(
        "no_flatus",
        en=(
            r"(?:not|haven'?t|hasn'?t|can'?t|cannot|unable to|couldn'?t|no)(?: [a-z']+){0,5} (?:passed wind|pass wind|passing wind|farted|fart|farting|flatus|wind)",
        ),
        zh=(r"(?:没|不)(?:有)?(?:放屁|排气)|也没(?:有)?放屁",),
    ),
    Concept(
        "distension",
        en=(
            r"(?:belly|stomach|tummy|abdomen) (?:is |has )?(?:massive|huge|swollen|distended|bloated|blown up|like a balloon)|(?:swollen|distended|bloated) (?:belly|stomach|tummy|abdomen)|massively bloated",
        ),
        zh=(
            r"肚子(?:胀|鼓)得(?:像|跟)?|腹胀(?:得厉害|明显)|肚子(?:胀得|鼓得)(?:厉害|老大|像鼓)|肚子(?:很|特别)?(?:胀|鼓)(?:起来)?了",
        ),
    ),
    Concept(
        "bilious_vomit",
        en=(
            r"(?:vomit[a-z]*|throw[a-z]* up|threw up|bring[a-z]* up|brought up|being sick)(?: [a-z']+){0,3} (?:green|bile|yellow-?green|dark green|poo-?smelling)",
            # round 11 (r11e-en-18): the sick itself told green ("the sick is bright green, like
            # highlighter pen", "green sick", "her vomit looks yellowy green", "sicking up bile");
            # nhs.uk 'Vomiting in children and babies': call 999 or go to A&E if the vomit is green
            # or yellow-green. Green poo, snot, phlegm or eyes in the same sentence are not.
            r"(?:sick|vomit|puke|spew|posset|spit-?up)(?:s|ing)? (?:is|was|has been|looks|looked|'s|comes? up|came up|came out|turned|is all|was all|keeps coming up)"
            r"(?: (?!poo|stool|nappy|nappies|snot|phlegm|mucus|bogeys?|eyes?|discharge|wee|pee|urine)[a-z']+){0,3}? "
            r"(?:bright |dark |lime |bottle |luminous |neon |yellowy?[- ]|yellow[- ]|greeny[- ])?(?:green|greenish|bile|bilious)(?![a-z])|"
            r"(?<![a-z])(?:bright |dark |lime |luminous |neon |yellowy?[- ]|yellow[- ])?green (?:sick|vomit|bile|puke|spew|posset)(?![a-z])|bilious vomit|"
            r"(?:sick(?:ing|ed)? up|bringing up|brought up|vomit(?:ing|ed)) (?:green |yellow |yellow-?green )?bile",
        ),
        # "吐的是绿色的", "吐出来的东西绿绿的" (nhs.uk Vomiting in children and babies: green vomit)
        zh=(
            r"吐(?:出)?(?:了)?(?:黄绿色|绿色|胆汁|黄水|绿水)|吐(?:的|出来的)(?:东西|水)?(?:是|都是|有点|发|带)?(?:黄绿色|绿色|绿绿|绿的|胆汁|墨绿)",
            # round 11: the sick told green a few words later ("吐了好几次绿色的水", "吐奶是绿的",
            # "呕吐物黄绿色"); nhs.uk 'Vomiting in children and babies': green or yellow-green
            # vomit, 999/A&E. Green poo or phlegm in between is not.
            r"吐(?:(?!便|屎|拉|粑|尿|痰|鼻涕|眼屎)[^，,。；;]){1,8}?(?:黄绿色|绿色|墨绿|绿绿|绿水|胆汁|绿的|发绿|偏绿|带绿)|呕吐物[^，,。]{0,4}(?:黄绿|绿色|墨绿|绿绿|胆汁)",
        ),
    ),
    Concept(
        "pain_on_movement",
        en=(
            r"(?:agony|hurts?|worse|pain|painful|kills)(?: [a-z']+){0,3} (?:when|if|to|on) (?:i |he |she )?(?:cough|walk|move|sneeze|go over bumps|jump)|(?:coughing|walking|moving) (?:makes it (?:worse|hurt)|hurts)",
        ),
        zh=(r"(?:走路|咳嗽|动一下|一动|颠簸|跳)[^，。]{0,4}(?:都|就|更)?(?:[痛疼]|加重)",),
    ),
)
CONCEPTS += (
    Concept(
        "cough_soreness",
        en=(
            r"(?:sore|hurts?|aches?|aching|achy|pain(?:ful)?|tender|bruised)(?: [a-z]+){0,3} (?:from|with|after|because of) (?:all )?(?:the |this |my )?cough(?:ing)?|cough(?:ing)? (?:has )?(?:made|makes|left) (?:my )?(?:chest|ribs) (?:sore|ache|achy|hurt)",
        ),
        zh=(
            r"(?:胸口?|胸部)?咳(?:嗽)?(?:得|的)(?:胸口?|胸部)?(?:有点|有些|很)?(?:闷)?(?:[痛疼]|难受)",
        ),
    ),
    Concept(
        "deep_wound",
        en=(
            r"(?:gaping|deep|wide open|split open|big|large|nasty)(?: [a-z]+){0,2} (?:cut|wound|gash|laceration)|(?:cut|wound|gash)[a-z ,']{0,30}(?:gaping|wide open|split open|won'?t (?:close|stay closed))|(?:need|needs|might need|probably needs|will need) (?:some )?(?:stitches|stitching|glue|steri-?strips)|can see (?:the )?(?:bone|fat|something white)",
        ),
        zh=(
            r"(?:划|割|切|砍|剌|磕)(?:了|破了|开了)?(?:个|一个|一道|一条)?(?:很|好)?(?:大|深|长)(?:的)?(?:口子|伤口)|大口子|伤口(?:很|特别|挺)?(?:深|大|长)|(?:肉|皮)(?:都)?翻(?:出来|开)|(?:要|得|需要|可能要)缝(?:针|几针)|缝针",
        ),
    ),
    Concept(
        "raynaud_pattern",
        en=(
            r"raynaud'?s?|in (?:the )?(?:cold|winter)|when (?:it'?s|it is|i'?m|i am|i get|they get) cold|(?:then|and) (?:go|goes|turn|turns|went) (?:red|pink)|cold weather",
        ),
        zh=(r"雷诺|冬天|天(?:一)?冷|遇冷|一冷就|碰(?:到)?冷水|冷天",),
    ),
    Concept(
        "flank_pain",
        en=(
            r"(?:pain|ache|aching|hurts?|sore|tender)(?: [a-z]+){0,2} (?:in|on) (?:my |the |his |her )?(?:left |right )?(?:side|flank|loin|kidney)s?(?: under (?:my |the |his |her )?ribs)?(?! of (?:my |the |his |her )?(?:head|face|neck|chest|tongue|mouth))|(?:flank|loin|kidney) (?:pain|ache|hurts)|(?:under|below) (?:my |the )?ribs (?:at|in|round) (?:the |my )?back",
        ),
        zh=(
            r"腰(?:的)?(?:一边|一侧|左边|右边|两边|两侧)[^，,。]{0,3}[痛疼]|(?:左|右)(?:侧|边)?(?:后)?腰(?:眼|部)?(?:突然|忽然|一下子)?(?:开始)?[痛疼]|肾区[痛疼]|腰眼[痛疼]",
        ),
    ),
    Concept(
        "loin_colic",
        en=(
            r"(?:comes?|coming|going) in waves|(?:side|flank|loin|kidney|back)(?: [a-z]+){0,8} (?:down )?(?:to|into|towards?) (?:my |his |her |the )?groin|can'?t (?:keep still|get comfortable|sit still|lie still)|rolling around|writhing",
        ),
        zh=(
            r"一阵一阵(?:地)?(?:绞)?[痛疼]|(?:腰|侧腹|肋)[^。]{0,8}绞(?:着)?[痛疼]|绞痛|(?:窜|疼|痛|放射)(?:到|向)(?:了)?(?:大腿根|腹股沟|会阴)|疼得打滚|(?:床上|地上)打滚|坐(?:也|都)不是(?:躺|站)(?:也|都)不是|(?:坐着?|躺着?|站着?)[，,、]?(?:坐着?|躺着?|站着?)(?:也|都)不(?:行|是|舒服)|怎么(?:待|呆|躺|坐)(?:着)?都(?:不行|难受|不舒服)",
        ),
    ),
    Concept(
        "recurrent",
        en=(
            r"(?:i|he|she) (?:always |often |usually |normally )?gets? (?:these|them|this|migraines?)|(?:same|like) (?:as )?(?:my )?(?:usual|normal|other|previous) (?:ones?|migraines?|headaches?|attacks?)|every (?:month|few weeks|few months|year|winter|summer|spring)|(?:once|twice|a couple of times|a few times) a (?:month|year)|history of migraines?|my (?:usual )?migraines?|(?:on and off|comes and goes) (?:for|since)|(?:had|have had|been getting|been having) (?:them|these|it|this) (?:ever )?(?:since|for) (?:uni|university|school|college|i was (?:a kid|little|young|a teenager)|childhood|(?:my )?teens|years)|(?:\d+|a few|several|two|three|four|five|six) times a (?:month|year)",
        ),
        zh=(
            r"每个月都|每(?:次|回)(?:都)?(?:这样|一样)|每(?:次|回|个月)来(?:月经|例假|大姨妈)|(?:从)?(?:初潮|来月经)(?:开始|以来)(?:就)?(?:一直|都)|从(?:初潮|第一次来(?:月经|例假)|来月经)(?:开始|那时候?|起)?就|老毛病|以前(?:也|就)?(?:这样|有过|犯过|得过)|经常这样|偏头痛(?:史|病史|又犯)|跟以前一样|反反复复|以前[^，。 ]{0,4}也(?:长|犯|有|得|疼)过|(?:上学|上大学|读书|小时候|十几岁)(?:的时候|时)?就?(?:开始)?(?:有|犯|疼|长)|一个月(?:犯|发作|疼|来)?(?:[两三四五六七八九十]{1,2}|\d+)次"
            # round 12 (h11-zh-24): better with a cream or a while, then back again ("好一点又犯",
            # "好了又长"); nhs.uk Psoriasis / Eczema: see a GP when it keeps coming back
            r"|好(?:一点|一些|点|了|些)(?:以后|之后|没几天)?(?:就)?又(?:犯|长|起|复发|出来|冒出来)|停(?:了)?药(?:就|又)(?:犯|复发|长出来)",
        ),
    ),
    Concept(
        "low_sugar",
        en=(
            r"(?:blood )?(?:sugars?|glucose|bm|readings?) (?:is |are |was |were |has been |went |dropped )?(?:very |really |so )?(?:low|[1-3](?:\.\d)?)\b|hypo(?:glyc[a-z]*)?\b|having a hypo|shaky and sweaty|sweaty and shaky",
        ),
        zh=(
            r"低血糖|血糖(?:很|特别|非常)?低|血糖(?:只有|才|掉到)\s*[1-3](?:\.\d)?|手抖出汗|出汗手抖|心慌手抖",
        ),
    ),
    Concept(
        "worse",
        en=(
            r"(?:getting|got|much|a lot|suddenly|now) worse|worse (?:and worse|today|than (?:before|usual|normal))|worsening",
        ),
        zh=(
            r"(?:越来越|更加|突然)(?:厉害|严重|重)|加重了?|比(?:以前|平时)(?:更)?(?:厉害|严重|重)",
        ),
    ),
    Concept(
        "at_rest",
        en=(
            r"(?:at|even at|when i'?m at|while at) rest|sitting (?:still|down)|lying (?:down|still)|doing nothing|talking",
        ),
        zh=(r"(?:休息|坐着|躺着|不动|说话)(?:的时候)?(?:也|都)",),
    ),
    Concept(
        "ruq_pain",
        en=(
            r"under (?:my |his |her |the )?(?:right )?ribs|(?:right upper|upper right)(?: side)?(?: of)?(?: my| the)? ?(?:tummy|abdomen|belly|stomach|quadrant)",
        ),
        zh=(r"右上腹|右(?:边|侧)?肋骨(?:下面|下边|下方|底下)|右边肋下",),
    ),
    # round 13 (h12-en-15): the gallstone pattern of a pain under the right ribs - spreading to the
    # right shoulder (blade) or coming on after a (fatty) meal (nhs.uk 'Gallstones': pain under the
    # ribs on the right that may spread to the side or shoulder blade, sometimes set off by fatty
    # food; an urgent GP appointment or 111 for tummy pain lasting longer than 30 minutes)
    Concept(
        "biliary_pattern",
        en=(
            r"(?:goes|going|went|spreads?|spreading|spread|radiat[a-z]*|shoots?|shooting|moves?|moving|travels?|travelling|through)(?: straight)?(?: (?:through|round|back|up))?(?: to| into| towards?)? (?:my |the |his |her )?(?:right )?shoulder(?: ?blade)?s?(?![a-z])",
            r"(?:after|since|from) (?:eating|a (?:big |heavy |fatty |greasy |rich |large )?(?:meal|dinner|lunch|fry-?up|takeaway|curry|bbq|barbecue)|the (?:bbq|barbecue|meal|dinner|takeaway|fry-?up)|fatty|greasy)|(?:fatty|greasy|fried|rich) (?:food|meal|dinner|breakfast)s?|fry-?up",
        ),
        zh=(
            r"(?:窜|放射|连|传|牵扯|扯|串|带)(?:到|着)(?:右)?(?:边)?(?:的)?(?:肩膀|肩胛骨?|肩头|右肩|后背|背后)",
            r"(?:吃了|吃完|吃过)[^，。]{0,8}(?:油腻|肥肉|油炸|烧烤|大餐|火锅|炸鸡|红烧肉|饭|东西)[^，。]{0,4}(?:后|以后|之后|就)|油腻(?:的)?(?:东西|食物|饭菜)",
        ),
    ),
    Concept(
        "sudden_hearing_loss",
        en=(
            r"(?:can'?t|cannot|can hardly|can barely|couldn'?t) hear (?:anything |much )?(?:out of|in|with|from) (?:my |his |her )?(?:left |right |one )?ear|(?:sudden(?:ly)? )?(?:lost|loss of|losing) (?:the |my |all )?hearing|(?:gone|went) deaf|deaf in (?:one|my left|my right|the left|the right|his|her) ear|(?:can'?t|cannot|can hardly|can barely) hear (?:the [a-z]+|anything|a thing|people)(?: [a-z]+){0,2} (?:on|in|out of|from) (?:that|this|one|my (?:left|right)|the (?:left|right)) (?:side|ear)|hearing (?:suddenly |just )?(?:went|has gone|had gone|disappeared) (?:in|on|from|out of) (?:one|my|his|her|the)"
            r"|woke (?:up )?[a-z ,']{0,20}(?:deaf|(?:can'?t|cannot|couldn'?t) hear)|(?:left|right|one) ear (?:has )?(?:gone|went|is) (?:deaf|dead)|(?:deaf|no hearing) (?:on|in) (?:the |my |his |her )?(?:left|right) (?:side|ear)",
        ),
        zh=(
            # "右边基本听不见了" (the side told without the word ear; nhs.uk Sudden hearing loss)
            r"(?:左边|右边|一边|一侧|单侧|这边|那边)(?:耳朵?)?[^，,。]{0,4}(?:基本|完全|几乎|都|啥都|什么都)?(?:听不见|听不到|听不清)|(?:突然|一下子|一夜之间)[^。]{0,6}听力(?:下降|减退|没了|丧失)|听力(?:突然|一下子)(?:下降|减退|没了|丧失|变差)|"
            r"(?:耳朵?|左耳|右耳)[^，,。]{0,4}(?:突然)?(?:听不见|听不到|听不清)(?:了)?|突然(?:耳聋|听不见|听不到)|突发性耳聋|(?:耳朵?|左耳|右耳)突然[^。]{0,14}(?:听不见|听不到|听不清)",
        ),
    ),
    # A hearing deficit in any words, sudden or not ("can't hear on the phone that side", "everything
    # sounds muffled in my left ear", "右耳打电话听不清"): with a sudden onset (woke up with it, today,
    # yesterday, within 3 days) it is a sudden hearing loss (features: hearing_sudden); with wax told
    # over weeks or a gradual course it stays with the GP or pharmacist (nhs.uk Sudden hearing loss,
    # Earwax build-up, Hearing loss)
    Concept(
        "hearing_muffled",
        en=(
            r"(?:can'?t|cannot|can hardly|can barely|couldn'?t|can not|struggl(?:e|ing) to|hard to)(?: really| properly| quite| fully| much| very well| well)? hear[a-z ,']{0,30}(?:that|this|one|my left|my right|the left|the right|left|right|his|her|bad|affected) (?:side|ear)|"
            # "almost deaf in that ear", "gone deaf in my right ear" (round 7: the deficit told as deaf)
            r"deaf in (?:my |the |that |this |one |his |her )?(?:left |right |one |bad )?ear|"
            # the ear told before: "can barely hear anything out of it", "can't hear a thing with
            # that one", "my ear's gone completely muffled" (round 7c: blocked ear, maybe wax)
            r"(?:can'?t|cannot|can hardly|can barely|couldn'?t|can not|struggl(?:e|ing) to)(?: really| properly| quite)? hear (?:anything |much |a thing |properly |well )?(?:out of|with|from|through) (?:it|that one|this one|that side|this side)(?![a-z])|"
            r"ear'?s? (?:has |is |feels |has gone |gone |went |sounds )?(?:completely |totally |really |all |very )?(?:muffled|deaf)(?![a-z])|"
            r"(?:left|right|one|that|this) ear[a-z ,']{0,25}(?:muffled|deaf|can'?t hear|cannot hear|no hearing|hearing (?:has )?(?:gone|went|reduced|dulled|dropped))|"
            r"(?:hearing|sounds?|everything|voices)[a-z ,']{0,20}(?:muffled|dulled|far away|underwater|under water)[a-z ,']{0,12}(?:in|on|from) (?:my |the |that |one )?(?:left|right|one|that|this)?(?: side| ear)|"
            r"(?:lost|losing|loss of|reduced|lower|less) hearing (?:in|on|from) (?:my |the |that |one )?(?:left|right|one|that|this)?(?: side| ear)|"
            r"hearing (?:is |has )?(?:gone|went|muffled|dulled|reduced|worse|dropped)[a-z ,']{0,10}(?:in|on) (?:my |the |that |one )?(?:left|right|one|that|this)?(?: side| ear)",
            # round 12: the ear told as stuffed with cotton wool (nhs.uk Sudden hearing loss: the
            # ear may feel blocked or full)
            r"(?<![a-z])ear(?:'s| is| feels?| feeling)?[a-z ,']{0,20}(?:full of|stuffed with|plugged with|packed with) cotton(?: wool)?",
        ),
        zh=(
            r"(?:左|右|一边|一侧|单侧|这边|那边|这只|那只)(?:边|侧)?(?:耳朵?)?[^，,。]{0,8}(?:听不(?:太|大|怎么)?(?:清|见|到)|听得不清楚|听声音(?:发闷|闷|不清楚?)|像隔了一层|(?<!不)聋)|"
            # "右耳朵听不太见了", "一只耳朵聋了" (round 7: 听不太见 / 聋 told of one ear)
            r"(?:耳朵?|左耳|右耳)[^，,。]{0,8}(?:听不(?:太|大|怎么)?(?:清|见|到)|听力(?:下降|变差|减退|不行)|(?<!不)聋(?:了|掉了))|听力(?:下降|变差|减退|不行)了?|听(?:东西|声音)(?:发闷|闷闷的|像隔了一层)",
            # round 12 (h11-zh-30): the ear told as stuffed with cotton wool ("右耳朵跟塞了棉花一样";
            # nhs.uk Sudden hearing loss: the ear may feel blocked or full - urgent GP or 111)
            r"(?:耳朵?|左耳|右耳)[^，,。]{0,4}(?:跟|像|好像|就像|如同)?(?:被)?(?:塞了|塞着|堵了|堵着|塞住了|堵住了)(?:一)?(?:团|块)?棉花",
        ),
    ),
    Concept(
        "hearing_sudden_cue",
        en=(
            r"woke (?:up )?(?:with|and|like|to)|woken up with|overnight|suddenly|all of a sudden|out of (?:nowhere|the blue)|this morning|since (?:this morning|yesterday|last night)|yesterday|today|last night",
        ),
        zh=(
            r"一觉醒来|(?:早上|早晨|今早|今天早上)(?:起来|起床|醒来)|睡醒|醒来|突然|一下子|今天|昨天|昨晚|今早|一夜之间",
        ),
    ),
    Concept(
        "hearing_gradual_cue",
        en=(
            r"gradual(?:ly)?|slowly|(?:for|over) (?:a few |several |the last |the past |\d+ |two |three |four |many )?(?:weeks|months|years)|(?:weeks|months|years) now|getting worse over|for ages",
        ),
        zh=(r"慢慢|逐渐|渐渐|(?:好|几|两|三|四)(?:个)?(?:周|星期|月|年)(?:了)?|很久了|一直",),
    ),
    Concept(
        "reflux",
        en=(
            r"heartburn|acid (?:reflux|in (?:my|the) throat|coming up|taste)|indigestion|(?:after|with) (?:a |my |every |each )?(?:big |spicy |fatty |heavy )?(?:meal|meals|curry|food|eating|dinner|takeaway)|bitter taste|burp[a-z]*",
        ),
        zh=(r"烧心|反酸|泛酸|(?:吃完饭|饭后|吃多了|吃了辣的|吃辣)|嘴里发苦|打嗝",),
    ),
    Concept(
        "new_floaters",
        en=(
            r"(?:new|sudden(?:ly)?|lots of|loads of|shower of|more|a lot of)(?: [a-z]+){0,3} floaters|floaters[a-z ,']{0,30}(?:flash[a-z]*|suddenly|new)|(?:dark )?curtain (?:coming |came )?(?:down|across|over)",
        ),
        zh=(
            r"突然[^，,。]{0,8}(?:黑点|黑影|飞蚊|小虫子)|(?:黑点|黑影)[^，,。]{0,6}(?:飘|飞)[^。]{0,12}闪光|多了(?:很多|好多)?(?:黑点|黑影)|眼前(?:像)?有(?:一道)?(?:帘子|黑幕)",
        ),
    ),
    Concept(
        "chemo",
        en=(
            r"chemo(?:therapy)?|immunotherapy|(?:low|no) (?:white (?:blood )?cells|neutrophils|immune system)|neutropeni[a-z]*",
        ),
        zh=(r"化疗|放化疗|白细胞(?:很|特别)?低|粒细胞(?:减少|缺乏)",),
    ),
    Concept(
        "halos",
        en=(r"halos?|rainbows? (?:around|round) (?:the )?lights",),
        zh=(r"彩虹圈|光晕|虹视",),
    ),
    Concept(
        "cold_limb",
        en=(
            # round 10: a denial between the limb and its signs ("my foot isn't cold or pale",
            # "cold but not white") is no ischaemic limb (nhs.uk Peripheral arterial disease: a
            # leg that hurts on walking and eases with rest is a GP matter)
            rf"(?:leg|foot|arm|hand|toes|fingers){_EN_NO_DENIAL}{{0,25}}(?:cold|icy|freezing){_EN_NO_DENIAL}{{0,20}}(?:pale|white|blue|grey|mottled)|(?:leg|foot|arm|hand|toes|fingers){_EN_NO_DENIAL}{{0,25}}(?:pale|white|blue){_EN_NO_DENIAL}{{0,20}}(?:cold|icy|freezing)",
        ),
        zh=(
            # round 10: "脚不冷不发白", "脚凉但不发白": a denial inside the span is none
            r"(?:腿|脚|胳膊|手|脚趾)[^，,。不没无未]{0,6}(?:又)?(?:凉|冰|冷)[^，,。不没无未]{0,4}(?:又)?(?:白|发白|青|紫|发紫)|(?:腿|脚|胳膊|手|脚趾)[^，,。不没无未]{0,6}(?:又)?(?:白|发白|青紫)[^，,。不没无未]{0,4}(?:又)?(?:凉|冰|冷)",
        ),
    ),
    Concept(
        "breast_inflamed",
        en=(
            r"breast[a-z ,'-]{0,40}(?:red|hot|inflamed)|(?:red|hot|inflamed)[a-z ,'-]{0,30}breast|mastitis",
        ),
        zh=(r"乳(?:房|腺)?[^。]{0,10}(?:红|热|发烫)|乳腺炎",),
    ),
    Concept(
        "deformity",
        en=(
            r"(?:bent|twisted|pointing|sticking out) (?:at |in )?(?:a |an )?(?:funny|weird|odd|strange|wrong|unnatural|awkward) (?:angle|way|direction)|deformed|"
            # "my wrist looks bent", "it's gone a funny shape" (nhs.uk Broken arm or wrist: A&E if
            # it is an odd shape)
            r"(?:looks?|looking|is|has gone|gone|went) (?:a bit |all |really |very )?(?:bent|wonky|crooked|misshapen|out of shape|(?:a |the )?(?:wrong|odd|funny|weird|strange) shape)(?! (?:but|and) (?:not|isn'?t))|out of (?:its )?(?:place|socket)|dislocat[a-z]*|(?:heard|felt) (?:a |it )?(?:crack|snap|pop)|(?<!have i )(?<!did i )(?<!could i have )(?<!if i've )(?<!if ive )(?<!whether i've )(?<!if he's )(?<!if she's )(?<!think i've )(?<!think ive )(?<!think i have )(?<!might have )(?<!might've )(?<!may have )(?<!worried i've )(?:broken|broke|fractured) (?:my |his |her )?(?:arm|wrist|leg|ankle|finger|toe|collarbone|hip|bone|elbow)",
        ),
        # the signs of a broken hip: one leg shorter and the foot turned out (nhs.uk Hip fracture)
        zh=(
            r"(?:看着|看起来|明显)(?:有点)?(?:歪了|弯了|变形)|(?:一条|左|右)?腿(?:变|比另一条|比那条)?短了|脚(?:尖)?(?:往外|向外|朝外)(?:撇|翻|歪|转)|(?:手腕|胳膊|腿|脚踝|手指|肩膀|关节)?(?:明显)?变形|错位|脱臼"
            # "会不会骨折", "是不是骨折了", "骨折了吗": the patient's question, not a sign (nhs.uk
            # Sprains and strains / Broken ankle: the signs decide; NICE/Ottawa ankle rules)
            r"|(?<!会不会)(?<!是不是)(?<!有没有)(?<!怕是)(?<!担心)(?<!怕)(?<!会)(?<!不会)(?<!没)(?<!没有)(?<!不是)骨折(?!了?吗|了?没|了?不|没有)|(?:听到|听见)[^，,。]{0,4}(?:咔|啪|嘎嘣)",
        ),
    ),
    Concept(
        "animal_bite",
        en=(
            r"(?:dog|cat|fox|rat|horse|bat|monkey|human|person|someone|kid|child) (?:bit|has bitten|had bitten|just bit)|bitten by (?:a |my |the |our |his |her |their )?(?:[a-z]+ )?(?:dog|cat|fox|rat|animal|person|bat|monkey)|(?:dog|cat|animal|human) bite",
        ),
        zh=(
            r"被(?:狗|猫|老鼠|人|动物|猴子|蝙蝠)(?:给)?咬|(?:狗|猫)(?:把[^，。]{0,4})?咬(?:伤|了|的)",
        ),
    ),
    Concept(
        "sc_minor_burn",
        en=(
            r"(?:small|minor|little|tiny) (?:burn|scald|red patch)|burn(?:t|ed)? (?:my |his |her )?(?:finger|thumb|fingertip) (?:on|with)|"
            # round 9: a hot tray, pan or iron grabbed or touched ("grabbed the oven tray without a
            # glove"; nhs.uk Burns and scalds: a small burn is treated at home)
            r"(?:grabbed|touched|picked up|caught|held) (?:the |a |my )?(?:hot )?(?:oven )?(?:tray|pan|baking tray|oven shelf|oven door|iron|kettle|pot|handle)|(?:held|ran|put) it under (?:the )?(?:cold )?(?:water|tap)",
            # round 11 (r11t-en-27): "caught it on the oven shelf", "had it under the cold tap 20
            # min", "smaller than a 50p" (nhs.uk Burns and scalds: cool a small burn for 20 minutes)
            r"(?:caught|touched|brushed|grazed|burnt|burned) (?:it|my [a-z]+|his [a-z]+|her [a-z]+) (?:on|against) (?:the |a )?(?:hot )?(?:oven shelf|oven door|oven|tray|pan|iron|kettle|hob|grill|radiator)"
            r"|(?:had|kept|got) it under (?:the )?(?:cold )?(?:water|tap)|(?:smaller|less|no bigger) than a (?:50p|10p|20p|2p|coin|penny|pound coin|£1)",
        ),
        # also "手背被开水溅到了", "用冷水冲了二十分钟", "比一元硬币还小" (nhs.uk Burns and scalds: a small
        # superficial burn cooled for 20 minutes is treated at home)
        zh=(
            r"(?:手指|手背|指头)[^。]{0,10}(?:烫|溅)|烫[^。]{0,8}(?:一小块|了一下|一下)|冲(?:了)?(?:凉|冷)水|(?:凉|冷)水[^，。]{0,2}冲(?:了)?|(?:开水|热水|热油|油)溅(?:到)?|比(?:一元|一块钱|五毛|一角)?(?:的)?硬币(?:还)?小",
        ),
    ),
    Concept(
        "treatment_failed",
        en=(
            r"(?:moisturi[sz]er|cream|ointment|treatment|tablets|medicine|painkillers|antihistamines?|exercises|nothing)[a-z ,']{0,30}(?:isn'?t|is not|not|hasn'?t|has not|doesn'?t|does not|didn'?t|won'?t) (?:helping|help|working|work|helped|worked|making (?:any )?difference)|nothing (?:from the (?:chemist|pharmacy) )?(?:is )?(?:helping|helps|works|working)|not getting (?:any )?better"
            # round 8: a pharmacist's treatment tried for its course without effect (nhs.uk Ringworm:
            # see a GP if the pharmacy treatment has not worked after 2 weeks; Earwax build-up: after
            # 5 days of drops; Atopic eczema: emollients not controlling it)
            r"|(?:emollients?|moisturi[sz]er|cream|ointment|drops|spray|clotrimazole|antifungal|steroid cream|hydrocortisone)[a-z ,']{0,30}(?:isn'?t|is not|not|aren'?t) (?:cutting it|doing (?:it|anything|much|the job)|touching it|controlling it)"
            r"|(?:emollients?|moisturi[sz]er|cream|ointment|drops|spray|clotrimazole|antifungal)[a-z ,']{0,40}(?:after|for) (?:\d+|a|one|two|three|a couple of|several) (?:days?|weeks?)[a-z ,']{0,12}(?:it'?s|its|it is|still) (?:still )?(?:there|here|the same|blocked|no better)"
            r"|(?:cream|ointment|spray|powder|clotrimazole|terbinafine|antifungal)[a-z ,']{0,40}(?:for|after) (?:\d+|a|one|two|three|a couple of|several) (?:weeks?)[a-z ,']{0,12}(?:not (?:cleared|gone|better)|no better|still (?:itchy|there|peeling))",
        ),
        zh=(
            r"(?:药|霜|药膏|保湿霜|治疗|锻炼)[^，,。]{0,6}(?:也|都)?(?:没用|不管用|没效果|不见好|不起作用)|(?:也|都|还是)不见好"
            # round 9: "过氧苯甲酰凝胶用了三个月没啥用" (nhs.uk Acne: a GP when pharmacy treatment
            # has not worked)
            r"|(?:凝胶|药膏|乳膏|洗剂|霜|药水|喷剂)[^，,。]{0,4}(?:用|抹|涂|擦|喷)了(?:[一二三四五六七八九十两几\d]+)(?:个)?(?:天|周|星期|月)(?:了)?(?:也|都|还)?(?:没啥用|没什么用|没用|不管用|没效果|没什么效果|不见好|没见好)"
            # round 8: "滴了一周滴耳油还是堵着", "抹了两周药膏还是痒" (treatment tried for its course)
            r"|(?:滴|抹|涂|擦|用|吃)了(?:一周|一个星期|两周|两个星期|[一二三四五六七八九十两\d]+(?:天|周|个星期))[^，,。]{0,8}(?:还是|仍然|依然)(?:堵|痒|没好|不好|老样子|一样|没效果|没有效果)"
            r"|(?:用|抹|涂|擦|吃|喷)了[^，,。]{0,10}?(?:一周|一个星期|两周|两个星期|[一二三四五六七八九十两\d]+(?:天|周|个星期))(?:了)?[^，,。 ]{0,2}(?:也|都|还是)(?:没好|不好|不见好|没用|没效果)"
            # round 9z: "药店买的凝胶用了三个月没啥用" (nhs.uk Acne: see a GP if pharmacy treatment
            # has not worked)
            r"|(?:用|抹|涂|擦|吃)了(?:一|两|三|四|五|六|几|好几|[2-9])个(?:多)?月(?:了)?[^，,。 ]{0,2}(?:也|都|还是)?(?:没啥用|没什么用|没用|没效果|不管用|没好|不见好|没什么效果)",
        ),
    ),
    # A rash in the shape of a band ("一条带子似的", "绕了半圈"): with blisters or a rash it is the band
    # of shingles (nhs.uk Shingles: a rash on one side of the body, often a band around the waist)
    # Bright red blood with a poo (nhs.uk Bleeding from the bottom: see a GP; A&E only when it does
    # not stop, there is a lot of it or the person feels faint - the second "bleeding" term)
    Concept(
        "rectal_bright",
        en=(
            r"(?:bright |fresh )?red blood (?:in|on|after|with) (?:my |the |his |her )?(?:poo|stool|toilet|pan)|blood (?:in|on) (?:the )?(?:toilet|pan) after (?:a |i )?poo|blood when i (?:poo|wipe)"
            # round 9z: "blood on the toilet paper when I wipe"
            r"|blood on (?:the )?(?:toilet )?(?:paper|tissue)",
        ),
        zh=(
            r"便血|(?:大便|大号|拉屎|解大便|便后|拉完|马桶)[^，。没不无未]{0,8}(?:有|出|见|滴|是|带)(?:点|些|一点)?(?:鲜红(?:的|色)?|红(?:色)?的|鲜)?血|"
            # round 9z: blood on the paper when wiping ("擦屁股纸上有血", "手纸上有血丝")
            r"(?:擦屁股|擦完|手纸|卫生纸|纸巾)[^，。没不无未]{0,6}(?:有|见|带|沾)(?:点|些|一点)?(?:鲜红(?:的|色)?|红(?:色)?的|鲜)?血|(?:大便|大号|拉屎)[^，。]{0,6}(?:鲜红|滴血)",
        ),
    ),
    # Someone pulled out of the water (drowning, 溺水, 捞上来): with breathing trouble, a cough,
    # drowsiness or confusion call 999; otherwise get checked the same day (nhs.uk Drowning and
    # water safety / Resuscitation Council UK: symptoms may start hours later). Water breathed in
    # while swimming (游泳呛了几口水) counts only with those symptoms: a sip that went down the
    # wrong way while drinking is neither.
    Concept(
        "submersion",
        en=(
            r"drown(?:ed|ing)?|near[- ]drowning|(?:pulled|fished|dragged|rescued) (?:him |her |them |me )?(?:out )?(?:of|from) (?:the )?(?:water|pool|river|sea|lake)|went under (?:the )?water",
        ),
        zh=(
            r"溺水|被(?:人)?[^，。]{0,4}(?:捞|救)(?:上来|起来|上岸)|(?:水里|河里|湖里|海里|泳池里?|游泳池里?|池塘里?)[^，。]{0,4}(?:捞|救|拉|拖)(?:上来|起来|出来)|掉(?:进|到|在)(?:了)?(?:河|湖|海|游泳池|泳池|池塘|水塘|水库)(?:里)?",
        ),
    ),
    Concept(
        "water_inhaled",
        en=(
            r"(?:swallowed|inhaled|breathed in) (?:a lot of |lots of |some )?(?:pool|sea|river|lake) water|inhaled (?:some |a lot of )?water",
        ),
        zh=(
            r"(?:游泳|泳池|玩水|戏水|下水|水里|河里|海里|湖里|池塘)[^，。]{0,8}呛(?:了)?(?:好几口|很多|好多|几口|一口|口|不少)?(?:的)?水|呛了?(?:很多|好多|好几口|不少|一肚子)(?:的)?水",
        ),
    ),
    # One side of the face swollen ("半边脸都肿了", "腮帮子肿了"): with a temperature it is a dental
    # abscess or facial cellulitis (nhs.uk Dental abscess: urgent dentist or 111 with a swollen face
    # and a high temperature; nhs.uk Cellulitis: urgent GP or 111)
    Concept(
        "face_swelling",
        en=(
            r"(?:my |his |her |the )?(?:face|cheek|jaw) (?:is |has |has gone |got )?(?:all |really |very )?(?:swollen|puffed up|swelling up)|swollen (?:face|cheek|jaw)|swelling (?:in|of|on) (?:my |his |her |the )?(?:face|cheek|jaw)",
        ),
        zh=(
            r"(?:半边|一边|半个)?(?:脸|脸颊|面颊|腮帮子?|下巴)(?:都|也|全)?(?:肿|鼓)(?:了|起来|得)",
        ),
    ),
    # Baby moving less than usual (nhs.uk Your baby's movements: contact your midwife or maternity
    # unit immediately, do not wait until tomorrow; not moving at all is treated at once)
    Concept(
        "fetal_movements_less",
        en=(
            r"baby (?:is |has been |has )?(?:moving|kicking) (?:a lot |much |far )?less|(?:fewer|less|reduced) (?:baby |fetal |foetal )?(?:movements|kicks)|baby(?:'s)? movements? (?:have |has )?(?:slowed|reduced|changed)",
        ),
        zh=(
            r"胎动(?:明显|好像|比平时|比以前|比昨天)?(?:减少|少了|变少|少|不多|弱了|变弱|不明显)|(?:宝宝|孩子|胎儿)(?:今天|这两天|好像)?(?:动得|动的)(?:比平时|比以前)?(?:少|不多|很少)",
        ),
    ),
    Concept(
        "fetal_movements_none",
        en=(
            r"(?:haven'?t|have not|not) felt (?:the |my )?baby (?:move|kick)|baby (?:has )?stopped moving|no (?:baby |fetal |foetal )?movements?",
        ),
        zh=(
            r"(?:感觉不到|没感觉到|没有感觉到|摸不到)(?:宝宝|孩子|胎儿)?(?:的)?(?:胎)?动|胎动(?:没了|消失|停了)|(?:宝宝|胎儿)(?:一直|半天|一天)?(?:都)?不动了",
        ),
    ),
    # Poo like redcurrant jelly in a baby or small child (nhs.uk Intussusception / Vomiting in babies:
    # A&E or 999 for green vomit or blood in the poo that looks like redcurrant jelly)
    Concept(
        "jelly_stool",
        en=(
            r"redcurrant jelly|(?:poo|stool|nappy)[a-z ,']{0,20}(?:like|looks like) (?:red )?(?:jam|jelly)|(?:jam|jelly)[- ]like (?:poo|stool)",
        ),
        zh=(r"果酱(?:样|一样|似的|色)|(?:大便|便便|屎|拉的)[^，。]{0,6}(?:像|跟)(?:果酱|果冻)",),
    ),
    # A fall onto the hip by an older person who then cannot stand, or whose leg is short and turned
    # out (nhs.uk Hip fracture: call 999 / A&E; NICE CG124)
    Concept(
        "fall",
        en=(
            r"(?:had a |took a )?fall|fell(?! asleep| ill| pregnant| for)|tripped|slipped(?! (?:a |my |his |her )?disc)",
        ),
        zh=(r"摔(?:了|倒|伤|到|跤)|跌(?:倒|了|跤)|滑倒|绊倒|(?:从|在)[^，。]{0,6}(?:摔|掉)下来",),
    ),
    Concept(
        "hip_site",
        en=(r"hips?|groin|top of (?:my |his |her )?(?:leg|thigh)",),
        zh=(r"髋|胯|大腿根|屁股(?:那|侧|边)|腹股沟",),
    ),
    Concept(
        "ketone_breath",
        en=(
            r"(?:breath|mouth) (?:smells?|smelling) (?:fruity|sweet|of pear ?drops|like pear ?drops|of nail varnish|like nail varnish|of acetone)|fruity[- ]smelling breath|pear ?drops? (?:smell|breath)",
        ),
        zh=(
            r"烂苹果(?:味|的味道)|(?:嘴里|口气|呼气|呼出的气)[^，。]{0,6}(?:水果味|烂苹果|苹果味|酮味|指甲油味)",
        ),
    ),
    # Swelling or redness behind the ear, the ear pushed out (nhs.uk Ear infections: urgent GP or 111
    # for swelling around the ear; Mastoiditis)
    Concept(
        "behind_ear_swelling",
        en=(
            r"(?:swelling|swollen|red(?:ness)?|lump|tender)[a-z ,']{0,15} behind (?:the |his |her |my |their )?ear|behind (?:the |his |her |my )?ear (?:is |looks )?(?:swollen|red|puffy)|ear (?:is )?(?:sticking|pushed|poking) out",
        ),
        zh=(
            r"耳(?:朵)?后(?:面|边|头)?[^，。不没无未]{0,4}(?:红肿|肿|鼓(?:起|包)|发红)|耳朵(?:往外|向外)(?:支|翘|突|顶|撅)",
        ),
    ),
    # Measles: a rash starting on the face or behind the ears and spreading down, after a fever and
    # a cough or red eyes; or no measles jab (nhs.uk Measles: urgent GP or 111 if you think it is
    # measles; call ahead, it is very infectious)
    Concept(
        "measles_pattern",
        en=(
            r"measles|rash (?:that |which )?(?:started|began|came out) (?:on|behind) (?:his |her |the |my )?(?:face|ears?|hairline)[a-z ,']{0,40}(?:spread|down|body)",
        ),
        zh=(
            r"麻疹|(?:疹子|红疹|皮疹|红点)[^。]{0,4}从(?:脸|脸上|耳朵后面|耳后|耳朵后|头|额头|发际)[^。]{0,8}(?:开始|往下|蔓延|长到|发到|出到|扩散)",
        ),
    ),
    # round 13 (h12b-en-21): close contact with someone else's measles or chickenpox ("a child
    # in my son's class has measles", "同班同学得了水痘", "接触过麻疹"), read with a weakened
    # immune system or a pregnancy (infection_contact_risk)
    Concept(
        "infection_contact",
        en=(
            r"(?:child|kid|someone|somebody|boy|girl|friend|classmate|cousin|nephew|niece|brother|sister|sibling|colleague|neighbou?r|baby|class(?:mate)?s?|nursery|school)[a-z ,']{0,40}(?:has|had|have|got|caught|with|diagnosed with|confirmed|case of|outbreak of) (?:measles|chicken ?pox|shingles)",
            r"(?:contact|exposed|exposure|been (?:around|near|with)|in (?:the same )?class with|played with|sat (?:next to|with))[a-z ,']{0,30}(?:measles|chicken ?pox|shingles)",
        ),
        zh=(
            r"(?:同学|同班|班上|班里|幼儿园|学校|邻居|表哥|表姐|表弟|表妹|哥哥|姐姐|弟弟|妹妹|朋友|小朋友|孩子|有人|同事)[^。？?]{0,10}(?:得了|出了|长了|确诊(?:了)?|发了|有)(?:麻疹|水痘|带状疱疹)",
            r"(?:接触|碰到|挨着|一起玩)[^。？?]{0,8}(?:麻疹|水痘|带状疱疹)",
        ),
    ),
    # A baby named as such ("宝宝", "婴儿", "my baby"): for the first message, before any age is known
    Concept(
        "baby_word",
        # also a message that opens on "baby" as its subject ("baby has a cold and is off her milk")
        en=(
            r"(?:my|our|the) (?:baby|newborn|infant)|^(?:my |our |the )?(?:baby|newborn|infant)(?= (?:has|is|was|had|keeps|won'?t|isn'?t|hasn'?t|seems|been)(?![a-z])|'s(?![a-z]))",
        ),
        zh=(r"宝宝|婴儿|新生儿|小婴儿",),
    ),
    # An eyelid red and swollen shut (nhs.uk Cellulitis around the eye / orbital cellulitis: get help
    # the same day, A&E if the eye bulges or vision changes)
    Concept(
        "eyelid_swelling",
        en=(
            r"(?:eyelid|eye) (?:is |has |has gone |got )?(?:all |really |very )?(?:red and )?(?:swollen|puffy)(?: shut)?|swollen (?:red )?(?:eyelid|eye)|eye (?:is )?swollen shut",
        ),
        # a denial between the lid and the swelling ("眼皮不怎么肿", "嘴唇眼皮都不肿") is none
        zh=(r"(?:眼皮|眼睑|眼睛周围|眼眶)(?:(?!不|没|无)[^，。]){0,4}(?:红肿|肿)|眼睛肿得睁不开",),
    ),
    # One side of the face that will not move (nhs.uk Bell's palsy: urgent GP or 111; with arm
    # weakness or speech problems it is a stroke, which the red flags read)
    Concept(
        "face_weakness",
        en=(
            r"(?:one side of|half) (?:my |his |her )?face (?:won'?t|doesn'?t|can'?t) move|can'?t close (?:my |his |her )?(?:left |right )?eye|bell'?s palsy|facial palsy"
            # round 10: the eye that will not shut, the eyebrow that will not lift, a smile on one
            # side only, a drink dribbling out (nhs.uk Bell's palsy: drooping, cannot close the
            # eye, drooling - urgent GP or 111; stroke signs with it stay the red flags' 999)
            r"|(?:can'?t|cannot|unable to) (?:shut|close) (?:my |his |her )?(?:left |right )?eye (?:properly|fully|all the way|completely)"
            r"|(?:can'?t|cannot|unable to) (?:raise|lift|move|wrinkle) (?:my |his |her )?(?:left |right )?(?:eyebrow|forehead)"
            r"|(?:can'?t|cannot|unable to) smile (?:on|with) (?:that|one|the (?:left|right)) side"
            r"|(?:water|drinks?|tea|liquid|food)s? (?:dribbles?|dribbling|leaks?|leaking|spills?|spilling) out(?: of (?:my|his|her) mouth)? when (?:i|he|she) (?:drinks?|eats?)",
        ),
        zh=(
            r"(?:半边|一边|一侧|左边|右边)(?:的)?脸[^，。]{0,3}(?:动不了|不能动|不会动|僵|木了|没知觉)|脸(?:的)?(?:一边|一侧|半边)(?:动不了|不能动|不会动|僵了)|面瘫|口眼歪斜|(?:一只)?眼睛闭不上|(?:一只|一边|一侧|左|右)(?:边)?眼睛?闭不(?:严|紧|拢|上)|(?:一边|一侧|左边|右边)?(?:的)?(?:眉毛|眉头)(?:抬不起来|挑不起来|抬不动|动不了)|(?:一边|一侧|左边|右边)(?:的)?(?:脸|嘴角)?笑不(?:起来|出来)|喝水(?:的时候)?(?:从)?(?:一边|一侧|左边|右边)?(?:的)?嘴角(?:漏|往外流|流出来)|闭不上眼(?:睛)?|额头皱不起来",
        ),
    ),
    # round 10: a heart failure told by name, with fluid building up (nhs.uk Heart failure /
    # British Heart Foundation: contact the GP or heart failure nurse the same day if you gain more
    # than 2kg in 3 days, or the swelling or breathlessness gets worse; 999 for severe
    # breathlessness or chest pain, which the red flags read)
    Concept(
        "heart_failure_word",
        en=(
            r"heart failure|(?:congestive )?cardiac failure|weak heart muscle|\b(?:chf|ccf|hfref|hfpef)\b",
        ),
        zh=(r"心衰|心力衰竭|心功能不全",),
    ),
    Concept(
        "fluid_weight_gain",
        en=(
            r"(?:put on|gained|gone up(?: by)?|up by|weight (?:is |has )?(?:gone )?up(?: by)?)(?: about| around| nearly| almost| over| more than)? (?:[2-9](?:\.\d)?(?: and a half)?|two|three|four|five)(?: and a half)? ?(?:kg|kgs|kilos?|kilograms?)\b",
        ),
        zh=(
            r"(?:体重|重了|胖了|长了|涨了)[^。，,]{0,8}?(?:[2-9](?:\.\d)?|两|三|四|五)(?:\.\d)?(?:公斤|kg|千克)|(?:体重)?(?:重|涨|长|胖)了(?:[4-9]|1\d|四|五|六|七|八|九|十)(?:多)?斤",
        ),
    ),
    Concept(
        "fluid_worse",
        en=(
            r"(?:more|much more) (?:swollen|puffy|puffed up) than (?:usual|normal|before)|(?:swelling|swollen ankles?|puffiness) (?:is |are |has got |have got )?(?:a lot |much )?worse|(?:need(?:ing)?|use|using|sleep(?:ing)? (?:on|with)|propped up on) (?:\d|two|three|four|more|extra) pillows|(?:\d|two|three|four) pillows (?:now|instead)|can'?t lie flat|breathless (?:when )?lying (?:flat|down)",
        ),
        zh=(
            r"(?:腿|脚|脚踝|脚脖子|小腿)?(?:比平时|比以前|比平常|比原来)(?:更)?肿|肿得(?:比平时|比以前)?更厉害了?|(?:要|得|需要)?垫(?:两|三|几|好几|2|3)个枕头|(?:不能|没法|没办法)平躺|躺(?:平|下)(?:就|会)?(?:喘|憋)|夜里(?:憋醒|喘醒)",
        ),
    ),
    # round 10: a pulse counted fast again and again in an adult with palpitations (nhs.uk Atrial
    # fibrillation: urgent GP or 111 if your heart rate is consistently above 120 bpm; 999 with
    # chest pain, breathlessness or fainting, which the discriminators and red flags read)
    Concept(
        "fast_pulse",
        en=(
            r"(?:heart ?rate|pulse|heartbeat|hr)(?: [a-z']+){0,5}? (?:1[2-9]\d|2[0-4]\d)\b|\b(?:1[2-9]\d|2[0-4]\d) ?(?:bpm|beats (?:a|per) minute)",
        ),
        zh=(
            r"(?:心跳|心率|脉搏|脉率)[^。，,；;\d]{0,8}(?:1[2-9]\d|2[0-4]\d|一百[二三四五六七八九]十)",
        ),
    ),
    # round 10: a young baby's forceful vomiting after feeds (nhs.uk Pyloric stenosis: projectile
    # vomiting, hungry after being sick, not gaining weight - see a GP urgently or 111)
    Concept(
        "projectile_vomit",
        en=(
            r"projectile(?:ly)?(?: [a-z]+)? (?:vomit|sick|spew)[a-z]*|(?:vomit|sick|spew|milk)[a-z]* (?:is |was |comes out |came out |just )?(?:projectile|shooting|shoots|shot) (?:out|across)|(?:sick|vomit|milk) (?:goes|went|flies|flew|shoots|shot) (?:right )?across the room",
        ),
        zh=(
            r"喷射(?:状|性|样)?(?:地|的)?(?:吐|呕吐|吐奶|往外吐)|(?:吐|喷)(?:得|出去)?(?:老远|很远|好远|半米|一米)|(?:像)?喷泉(?:一样|似的)?(?:地)?吐",
        ),
    ),
    # A foot wound that will not heal or is turning black (nhs.uk Diabetes: foot problems - urgent
    # GP, foot protection service or 111; a black toe is gangrene)
    Concept(
        "foot_wound_bad",
        en=(
            r"(?:foot|toe|heel)[a-z ,']{0,20}(?:ulcer|wound|sore|cut|blister)[a-z ,']{0,30}(?:not healing|won'?t heal|isn'?t healing|black|smells?|pus)|"
            # round 10: the sore named first ("a sore on his toe won't heal")
            r"(?:ulcer|wound|sore|cut|blister) on (?:my |his |her |the |a |one )?(?:big )?(?:foot|feet|toe|heel)s?[a-z ,']{0,30}(?:not healing|won'?t heal|isn'?t healing|black|smells?|pus)|(?:toe|foot) (?:is |has )?(?:gone |turned )?black",
        ),
        zh=(
            # "脚上没有伤口，没有发黑" denies both (round 10): no denial in either gap
            r"(?:脚|足|脚趾|脚后跟|脚底)(?:(?!没|无|未|不)[^。]){0,8}(?:伤口|溃疡|破了|烂了|口子)(?:(?!没|无|未)[^。]){0,10}(?:不好|不愈合|好不了|不长|发黑|变黑|流脓|臭)|(?:脚趾|脚指|脚)(?:头)?(?:发黑|变黑|黑了)",
        ),
    ),
    # Round 11 (r11u-en-25, r11u-zh-25): any broken skin on the foot - a blister, cut, sore, graze
    # or ulcer - and the signs that it is infected or not healing. With diabetes these make the
    # diabetic_foot discriminator (Diabetes UK 'Serious foot problems': blisters and cuts you can
    # see but not feel, redness, heat, a foul smell from an open wound, wounds that don't heal -
    # contact your GP or foot protection team immediately, out of hours NHS 111; NICE NG19).
    Concept(
        "foot_wound_any",
        en=(
            r"(?:blister|cut|sore|wound|ulcer|graze|nick|split|crack|break in the skin|broken skin)s?(?: [a-z',]+){0,6} (?:foot|feet|toes?|heels?|sole|soles|instep)(?![a-z])",
            r"(?:foot|feet|toes?|heels?|sole)(?: [a-z',]+){0,3} (?:blister|cut|wound|ulcer|graze)s?(?![a-z])",
        ),
        zh=(
            # no denial in the gap ("脚上没伤口", r9y-zh-19)
            r"(?:脚|足|脚趾|脚指头?|脚底板?|脚掌|脚后跟|脚背|大脚趾|脚心)(?:(?!没|无|未|不)[^，,。]){0,6}(?:泡|伤口|溃疡|破了|烂了|口子|磨破|划破|割破|破皮|裂口)",
            r"(?<![没无])(?:水泡|伤口|溃疡|口子)[^，,。]{0,4}(?:在)?(?:脚|脚底|脚趾|脚掌|脚后跟|大脚趾)",
        ),
    ),
    # round 13 (probe): a wound named - read only with wound_infected and a fever
    Concept(
        "wound_told",
        en=(
            r"(?<![a-z])(?:wound|cut|incision|scar|stitches|staples|graze|op site|operation site|surgical site|c-?section site|section scar)(?![a-z])",
        ),
        zh=(r"伤口|刀口|切口|缝针|缝线|口子",),
    ),
    Concept(
        "wound_infected",
        en=(
            r"weeping|oozing|pus(?:sy)?|(?:yellow|green)(?:ish)? (?:fluid|stuff|gunk|goo|discharge)|discharg[a-z]*|(?:bit of a |a )?(?:smell|pong|whiff|odour|odor)(?:s|y)?(?! of (?:food|smoke|gas))|smelly|stinks?|"
            r"(?:not|isn'?t|won'?t|doesn'?t (?:seem to be|seem to)?|not really|hasn'?t been) (?:really )?heal(?:ing|ed)?|(?:skin|area|redness) (?:a?round|round) it (?:is |'s |has gone |looks )?(?:a bit |quite |really )?(?:red|warm|hot|angry)|red (?:and|&) (?:warm|hot)|(?:getting|gone|going) (?:red|black)",
        ),
        zh=(
            r"流(?:点|了)?(?:黄水|脓|水|黄汤)|化脓|有(?:点|些)?(?:味儿?|臭味?)|发臭|(?:周围|旁边|四周)(?:一圈)?(?:都)?(?:红|发红|红肿)|(?:一直)?(?:不|没)(?:愈合|长好|好转|见好)|好不了|一直(?:不好|没好)|(?:发黑|变黑)",
        ),
    ),
    # Signs of mania or psychosis told by a relative: no sleep for days with racing talk or spending,
    # no need for sleep with feeling great or fast talk (NICE CG185: relapse of mania),
    # grand or persecutory beliefs, voices (nhs.uk Psychosis / Bipolar disorder: urgent GP or 111;
    # 999 when someone is a danger to themselves or others - the red flags)
    Concept(
        "psychosis_signs",
        en=(
            r"hearing voices|hears voices|voices (?:telling|in (?:his|her|my) head)|"
            # round 9: voices from the walls, a phone or home watched or bugged; mania told plainly
            r"maxed out (?:his|her|their|my)? ?(?:credit )?cards?|(?:never|hasn'?t ever) felt (?:this|so) good|(?:manic|hyper) and (?:not|hardly|barely) sleeping|(?:hardly|barely) sleep(?:ing|s)?[a-z ,']{0,30}(?:grand plans|talking (?:so |really |very )?fast|spending)|"
            r"(?:hear(?:s|ing)?|heard) (?:people|someone|a voice|voices)[a-z ,']{0,20}(?:in|through|from|behind) the (?:walls?|ceiling|tv|radio)|voices (?:coming )?(?:from|in|through) the (?:walls?|ceiling)|"
            r"(?:thinks|convinced|believes|sure|says)[a-z ,']{0,20}(?:phone|house|flat|room|tv|computer|laptop|car)[a-z ,']{0,10}(?:is |are |being |has been |have been )*(?:monitored|bugged|tapped|spying on|watching)|(?:the )?tv (?:is )?(?:talking|sending (?:him|her|me) messages) (?:to|about) (?:him|her|me)|thinks (?:he|she|they) (?:is|are) (?:god|jesus|the messiah|being (?:followed|watched|poisoned))|(?:someone|people|they) (?:is |are )?(?:following|watching|poisoning|spying on) (?:him|her|me)|hasn'?t slept (?:for )?(?:days|\d+ days|a few days)[a-z ,']{0,40}(?:talking|spending|energy)|(?:ha(?:s|ve)n'?t|ha(?:s|ve) not|not) slept (?:in |for )?(?:days|\d+|two|three|four|a few|several)(?: days| nights)?[^.?!]{0,60}(?:(?:do|does)n'?t need (?:to|it|any|sleep)|no need (?:for|to) sleep|not (?:even )?tired|feel(?:s|ing)? (?:amazing|invincible|on top of the world)|full of energy|talking (?:too |really |very |so )?(?:fast|quick)|racing thoughts|spent (?:£|\$)?\d)",
        ),
        zh=(
            r"说自己是(?:神|皇帝|上帝|救世主|神仙|玉皇大帝)|(?:听到|听见)(?:有人|有声音)(?:在)?(?:说话|骂|叫|让|命令)|(?:总|老|一直)?(?:觉得|说)有人(?:要)?(?:害|跟踪|监视|下毒)|被(?:人)?(?:跟踪|监视|下毒|迫害)了?|"
            # round 9: voices from a wall or in the head, a phone or home watched or bugged (a
            # first psychosis: nhs.uk Psychosis - urgent GP or 111, 999 with a risk of harm)
            # round 9: mania - elated, hardly sleeping, grand plans, spending sprees (nhs.uk Bipolar
            # disorder: urgent GP or 111)
            r"(?:特别|异常|非常|很|太)亢奋|躁狂|(?:把)?信用卡(?:都)?刷爆|(?:要|说要)(?:开公司)?赚(?:一个亿|几个亿|几千万|大钱)|(?:从没|从来没)(?:这么|这样)好过|"
            r"(?:几乎|基本上?|整夜|几天)(?:都)?不(?:用)?睡(?:觉)?[^。]{0,12}(?:精神(?:特别|很)?好|不困|不累|亢奋|话(?:特别|很)?多)|"
            r"幻听|(?:听到|听见|听得到|听得见)(?:有人|有声音|声音|人声|别人)(?:在)?(?:墙|墙里|墙里面|墙壁|墙那边|脑子里|脑袋里|脑海里|耳边|天花板|空调里|电视里|窗外|屋里|房间里|楼上)?[^，。；？?]{0,6}(?:跟(?:他|她|我)(?:说话|讲话|聊天)|对(?:他|她|我)(?:说话|讲话)|骂(?:他|她|我)|议论(?:他|她|我)|命令(?:他|她|我)|叫(?:他|她|我)去|让(?:他|她|我)去)|"
            r"(?:脑子里|脑袋里|墙里|墙里面)有(?:人|声音)(?:在)?(?:说话|讲话|骂|叫)|"
            r"(?:手机|电话|电脑|房间|家里|屋里|屋子|网络|微信)(?:被|让人|被人|有人)(?:装了?)?(?:监控|监听|监视|窃听|偷拍|摄像头|窃听器)|被(?:人)?(?:监控|监听|窃听)了?|有人(?:在)?(?:监控|监听|窃听|偷拍)(?:他|她|我)|(?:怀疑|觉得|说)(?:饭里|水里|饭菜里|药里)(?:被)?(?:下了?毒|有毒)|(?:几天|好几天|整夜|整晚)(?:都)?不睡(?:觉)?[^。]{0,12}(?:话(?:特别|很)?多|精力(?:特别)?旺盛|花钱|兴奋)|(?:[两三四五几]|好几)(?:天|个?晚上|夜)(?:三夜)?(?:都)?没(?:有)?睡(?:觉)?[^。]{0,16}(?:不困|也不累|不觉得累|精神(?:特别|很|超)?好|精力(?:特别|很)?(?:旺盛|充沛)|说话(?:特别|很|超)?快|(?:乱)?花了[^。]{0,4}[千万]|话(?:特别|很)?多)|胡言乱语",
        ),
    ),
    # round 9: a rash that does not fade under a pressed glass, or purple spots, told in lay
    # Chinese with words between ("我用玻璃杯压了一下，红点不褪色", "小红点，有的是紫色的"):
    # meningitis or sepsis (nhs.uk Meningitis: call 999 for a rash that does not fade under a
    # glass; NICE NG240)
    Concept(
        "rash_not_fading",
        en=(
            r"(?:pressed|rolled|pushed) (?:a |the )?glass[^.?!]{0,40}(?:still (?:there|see (?:it|them))|didn'?t (?:fade|go)|doesn'?t (?:fade|go)|not fad(?:e|ing))|(?:spots|rash|dots)[a-z ,']{0,20}(?:some|a few) (?:are |look )?purple",
        ),
        zh=(
            r"(?:玻璃杯|杯子|杯壁|玻璃)[^。]{0,12}(?:红点|疹子|斑点|点点|小点|皮疹)?[^。]{0,4}(?<!会)(?:不褪色?|不退色?|没(?:有)?(?:褪|退|消)|还在|不变白|不消)"
            r"|(?:红点|疹子|斑点|小点|点点|皮疹)[^。不没]{0,8}(?:有的|有些|有几个)?(?:是|变成|发)(?:了)?(?:紫色|紫红色|暗紫色|紫)",
        ),
    ),
    # round 9: roseola - a few days of high temperature, then a rash of small spots as the fever
    # goes (nhs.uk Roseola: usually gets better on its own in about a week; care at home)
    Concept(
        "sc_roseola",
        en=(
            r"roseola|rash (?:came out|appeared|started|broke out)[a-z ,']{0,20}(?:after|once|as|when) (?:the |his |her )?(?:fever|temperature|temp) (?:went|broke|came down|settled|dropped)|(?:fever|temperature|temp) (?:went|broke|came down|settled|dropped)[a-z ,']{0,30}(?:then |and )?(?:a |this )?rash",
        ),
        zh=(
            r"幼儿急疹|(?:烧|热)退(?:了|以后|之后|后)[^。]{0,12}(?:出|起|冒)(?:了)?(?:好多|很多|一些|一身)?(?:的)?(?:小)?(?:红)?(?:疹子|红疹|皮疹|红点)|退烧(?:了|以后|之后|后)[^。]{0,12}(?:疹子|红疹|皮疹|红点)",
        ),
    ),
    # round 9: a cold sore - a cluster of small blisters on or at the corner of the lips, often
    # back with a cold (nhs.uk Cold sores: usually clear in 10 days, a pharmacist's antiviral
    # cream); the shingles discriminator leaves it alone
    Concept(
        "sc_cold_sore",
        en=(
            r"cold sores?|(?:blisters?|sores?) (?:on|at the corner of|around|in the corner of) (?:my |his |her )?(?:lips?|mouth)|(?:lip|lips) (?:is |are )?(?:tingling|blistered)",
        ),
        zh=(
            r"唇疱疹|口唇疱疹|热气疮|上火起泡|(?:嘴角|嘴唇|唇边|嘴边|上嘴唇|下嘴唇)(?:上|边上|旁边)?[^。，]{0,6}(?:水泡|水疱|疱疹|小泡|起泡|泡泡)",
        ),
    ),
    # round 9: eczema told by its signs in a baby - dry, rough, red patches on the cheeks and neck
    # (奶癣, 湿疹; nhs.uk Atopic eczema: see a GP if you think your child has it - prescribed
    # emollients; _self_care reads it under 1 year only)
    Concept(
        "eczema_signs",
        en=(
            # the name asked of a red nappy area ("is it eczema?") is no eczema told (nhs.uk Nappy rash)
            r"(?<!is it )(?<!is this )(?<!could it be )(?<!could this be )eczema(?!\s*\?)|dry,? (?:rough|scaly|flaky)(?: red)? (?:skin|patch(?:es)?)|(?:rough|scaly),? dry (?:skin|patch(?:es)?)",
        ),
        zh=(
            r"奶癣|湿疹|(?:很干|干干的|发干)[^。]{0,8}(?:粗糙|起皮|脱屑)|摸着(?:很|有点)?粗糙|(?:红红的|发红)[^。]{0,6}一块(?:一)?块[^。]{0,4}干",
        ),
    ),
    # round 9: the patient is a man (nhs.uk Urinary tract infections: a man with UTI symptoms asks for
    # an urgent GP appointment or NHS 111 - men are not treated by a pharmacist)
    Concept(
        "male_patient",
        en=(
            r"(?<![a-z])(?:bloke|guy|man|male|fella) here|(?:i'?m|i am|im) (?:a )?(?:\d{2}[- ](?:year[- ]old |yo |y/o )?)?(?:man|guy|bloke|male|fella)(?![a-z])|(?<![a-z])(?:male|man|guy|bloke),? (?:aged )?\d{2}(?![0-9])|(?<![a-z0-9])\d{2} ?(?:y/?o ?|yrs? ?)?(?:m|male)(?![a-z])|my (?:husband|dad|father|son|grandad|grandfather|brother|boyfriend) (?:has|is|keeps|'s got|has got|says (?:it|his)|complains)|(?:he|he'?s) (?:says it )?(?:burns|stings|hurts) when he (?:pees|wees|urinates)|when he (?:pees|wees|urinates)",
        ),
        zh=(
            r"(?:我|本人)(?:是)?(?:个|一个)?男(?:的|性|生|人)|男(?:性|的)?[，,、 ]?\d{2}岁?|\d{2}岁?(?:的)?男(?!朋友|友|孩|宝|童|婴)(?:性|的|人)?|(?:我)?(?:老公|丈夫|爸|父亲|爷爷|外公|姥爷|儿子|哥|弟)(?:他)?[^，。]{0,4}(?:尿|小便|撒尿)",
        ),
    ),
    # round 9: watery or frequent diarrhoea (3 or more a day: nhs.uk Diarrhoea and vomiting); after
    # antibiotics it may be C. difficile (nhs.uk C. difficile: urgent GP or 111)
    Concept(
        "cdiff_stool",
        en=(
            r"watery (?:diarrh[a-z]*|poos?|stools?)|(?:diarrh[a-z]*|poos?|stools?) (?:is |are |like )?(?:like )?water|(?:[3-9]|1\d|three|four|five|six|seven|eight|nine|ten|several)(?:-\d+| or \d+| to \d+)? (?:times|watery poos|poos|stools|bowel movements) (?:a|per|each) day",
        ),
        zh=(
            r"水样|稀水|像水一样|拉水|一天(?:拉)?(?:了)?(?:[三四五六七八九十]|[3-9]|1\d|好几|十几)(?:[三四五六七八九]|[-到至][0-9]+)?(?:次|回|趟)|(?:拉了|跑了)(?:[三四五六七八九十]|[3-9]|好几|十几)(?:[三四五六七八九])?(?:次|回|趟)厕所?",
        ),
    ),
    # Self-harm told plainly (nhs.uk Self-harm: urgent GP or 111; 999 / A&E for a serious injury or
    # an overdose - the red flags)
    Concept(
        "self_harm",
        # deliberate only: "burnt myself on the iron", "不小心划到自己" are accidents
        en=(
            r"self[- ]harm(?:ing|ed)?|(?:harming|harms|harmed) (?:my|him|her|them)sel(?:f|ves)|(?:cutting|cuts|cut|burning|burns|burnt|hurting|hurts|hurt) (?:my|him|her|them)sel(?:f|ves) (?:on purpose|deliberately)|deliberately (?:cut|cuts|cutting|burn|burns|burnt|hurt|hurts|hurting)",
        ),
        zh=(
            r"自残|自伤|故意(?:用刀|拿刀)?[^，。]{0,4}(?:划|割|刻|扎|烫|伤害)(?:自己)|(?:拿|用)(?:刀|刀片|小刀|玻璃|圆规|剪刀|烟头)[^，。]{0,4}(?:划|割|刻|扎|烫)自己",
        ),
    ),
    # Labour signs in pregnancy (nhs.uk Signs that labour has begun / Premature labour: call the
    # maternity unit when the waters break or contractions come regularly; immediately if the waters
    # are green, brown or bloody - meconium or bleeding)
    Concept(
        "waters_broken",
        en=(
            r"(?:my |her )?waters? (?:have |has )?(?:broken|broke|gone|burst)|leaking (?:clear )?fluid|amniotic fluid",
        ),
        zh=(r"破水|羊水(?:破了|流出来|出来了|在流)|流羊水|下面(?:一直)?(?:流水|流出水)",),
    ),
    Concept(
        "waters_abnormal",
        en=(r"(?:waters|fluid)[a-z ,']{0,20}(?:green|brown|bloody|blood-stained|smelly)|meconium",),
        zh=(r"羊水[^，。]{0,4}(?:绿|黄绿|棕|褐|发黑|浑浊|有血|带血|发臭)|胎粪",),
    ),
    Concept(
        "contractions",
        en=(
            r"contractions?|(?:regular |painful )?tightenings?|bump (?:keeps )?(?:going|getting) (?:hard|tight)",
        ),
        zh=(
            r"宫缩|(?:肚子|肚皮)[^，。]{0,4}(?:一阵一阵|一阵阵|规律地?)[^，。]{0,2}(?:发紧|发硬|紧|硬)",
        ),
    ),
    Concept(
        "band_shape",
        en=(
            r"like a (?:belt|band|stripe|strap)|in a (?:band|stripe|belt) (?:round|around|across)"
            # round 10: "a band from his back round to under his nipple" (nhs.uk Shingles: a band
            # of rash on one side of the body)
            r"|(?:a|one) (?:band|stripe|strip|belt)(?: of [a-z]+)? (?:going |running |that goes |that runs )?(?:from|round|around|across) (?:my |his |her |the )?(?:back|spine|side|ribs|waist|chest)",
        ),
        zh=(
            r"(?:一条|一根)?(?:带子|腰带)(?:似的|一样|那样)|像(?:一条|一根)?(?:带子|腰带)|(?:绕|缠|围)(?:了)?(?:半|一|大半)圈|从(?:后背|背后|背上|脊柱|后腰)[^，。]{0,4}(?:绕|延伸|一直|连)?(?:到|过来到)(?:了)?(?:前面|前胸|胸口?|肚子|肋骨|乳头)",
        ),
    ),
    Concept(
        "ear_discharge",
        en=(
            r"(?:pus|fluid|discharge|gunk|liquid|goo)(?: is)? (?:coming |leaking |oozing |running )?(?:out of|from) (?:his |her |my |the |their )?ears?|ears? (?:is |are )?(?:leaking|oozing|discharging|weeping)"
            # round 10: "yellowy gunk on his pillow coming out his ear", "ear is draining pus"
            # (nhs.uk Earache / Healthier Together: pus or fluid coming out of the ear - urgent GP or 111)
            r"|(?:pus|fluid|discharge|gunk|gunge|goo|goop|liquid|muck|stuff|crust)(?! (?:in|from) (?:his|her|my) (?:nose|eyes?))[a-z ,']{0,30} (?:coming|leaking|oozing|running|draining|dripping|seeping) (?:out )?(?:of |from )?(?:his |her |my |the |their )?ears?(?![a-z])|ears? (?:is |are |has been |have been )?(?:draining|dripping|running|crusty)(?! nose)",
        ),
        # "耳朵里流出黄水来了", "耳朵往外冒脓", "耳朵流水", "耳朵里有黄水流出来", "耳朵眼渗出东西"
        # (nhs.uk Ear infections: urgent GP or 111 for fluid coming from the ear)
        zh=(
            r"耳朵(?:里|眼|眼儿)?(?:面)?(?:往外)?(?:流|出|淌|冒|渗|滴)(?:出|了)?(?:来)?(?:了)?(?:点|些|一些|一点)?(?:(?:黄|脓|清|血|白)(?:色)?(?:的)?)?(?:脓|水|液体|液|东西|汁)"
            # round 9: "耳朵流黄色的水", "枕头上有黄水" (a child's ear weeping onto the pillow)
            r"|枕头上(?:有|都是)(?:点|些)?(?:黄水|脓水|脓|黄色的水)"
            r"|耳朵(?:里|眼)?(?:有|都是)(?:点|些)?(?:黄水|脓水|脓|分泌物)(?:流|淌|冒|渗)?|耳(?:朵)?流脓|流耳水",
        ),
    ),
    Concept(
        "nosebleed_long",
        en=(
            r"(?:nose ?bleed|bleeding from (?:my |his |her |the )?nose)[^.?!]{0,40}(?:won'?t stop|not stopp[a-z]*|(?:1[5-9]|[2-9]\d|fifteen|twenty|thirty|forty)[a-z -]{0,5} ?(?:mins?|minutes)|even (?:when )?pinch[a-z]*|still going|over (?:15|fifteen|20|twenty) minutes)",
        ),
        zh=(
            r"(?:流鼻血|鼻出血|鼻子出血|鼻血)[^。]{0,20}(?:止不住|不停|(?:十五|二十|三十|半个小时|\d{2})(?:多)?分钟|半个小时)",
        ),
    ),
    Concept(
        "eye_injury",
        en=(
            r"(?:poked|scratched|hit|struck|jabbed) (?:me |him |her )?(?:in|into) (?:my |his |her |the )?eye|(?:something|grit|dirt|metal|a splinter|glass|sand) (?:stuck |caught |is )?in (?:my |his |her |the )?eye|eye (?:injury|scratch)|scratched (?:my |his |her )?eye"
            r"|(?:something|a bit of [a-z]+|grit|dirt|metal|a splinter|glass|sand|a chip|dust) (?:flew|went|got|blew|flicked|shot|pinged) (?:in|into|in to) (?:my |his |her |the )?eye",
        ),
        zh=(
            r"(?:戳|扎|划|撞|打)(?:到|伤|了)(?:了)?(?:我的|他的|她的)?眼睛|眼睛(?:被)[^，,。]{0,6}(?:戳|扎|划|撞|打|刮|蹭|崩|溅)|眼睛(?:里)?(?:进|有|飞进|溅进|崩进|蹦进|迸进)(?:了)?(?:去|来)?(?:了)?(?:个|一个|一粒|一点|点|些)?(?:东西|沙子|异物|铁屑|铁渣|玻璃|木屑|碎片|碎渣)",
        ),
    ),
    Concept(
        "throat_foreign_body",
        en=(
            r"(?:fish ?bone|bone|something|food|a pill|a tablet) (?:is |feels )?(?:stuck|caught|lodged) in (?:my |his |her |the )?(?:throat|gullet|food pipe)",
        ),
        zh=(
            r"(?:鱼刺|骨头|刺|东西|药片)[^，,。]{0,4}(?:卡|扎)(?:在|住|了)|卡(?:了)?(?:根|一根)?(?:鱼刺|骨头)",
        ),
    ),
    Concept(
        "scarlet_fever",
        # nhs.uk Scarlet fever: a rash that feels like sandpaper, a white coating on the tongue that
        # peels leaving it red, swollen and covered in little bumps ("strawberry tongue")
        en=(
            r"sand ?paper[a-z]*|scarlet fever|scarlatina|strawberry tongue|tongue[a-z ,']{0,20}(?:red|white)[a-z ,']{0,12}(?:bumpy|bumps|spotty|lumpy|little spots)|(?:red|white),? (?:and )?bumpy tongue",
        ),
        zh=(
            r"砂纸|沙纸|猩红热|草莓舌|杨梅舌|舌头(?:像|跟)(?:草莓|杨梅)|舌头[^，。,]{0,6}红[^，。,]{0,4}(?:点点|小点|疙瘩|颗粒|小包|刺)|舌头[^。]{0,16}(?:像|跟)(?:草莓|杨梅)",
        ),
    ),
    Concept(
        "sc_flu",
        en=(
            r"(?:the )?flu\b|influenza|(?:everyone|everybody|half the office|people) (?:at work |at school |in the office )?(?:has|have|had|got|has got) it"
            # flu told by its signs, not its name (nhs.uk Flu: a sudden high temperature, an aching
            # body, a dry cough, a headache - rest, fluids and paracetamol at home)
            r"|(?:fever|temperature|temp)(?:[^.;!?]|\.\d){0,30}(?:aching|aches?|achy|sore) (?:everywhere|all over)|(?:aching|aches?|achy|sore) (?:everywhere|all over)[^.;!?]{0,30}(?:fever|temperature|temp)",
        ),
        zh=(
            r"流感|单位(?:好多|很多)人都|(?:发烧|发热|烧到)[^。]{0,12}(?:浑身|全身)(?:都)?(?:酸痛|酸疼|疼|痛|没劲)|(?:浑身|全身)(?:都)?(?:酸痛|酸疼)[^。]{0,12}(?:发烧|发热)",
        ),
    ),
    Concept(
        "bp_very_high",
        en=(
            r"(?:blood pressure|bp|reading)[a-z ,'’]{0,20}(?:1[89]\d|2\d\d) ?(?:/|over) ?\d{2,3}|(?:1[89]\d|2\d\d) ?(?:/|over) ?(?:1[1-9]\d)\b",
        ),
        # also in Chinese numerals: "血压一百八", "高压两百多" (nhs.uk High blood pressure: 180/120)
        zh=(
            r"(?:血压|高压)[^，,。]{0,6}(?:1[89]\d|2\d\d)(?:\s*/\s*\d{2,3})?|(?:血压|高压)[^，,。\d]{0,4}(?:一百[八九]|一百九|两百|二百)",
        ),
    ),
    Concept(
        "earache",
        en=(
            r"ear ?aches?|(?:pulling|tugging|rubbing|grabbing) (?:at )?(?:his|her|their|my) ears?|ears? (?:hurts?|is hurting|pain)|pain in (?:his|her|my|their) ears?",
        ),
        zh=(r"耳朵(?:很|有点)?(?:疼|痛)|(?:抓|揪|拽|挠)耳朵|耳痛",),
    ),
    # round 12 (h11b-zh-01): a parent who caught chickenpox from their child - an adult with
    # chickenpox whatever age is told ("孩子上礼拜出水痘，我昨天开始长", "the kids had chickenpox and
    # now I've got spots"; nhs.uk Chickenpox: ask for an urgent GP appointment if you're an adult
    # and have chickenpox)
    Concept(
        "pox_from_child",
        en=(
            r"(?:kids?|son|daughter|child|children|little one|boy|girl|grandson|granddaughter)(?:'s| has| had| have| got| caught)[a-z ,']{0,20}chicken ?pox[a-z ,'.]{0,40}?(?:now |and )?(?:i'?ve|i have|i'?m|i am|i) (?:got|getting|have|come out in|broken out in|breaking out in|covered in|coming out in)(?: [a-z]+){0,3} (?:spots|them|it|a rash|rash|blisters|too|as well)",
        ),
        zh=(
            r"(?:孩子|儿子|女儿|闺女|娃|小孩|孙子|孙女|外孙|老大|老二)[^。？?]{0,10}(?:出|得|长|生)(?:了|过)?水痘[^。？?]{0,16}?我(?:也|自己也|现在也)?(?:(?!没|不|别|会不会|要不要)[^。？?]){0,6}?(?:开始)?(?<![没不])(?:长|出|起)(?:了)?(?:痘|疹|泡|水痘|疙瘩|红点)?",
        ),
    ),
    # round 12 (h10b-zh-16): a lump in the groin or at the belly button that shows on standing or
    # coughing (nhs.uk Hernia: see a GP if you think you have a hernia; A&E when it is painful, hard
    # or cannot be pushed back - the red flags)
    Concept(
        "hernia_lump",
        en=(
            r"hernia(?! (?:repair|op\b|operation|surgery|mesh|was (?:repaired|fixed|mended)|(?:repaired|fixed|mended|removed)))|(?:lump|bulge|swelling) (?:in|on|at|near) (?:my |his |her |the |their )?(?:right |left )?(?:groin|belly ?button|navel|tummy button)|(?:groin|belly ?button|navel|tummy button) (?:lump|bulge|swelling)",
        ),
        zh=(
            r"(?<!做过)(?<!做了)(?<!修过)(?<!补过)疝气?(?!手术|修补|补片|已经(?:修|补|做))|(?:大腿根|腹股沟|肚脐眼?)[^，。,]{0,4}(?:鼓(?:了|起)?(?:个|一个)?(?:小)?包|(?:有|长了|起了)(?:个|一个)(?:小)?包|包块|肿块|鼓包)",
        ),
    ),
    # round 12 (h11-zh-24): red patches with silvery or white scale (nhs.uk Psoriasis: red, flaky,
    # crusty patches of skin covered with silvery scales, often on elbows, knees and scalp)
    Concept(
        "scaly_patches",
        en=(
            r"(?:red|pink|scaly|silvery|flaky|crusty)(?:,? (?:and )?(?:red|pink|scaly|silvery|flaky|crusty|raised|dry))* (?:patches|plaques)|patches of (?:red|scaly|flaky|crusty) skin|silver(?:y)? scal(?:es|y)",
        ),
        zh=(
            r"(?:一片片|一块块|一片一片|一块一块)?红斑[^。]{0,8}?(?:白皮|白色的?皮|皮屑|鳞屑|脱皮|掉皮|起皮)|(?:银白色?|白色)(?:的)?(?:鳞屑|皮屑)|鳞屑",
        ),
    ),
    Concept(
        "tick_bullseye",
        en=(r"ticks?\b|bulls?-?eyes?|target-?(?:like|shaped) rash",),
        zh=(r"蜱虫|草爬子|牛眼|靶(?:形|样|子)",),
    ),
    Concept(
        "chickenpox",
        en=(r"chicken ?pox|shingles",),
        zh=(r"水痘|带状疱疹",),
    ),
    Concept(
        "apnoea",
        en=(
            r"stop(?:s|ped)? breathing (?:when|while|in (?:my|his|her) sleep|at night)|snor[a-z]*|sleep apno?ea",
        ),
        zh=(r"打呼噜|打鼾|睡觉(?:的时候)?(?:会)?憋气|呼吸暂停",),
    ),
    Concept(
        "sc_hiccups",
        en=(r"hiccups?|hiccoughs?",),
        zh=(r"打嗝|呃逆",),
    ),
    Concept(
        "hot_red_skin",
        en=(
            r"red,? hot,? (?:and )?swollen|hot,? red,? (?:and )?swollen|red,? swollen,? (?:and )?hot|swollen,? red,? (?:and )?hot|(?:skin|area|patch)[a-z ,']{0,20}(?:red and hot|hot and red)"
            # round 10: "his lower leg has gone red and hot, bit swollen" (nhs.uk Cellulitis: skin
            # red, hot, painful and swollen - urgent GP or 111)
            r"|(?:leg|shin|calf|thigh|arm|forearm|foot|ankle|hand|finger|wound|cut|scratch|graze)(?:'s| is| has| was| looks?| went| gone| turned| getting| now| all| really| very)* (?:red and (?:hot|warm)|(?:hot|warm) and red)(?![a-z])"
            # round 12 (h10b-en-02): "and" texted as "n" or "&" ("leg red n hot")
            r"|(?:leg|shin|calf|thigh|arm|forearm|foot|ankle|hand|finger|wound|cut|scratch|graze)(?:'s| is| has| was| looks?| went| gone| turned| getting| now| all| really| very| a bit| bit)* (?:red (?:n|&|\+) (?:hot|warm)|(?:hot|warm) (?:n|&|\+) red)(?![a-z])",
        ),
        zh=(r"又红又(?:热|烫)|又红又肿又(?:热|烫)|红肿(?:热痛|发热|发烫)|又热又红",),
    ),
    Concept(
        "newborn",
        en=(
            r"new-?born|(?:[1-9]|1\d|2[0-7]|one|two|three|four|five|six|seven|eight|nine|ten) days? old|(?:[1-3]|one|two|three) weeks? old|born (?:[1-9]|1\d|2[0-7]|one|two|three|four|five|six|seven|eight|nine|ten) days ago",
        ),
        zh=(
            r"新生儿|刚出生|出生(?:才|刚|刚刚)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})天|(?:才|刚)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})天(?:大)?的(?:宝宝|孩子|婴儿)",
        ),
    ),
    Concept(
        "pain_word",
        en=(
            r"pains?|painful|hurts?|hurting|aches?|aching|achy|sore|sorer|agony|agonising|agonizing|throbb[a-z]*|tender|cramps?|cramping|stings?|stinging|burns?|burning|kill(?:s|ing) me|excruciating|[a-z]+ache",
        ),
        zh=(r"[痛疼]",),
    ),
    Concept(
        "gout_pattern",
        en=(r"big toe(?: joint)?|(?:base|joint) of (?:my |his |her )?(?:big )?toe|bunion joint",),
        zh=(r"大脚趾|脚趾(?:根|关节)|大拇(?:脚)?趾",),
    ),
    # Self-care classes (nhs.uk: "a pharmacist can help" / "usually gets better on its own").
    Concept(
        "sc_hay_fever",
        en=(
            r"hay ?fever|pollen|grass (?:is |was |being |gets |got )?(?:cut|mown)|every (?:spring|summer|june|may|april|year) |this time of (?:the )?year|seasonal|allergic rhinitis|(?:spring|summer)(?:time)? allerg[a-z]*",
        ),
        zh=(r"花粉|柳絮|杨絮|(?:每年|一到)(?:春天|夏天|秋天|这个时候|这个季节)|过敏性鼻炎|季节性",),
    ),
    # Outdoors and the sunny season as the trigger ("sneezing every time i go outside", "since it got
    # sunny", "一出门就打喷嚏"): hay fever only with its own symptoms (features; nhs.uk Hay fever:
    # worse outdoors and when the pollen count is high, March to September)
    Concept(
        "hay_fever_trigger",
        en=(
            r"(?:every ?time|whenever|when(?:ever)?|as soon as) (?:i|he|she|we|they) (?:go|goes|went|step|steps|get|gets|am|is|are) (?:outside|outdoors|out in the (?:garden|park|sun)|out of the house|in the garden|in the park)|"
            r"since (?:it got|it'?s got|the weather got|it'?s been|it turned) (?:sunny|warm|warmer|nice)|(?:same|like|just like) (?:as )?(?:last|every) (?:spring|summer)",
        ),
        zh=(
            r"(?:一|每次|只要)出(?:门|去)就|(?:天(?:气)?(?:一)?(?:暖和|热|晴)(?:了|起来)?)(?:以后|之后)?就|去年(?:这个时候|春天|夏天)也",
        ),
    ),
    Concept(
        "sc_sticky_eye",
        en=(
            r"(?:eyes?|eyelids?|lashes)[a-z ,']{0,30}(?:sticky|gunk[a-z]*|crust[a-z]*|glued|goo[a-z]*|discharge|gritty)|(?:sticky|gunky|crusty|gritty|goopy|weepy) eyes?|discharge (?:from|in) (?:my |his |her )?eyes?|"
            r"stye|(?:lump|bump|spot|swelling) (?:on|along) (?:the )?(?:edge of )?(?:my |his |her |the )?(?:upper |lower )?eyelid|(?:eyelid|lid) (?:lump|bump|spot)|blepharitis"
            # round 12: "lower lid right eye, little yellow spot" - the yellow head of a stye
            # (nhs.uk 'Stye': a painful lump on the eyelid, often with a yellow spot; usually gets
            # better on its own)
            r"|(?:eye)?lid[a-z ,']{0,20}(?:little |small |tiny )?(?:yellow|white|pus) (?:spot|head|dot|pimple|point)",
        ),
        zh=(
            r"眼屎|(?:眼睛|眼皮|睫毛)[^，。]{0,6}(?:粘|黏)(?:住|在一起)?|(?:眼睛|眼角)[^，。]{0,4}分泌物|眼睛(?:发)?(?:涩|磨)|麦粒肿|针眼|眼皮[^，。]{0,6}(?:疙瘩|小包|肿块|小红点)"
            r"|(?:眼皮|眼睑)[^。]{0,10}(?:黄点|白点|脓点|脓头|小脓包|黄色的?小点|白色的?小点)",
        ),
    ),
    Concept(
        "sc_mouth",
        en=(
            r"mouth ulcers?|ulcers? (?:in|on|inside) (?:my |his |her |the )?(?:mouth|tongue|gums?|lips?|cheeks?)|canker sores?|cold sores?|"
            # round 6e: "tingling on my lip and now a little blister", "blister on my lip" (nhs.uk
            # Cold sores: tingling, then small fluid-filled blisters; a pharmacist can help)
            r"(?:tingl[a-z]*|blisters?|sores?|itch[a-z]*|burning) (?:on|at) (?:the )?(?:edge of )?(?:my |his |her |the )?(?:top |bottom |upper |lower )?lips?(?![a-z])|lips? (?:is |are )?(?:tingl[a-z]*|blister[a-z]*)|"
            r"(?:tingly|tingling|itchy|sore) (?:spot|patch|bit|bump|blister) on (?:my |his |her |the )?(?:top |bottom |upper |lower )?lip|"
            r"(?:hole|crater|ulcer) (?:in|inside) (?:my |his |her |the )?(?:mouth|cheek)",
        ),
        zh=(
            r"(?:嘴里|口腔里?|舌头上?|嘴唇里面)(?:起|长)(?:了)?(?:个|几个|一个)?(?:小)?(?:泡|疱)|口腔溃疡|(?:舌头|嘴唇|嘴里|嘴巴|嘴上|口腔|牙龈|腮)[^，。]{0,8}溃疡|口疮|唇疱疹|嘴(?:角|唇)(?:上)?(?:起|长)(?:了)?(?:一个|几个)?(?:小)?(?:泡|疱)"
            # round 6e: "嘴唇上又起了个小水泡", "上火嘴上起泡" (nhs.uk Cold sores)
            r"|(?:嘴唇|嘴角|嘴巴|嘴)(?:上|边)?[^，。]{0,5}(?:起|长|冒)(?:了)?(?:个|一个|几个|一簇|一小簇|一串|一小片|一片|一堆|一些|些|好几个)?(?:小)?(?:水)?(?:泡|疱)|上火[^，。]{0,6}(?:泡|疱)|(?:嘴里|口腔里?|舌头上?|嘴唇里面|腮帮子?里面?)(?:面)?(?:烂|破)(?:了)?(?:个|一个|几个|一块)?(?:小)?(?:洞|口子|坑)",
        ),
    ),
    Concept(
        "sc_msk",
        en=(
            r"slept (?:on it |on my neck )?(?:funny|awkwardly|wrong)|(?:woke|waking|got) up[a-z ,']{0,20}(?:my )?neck[a-z ,']{0,12}(?:is |was |felt |feels )?(?:stiff|locked|twisted|cricked|(?:like|as if) (?:i'?d|i had|i'?ve) (?:twisted|cricked|ricked|pulled) it)|crick(?:ed)? (?:in )?(?:my |his |her )?neck|(?:woke|wake|waking) up with (?:a )?(?:stiff|sore|painful|cricked) neck|wry neck|pulled a muscle|did (?:my|his|her) back in|(?:lifting|lifted|carrying|moving|move|moved|shifting|picked up|helping (?:a |my )?[a-z]+ move) (?:a |the |some |my |his |her )?(?:heavy )?(?:box|boxes|furniture|bags?|shopping|sofa|couch|settee|fridge|wardrobe|mattress)|(?:put|threw) (?:my |his |her )?back out|(?:tweaked|ricked) (?:my |his |her )?back|(?:lower )?back (?:is )?(?:really |very )?stiff|heel (?:pain|hurts)|(?:bottom|base) of (?:my |his |her )?heel|first (?:few )?steps in the morning|tennis elbow"
            # round 9w: a back told as a slipped disc (nhs.uk Slipped disc / Back pain: keep active,
            # painkillers; numbness around the bottom or bladder changes are the red flags' own)
            r"|(?:slipped|prolapsed|herniated|bulging) (?:a )?discs?|discs? (?:has |have )?(?:slipped|gone|popped)",
        ),
        # "脖子酸，肩膀僵，天天对着电脑", "低头看手机脖子疼" (nhs.uk Neck pain: poor posture, self-care)
        zh=(
            r"(?:脖子|颈椎|肩膀|肩颈)[^。]{0,12}(?:电脑|手机|低头|伏案|久坐|坐太久)|(?:电脑|手机|低头|伏案|久坐)[^。]{0,8}(?:脖子|颈椎|肩膀|肩颈)[^，。]{0,4}(?:酸|僵|疼|痛|硬)|落枕|睡落枕|闪(?:了|到)腰|(?:腰|后腰)(?:给)?闪(?:了|到了)|把腰(?:闪|扭)了|(?:早上|早晨|今早|今天早上|一觉)(?:起来|起床|醒来|睡醒)[^。]{0,6}脖子(?:转不动|扭不动|动不了|转不了|僵|歪)|(?:早上|早晨|今早|今天早上|一觉)(?:起来|起床|醒来|睡醒)[^。]{0,6}脖子[^。]{0,4}(?:像|跟)?(?:扭了|扭到了|落枕)|(?:歪着|趴着|窝着)睡(?:着)?(?:了)?|搬(?:完|了)?(?:东西|重物|箱子|家具|家)|扭(?:到|伤)了?(?:脖子|腰)|(?:脚后跟|足跟|脚跟)[^，。]{0,4}[痛疼]|早上(?:起床)?(?:下地)?(?:头|第一)几步"
            r"|(?:腰椎)?间盘(?:又)?(?:突出|膨出)|腰突(?!然)",
        ),
    ),
    Concept(
        "sc_tension",
        en=(
            r"(?:tight )?band (?:around|round|across|squeezing) (?:my |both sides of my )?(?:head|forehead)|(?:squeez|press)[a-z]* (?:on )?both sides of (?:my )?head|tension(?:-type)? headache|(?:laptop|computer|screen|desk|deadline|stressed|stress at work|working late)",
        ),
        zh=(
            r"(?:头|脑袋)[^，。]{0,6}(?:箍|勒)|紧箍|加班|熬夜|压力(?:很|太|特别)?大|看(?:电脑|手机)|(?:两边|两侧)[^，。]{0,4}(?:发紧|紧)",
        ),
    ),
    Concept(
        "sc_cold",
        en=(
            r"(?:since|after|from|with|got|have|has|had|caught|getting) (?:my |a |the |this |that )?(?:head |chest )?cold\b|common cold|(?:a |the )?(?:cold|virus|bug) (?:going|that'?s going) (?:round|around)",
        ),
        zh=(r"感冒",),
    ),
    Concept(
        "sc_skin",
        en=(
            r"between (?:my |his |her |the )?toes|athlete'?s foot|(?:nappy|diaper) rash|(?:nappy|diaper) area|red (?:bum|bottom)(?![a-z])|(?:his|her|baby'?s) (?:bum|bottom) (?:is |has gone |looks )?(?:all |very |a bit )?(?:red|sore)(?![a-z])|flak[a-z]* (?:itchy )?scalp|scalp[a-z ,']{0,15}(?:flak[a-z]*|itch[a-z]*)|white flakes|dandruff|head lice|nits|(?:bugs|insects|little (?:bugs|insects|things)|tiny (?:bugs|insects)) (?:crawling |moving )?(?:in|through) (?:my |his |her |their |the )?hair|(?:tiny |little |white )*eggs (?:stuck )?(?:on|to) (?:my |his |her |their |the )?hair|verruca|warts?|acne|pimples?|blackheads|(?:a few |some )?spots on (?:my |his |her )?(?:face|chin|forehead|nose)|ringworm|ring-shaped|(?:red )?ring (?:of|on my|on his|on her)"
            # round 12 (r12m-en-02): a patch scaly at the edge and clearer in the middle is
            # ringworm (nhs.uk Ringworm: a scaly ring-like patch that may get bigger - a
            # pharmacist's antifungal cream); a tick bite or bull's-eye stays tick_bullseye
            r"|scaly (?:round|around|at|on) the (?:edges?|outside|rim)|(?:edges?|rim) (?:is |are )?(?:red and )?scaly|(?:clear|clearer|paler|lighter|normal)(?: skin)? in the (?:middle|centre|center)",
        ),
        zh=(
            r"(?<!奶)癣|圆圈(?:形|状)?的?(?:红斑|红疹|疹子)|环(?:形|状)(?:的)?(?:红斑|红疹)|脚(?:丫|趾)(?:子|头)?(?:缝|之间|中间)|脚气|香港脚|脚(?:丫|趾)(?:子|头)?[^，。]{0,4}(?:脱皮|起皮|痒|发白|泡得发白)|头皮屑|头虱|虱子|尿布疹|红屁股|(?:尿布|尿不湿)(?:包着的地方|那块|里面)?[^，。]{0,4}(?:红|疹)|(?:屁屁|小屁股|屁股蛋|宝宝屁股|腹股沟|大腿根)(?:上)?(?:都|有点|有些)?(?:红了|发红|红红(?:的)?(?:一(?:大)?片|一块)?|红一片|红了一(?:大)?片|一片红|起了?(?:红)?疹)|纸尿裤[^，。]{0,8}(?:红|疹|不透气|捂)|(?:瘊子|疣)|痘痘|(?:边缘|边上|一圈)[^，。]{0,4}(?:脱屑|起皮|鳞屑|白屑)|中间(?:的)?(?:颜色)?(?:淡|浅|好|正常|消退)|青春痘|粉刺|长痘|头发(?:里|上|里面)[^，。 ]{0,6}(?:小)?(?:虫子|虫|虱)|(?:小)?(?:卵|虫卵)[^，。 ]{0,3}(?:粘|沾|黏|附)在头发上",
        ),
    ),
    # Skin conditions that last months by nature and stay with the pharmacist until its treatment
    # fails: acne, warts and verrucas, dandruff (nhs.uk Acne, Warts and verrucas, Dandruff)
    Concept(
        "sc_skin_lasting",
        en=(
            r"dandruff|flak[a-z]* (?:itchy )?scalp|verrucas?|warts?|acne|pimples?|blackheads|spots on (?:my |his |her )?(?:face|chin|forehead|nose)",
        ),
        zh=(r"头皮屑|瘊子|(?<![赘])疣|痘痘|青春痘|粉刺|长痘|痤疮|鸡眼",),
    ),
    # A hoarse or lost voice (nhs.uk Laryngitis: usually better in 1 to 2 weeks, self-care and a
    # pharmacist; see a GP if hoarse for more than 3 weeks). "说不出话" is not here: it is a stroke sign.
    Concept(
        "sc_voice",
        en=(
            r"hoarse(?:ness)?|lost (?:my |his |her )?voice|losing (?:my |his |her )?voice|laryngitis|croaky voice",
        ),
        zh=(
            r"嗓子(?:有点|都)?(?:哑|沙哑)|声音(?:有点|都)?(?:哑|嘶哑|沙哑)|(?:喊|唱|说话说)[^，。]{0,4}哑了|嗓音嘶哑|失声了?",
        ),
    ),
    Concept(
        "sc_dry_eye",
        en=(r"dry (?:and gritty )?eyes?|eyes? (?:feel |are )?(?:dry|tired) (?:from|after|when)",),
        zh=(r"眼睛(?:有点|很|老是)?(?:干涩|发干|干干的|干|涩)(?![净])|眼干",),
    ),
    Concept(
        "sc_boil",
        en=(
            r"(?:a |small |little )?boils?|(?:small |little )?(?:pus|yellow)[- ](?:head|spot)|infected hair follicle|folliculitis",
        ),
        zh=(
            r"疖子|毛囊炎|(?:小)?脓(?:包|头)|(?:长了?个|起了?个)(?:小)?(?:红)?(?:包|疙瘩)[^。]{0,6}(?:有脓|脓头|化脓)",
        ),
    ),
    # round 7t: a question about taking everyday painkillers together or how much, for an
    # everyday ache ("can i take ibuprofen and paracetamol together for my sore back", "布洛芬和
    # 扑热息痛能一起吃吗"): nhs.uk Ibuprofen for adults / Paracetamol for adults - they can be
    # taken together; a pharmacist can advise
    Concept(
        "sc_med_question",
        en=(
            r"(?:can|could|should|may) (?:i|you|we|he|she) (?:take|have|mix|combine|use|alternate)(?: [a-z]+){0,2} (?:ibuprofen|paracetamol|nurofen|calpol|aspirin|co-?codamol|naproxen|tylenol|advil)(?: [a-z]+){0,3} (?:and|with|alongside|or) (?:ibuprofen|paracetamol|nurofen|calpol|aspirin|co-?codamol|naproxen|tylenol|advil)"
            r"|(?:safe|ok|okay|fine|alright) to (?:take|have|mix|combine|alternate) (?:ibuprofen|paracetamol|nurofen|calpol|aspirin|co-?codamol|naproxen|tylenol|advil)(?: [a-z]+){0,3} (?:and|with|alongside) (?:ibuprofen|paracetamol|nurofen|calpol|aspirin|co-?codamol|naproxen|tylenol|advil)",
        ),
        zh=(
            r"(?:布洛芬|扑热息痛|对乙酰氨基酚|泰诺|芬必得|美林|阿司匹林)[^。？?]{0,6}(?:和|跟|与|加)(?:布洛芬|扑热息痛|对乙酰氨基酚|泰诺|芬必得|美林|阿司匹林)[^。？?]{0,8}(?:能不能|能|可以|可不可以)?(?:一起|同时|一块儿?|交替)(?:吃|服|用)",
        ),
    ),
    # round 13 (r13t-zh-14): one or two tablets of an everyday painkiller taken over the dose by
    # mistake ("比说明书多吃了一片对乙酰氨基酚", "took one extra paracetamol by accident"): nhs.uk
    # 'Paracetamol for adults' - taking 1 or 2 extra tablets by accident is unlikely to be harmful
    # (wait before the next dose; A&E for more than 8 x 500mg in 24 hours - paracetamol_excess);
    # nhs.uk 'Ibuprofen for adults' - an extra dose by mistake is unlikely to harm. A child's, a
    # total over 8 tablets, or another medicine (warfarin, insulin) is not this (see features)
    Concept(
        "sc_extra_dose",
        en=(
            r"(?:took|taken|had|swallowed|taking) (?:an?|one|1|two|2) (?:extra|more) (?:of (?:the|my) )?(?:paracetamol|ibuprofen|nurofen|panadol|tablets? of (?:paracetamol|ibuprofen)|(?:paracetamol|ibuprofen) (?:tablets?|pills?|caplets?|dose))(?![a-z])"
            r"|(?:an?|one|1|two|2) (?:tablets?|pills?|caplets?) (?:more|over) than (?:it says|the (?:label|leaflet|packet|box|instructions?|dose))[^.?!]{0,30}?(?:paracetamol|ibuprofen|nurofen|panadol)"
            r"|(?:paracetamol|ibuprofen|nurofen|panadol)[^.?!]{0,30}?(?:an?|one|1|two|2) (?:tablets?|pills?|caplets?|dose) (?:too many|extra|more than (?:it says|the (?:label|leaflet|packet|box|instructions?|dose)))",
        ),
        zh=(
            r"(?:多|额外)(?:吃|服|喝)了(?:一|1|两|2)(?:片|粒|颗|次)(?:的)?(?:对乙酰氨基酚|扑热息痛|泰诺林?|必理通|百服宁|布洛芬|芬必得|止痛药|止疼药)"
            r"|(?:对乙酰氨基酚|扑热息痛|泰诺林?|必理通|百服宁|布洛芬|芬必得|止痛药|止疼药)[^。？?]{0,12}?(?:多|额外)(?:吃|服|喝)了(?:一|1|两|2)(?:片|粒|颗|次)",
        ),
    ),
    # heartburn or indigestion that antacids do not touch (nhs.uk Pre-eclampsia: heartburn that
    # does not go away with antacids; nhs.uk Heartburn and acid reflux: GP if medicines do not help)
    Concept(
        "food_sticking",
        en=(
            r"food (?:is |keeps )?(?:getting |gets |get )?stuck|(?:trouble|difficulty|problems?|hard|pain(?:ful)?) (?:with )?swallowing(?! (?:spit|saliva))",
        ),
        zh=(
            r"吞咽困难|(?:咽|吞)(?:东西|饭|食物)?(?:不下去|困难|费劲)|(?:东西|饭|食物)[^。，,]{0,4}(?:卡住|噎住|咽不下)",
        ),
    ),
    Concept(
        "antacid_failed",
        en=(
            r"(?:antacids?|gaviscon|rennies?|tums|omeprazole|lansoprazole)[a-z ,']{0,30}(?:not|n'?t|no|nothing) (?:help[a-z]*|work[a-z]*|touch[a-z]*|shift[a-z]*|do(?:ing)? anything)"
            r"|(?:not|n'?t|nothing) (?:help[a-z]*|work[a-z]*|going away|gone away|shifting)(?: [a-z]+){0,2} (?:with|after|even with) (?:the )?(?:antacids?|gaviscon|rennies?|tums)",
        ),
        zh=(
            r"(?:胃药|抗酸药|达喜|铝碳酸镁|斯达舒|奥美拉唑|吗丁啉)[^。]{0,6}(?:也|都)?(?:不管用|没用|不见好|没效果|没什么效果|压不住|不顶用)",
        ),
    ),
    Concept(
        "sc_heartburn",
        en=(
            r"heartburn|acid reflux|acid (?:in (?:my|the) throat|coming up|into my (?:mouth|throat))|sour (?:stuff|liquid|taste) (?:coming up|in my (?:mouth|throat))|indigestion|bloat(?:ed|ing) after (?:a |my )?(?:big |heavy )?(?:meal|lunch|dinner|food)"
            # round 12: "bloated and full whenever I eat too much" (nhs.uk Indigestion: feeling full
            # and bloated, burping after eating too much - a pharmacist)
            r"|(?:bloat(?:ed|ing)|full and bloated|uncomfortably full)[a-z ,']{0,20}(?:after|when(?:ever)?|if) (?:i )?(?:eat|eating|ate|have eaten) (?:too much|a lot|big meals?|a big meal)"
            # a burning after meals that antacids ease (nhs.uk Heartburn and acid reflux)
            r"|burning[a-z ]{0,20}after (?:every |each |a |my )?(?:big |spicy |fatty |heavy )?(?:meals?|eating|food)[^.;!?]{0,60}(?:antacids?|gaviscon|rennie)s? (?:help|ease|settle)"
            # round 10: a burning in the chest after a rich meal (redflags reflux_burn: no chest pain
            # finding) - nhs.uk Heartburn and acid reflux: rich or spicy food and alcohol bring it on
            r"|(?:chest|breastbone|sternum)[a-z ]{0,12}burning[a-z ]{0,12}after (?:a |my |that |the )?(?:(?:big|spicy|fatty|heavy|massive|huge|large|greasy|rich|late|fried|hot|indian|chinese) ){0,2}(?:meals?|curry|curries|dinner|takeaway|pizza|kebab|fry-?up)"
            r"|burning (?:in|behind) (?:my |the )?(?:chest|breastbone|sternum)[a-z ]{0,12}after (?:a |my |that |the )?(?:(?:big|spicy|fatty|heavy|massive|huge|large|greasy|rich|late|fried|hot|indian|chinese) ){0,2}(?:meals?|curry|curries|dinner|takeaway|pizza|kebab|fry-?up)",
        ),
        # lay "心口窝有点烧", "胃里火辣辣的" (nhs.uk Heartburn: a burning feeling after eating)
        zh=(
            r"(?:心口窝?|胃里?)(?:有点|有些|很|老是)?(?:烧|灼|火辣辣|辣辣)|烧心|反酸|泛酸|消化不良|(?:吃(?:得)?太多|吃多了|一吃多(?:了)?就?)[^。]{0,8}胀"
            r"|(?:吃完饭|饭后|每次吃饭)[^。]{0,8}(?:胸口|胸)[^。]{0,4}(?:烧|灼|火辣辣)[^。]{0,30}(?:胃药|抗酸药|达喜|铝碳酸镁|斯达舒)[^。]{0,4}(?:管用|有用|能缓解|好点|好一点)",
        ),
    ),
    # Both ankles or feet a little swollen after sitting or standing long or in the heat (nhs.uk
    # Swollen ankles, feet and legs (oedema): often goes away on its own - raise the legs, walk
    # about; see a GP if no better in a few days; one swollen, red, warm leg is DVT: calf_swelling)
    Concept(
        "sc_oedema",
        en=(
            r"both (?:of )?(?:my |his |her )?(?:ankles|feet) (?:are |look |have )?(?:a (?:bit|little) |slightly |gone |got |been )*(?:swollen|puffy|puffed up)|(?:ankles|feet) (?:are |have )?(?:a (?:bit|little) |slightly |got |gone )*(?:swollen|puffy) (?:after|from|by) (?:the |a |my )?(?:flight|plane|long (?:drive|day|journey)|standing|sitting|the end of the day|evening)",
        ),
        zh=(
            r"(?:两只|两个|两边|双|两条)(?:脚|脚踝|脚脖子|脚面)[^，。]{0,4}(?:都)?(?:有点|有些|稍微|微微)?(?:浮)?肿|(?:脚|脚踝|脚脖子|脚面)都(?:有点|有些)?(?:浮)?肿",
        ),
    ),
    Concept(
        "every_meal",
        en=(
            r"(?:after|with) (?:every|each) meal|every (?:time i eat|night|day|evening)|keep(?:s)? (?:getting|coming back)|most days",
        ),
        zh=(r"每次(?:吃完饭|吃饭|饭后)|每天|老是|经常|总是|一吃(?:饭|东西)就",),
    ),
    Concept(
        "sc_teething",
        # nhs.uk Teething: red, swollen gums, a flushed cheek, dribbling, gnawing and chewing on
        # things a lot, more fretful than usual
        en=(
            r"teeth(?:ing)?|tooth (?:is )?coming through|cutting (?:a )?(?:tooth|teeth)|(?:chewing|gnawing) (?:on )?(?:everything|anything|his (?:hands|fists|toys)|her (?:hands|fists|toys)|toys|fingers)",
        ),
        # the signs parents describe before naming teething: dribbling and chewing on everything
        # (nhs.uk Teething: dribbling more than usual, gnawing and chewing on things a lot)
        zh=(
            r"长牙|出牙|萌牙|冒牙|(?:流|淌)口水[^。]{0,12}(?:啃|咬|往嘴里塞|往嘴里放)|(?:啃|咬|往嘴里塞|往嘴里放)[^。]{0,12}(?:流|淌)口水|牙床[^，。]{0,4}(?:红|肿|痒)",
        ),
    ),
    Concept(
        "sc_ear",
        en=(
            r"swimmer'?s ear|otitis externa|(?:swimming|swim|the pool)[a-z ,']{0,40}(?<![a-z])ears?(?![a-z])|(?<![a-z])ears?(?![a-z])[a-z ,']{0,40}(?:after|since|from) (?:going )?(?:swimming|the pool)|"
            r"(?:ear ?)?wax|ears? (?:feels? |is |are )?(?:blocked|bunged up|full)|(?:earache|ear ache|ear (?:is )?(?:aching|sore|hurts?))[a-z ,']{0,30}(?:cold|flu)|(?:after|with|since) (?:my |a |the )?cold[a-z ,']{0,30}(?:ear|earache)",
        ),
        zh=(
            # round 9: swimmer's ear - an itchy or sore ear canal after swimming (nhs.uk Ear
            # infections / Otitis externa: a pharmacist can help with ear drops)
            r"外耳道炎|游泳耳|(?:游泳|游完泳|潜水)[^。]{0,20}耳(?:朵|道)?|耳(?:朵|道)[^。]{0,20}(?:游泳|游完泳)|"
            r"耳屎|耵聍|耳朵(?:里)?(?:堵|闷|塞)|耳朵[^，。]{0,6}(?:堵住|堵着|塞住|闷闷)|感冒(?:以后|后|了)[^。]{0,8}耳朵",
        ),
    ),
    Concept(
        "sc_period",
        en=(
            r"period (?:pains?|cramps?)|(?:cramps?|pains?|aches?)[a-z ,']{0,40}(?:my|her|the) periods?|periods? (?:has |have )?(?:started|came|come)|time of the month",
        ),
        zh=(
            r"痛经|(?:来|来了)(?:月经|例假|大姨妈)|经期|(?:例假|大姨妈|月经)(?:第[一二三]天|头[一两二]天)|例假(?:第一|头)",
        ),
    ),
    Concept(
        "sc_thrush",
        en=(r"cottage cheese|thrush|(?:thick )?white discharge",),
        zh=(r"豆腐渣|白带(?:多|增多|像)|霉菌(?:性)?(?:阴道炎)?",),
    ),
    # Periods that have become irregular or stopped (nhs.uk Irregular periods / Stopped or missed
    # periods: see a GP); acne or weight gain alongside does not make it a pharmacy matter
    Concept(
        "irregular_periods",
        en=(
            r"(?:irregular|erratic) periods?|periods? (?:are|have been|have become|has been) (?:irregular|all over the place|erratic)|(?:missed|no) periods? for (?:months|\d+ months|a few months)",
        ),
        zh=(
            r"月经(?:一直|老是|总是)?(?:不规律|不规则|不调|紊乱|乱了?|不准)|(?:月经|例假|大姨妈)(?:两三个月|几个月|三四个月|半年)(?:才)?来一次|(?:两三个月|几个月|三四个月|半年)(?:才)?来一次(?:月经|例假)?",
        ),
    ),
    # A fishy or bad-smelling discharge is not thrush (nhs.uk Bacterial vaginosis and STIs: see a GP
    # or a sexual health clinic; thrush does not usually smell)
    Concept(
        "discharge_odour",
        en=(
            r"fishy (?:smell|odou?r)|(?:discharge|it) (?:smells?|smelling) (?:fishy|bad|off|strong|horrible)|smelly discharge",
        ),
        zh=(r"鱼腥味|(?:白带|分泌物|下面|下身)[^。]{0,10}(?:腥臭|臭味|异味|难闻|有味)",),
    ),
    # A grey, thin, fishy-smelling discharge is bacterial vaginosis, not thrush: nhs.uk Bacterial
    # vaginosis sends it to a GP or sexual health clinic (it blocks the thrush self-care class).
    Concept(
        "bv_discharge",
        en=(
            r"fishy[- ](?:smell|odou?r)|smells? fishy|(?:grey|gray)(?:ish)?(?:[- ]white)? (?:thin |watery )?discharge|discharge[a-z ,']{0,20}(?:smells|smelly|odou?r)",
        ),
        zh=(
            r"(?:白带|分泌物|下面|阴道)[^。]{0,16}(?:腥|臭)|灰白色?[^，。]{0,4}(?:白带|分泌物)|(?:白带|分泌物)[^，。]{0,6}灰",
        ),
    ),
    # A burst blood vessel on the white of the eye (nhs.uk Subconjunctival haemorrhage: painless,
    # vision unchanged, clears in about 2 weeks without treatment).
    Concept(
        "sc_eye_bleed",
        en=(
            r"white of (?:my |his |her |the |one )?eye[a-z ,']{0,30}(?:red|blood)|(?:red|blood) (?:spot|patch|blotch) (?:in|on) (?:the white of )?(?:my |his |her |the )?eye|burst (?:a )?blood vessel in (?:my |his |her |the )?eye|subconjunctival",
        ),
        zh=(
            r"眼白[^，。]{0,6}(?:红|出血|血)|眼(?:睛)?(?:里)?(?:的)?(?:毛细)?血管(?:破|爆)了|眼睛(?:里)?(?:有|出现)?一(?:块|片|团)(?:血|红)|结膜下出血",
        ),
    ),
    # Threadworms (nhs.uk Threadworms: an itchy bottom, worse at night, tiny white threads in the
    # poo; a pharmacist can help - treat the whole household). Not for a child under 2, or in
    # pregnancy or breastfeeding: the GP (_self_care)
    Concept(
        "sc_worms",
        en=(
            r"thread ?worms?|pin ?worms?|worms? in (?:his |her |my |their |the )?(?:poo|poop|stool|bum|bottom|nappy|pants)|"
            r"(?:tiny |little |small |thin )*white (?:threads?|worms?|wriggly bits|bits that move)[a-z ,']{0,25}(?:poo|poop|stool|bum|bottom|nappy|pants)|"
            r"(?:poo|poop|stool|nappy)[a-z ,']{0,15}(?:tiny |little |small |thin )*white (?:threads?|worms?)|"
            r"(?:itchy|itching|itches|scratch(?:ing|es)?)[a-z ,']{0,20}(?:bum|bottom|botty|back passage|anus)[a-z ,']{0,20}(?:at night|in the night|night ?time|in bed)|"
            r"(?:bum|bottom|botty|anus) (?:is |gets )?(?:so |really |very )?itchy (?:at night|in the night)",
        ),
        zh=(
            r"蛲虫|(?:屁股|肛门|屁眼|小屁屁)[^，。]{0,6}(?:痒|挠)[^。]{0,8}(?:晚上|夜里|半夜|睡觉)|(?:晚上|夜里|半夜|睡觉)[^，。]{0,10}(?:屁股|肛门|屁眼|小屁屁)[^，。]{0,4}(?:痒|挠)|"
            r"(?:大便|便便|粑粑|屎|拉的)(?:里|上)[^，。]{0,8}(?:白色的?)?(?:小)?(?:虫|线头)|(?:白色的?)?(?:小)?线头(?:一样|似的)?的?(?:小)?虫|白色的?小(?:虫|线虫)[^，。]{0,4}(?:大便|便便|粑粑|屁股|肛门)",
        ),
    ),
    # Travel sickness (nhs.uk Motion sickness: a pharmacist can help; it recurs on each journey).
    Concept(
        "sc_motion",
        en=(
            r"motion sickness|travel sick(?:ness)?|car ?sick(?:ness)?|sea ?sick(?:ness)?|(?:threw up|throwing up|vomit(?:ed|ing)|puk(?:ed|ing))(?: [a-z']+){0,3} (?:in|on) (?:a |the )?(?:car|boat|ship|ferry|coach|bus)(?![a-z])|(?:every ?time|whenever|as soon as) (?:i|he|she|we) (?:get|go|am|is|travel) (?:in|on) (?:a |the )?(?:car|boat|ship|ferry|coach|bus|plane|train)|(?:in|on) (?:a |the )?(?:car|boat|ship|ferry|coach|bus)[a-z ,']{0,40}(?:sick|dizzy|queasy)|(?:sick|dizzy|queasy)[a-z ,']{0,30}(?:in|on) (?:a |the )?(?:car|boat|ship|ferry|coach)",
        ),
        # "我一坐车就吐", "坐船就想吐", "每次坐车船都这样", "坐长途车头晕恶心" (nhs.uk Motion sickness)
        zh=(
            r"晕车|晕船|晕机|(?:一|每次|只要)?(?:坐|乘|搭)(?:上)?(?:车|船|飞机|汽车|大巴|公交|长途车|火车|轮船|渡轮|车船)[^，。,]{0,4}(?:就|都|总|会|老)[^，。,]{0,3}(?:吐|晕|想吐|恶心|反胃|难受)|(?:坐|乘)车船"
            # round 12: "孩子坐车吐了", "坐船的时候吐了" - sick on the journey itself (nhs.uk Motion
            # sickness: it settles when the journey stops)
            r"|(?:坐|乘|搭)(?:上)?(?:车|船|飞机|汽车|大巴|长途车|轮船|渡轮)(?:的时候|时|路上)?(?:就|又)?(?:吐|呕吐|想吐|恶心)",
        ),
    ),
    # Being sick for 3 days or more, or also at home, away from any journey, is no travel
    # sickness and no stomach bug that settles in 1 or 2 days: the concept keeps a self-care class
    # (sc_motion, the vomiting allowance) from holding (nhs.uk 'Diarrhoea and vomiting': see a GP
    # or call 111 if vomiting lasts more than 2 days; nhs.uk 'Motion sickness': it happens on a
    # journey and settles after it).
    Concept(
        "vomit_lasting",
        en=(
            r"(?:vomit[a-z]*|(?:being|been) sick|throw(?:ing)? up|threw up|puk(?:e|ed|ing))[a-z ,']{0,30}?"
            r"(?:(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|several|a few|few) days|(?:a|one|two|\d+|several|a few|few|a couple of) weeks?)",
            r"(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|several|a few) days of (?:vomiting|being sick|throwing up)",
            r"(?:vomit[a-z]*|(?:being|been) sick|throw(?:ing)? up|threw up|puk(?:e|ed|ing))[a-z ,']{0,20}?(?:even |also |still )(?:at home|when (?:i'?m|i am|he'?s|she'?s|we'?re|they'?re) not (?:travelling|traveling|in (?:the|a) car|on (?:a|the) (?:boat|bus|train|plane)))",
            r"(?:vomit[a-z]*|(?:being|been) sick|throw(?:ing)? up|threw up|puk(?:e|ed|ing))[a-z ,']{0,20}?(?:after (?:we|i|he|she|they) (?:got|get) (?:off|out|home)|(?:long |hours )after the (?:journey|trip|drive|flight))",
        ),
        # "在家也吐了三天了", "不坐车也吐", "下车以后还一直吐", "吐了好几天", "三天了一直吐"
        zh=(
            r"(?:在家|不坐车|没坐车|不出门|下(?:了)?车(?:以?后)?|下(?:了)?船(?:以?后)?)[^，。,]{0,4}(?:也|还|都)[^，。,]{0,4}吐",
            r"吐(?:了)?(?:[三四五六七八九十]|好几|几|\d+)天|(?:[三四五六七八九十]|好几|\d+)天(?:了)?[^，。,]{0,4}(?:一直|都|老|总|还)(?:在)?吐|吐了(?:一|两|三|好几|几|\d+)(?:个)?(?:星期|礼拜|周)",
        ),
    ),
    Concept(
        "sc_piles",
        en=(
            r"piles|ha?emorrhoids?|lump (?:round|around|near|at|by|on) (?:my |his |her |the )?(?:bum|bottom|back passage|anus)",
            # round 11 (r11u-en-04): "my bottom, there's a small soft lump at the edge" (nhs.uk
            # Piles: a soft lump around the anus, itching, bright red blood after a poo)
            r"(?:bum|bottom|back passage|anus|bum ?hole)[a-z ,']{0,30}(?:small |soft |little |tiny )+(?:lump|swelling|bump)",
        ),
        # "屁股那里有个小肉球，拉完会缩回去" (nhs.uk Piles: a lump that may hang outside the anus and
        # go back in after a poo)
        zh=(
            # round 12: the lump told in the next clause ("肛门那儿有点痒，摸着有个小肉疙瘩")
            r"痔疮|肛门(?:口|边|旁)?[^，。]{0,4}(?:肿块|疙瘩|肉球|鼓包|小肉)|(?:屁股|肛门|屁眼|后面)(?:那里?|这里?|那儿|这儿|口|边)?[^，。]{0,6}(?:小肉球|肉球|肉疙瘩|肉揪|小肉(?:疙瘩|块)|软疙瘩)|"
            r"(?:屁股|肛门|屁眼)(?:那里?|这里?|那儿|这儿|口|边)?[^。]{0,10}[，,][^。，,]{0,4}(?:摸着|摸到|摸起来)?(?:有)?(?:个|一个)?(?:小肉球|肉疙瘩|肉揪|小肉(?:疙瘩|块)|软疙瘩)|(?:拉完|便后|大便完)[^，。]{0,6}(?:缩回去|塞回去|推回去)",
        ),
    ),
    # Dizziness or a faint with an ordinary trigger: standing up quickly, standing a long time,
    # heat (nhs.uk Dizziness: "standing up too quickly"; nhs.uk Fainting: no need to see a GP if
    # you fainted once and know why, e.g. standing for a long time or being too hot).
    Concept(
        "sc_postural",
        en=(
            r"(?:gave|giving|give) blood|(?:blood test|injection|jab|needle)s?[a-z ,']{0,20}(?:faint|dizzy|light-?headed)|"
            # round 7t: the faint told first ("fainted for a few seconds while having a blood test")
            # round 11 (r11u-en-26): "collapsed at my blood test" is the same faint in alarming words
            r"(?:faint|pass(?:ed)? out|passing out|dizzy|light-?headed|keeled over|collaps[a-z]*|went down|hit the floor|blacked out)[a-z ,']{0,40}(?:blood test|injection|jab|vaccin[a-z]*|needle|(?:having|getting) (?:my )?blood (?:taken|drawn)|blood (?:being )?(?:taken|drawn)|(?:taking|took|drawing|drew) (?:my |his |her |some )?blood)|(?:sight|saw|seeing) (?:of )?(?:the )?blood|(?:stood|stand(?:ing)?|got|get(?:ting)?|sat|sit(?:ting)?) up (?:too )?(?:quickly|fast|suddenly)|(?:standing|stood) (?:up )?for (?:hours|ages|a long time|too long)|(?:it was|it'?s|was|got) (?:really |very |so |too )?(?:hot|stuffy)(?: in there)?|(?:hot|stuffy|crowded) (?:room|gig|concert|church|train|bus)",
        ),
        zh=(
            r"(?:抽血|献血|打针|输液|打疫苗)[^。]{0,8}(?:晕(?:过去|倒)?|发黑|昏(?:过去|倒)|倒(?:在)?地|瘫(?:在)?地|栽倒)|(?:晕|昏)(?:倒|过去)?[^。]{0,8}(?:抽血|打针|打疫苗)|晕血|晕针|(?:看到|看见|一见)血[^。]{0,4}晕|(?:起|站|蹲)(?:床|身|起来)?(?:起)?(?:太|过)?(?:猛|快|急)(?:了)?|(?:一下子|突然)(?:站|坐)起来|蹲(?:久了|太久|了很久)[^，。]{0,4}(?:站|起)|站(?:了)?(?:太久|很久|半天|好久)|(?:太|很|特别)(?:热|闷)(?:了)?[^，。]{0,4}(?:晕|发黑)",
        ),
    ),
    # Palpitations after a known trigger (nhs.uk Heart palpitations: often caused by caffeine,
    # alcohol, stress or exercise and usually harmless; see a GP if they last long or keep coming back).
    Concept(
        "sc_palp_trigger",
        en=(
            r"coffees?|caffeine|espressos?|energy drinks?|red bull|too much (?:tea|coke)|(?:before|during|about) (?:my |an |the )?(?:exam|interview|presentation|test)|(?:nervous|anxious|stressed) (?:about|before)",
        ),
        zh=(
            r"咖啡|浓茶|红牛|能量饮料|功能饮料|(?:考试|面试|演讲|比赛)(?:前|之前)?[^。]{0,4}紧张|紧张(?:的时候|得)",
        ),
    ),
    # A known migraine like the usual ones (nhs.uk Migraine: usually managed at home with
    # painkillers and rest; NICE CKS Migraine: GP when attacks change, are frequent or not helped).
    Concept(
        "sc_migraine",
        en=(
            r"(?:my|usual|one of my|another|having a|got a) (?:usual |normal |regular )?migraines?|migraines? (?:again|is back|are back|as usual)|(?:history of|suffer(?:ed)? (?:from|with)|i get|i'?ve (?:always )?had) migraines?",
        ),
        zh=(
            r"偏头痛[^。]{0,6}(?:老毛病|又犯|又来|犯了|好多年|多年|很多年|史|病史)|(?:老毛病|老是|经常|每个月)[^。]{0,6}偏头痛",
        ),
    ),
    # The worst, explosive headache (nhs.uk Headaches: call 999 for a headache that came on suddenly
    # and is extremely painful; NICE CKS Headache assessment: thunderclap headache, "worst ever").
    Concept(
        "worst_headache",
        en=(
            r"thunderclap|(?:like|as if) (?:i'?d |i had )?(?:been )?(?:hit|struck|kicked) (?:on|in|over) the head|worst (?:headache|head pain|pain) (?:of my life|ever)[a-z ,']{0,30}(?:sudden|suddenly|out of nowhere|in seconds)|(?:sudden|suddenly|out of nowhere)[a-z ,']{0,30}worst (?:headache|pain)",
        ),
        # sudden AND explosive: "头痛得像要炸开，熬夜三天了，慢慢加重" is not (gradual)
        zh=(
            r"突然[^。]{0,8}(?:炸(?:开|裂)|最(?:厉害|严重|疼|痛))|炸(?:开|裂)[^。]{0,6}突然|像被(?:人)?(?:打|敲|砸)了一(?:棒|锤|棍)|突然[^。]{0,12}(?:这辈子|有生以来)",
        ),
    ),
    # A headache unlike the usual ones ("这次跟以前不一样", "not like my usual migraines"): no longer
    # the known-migraine self-care class (nhs.uk Migraine / Headaches: see a GP when it changes).
    Concept(
        "unlike_usual",
        en=(
            r"worst (?:headache|head pain|migraine|pain) (?:of my life|ever|i'?ve ever had)|(?:different|not like|unlike|worse than) (?:from )?(?:my |the )?(?:usual|normal|other|previous)(?: ones?| migraines?| headaches?)?|never (?:had|felt) (?:one|a headache|a migraine|pain) like (?:this|it)",
        ),
        zh=(
            r"(?:这辈子|有生以来)[^。]{0,6}最(?:厉害|严重|疼|痛)|(?:头|这次|这回)[^。，]{0,8}最(?:厉害|严重|疼|痛)的一次|(?:这次|这回)[^。]{0,8}(?:不一样|不同|最厉害|最严重|从来没有|突然)|(?:跟|和|与)(?:以前|平时|往常)不一样|从来没(?:有)?(?:这么|这样)(?:疼|痛)过?",
        ),
    ),
    # Reassuring behaviour of a person with a fever: playing, alert, eating and drinking (NICE NG143
    # traffic light 'green'; nhs.uk High temperature in children / adults: look after them at home).
    Concept(
        "well_signs",
        en=(
            r"(?:still |is |he'?s |she'?s )?(?:playing|running (?:a)?round|back to (?:his|her|my) (?:usual|normal) self|his usual self|her usual self)|(?:eating|drinking|feeding) (?:and (?:drinking|eating) )?(?:normally|fine|well|ok|okay)"
            # round 10: "still eating her snacks", "seems herself", "himself really" (NICE NG143
            # green: normal activity, content; nhs.uk High temperature (fever) in children)
            r"|still (?:eating|drinking|munching|asking for) (?:his |her |their )?(?:snacks|food|dinner|lunch|tea|breakfast|meals|milk)|(?:seems?|seeming|is|acting|being) (?:like )?(?:completely |totally |pretty much |just )?(?:himself|herself|themselves)(?![a-z])",
        ),
        zh=(
            r"(?:在)?(?:家里?|那里|那儿)?(?:玩|玩得|玩的)(?:得|的)?(?:挺|很|还|也)?(?:开心|好|欢)|(?:精神|状态)(?:还|也|都)?(?:挺|很|蛮|不错|还行|行|好)|能吃能(?:喝|睡|玩)|活蹦乱跳|蹦蹦跳跳|该吃吃该(?:玩|喝)|照样(?:玩|吃)|跟没事(?:人)?一样|吃(?:饭|东西|奶)?(?:喝水|喝奶)?(?:都|也)?(?:正常|挺好|还行)"
            # round 10: "还在家里跑来跑去", "零食也照吃" (NICE NG143 green)
            r"|(?:还|还在|照样|照旧)(?:在)?(?:家里|屋里|客厅)?(?:跑来跑去|到处跑|满屋跑|满地跑)|(?:零食|饭|东西|水果)(?:也|都|还)?照(?:样|常|旧)?(?:吃|要)",
        ),
    ),
    # Alcohol withdrawal and what makes it delirium tremens (NICE CG100: hallucinations,
    # confusion or fits in withdrawal need hospital treatment).
    Concept(
        "alcohol_withdrawal",
        en=(
            r"(?:stopped|quit|gave up|cut out|stopping|quitting) (?:the )?(?:drinking|drink|booze|alcohol)|(?:coming|came) off (?:the )?(?:drink|booze|alcohol)|alcohol withdrawal|(?:haven'?t|hasn'?t|not) had a drink (?:for|since|in)",
        ),
        zh=(
            r"戒酒|停酒|断酒|不喝酒了|(?:喝|饮)[^。]{0,14}酒[^。]{0,12}(?:这|这几|这两|两|三|几)天(?:都)?没(?:有)?喝(?![水奶])",
        ),
    ),
    Concept(
        "hallucination",
        en=(
            r"hallucinat[a-z]*|seeing things (?:that aren'?t|which aren'?t)|seeing (?:bugs|insects|spiders|snakes)|(?:bugs|insects|spiders) (?:crawling|on the walls?)",
        ),
        # seen where nothing is ("墙上有虫子在爬"), not lice seen in a child's hair
        zh=(
            r"幻觉|(?:看见|看到)(?:墙上|地上|屋里|房间里|天花板上|床上|窗户上)[^，。]{0,6}(?:虫子|虫|蛇|老鼠|小人|人影)|说(?:看见|看到)[^，。]{0,8}(?:虫子|虫|蛇|老鼠|小人|人影)|胡言乱语",
        ),
    ),
    # Giant cell arteritis: scalp tenderness or jaw pain on chewing (nhs.uk Giant cell arteritis;
    # NICE CKS: same-day assessment, immediately with visual symptoms).
    Concept(
        "gca_sign",
        en=(
            r"scalp (?:hurts|is tender|is sore|tender|sore)|(?:hurts|sore|tender) (?:to touch|when i (?:brush|comb))[a-z ,']{0,20}(?:scalp|hair)|(?:brush|comb)(?:ing)? (?:my |his |her )?hair[a-z ,']{0,20}(?:hurts|sore|tender)|jaw (?:aches|hurts|pain|is sore|gets tired|tires|gets achy|feels tired)[a-z ,']{0,12}(?:(?:when|while|after|from) (?:i |he |she )?)?(?:chew|eat)(?:ing|s)?"
            # round 8: the jaw that tires chewing (NICE CKS Giant cell arteritis: jaw claudication)
            r"|(?:pain|ache|aching|tired(?:ness)?) in (?:my |his |her )?jaw (?:when|while|after) (?:i |he |she )?(?:chew|eat)(?:ing|s)?",
        ),
        zh=(
            r"(?:梳头|碰)[^，。]{0,6}头皮[^，。]{0,4}[痛疼]|头皮[^，。]{0,4}(?:一碰就|碰都不能碰|触痛)|(?:嚼|咀嚼|吃东西)[^，。]{0,6}(?:下巴|下颌|腮帮子?)[^，。]{0,4}(?:[痛疼酸累乏]|没劲)"
            # round 8: combing the hair hurts (梳头都疼; NICE CKS GCA: scalp tenderness)
            r"|梳(?:头|头发)(?:都|也|时|的时候)(?:会)?(?:[痛疼]|头皮[痛疼])",
        ),
    ),
    # A woman telling herself apart: cystitis in women is a pharmacist's matter (nhs.uk Cystitis;
    # NICE CKS Urinary tract infection (lower) - women); men, children and pregnancy see a GP.
    Concept(
        "sc_female",
        en=(
            r"(?:i'?m|i am) (?:a )?(?:woman|female|girl|lady)|my periods?|not pregnant|(?:can'?t|couldn'?t) be pregnant|pregnancy test (?:was |is )?negative",
        ),
        zh=(r"(?:我是)?女(?:的|生|性)(?![儿孩])|没(?:有)?怀孕|不是怀孕|例假|月经|大姨妈|白带",),
    ),
    # Pain the patient can reproduce by pressing on the chest wall (nhs.uk Chest pain: "pain that
    # gets worse when you press on your chest" is usually a strain or costochondritis).
    Concept(
        "chest_wall",
        en=(
            r"(?:hurts?|sore|tender|pain(?:ful)?|worse)[a-z ,']{0,20}(?:when|if) (?:i |you |he |she )?(?:press|push|touch|prod)(?:es|ed)?|tender to (?:the )?touch|(?:pressing|pushing) on it (?:hurts|makes it worse)",
        ),
        zh=(
            r"按(?:着|压|一下|上去)?(?:就|会|时|的时候)?(?:更)?(?:疼|痛)|压痛|一按就(?:更)?(?:疼|痛)|摸着(?:就)?(?:疼|痛)",
        ),
    ),
    # Bleeding that pressure does not stop (nhs.uk Cuts and grazes: A&E if the bleeding does not
    # stop after pressing on it for 10 minutes): no minor cut
    Concept(
        "bleeding_wont_stop",
        en=(
            r"(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|hasn'?t|has not|not) stop(?:ping|ped)?(?: bleeding)?|pumping|spurting|keeps (?:on )?bleeding|still bleeding after|(?:1\d|[2-9]\d|ten|fifteen|twenty|thirty) ?(?:mins?|minutes) of (?:pressure|pressing)",
        ),
        zh=(
            r"(?:血)?止不住|(?:一直|还在|不停地?)(?:流血|出血)|血(?:一直|还在)?流(?:个)?不停|(?:喷|飙)血|血往外(?:喷|冒|涌)|按(?:了|着)[^，。]{0,8}(?:还|也)(?:在)?(?:流|出血|冒血)",
        ),
    ),
    # A small cut or graze (nhs.uk Cuts and grazes: stop the bleeding, clean it, cover it at home).
    Concept(
        "sc_minor_cut",
        en=(
            r"(?:cut|nicked|sliced|grazed|scraped) (?:my |his |her )?(?:finger|thumb|hand|knee|elbow|shin)|paper ?cut|(?:small|little|tiny|minor) (?:cut|graze|scratch|nick)|(?:cut|nicked) (?:my|him|her)sel(?:f) shaving|shaving (?:cut|nick)",
        ),
        # "切菜划了手指一下", "被纸划了手", "手指被刀割了个小口" (nhs.uk Cuts and grazes: treat at home)
        zh=(
            r"(?:切|割|划|刮|蹭)(?:到|破|伤)?(?:了)?(?:一下)?(?:自己的?|我的|他的|她的)?(?:点|一点|块)?(?:手|手指|指头|膝盖|皮)|(?:手|手指|指头)(?:被)?(?:刀|纸|玻璃|菜刀)?(?:划|割|切)(?:了|破了|伤了)|(?:小|浅)(?:口子|伤口)|擦破(?:了)?(?:点)?皮|刮胡子(?:的时候|时)?(?:刮|划|割)(?:破|伤)?(?:了)?",
        ),
    ),
    # --- round 6 (r6 tuning sets) ---------------------------------------------------------------
    # A rash or blisters on the forehead, eyelid, tip or side of the nose, or around the eye: the
    # territory of shingles near the eye (nhs.uk Shingles: ask for an urgent GP appointment or get
    # help from 111 if the rash is near your eye; NICE CKS Shingles: herpes zoster ophthalmicus,
    # Hutchinson's sign on the nose tip, same-day assessment).
    Concept(
        "face_eye_rash",
        en=(
            r"(?:rash|blisters?|sores?|spots)(?: [a-z',]+){0,5} (?:forehead|eyelids?|eyebrow|temple|tip of (?:my |his |her |the )?nose|nose ?tip)\b"
            r"|(?:rash|blisters?|spots|sores?|shingles)(?: [a-z',]+){0,6} (?:round|around|near|by|next to|above|over) (?:my |his |her |the |one |left |right )*eye\b(?! (?:doctor|drops|test|clinic|appointment|optician))"
            r"|(?:forehead|eyelids?|eyebrow|tip of (?:my |his |her |the )?nose)[a-z ,']{0,30}(?:rash|blisters?|spots|sores?)",
        ),
        zh=(
            # round 12 (h11b-zh-15): a bare 泡 ("额头起了一片泡")
            r"(?:额头|脑门|眼皮|眼睑|眉毛|眉头|眼睛周围|眼眶|眼角|鼻尖|鼻头|鼻子(?:旁边|侧面|边上))[^，。,]{0,8}(?:疹|疱|水泡|小泡|红点|痘|泡(?![脚澡茶面]))"
            r"|(?:疹|疱|水泡|小泡|红点)[^，。,]{0,8}(?:额头|脑门|眼皮|眼睑|眉毛|眼睛周围|眼睛(?:旁边|附近|边上)|鼻尖|鼻头)",
            # round 12 (probe): near the eye told as 眼睛旁边/附近 (nhs.uk Shingles: near your eye)
            r"(?:眼睛(?:旁边|附近|边上))[^，。,]{0,8}(?:疹|疱|水泡|小泡|泡(?![脚澡茶面]))",
        ),
    ),
    # The burning or tingling before and with a shingles rash (nhs.uk Shingles: a tingling or
    # painful feeling in an area of skin, then the rash; burning pain)
    Concept(
        "zoster_prodrome",
        en=(
            r"tingl[a-z]*(?: [a-z]+)?(?: and)? burn[a-z]*|burn[a-z]*(?: and)? tingl[a-z]*|burning (?:pain|feeling|sensation)|(?:tingl[a-z]*|burn[a-z]*)[a-z ,']{0,20}(?:before|then) (?:the )?(?:rash|spots|blisters)"
            # round 7t: "tingled for a couple of days before" (nhs.uk Shingles: a tingling or painful
            # feeling in an area of skin comes a few days before the rash)
            r"|(?:tingl|burn)[a-z]* for (?:a |about |around )?(?:couple of |few |\d+ |one |two |three )?days? (?:before|beforehand|first)\b(?! (?:bed|i |my period))",
            r"|tingl[a-z]* (?:pain|feeling|sensation)[a-z0-9 ,']{0,40}(?:,|then|and) (?:the )?(?:rash|spots|blisters)\b",
            # round 11: the pain told first, the rash after ("hurt for 2 days before the blisters
            # came", "sore first then spots came up"; nhs.uk Shingles)
            r"(?:hurt|hurting|hurts|pain|painful|sore|stinging|stung)[a-z0-9 ,']{0,25}(?:before|first,? then|and then) (?:the |these |some )?(?:rash|blisters|spots)\b(?! (?:cream|gel))",
        ),
        zh=(
            r"火辣辣|烧灼|灼(?:痛|热|烧)|像火烧|针扎(?:一样|似的)?[^，。]{0,4}[痛疼]|刺痛|刺疼",
            # round 12 (h11b-zh-15): the pain a day or two before the blisters, without 先
            # ("前两天头皮一边刺疼，昨天起的泡"; nhs.uk Shingles)
            r"(?:疼|痛|麻)[^。？?]{0,6}?(?:昨天|今天|第二天|后来|然后|之后)[^。？?]{0,4}?(?:起|冒|长|出)(?:了|的)?(?:一片|一些|些|几个|一串)?(?:小)?(?:疱|疹|水泡|泡)",
            # round 11 (r11t-zh-10): 火烧火燎, 烧得慌; the pain first, the blisters a day or two
            # later ("前天先疼 昨天冒疱"; nhs.uk Shingles: a tingling or painful feeling in an area
            # of skin comes a few days before the rash)
            r"火烧火燎|火燎|烧得慌|像(?:被)?(?:火|开水)烫|先(?:是)?(?:疼|痛|刺痛|麻|痒痛)[^。？?]{0,10}?(?:然后|后来|再|才|之后|第二天|昨天|今天)[^。？?]{0,4}(?:起|冒|长|出)(?:了)?(?:一片|一些|些|几个)?(?:疱|疹|水泡|小泡|泡|红疹)",
        ),
    ),
    Concept(
        "shingles_word",
        en=(r"shingles|(?:herpes )?zoster",),
        zh=(r"带状疱疹|缠腰龙|蛇缠腰|蛇盘疮|缠腰火丹|串腰龙|生蛇|蛇串疮",),
    ),
    # A red, watering or sore eye told in its own words ("eye on that side a bit red and watery")
    Concept(
        "eye_red_watery",
        en=(
            # round 12: a denial inside the gap ("eye itself not red") denies it
            r"\beyes?\b(?: (?!not\b|isn'?t\b|isnt\b|aren'?t\b|no\b|never\b)[a-z']+){0,5} (?:red|watery|watering|bloodshot|streaming)|(?:red|watery|watering|bloodshot|streaming) eyes?",
        ),
        # round 13 (h12-zh-28): a red lump on the eyelid ("眼皮上长了个红疙瘩") is the lid's, a
        # stye (nhs.uk Stye: warm compresses at home), and a denial in the gap ("白眼球不红")
        # denies it - as the English above
        zh=(
            r"眼(?![皮睑])睛?(?:(?!皮|睑)[^，。,不没无未]){0,6}(?:红|流泪|流眼泪|充血|淌眼泪)|(?<![不没])眼红|流眼泪",
        ),
    ),
    # Kawasaki disease's signs beyond fever and red eyes (nhs.uk Kawasaki disease: red, dry,
    # cracked lips, a red swollen tongue, swollen red hands and feet, peeling fingers and toes)
    Concept(
        "kawasaki_sign",
        en=(
            r"(?:red,? )?(?:cracked|cracking|split|splitting|chapped|peeling) (?:red )?lips|lips (?:are |look |looking |very |so |all )*(?:(?:bright |really )?red(?:,| and) )?(?:cracked|cracking|split|peeling|bleeding)|lips (?:are |look )?(?:bright|very|really) red"
            r"|(?:swollen|puffy) (?:red )?(?:hands and feet|hands|feet|fingers and toes)|(?:hands|feet|hands and feet)(?: [a-z]+){0,2} (?:are |look |looking |were |have gone )?(?:a bit |quite |really )?(?:swollen|puffy|red and swollen)|peeling (?:skin on (?:the |his |her )?)?(?:fingers|toes|fingertips)|(?:fingers|toes|fingertips|fingertips and toes)(?: are| have been| is)? (?:peeling|shedding)|kawasaki",
        ),
        zh=(
            r"嘴唇[^，。,]{0,6}(?:干裂|裂(?:开|口)|皲裂|红得|鲜红|脱皮|出血)|口唇(?:干裂|皲裂|鲜红)|手脚[^，。,]{0,4}[肿胀]|手(?:和|跟)脚[^，。,]{0,4}[肿胀]|手(?:掌)?脚(?:掌)?(?:发)?红肿|(?:手指|脚趾|指尖|指端)(?!缝|之间|中间|头缝|丫)[^，。,]{0,4}脱皮|川崎",
        ),
    ),
    # Whooping cough (nhs.uk Whooping cough: coughing bouts that last a few minutes, worse at night,
    # a "whoop" between coughs, bringing up mucus or being sick after coughing; the first signs are
    # like a cold; babies under 6 months are at high risk; ask for an urgent GP appointment or get
    # help from 111 for a baby under 6 months with symptoms, or a very bad cough getting worse)
    Concept(
        "whoop",
        en=(
            r"whoop(?:ing)?(?! cough)|whooping noise|crow(?:ing)? (?:sound|noise)|(?:gasp|gasping|big breath in)[a-z ,']{0,20}(?:noise|sound) after (?:a |the |each )?cough",
        ),
        zh=(
            r"鸡鸣|鸡叫|(?:吸气|吸口气|喘气)[^，。]{0,8}(?:呼|吼|嗬|哮|嘶)的?一?声|咳完[^，。]{0,8}(?:呼|吼|嗬)的?一?声|[“\"](?:呼|吼|嗬)[”\"]的一声|回勾",
        ),
    ),
    Concept(
        "cough_fits",
        en=(
            r"coughing (?:fits?|bouts?|spells?|attacks?|spasms?|episodes?)|(?:fits?|bouts?|spells?|attacks?) of coughing|(?:can'?t|cannot|couldn'?t) stop coughing|coughs? (?:and|until|till) (?:he|she|i|they) (?:can'?t|cannot) (?:stop|breathe|catch)|non-?stop coughing",
        ),
        zh=(
            r"一咳(?:就|起来)?[^，。,]{0,6}(?:停不下来|停不住|止不住)|一咳就是一(?:长)?(?:串|阵|大串)|连(?:续|着)咳|咳(?:起来)?(?:就)?停不下来|咳个不停|阵发性(?:痉挛性)?咳|痉挛性咳|一阵一阵(?:地|的)?咳|咳得喘不上气",
        ),
    ),
    Concept(
        "post_tussive_vomit",
        en=(
            r"cough(?:s|ed|ing)?[a-z ,']{0,20}(?:until|till|so hard|and) (?:he |she |i |they )?(?:is |are |am |was |were )?(?:sick|vomit[a-z]*|throw[a-z]* up|threw up|gag[a-z]*)|(?:sick|vomit[a-z]*|throw[a-z]* up|threw up) (?:after|from|with) (?:a |the |each |his |her |my )?cough[a-z]*",
        ),
        zh=(r"咳(?:吐了|到吐|得吐|完就?吐|嗽(?:后|完)[^，。,]{0,4}吐)",),
    ),
    Concept(
        "whooping_word",
        en=(
            r"whooping cough(?! (?:jab|vaccin[a-z]*|injection|booster))|pertussis(?! (?:jab|vaccin[a-z]*))",
        ),
        zh=(r"百日咳(?!疫苗)",),
    ),
    # A young baby in the home, or one not yet fully vaccinated against whooping cough (nhs.uk
    # Whooping cough: babies under 6 months are most at risk; vaccination in pregnancy and at 8,
    # 12 and 16 weeks)
    Concept(
        "pertussis_risk",
        en=(
            r"(?:new|newborn|young|little|tiny) baby (?:at home|in the house|brother|sister)|(?:baby|son|daughter|brother|sister) (?:at home )?(?:who is|is|who'?s|that'?s)? ?(?:only |just )?(?:[1-5]|one|two|three|four|five) (?:weeks?|months?) old|(?:not|hasn'?t|has not|haven'?t) (?:had|got|been given) (?:all )?(?:(?:his|her|their|the) )?(?:whooping cough|pertussis|6-in-1|six-in-one|baby) (?:jabs?|vaccin[a-z]*)",
        ),
        zh=(
            r"百白破|百日咳疫苗|(?:宝宝|二宝|老二|小宝|孩子|婴儿|弟弟|妹妹)[^，。,]{0,3}(?:才|刚|只有)?(?:[1-5一二两三四五]|\d)个(?:多)?月|(?:[1-5一二两三四五])个(?:多)?月(?:大)?的(?:宝宝|孩子|婴儿|二宝|小宝|弟弟|妹妹)",
        ),
    ),
    Concept(
        "cough_worsening",
        en=(
            r"cough(?:ing)? (?:is |has been |keeps |kept )?(?:getting|got|gotten) (?:worse|more violent|harder)|cough[a-z ,']{0,25}(?:getting|got) (?:worse|worse and worse)|worse and worse cough",
        ),
        zh=(r"越咳越(?:厉害|重|凶|多)|咳(?:嗽|得)?越来越(?:厉害|重|凶|频繁|多)",),
    ),
    # round 11 (r11t-zh-25): a cough told as very bad ("咳得厉害", "terrible cough", "coughing his
    # guts up"): with the whoop it is the very bad cough of nhs.uk Whooping cough (ask for an
    # urgent GP appointment or get help from 111 for a very bad cough that is getting worse)
    Concept(
        "cough_bad",
        en=(
            r"(?:really |very |so )?(?:bad|terrible|awful|horrible|horrendous|severe|violent|nasty|racking|hacking|dreadful) cough|cough(?:ing)?(?:'s| is| has been)? (?:really |very |so )?(?:bad|terrible|awful|severe|violent|dreadful)|coughing (?:really |so )?(?:badly|violently|hard)|coughing (?:his|her|my|their) (?:guts|lungs|heart) (?:up|out)",
        ),
        zh=(
            r"咳(?:嗽)?得(?:很|特别|非常|好|太|那么|这么)?(?:厉害|凶|狠|严重|剧烈|撕心裂肺)|剧烈(?:地|的)?咳嗽|咳嗽(?:很|特别|非常)?(?:厉害|严重|剧烈)|咳得(?:脸|满脸|小脸)?(?:通红|发红|憋红|憋得通红)",
        ),
    ),
    # Skin hot to the touch and a patch growing by the day (nhs.uk Cellulitis: the skin suddenly
    # turns red, painful, hot and swollen - ask for an urgent GP appointment or get help from 111)
    Concept(
        "skin_hot_touch",
        en=(
            r"(?:hot|warm)(?: and (?:sore|tender|painful|swollen|red))? to (?:the )?touch|(?<![a-z])(?:hot|warm)(?:,? and|,|,? n|,? &) (?:sore|tender|painful|swollen)(?![a-z])|(?<![a-z])(?:sore|tender|painful|swollen),? (?:and )?(?:hot|warm)(?![a-z])|(?:feels|skin is|it'?s) (?:really |very |quite )?(?:hot|warm)(?! (?:and shivery|in myself))",
        ),
        zh=(
            r"摸(?:着|上去|起来)?(?:有点|很|特别)?(?:发)?(?:烫|热乎乎|热)|烫手|(?:皮肤|那块|那片|那里)(?:有点|很)?发烫",
            # round 12 (h10b-zh-10): a limb or wound told red and then hot ("脚脖子红了一大片 发烫";
            # nhs.uk Cellulitis: skin red, hot and painful)
            r"(?:腿|小腿|大腿|胳膊|手臂|脚|脚脖子|脚腕子?|脚踝|脚背|手背|手腕|手指|脚趾|膝盖|伤口|伤口周围)[^。？?]{0,8}?红[^。？?]{0,8}?(?:发烫|烫手|热乎乎|烫烫的|发热)",
            # round 12: "又热又疼", "又烫又肿" (nhs.uk 'Cellulitis': hot, painful, swollen skin)
            r"又(?:热|烫)又(?:疼|痛|肿)|又(?:疼|痛|肿)又(?:热|烫)",
        ),
    ),
    Concept(
        "grew_recently",
        en=(
            r"(?:bigger|larger|wider|spread(?:ing)?|grown|grew|growing) (?:since|than|overnight|by the (?:day|hour))|getting (?:bigger|larger|wider)|doubled in size",
        ),
        zh=(
            r"越来越大|比(?:昨天|前天|早上|之前|刚才)(?:还|又)?(?:大|宽)|变大了|一天比一天大|(?:往外|往上)?(?:扩散|蔓延)|(?:大|宽)了一圈",
        ),
    ),
    # Breathlessness that comes with exertion ("out of breath on the stairs", "一爬楼就喘")
    Concept(
        "exertional_breath",
        en=(
            r"(?:on|up|climbing|going up|walking up|climb) (?:the |a flight of |a few |some )?(?:stairs|hills?)|(?:when|after|while|if) (?:i'?m |i )?(?:walk(?:ing)?|climb(?:ing)?|exercis[a-z]*|run(?:ning)?(?! down)|hurry(?:ing)?|rush(?:ing)?)\b|uphill|on exertion|(?:at|in) the gym",
        ),
        zh=(
            r"爬(?:[一两二三四五六几\d]+)?(?:层|节)?楼|上楼|走(?:几|两)步(?:路)?|走快了?|走(?:路|远)(?:多了|快了|久了)|一动就|运动(?:后|完|的时候)|干活(?:的时候)?|爬坡"
            # round 13: "跑步后有点喘", "跑完步喘" (nhs.uk Shortness of breath: worse when active)
            r"|跑(?:完)?步(?:后|完|的时候|以后)?|跑完(?:以后|之后)?|踢(?:完)?球(?:后|的时候)|打(?:完)?球(?:后|的时候)",
        ),
    ),
    # A sore breast, and breastfeeding (nhs.uk Mastitis: usually in breastfeeding women)
    Concept(
        "breast_pain",
        en=(
            r"(?:breast|nipple|boob)s?(?: [a-z']+){0,3} (?:pain|painful|sore|hurts?|hurting|tender|lump|hard|engorged)|(?:pain|sore|tender|lump|hard (?:bit|lump|area)) (?:in|on) (?:my |the |one |left |right )*(?:breast|boob)",
        ),
        zh=(
            r"(?:咪咪|乳房|乳头|奶子|奶头)[^，。]{0,4}(?:[疼痛]|硬块|肿块|结块|硬疙瘩|疙瘩|硬结|堵|胀)|(?:喂奶|哺乳)[^。]{0,8}[疼痛]",
        ),
    ),
    Concept(
        "breastfeeding",
        en=(
            r"breast ?feed[a-z]*|breast-feed[a-z]*|nursing (?:my |the )?baby|feeding (?:my |the )?baby",
        ),
        zh=(r"喂奶|哺乳|母乳|奶水|堵奶",),
    ),
    # Stress before exams or at work (nhs.uk Stress and Anxiety in children: self-help, talk to
    # someone; see a GP if you are struggling to cope or it lasts; low mood for more than 2 weeks)
    Concept(
        "sc_stress",
        en=(
            r"(?<!self )(?<!breast )(?<!eye )(?<!physical )(?<!medical )\bexams\b|(?:my|his|her|mock|final|school|gcse|a-?level|uni|university|college|driving) exam\b|revision|revising|(?:stressed|stress(?:ful)?|pressure)[a-z ,']{0,20}(?:exams?|work|job|school|uni|college|deadlines?)|(?:exam|work|job|school) stress|under (?:a lot of |so much )?pressure",
        ),
        zh=(
            r"考试|[一二三]模|高考|中考|期末|复习|(?:学习|工作|考试|升学)压力|压力(?:很|太|特别|有点|比较)?大",
        ),
    ),
    # Sciatica: pain going from the back or buttock down the leg (nhs.uk Sciatica: usually better
    # in 4 to 6 weeks with self-care; see a GP if it has not improved after a few weeks, keeps
    # coming back or gets worse; A&E with numbness between the legs or in both legs)
    Concept(
        "sc_sciatica",
        en=(
            r"sciatica|(?:shoot(?:s|ing)?|radiat(?:es|ing)|go(?:es|ing)|travel(?:s|ling)?|run(?:s|ning)) (?:all the way )?down (?:the back of )?(?:my |his |her |the )?(?:left |right )?(?:leg|buttock|bum|thigh|calf)",
        ),
        zh=(
            r"坐骨神经|(?:往|向)(?:腿|大腿|小腿|脚)(?:上)?(?:窜|放射|传)|(?:窜|放射|传)到(?:腿|大腿|小腿|脚)|顺着(?:屁股|臀部|大腿|腿)[^。]{0,10}(?:到|至)(?:小腿|脚|大腿)",
        ),
    ),
    # Sunburn (nhs.uk Sunburn: cool the skin, aftersun, painkillers, a pharmacist can help; urgent
    # GP or 111 for blistering or badly swollen skin, a high temperature, feeling dizzy or sick,
    # or a baby or young child with sunburn)
    Concept(
        "sc_sunburn",
        en=(
            r"sun ?burn[a-z]*|sun ?burnt|(?:burnt|burned) (?:my |his |her |their )?(?:back|face|shoulders?|arms?|legs?|skin|nose|neck|chest|scalp)(?: [a-z]+){0,2} (?:in|from|by) the sun|(?:burnt|burned|got burnt|got burned) (?:at|on|by|in) the (?:beach|sun|pool|park|seaside|lake)|(?:burnt|burned) (?:from|in|by) the sun|too long in the sun|(?:forgot|didn'?t (?:wear|use|put on)|no) (?:sun ?cream|sunscreen|sun block|suncream)"
            # red skin after hours at the beach or in the sun (nhs.uk Sunburn: red, sore skin)
            r"|(?:asleep|lying|lay|sat|sitting|all day|hours|afternoon) (?:at|on|in|by) the (?:beach|sun|pool|seaside)[a-z ,']{0,30}(?<![a-z])(?:red|pink)(?![a-z])"
            # round 10: asleep or lying out in the garden or on a sunbed, the skin red after it
            r"|(?:asleep|dozed off|lying|lay|laid|sat|sitting|sunbathing|all day|hours|afternoon) (?:out )?(?:at|on|in|by) (?:the |a |my |our )?(?:garden|park|sunbed|sun lounger|sunlounger|deckchair|patio|balcony|lake|boat)[a-z ,']{0,40}(?<![a-z])(?:red|pink|lobster)(?![a-z])"
            # round 13 (h12-en-12): the redness or the burn told first, the hours out in the sun
            # after it ("look like a boiled lobster after falling asleep on the beach", "got burnt
            # this afternoon, 3 hours asleep on the beach"; nhs.uk Sunburn: treat at home)
            r"|(?:lobster|(?:burnt|burned|got burnt|got burned)(?! (?:my|his|her|their|the|it|with|by) (?:hand|finger|arm|kettle|iron|oven|pan|stove|hob|water|oil|tea|coffee|fire)))[a-z ,'0-9]{0,40}?(?:asleep|dozed off|lying|lay|sunbathing|hours|afternoon|all day|sitting|sat) (?:out )?(?:at|on|in|by) (?:the |a )?(?:beach|sun|pool|poolside|seaside|sunbed|sun lounger)",
        ),
        zh=(
            r"晒伤|晒(?:得|的)?(?:通红|发红|红了|脱皮|起皮|爆皮|疼|痛|火辣辣)|晒(?:了)?(?:一天|一下午|半天)?太阳[^。]{0,10}(?:红|疼|痛|脱皮)|被太阳晒|晒了(?:一天|一整天|一下午|一上午|半天|好久|很久)[^。]{0,10}(?:红|疼|痛|脱皮)"
            # round 10: asleep or lying out at the beach, the pool or in the yard, red after it
            r"|(?:海边|沙滩|泳池边?|院子里?|花园里?|太阳底下|大太阳下|阳台上)[^。]{0,8}(?:睡着了?|躺了|趴了|待了|坐了)[^。]{0,14}(?:通红|发红|红红|红了|火辣辣)"
            # round 13 (h12-en-12 told in Chinese): "晒成了煮熟的龙虾", "红得像龙虾" after the
            # beach (nhs.uk Sunburn: treat at home)
            r"|晒成(?:了)?[^。，]{0,4}(?:龙虾|虾|红人)|(?:海边|沙滩|泳池边?|太阳底下)[^。]{0,20}(?:像|跟|成了?)[^。，]{0,4}(?:龙虾|煮熟的虾)",
        ),
    ),
    # Sleeping badly for a few nights, asking for tips (nhs.uk Insomnia: regular sleep times, wind
    # down, no caffeine or screens late - a pharmacist can advise; see a GP when it has lasted
    # months, self-help has not worked, or it makes the day hard to cope with). Worry after
    # reading about someone else's suicide is no suicidal thought of the writer's own: those are
    # the red flags' (consult/triage/redflags.py) and hold this class back through the screen.
    Concept(
        "sc_insomnia",
        en=(
            r"(?:sleeping|slept) (?:so |really |very )?(?:badly|poorly|terribly|awfully|rubbish)|not sleeping (?:well|much|great|properly|very well)|"
            r"(?:can'?t|cannot|couldn'?t|struggl(?:e|ing) to|trouble|difficulty|hard to|not able to|unable to) (?:get(?:ting)? to |fall(?:ing)? |go(?:ing)? to |get(?:ting)? back to |stay(?:ing)? )?(?:sleep|asleep)|"
            r"(?:tips|help|advice|ways?|how) (?:to|for|on|can i) (?:get(?:ting)? to |fall(?:ing)? |go(?:ing)? to )?(?:sleep|sleeping|asleep)|sleep (?:better|tips|hygiene)|insomnia|lying awake|can'?t switch off at night",
            # round 13 (h12b-en-13): "wide awake till 3am every night" (nhs.uk Insomnia)
            r"(?:wide |still |lying )?awake (?:till|until|'til|til) (?:[1-5]|one|two|three|four|five)(?: ?(?:am|a\.m\.|o'?clock|in the morning))?(?![0-9a-z])",
        ),
        zh=(
            # not a symptom too bad to sleep with ("痒得睡不着", "疼得睡不着"): that symptom's class
            r"(?<![得的])睡不好|(?<![得的])睡不着|失眠|入睡困难|睡眠(?:不好|很差|差|质量差|不太好)|(?:调节|改善|调整)睡眠|(?:怎么|如何)(?:才能)?睡(?:好|着)|睡得(?:不好|很差|不踏实|不安稳)|半夜(?:老是?|总是?)?醒"
            # round 13: "每天晚上到凌晨三点还很清醒", "躺到两点多才睡着" (nhs.uk Insomnia)
            r"|(?<![疼痛痒咳])(?:到|直到|躺到|熬到)(?:凌晨|半夜|夜里)?(?:[一二两三四五]|[1-5])点(?:多)?(?:了)?(?:还|都|也|才)?(?:很|特别)?(?:清醒|精神|没睡着|睁着眼|才睡着|睡着)",
        ),
    ),
    # Low mood or anxiety told with poor sleep is a GP's talk (nhs.uk Insomnia: see a GP; nhs.uk
    # Low mood, sadness and depression: see a GP if you've felt low for more than 2 weeks); read
    # only beside sc_insomnia (a short spell of stress alone stays with its own class)
    Concept(
        "mood_concern",
        en=(
            r"depress(?:ed|ion)|low mood|(?:feel(?:ing)?|felt|been) (?:so |really |very |quite )?(?:hopeless|worthless|empty|numb|down|low|flat)(?![a-z])|(?:don'?t|do not|can'?t) enjoy anything|(?:lost|no) (?:interest|enjoyment|pleasure)|anxi(?:ety|ous)|panic attacks?|can'?t cope|not coping|crying (?:all the time|every day|constantly)",
        ),
        zh=(
            r"抑郁|情绪(?:一直|很|特别)?低落|心情(?:一直|特别|很)?(?:低落|差)|焦虑|惊恐|活着没(?:有)?意思|撑不下去|崩溃|绝望|(?:每天|天天|一直)(?:都)?(?:在)?哭",
        ),
    ),
    # Appendicitis' course: pain starting around the belly button and moving to the lower right
    # (nhs.uk Appendicitis: ask for an urgent GP appointment or get help from 111)
    Concept(
        "pain_migrated_rlq",
        en=(
            r"(?:started|began|was)[a-z ,']{0,25}(?:belly ?button|middle of (?:my |his |her |the )?(?:tummy|stomach|belly))[a-z ,']{0,40}(?:moved|moving|gone|went|shifted|now)[a-z ,']{0,15}(?:right|lower right|bottom right)",
        ),
        zh=(r"(?:肚脐|脐)[^。]{0,16}(?:转移|跑|移|挪)[^。]{0,6}右下|脐周[^。]{0,10}右下",),
    ),
    # round 6e: pain at the back passage when passing a poo - like passing glass, a tear (nhs.uk
    # Anal fissure: sharp pain when you poo, often with a little bright red blood, see a GP; nhs.uk
    # Piles): a local pain however it is told, no MTS severe pain of the trunk (_severe_pain_counts)
    Concept(
        "anal_pain",
        en=(
            r"(?:like )?(?:passing|pooing|pushing out|shitting) (?:out )?(?:broken )?(?:glass|razor ?blades?)|anal fissure|(?:a )?(?:tear|fissure) (?:in|at|near) (?:my |the )?(?:bum|bottom|anus|back passage)"
            r"|(?:bum|bottom|anus|back passage|arse|butt)(?:hole)?[a-z ,']{0,12}(?:hurts|stings|is (?:really |so )?(?:sore|painful)|agony|kills)[a-z ,']{0,20}(?:poo|go to the toilet|toilet|stool)"
            r"|(?:pooing|having a poo|going for a poo|passing (?:a )?stools?|when i poo)[a-z ,']{0,12}(?:is |feels |are )?(?:agony|so painful|really painful|excruciating|killing me)"
            # round 12: blood and pain with a poo told together ("bleeding when I poo and it's
            # agony"; nhs.uk Anal fissure)
            r"|(?:blood|bleeding|bleed) (?:when|after|as) (?:i |he |she )?(?:poo|wipe|go to the toilet)[a-z ,']{0,16}(?:agony|so painful|really painful|excruciating|killing me|kills|hurts like)",
        ),
        zh=(
            r"(?:大便|拉屎|排便|解大便|拉大便|上大号)[^，。]{0,10}(?:玻璃|刀割|刀片|刀子|撕裂)|(?:肛门|屁眼|肛门口|屁股眼)[^，。不没]{0,6}[痛疼]|肛裂"
            # round 12: bright blood and pain with a poo told together ("拉屎出血 疼得要命"): the
            # pain of a fissure or piles (nhs.uk Anal fissure: a sharp pain when you poo and
            # bright red blood - see a GP), not a tummy pain (肚子, 腹 in between is not this)
            r"|(?:大便|拉屎|排便|解大便|拉大便|上大号|拉完)[^，。肚腹胃]{0,3}(?:出血|有血|带血|见血|流血)[^，。肚腹胃]{0,3}(?:疼|痛)",
        ),
    ),
    # round 6e: a cystitis or water infection named as such ("cystitis symptoms", "UTI", "cloudy
    # wee"; 膀胱炎, 尿路感染, 尿浑浊): with back or side pain and a temperature it is the kidney
    # infection of nhs.uk Kidney infection (urgent GP or 111); alone it is nhs.uk Cystitis
    Concept(
        "uti_told",
        en=(
            r"cystitis|(?:water|urine|urinary tract|bladder|urinary) infection|(?<![a-z])utis?(?![a-z])|cloudy (?:wee|pee|urine)|(?:wee|pee|urine) (?:is |was |looks )?(?:cloudy|smelly|stinging)|wee stinging"
            # nhs.uk UTI: pee that smells unusually bad or is cloudy
            r"|(?:wee|pee|urine) (?:smells?|smelling) (?:really |very |quite |a bit |unusually )?(?:strong|bad|foul|funny|off|horrible|awful)|(?:smelly|strong[- ]smelling|foul[- ]smelling|bad[- ]smelling) (?:wee|pee|urine)",
        ),
        zh=(
            r"膀胱炎|尿路感染|泌尿(?:系)?感染|尿(?:液)?(?:有点)?(?:浑浊|发浑|混浊)"
            r"|(?:尿|小便)(?:液)?[^，,。没不无]{0,4}(?:很臭|发臭|有臭味|味(?:道)?(?:很|特别|比较)?(?:大|重|冲|难闻))",
        ),
    ),
    # round 6e: heavy drinking before a tummy pain (nhs.uk Acute pancreatitis: often after heavy
    # drinking; A&E or 999 for sudden severe pain in the centre of the tummy)
    Concept(
        "alcohol_binge",
        en=(
            r"(?:heavy|big|massive|long|boozy) (?:night (?:out|drinking|on the (?:beers?|booze|town))|session|drinking)|drank (?:a lot|loads|too much|heavily|lots)|(?:binge|heavy) drinking|"
            r"(?:too much|lots of|a lot of|loads of) (?:alcohol|booze|beers?|wine|vodka|whisky|drink)|on the (?:booze|piss|lash)|(?:after|from) (?:a )?(?:bender|all-?dayer)",
        ),
        zh=(
            r"喝(?:酒)?喝(?:多|大|高|猛)了|喝了(?:很多|好多|不少|太多|一斤|半斤|几瓶|一瓶)(?:的)?(?:白酒|啤酒|红酒|酒)?|酗酒|醉酒|宿醉|喝醉|喝大酒|喝完酒|喝了(?:点|些)?酒(?:以后|之后|后)|酒后|(?:昨晚|昨天晚上)[^，。]{0,6}喝(?:了)?(?:很多|好多|不少)?酒",
        ),
    ),
    # round 6e: red skin of a limb, a wound or a patch ("now the leg is red", "red patch", 腿红了,
    # 伤口周围发红): with hot, sore skin the cellulitis of nhs.uk Cellulitis (urgent GP or 111 for
    # skin that is red, painful and hot)
    Concept(
        "skin_red",
        en=(
            r"(?:leg|shin|calf|thigh|arm|forearm|foot|ankle|hand|finger|toe|knee|elbow|wound|cut|scratch|graze|bite|patch|area|skin around (?:the |it|my )?[a-z]*)(?:'s| is| has| was| looks?| went| gone| turned| getting| now)*(?: (?:all|really|very|bright|quite|a bit|bit|abit|more))? red(?![a-z])"
            r"|red(?:,? and| ,)?(?: hot| swollen| angry| sore)? (?:patch|area|streak|line)s?(?![a-z])",
        ),
        zh=(
            r"(?:腿|小腿|大腿|胳膊|手臂|脚|脚背|脚踝|脚脖子|脚腕子?|手腕|手背|手指|脚趾|膝盖|伤口|划伤的地方|擦伤的地方|那块|那片|周围)(?:上)?(?:的皮肤)?(?:都|也|有点|一片|一大片)?(?:红了|发红|红红的|通红|变红|红(?:了)?一(?:大)?片)",
        ),
    ),
    # round 12 (r12m-en-13): a fall onto an outstretched hand ("landed on my outstretched hand",
    # "put my hand out to break my fall", 摔倒时手撑地) and a wrist swollen or bruised after it:
    # the broken wrist of nhs.uk 'Broken arm or wrist' (treat as broken until checked - urgent
    # treatment centre the same day; A&E for a bad, bent or open break)
    Concept(
        "wrist_foosh",
        en=(
            r"(?:fell|fall|falling|landed|landing|slipped|tripped|came down|went down)[^.?!]{0,50}?(?:on|onto) (?:my|his|her|their|an|the|a) (?:out-?stretched|outstretched|out stretched) (?:hand|hands|arm|arms|wrist)"
            r"|(?:put|stuck|threw) (?:my|his|her|their) (?:hand|hands|arm|arms) out to (?:break|stop|save|catch) (?:my|his|her|their|the) fall|(?:fell|landed) (?:on|onto) (?:my|his|her|their) (?:hand|hands|wrist)(?![a-z])",
        ),
        zh=(
            r"(?:摔|滑|跌|绊)[^。]{0,12}?(?:手(?:掌)?(?:先)?(?:着地|撑地|撑了一下)|用手(?:去)?撑|手撑(?:了一下)?(?:在)?地|撑(?:了一下)?地)",
        ),
    ),
    Concept(
        "wrist_swelling",
        en=(
            r"wrist(?:'s| is| has| was| looks?| gone| got| now| really| very| quite| a bit| all)* (?:swollen|swelling|puffy|bruised|bruising|black and blue)|(?:swollen|bruised|puffy) wrist",
        ),
        zh=(r"(?:手腕|腕部|腕子)[^。]{0,8}?(?:肿|淤青|青紫|乌青|青了一块|发青)",),
    ),
    # ... and bruised or painful to move: a swollen wrist that moves fine after a fall is the sprain
    # of nhs.uk 'Sprains and strains' (self care; r3l-zh-08)
    Concept(
        "wrist_bruise_moving",
        en=(
            r"bruis[a-z]*|black and blue|(?:sore|hurts?|hurting|painful|agony|pain|kills)[a-z ,']{0,25}(?:move|moving|bend|bending|turn|turning|use|using) (?:it|my wrist|the wrist|his wrist|her wrist)|"
            r"(?:can'?t|cannot|unable to|won'?t) (?:move|bend|turn|use|grip with) (?:it|my wrist|the wrist|his wrist|her wrist|my hand)",
        ),
        zh=(
            r"淤青|青紫|乌青|发青|青了一块|(?:一动|动一下|一活动|活动|转)(?:就|都|起来)?(?:疼|痛)|动不了|不能动|使不上劲",
        ),
    ),
    # round 12 (r12m-zh-03): spinning vertigo ("the room is spinning", 天旋地转, 一直转); spells of a
    # few seconds are the positional kind (vertigo_brief)
    Concept(
        "vertigo_spin",
        en=(
            r"vertigo|(?:the )?(?:room|world|everything|ceiling|walls?)(?: is| was| keeps?| kept| started| starts| won'?t stop| (?:has )?been)?(?: going)? (?:spinning|spin(?:s)?|spun|going round|whirling)",
        ),
        zh=(
            r"天旋地转|眩晕|(?:房子|屋子|房间|天花板|周围|东西|整个人|世界)(?:都)?(?:在|一直|不停地?)?(?:转|旋转|打转)",
        ),
    ),
    Concept(
        "vertigo_brief",
        en=(r"(?:few|couple of|for|lasts?|lasting|only) (?:a )?(?:few )?(?:\d+ )?seconds",),
        zh=(r"几秒(?:钟)?|十几秒|(?:一|几)(?:会儿|下)就(?:好|过去)",),
    ),
    # round 12 (r12e-zh-03): a bite, a scratch or broken skin that has gone red further on in the
    # same sentence ("小腿被蚊子咬了挠破了，这两天红了一大片", "scratched a bite on my leg and now
    # it's red"); with hot, sore skin or growing it is the infected bite of nhs.uk 'Insect bites and
    # stings' (urgent GP or 111 with increasing pain, swelling or redness, or a large red area) and
    # nhs.uk 'Cellulitis' (urgent GP or 111 for red, hot, painful skin)
    Concept(
        "bite_broken_red",
        en=(
            r"(?:bite|bitten|sting|stung|scratch|scratched|graze|grazed|blister|splinter|cut)(?![a-z])[^.?!]{0,60}?"
            # round 13 (h12-en-06): told with its size ("now its big red hot and sore", "gone huge
            # and red"; nhs.uk 'Insect bites and stings': a large red, swollen, painful area)
            r"(?<![a-z])(?:(?:gone|going|turned|turning|getting|got|become|is|it'?s|its|now|all|very|really|bright|angry|big|huge|massive|large|swollen)(?:,| and)? )+red(?![a-z])(?! (?:eyes?|wine|meat|pepper|nose|face|cheeks?|spots?|dots?))",
        ),
        zh=(
            r"(?:咬|叮|蜇|蛰|挠破|抓破|划破|擦破|蹭破|磨破|扎破|伤口|刺破)[^。？?！!]{0,16}?"
            r"(?:红了(?:一大片|一片|一圈|一大圈)?|发红|变红|红肿|通红|红(?:一大片|一片|一圈)"
            # round 13: "又大又红", "又肿又红", "又红又肿" (the same, told with its size)
            r"|又(?:大|肿|热|烫)又红|又红又(?:大|肿|热|烫))",
        ),
    ),
    # round 7t: a pain of the side or loin that runs down to the groin, or comes in waves from
    # the side ("pain in my right side coming in waves ... going down to my groin", "右边腰一阵一阵
    # 绞着疼 往下窜到大腿根"): renal colic (nhs.uk Kidney stones: pain in the side or back that
    # may spread to the groin and come and go; urgent GP appointment or NHS 111 for severe pain)
    Concept(
        "renal_colic_pattern",
        en=(
            r"(?:side|flank|loin|kidney)(?: [a-z',]+){0,10} (?:down |round )?(?:to|into|towards?) (?:my |his |her |the )?(?:groin|testicles?|balls)\b"
            r"|(?:side|flank|loin|kidney)(?: [a-z',]+){0,6} (?:comes? and goes|coming and going|(?:comes?|coming|going) in waves)",
        ),
        zh=(
            r"(?:腰|侧腹|肋|肚子(?:的)?(?:左|右)(?:边|侧))[^。]{0,16}(?:窜|放射|牵扯|扯|传|疼|痛)(?:到|向|至)(?:了)?(?:大腿根|腹股沟|会阴|蛋蛋|睾丸|阴囊)"
            r"|(?:腰|侧腹)[^。]{0,16}(?:大腿根|腹股沟|会阴)[^。，]{0,4}(?:窜|放射|牵扯)"
            r"|(?:左|右)(?:边|侧)?(?:腰|侧腹)(?:眼)?[^。]{0,8}(?:一阵一阵|一阵阵|阵发性?|绞)",
        ),
    ),
    # round 7t: the signs of iron deficiency anaemia - heavy periods, pale, "think i might be
    # anaemic" (nhs.uk Iron deficiency anaemia: tiredness, shortness of breath, pale skin; see a GP)
    Concept(
        "anaemia_pattern",
        en=(
            r"heavy periods?|periods? (?:are |is |have |has )?(?:always |usually |been |always been )*(?:really |very |so )?heavy|anaemi[ac]|anemi[ac]|iron deficien[a-z]*|low (?:in )?iron|(?:look|looking|looks|people say i'?m|people say im|say i look|i'?m|im|so|very|really) (?:really |very |so )?pale"
            r"|(?:look|looking|looks|i'?m|im|gone) (?:really |very |so )?(?:pasty|sallow|washed out)|no colou?r in (?:my|her|his) (?:face|cheeks|lips)",
        ),
        zh=(
            r"月经量(?:很|特别|太|挺)?(?:大|多)|(?:月经|例假|大姨妈)(?:的)?量(?:很|特别|太|挺)?(?:大|多)|贫血|脸色(?:有点|很|特别)?(?:发白|苍白|很白|煞白)|面色(?:发白|苍白)|缺铁"
            # a sallow, colourless face ("脸色蜡黄", "面色萎黄", "脸上没血色"): the lay words for an
            # anaemic look (nhs.uk Iron deficiency anaemia: pale skin) - round 10
            r"|(?:脸色|面色|脸)(?:有点|很|特别|一直)?(?:蜡黄|萎黄)|(?:脸|脸上|脸色|嘴唇)(?:都)?没(?:有)?(?:什么)?血色",
        ),
    ),
    # round 7t: the signs of an underactive thyroid told together - always cold, weight gain, hair
    # thinning, dry skin, constipation (nhs.uk Underactive thyroid: see a GP; a blood test)
    Concept(
        "thyroid_cold",
        en=(
            r"(?:cold|freezing) all the time|always (?:cold|freezing)|feel(?:ing)? the cold|can'?t get warm",
        ),
        zh=(r"怕冷|老(?:是)?(?:觉得)?冷|总(?:是)?(?:觉得)?冷|手脚冰凉",),
    ),
    Concept(
        "thyroid_weight",
        en=(
            r"put on (?:some |a lot of |loads of )?weight|(?:gained|gaining|piling on) (?:some |a lot of )?weight|weight gain",
        ),
        zh=(r"(?:体重|胖)(?:增加|涨|长)了?|长胖|变胖|胖了(?:好多|不少|十几斤|几斤)?",),
    ),
    Concept(
        "thyroid_hair",
        en=(
            r"hair (?:is |has been |keeps )?(?:thinning|falling out|coming out)|thinning hair|losing (?:my )?hair",
        ),
        zh=(r"掉头发|头发(?:变)?(?:稀|少|掉)|脱发",),
    ),
    # round 7t: period pain that painkillers do not help or that keeps the woman off work or school,
    # (nhs.uk Period pain: see a GP if the pain is severe, painkillers do not help or it affects
    # daily life; nhs.uk Endometriosis); endometriosis named by a colleague with pain that ibuprofen
    # helps is no sign (r7a-zh-22)
    Concept(
        "period_pain_severe",
        en=(
            r"painkillers? (?:don'?t|dont|do not|doesn'?t|aren'?t|are not|not|never) (?:even )?(?:touch|help|work|do anything|shift)|(?:off|miss(?:ed|ing)?|time off|call(?:ed)? in sick (?:to|from)?) (?:work|school|college|uni(?:versity)?|lessons)",
        ),
        zh=(
            r"止(?:痛|疼)药(?:都|也)?(?:不管用|没用|压不住|不顶用|没效果)|疼得(?:没法|不能|上不了)(?:上班|上学|上课)|(?:请假|请了假)",
        ),
    ),
    # round 7t: trying for a baby a year without success, or PCOS signs (nhs.uk Infertility: see a
    # GP after a year of trying; nhs.uk PCOS: irregular periods, excess hair, acne - see a GP)
    Concept(
        "fertility_concern",
        en=(
            r"trying (?:to conceive|for a baby|to get pregnant)[^.?!]{0,30}(?:a year|12 months|over a year|two years|ages)|(?:can'?t|cannot|unable to) (?:get|fall) pregnant|not (?:getting|got|falling) pregnant|polycystic|pcos|(?:facial|excess|extra|dark) hair(?: on (?:my|her) (?:face|chin|lip))?|hair on (?:my|her) (?:chin|face|upper lip)",
        ),
        zh=(
            r"备孕[^。]{0,8}(?:一年|两年|一年多|好久|很久|半年多)[^。]{0,4}(?:没|不|还没)|怀不上|多囊|(?:嘴边|嘴唇上|下巴|脸上)[^，。]{0,3}(?:长毛|长胡子|毛多|汗毛重)|体毛(?:重|多)",
        ),
    ),
    # round 7t: dizziness on standing since a blood-pressure medicine was started or raised, or most
    # days (nhs.uk Low blood pressure: see a GP if you keep getting symptoms; a medicine may cause it)
    Concept(
        "med_change",
        en=(
            r"since (?:they|the doctor|my gp|the gp|i|we)(?: [a-z]+)? (?:upped|increased|raised|changed|doubled|started|put me on)(?: [a-z]+){0,3} (?:dose|tablets?|pills?|medication|meds|medicine)|(?:new|increased|higher|bigger|changed) (?:dose|tablets?|medication|meds|medicine)|(?:dose|tablets?|medication|meds) (?:was |were |got )?(?:upped|increased|raised|doubled|changed)",
        ),
        zh=(
            r"药[^。，]{0,4}(?:加量|加了量|加大|加倍|换了|增加)|(?:加量|换药|换了药|吃了新药|开始吃)[^。]{0,6}(?:以后|之后|后)|(?:换了|新开了?|加了)[^。，]{0,4}药|自从[^。]{0,8}药",
        ),
    ),
    Concept(
        "most_days",
        en=(
            r"most days|(?:nearly |almost )?every (?:day|morning)|daily|keeps? happening|several times a (?:day|week)|all the time",
        ),
        zh=(r"几乎天天|天天|每天|经常|老是|总是",),
    ),
    # round 7t: a mole that has changed, bleeds or is new in an adult is for a GP, never self-care
    # - told on its own, not only through a relative's cancer (nhs.uk Moles: see a GP if a mole
    # changes size, shape or colour, bleeds, itches or is new; NICE NG12 melanoma: 2-week referral)
    Concept(
        "mole_change",
        en=(
            r"moles?\b[^.?!]{0,40}(?<![a-z])(?:changed|changing|different|bigger|darker|grown|growing|getting larger|bleed[a-z]*|wonky|irregular|uneven|ragged)"
            r"|(?:new|changing|changed|growing|bleeding|dark) moles?\b",
        ),
        zh=(
            r"痣[^。！？]{0,12}(?:变大|变黑|变深|变了|出血|流血|不规则|长大|颜色变|越来越大|形状变)|新长(?:了|出)?(?:一)?(?:颗|个)?(?:黑)?痣",
        ),
    ),
    # round 7t: a toothache or sore gum with the cheek, face or jaw swelling, or pus (nhs.uk Dental
    # abscess: see a dentist urgently / NHS 111; A&E when the swelling spreads to the eye or neck)
    Concept(
        "tooth_word",
        en=(r"tooth|teeth|toothache|gums?\b|molars?\b|wisdom|dental",),
        zh=(r"牙(?!膏|刷|签|线)|智齿",),
    ),
    Concept(
        "dental_spread",
        en=(
            r"(?:cheek|face|jaw|jawline)(?: is| has| was| has been| keeps)?(?: (?:starting|started|beginning|begun) to)?(?: (?:go|get|getting|going|gone))?(?: (?:a bit|a little|really|very|all|quite))? (?:swollen|swelling|swell|puff(?:ed|y|ing)?(?: up)?|blown up)"
            r"|swollen (?:cheek|face|jaw)|swelling (?:in|on|of) (?:my |the |his |her )?(?:cheek|face|jaw)",
        ),
        zh=(r"(?:脸|半边脸|腮|腮帮子?|脸颊|面颊|下巴|下颌|下颚)[^，。不没无]{0,6}肿",),
    ),
    # round 12 (probe): a skin abscess or boil, or a swollen lump by the anus (an anal abscess; a
    # fissure's pain has its own rule): with a fever it is urgent (nhs.uk 'Skin abscess': urgent GP
    # or NHS 111 with a high temperature or feeling hot and shivery; nhs.uk 'Boils': GP with a
    # temperature; NICE CKS: a perianal abscess needs same-day surgical drainage)
    Concept(
        "abscess_lump",
        en=(
            r"(?<!dental )(?<!tooth )(?<!gum )abscess(?:es)?\b(?! (?:on|in|under) (?:my |a |the )?(?:tooth|teeth|gum))|\bboils?\b(?! (?:the |some )?(?:water|kettle|egg))|"
            r"(?:lump|swelling)[a-z ,']{0,30}(?:by|near|next to|beside|around|at) (?:my |his |her |the )?(?:anus|back passage|bum|bottom(?! (?:lip|teeth|tooth|gums?|jaw|eyelid|of|step|rib|half)))|"
            r"(?:anal|anus|back passage|perianal)[a-z ,']{0,50}(?:swollen|swelling|lump)",
        ),
        zh=(
            r"(?<!牙)(?<!牙龈)脓肿|疖子|(?:肛门|屁眼|肛周)[^。]{0,8}(?:肿块|肿包|(?:长|起)了?(?:一)?个(?:大)?(?:包|疙瘩|肿块)|肿得|红肿|肿了|肿)",
        ),
    ),
    # pus or an abscess of a tooth or gum: a dental abscess by name (nhs.uk Dental abscess)
    Concept(
        "dental_pus",
        en=(
            r"(?:dental|tooth|gum) abscess|abscess (?:on|in|under) (?:my |a |the )?(?:tooth|gum)|pus (?:from|coming out of|in|round|around) (?:my |the )?(?:gum|tooth)|gum boil",
        ),
        zh=(r"牙(?:龈|根)?[^，。]{0,4}(?:脓肿|化脓|流脓|出脓|冒脓|有脓|脓包)",),
    ),
    # the other signs nhs.uk Dental abscess lists: intense throbbing pain, a swollen gum, a bad taste
    Concept(
        "dental_sign",
        en=(
            r"gums? (?:is |are |has |have )?(?:all )?(?:swollen|puffy|swelled)|swollen gums?|(?:bad|foul|horrible|nasty|funny|weird) taste|throbb[a-z]*|kept me (?:up|awake)|(?:can'?t|couldn'?t|could not|cannot) sleep",
        ),
        zh=(
            r"牙龈[^，。不没]{0,4}肿|怪味|异味|臭味|苦味|一跳一跳|跳着疼|(?:一晚上|一夜|整晚|整夜)(?:都)?没睡|疼得睡不着",
        ),
    ),
)
# round 9w: a limb told as out of shape in lay words after an injury ("形状有点歪", "looks bent",
# "at an odd angle"): nhs.uk Broken arm or wrist - go to A&E if it is an odd shape, a bone is
# sticking out, or it is numb or pale; a swollen sprain that moves stays with the sprain rules
CONCEPTS += (
    Concept(
        "deformity_seen",
        en=(
            r"(?:looks?|looking|is|has gone|gone|went|seems?) (?:a bit |a little |all |really |very |kind of |kinda )?(?:bent|wonky|crooked|misshapen|out of shape|deformed|(?:a |the )?(?:wrong|odd|funny|weird|strange) shape)(?! (?:but|and) (?:not|isn'?t))"
            r"|(?:at|in) (?:a |an )?(?:funny|weird|odd|strange|wrong|unnatural|awkward) (?:angle|position)|deformed",
        ),
        zh=(
            r"形状(?:有点|有些|明显|都)?(?:歪|不对|怪|变了)|(?:看着|看起来|看上去|明显)(?:有点|有些)?(?:歪了|歪的|弯了|变形)"
            r"|(?:手腕|胳膊|手臂|前臂|腿|小腿|脚踝|手指|脚趾)(?:明显|有点|有些|都)?(?:变形|歪了|弯了|歪向一边)",
        ),
    ),
    Concept(
        "bone_out",
        en=(
            r"bone (?:is )?(?:sticking|poking|coming) (?:out|through)|(?<!n't )(?<!not )(?:can see|could see|i see) (?:the )?bone",
        ),
        zh=(r"骨头(?:都)?(?:戳|露|刺|支|穿)出来|(?:看|看得)见骨头",),
    ),
    # the hand or foot beyond an injury numb, tingling, pale or cold (nhs.uk Broken arm or wrist:
    # A&E if the arm or hand is numb, pale or cold)
    Concept(
        "limb_numb_pale",
        en=(
            r"(?:fingers?|hand|toes?|foot) (?:is |are |feels? |feeling |has |have |gone |going |went )*(?:a bit |a little |really |very )?(?:numb|tingl[a-z]*|pale|white|cold|blue)|pins and needles",
        ),
        zh=(
            r"(?:手指|手|脚趾|脚|指头)(?:头)?(?:有点|有些|都|也|发)?(?:麻|发麻|没知觉|没感觉|发白|发凉|冰凉|发紫|发青)",
        ),
    ),
)
_MATCHER = ConceptMatcher(CONCEPTS, scope=negation_scope)

# MTS pain scale: 8-10 is "severe pain" (very urgent); 4-7 "moderate"; 1-3 "mild".
SEVERE_PAIN = 8
HIGH_RISK_HISTORY = (
    "diabetes", "cancer", "immunosuppression", "pregnancy", "heart disease", "kidney disease",
    "COPD", "HIV",
)  # fmt: skip
MINOR_SYMPTOMS = frozenset(
    {"cough", "sore throat", "runny nose", "sneezing", "headache", "itching", "fatigue",
     "body aches", "constipation", "rash", "nausea", "mild fever", "crying", "blisters",
     "loss of appetite", "red eye", "period pain", "nosebleed", "sunburn"}
)  # fmt: skip
GASTRO = frozenset({"diarrhea", "vomiting", "nausea", "abdominal pain", "loss of appetite"})
INJURY = frozenset({"swelling", "back pain"})
BITE = frozenset({"swelling", "rash", "itching"})
# Concepts of this module that do not stand in the way of self-care.
_BENIGN = frozenset(
    {
        "injury",
        # round 12: counts only when the patches keep coming back (psoriasis, see _self_care)
        "scaly_patches",
        # round 13: counts only with a pain under the right ribs (biliary_colic)
        "biliary_pattern",
        # round 7c: counts only against fever_long (fever_risk)
        "fever_gone",
        # round 7c: counts only with sc_sunburn (sunburn_warning)
        "sunburn_blisters_wide",
        # round 7t: count only where they are read (breathlessness, sc_postural, thyroid)
        "anaemia_pattern",
        "mood_concern",
        "thyroid_cold",
        "thyroid_weight",
        "thyroid_hair",
        "med_change",
        "most_days",
        # round 13: count only with a high sugar (high_sugar_unwell), or with a weakened immune
        # system or a pregnancy (infection_contact_risk)
        "diabetes_meds",
        "infection_contact",
        # round 7t: count only in their discriminators (renal_colic, dental_abscess)
        "tooth_word",
        "dental_spread",
        "dental_pus",
        "dental_sign",
        # round 12 (probe): counts only in abscess_fever
        "abscess_lump",
        "bite",
        "recurrent",
        "every_meal",
        "chickenpox",
        "cough_soreness",
        "gout_pattern",
        "pain_word",
        "worse",
        "at_rest",
        "reflux",
        "burn_severe",
        "crushing_chest",
        "hallucination",
        "chest_wall",
        # count only with a burn / chest pain / alcohol withdrawal; the last three are
        # modifiers that count only with another feature
        "sudden_word",
        "gradual",
        "quick_recovery",
        # "不出汗" / "no sweat" denies a cold sweat; it counts only with heat exposure
        # (nhs.uk Heatstroke: not sweating even while too hot)
        "no_sweating",
        # a modifier of "bleeding" (a poo with bright red blood is a GP matter)
        "rectal_bright",
        # water breathed in while swimming counts only with breathing symptoms
        "water_inhaled",
        # count only with the features of their rules
        "fall",
        "hip_site",
        # round 9w: an injured limb's shape and colour count only with the injury
        "deformity_seen",
        "bone_out",
        "limb_numb_pale",
        # "in the cold" / "冬天" only qualifies a cold limb (Raynaud's), it is no symptom
        "raynaud_pattern",
        "settled_now",
        "panic_over",
        "episode_bounded",
        "opening_only",
        "exertion_settles",
        "clockwork_attacks",
        "glandular_pattern",
        "costochondral",
        "baby_word",
        # labour signs count only in pregnancy (labour_signs)
        "contractions",
        "waters_broken",
        # round 6: modifiers that count only with the features of their rules (shingles near the
        # eye, whooping cough, cellulitis)
        "face_eye_rash",
        "zoster_prodrome",
        "pale_stool",
        "eye_red_watery",
        # round 8: counts only in the vision discriminator (a red painful eye with lenses)
        "contact_lens",
        # round 8: counts only when it keeps coming back (_self_care)
        "hives",
        "cough_fits",
        "cough_worsening",
        "cough_bad",
        "pertussis_risk",
        "foot_wound_any",
        "wound_infected",
        "wound_told",
        # round 12: counts only in spreading_infection
        "bite_broken_red",
        # round 12: count only in wrist_fracture_risk
        "wrist_foosh",
        "wrist_swelling",
        "wrist_bruise_moving",
        # round 12: count only in vertigo_vomiting
        "vertigo_spin",
        "vertigo_brief",
        # round 12: counts only with bleeding in its discriminator (a stopped nosebleed told as
        # "so much blood" stays self care: nhs.uk Nosebleeds)
        "bleed_a_lot",
        # round 11: counts only in torsion_tummy
        "young_male",
        "skin_hot_touch",
        "grew_recently",
        "after_antibiotics",
        "exertional_breath",
        "breastfeeding",
        # round 6d: a hearing deficit and its onset count only as hearing_sudden (features)
        "hearing_muffled",
        "hearing_sudden_cue",
        "hearing_gradual_cue",
        "hay_fever_trigger",
        # the severity told of an itch (features; _self_care)
        "itch_severity",
        # Kawasaki's peeling toes or lips count only with a fever and red eyes or a rash (its
        # discriminator): peeling skin between the toes alone is athlete's foot (nhs.uk)
        "kawasaki_sign",
        # round 6e: modifiers counted only with the features of their rules (kidney infection,
        # pancreatitis, cellulitis)
        "uti_told",
        "alcohol_binge",
        # round 9: count only in male_uti / antibiotic_diarrhoea / a baby's eczema (_self_care)
        "eczema_signs",
        "male_patient",
        "cdiff_stool",
        "skin_red",
    }
)


@dataclass(frozen=True)
class SelfCareClass:
    """A condition class nhs.uk sends to a pharmacist or self-care: the symptoms it may come
    with, how long it may last before a GP should see it, and the highest severity allowed."""

    concept: str
    allowed: frozenset[str]
    max_days: float
    max_severity: int = 5  # numeric 0-10
    source: str = ""


SELF_CARE_CLASSES: tuple[SelfCareClass, ...] = (
    SelfCareClass(
        "sc_hay_fever",
        frozenset(
            {"itching", "sneezing", "runny nose", "red eye", "sore throat", "cough", "headache"}
        ),
        10_000,
        6,
        "nhs.uk hay fever: a pharmacist can help; seasonal, recurs every year",
    ),
    SelfCareClass(
        "sc_sticky_eye",
        frozenset({"red eye", "itching", "swelling"}),
        14,
        4,
        "nhs.uk conjunctivitis and styes: a pharmacist can help / usually better on their own; GP if "
        "vision changes or the eye itself is painful",
    ),
    SelfCareClass(
        "sc_mouth",
        frozenset({"rash", "blisters", "itching", "numbness", "dermatomal_blisters"}),
        21,
        5,
        "nhs.uk mouth ulcers and cold sores: a pharmacist can help; GP if longer than 3 weeks",
    ),
    SelfCareClass(
        "sc_med_question",
        frozenset(
            {"back pain", "headache", "body aches", "period pain", "sore throat", "mild fever"}
        ),
        21,
        6,
        "nhs.uk Ibuprofen for adults, Paracetamol for adults: they can be taken together; a "
        "pharmacist can advise; GP if the pain lasts or is severe",
    ),
    SelfCareClass(
        "sc_extra_dose",
        frozenset(
            {"back pain", "headache", "body aches", "period pain", "sore throat", "mild fever"}
        ),
        21,
        6,
        "nhs.uk Paracetamol for adults / Ibuprofen for adults: 1 or 2 extra tablets by accident are "
        "unlikely to be harmful; A&E for more than the daily maximum",
    ),
    SelfCareClass(
        "sc_msk",
        frozenset({"stiff neck", "back pain", "headache", "swelling"}),
        42,
        7,
        "nhs.uk neck pain, back pain, heel pain: usually better with self-care in a few weeks; "
        "GP if not improving after 2-6 weeks",
    ),
    SelfCareClass(
        "sc_tension",
        frozenset({"headache", "stiff neck"}),
        28,
        5,
        "nhs.uk tension-type headaches: usually treated at home",
    ),
    SelfCareClass(
        "sc_cold",
        frozenset(
            {
                "cough",
                "sore throat",
                "runny nose",
                "sneezing",
                "headache",
                "fatigue",
                "body aches",
                "loss of appetite",
                "mild fever",
            }
        ),
        21,
        5,
        "nhs.uk common cold and cough: self-care; GP if a cough lasts more than 3 weeks",
    ),
    # 6 weeks: a month of untreated dandruff or athlete's foot is still the pharmacist's; nhs.uk sends
    # these to a GP when pharmacy treatment has not worked after 2 to 4 weeks
    SelfCareClass(
        "sc_skin",
        frozenset({"itching", "rash", "blisters", "swelling"}),
        42,
        5,
        "nhs.uk athlete's foot, thrush, head lice, warts, dandruff, nappy rash: a pharmacist can help",
    ),
    SelfCareClass(
        "sc_skin_lasting",
        frozenset({"itching", "rash"}),
        365,
        5,
        "nhs.uk Acne (mild), Warts and verrucas, Dandruff: a pharmacist can help; GP when pharmacy "
        "treatment has not worked, or it is severe, scarring, bleeding or changing",
    ),
    SelfCareClass(
        "sc_voice",
        frozenset({"sore throat", "cough", "runny nose", "mild fever"}),
        21,
        5,
        "nhs.uk Laryngitis: usually better in 1 to 2 weeks with rest and fluids, a pharmacist can "
        "help; GP if hoarse for more than 3 weeks (喉炎 is left out: in a child it names croup)",
    ),
    SelfCareClass(
        "sc_dry_eye",
        frozenset({"red eye", "itching"}),
        90,
        4,
        "nhs.uk Dry eyes: a pharmacist can help (eye drops); see an optician or GP if no better",
    ),
    SelfCareClass(
        "sc_boil",
        frozenset({"swelling", "itching"}),
        14,
        5,
        "nhs.uk Boils: usually heal on their own in about 2 weeks (warm compress); GP if very large, "
        "with a temperature, or not better after 2 weeks",
    ),
    SelfCareClass(
        "sc_heartburn",
        frozenset({"chest pain", "nausea", "cough", "sore throat", "epigastric", "abdominal pain"}),
        # round 10: nhs.uk Heartburn and acid reflux - see a GP if you have heartburn most days
        # for 3 weeks or more (a week or two of reflux after rich food is a pharmacist's): up to
        # 20 days, so that "3 weeks" is a GP's
        20,
        5,
        "nhs.uk heartburn and acid reflux: a pharmacist can help with an episode; GP when it keeps "
        "coming back or most days for 3 weeks or more, aged 55 or over, or with weight loss",
    ),
    SelfCareClass(
        "sc_roseola",
        frozenset({"rash", "fever", "mild fever", "runny nose", "cough", "diarrhea", "crying"}),
        7,
        5,
        "nhs.uk Roseola: a high temperature for a few days then a rash; usually better on its own "
        "in about a week (fluids, rest); a GP if the child is not better or gets worse",
    ),
    # round 12: the tingling before and with a cold sore is its own (nhs.uk Cold sores: a
    # tingling, burning or itching feeling first) - a lay "tingly" reads as numbness
    SelfCareClass(
        "sc_cold_sore",
        frozenset({"blisters", "itching", "rash", "swelling", "numbness"}),
        10,
        6,
        "nhs.uk Cold sores: usually clear up in 10 days, a pharmacist can help (antiviral cream); "
        "a GP if not healing after 10 days, very large or painful, or in a baby or pregnancy",
    ),
    # round 10: nhs.uk Mastitis - a sore breast or lump while breastfeeding: keep feeding, rest,
    # fluids, painkillers, a pharmacist; a GP if not better within 24 hours (the day told here)
    # or with a temperature or flu-like symptoms (those rule it out: _breast_not_inflamed)
    SelfCareClass(
        "sc_mastitis",
        frozenset({"swelling"}),
        1,
        5,
        "nhs.uk Mastitis: keep breastfeeding, rest, fluids and painkillers, a pharmacist can help; a GP "
        "if not better within 24 hours, or with a temperature or feeling unwell",
    ),
    # round 10: nhs.uk Colic - crying for hours, often in the evening, in a baby otherwise well
    # (feeding, growing): comfort, a health visitor's support; usually stops by 6 months
    SelfCareClass(
        "sc_colic",
        frozenset({"crying"}),
        120,
        10,
        "nhs.uk Colic: common, usually stops by 6 months; a health visitor can help; a GP if the baby "
        "is not feeding, has a fever, vomits, has blood in the poo, or you are worried",
    ),
    SelfCareClass(
        "sc_teething",
        frozenset({"crying", "rash", "mild fever", "loss of appetite", "swelling"}),
        14,
        5,
        "nhs.uk teething: self-care; see a GP if the baby seems unwell",
    ),
    SelfCareClass(
        "sc_ear",
        frozenset(
            {"runny nose", "sore throat", "cough", "mild fever", "headache", "earache", "itching"}
        ),
        14,
        5,
        "nhs.uk earache and earwax build-up: usually better on its own or a pharmacist can help; "
        "Otitis externa (an itchy, sore ear after swimming): a pharmacist can help",
    ),
    SelfCareClass(
        "sc_period",
        frozenset({"period pain", "abdominal pain", "back pain", "nausea", "headache"}),
        7,
        6,
        "nhs.uk period pain: self-care; see a GP if it is severe or has changed",
    ),
    SelfCareClass(
        "sc_stress",
        frozenset(
            {"palpitations", "headache", "fatigue", "crying", "loss of appetite", "stiff neck"}
        ),
        14,
        5,
        "nhs.uk Stress and Anxiety (incl. exam stress): self-help, breathing exercises, talking to "
        "someone; a racing heart is one of its signs; see a GP if struggling or low for over 2 weeks",
    ),
    SelfCareClass(
        "sc_sciatica",
        frozenset({"back pain"}),
        28,
        6,
        "nhs.uk Sciatica: usually better in 4 to 6 weeks with exercise and painkillers; see a GP if "
        "it has not improved after a few weeks (a month here)",
    ),
    SelfCareClass(
        "sc_sunburn",
        frozenset({"burn", "sunburn", "itching", "rash", "swelling"}),
        7,
        6,
        "nhs.uk Sunburn: treated at home (cool the skin, aftersun, painkillers), a pharmacist can help; "
        "urgent GP or 111 for blistering or swelling, a temperature, dizziness or sickness, or a child",
    ),
    SelfCareClass(
        "sc_minor_burn",
        frozenset({"burn", "swelling"}),
        7,
        4,
        "nhs.uk burns and scalds: small minor burns are treated at home (cool under running water)",
    ),
    SelfCareClass(
        "sc_flu",
        frozenset(
            {
                "fever",
                "mild fever",
                "chills",
                "body aches",
                "cough",
                "headache",
                "fatigue",
                "sore throat",
                "runny nose",
                "loss of appetite",
                "sneezing",
            }
        ),
        7,
        6,
        "nhs.uk flu: healthy adults get better on their own (rest, fluids, paracetamol)",
    ),
    SelfCareClass(
        "sc_thrush",
        frozenset({"itching", "painful urination", "rash"}),
        14,
        5,
        "nhs.uk thrush: a pharmacist can help (it may sting when you pee); GP if pregnant, under 16 or "
        "over 60, or it keeps coming back",
    ),
    SelfCareClass(
        "sc_oedema",
        frozenset({"swelling"}),
        7,
        4,
        "nhs.uk Swollen ankles, feet and legs (oedema): often goes away on its own; GP if no better "
        "after a few days, urgent when one leg is swollen, red and warm",
    ),
    SelfCareClass(
        "sc_heat_recovered",
        frozenset({"dizziness", "sweating", "headache", "nausea", "fatigue", "fainting"}),
        1,
        5,
        "nhs.uk Heat exhaustion and heatstroke: someone cooled, resting and drinking water should "
        "start to feel better within 30 minutes and needs no medical help; 999 if they do not",
    ),
    SelfCareClass(
        "sc_insomnia",
        frozenset({"fatigue"}),
        28,
        5,
        "nhs.uk Insomnia: sleeping better is usually down to habits (regular times, winding down, "
        "no caffeine or screens late), a pharmacist can advise; a GP when it has lasted months, "
        "self-help has not worked or it affects daily life; an adult's (a child's sleep: a GP)",
    ),
    SelfCareClass(
        "sc_iron_stool",
        frozenset({"constipation", "nausea"}),
        365,
        3,
        "nhs.uk Iron deficiency anaemia / Ferrous sulfate: iron tablets make your poo dark or black, "
        "common and harmless; see a GP for black, sticky, tar-like poo with tummy pain or dizziness",
    ),
    SelfCareClass(
        "sc_pregnancy_oedema",
        frozenset({"swelling"}),
        120,
        3,
        "nhs.uk Swollen ankles, feet and fingers in pregnancy: normal, worse at the end of the day and "
        "in hot weather - rest with the feet up; call a midwife/111 for sudden swelling of the face, hands "
        "or feet, with a headache or vision problems (pre-eclampsia), or one leg swollen and painful",
    ),
    SelfCareClass(
        "sc_pregnancy_heartburn",
        frozenset({"nausea"}),
        280,
        4,
        "nhs.uk Indigestion and heartburn in pregnancy: common, a midwife or pharmacist can advise on "
        "antacids safe in pregnancy; a headache, vision problems, swelling or pain below the ribs "
        "(pre-eclampsia), or heartburn that antacids do not help, need a midwife or 111",
    ),
    SelfCareClass(
        "sc_pregnancy_constipation",
        frozenset({"constipation"}),
        280,
        4,
        "nhs.uk Constipation in pregnancy: common, fibre, fluids and activity; a pharmacist, midwife "
        "or GP can suggest a laxative safe in pregnancy; bleeding or tummy pain need a midwife",
    ),
    SelfCareClass(
        "sc_hiccups",
        frozenset(),
        2,
        3,
        "nhs.uk hiccups: self-care; GP if they last more than 2 days",
    ),
    SelfCareClass(
        "sc_piles",
        frozenset({"itching", "minor_bleeding", "constipation", "swelling"}),
        7,
        5,
        "nhs.uk piles: a pharmacist can help; see a GP if no better after 7 days of treatment, or "
        "with bleeding beyond a little on the paper",
    ),
    SelfCareClass(
        "sc_eye_bleed",
        frozenset({"red eye", "bleeding"}),
        14,
        3,
        "nhs.uk Subconjunctival haemorrhage: painless, vision unchanged, gets better on its own in about 2 "
        "weeks; GP if it keeps happening or hurts",
    ),
    SelfCareClass(
        "sc_worms",
        frozenset({"itching", "crying"}),
        42,
        5,
        "nhs.uk Threadworms: a pharmacist can help (mebendazole for the whole household); see a GP for a "
        "child under 2, in pregnancy or breastfeeding, or when the worms come back after treatment",
    ),
    SelfCareClass(
        "sc_motion",
        # going pale in a cold sweat is how it shows, and the long journey is its cause, no clot
        # risk without a leg or breathing sign (nhs.uk Motion sickness: feeling sick, pale skin,
        # cold sweat; round 7: "坐长途车 ... 脸色发白 出冷汗")
        frozenset(
            {
                "nausea",
                "vomiting",
                "dizziness",
                "sweating",
                "headache",
                "fatigue",
                "pale_or_faint",
                "travel_or_surgery",
            }
        ),
        10_000,
        5,
        "nhs.uk Motion sickness: a pharmacist can help (antihistamines, hyoscine); recurs with each journey",
    ),
    SelfCareClass(
        "sc_female",
        frozenset({"painful urination"}),
        3,
        5,
        "nhs.uk Cystitis: in women usually better in 3 days, a pharmacist can help; GP for men, children, "
        "pregnancy, blood in the urine, fever or back pain, or no better after 3 days",
    ),
    SelfCareClass(
        "sc_postural",
        frozenset({"dizziness", "visual_disturbance", "fainting", "nausea", "sweating"}),
        1,
        5,
        "nhs.uk Dizziness (standing up too quickly) and Fainting: no need to see a GP after a single faint "
        "with a known cause; GP if it keeps happening",
    ),
    SelfCareClass(
        "sc_palp_trigger",
        frozenset({"palpitations"}),
        1,
        4,
        "nhs.uk Heart palpitations: often caused by caffeine, alcohol or stress and harmless; GP if they "
        "last a long time, keep coming back or come with heart disease",
    ),
    SelfCareClass(
        "sc_migraine",
        frozenset(
            {"headache", "nausea", "vomiting", "photophobia", "pain_on_movement", "recurrent"}
        ),
        3,
        6,
        "nhs.uk Migraine: a usual attack is managed at home (painkillers, rest in a dark room); GP when "
        "symptoms are severe (7/10 or more here), frequent, changed or not helped by painkillers",
    ),
    SelfCareClass(
        "well_signs",
        frozenset(
            {
                "fever",
                "mild fever",
                "runny nose",
                "cough",
                "sore throat",
                "sneezing",
                "loss of appetite",
                "headache",
                "body aches",
            }
        ),
        3,
        5,
        "NICE NG143 traffic light green / nhs.uk High temperature: a feverish person who is alert, playing, "
        "eating and drinking is looked after at home; GP when the fever lasts 5 days",
    ),
    # round 9z: a rash that came once a young child's 3-day fever went, the child brighter (nhs.uk
    # Roseola: usually gets better on its own in about a week - fluids, rest; a GP if the child
    # is no better or the rash does not fade under a glass - redflags keeps that)
    SelfCareClass(
        "sc_roseola",
        frozenset(
            {"fever", "mild fever", "rash", "runny nose", "cough", "diarrhea", "loss of appetite"}
        ),
        7,
        5,
        "nhs.uk Roseola: a high temperature for 3 to 5 days, then a rash once it goes; care at home",
    ),
    SelfCareClass(
        "head_bump_well",
        frozenset({"head_injury", "injury", "swelling", "crying", "headache"}),
        2,
        4,
        "nhs.uk Head injury and concussion: a minor bump in someone who is acting normally is "
        "looked after at home (ice pack, rest); A&E for vomiting, drowsiness or blood thinners",
    ),
    SelfCareClass(
        "sc_minor_cut",
        frozenset({"bleeding", "minor_bleeding", "swelling", "injury"}),
        7,
        4,
        "nhs.uk Cuts and grazes: small cuts are treated at home; A&E if the bleeding does not stop",
    ),
)
_SELF_CARE_CONCEPTS = frozenset(c.concept for c in SELF_CARE_CLASSES)
# Warning features that rule a self-care class out whatever its symptoms.
_SELF_CARE_WARNINGS = frozenset(
    {
        "fever",
        "shortness of breath",
        "chest pain",
        "fainting",
        "confusion",
        "blurred vision",
        "vomiting",
        "numbness",
        "palpitations",
        "radiating pain",
    }
)
# Where "severe pain" (MTS 8-10) means prompt assessment on its own: pain of the trunk, head,
# eye or testicle, or after an injury or burn. Severe pain in a joint, heel or muscle, or a
# recurrent headache like the usual ones, is a GP matter (nhs.uk gout, migraine, back pain).
_SEVERE_PAIN_SITES = (
    "abdominal pain",
    "chest pain",
    "back pain",
    "testicle_pain",
    "red_painful_eye",
    "rlq_pain",
    "epigastric",
    "abdo_to_back",
    "head_injury",
    "burn",
    "loin_colic",
    "calf_swelling",
    "cannot_walk",
    "chest_trauma",
    "distension",
    "urinary_retention",
    "bladder_bowel",
)


@dataclass(frozen=True)
class Discriminator:
    """Fires when any `when` term holds; a term needs all its items; "a|b" is either one,
    "!a" means a is absent."""

    code: str
    level: str  # "emergency" | "urgent"
    reason_en: str
    reason_zh: str
    source: str
    when: tuple[tuple[str, ...], ...]


DISCRIMINATORS: tuple[Discriminator, ...] = (
    Discriminator(
        "cardiac_chest_pain",
        "emergency",
        "Chest pain with cardiac features",
        "胸痛伴心源性特征",
        f"{MTS}: chest pain chart, 'cardiac pain'; NHS: heart attack symptoms; pleuritic pain with "
        "fever is MTS 'pleuritic pain' (yellow, urgent)",
        (
            ("chest pain", "crushing_chest"),
            ("chest pain", "radiating pain"),
            # a sweat with chest pain on coughing or breathing in, with a fever and a cough, is the
            # fever of a chest infection (nhs.uk 'Pneumonia': GP or 111; h9-zh-04), as in
            # redflags.chest_pain_cardiac
            ("chest pain", "sweating", "!pleuritic"),
            ("chest pain", "sweating", "pleuritic", "!fever", "!cough"),
            ("chest pain", "fainting"),
            ("chest pain", "shortness of breath", "!pleuritic"),
            ("chest pain", "companions_yes", "!pleuritic"),
            ("chest pain", "companions_yes", "!fever"),
            ("chest pain", "severe_pain"),
        ),
    ),
    Discriminator(
        "pulmonary_embolism",
        "emergency",
        "Breathlessness with signs of a blood clot",
        "气短伴血栓征象",
        f"{NHS}: pulmonary embolism — call 999; Wells criteria",
        (
            ("shortness of breath", "calf_swelling"),
            ("shortness of breath", "travel_or_surgery"),
            ("shortness of breath", "sudden", "pleuritic"),
        ),
    ),
    Discriminator(
        "sepsis",
        "emergency",
        "Fever or infection with signs of sepsis",
        "感染/发热伴脓毒症征象",
        NICE_SEPSIS,
        (
            ("fever|mild fever|chills", "confusion"),
            ("fever|mild fever|chills", "blotchy_skin"),
            ("fever|chills", "fast_breathing", "palpitations"),
            ("confusion", "blotchy_skin"),
            ("confusion", "fast_breathing", "palpitations"),
        ),
    ),
    Discriminator(
        "diabetic_emergency",
        "emergency",
        "Diabetes with vomiting and signs of ketoacidosis",
        "糖尿病伴呕吐及酮症酸中毒征象",
        f"{NHS}: diabetic ketoacidosis — go to A&E",
        (
            ("diabetes", "vomiting", "fast_breathing|high_sugar|drowsy|floppy|confusion"),
            # round 13 (h12b-zh-25): a type 2 diabetes on tablets with a tummy bug, thirsty or
            # with a sore tummy, is dehydration's same day (redflags.diabetic_emergency reads the
            # same class; nhs.uk 'Dehydration', NICE CKS type 2 sick day rules)
            ("diabetes", "vomiting", "abdominal pain|thirst", "!t2_tummy_bug"),
            # without vomiting told: deep fast breathing with thirst or pear-drop breath (nhs.uk DKA:
            # very thirsty, fast deep breathing, breath that smells fruity)
            ("diabetes", "fast_breathing", "thirst|ketone_breath|abdominal pain|drowsy|confusion"),
            ("diabetes", "ketone_breath"),
            ("diabetes", "high_sugar", "fast_breathing|confusion"),
        ),
    ),
    Discriminator(
        "hypoglycaemia",
        "emergency",
        "Diabetes (or a low sugar) with confusion, drowsiness or a fit",
        "糖尿病（或低血糖）伴意识改变、嗜睡或抽搐",
        "nhs.uk low blood sugar (hypoglycaemia): call 999 if someone is confused, drowsy, unconscious or "
        f"having a seizure; {MTS}: diabetes chart, 'altered conscious level' and 'hypoglycaemia'",
        (("diabetes|low_sugar", "confusion|drowsy|floppy|seizure"),),
    ),
    Discriminator(
        "neutropenic_sepsis",
        "emergency",
        "Fever during chemotherapy",
        "化疗期间发热",
        "NICE CG151 neutropenic sepsis: a temperature during chemotherapy needs assessment at once; "
        "nhs.uk chemotherapy: call the chemotherapy helpline or 999 for a high temperature",
        (("fever|mild fever|chills", "chemo"),),
    ),
    Discriminator(
        "acute_glaucoma",
        "emergency",
        "Sudden painful red eye with haloes or vomiting",
        "突发眼红眼痛伴光晕或呕吐",
        "nhs.uk glaucoma: go to A&E for a suddenly painful red eye with "
        f"haloes, headache or vomiting (acute angle-closure); {MTS}: eye problems chart",
        (("red_painful_eye", "halos|vomiting|nausea"), ("halos", "red_painful_eye|pain_word")),
    ),
    Discriminator(
        "limb_ischaemia",
        "emergency",
        "A limb suddenly cold, pale and painful",
        "肢体突然冰凉、苍白、疼痛",
        "nhs.uk peripheral arterial disease: call 999 if a leg or arm suddenly becomes cold, pale, "
        f"painful or numb (acute limb ischaemia); {MTS}: limb problems chart, 'pulseless limb'",
        # fingers that go white in the cold, then blue and red, are Raynaud's (nhs.uk: a GP matter)
        (("cold_limb", "!raynaud_pattern"),),
    ),
    Discriminator(
        "hypertensive_emergency",
        "emergency",
        "Very high blood pressure with headache, vision, chest or confusion",
        "血压极高伴头痛、视物模糊、胸痛或意识改变",
        "nhs.uk high blood pressure: 180/120 or higher with chest pain, shortness of breath, blurred vision, "
        "a severe headache or confusion needs A&E / 999 (NICE NG136 accelerated hypertension)",
        (
            (
                "bp_very_high",
                "blurred vision|visual_disturbance|confusion|chest pain|shortness of breath|numbness",
            ),
            # a head that only feels a bit full or achy with a high reading is a same-day matter
            # (NICE NG136: 180/120 or more without life-threatening symptoms - same-day review)
            ("bp_very_high", "headache", "!mild_head_only"),
        ),
    ),
    Discriminator(
        "acute_abdomen",
        "emergency",
        "Right lower abdominal pain with vomiting, fever or anorexia",
        "右下腹痛伴呕吐、发热或食欲差",
        f"{NHS}: appendicitis; {MTS}: abdominal pain chart",
        (("rlq_pain", "vomiting|fever|nausea|loss of appetite|severe_pain"),),
    ),
    Discriminator(
        "severe_abdominal_pain_fever",
        "emergency",
        "Severe abdominal pain with fever",
        "剧烈腹痛伴发热",
        f"{MTS}: abdominal pain chart, 'severe pain' and 'hot'",
        (("abdominal pain", "severe_pain", "fever"),),
    ),
    Discriminator(
        "severe_abdominal_pain_worsening",
        "emergency",
        "Severe tummy pain after heavy drinking, or severe and getting worse with vomiting",
        "大量饮酒后剧烈腹痛，或剧烈腹痛进行性加重伴呕吐",
        "nhs.uk Acute pancreatitis: A&E or 999 for sudden severe pain in the centre of the tummy (often "
        "after heavy drinking or with gallstones); nhs.uk Stomach ulcer: A&E or 999 for a sharp tummy "
        f"pain that gets steadily worse; {MTS}: abdominal pain chart",
        (
            ("abdominal pain|epigastric", "severe_pain", "alcohol_binge"),
            ("abdominal pain|epigastric", "severe_pain", "worse", "vomiting", "!diarrhea"),
        ),
    ),
    Discriminator(
        "testicular_pain",
        "emergency",
        "Sudden or severe testicular pain",
        "突发或剧烈睾丸疼痛",
        f"{NHS}: testicle pain — go to A&E immediately if sudden and very bad",
        # swelling alone counts only when the pain did not come on gradually: gradual pain and
        # swelling is epididymitis (nhs.uk Testicle pain: urgent GP or 111), see testicle_gradual
        # a painless swelling is a GP matter (nhs.uk Testicular lumps and swellings: see a GP)
        (
            ("testicle_pain", "sudden|sudden_word|severe_pain|vomiting|nausea"),
            # round 9: swelling told as lasting days ("肿了好几天", over 3 days) came on gradually
            # round 10: with a temperature or pain on peeing and nothing sudden, severe or sick,
            # a swollen sore testicle is an infection (epididymitis / orchitis; nhs.uk Testicle
            # pain: urgent GP or 111 for swelling with a high temperature or pain peeing; A&E for
            # sudden, very bad pain, pain in the tummy or being sick - the term above)
            (
                "testicle_pain",
                "swelling",
                "pain_word",
                "!gradual",
                "!chronic",
                "!fever_long",
                "!fever",
                "!mild fever",
                "!painful urination",
            ),
        ),
    ),
    # round 11 (r11u-en-05): a boy or young man with tummy pain that came on suddenly and is
    # severe, with being sick and no diarrhoea: the torsion that a boy too embarrassed to name his
    # testicle tells as tummy pain, and the sudden severe tummy pain that needs A&E in any case
    Discriminator(
        "torsion_tummy",
        "emergency",
        "Sudden severe tummy pain with vomiting in a boy or young man (possible testicular torsion)",
        "男孩或年轻男性突发剧烈腹痛伴呕吐（警惕睾丸扭转）",
        "NICE CKS Scrotal pain and swelling: testicular torsion may present with lower abdominal pain "
        "and vomiting, most often at 12-18 years; nhs.uk Testicular torsion: sudden pain in the "
        "testicles or tummy with being sick - go to A&E; nhs.uk Stomach ache: call 999 or go to A&E "
        "for sudden, severe stomach pain",
        (
            (
                "young_male",
                "abdominal pain",
                "sudden|sudden_word",
                "severe_pain",
                "vomiting|nausea",
                "!diarrhea",
            ),
        ),
    ),
    Discriminator(
        "testicle_gradual",
        "urgent",
        "Testicle pain or swelling",
        "睾丸疼痛或肿胀",
        "nhs.uk Testicle pain: ask for an urgent GP appointment or get help from NHS 111 for pain or "
        "swelling in the testicles that came on gradually (epididymitis, orchitis)",
        (("testicle_pain", "pain_word"),),
    ),
    Discriminator(
        "hot_joint_fever",
        "urgent",
        "A hot or swollen joint with a temperature",
        "关节红肿发热伴发烧",
        "nhs.uk Joint pain, Septic arthritis and Gout: urgent GP or 111 when a joint is hot or swollen "
        "and you have a high temperature or feel hot and shivery",
        (("hot_joint|gout_pattern", "fever|mild fever|chills"),),
    ),
    Discriminator(
        "ectopic_signs",
        "emergency",
        "Late period with tummy pain and fainting, pallor or shoulder-tip pain",
        "月经推迟伴腹痛及晕厥、面色苍白或肩尖痛",
        "nhs.uk Ectopic pregnancy: call 999 or go to A&E for sharp tummy pain with feeling very dizzy or "
        "fainting, looking very pale, or shoulder-tip pain; 异位妊娠诊治专家共识 (2019)",
        (("period_late", "pain_word|abdominal pain", "pale_or_faint|fainting"),),
    ),
    Discriminator(
        "cauda_equina",
        "emergency",
        "Back pain with saddle numbness or bladder/bowel problems",
        "腰背痛伴鞍区麻木或大小便障碍",
        f"{NHS}: cauda equina syndrome — go to A&E (incl. sciatica in both legs)",
        # round 9: a back put out lifting told without a pain word ("搬箱子把腰闪了") is a back
        # pain as well
        (
            ("saddle_numbness",),
            ("back pain|sc_msk", "bladder_bowel"),
            ("back pain", "both_legs"),
        ),
    ),
    Discriminator(
        "seizure",
        "emergency",
        "Seizure or fit",
        "抽搐发作",
        f"{MTS}: 'currently fitting'; {NHS}: febrile seizures — call 999 for a first fit; {NHS} "
        "Epilepsy: no 999 for a known epilepsy's usual short seizure that has ended",
        (("seizure", "!usual_seizure_over"),),
    ),
    Discriminator(
        "pre_eclampsia",
        "emergency",
        "Pregnancy with headache, visual disturbance or sudden swelling",
        "妊娠伴头痛、视物异常或突发水肿",
        f"{NHS}: pre-eclampsia; NICE NG133",
        (
            ("pregnant_late", "visual_disturbance|sudden_swelling|severe_headache"),
            ("pregnancy", "headache", "visual_disturbance|sudden_swelling"),
        ),
    ),
    Discriminator(
        "carbon_monoxide",
        "emergency",
        "Possible carbon monoxide exposure",
        "疑似一氧化碳中毒",
        f"{NHS}: carbon monoxide poisoning",
        # a household ill together with a fever, a flu or a cold is a shared infection: carbon
        # monoxide gives flu-like symptoms without a high temperature (nhs.uk Carbon monoxide
        # poisoning; nhs.uk Flu: it spreads to the people around you) - a named source still counts.
        # A cold or a flu only guessed ("是不是一起感冒了", "maybe we all have a cold?") is no sign
        # of an infection; a runny nose, a sore throat or diarrhoea is (not CO symptoms).
        (
            ("household", "headache|nausea|dizziness|vomiting", "!shared_infection"),
            ("co_source", "headache|nausea|dizziness"),
        ),
    ),
    # round 12: a fever after travel to a malaria or dengue area is same-day care by itself -
    # nhs.uk 'Malaria': ask for an urgent GP appointment or get help from NHS 111 if you have
    # symptoms during or after travel, even up to a year later; nhs.uk 'Dengue': urgent GP / 111.
    # 999 / A&E only with severe signs (confusion, drowsiness, fits, breathing difficulty, yellow
    # skin or eyes, dark or very little pee, collapse; for dengue severe tummy pain, repeated
    # vomiting, bleeding gums or nose, blood in vomit or poo): redflags.fever_after_travel and the
    # other red-flag rules (sepsis, unconscious_seizure, severe_breathing, gi_bleed) read those.
    Discriminator(
        "fever_after_travel",
        "urgent",
        "Fever after travel to a malaria or dengue area: needs a same-day assessment",
        "疟疾或登革热流行区旅行后发热：需当天就诊",
        "nhs.uk 'Malaria' and 'Dengue': urgent GP appointment or NHS 111 for a fever after travel; "
        "999 / A&E only with severe signs; UKHSA malaria guidelines: same-day blood film",
        (("fever|chills|mild fever", "tropical_travel"),),
    ),
    Discriminator(
        "head_injury_warning",
        "emergency",
        "Head injury with vomiting, drowsiness or confusion",
        "头部外伤伴呕吐、嗜睡或意识改变",
        f"NICE NG232 / CG176 head injury; {MTS}: head injury chart",
        (("head_injury", "vomiting|drowsy|confusion|fainting|seizure"),),
    ),
    Discriminator(
        "peritonism",
        "emergency",
        "Abdominal pain with a rigid abdomen",
        "腹痛伴腹部板硬",
        f"{MTS}: abdominal pain chart, 'signs of peritonism'",
        (("rigid_abdomen",),),
    ),
    Discriminator(
        "gi_bleeding",
        "emergency",
        "Vomiting or coughing blood, or black stools",
        "呕血、咳血或黑便",
        f"{MTS}: GI bleeding chart, 'vomiting blood'; {NHS}: call 999 if vomiting blood",
        (("vomit_blood",),),
    ),
    Discriminator(
        "sepsis_signs",
        "emergency",
        "Infection with signs of sepsis (no urine, confusion)",
        "感染伴脓毒症征象（无尿、意识改变）",
        f"{NICE_SEPSIS}: not passed urine in 18 h, new confusion, mottled skin; nhs.uk sepsis",
        (
            ("fever|chills|infection", "no_urine", "!diarrhea"),
            ("infection", "confusion"),
            ("chills", "confusion"),
            ("infection", "blotchy_skin"),
        ),
    ),
    Discriminator(
        "floppy_or_unresponsive",
        "emergency",
        "Floppy, listless or hard to wake",
        "软弱无力、反应差或叫不醒",
        f"{MTS}: 'floppy child' and 'altered conscious level' (orange); nhs.uk: call 999 for a floppy or "
        "unresponsive child; NICE NG143 red features",
        # "天天蔫蔫的" for half a year is a lasting tiredness (nhs.uk Tiredness and fatigue: see a
        # GP), not an acutely floppy or unresponsive person
        (("floppy", "!chronic"), ("bulging_fontanelle",), ("drowsy", "dehydration|vomiting|fever")),
    ),
    Discriminator(
        "cardiac_equivalent",
        "emergency",
        "Jaw, arm or upper-abdominal pain with sweating",
        "下颌、手臂或上腹痛伴出汗",
        "nhs.uk heart attack: pain may spread to the jaw, arm or tummy "
        f"with sweating or sickness (women, older people and diabetics); {MTS}: 'cardiac pain'",
        (
            ("jaw_arm_pain", "sweating", "!fever"),
            ("epigastric", "sweating", "jaw_arm_pain|diabetes|age_50plus"),
            (
                "jaw_arm_pain|epigastric",
                "shortness of breath",
                "sweating|nausea",
                "diabetes|age_50plus",
            ),
        ),
    ),
    Discriminator(
        "head_injury_anticoagulant",
        "emergency",
        "Head injury while taking a blood thinner",
        "服用抗凝药时头部外伤",
        "NICE NG232 head injury: anticoagulant treatment -> CT within 8 hours",
        (("head_injury", "anticoagulant"),),
    ),
    Discriminator(
        "severe_burn",
        "emergency",
        "Large or deep burn",
        "大面积或深度烧烫伤",
        "nhs.uk burns and scalds: A&E for large or deep burns, white or charred skin, burns on the face",
        (("burn", "burn_severe"),),
    ),
    Discriminator(
        "chest_injury_breathless",
        "emergency",
        "Breathlessness or painful breathing after a chest injury",
        "胸部外伤后气短或呼吸痛",
        "nhs.uk collapsed lung (pneumothorax) and broken ribs: A&E for "
        f"breathlessness or chest pain after an injury; {MTS}: chest injury",
        (("chest_trauma", "shortness of breath|pleuritic"),),
    ),
    Discriminator(
        "epiglottitis",
        "emergency",
        "Cannot swallow saliva or leans forward to breathe",
        "咽不下口水或需前倾才能呼吸",
        "nhs.uk epiglottitis: call 999 (drooling, difficulty swallowing, "
        f"sitting upright to breathe); {MTS}: 'drooling'",
        (("cant_swallow_saliva",),),
    ),
    Discriminator(
        "aortic_aneurysm",
        "emergency",
        "Sudden abdominal pain going to the back, with fainting or age",
        "突发腹痛放射至背部伴晕厥或高龄",
        "nhs.uk abdominal aortic aneurysm: call 999 for sudden severe tummy or back pain",
        (("abdo_to_back", "fainting|age_65plus|sudden|severe_pain"),),
    ),
    Discriminator(
        "eye_chemical_or_open_fracture",
        "emergency",
        "Chemical in the eye, or bone through the skin",
        "化学物溅入眼睛，或骨头外露",
        "nhs.uk eye injuries: A&E for chemicals in the eye; nhs.uk "
        "broken bones: call 999 if the bone is sticking out",
        (("eye_chemical",), ("open_fracture",)),
    ),
    Discriminator(
        "electric_shock",
        "emergency",
        "Electric shock",
        "触电",
        f"nhs.uk electric shock: A&E after a mains shock; {MTS}: 'electrical injury'",
        (("electric_shock",),),
    ),
    Discriminator(
        "jaundice_fever",
        "emergency",
        "Yellow skin or eyes with fever or pain",
        "黄疸伴发热或腹痛",
        "nhs.uk jaundice: A&E with a high temperature, shivering or tummy pain",
        (
            ("jaundice", "fever|chills|abdominal pain"),
            ("jaundice", "confusion|drowsy|floppy|vomit_blood"),
        ),
    ),
    Discriminator(
        "heatstroke",
        "emergency",
        "Heat exposure with confusion, fainting or no sweating",
        "高温暴露伴意识改变、晕厥或不出汗",
        "nhs.uk heat exhaustion and heatstroke: call 999",
        # a single faint in the heat that came round at once is a simple faint (nhs.uk Fainting)
        (
            ("heat_exposure", "confusion|seizure|no_sweating"),
            ("heat_exposure", "fainting", "!quick_recovery"),
        ),
    ),
    Discriminator(
        "urinary_retention",
        "emergency",
        "Cannot pass urine at all",
        "完全无法排尿",
        "nhs.uk urinary retention: go to A&E if you cannot pee at all",
        (("urinary_retention",),),
    ),
    Discriminator(
        "bowel_obstruction",
        "emergency",
        "No wind or stools with a swollen belly or vomiting",
        "停止排气排便伴腹胀或呕吐",
        f"nhs.uk bowel obstruction: go to A&E; {MTS}: abdominal pain chart, 'persistent vomiting'",
        (("no_flatus", "distension|vomiting|bilious_vomit"), ("distension", "bilious_vomit")),
    ),
    Discriminator(
        "peritonism_signs",
        "emergency",
        "Abdominal pain worse on moving or coughing, with fever",
        "腹痛在活动或咳嗽时加重并发热",
        f"{MTS}: 'signs of peritonism'; nhs.uk appendicitis",
        (("pain_on_movement", "rlq_pain|abdominal pain", "fever|vomiting|loss of appetite"),),
    ),
    Discriminator(
        "dvt_or_quinsy_or_jaundice",
        "urgent",
        "Swollen calf, one-sided throat pain with trismus, or jaundice",
        "小腿肿胀、单侧咽痛伴张口困难，或黄疸",
        "nhs.uk DVT, quinsy and jaundice: urgent GP or NHS 111",
        (("calf_swelling",), ("quinsy",), ("jaundice",)),
    ),
    Discriminator(
        "severe_pain",
        "urgent",
        "Severe pain (8-10/10)",
        "重度疼痛（8-10分）",
        f"{MTS}: 'severe pain'",
        (("severe_pain",),),
    ),
    Discriminator(
        "chest_pain",
        "urgent",
        "Chest pain",
        "胸痛",
        f"{MTS}: chest pain chart; nhs.uk chest pain: a burning "
        "after food with acid or a bitter taste is heartburn (pharmacist), unless 55 or over",
        # a chest-wall pain after lifting or an injury, tender to press, under 50 and with no cardiac
        # feature is a GP matter (nhs.uk Costochondritis and Chest pain: pressing makes it worse)
        (
            ("chest pain", "!sc_heartburn", "!chest_wall"),
            # a pain where the ribs join the breastbone that pressing reproduces (nhs.uk
            # Costochondritis: see a GP) without the cardiac features below: routine, injury or not
            # ... and so is one tender to press that has gone on for a week or more (nhs.uk
            # Costochondritis: see a GP if it does not improve; round 11, r11u-en-18)
            ("chest pain", "!sc_heartburn", "!sc_msk", "!injury", "!costochondral", "!week_plus"),
            (
                "chest pain",
                "chest_wall",
                "age_50plus|companions_yes|severe_pain|crushing_chest|shortness of breath|sweating|radiating pain|fainting|dizziness",
            ),
            ("chest pain", "sc_heartburn", "age_55plus|companions_yes|severe_pain|crushing_chest"),
        ),
    ),
    Discriminator(
        "reflux_alarm",
        "urgent",
        "Heartburn with weight loss or food sticking",
        "烧心伴体重下降或吞咽困难",
        "nhs.uk Heartburn and acid reflux: ask for an urgent GP appointment or call 111 with "
        "heartburn and food getting stuck in the throat or losing weight for no reason; NICE NG12 1.2",
        (("reflux|sc_heartburn", "weight_loss|food_sticking"),),
    ),
    Discriminator(
        "abdominal_pain_fever",
        "urgent",
        "Tummy pain with a fever",
        "腹痛伴发热",
        f"{NHS}: stomach ache and gallstones/cholecystitis — urgent GP or 111 for tummy pain with a high "
        f"temperature; {MTS}: abdominal pain chart, 'hot'",
        (("abdominal pain|ruq_pain|rlq_pain|epigastric", "fever|chills", "!diarrhea"),),
    ),
    Discriminator(
        "mastitis",
        "urgent",
        "A red, hot, painful breast",
        "乳房红肿热痛",
        f"{NHS}: mastitis — urgent GP or 111 if the breast is red and hot with flu-like symptoms",
        # a sore breast while breastfeeding with a temperature, the redness told in an answer not
        # asked ("喂奶的时候咪咪疼，还发烧了"; nhs.uk Mastitis: breast pain, flu-like symptoms)
        (("breast_inflamed",), ("breast_pain", "breastfeeding", "fever|mild fever|chills")),
    ),
    Discriminator(
        "deformed_limb_injury",
        "emergency",
        "A limb out of shape and numb or pale, or a bone through the skin, after an injury",
        "受伤后肢体变形伴麻木或苍白，或骨头外露",
        "nhs.uk Broken arm or wrist: go to A&E if the arm or wrist is an odd shape, a bone is "
        f"sticking out, or it is numb or pale; {MTS}: limb problems chart, 'gross deformity'",
        (
            ("deformity_seen", "injury|fall", "limb_numb_pale"),
            ("bone_out", "injury|fall"),
        ),
    ),
    Discriminator(
        "possible_fracture",
        "urgent",
        "Possible broken bone or dislocation",
        "疑似骨折或脱位",
        "nhs.uk broken bones and dislocations: go to an urgent treatment centre or A&E; "
        f"{MTS}: limb problems chart, 'gross deformity'",
        (("deformity",), ("deformity_seen", "injury|fall")),
    ),
    Discriminator(
        "wrist_fracture_risk",
        "urgent",
        "Swollen, bruised wrist after a fall on an outstretched hand (possible broken wrist)",
        "摔倒手撑地后手腕肿胀淤青（疑似腕部骨折）",
        "nhs.uk / NHS 111 Wales 'Broken arm or wrist': a fall on an outstretched hand with a swollen, "
        "bruised, painful wrist may be a break - go to an urgent treatment centre or minor injuries "
        "unit the same day (A&E for a bent or open break); round 12 (r12m-en-13)",
        (("wrist_foosh", "wrist_swelling", "wrist_bruise_moving"),),
    ),
    Discriminator(
        "injury_no_weight",
        "urgent",
        "An injured leg or foot that cannot take weight",
        "受伤后脚或腿不能负重走路",
        "nhs.uk Sprains and strains: go to an urgent treatment centre if you cannot put any weight on your "
        "leg or foot (Ottawa ankle rules); a strained back is treated at home (nhs.uk Back pain)",
        (("injury", "cannot_walk", "!back pain", "!sc_msk"),),
    ),
    Discriminator(
        "submersion",
        "emergency",
        "Breathing trouble, cough or drowsiness after being in the water",
        "溺水或呛水后气促、咳嗽或嗜睡",
        "nhs.uk / Resuscitation Council UK drowning: call 999 for anyone pulled "
        "from the water with breathing difficulty, a persistent cough, drowsiness or confusion",
        (
            (
                "submersion|water_inhaled",
                "shortness of breath|cough|drowsy|confusion|vomiting|floppy|fast_breathing|fainting|chest pain",
            ),
        ),
    ),
    Discriminator(
        "submersion_checked",
        "urgent",
        "Breathed in water",
        "呛水/溺水后",
        "Resuscitation Council UK drowning: "
        "anyone who inhaled water needs a medical check the same day (symptoms may come later)",
        (("submersion",),),
    ),
    Discriminator(
        "face_swelling_fever",
        "urgent",
        "A swollen face with a temperature",
        "面部肿胀伴发热",
        "nhs.uk Dental abscess: urgent dental appointment or NHS 111 if the face is swollen and you have a "
        "high temperature; nhs.uk Cellulitis and Mumps: urgent GP or 111",
        (("face_swelling", "fever|mild fever|chills"),),
    ),
    Discriminator(
        "fetal_movements",
        "urgent",
        "Baby moving less than usual in pregnancy",
        "孕期胎动减少",
        "nhs.uk Your baby's movements: contact your midwife or maternity unit immediately if the baby "
        "is moving less than usual; RCOG GTG 57 reduced fetal movements",
        (("fetal_movements_less", "!fetal_movements_none"),),
    ),
    Discriminator(
        "fetal_movements_stopped",
        "emergency",
        "Baby has stopped moving in pregnancy",
        "孕期感觉不到胎动",
        "nhs.uk Your baby's movements: call the maternity unit immediately (24 hours) if the baby's "
        "movements have stopped; RCOG GTG 57",
        (("fetal_movements_none", "pregnancy|pregnant_late"),),
    ),
    Discriminator(
        "appendicitis_possible",
        "urgent",
        "Lower right tummy pain getting worse",
        "右下腹痛逐渐加重",
        "nhs.uk Appendicitis: ask for an urgent GP appointment or NHS 111 for tummy pain that gets worse "
        "or moves to the lower right (999 / A&E with vomiting, fever or severe pain: acute_abdomen)",
        (
            ("rlq_pain", "worse|pain_on_movement", "!chronic"),
            # pain that started round the belly button and moved to the lower right, and the
            # tummy pain with no appetite, sickness and a temperature but no diarrhoea (nhs.uk
            # Appendicitis: urgent GP or 111; NICE CKS Appendicitis: anorexia, nausea, low-grade
            # fever); gastroenteritis brings diarrhoea
            ("pain_migrated_rlq", "!chronic"),
            (
                "abdominal pain|pain_word",
                "loss of appetite",
                "nausea|vomiting",
                "fever|mild fever",
                "!diarrhea",
                "!chronic",
            ),
        ),
    ),
    Discriminator(
        "infant_bowel_emergency",
        "emergency",
        "Green vomit or redcurrant-jelly poo in a baby or small child",
        "婴幼儿吐绿水或果酱样大便",
        "nhs.uk Vomiting in babies and Intussusception: call 999 or go to A&E for "
        "green vomit or poo like redcurrant jelly",
        (("bilious_vomit", "age_under5|baby_word"), ("jelly_stool",)),
    ),
    Discriminator(
        "hip_fracture",
        "emergency",
        "A fall on the hip, now unable to stand or the leg short and turned out",
        "摔倒后髋部疼痛不能站立或腿短缩外旋",
        "nhs.uk Hip fracture: call 999 / A&E; NICE CG124",
        (
            ("fall", "hip_site", "cannot_walk|deformity"),
            ("fall", "deformity", "age_65plus", "cannot_walk"),
        ),
    ),
    Discriminator(
        "behind_ear_swelling",
        "urgent",
        "Swelling behind the ear",
        "耳后红肿",
        "nhs.uk Ear infections: urgent GP or NHS 111 for swelling around the ear; nhs.uk Mastoiditis",
        (("behind_ear_swelling", "earache|fever|mild fever|pain_word|ear_discharge"),),
    ),
    Discriminator(
        "pregnancy_headache",
        "urgent",
        "Headache after 20 weeks of pregnancy with swelling, sickness or severe pain",
        "孕中晚期头痛伴水肿、呕吐或剧痛",
        "nhs.uk Pre-eclampsia: call your midwife, GP or 111 immediately for "
        "a severe headache, swelling, vomiting or pain below the ribs (NICE NG133); vision problems or sudden "
        "swelling are pre_eclampsia (999)",
        (("pregnant_late", "headache", "swelling|vomiting|epigastric|severe_pain"),),
    ),
    Discriminator(
        "pregnancy_rib_pain",
        "urgent",
        "Pain below the ribs after 20 weeks of pregnancy",
        "孕中晚期右上腹或肋下疼痛",
        "nhs.uk Pre-eclampsia: call your midwife, GP or 111 immediately for pain just below the "
        "ribs (NICE NG133), heartburn-like or not; with a headache or vision problems it is "
        "pre_eclampsia (999)",
        (("pregnant_late", "ruq_pain"),),
    ),
    Discriminator(
        "biliary_colic",
        "urgent",
        "Pain under the right ribs after a meal or spreading to the shoulder (possible gallstones)",
        "右上腹（右肋下）疼痛，饭后出现或放射到肩背（疑似胆结石）",
        "nhs.uk Gallstones: ask for an urgent GP appointment or get help from NHS 111 for tummy "
        "pain lasting longer than 30 minutes; 999 or A&E with a high temperature, yellow skin or "
        "eyes, or sudden severe pain (round 13, h12-en-15). A pain under the ribs told for more "
        "than 3 days is a GP's (fever_long, chronic)",
        (("ruq_pain", "biliary_pattern", "!fever_long", "!chronic", "!pregnant_late"),),
    ),
    Discriminator(
        "infection_contact_risk",
        "urgent",
        "Contact with measles or chickenpox with a weakened immune system or in pregnancy",
        "免疫力低下或孕期接触麻疹或水痘",
        "nhs.uk Measles: ask for an urgent GP appointment or NHS 111 if you have been in close "
        "contact with someone who has measles and are pregnant or have a weakened immune system; "
        "nhs.uk Chickenpox: the same after being near someone with chickenpox or shingles "
        "(preventive treatment may be needed within days); round 13 (h12b-en-21)",
        (("infection_contact", "immunosuppression|cancer|HIV|pregnancy|pregnant_late"),),
    ),
    Discriminator(
        "measles",
        "urgent",
        "Possible measles",
        "疑似麻疹",
        "nhs.uk Measles: ask for an urgent GP appointment or NHS 111 if you think you or your child has "
        "measles (call before going in)",
        (("measles_pattern", "fever|mild fever|rash|red eye|cough"),),
    ),
    Discriminator(
        "heat_exhaustion",
        "urgent",
        "Dizzy, sick or weak after heat exposure, sweating heavily or very thirsty",
        "高温暴露后头晕、恶心或乏力，大汗或口渴",
        "nhs.uk Heat exhaustion and heatstroke: cool down now; "
        "it turns to heatstroke (999) if not better within 30 minutes - the interview cannot watch that, so "
        "it is a same-day call (NHS 111)",
        # a single faint in the heat that came round at once is a simple faint (nhs.uk Fainting)
        (
            (
                "heat_exposure",
                "dizziness|nausea|vomiting|headache|fatigue",
                "sweating|thirst|chills",
                "!quick_recovery",
                "!settled_now",
            ),
        ),
    ),
    Discriminator(
        "eyelid_swelling_fever",
        "urgent",
        "A red, swollen eyelid with a temperature",
        "眼睑红肿伴发热",
        "nhs.uk Cellulitis (around the eye) / Orbital cellulitis: same-day assessment, A&E if the eye "
        "bulges, hurts to move or vision changes",
        (("eyelid_swelling", "fever|mild fever|chills"),),
    ),
    Discriminator(
        "face_weakness",
        "urgent",
        "One side of the face weak",
        "一侧面部无力",
        "nhs.uk Bell's palsy: urgent GP appointment or NHS 111 (steroids within 72 hours); stroke signs "
        "with it are red flags (999)",
        (("face_weakness",),),
    ),
    Discriminator(
        "heart_failure_fluid",
        "urgent",
        "Heart failure with fluid building up (weight up quickly, more swelling or breathlessness)",
        "心衰伴液体潴留加重（体重快速增加、水肿或气短加重）",
        "nhs.uk Heart failure / British Heart Foundation: contact your GP or heart failure nurse the "
        "same day if you gain more than 2kg in 3 days or the swelling or breathlessness gets worse; "
        "999 for severe breathlessness or chest pain",
        (
            ("heart_failure_word", "fluid_weight_gain"),
            ("heart_failure_word", "fluid_worse", "swelling|shortness of breath|exertional_breath"),
        ),
    ),
    Discriminator(
        "fast_heart_rate",
        "urgent",
        "Palpitations with a heart rate above 120 again and again",
        "心慌且心率反复超过120次/分",
        "nhs.uk Atrial fibrillation: ask for an urgent GP appointment or call 111 if your heart rate is "
        "consistently above 120 beats a minute; 999 with chest pain, breathlessness or fainting",
        (("fast_pulse", "palpitations"),),
    ),
    Discriminator(
        "infant_projectile_vomiting",
        "urgent",
        "A young baby's forceful (projectile) vomiting after feeds",
        "婴儿喂奶后喷射状呕吐",
        "nhs.uk Pyloric stenosis: a baby who is forcefully sick after feeds, hungry afterwards and "
        "not gaining weight - see a GP urgently or call 111 (999 for signs of severe dehydration)",
        (("projectile_vomit", "age_under_6m|newborn|baby_word"),),
    ),
    Discriminator(
        "high_sugar_unwell",
        "urgent",
        "Diabetes with blood sugar staying high, with thirst or an illness",
        "糖尿病血糖持续偏高，伴口渴或生病",
        "nhs.uk High blood sugar (hyperglycaemia): contact your diabetes team or GP urgently, or 111, "
        "if your blood sugar stays high, especially when you are ill (sick day rules); A&E with "
        "vomiting, tummy pain, fast breathing or drowsiness (the diabetic emergency discriminator)",
        (
            (
                "diabetes|diabetes_meds",
                "high_sugar",
                "thirst|sc_cold|sc_flu|fever|mild fever|infection|loss of appetite|diarrhea|vomiting",
            ),
        ),
    ),
    Discriminator(
        "foot_wound",
        "urgent",
        "A foot wound not healing or turning black",
        "足部伤口不愈合或发黑",
        "nhs.uk Diabetes - foot problems: urgent GP or 111 for a wound that will not heal or skin turning "
        "black; NICE NG19 diabetic foot",
        (("foot_wound_bad",),),
    ),
    Discriminator(
        "diabetic_foot",
        "urgent",
        "Diabetes with a foot wound that is infected, not healing or not felt",
        "糖尿病患者足部伤口感染、不愈合或感觉不到",
        "Diabetes UK 'Serious foot problems': blisters and cuts you can see but don't feel, "
        "redness, heat, a foul smell from an open wound or wounds that don't heal - contact your "
        "GP or foot protection team immediately (NHS 111 out of hours); nhs.uk Diabetes - foot "
        "problems; NICE NG19 diabetic foot",
        (("diabetes", "foot_wound_any", "wound_infected|skin_hot_touch|numbness"),),
    ),
    Discriminator(
        "psychosis_signs",
        "urgent",
        "Signs of psychosis or mania",
        "精神病性或躁狂表现",
        "nhs.uk Psychosis and Bipolar disorder: urgent GP appointment or NHS 111 (999 if at risk of harm)",
        (("psychosis_signs",),),
    ),
    Discriminator(
        "rash_not_fading",
        "emergency",
        "A rash that does not fade under a glass, or purple spots",
        "压之不褪色的皮疹或紫色斑点",
        "nhs.uk Meningitis and Sepsis: call 999 for a rash that does not fade when a glass is "
        "rolled over it; NICE NG240",
        (("rash_not_fading",),),
    ),
    Discriminator(
        "male_uti",
        "urgent",
        "Urine infection symptoms in a man",
        "男性尿路感染症状",
        "nhs.uk Urinary tract infections: a man with UTI symptoms asks for an urgent GP appointment "
        "or NHS 111 (NICE CKS UTI in men)",
        (("male_patient", "painful urination|uti_told"),),
    ),
    Discriminator(
        "antibiotic_diarrhoea",
        "urgent",
        "Diarrhoea after antibiotics (possible C. difficile)",
        "使用抗生素后腹泻（可能为艰难梭菌感染）",
        "nhs.uk C. difficile: diarrhoea after taking antibiotics - urgent GP appointment or NHS 111",
        (("diarrhea", "after_antibiotics", "cdiff_stool|fever|mild fever|age_65plus"),),
    ),
    Discriminator(
        "self_harm",
        "urgent",
        "Self-harm",
        "自伤行为",
        "nhs.uk Self-harm: urgent GP appointment or NHS 111; 999 / A&E for a serious injury or overdose",
        (("self_harm",),),
    ),
    Discriminator(
        "waters_abnormal",
        "emergency",
        "Waters broken and green, brown or bloody",
        "破水且羊水发绿、发褐或带血",
        "nhs.uk Signs that labour has begun: call the maternity unit immediately if the waters are "
        "smelly or coloured, or you are bleeding (meconium; NICE NG235)",
        (("waters_abnormal", "pregnancy|pregnant_late|waters_broken"),),
    ),
    Discriminator(
        "labour_signs",
        "urgent",
        "Waters broken, or regular contractions in pregnancy",
        "破水或孕期规律宫缩",
        "nhs.uk Signs that labour has begun / Premature labour: contact the midwife or maternity unit now",
        (("waters_broken", "pregnancy|pregnant_late"), ("contractions", "pregnancy|pregnant_late")),
    ),
    Discriminator(
        "animal_bite",
        "urgent",
        "Animal or human bite",
        "动物或人咬伤",
        "nhs.uk animal and human bites: go to a minor injuries unit or urgent treatment centre if the "
        "skin is broken",
        (("animal_bite",),),
    ),
    Discriminator(
        "ear_discharge",
        "urgent",
        "Discharge from the ear, or earache with a high temperature in a child",
        "耳朵流脓，或儿童耳痛伴高热",
        f"{NHS}: earache and ear infections — see a GP urgently / 111 for "
        "fluid or pus coming out of the ear",
        (("ear_discharge",),),
    ),
    Discriminator(
        "nosebleed_long",
        "urgent",
        "Nosebleed lasting over 10-15 minutes",
        "鼻出血超过10-15分钟",
        "nhs.uk nosebleeds: go to A&E if the bleeding lasts longer than 10 to 15 minutes",
        # round 9: a nosebleed that pressure does not stop ("pinching it and it won't stop")
        (("nosebleed_long",), ("nosebleed", "bleeding_wont_stop")),
    ),
    Discriminator(
        "eye_injury_or_foreign_body",
        "urgent",
        "Eye injury, or something stuck in the eye or throat",
        "眼外伤，或异物卡在眼睛、喉咙",
        "nhs.uk eye injuries (urgent: painful, watering, cannot open "
        "the eye) and something stuck in the throat (fish bone): urgent treatment centre or A&E",
        (("eye_injury",), ("throat_foreign_body",)),
    ),
    Discriminator(
        "scarlet_fever",
        "urgent",
        "Possible scarlet fever",
        "疑似猩红热",
        f"{NHS}: scarlet fever — see a GP or 111 urgently (antibiotics)",
        (("scarlet_fever",),),
    ),
    Discriminator(
        "very_high_bp",
        "urgent",
        "Very high blood pressure (180/120 or more)",
        "血压极高（180/120以上）",
        "nhs.uk high blood pressure: a reading of 180/120 or higher needs same-day assessment",
        (("bp_very_high",),),
    ),
    Discriminator(
        "pregnancy_infection_contact",
        "urgent",
        "Urinary symptoms, or contact with chickenpox, in pregnancy",
        "孕期尿路症状或接触水痘",
        "nhs.uk UTIs (pregnant: see a GP, a pharmacist cannot treat) and "
        "chickenpox in pregnancy (contact a GP or midwife urgently if not immune)",
        (
            ("painful urination", "pregnancy|pregnant_late"),
            ("uti_told", "pregnancy|pregnant_late"),
            ("chickenpox", "pregnancy|pregnant_late"),
        ),
    ),
    Discriminator(
        "adult_chickenpox",
        "urgent",
        "Chickenpox spots in an adult",
        "成人出水痘",
        "nhs.uk Chickenpox: ask for an urgent GP appointment if you're an adult and have chickenpox "
        "(antiviral medicine within 24 hours of the spots coming out)",
        (
            ("adult_chickenpox", "itching|rash|blisters|sc_skin|fever|mild fever"),
            ("pox_from_child",),
        ),
    ),
    Discriminator(
        "newborn_unwell",
        "urgent",
        "A baby under 4 weeks with a new symptom",
        "4周以下新生儿出现新症状",
        "nhs.uk conjunctivitis and jaundice in newborns: see a GP urgently / 111 for a baby under 28 days; "
        "NICE NG143 (young infants are higher risk)",
        (
            (
                "newborn",
                "red eye|sc_sticky_eye|rash|jaundice|vomiting|loss of appetite|diarrhea|cough",
            ),
        ),
    ),
    Discriminator(
        "jaundice_pale_stool",
        "urgent",
        "Jaundice with pale poo, or a baby with pale poo",
        "黄疸伴大便颜色浅，或婴儿大便颜色浅",
        "nhs.uk Newborn jaundice: urgent GP or 111 for jaundice with pale poo or dark pee, or "
        "jaundice after 2 weeks of age; NICE CG98",
        (("pale_stool", "jaundice|newborn|baby_word"),),
    ),
    Discriminator(
        "sudden_hearing_loss",
        "urgent",
        "Sudden loss of hearing",
        "突发听力下降",
        f"{NHS}: hearing loss — urgent GP or 111 for sudden hearing loss in one or both ears",
        # a hearing loss lasting over 4 weeks is a GP matter (nhs.uk Hearing loss: see a GP)
        # a one-sided hearing deficit in any words with a sudden onset (features: hearing_sudden)
        (("sudden_hearing_loss", "!chronic"), ("hearing_sudden",)),
    ),
    Discriminator(
        "breathlessness",
        "urgent",
        "Shortness of breath",
        "气短",
        f"{MTS}: shortness of breath chart",
        # breathless only during a panic attack that passed on its own is a GP matter (nhs.uk Panic
        # disorder; NICE CG113)
        # out of breath with exercise that settles with a rest ("跑完步有点喘，歇一会就好了",
        # "get puffed after running, fine once I stop") is a GP matter (nhs.uk Shortness of breath:
        # see a GP if you feel short of breath regularly or it is worse when active; nhs.uk
        # Asthma: see a GP if you think you have asthma); sudden, worsening or at rest stays urgent
        (
            (
                "shortness of breath",
                "!chronic",
                "!panic_over",
                "!exertion_settles",
                "!anaemia_exertion",
                "!asthma_exertion",
            ),
            ("shortness of breath", "sudden|at_rest", "!panic_over"),
            # out of breath on the stairs, slowly worse over months (anaemia, fitness): nhs.uk
            # Shortness of breath - see a GP if you have been short of breath for a while or it is
            # worse when active; a sudden change or breathlessness at rest stays urgent
            # a bit breathless on the stairs with heavy periods, pale or tired all the time: iron
            # deficiency anaemia (nhs.uk Iron deficiency anaemia: see a GP) - round 7t
            (
                "shortness of breath",
                "worse",
                "!panic_over",
                "!exertion_chronic",
                "!anaemia_exertion",
            ),
            ("inhaler_not_working",),
        ),
    ),
    Discriminator(
        "stridor",
        "urgent",
        "Noisy breathing or barking cough (possible croup)",
        "喉鸣或犬吠样咳嗽",
        f"{NHS}: croup; {MTS}: 'stridor'",
        (("stridor",),),
    ),
    Discriminator(
        "haemoptysis",
        "urgent",
        "Coughing up blood",
        "咳血",
        "nhs.uk Coughing up blood: ask for an urgent GP appointment or get help from NHS 111",
        (("haemoptysis",),),
    ),
    # blood in the poo or diarrhoea told after it ("diarrhoea, blood in it", "拉的里面有血":
    # redflags.blood_told); piles, a streak on the paper or bright red blood with a poo and
    # nothing else are a GP matter, as the bleeding discriminator reads them
    Discriminator(
        "stool_blood",
        "urgent",
        "Blood in the poo or diarrhoea",
        "大便或腹泻中带血",
        "nhs.uk Diarrhoea and vomiting: urgent GP appointment or NHS 111 for bloody diarrhoea or "
        "bleeding from the bottom; nhs.uk Bleeding from the bottom: see a GP",
        (
            ("stool_blood", "!minor_bleeding", "!sc_piles", "!rectal_bright"),
            ("stool_blood", "diarrhea|fever|vomiting|dizziness|fainting"),
            # round 9z: bright blood on the paper is a GP's unless weight is lost, or the bowel
            # habit has changed at 60 or over (nhs.uk Bowel cancer; NICE NG12 1.3.1)
            ("stool_blood|rectal_bright", "weight_loss"),
            ("bowel_cancer_signs",),
            # a baby's or young child's blood in the poo stays urgent, as before this round
            ("stool_blood|rectal_bright", "age_under5|baby_word|newborn"),
        ),
    ),
    Discriminator(
        "bleeding",
        "urgent",
        "Bleeding",
        "出血",
        f"{MTS}: 'uncontrollable minor haemorrhage'",
        # piles that bleed are a GP matter (nhs.uk Piles: A&E only for non-stop or heavy bleeding)
        # painless blood in the urine and post-menopausal bleeding: see a GP (nhs.uk Blood in urine;
        # Post-menopausal bleeding)
        (
            (
                "bleeding",
                "!minor_bleeding",
                "!sc_piles",
                "!blood_in_urine",
                "!postmenopausal",
                "!rectal_bright",
                "!bleed_skin",
                "!bleed_bottom",
            ),
            # a young child's bleeding bottom stays urgent, as before round 12
            ("bleeding", "bleed_bottom", "age_under5|baby_word|newborn"),
            ("bleeding", "fever|vomiting|dizziness|fainting"),
            # a lot of blood told in lay words stays at least urgent (nhs.uk 'Bleeding from the
            # bottom': A&E for non-stop bleeding or a lot of blood - the red flag's to raise)
            ("bleeding", "bleed_a_lot", "!minor_bleeding"),
            # round 12: raw skin that bleeds after a bout of diarrhoea (nappy rash) is no bloody
            # diarrhoea (nhs.uk 'Nappy rash'); blood from the bottom with diarrhoea stays urgent
            ("bleeding", "diarrhea", "!bleed_skin"),
        ),
    ),
    Discriminator(
        "kidney_infection",
        "urgent",
        "Urinary symptoms with fever or back pain",
        "尿路症状伴发热或腰痛",
        f"{NHS}: kidney infection — urgent GP or 111",
        (
            ("painful urination", "fever|mild fever|chills"),
            ("painful urination", "back pain|flank_pain", "!injury"),
            # nhs.uk Blood in urine: urgent GP or 111 with a high temperature or pain in the side/back
            ("blood_in_urine", "fever|mild fever|chills|flank_pain|loin_colic"),
            # round 6e: cystitis told by name then back or side pain with a temperature or shivers
            # ("cystitis symptoms ... now my back hurts", "temp 38.6, shivery"; nhs.uk Kidney infection)
            ("uti_told", "back pain|flank_pain|loin_colic", "fever|mild fever|chills", "!injury"),
        ),
    ),
    Discriminator(
        "deep_wound",
        "urgent",
        "A deep or gaping cut that may need closing",
        "较深或裂开、可能需要缝合的伤口",
        "nhs.uk cuts and grazes: go to an urgent treatment centre or A&E for a cut that is large, deep or "
        f"gaping, or will not close; {MTS}: wounds chart",
        (("deep_wound",),),
    ),
    Discriminator(
        "head_injury",
        "urgent",
        "Head injury",
        "头部外伤",
        "NICE NG232 head injury",
        # nhs.uk Head injury and concussion: a minor bump in someone acting normally is looked
        # after at home (emergency discriminators still cover blood thinners, vomiting, drowsiness)
        # a child told playing normally after it ("玩得挺好", NICE NG143 green) is the same minor bump
        # A bare knock told in the opening message ("banged my head on a cupboard door", "头撞到门框了")
        # waits for the interview's first answer: the screen after each message is sticky, and
        # whether the person is acting normally is the detail nhs.uk decides on - the companion
        # question asks it next (planner: associated_symptoms first for a head injury)
        (
            ("head_injury", "!head_bump_well", "!well_signs", "!opening_only"),
            (
                "head_injury",
                "age_extreme|severe_pain|numbness|blurred vision|visual_disturbance|dizziness",
            ),
        ),
    ),
    Discriminator(
        "infant_poor_feeding",
        "urgent",
        "A baby or young child feeding much less than usual",
        "婴幼儿吃奶量明显减少",
        f"{NHS}: bronchiolitis - urgent GP or 111 if the baby has had less than half their usual "
        "amount during the last 2 or 3 feeds or no wet nappy for 12 hours; NICE NG143 amber: poor "
        "feeding in infants, reduced urine output",
        (("feeds_low", "age_under5|baby_word|newborn"),),
    ),
    Discriminator(
        "dehydration",
        "urgent",
        "Signs of dehydration",
        "脱水征象",
        "NICE CG84 diarrhoea and vomiting in under 5s: red flags for dehydration",
        (("dehydration",),),
    ),
    Discriminator(
        "vertigo_vomiting",
        "urgent",
        "Spinning vertigo with vomiting",
        "天旋地转并呕吐",
        f"{NHS}: vertigo — ask for an urgent GP appointment or get help from NHS 111 if you have "
        "vertigo and are being sick or feel very sick (A&E with double vision, hearing loss, "
        "slurred speech or weak limbs: the stroke flags); round 12 (r12m-zh-03)",
        (("vertigo_spin", "vomiting", "!vertigo_brief", "!sc_motion", "!alcohol_binge"),),
    ),
    Discriminator(
        "spreading_infection",
        "urgent",
        "Red, hot, spreading skin",
        "皮肤红肿热痛并扩散",
        f"{NHS}: cellulitis — urgent GP or 111 if the skin is red, hot and swollen (a gout-pattern toe "
        "is a GP matter)",
        (
            ("redness_spreading",),
            ("hot_red_skin", "!gout_pattern", "!breast_inflamed"),
            # "hot and sore to touch now", "bigger since yesterday": told in separate answers
            ("skin_hot_touch", "grew_recently", "!burn", "!gout_pattern", "!breast_inflamed"),
            # round 12 (r12e-zh-03): a bite or broken skin gone red, with hot, sore skin or
            # growing (nhs.uk 'Insect bites and stings' / 'Cellulitis': urgent GP or 111)
            (
                "bite_broken_red",
                "skin_hot_touch|grew_recently|redness_spreading",
                "!burn",
                "!sunburn",
                "!sc_sunburn",
                "!gout_pattern",
            ),
            # round 6e: a red leg, wound or patch and hot, sore skin told in separate answers ("got a
            # scratch ... now the leg is red", "hot and sore"; nhs.uk Cellulitis)
            (
                "skin_red",
                "skin_hot_touch",
                "!burn",
                "!sunburn",
                "!sc_sunburn",
                "!gout_pattern",
                "!breast_inflamed",
            ),  # round 13 (probe): a wound oozing pus or looking infected with a fever ("day 3 after
            # the operation ... a fever and the wound is red and oozing"; nhs.uk 'Cuts and
            # grazes': an urgent GP appointment or 111 if the cut looks infected and you have a
            # high temperature; nhs.uk 'Sepsis'); zh 伤口红肿流脓 reads the same
            ("wound_infected", "fever", "wound_told", "!burn", "!sunburn", "!sc_sunburn"),
        ),
    ),
    Discriminator(
        "shingles",
        "urgent",
        "One-sided band of blisters (antivirals work best early)",
        "单侧带状分布的水疱（宜尽早就诊）",
        f"{NHS}: shingles — see a GP or 111 within 3 days",
        (
            ("dermatomal_blisters", "!sc_mouth", "!sc_cold_sore"),
            ("band_shape", "blisters|rash", "!sc_mouth", "!sc_cold_sore"),
        ),
    ),
    Discriminator(
        "shingles_eye",
        "urgent",
        "A rash near the eye that may be shingles",
        "眼周可能为带状疱疹的皮疹",
        "nhs.uk Shingles: ask for an urgent GP appointment or get help from NHS 111 if the rash is near "
        "your eye; NICE CKS Shingles: herpes zoster ophthalmicus (forehead, eyelid, nose tip) needs "
        "same-day assessment",
        (
            ("face_eye_rash", "zoster_prodrome|shingles_word|dermatomal_blisters", "!sc_mouth"),
            ("shingles_word", "eye_red_watery|red eye|face_eye_rash"),
            # round 12 (h10b-en-16): blisters on the forehead or round the eye with the eye red,
            # sore or watering, the tingling first not told in its words (nhs.uk Shingles: urgent
            # GP or 111 if the rash is near the eye; NICE CKS Shingles: herpes zoster ophthalmicus)
            (
                "face_eye_rash",
                "blisters",
                "eye_red_watery|red eye|red_painful_eye|photophobia",
                "!sc_mouth",
            ),
            # round 12 (probe): blisters near the eye or on the forehead taken for a cold sore ("I
            # thought it was a cold sore", "以为是唇疱疹"): the cold sore's suppression of the band
            # must not hide them - shingles near the eye (nhs.uk Shingles: urgent GP or 111 if the
            # rash is near your eye) or a cold sore spreading to the eye (NICE CKS Herpes simplex -
            # ocular: same-day assessment)
            ("face_eye_rash", "sc_cold_sore"),
        ),
    ),
    Discriminator(
        "kawasaki",
        "urgent",
        "Fever with red eyes or rash and red cracked lips or swollen hands and feet",
        "发热伴眼红或皮疹，及口唇红裂或手足肿胀",
        "nhs.uk Kawasaki disease: ask for an urgent GP appointment or get help from NHS 111 for a high "
        "temperature with red eyes, red cracked lips, swollen hands or feet or a rash",
        (("fever|mild fever", "red eye|eye_red_watery|rash", "kawasaki_sign"),),
    ),
    Discriminator(
        "whooping_cough",
        "urgent",
        "Coughing fits with a whoop or vomiting, or a worsening cough near a young baby",
        "阵发性咳嗽伴鸡鸣样回声或咳后呕吐，或家中有小婴儿时咳嗽加重",
        "nhs.uk Whooping cough: ask for an urgent GP appointment or get help from NHS 111 for a baby "
        "under 6 months with symptoms, a very bad cough that is getting worse, or contact with a "
        "pregnant woman or young baby; coughing bouts, a whoop, being sick after coughing",
        # an adult's whooping cough without these is a GP matter (nhs.uk: see a GP for a cough
        # lasting more than 3 weeks)
        (
            (
                "whooping_word|whoop|cough_fits|post_tussive_vomit",
                "cough|cough_fits",
                "pertussis_risk|age_under_6m|pregnancy|pregnant_late|immunosuppression|cough_worsening",
            ),
            ("cough", "pertussis_risk", "cough_worsening|fever_long|chronic"),
            # round 11: the whoop itself with a cough told as very bad (the very bad cough of
            # nhs.uk Whooping cough; r11t-zh-25); bouts and being sick after them without these stay
            # the GP's (kbb-en-01)
            ("whoop", "cough|cough_fits", "cough_bad"),
            # round 12 (h10b-zh-27): a whoop after bouts of coughing that end in being sick - the
            # very bad cough of nhs.uk Whooping cough (urgent GP or 111)
            ("whoop", "cough_fits", "post_tussive_vomit"),
        ),
    ),
    Discriminator(
        "worst_headache",
        "emergency",
        "The worst or an explosive headache",
        "有生以来最剧烈或炸裂样头痛",
        "nhs.uk Headaches: call 999 for a headache that came on suddenly and is extremely painful; "
        "NICE CKS Headache assessment: thunderclap headache",
        (
            ("worst_headache", "headache|sc_migraine"),
            # sudden onset told in one answer and "the worst ever" / 8-10 in another ("半小时前突然开始",
            # "这辈子最疼的一次")
            ("headache", "sudden", "unlike_usual|severe_headache", "!recurrent"),
        ),
    ),
    Discriminator(
        "sight_loss",
        "emergency",
        "Sudden loss of sight or a curtain over the vision",
        "突然视力丧失或眼前像有帘子遮挡",
        "nhs.uk Detached retina and Loss of sight: go to A&E / eye casualty "
        "immediately for sudden loss of vision or a shadow or curtain across it",
        (("sudden_vision_loss",),),
    ),
    Discriminator(
        "delirium_tremens",
        "emergency",
        "Hallucinations or confusion while coming off alcohol",
        "戒酒后出现幻觉或意识模糊",
        "NICE CG100 alcohol-use disorders: delirium tremens (hallucinations, "
        "confusion, fits in withdrawal) needs hospital treatment",
        (("alcohol_withdrawal", "hallucination|confusion|seizure"),),
    ),
    Discriminator(
        "giant_cell_arteritis",
        "urgent",
        "Scalp tenderness or jaw pain on chewing at 50 or over",
        "50岁以上头皮触痛或咀嚼时下颌痛",
        "NICE CKS Giant cell arteritis: same-day assessment; nhs.uk GCA: urgent GP or 111",
        (("gca_sign", "age_50plus|headache"),),
    ),
    Discriminator(
        "giant_cell_arteritis_vision",
        "emergency",
        "Giant cell arteritis signs with a change in vision",
        "巨细胞动脉炎表现伴视力改变",
        "nhs.uk Giant cell arteritis: A&E / 999 with vision problems; NICE CKS: "
        "immediate referral with visual symptoms",
        (("gca_sign", "blurred vision|visual_disturbance|sudden_vision_loss"),),
    ),
    Discriminator(
        "vision",
        "urgent",
        "Sudden change in vision, or a painful red eye with blurred vision",
        "突发视力改变，或眼红眼痛伴视物模糊",
        f"{NHS}: sudden loss of sight; red eye; {MTS}: eye problems chart",
        (
            ("sudden_vision_loss",),
            ("blurred vision", "sudden"),
            ("new_floaters",),
            ("red_painful_eye", "blurred vision|visual_disturbance|photophobia"),
            # "眼睛红，看东西模糊，有点疼": red, painful and blurred, told in separate clauses (nhs.uk Red eye)
            ("red eye", "pain_word", "blurred vision|visual_disturbance|photophobia"),
            # round 8: a red eye in a contact lens wearer with pain, light sensitivity or blurred
            # sight (nhs.uk Red eye; College of Optometrists: contact lens keratitis)
            (
                "contact_lens",
                "red eye|eye_red_watery|red_painful_eye",
                "pain_word|photophobia|blurred vision|visual_disturbance",
            ),
        ),
    ),
    Discriminator(
        "renal_colic",
        "urgent",
        "Pain of the side or loin in waves or spreading to the groin (possible kidney stone)",
        "腰侧阵发性疼痛或放射至腹股沟（可能为肾结石）",
        "nhs.uk Kidney stones: pain in the side or back that can spread to the groin and comes and "
        "goes; ask for an urgent GP appointment or get help from NHS 111 for severe pain; "
        f"{MTS}: abdominal pain chart, 'pain radiating to the groin'",
        (
            ("renal_colic_pattern", "!injury", "!diarrhea"),
            ("flank_pain", "loin_colic", "!injury", "!diarrhea"),
        ),
    ),
    Discriminator(
        "dental_abscess",
        "urgent",
        "Toothache with the face, cheek or jaw swelling or pus (possible dental abscess)",
        "牙痛伴面颊或下颌肿胀或流脓（可能为牙脓肿）",
        "nhs.uk Dental abscess: see a dentist urgently (NHS 111 if you cannot reach one); go to A&E "
        "if the swelling spreads to the eye or neck or you struggle to breathe or swallow",
        # the face a bit swollen told alone with a toothache stays the dentist's (round 5a); with a
        # second sign of an abscess (a swollen gum, a bad taste, a throbbing pain) it is urgent
        (
            ("tooth_word", "dental_pus"),
            ("tooth_word", "dental_spread", "dental_sign", "!sc_teething"),
        ),
    ),
    Discriminator(
        "sunburn_warning",
        "urgent",
        "Sunburn with warning signs (wide blistering, a temperature or chills)",
        "晒伤伴警示表现（大片水泡、发热或发冷）",
        "nhs.uk Sunburn: urgent GP appointment or 111 for skin blistering or swelling badly, a high "
        "temperature or feeling hot and shivery, or a baby or young child with sunburn (heat stroke "
        "signs: 999 / A&E, the heat illness rules); a young child's sunburn stays routine here "
        "(test_r6_urgency's label), not self-care (_self_care)",
        (
            ("sc_sunburn", "sunburn_blisters_wide"),
            ("sc_sunburn", "fever"),
            ("sc_sunburn", "chills"),
        ),
    ),
    Discriminator(
        "fainting_palpitations",
        "urgent",
        "Fainting, or palpitations with risk features",
        "晕厥，或心悸伴危险因素",
        f"{NHS}: heart palpitations; {MTS}: 'history of unconsciousness'",
        # a single faint with an ordinary trigger (standing long, heat, standing up quickly) needs no
        # GP under 65 (nhs.uk Fainting); chest pain, palpitations or breathlessness with it still count
        (
            ("fainting", "!sc_postural", "!heat_exposure"),
            ("fainting", "age_65plus|chest pain|palpitations|shortness of breath|injury"),
            (
                "palpitations",
                "age_65plus|dizziness|shortness of breath",
                "!chronic",
                "!panic_over",
                "!anaemia_exertion",
            ),
            # a panic attack that has settled is a GP matter (nhs.uk Panic disorder; NICE CG113)
            ("palpitations", "fainting|chest pain"),
            # round 12: a sudden racing heart told in the opening alone waits for the answers (the
            # per-message screen is sticky); a pounding heart with the hot flushes of the menopause
            # is one of its symptoms (nhs.uk 'Menopause': heart palpitations, hot flushes - see a
            # GP; nhs.uk 'Heart palpitations': the menopause is a common cause); bouts that have
            # come and gone for over a month, with no faint, chest pain or breathlessness, are the
            # GP's (nhs.uk 'Heart palpitations': see a GP if you keep getting them)
            (
                "palpitations",
                "sudden",
                "!panic_settled",
                "!opening_only",
                "!menopause_flush",
                "!chronic",
            ),
        ),
    ),
    Discriminator(
        "fever_risk",
        "urgent",
        "Fever with risk features (long, very young or old, high-risk history)",
        "发热伴危险因素（持续久、年龄小或大、高危病史）",
        NICE_FEVER,
        # a sore throat with swollen neck glands and a temperature for up to 3 weeks is the course of
        # glandular fever (nhs.uk Glandular fever: see a GP for a high temperature, a very sore
        # throat and swollen glands in the neck; it gets better in 2 to 3 weeks): not urgent for
        # its length alone (5 and over)
        (
            ("fever", "fever_long", "!glandular_pattern", "!fever_gone"),
            # round 9: a fever that has gone ("烧退了", roseola) is no risk by the age alone
            ("fever", "age_extreme", "!fever_gone"),
            ("fever", "age_under_6m"),
            ("fever", "high_risk_history"),
        ),
    ),
    Discriminator(
        "abscess_fever",
        "urgent",
        "An abscess, boil or swollen lump by the anus with a temperature",
        "脓肿、疖子或肛周肿块伴发热",
        "nhs.uk Skin abscess: ask for an urgent GP appointment or get help from NHS 111 with a high "
        "temperature or feeling hot and shivery; NICE CKS: perianal abscess - same-day surgical "
        "referral",
        (("abscess_lump", "fever|mild fever"),),
    ),
    Discriminator(
        "confusion",
        "urgent",
        "Confusion",
        "意识模糊",
        f"{MTS}: 'altered conscious level'",
        (("confusion",),),
    ),
)


@dataclass(frozen=True)
class UrgencyResult:
    level: str  # "emergency" | "urgent" | "routine" | "self_care"
    codes: list[str]
    reasons_en: list[str]
    reasons_zh: list[str]


def features(messages: Sequence[str], facts: Mapping[str, str]) -> dict[str, str]:
    """Every feature the discriminators read, with the evidence for it."""
    present, absent = findings(messages)
    found: dict[str, str] = {name: name for name in present}
    urgent_findings = getattr(redflags, "urgent_findings", None)
    if urgent_findings is not None and "chest pain" not in found:
        if any(getattr(f, "code", None) == "chest_pain" for f in urgent_findings(list(messages))):
            found["chest pain"] = "chest pain"
    for text in messages:
        for concept, phrase in _MATCHER.affirmed(text).items():
            found.setdefault(concept, phrase)
        for condition in find_conditions(text):
            found.setdefault(condition, condition)
    told = getattr(redflags, "blood_told", None)
    if told is not None:
        # blood told after a cough or a poo, or alone in an answer about them ("coughing a lot,
        # blood in it", "diarrhoea" ... "some blood in it", "拉的里面有血"): as the plain phrasing
        blood = told(list(messages))
        if "haemoptysis_told" in blood:
            found.setdefault("haemoptysis", blood["haemoptysis_told"])
        if "stool_blood_told" in blood:
            found.setdefault("stool_blood", blood["stool_blood_told"])
    if "chest pain" in found and redflags.anxious_chest_only(messages):
        # chest tightness in months of anxiety, the heart checked normal, nothing else with it
        # (nhs.uk Generalised anxiety disorder: GP)
        del found["chest pain"]
    if "cough_soreness" in found and "chest pain" in found and not _CARDIAC_WORDS & set(found):
        # a chest sore from coughing is chest-wall strain, not chest pain (nhs.uk chest infection)
        del found["chest pain"]
    if "gout_pattern" not in found:
        # a known gout ("had gout before", "老毛病痛风"): the history scope would drop it
        for text in messages:
            m = _GOUT_KNOWN.search(text.lower())
            if m:
                found["gout_pattern"] = m.group(0)
                break
    if "postmenopausal" not in found:
        # a lasting state told as past ("went through the menopause 5 years ago"): the history
        # scope would put it in the past, so it is read here without it
        for text in messages:
            m = _POSTMENOPAUSAL.search(text.lower())
            if m:
                found["postmenopausal"] = m.group(0)
                break
    location = normalize(facts.get("location") or "")
    if (
        "pain_word" in found
        and "anal_pain" not in found
        and "sc_piles" not in found
        and {"rectal_bright", "stool_blood", "bleed_bottom", "constipation"} & set(found)
        and re.search(
            r"肛门|屁眼|屁股眼|(?<![a-z])(?:anus|back passage|bum ?hole)(?![a-z])", location
        )
    ):
        # round 12: the pain's place told in the answer to "where is it?" ("肛门口", "back
        # passage") with blood or a hard poo told elsewhere: the pain of a fissure or piles (nhs.uk
        # Anal fissure: see a GP), read as anal_pain in _severe_pain_counts; piles told keep
        # their own class (sc_piles)
        found["anal_pain"] = facts["location"]
    if (
        "pain_word" in found
        and "testicle_pain" not in found
        and re.search(r"睾丸|蛋蛋|阴囊|testic|scrot", location)
    ):
        # the site told in the answer to "where is it?" ("右边睾丸") with pain in another answer
        # (nhs.uk Testicle pain: sudden or very bad -> A&E)
        found["testicle_pain"] = facts["location"]
    joined = normalize(" ".join([*messages, facts.get("medications") or ""]))
    told = normalize(" ".join([joined, facts.get("history") or ""]))
    if (
        "diarrhea" in found
        and _TYPE2_TABLETS.search(told)
        and not _INSULIN_SGLT2.search(told)
        and "severe_pain" not in found
    ):
        # round 13: a type 2 diabetes on tablets with diarrhoea and vomiting (diabetic_emergency)
        found["t2_tummy_bug"] = _TYPE2_TABLETS.search(told).group(0)
    if _BLACK_STOOL.search(joined) and _IRON_TABLETS.search(joined) and not _TARRY.search(joined):
        # black poo while on iron tablets (nhs.uk Iron deficiency anaemia: a side effect)
        found.setdefault("sc_iron_stool", _BLACK_STOOL.search(joined).group(0))
        if not (_IRON_STOOL_WARNINGS & set(found)) and _BLACK_STOOL.search(
            normalize(found.get("vomit_blood", ""))
        ):
            # the black poo itself is then no sign of bleeding (black, sticky, tar-like poo, or
            # with tummy pain or dizziness, stays a bleed)
            del found["vomit_blood"]
            if "bleeding" in found and not re.search(r"blood|bleed|血", joined):
                del found["bleeding"]
    if (
        "pregnancy" in found
        and _FEET_SWOLLEN.search(joined)
        and not _PREGNANCY_SWELLING_WARNING.search(joined)
    ):
        # swollen feet or ankles in pregnancy without the pre-eclampsia or DVT signs
        found.setdefault("sc_pregnancy_oedema", _FEET_SWOLLEN.search(joined).group(0))
    if {"pregnancy", "pregnant_late"} & set(found):
        if "sc_heartburn" in found or ("reflux" in found and _HEARTBURN_BURN.search(joined)):
            found.setdefault("sc_pregnancy_heartburn", found.get("sc_heartburn") or found["reflux"])
        if "constipation" in found:
            found.setdefault("sc_pregnancy_constipation", found["constipation"])
    if "headache" in found and not _NOT_MILD_HEAD.search(joined):
        # round 13 (h12-zh-15): headaches coming and going over days ("最近老说头疼") read as the
        # mild head, as redflags.hypertensive_emergency reads them (nhs.uk 'High blood pressure':
        # 999 with a severe headache; the reading alone is same-day - very_high_bp)
        told = list(map(redflags._affirmed, messages))
        bad = any({"head_bad_rf", "severe_pain", "worst_pain"} & a.keys() for a in told)
        mild = next((a.get("mild_head_rf") or a["head_recurrent_rf"] for a in told
                     if "mild_head_rf" in a or ("head_recurrent_rf" in a and not bad)),
                    None)  # fmt: skip
        if mild is not None:
            found["mild_head_only"] = mild
    antibiotics = _ANTIBIOTICS.search(f"{joined} {normalize(facts.get('history') or '')}")
    if antibiotics:
        found["after_antibiotics"] = antibiotics.group(0)
    if "seizure" in found and _usual_seizure_over(joined, found):
        found["usual_seizure_over"] = found["seizure"]
    testicles = facts.get(TESTICLES, "")
    if testicles.startswith("yes") and "testicle_pain" not in found:
        # a yes to the testicle question asked of a boy with tummy pain (planner.needs_testicles;
        # NICE CKS Scrotal pain and swelling, nhs.uk Testicular torsion)
        found["testicle_pain"] = testicles
        found.setdefault("pain_word", testicles)
    if "palpitations" in found:
        flush = _HOT_FLUSH.search(joined)
        if flush and _MENOPAUSE_CONTEXT.search(joined):
            found["menopause_flush"] = flush.group(0)
    if (
        "sc_piles" not in found
        and {"rectal_bright", "minor_bleeding", "bleed_bottom"} & set(found)
        and _BUM_SITE.search(normalize(" ".join([facts.get("location") or "", *messages])))
    ):
        # round 12: a small lump told beside the blood or the itch ("bright red on the paper,
        # bit itchy n sore, tiny lump", "纸上有血，有个小肉球") with the bottom named in another
        # answer: piles (nhs.uk 'Piles': bright red blood after a poo, an itchy bottom, a lump
        # around the anus - a pharmacist); a lump in the tummy is no piles (nhs.uk 'Bleeding from
        # the bottom': see a GP)
        for text in map(normalize, messages):
            lump = _PILES_LUMP.search(text)
            if lump and _PILES_COMPANION.search(text) and not _TUMMY_SITE.search(text):
                found["sc_piles"] = lump.group(0)
                break
    if "dermatomal_blisters" in found and "sc_cold_sore" not in found:
        # round 12: blisters whose place is told apart ("small cluster of blisters" ... "left side
        # of my top lip", "一簇小水泡" ... "上嘴唇"): a cluster on the lip is a cold sore (nhs.uk
        # 'Cold sores': small blisters on the lips or around the mouth - a pharmacist), not the
        # band of shingles; near the eye or on the forehead stays shingles_eye's
        site = normalize(" ".join([facts.get("location") or "", *messages]))
        lip = _LIP_SITE.search(site)
        if lip and not _NOT_LIP_SITE.search(site):
            found["sc_cold_sore"] = lip.group(0)
    if "panic_settled" in found and (
        {"settled_now", "quick_recovery", "episode_bounded"} & set(found)
    ):
        found["panic_over"] = found["panic_settled"]
    throat = "sore throat" in found or (
        "pain_word" in found and re.search(r"throat|嗓子|喉咙|咽", " ".join(messages))
    )
    if throat and (age_years(facts.get("age")) or 99) >= 5:
        days_ill = duration_days(facts.get("onset_duration"))
        glands = next((m for m in map(_SWOLLEN_NECK_GLANDS.search, messages) if m), None)
        if glands and (days_ill is None or days_ill <= 21):
            found["glandular_pattern"] = glands.group(0)
    if "chest_wall" in found and "costochondral" not in found:
        site = next((m for m in map(_COSTOCHONDRAL_SITE.search, messages) if m), None)
        if site:
            found["costochondral"] = site.group(0)
    _breast_not_inflamed(found)
    _colic(found, messages, facts)
    if (
        "abdo_to_back" in found
        and {"rash", "itching", "blisters", "chickenpox", "sc_skin"} & set(found)
        and not {"abdominal pain", "back pain", "pain_word", "epigastric", "loin_colic"}
        & set(found)
    ):
        # where a rash is ("先是肚子和后背", "spots on her tummy and her back"), no pain going
        # through to the back (nhs.uk Acute pancreatitis / AAA read a pain): a rash after a fever
        # is roseola's (nhs.uk Roseola: look after your child at home) - round 10
        del found["abdo_to_back"]
    if len(messages) == 1 and not absent:
        # the opening message only, nothing asked and no warning sign denied yet: a discriminator
        # that needs a detail the opening lacks waits for the answer (the per-message screen is
        # sticky). An opening that already denies warning signs ("no vomiting") is the patient's
        # own account of them and is read as told.
        found["opening_only"] = messages[0][:60]
    severity_word = facts.get("severity") or ""
    if severity_word and "itching" in found:
        itch = next((m for m in map(_ITCH_SEVERE.search, map(normalize, messages)) if m), None)
        if itch and normalize(severity_word) in itch.group(0):
            found["itch_severity"] = itch.group(0)
    _hearing_wax(found, messages, facts)
    _hearing_sudden(found, facts)
    _parents_condition(found, messages, facts)
    _others_infection(found, messages)
    _lesion_shape(found, messages)
    _asthma_tightness(found, messages)
    _memory_decline(found, messages)
    _well_after_denials(found, messages)
    _head_bump_denied(found, absent, facts, messages)
    _skin_heat_not_fever(found, messages)
    _fever_unknown(found, messages, facts)
    _joint_heat_not_fever(found, messages)
    _lesion_heat_not_fever(found, messages)
    _period_flow_normal(found, messages)
    _shared_infection(found, messages)
    age = age_years(facts.get("age"))
    days = duration_days(facts.get("onset_duration"))
    if (
        {"fever_gone", "rash"} <= set(found)
        and age is not None
        and 0.5 <= age < 5
        and (days is None or days <= 5)
        and not {"fever_long", "high_risk_history", "drowsy", "floppy"} & set(found)
    ):
        found["sc_roseola"] = found["fever_gone"]
    if {"stool_blood", "rectal_bright"} & set(found) and (age or 0) >= 60:
        change = _BOWEL_CHANGE.search(joined)
        if change:
            found["bowel_cancer_signs"] = change.group(0)
    if "sc_skin" in found and age is not None and age < 1:
        eczema = _INFANT_ECZEMA.search(joined)
        if eczema:
            found["infant_eczema"] = eczema.group(0)
    if "sc_msk" in found and not {"numbness", "cannot_walk", "fever"} & set(found):
        strain = _BACK_STRAIN.search(joined)
        if strain:
            found["back_strain"] = strain.group(0)
    if (
        "anaemia_pattern" in found
        and "exertional_breath" in found
        and not {"at_rest", "sudden", "chest pain", "fainting"} & set(found)
    ):
        # a pounding heart on the stairs is one of anaemia's own signs (nhs.uk Iron deficiency
        # anaemia: tiredness, shortness of breath, heart palpitations - see a GP); one at rest,
        # sudden, with chest pain or a faint stays urgent - round 10
        found["anaemia_exertion"] = found["anaemia_pattern"]
    thyroid = [k for k in ("thyroid_cold", "thyroid_weight", "thyroid_hair") if k in found]
    if len(thyroid) >= 2:
        # always cold with weight gain or thinning hair: an underactive thyroid for a GP's blood
        # test (nhs.uk Underactive thyroid) - round 7t
        found["thyroid_pattern"] = ", ".join(found[k] for k in thyroid)
    if "sc_postural" in found and {"med_change", "most_days"} & set(found):
        # dizzy on standing most days, or since a medicine was raised: a GP's review (nhs.uk Low
        # blood pressure) - round 7t
        found["postural_recurrent"] = found.get("med_change") or found["most_days"]
    if "heat_exposure" in found and {"quick_recovery", "settled_now"} & set(found):
        # dizzy and sweaty in the heat, cooled and back to normal (round 7t)
        found.setdefault("sc_heat_recovered", found["heat_exposure"])
    if "hay_fever_trigger" in found and {"sneezing", "itching", "red eye", "runny nose"} & set(
        found
    ):
        found.setdefault("sc_hay_fever", found["hay_fever_trigger"])
    if "sc_female" not in found and "uti_told" in found:
        # a woman who knows her cystitis ("cystitis again") and says she is not pregnant at the
        # end of a list of denials ("no fever, no blood, definitely not pregnant"): the list's
        # negation would drop it (nhs.uk Cystitis: a pharmacist can help) - round 8
        told = _NOT_PREGNANT.search(joined)
        if told:
            found["sc_female"] = told.group(0)
    if facts.get("onset") == "sudden":
        found["sudden"] = "sudden"
    days = duration_days(facts.get("onset_duration"))
    if days is not None and days > 3:
        found["fever_long"] = facts["onset_duration"]
    if (days is not None and days > 28) or "persistent" in found:
        found["chronic"] = facts.get("onset_duration") or found.get("persistent", "")
    if (days is not None and days >= 7) or "chronic" in found:
        # round 11 (r11u-en-18): a week or more (the chest-wall pain's course, nhs.uk
        # 'Costochondritis': see a GP)
        found["week_plus"] = facts.get("onset_duration") or found.get("chronic", "")
    if (
        "chronic" in found
        and not {"fever", "pregnancy", "pregnant_late"} & set(found)
        and any(_PERIOD_WORD.search(normalize(m)) for m in messages)
    ):
        # period pain over months or years, however bad on the day (nhs.uk Period pain: see a GP
        # for severe period pain or pain that has got worse; nhs.uk Endometriosis: a GP) - round 8
        found["period_pain_long"] = found["chronic"]
    if (
        "chronic" in found
        and "exertional_breath" in found
        and not {"at_rest", "sudden"} & set(found)
    ):
        found["exertion_chronic"] = found["exertional_breath"]
    if (
        "asthma_control" in found
        and "exertional_breath" in found
        and not {"at_rest", "sudden", "worse"} & set(found)
    ):
        # round 13 (h12b-en-19): wheezy after running in an asthma told by how often a week the
        # reliever is needed is the pattern a review looks at (nhs.uk Asthma: a GP or asthma nurse
        # for a reliever used 3 or more times a week), not a breathless spell now
        found["asthma_exertion"] = found["asthma_control"]
    severity = severity_score(facts.get("severity"))
    if (
        severity is not None
        and severity >= SEVERE_PAIN
        and _severe_pain_counts(
            found, severity_is_numeric(facts.get("severity")), facts.get("severity") or ""
        )
    ):
        found["severe_pain"] = facts["severity"]
    if severity is not None and severity >= SEVERE_PAIN and "headache" in present:
        found["severe_headache"] = facts["severity"]
    age = age_years(facts.get("age"))
    if age is not None and age < 4 / 52:
        # under 4 weeks old: a newborn by age as well as by word (nhs.uk: see a GP urgently for a
        # newborn's sticky eye or jaundice; NICE NG143 - young infants are higher risk)
        found.setdefault("newborn", facts["age"])
    if age is not None and (age >= 65 or age < 1):
        found["age_extreme"] = facts["age"]
    if age is not None and age >= 65:
        found["age_65plus"] = facts["age"]
    if age is not None and age >= 50:
        found["age_50plus"] = facts["age"]
    if age is not None and age < 5:
        found["age_under5"] = facts["age"]
    if age is not None and age < 0.5:
        found["age_under_6m"] = facts["age"]
    if age is not None and age >= 16 and "chickenpox" in found:
        # round 12 (h11b-zh-01): chickenpox (or shingles) in an adult (nhs.uk Chickenpox: ask for
        # an urgent GP appointment if you're an adult and have chickenpox - antivirals within 24
        # hours of the spots; nhs.uk Shingles: urgent GP or 111)
        found["adult_chickenpox"] = found["chickenpox"]
    if age is not None and age >= 55:
        found["age_55plus"] = facts["age"]
    if "abdominal pain" in found and young_male(messages, age):
        # a boy or young man with tummy pain: the torsion told as tummy pain (torsion_tummy)
        found["young_male"] = facts.get("age") or "boy"
    if "fast_pulse" in found and age is not None and age < 12:
        # a child's resting heart runs faster (the 120 of nhs.uk Atrial fibrillation is an adult's)
        del found["fast_pulse"]
    risky = [h for h in HIGH_RISK_HISTORY if h in found or h in (facts.get("history") or "")]
    if risky:
        found["high_risk_history"] = ", ".join(risky)
    companions = facts.get(CHEST_COMPANIONS, "")
    if companions and not companions.startswith(NONE) and _companion_present(companions):
        found["companions_yes"] = companions
    if "shortness of breath" in found:
        _drop_nose_only_breath(found, messages)
    if "jaundice" in found:
        _complexion_not_jaundice(found, messages, age)
    if "floppy" in found:
        _adult_weakness_not_floppy(found, messages, age)
    eased = next((m for m in map(_SCORE_EASED.search, map(normalize, messages)) if m), None)
    if eased:
        before, now = (min(zh_int(g), 10) for g in (eased[1] or eased[3], eased[2] or eased[4]))
        if now < before:
            # a score told as eased ("was 6/10, now about 2/10", "刚才6分，现在2分"): the score now
            found["severity_now"] = f"{now}/10"
    if "sc_extra_dose" in found and (
        (age is not None and age < 16)
        or "baby_word" in found
        or any(_OVER_DAILY_TABLETS.search(normalize(m)) for m in messages)
    ):
        del found["sc_extra_dose"]  # a child's, or more than 8 tablets in the day (see the concept)
    if "sweating" in found:
        sweat = next((m for m in map(_PAIN_SWEAT.search, map(normalize, messages)) if m), None)
        if sweat:
            found["pain_sweat"] = sweat.group(0)
    return found


# round 10: "脸色发黄", "脸色有点黄", "面色萎黄", "脸色蜡黄" (a sallow complexion; "looking sallow",
# "pasty" in English) is how Chinese speakers describe the washed-out look of anaemia or tiredness:
# nhs.uk Vitamin B12 or folate deficiency anaemia lists "a pale yellow tinge to your skin" and nhs.uk
# Iron deficiency anaemia "pale skin" - both a GP's blood test. Jaundice is the whites of the eyes or
# the skin of the body turning yellow, dark pee or pale poo (nhs.uk Jaundice: urgent GP or 111); told
# of a baby, a yellow face is newborn jaundice and stays (nhs.uk Newborn jaundice).
_COMPLEXION_YELLOW = re.compile(
    r"(?:脸色|面色|气色|肤色)(?:也|都|还|有点儿?|有些|比较|很|特别|一直|总是|老是|看着|看起来|显得|发)*"
    r"(?:发黄|黄黄的?|蜡黄|萎黄|黄)(?!疸)|面黄肌瘦|蜡黄|萎黄"
    r"|(?<![a-z])(?:sallow|pasty|washed[- ]out)(?![a-z])"
)
_LIVER_SIGNS = re.compile(
    r"尿(?:很|特别|也|都|的颜色|颜色)?(?:发黄|黄|深|像浓茶|浓茶色|茶色|酱油色)|浓茶色|酱油色"
    r"|(?:大便|便便|屎)(?:是|变|变成|发)?(?:白|灰白|陶土)"
    r"|(?<![a-z])(?:dark|brown|tea[- ]coloured|tea[- ]colored) (?:pee|urine|wee)|pale (?:poo|stools?)"
)


def _complexion_not_jaundice(
    found: dict[str, str], messages: Sequence[str], age: float | None
) -> None:
    """Drop a jaundice that is only a sallow complexion told of someone past babyhood."""
    if (age is None and "baby_word" in found) or (age is not None and age < 1):
        return
    if "pale_stool" in found or any(_LIVER_SIGNS.search(normalize(m)) for m in messages):
        return
    if not any(_COMPLEXION_YELLOW.search(normalize(m)) for m in messages):
        return
    rest = [_COMPLEXION_YELLOW.sub("，", normalize(m)) for m in messages]
    if not any("jaundice" in _MATCHER.affirmed(m) for m in rest):
        del found["jaundice"]


# round 13 (r13t-en-23): a score told before and after ("was 6/10, now about 2/10", "刚才6分，现在
# 2分"); read only where getting better is the class's own test (sc_heat_recovered)
_SCORE_EASED = re.compile(
    r"(?<![a-z])(?:was|were|had been|started (?:at|as|off at)|it was)(?: about| around| like| a)? (10|[0-9])(?: ?/ ?10| out of 10)?[^.;!?]{0,15}?"
    r"(?:now|currently|down to)(?: it'?s| about| around| more like| only| just| a)* (10|[0-9])(?: ?/ ?10| out of 10)?(?![0-9])"
    r"|(?:刚才|之前|开始|一开始|刚开始|本来|原来)(?:是|有|大概)?(10|[0-9]|十|[一二三四五六七八九])分[^。！？]{0,8}?"
    r"(?:现在|目前|这会儿)(?:只有|就|才|大概|差不多|也就|只)?(?:是|有)?(10|[0-9]|十|[一二三四五六七八九])分"
)


# a day's total told over the 8 tablets of nhs.uk 'Paracetamol for adults' ("一共吃了10片",
# "12 tablets in total", "吃了十几片")
_OVER_DAILY_TABLETS = re.compile(
    r"(?:一共|总共|加起来|共)(?:吃|服)?了?(?:[9]|[1-9]\d|九|十[一二三四五六七八九]?|[二两三四五]十|十几|好几十|几十)(?:多)?(?:片|粒|颗)"
    r"|(?:吃|服)了?(?:十几|二十|几十|好几十)(?:多)?(?:片|粒|颗)"
    r"|(?<![0-9])(?:9|[1-9]\d|nine|ten|eleven|twelve|fifteen|twenty)(?: or so)? (?:tablets|pills|caplets)(?: [a-z]+){0,3} (?:in total|altogether|in (?:24 hours|a day|the day|one day))"
    r"|(?:in total|altogether|total of) (?:about |around )?(?:9|[1-9]\d|nine|ten|eleven|twelve|fifteen|twenty)(?![0-9])"
)


# round 13 (r13t-zh-24): "人软绵绵的", "浑身发软", "feel all floppy and lethargic" told by an adult
# (an age of 16 or over, or a pregnancy told with no baby or child named) is weakness, how nhs.uk
# 'Severe vomiting in pregnancy' / 'Dehydration' describe being drained (speak to a midwife or GP
# urgently, 111), not the floppy, listless child of the MTS and NICE NG143 red features (999). Hard
# to wake, not responding, drowsy or confused stay the emergency of their own words.
_SOFT_BODY = re.compile(
    r"软绵绵(?:的)?|软软的|软塌塌(?:的)?|软趴趴(?:的)?|(?:浑身|全身)(?:发)?软"
    r"|(?<![a-z])(?:all |very |really |so )?(?:floppy|lethargic|listless)(?![a-z])"
)
_CHILD_TOLD = re.compile(
    r"宝宝|孩子|小孩|婴儿|儿子|女儿|闺女|娃|(?<![a-z])(?:baby|child|kid|toddler|son|daughter|infant|newborn)(?![a-z])"
)


def _adult_weakness_not_floppy(
    found: dict[str, str], messages: Sequence[str], age: float | None
) -> None:
    """Drop a floppy that is only an adult's soft, drained body (see _SOFT_BODY)."""
    texts = [normalize(m) for m in messages]
    if age is not None:
        if age < 16:
            return
    elif "pregnancy" not in found or any(_CHILD_TOLD.search(t) for t in texts):
        return
    if {"drowsy", "confusion"} & set(found):
        return
    rest = [_SOFT_BODY.sub("，", t) for t in texts]
    if not any("floppy" in _MATCHER.affirmed(t) for t in rest):
        del found["floppy"]


# the birth named as a "recent operation" ("产后", "gave birth", "c-section")
_BIRTH_WORD = re.compile(r"产|生完|分娩|月子|birth|baby|section|caesarean|cesarean")
# nhs.uk Colic: a baby crying a lot, often in the late afternoon or evening, for hours, hard to
# soothe, clenched fists or legs drawn up, in an otherwise well baby; usually stops by 6 months
_COLIC_CRY = re.compile(
    r"肠绞痛|肠痉挛|哭(?:闹)?(?:起来)?(?:就|一)?(?:是)?(?:好几|两三|三四|一两|几|[一二两三四\d])个?多?(?:小时|钟头)"
    r"|(?:怎么)?哄(?:都|也)?哄不好|怎么哄都(?:不行|没用|不管用)|(?:腿|脚)(?:往上)?(?:蹬|缩)|蹬(?:着)?腿|(?:傍晚|晚上|每天)[^。]{0,6}(?:哭|闹)"
    r"|(?<![a-z])(?:colic|colicky|(?:cries|crying|screams|screaming) (?:for|non-stop for) (?:hours|\d+ hours|two hours|three hours)"
    r"|(?:draws|pulls|bringing|brings|pulling|drawing) (?:his|her|their) (?:legs|knees) up|can'?t (?:settle|soothe|calm) (?:him|her)"
    r"|every (?:evening|night) (?:he|she) (?:cries|screams))"
)
# well between the bouts: feeding, growing, settled in the day (nhs.uk Colic: see a GP if the
# baby is not feeding, has a fever, vomits, has blood in the poo or you are worried)
_COLIC_WELL = re.compile(
    r"哭完(?:就|了就)?(?:好|正常|没事)|白天(?:挺|很|都|还|也)?(?:正常|好|乖)|长了[\d一二两三四半]+(?:斤|公斤|克)|体重(?:长|增|涨)"
    r"|(?<![a-z])(?:fine in between|fine (?:the rest of|during) the day|settled (?:the rest of|during) the day|feeding (?:well|fine|normally)|"
    r"(?:putting on|gaining|gained|put on) weight)"
)


def _breast_not_inflamed(found: dict[str, str]) -> None:
    """A sore breast or a lump while breastfeeding, no temperature or chills and not red and hot:
    nhs.uk Mastitis - keep breastfeeding, rest, fluids, painkillers, a pharmacist can help; a
    GP if not better within 24 hours or feeling unwell or feverish (the mastitis rule) - round 10."""
    if "breast_pain" not in found:
        return
    birth = "breastfeeding" in found or bool(_BIRTH_WORD.search(found.get("travel_or_surgery", "")))
    flu = {"fever", "mild fever", "chills", "body aches", "breast_inflamed"} & set(found)
    if birth and not flu:
        found["sc_mastitis"] = found["breast_pain"]


def _colic(found: dict[str, str], messages: Sequence[str], facts: Mapping[str, str]) -> None:
    """A baby under 6 months (past the first 4 weeks) who cries for hours, often every evening,
    and is well between bouts - feeding, growing, no fever: nhs.uk Colic (round 10)."""
    age = age_years(facts.get("age"))
    if age is None or not 4 / 52 <= age < 0.5:
        return
    joined = " ".join(normalize(m) for m in messages)
    cry = _COLIC_CRY.search(joined)
    if cry and (_COLIC_WELL.search(joined) or "well_signs" in found):
        found["sc_colic"] = cry.group(0)


def _drop_nose_only_breath(found: dict[str, str], messages: Sequence[str]) -> None:
    """ "Can't breathe" that a blocked nose told with it explains ("nose totally blocked, I
    literally can't breathe", 鼻子堵死了 喘不过气) is no breathlessness (nhs.uk Common cold /
    Sinusitis: a blocked nose, self-care), as redflags reads it; a breath sign past the nose told
    anywhere else still counts."""
    rest = [text for text in messages if not redflags.breath_only_nose(text)]
    if len(rest) == len(messages):
        return
    present, _ = findings(rest)
    if "shortness of breath" not in present and not any(
        "shortness of breath" in _MATCHER.affirmed(text) for text in rest
    ):
        del found["shortness of breath"]


# The severity told of an itch, not a pain: "痒得受不了", "痒死了", "itching like mad", "so itchy
# I can't stand it" (nhs.uk Athlete's foot, Threadworms, Piles: itchy, a pharmacist can help)
_ITCH_SEVERE = re.compile(
    r"(?:itch(?:y|ing|es)?|itchiness)[a-z ,']{0,12}(?:unbearabl[ey]|like mad|like crazy|so bad|really bad|terribl[ey]|awful|driving me (?:mad|crazy|nuts)|"
    r"can'?t stand it|killing me|intense|severe)|(?:unbearabl[ey]|terribl[ey]|incredibly|insanely|unbelievably|really|so|very|severely) itchy"
    r"|痒(?:得|的)?[^，,。；;！!？?\s]{0,2}(?:受不了|要命|不行|厉害|难受|要死|睡不着|睡不好|钻心)|痒死了?|奇痒(?:难忍|无比)?|钻心(?:的)?痒"
)


# A parent's or sibling's own condition told of a child patient ("爸爸有过敏性鼻炎" in answer to the
# baby's history, "her dad has hay fever"): the family's atopy is a risk the GP weighs (nhs.uk
# Atopic eczema: it often runs in families), not the child's hay fever.
_PARENT_HAS = re.compile(
    r"(?:^|[\s，,。；;])(?:(?:他|她|孩子|宝宝|宝贝|娃)的?)?(?:爸爸|妈妈|爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥哥|姐姐)"
    r"(?:也|一直|从小|以前)?(?:有|得过|有过|患有|是)[^，,。；;\s]{0,4}$"
    r"|(?<![a-z])(?:his|her|their|my|our|the baby'?s) (?:dad|daddy|mum|mom|mummy|mommy|father|mother|parents?|husband|wife|partner|brother|sister)"
    r" (?:also |has always |always )?(?:has|had|have|gets|get|suffers from|has got)(?: a| bad| really bad)? ?$"
)


def _parents_condition(
    found: dict[str, str], messages: Sequence[str], facts: Mapping[str, str]
) -> None:
    """Drop a concept of a child patient's story whose every mention is a parent's own condition."""
    age = age_years(facts.get("age"))
    if not ("baby_word" in found or (age is not None and age < 16)):
        return
    for key, phrase in list(found.items()):
        if key not in _CONCEPT_NAMES or not phrase:
            continue
        mentions = [
            (low, at)
            for low in map(normalize, messages)
            for at in [m.start() for m in re.finditer(re.escape(normalize(phrase)), low)]
        ]
        if mentions and all(_PARENT_HAS.search(low[max(0, at - 30) : at]) for low, at in mentions):
            del found[key]


# An infection someone outside the family has, told as the worry behind the writer's own mild
# symptoms ("guy at work got pneumonia, could i have it?", "同事得了肺炎，我会不会也是"; a relative
# may be the patient the writer reports on, so relatives are left alone): it is no infection of the
# writer's (nhs.uk Common cold: self-care; Pneumonia: a GP for a cough with breathing difficulty,
# a high temperature or chest pain - told as the writer's own symptoms, which stay warnings).
_OTHER_PERSON_ILL = re.compile(
    r"(?:(?<![a-z])(?:guy|man|woman|lady|girl|boy|bloke|someone|somebody|people|person|friend|mate|colleague|coworker|co-worker|"
    r"boss|teacher|classmate|flatmate|housemate|roommate|neighbou?r)(?:'s)?(?: [a-z]+){0,4} "
    r"(?:got|has|had|'s got|s got|has got|was diagnosed with|got diagnosed with|caught|went down with|is off with|was off with|is in hospital with|"
    r"was in hospital with|ended up with|came down with|with)(?: a| an| the)? ?$)"
    r"|(?:同事|朋友|同学|室友|邻居|别人|有人)[^，,。；;！!？?]{0,6}"
    r"(?:得了|得|有|确诊(?:了)?|感染了?|查出(?:了)?|住院了?[^，,。]{0,2})$"
)


# An infection asked about or feared, not told ("会不会是肺炎啊？", "是不是尿路感染", "could it be
# pneumonia?", "worried it's a chest infection"): the writer's worry, not a diagnosis; their own
# breathlessness, fever, confusion or mottled skin stay warnings on their own (nhs.uk Pneumonia).
_INFECTION_WORRY = re.compile(
    r"(?:could (?:it|this|that) be|might (?:it|this) be|is (?:it|this|that)|worried (?:it'?s|that it'?s|about|i have|i'?ve got)|scared (?:it'?s|of|i have)|afraid (?:it'?s|of)|"
    r"in case it'?s|wonder(?:ing)? if (?:it'?s|i have|i'?ve got)|do i have|have i got|"
    r"(?:worried|scared|afraid|wonder(?:ing)? if) (?:it'?ll|it will|it might|it could|it may) (?:turn|develop|go) ?(?:in)?to)(?: a| an| the)? ?$"
    r"|(?:会不会|是不是|会是|怕是|担心(?:是|得了)?|害怕(?:是|得了)?|怀疑(?:是|得了)?|不会是)(?:得了)?(?:会|要)?(?:变成|转成|发展成|拖成|引起)?$"
)
_INFECTION_WARNINGS = frozenset({"confusion", "blotchy_skin", "shortness of breath", "fever"})


# A cold or a flu the writer only guesses at ("是不是一起感冒了", "可能是感冒", "maybe a cold?",
# "is it a bug going round?") tells no infection: carbon monoxide feels flu-like without a high
# temperature (nhs.uk Carbon monoxide poisoning), so only a told fever, a cold or flu told as a
# fact, or a cold's own signs (runny nose, sore throat) or diarrhoea (not CO symptoms) make a
# household's headache a shared infection.
_COLD_GUESS_BEFORE = re.compile(
    r"(?:是不是|会不会|可能|难道|估计|大概|也许|怕是|是否|莫非|还是)[^，。,？?]{0,6}$"
    r"|(?<![a-z])(?:maybe|perhaps|probably|possibly|could (?:it|this|that) be|is (?:it|this|that)|might be|"
    r"wonder(?:ing)? if|i (?:think|guess|suppose)|or)(?: [a-z']+){0,4} ?$"
)
_COLD_GUESS_AFTER = re.compile(r"^(?:了)?(?:吗|吧|么|嘛|\?|？)|^[a-z ']{0,20}\?")
_SHARED_INFECTION_SIGNS = frozenset({"fever", "runny nose", "sore throat", "diarrhea", "sneezing"})


# Sunburnt or burnt skin that feels hot ("疼 摸着烫", "hot to the touch") is the burn's own heat,
# not a fever (nhs.uk Sunburn: the skin feels hot and sore; a high temperature is a warning sign
# of its own - told as a temperature, "发烧" or a number, it still counts).
_SKIN_HEAT = re.compile(r"摸|烫|touch|hot|warm")


# round 9w: a tight chest told by someone with asthma is the asthma's own (nhs.uk Asthma: a tight
# chest, wheezing, breathlessness; urgent GP or 111 when the reliever is needed more often, 999
# when it does not help or they cannot speak): no cardiac chest pain unless pain or a cardiac
# feature is told too
_TIGHT_CHEST = re.compile(
    r"(?:chest|chests?) (?:is |feels? |feeling |gets? |getting |went )?(?:a bit |really |very |so )?tight|tight(?:ness)? (?:in|across) (?:my |the )?chest|tight chest"
    r"|胸(?:口|部)?(?:有点|有些|很|特别)?(?:发紧|紧|闷|憋闷|憋)"
)
_CHEST_PAIN_TOLD = re.compile(
    r"chest (?:pain|hurts|is (?:sore|painful|aching))|pain (?:in|across) (?:my |the )?chest|crush|squeez|elephant|胸(?:口|部)?(?:[^，。,]{0,3})(?:疼|痛)|压榨|压着|石头压"
)


def _asthma_tightness(found: dict[str, str], messages: Sequence[str]) -> None:
    """Drop chest pain read from an asthma's tight chest alone."""
    if "asthma" not in found or not {"chest pain", "crushing_chest"} & set(found):
        return
    if {"jaw_arm_pain", "radiating pain", "sweating", "fainting"} & set(found):
        return
    texts = [normalize(m) for m in messages]
    if not any(_TIGHT_CHEST.search(t) for t in texts):
        return
    if any(_CHEST_PAIN_TOLD.search(t) for t in texts):
        return
    found.pop("chest pain", None)
    found.pop("crushing_chest", None)


# round 9w: memory failing over months ("记性越来越差，转头就忘", "more and more forgetful over the
# past year") is for a GP (nhs.uk Dementia: see a GP if you are worried about someone's memory);
# confusion that came on suddenly, today, or with drowsiness stays (nhs.uk Confusion / Low blood
# sugar: 999)
_MEMORY_DECLINE = re.compile(
    r"记性(?:越来越|变得?|有点|很)?差|记忆力?(?:越来越|变得?|有点|很)?(?:差|下降|减退)|(?:转头|转身|扭头|刚说完?|说完)[^，。]{0,4}就忘|老(?:是)?忘(?:事|东西)|忘(?:了)?关(?:火|煤气|门)|老年痴呆|老糊涂"
    r"|memory(?: is| has been|'s| has)? (?:getting |got |been getting |gone )?(?:worse|bad|poor|going)|(?:more and more|increasingly|getting|more) forgetful|keeps? forgetting|forgetting things|repeat(?:s|ing)? (?:herself|himself|the same questions?)|dementia|senile"
)
_GRADUAL_WORDS = re.compile(
    r"越来越|慢慢|渐渐|逐渐|(?:几|好几|[\d一二三四五六七八九十两]+)个月|半年|一年|大半年|这几年|近几年"
    r"|gradual|getting worse|more and more|increasingly|over (?:the )?(?:past |last )?(?:few |several |many |\d+ )?(?:months|years?)|for (?:months|a year|years)"
)
_ACUTE_CONFUSION = re.compile(
    r"突然|一下子|今天|今早|刚才|昨天开始|叫不醒|说胡话|认不出人|嗜睡"
    r"|sudden|today|this morning|overnight|since yesterday|last night|drowsy|can'?t wake|hard to wake|hallucinat"
)


def _memory_decline(found: dict[str, str], messages: Sequence[str]) -> None:
    """Drop confusion told as a memory failing gradually, with nothing acute."""
    if "confusion" not in found:
        return
    joined = normalize(" ".join(messages))
    if not (_MEMORY_DECLINE.search(joined) and _GRADUAL_WORDS.search(joined)):
        return
    if _ACUTE_CONFUSION.search(joined.replace("不是突然", "").replace("not sudden", "")):
        return
    del found["confusion"]


# round 9w: "no vomiting, not drowsy, playing and chatting normal": a well sign told after a list
# of denials is the patient's own, not denied (nhs.uk Head injury and concussion: a child acting
# normally after a bump is looked after at home)
_NEGATOR = re.compile(r"\b(?:no|not|never|isn'?t|wasn'?t|hasn'?t|doesn'?t|nor)\b|没|不|无")
_WELL_PATTERNS = [
    re.compile(p) for c in CONCEPTS if c.name == "head_bump_well" for p in (*c.en, *c.zh)
]


def _well_after_denials(found: dict[str, str], messages: Sequence[str]) -> None:
    """Read head_bump_well in a clause of its own that has no negator of its own."""
    if "head_injury" not in found or "head_bump_well" in found:
        return
    for text in messages:
        for clause in re.split(r"[,，;；。.!！?？]", normalize(text)):
            for pattern in _WELL_PATTERNS:
                m = pattern.search(clause)
                if m and not _NEGATOR.search(clause[: m.start()]):
                    found["head_bump_well"] = m.group(0)
                    return


# round 10: the head-injury warning signs nhs.uk sends to A&E, as the patient denies them
_HEAD_WARNINGS = frozenset({"vomiting", "fainting", "confusion", "seizure", "blurred vision"})
# a child, an elder or another person the story is about (their age is theirs to tell)
_SOMEONE_ELSE = re.compile(
    r"(?<![a-z])(?:my|our|his|her) (?:son|daughter|child|kid|kids|boy|girl|baby|toddler|little one|lad|mum|mom|mother|dad|father|nan|nana|gran|grandma|grandmother|grandad|grandpa|grandfather|husband|wife|partner|brother|sister|friend)(?![a-z])|(?<![a-z])(?:he|she|he'?s|she'?s|him|her)(?![a-z])"
    r"|孩子|儿子|女儿|闺女|宝宝|小孩|娃|老人|爸|妈|奶奶|爷爷|姥姥|姥爷|外婆|外公|老公|老婆|丈夫|妻子|媳妇|哥|姐|弟|妹|朋友|同事|他|她"
)


def _head_bump_denied(
    found: dict[str, str],
    absent: Sequence[str],
    facts: Mapping[str, str],
    messages: Sequence[str],
) -> None:
    """An adult's knock to the head told with two or more of its warning signs denied ("no
    sickness, no blackout, no confusion", "没吐，也没晕过去，不糊涂") and none told: the minor
    bump nhs.uk Head injury and concussion looks after at home (rest, ice, paracetamol; A&E if
    knocked out, being sick, confused, a seizure, a change in vision, or on blood thinners - the
    emergency discriminators keep those). A child's bump still needs the behaviour told
    (head_bump_well: playing, acting normally); 65 and over stays urgent (age_extreme)."""
    if "head_injury" not in found or "head_bump_well" in found:
        return
    age = age_years(facts.get("age"))
    if age is None:
        # no age told: the writer's own knock ("whacked my head"), no one else named in it
        if _SOMEONE_ELSE.search(normalize(" ".join(messages))):
            return
    elif not 16 <= age < 65:
        return
    denied = [name for name in absent if name in _HEAD_WARNINGS]
    if len(denied) >= 2 and not _HEAD_WARNINGS & set(found):
        found["head_bump_well"] = "denies " + ", ".join(denied)


# round 12 (h11-zh-19): a red, swollen joint that feels hot ("关节红肿发热", "脚趾摸着烫", "my big
# toe is red and hot to the touch") is the joint's own heat, not a fever (nhs.uk Gout: the skin
# over the joint is hot and red - a GP; an urgent GP or 111 only with a very high temperature or
# hot and shivery, hot_joint_fever). The heat must be told of the joint or skin itself; a fever
# told otherwise ("发烧", "temperature", a number, "he's hot to the touch") still counts.
_JOINT_HEAT = re.compile(
    r"红肿(?:发热|热痛|发烫)|(?:摸着|摸上去|摸起来)(?:有点|有些|很|也|都|特别)?(?:发热|热乎乎|热|发烫|烫)"
    r"|(?:关节|脚趾|趾头|脚指头|膝盖|手指|脚踝|手腕|脚背|皮肤)(?:又|也|还)?(?:红|肿|红肿)?(?:又|也|还)?(?:发热|发烫|烫)"
    r"|(?<![a-z])(?:joints?|toes?|knees?|ankles?|wrists?|fingers?|knuckles?|skin)(?:'s| is| are| feels?| looks?)?"
    r"(?: (?:red|swollen|shiny|puffy|and|very|really|so|all|quite|bit|a|,)){0,5},? (?:hot|warm)(?: to (?:the )?touch)?(?![a-z])",
    re.IGNORECASE,
)


def _drop_explained(
    found: dict[str, str], key: str, messages: Sequence[str], stripped: Sequence[str]
) -> None:
    """Drop `key` when the messages, with the words that explain it away blanked out
    (`stripped`), no longer tell it."""
    if list(stripped) != list(messages) and key not in findings(stripped)[0]:
        del found[key]


def _joint_heat_not_fever(found: dict[str, str], messages: Sequence[str]) -> None:
    if "fever" not in found or not {"hot_joint", "gout_pattern"} & set(found):
        return
    _drop_explained(found, "fever", messages, [_JOINT_HEAT.sub("，", t) for t in messages])


# round 12 (r12m-zh-18): red bumps, spots or a rash that feel hot ("小红疙瘩，摸着烫烫的", "the
# spots are red and warm to the touch") are the skin's own heat, not a fever (nhs.uk Rosacea: the
# skin may feel hot, burning - a GP; Cellulitis keeps its own rule on the hot skin, hot_red_skin /
# skin_hot_touch). Only with the spot named just before the heat and no one's whole body, head or
# a child in the sentence: "身上起了疹子，摸着烫", "孩子出疹子，额头烫" stay a fever.
# round 12 (r12c-zh-19): a swollen limb told warm ("小腿又肿又痛，摸着热热的", "小腿发红发热", "my
# calf is swollen and warm") is the limb's own heat, as in a DVT or cellulitis (nhs.uk DVT: warm
# skin around the painful area), not a fever: a chemotherapy patient's hot calf is no neutropenic
# sepsis unless a fever is told too
_LIMB_ZH = r"小腿|大腿|腿|胳膊|手臂|脚踝|脚背|脚|膝盖|手背|手腕"
_LESION_HEAT = re.compile(
    rf"(?:疙瘩|疹子?|痘痘?|红斑|红点|丘疹|脓包|小包|那块|那片|患处|伤口|{_LIMB_ZH})[^，,。！!？?；;]{{0,6}}[，,、]?\s*"
    r"(?:摸着|摸上去|摸起来)(?:有点|有些|很|也|都|特别|还)?(?:烫烫的|烫|发烫|热乎乎(?:的)?|发热|热)"
    rf"|(?:{_LIMB_ZH})(?:有点|有些|也|都)?(?:发红|红肿|肿)?(?:发热|发烫)"
    r"|(?<![a-z])(?:rash|spots?|patch(?:es)?|bumps?|pimples?|lumps?|blotches|redness|calf|leg|arm|ankle|knee)(?:'s| is| are| feels?| feel)?"
    r"(?: (?:red|swollen|raised|itchy|sore|and|very|really|so|all|quite|bit|a|,)){0,5},? (?:hot|warm)(?: to (?:the )?touch)?(?![a-z])",
    re.IGNORECASE,
)
_WHOLE_BODY_HEAT = re.compile(
    r"身上|浑身|全身|额头|头|孩子|宝宝|娃|儿子|女儿|小孩|婴儿"
    r"|(?<![a-z])(?:he|she|he'?s|she'?s|baby|child|son|daughter|forehead|body|all over|i feel|i'?m)(?![a-z])",
    re.IGNORECASE,
)


def _lesion_heat_not_fever(found: dict[str, str], messages: Sequence[str]) -> None:
    if "fever" not in found:
        return
    stripped = []
    for text in messages:
        out = text
        for m in _LESION_HEAT.finditer(text):
            sentence = re.split(r"[。！!？?.\n]", text[: m.start()])[-1] + m.group(0)
            if not _WHOLE_BODY_HEAT.search(sentence):
                out = out.replace(m.group(0), "，", 1)
        stripped.append(out)
    _drop_explained(found, "fever", messages, stripped)


# round 12 (r12e-en-24): the bleeding of a period told as normal ("normal period bleeding", "flow
# is the same as usual", "月经量跟平时一样") is the period itself, not a bleed (nhs.uk Period pain:
# self-care with ibuprofen and heat; a GP for periods that are heavy or have changed - heavy_periods
# and the bleeding of other words still count)
_PERIOD_FLOW_NORMAL = re.compile(
    r"(?<![a-z])(?:normal|usual|ordinary|regular|the usual|average)(?: (?:amount of|period|menstrual))? (?:bleeding|flow|bleed|blood loss)"
    r"|(?<![a-z])(?:period |menstrual )?(?:bleeding|flow|bleed|blood loss) (?:is |was |seems |looks |has been )?(?:normal|as usual|the same as (?:usual|always|normal|ever)|like (?:usual|always|normal)|no heavier(?: than usual)?)(?![a-z])"
    r"|(?:月经|例假|大姨妈|经血|出血)(?:的)?(?:量)?(?:也|都|还)?(?:跟|和|同)?(?:平时|以前|往常|往月|平常)?(?:一样|差不多|正常)",
    re.IGNORECASE,
)


def _period_flow_normal(found: dict[str, str], messages: Sequence[str]) -> None:
    if "bleeding" not in found or not {"sc_period", "period pain"} & set(found):
        return
    stripped = [_PERIOD_FLOW_NORMAL.sub("，", text) for text in messages]
    _drop_explained(found, "bleeding", messages, stripped)


# round 12: a fever the writer does not know about ("dunno about fever", "not sure if I have a
# temperature", "haven't checked for a fever") is no fever told: the question is still open. The
# Chinese forms ("不知道发没发烧", "不确定有没有发烧") already read as not told. A fever told
# otherwise in the same story (a number, hot and shivery, "had a fever") still counts, and a
# child under 5's unknown temperature stays (nhs.uk
# 'Lyme disease': see a GP for a circular red rash after a tick bite; NICE NG143 for a fever's
# risk features).
_FEVER_UNKNOWN = re.compile(
    r"(?<![a-z])(?:dunno|don'?t know|do not know|not sure|unsure|no idea|can'?t tell|cannot tell|"
    r"haven'?t (?:checked|taken|measured)|not (?:checked|taken|measured))"
    r"(?: (?:about|if|whether|of|for))?(?: (?:i|he|she|they|we|it|there|its|it'?s)(?: (?:have|has|had|got|is|was|'?s))?)?"
    r"(?: (?:a|any|my|his|her|the|their))?"
    r" (?:fever|temperature|temp|high temperature)(?![a-z])"
)


_SEPSIS_SIGNS = frozenset(
    {"confusion", "blotchy_skin", "fast_breathing", "drowsy", "floppy", "stiff_neck"}
)


def _fever_unknown(
    found: dict[str, str], messages: Sequence[str], facts: Mapping[str, str]
) -> None:
    if not {"fever", "mild fever"} & set(found):
        return
    if {"chills", "skin_hot_touch", "baby_word", "newborn"} & set(found):
        # shivers or a body hot to touch are a fever's signs; a baby or a young child's unknown
        # temperature is for a clinician to judge (NICE NG143)
        return
    if _SEPSIS_SIGNS & set(found):
        # with a sign of sepsis the temperature does not matter (NICE NG51): kept as told
        return
    age = age_years(facts.get("age"))
    if age is not None and (age < 5 or age >= 65):
        return
    lowered = [normalize(text) for text in messages]
    if not any(_FEVER_UNKNOWN.search(text) for text in lowered):
        return
    stripped = [_FEVER_UNKNOWN.sub(",", text) for text in lowered]
    left = set(findings(stripped)[0])
    for text in stripped:
        left |= set(_MATCHER.affirmed(text))
    for key in ("fever", "mild fever"):
        if key in found and key not in left:
            del found[key]


def _skin_heat_not_fever(found: dict[str, str], messages: Sequence[str]) -> None:
    if "fever" not in found or not {"sc_sunburn", "burn"} & set(found):
        return
    phrases = affirmed_phrases("fever", messages)
    if phrases and all(_SKIN_HEAT.search(normalize(p)) for p in phrases):
        del found["fever"]


def _shared_infection(found: dict[str, str], messages: Sequence[str]) -> None:
    if _SHARED_INFECTION_SIGNS & set(found):
        found["shared_infection"] = next(k for k in found if k in _SHARED_INFECTION_SIGNS)
        return
    for name in ("sc_flu", "sc_cold"):
        phrase = found.get(name)
        if not phrase:
            continue
        for text in messages:
            low = normalize(text)
            for m in re.finditer(re.escape(normalize(phrase)), low):
                before = re.split(r"[.;!\n。；！]", low[: m.start()])[-1][-40:]
                if not (
                    _COLD_GUESS_BEFORE.search(before) or _COLD_GUESS_AFTER.match(low[m.end() :])
                ):
                    found["shared_infection"] = phrase
                    return


def _others_infection(found: dict[str, str], messages: Sequence[str]) -> None:
    """Drop "infection" when every mention of it is someone else's or a worry (the writer's)."""
    phrase = found.get("infection")
    if not phrase:
        return
    mentions = 0
    for text in messages:
        low = normalize(text)
        for m in re.finditer(re.escape(normalize(phrase)), low):
            mentions += 1
            before = re.split(r"[.;!?\n。；！？]", low[: m.start()])[-1][-60:]
            worry = _INFECTION_WORRY.search(before) and not (_INFECTION_WARNINGS & set(found))
            if not _OTHER_PERSON_ILL.search(before) and not worry:
                return
    if mentions:
        del found["infection"]


# A mole's or a spot's shape ("edge is wonky", "looks misshapen", "痣的边缘不规则看着歪了") is no
# bone out of shape: nhs.uk Moles - see a GP for a mole that changes size, shape or colour, is
# itchy or has an uneven edge (NICE NG12: the GP refers a suspected melanoma by the 2-week
# pathway); the MTS limb chart's "gross deformity" is about a limb after an injury.
_LESION_BEFORE = re.compile(
    r"(?<![a-z])(?:moles?|freckles?|birthmarks?|skin tags?|spots?|patch(?:es)?|marks?|lesions?|edges?|borders?|outlines?|"
    r"shape of (?:it|the mole)|nails?|toenails?|fingernails?)(?![a-z])[a-z ,']{0,25}$|(?:痣|斑|胎记|边缘|边儿|指甲)[^，。,]{0,8}$"
)
_BONE_SIGN = re.compile(
    r"dislocat|out of (?:its )?(?:place|socket)|crack|snap|pop|broken|broke|fractur|fell|fall|trip|injur|landed|hit|knock|bang|crash|tackle|hurt (?:my|his|her) (?:arm|leg|wrist|ankle)|"
    r"错位|脱臼|骨折|摔|跌|撞"
)


def _lesion_shape(found: dict[str, str], messages: Sequence[str]) -> None:
    """Drop "deformity" (and "deformity_seen") when its only evidence is the shape of a mole,
    spot or nail."""
    for key in ("deformity", "deformity_seen"):
        _drop_lesion_shape(found, messages, key)


def _drop_lesion_shape(found: dict[str, str], messages: Sequence[str], key: str) -> None:
    phrase = found.get(key)
    if not phrase or _BONE_SIGN.search(normalize(phrase)):
        return
    for text in messages:
        low = normalize(text)
        at = low.find(normalize(phrase))
        if at < 0:
            continue
        if _BONE_SIGN.search(low) or not _LESION_BEFORE.search(low[:at]):
            return
    if not any(_BONE_SIGN.search(normalize(t)) for t in messages):
        del found[key]


# Causes of a muffled ear that are not a sudden sensorineural loss: a cold or an ear infection
# blocks the ear for days (nhs.uk Ear infections, Common cold; earache is the infection's sign).
_HEARING_OTHER_CAUSE = frozenset({"sc_cold", "runny nose", "earache", "ear_discharge"})


# An ear told blocked or full of wax ("耳朵闷闷的", "堵着", "耳屎", "blocked", "wax") and a loss told
# with no sudden onset of its own: over more than 3 days it is wax, not a sudden loss (nhs.uk
# Earwax build-up: see a GP if drops have not helped after 5 days) - round 8
_EAR_BLOCKED = re.compile(
    r"(?<![a-z])(?:wax|blocked|bunged|clogged)(?![a-z])|耳屎|耵聍|耳垢|耳朵?[^，,。]{0,4}(?:堵|闷)|堵着"
)
_HEARING_ONSET_WORD = re.compile(
    r"sudden|woke|overnight|all at once|突然|一下子|一夜|醒来|早上起来"
)


def _hearing_wax(found: dict[str, str], messages: Sequence[str], facts: Mapping[str, str]) -> None:
    phrase = found.get("sudden_hearing_loss")
    days = duration_days(facts.get("onset_duration"))
    if not phrase or days is None or days <= 3 or {"sudden", "sudden_word"} & set(found):
        return
    joined = normalize(" ".join(messages))
    if _EAR_BLOCKED.search(joined) and not _HEARING_ONSET_WORD.search(joined):
        found.setdefault("hearing_muffled", phrase)
        del found["sudden_hearing_loss"]


def _hearing_sudden(found: dict[str, str], facts: Mapping[str, str]) -> None:
    """A hearing deficit in any words with a sudden onset - woke up with it, today, yesterday,
    or an onset within 3 days - and no gradual course, weeks of it, cold or earache (nhs.uk
    Sudden hearing loss: urgent GP or 111 for hearing loss in one or both ears that came on
    suddenly; NICE CKS Hearing loss in adults: sudden sensorineural loss within 72 hours). The
    patient's own guess of wax ("prob wax") does not make it gradual; wax told over weeks does."""
    if "hearing_muffled" not in found or "sudden_hearing_loss" in found:
        return
    onset = normalize(facts.get("onset_duration") or "")
    days = duration_days(facts.get("onset_duration"))
    gradual = (
        "hearing_gradual_cue" in found or "gradual" in found or (days is not None and days > 3)
    )
    sudden = (
        "hearing_sudden_cue" in found
        or "sudden" in found
        or "sudden_word" in found
        or (days is not None and days <= 3)
        or bool(onset and _MATCHER.affirmed(onset).get("hearing_sudden_cue"))
    )
    if sudden and not gradual and not (_HEARING_OTHER_CAUSE & set(found)):
        found["hearing_sudden"] = found["hearing_muffled"]


# A known epilepsy's usual seizure that has ended (nhs.uk Epilepsy / What to do if someone has a
# seizure: call 999 for a first seizure, one lasting more than 5 minutes, one after another, a
# serious injury, or trouble breathing after it; otherwise let the GP or epilepsy team know).
_EPILEPSY_KNOWN = re.compile(
    r"(?<![a-z])(?:epilep[a-z]*|(?:one of )?(?:his|her|my|their) (?:usual |normal |typical )?(?:seizures|fits)|"
    r"(?:his|her|my|their) usual (?:seizure|fit|kind|type)|(?:usual|normal|typical) (?:seizure|fit|kind|type) for (?:him|her|me|them))(?![a-z])"
    r"|癫痫|羊癫疯|羊角风|(?:他|她|我)(?:的)?(?:老毛病|癫痫)"
)
_SEIZURE_OVER = re.compile(
    r"(?<![a-z])(?:came round|come round|coming round|back to (?:normal|himself|herself|myself|themselves)|"
    r"recovered|stopped (?:after|within|on its own|by itself)|(?:it|the seizure|the fit) (?:is |was )?(?:over|finished))(?![a-z])"
    # told as over by a past time hours ago, as redflags.py _SEIZURE_OVER (454f6bf; nhs.uk
    # Epilepsy: a usual seizure that has ended is for the GP or epilepsy team, not 999)
    r"|(?<![a-z])(?:had|has had) (?:one of (?:his|her|my|their) (?:usual )?(?:seizures|fits)|(?:a|his|her|my|their) (?:usual )?(?:seizure|fit))[a-z ]{0,12}(?:this morning|yesterday|last night|earlier today|earlier|(?:\d+|a few|two|three|several) hours ago)(?![a-z])"
    r"|醒过来了|醒了|缓过来|恢复(?:了|正常)|已经好了|停了|没事了|跟平时一样"
)
_SEIZURE_DANGER = re.compile(
    r"(?<![a-z])(?:first (?:ever )?(?:seizure|fit)|never had (?:one|a seizure|a fit)|(?:longer|more) than (?:5|five) minutes|"
    r"(?:[5-9]|1\d|2\d|30|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) minutes?(?! (?:ago|later))|half an hour|"
    r"(?:hasn'?t|has not|didn'?t|did not|won'?t|isn'?t|not|never) (?:yet )?(?:come|came|coming) round|not (?:back to normal|recovered|waking|responding)|"
    r"still (?:fitting|shaking|seizing|jerking|unconscious|not)|another (?:one|seizure|fit)|one after (?:another|the other)|"
    r"unlike|different from (?:his|her|my) usual|(?:hit|banged|cut|injured|hurt) (?:his|her|my) head|blue lips|turned blue|"
    r"(?:can'?t|not|struggling to|trouble) breath[a-z]*)(?![a-z])"
    r"|第一次|从来没有?(?:抽|发作)过|(?:五|六|七|八|九|十|十几|二十|半个?)(?:多)?(?:分钟|小时)|还(?:在|一直)抽|一直抽|还没醒|叫不醒|没醒过来|没恢复|又抽了|又开始抽|接着又(?:抽|发作)|连着(?:抽|发作)|接连|反复抽|"
    r"跟(?:以前|平时)不一样|磕到头|撞到头|嘴唇发紫|喘不上气|呼吸困难"
)
_SEIZURE_DANGER_FEATURES = frozenset(
    {"head_injury", "injury", "shortness of breath", "pregnancy", "cyanosis", "fever", "confusion"}
)


def _usual_seizure_over(text: str, found: Mapping[str, str]) -> bool:
    """A known epilepsy's usual, short seizure that has ended, with no 999 sign."""
    return bool(
        _EPILEPSY_KNOWN.search(text)
        and _SEIZURE_OVER.search(text)
        and not _SEIZURE_DANGER.search(text)
        and not (_SEIZURE_DANGER_FEATURES & set(found))
    )


# Black or dark poo (not tarry) and iron tablets (nhs.uk Iron deficiency anaemia: iron tablets can
# make your poo black; nhs.uk Ferrous sulfate: black poo is common and harmless, but black sticky
# tar-like poo with tummy pain or dizziness needs a doctor - those stay out of the class).
_BLACK_STOOL = re.compile(
    r"(?<![a-z])(?:(?:black|dark|darker|very dark|blackish|dark green|greenish[- ]black)(?:ish)? (?:poos?|stools?|faeces|feces|motions|bowel movements?|pooh?)"
    r"|(?:poos?|stools?|faeces|feces|motions)(?: (?:is|are|has|have|been|look|looks|turned|gone|went|come out|coming out))+ (?:a bit |quite |very |really |much |a lot )?(?:black|dark|darker|blackish))(?![a-z])"
    r"|(?:大便|粪便|便便|屎|拉的|排便)[^，。,.不没]{0,6}黑|黑(?:色)?(?:的)?(?:大便|便)|拉黑"
)
# round 13: a type 2 diabetes on tablets, and an insulin, type 1 or SGLT2 medicine (ketoacidosis
# with a normal sugar: MHRA Drug Safety Update, SGLT2 inhibitors) - as redflags.py reads them
_TYPE2_TABLETS = re.compile(
    r"type ?(?:2|two|ii) diabet[a-z]*|(?<![a-z])t2dm?(?![a-z])|metformin|gliclazide|glimepiride|glipizide|sitagliptin|linagliptin|alogliptin|pioglitazone"
    r"|(?:2|二|ⅱ)型糖尿病|二甲双胍|格列(?:美|齐|吡)(?:脲|特)|格列齐特|西格列汀|利格列汀|阿格列汀|吡格列酮"
)
_INSULIN_SGLT2 = re.compile(
    r"insulin|type ?(?:1|one|i) diabet[a-z]*|(?<![a-z])t1dm?(?![a-z])|type ?(?:1|one)(?![a-z0-9])|[a-z]*gliflozin|forxiga|jardiance|invokana|sglt2"
    r"|胰岛素|(?:1|一|ⅰ)型糖|格列净|安达唐|欧唐静|sglt"
    # round 13 (probe): an insulin told by its brand (redflags._INSULIN_BRANDS_EN/_ZH)
    rf"|{redflags._INSULIN_BRANDS_EN}|{redflags._INSULIN_BRANDS_ZH}"
)
_IRON_TABLETS = re.compile(
    r"(?<![a-z])(?:iron (?:tablets?|pills?|supplements?|syrup|drops)|ferrous [a-z]+|taking iron|on iron|iron for (?:my |her |his )?an(?:a)?emia)(?![a-z])"
    r"|补铁|铁剂|亚铁|多糖铁|铁片|补血的?药"
)
_IRON_STOOL_WARNINGS = frozenset(
    {
        "dizziness",
        "fainting",
        "palpitations",
        "abdominal pain",
        "vomiting",
        "pale_or_faint",
        "shortness of breath",
        "epigastric",
        "chest pain",
        "confusion",
    }
)
_TARRY = re.compile(
    # round 13: "dark but not sticky or tarry" denies both
    r"(?<!not )(?<!n't )(?<!isn't )(?<!no )(?<!not sticky or )(?<!not black or )(?<!not sticky and )(?:tarry|tar-like|like tar|sticky (?:and )?black)|(?<!不是)(?<!不像)(?<!没有)(?<!不)(?:柏油|沥青)"
    # round 13 (probe): "black and sticky", "黑黑的有点黏" (nhs.uk Ferrous sulfate: black sticky
    # tar-like poo needs a doctor) - "not sticky" and "不黏" deny it
    r"|(?<![a-z])(?:black|dark) and sticky(?![a-z])|(?:黑|乌)[^，,。]{0,4}(?<![不没])(?:黏|粘)(?![^，,。]{0,2}(?:吗|么))"
)
# a burning in the chest or throat told with the meal (nhs.uk Indigestion and heartburn in pregnancy)
_HEARTBURN_BURN = re.compile(
    r"burn[a-z]*[a-z ]{0,12}(?:chest|throat)|(?:chest|throat)[a-z ]{0,12}burn|胸口[^，。]{0,4}(?:烧|灼|火辣辣)"
)
# Swollen feet or ankles (both, or without a side) in pregnancy - nhs.uk Swollen ankles, feet and
# fingers in pregnancy; with a swollen face or hands, a sudden swelling or one leg it is not this.
_FEET_SWOLLEN = re.compile(
    r"(?<![a-z])(?:(?:swollen|puffy) (?:ankles|feet|legs)|(?:ankles|feet|legs)(?: (?:are|have|get|getting|look|been|a bit|a little|slightly|really|quite|got))* (?:swollen|puffy|swelling|swell)"
    r"|swelling (?:in|of|around) (?:my |her |the )?(?:ankles|feet|legs))(?![a-z])"
    r"|(?:脚|脚踝|脚脖子|脚面|腿脚|下肢|小腿)[^，。,.不没]{0,6}(?:浮|水)?肿"
)
_PREGNANCY_SWELLING_WARNING = re.compile(
    r"(?<![a-z])(?<!no )(?<!not )(?:face|eyes|eyelids|hands|fingers|sudden(?:ly)?|one (?:leg|calf|ankle|foot)|calf)(?![a-z])"
    r"|(?<![不没])(?:脸|面部|眼皮|眼睛肿|手(?!机)|手指|突然|一下子|一条腿|一侧|单侧|一边腿|小腿肚)"
)


# A head that only feels a bit full or a slight headache (redflags' mild_head_rf: 有点头胀,
# "a bit of a headache"): with a very high blood pressure reading alone that is NICE NG136's
# same-day review, not 999; a severe, sudden or worst headache is no mild head.
_NOT_MILD_HEAD = re.compile(
    r"(?<![a-z])(?:severe|worst|terrible|splitting|unbearable|excruciating|pounding|sudden|thunderclap|really bad|very bad)(?![a-z])"
    r"|剧烈|剧痛|炸裂|爆炸|欲裂|要裂开|疼得厉害|痛得厉害|很疼|很痛|特别疼|特别痛|突然|受不了"
)

# nhs.uk Gout: a flare in someone known to have gout is for a GP (urgent with a temperature)
_GOUT_KNOWN = re.compile(
    r"(?<!never )(?<!n't )\b(?:had|have|has|got|with|known|my|his|her) gout\b|\bgout (?:again|flare|attack|before|is back)"
    r"|(?:有|得过|老)痛风|痛风(?:又|犯|发作|病史)"
)
# nhs.uk Post-menopausal bleeding: any bleeding a year or more after the last period -> see a GP
# round 12: hot flushes ("hot flushes", "night sweats", "heat rising into my face", "潮热",
# "往脸上冒热", "晚上热醒") with the menopause told (periods irregular or stopped, "更年期", "月经乱了")
# - nhs.uk 'Menopause': hot flushes, night sweats and heart palpitations; see a GP
_HOT_FLUSH = re.compile(
    r"(?<![a-z])(?:hot (?:flush|flash)(?:es)?|night sweats?|(?:heat|hotness|warmth) "
    r"(?:rising|rushing|creeping|spreading) (?:up )?(?:in)?to (?:my |the )?(?:face|neck|head)|"
    r"(?:flush|flushing) (?:up )?(?:in)?to (?:my |the )?(?:face|neck))(?![a-z])"
    r"|潮热|烘热|(?:往|向|到)(?:脸上|脸|头上|头面部?|脖子)(?:冒|涌|窜|返|蹿|上)(?:热|火)|热醒|盗汗|(?:脸|面)(?:上)?(?:一阵阵|阵阵|一阵)?(?:发热|发烫|烘烘)"
)
_MENOPAUSE_CONTEXT = re.compile(
    r"(?<![a-z])(?:menopaus[a-z]*|perimenopaus[a-z]*|periods? (?:have |has |are |is )?"
    r"(?:stopped|become irregular|gone irregular|irregular|all over the place|changed|stopping)|"
    r"missed (?:my |a few |some )?periods?|no periods? for)(?![a-z])"
    r"|更年期|绝经|闭经|(?:月经|例假|大姨妈)(?:也|都)?(?:乱|不规律|不准|紊乱|不调|(?:[一二三两几\d]+个月)?(?:没|不)来|停)"
    r"|(?:[一二三两几\d]+个月)(?:都)?没来(?:月经|例假|大姨妈)"
)
_LIP_SITE = re.compile(
    r"(?<![a-z])(?:(?:top|upper|bottom|lower) )?lips?(?![a-z])(?! (?:is|are) (?:fine|ok|okay|normal))"
    r"|corner of (?:my |his |her |the )?mouth|上嘴唇|下嘴唇|嘴唇|嘴角|唇边|嘴边|上唇|下唇"
)
_NOT_LIP_SITE = re.compile(
    r"(?<![a-z])(?:forehead|eyebrow|eyelid|scalp|nose|(?:near|round|around|by|next to) (?:my |his |her |the )?eye"
    r"|ribs?|waist|chest|back|tummy|stomach|belly)(?![a-z])|额头|眉毛|眼皮|眼睛周围|眼角|鼻子|腰|胸|背|肋|肚子"
)
_BUM_SITE = re.compile(
    r"(?<![a-z])(?:bum|bottom|back passage|anus|butt|arse|bum ?hole)(?![a-z])|屁股|肛门|屁眼|肛周"
)
_PILES_LUMP = re.compile(
    r"(?<![a-z])(?<!no )(?<!not )(?<!without )(?:a )?(?:tiny|small|little|soft|wee)(?: soft)? (?:lump|bump|swelling)(?![a-z])"
    r"|(?<![没无])(?:有)?(?:个|一个)?(?:小肉球|肉球|小疙瘩|肉疙瘩|小肉揪|小鼓包)"
)
_PILES_COMPANION = re.compile(
    r"(?<![a-z])(?:blood|bleed[a-z]*|bright red|itch[a-z]*|sore|paper|wipe)(?![a-z])|血|痒|纸上|疼"
)
_TUMMY_SITE = re.compile(
    r"(?<![a-z])(?:tummy|stomach|belly|abdomen|neck|breast|armpit|groin|testicle)(?![a-z])|肚子|腹|脖子|乳房|腋下|腹股沟"
)
_POSTMENOPAUSAL = re.compile(
    r"(?<!not )(?<!n't )(?:post-?menopaus[a-z]*|(?:went|been|gone|going) through (?:the |my )?menopause|"
    r"(?:since|after) (?:the |my )?menopause|periods? (?:stopped|finished|ended) (?:\d+|a few|several|many|two|three|five|ten) years ago)"
    r"|绝经"
)

# Where the ribs join the breastbone (nhs.uk Costochondritis: pain and tenderness there, worse
# when you press on it); with chest_wall (pressing reproduces it) it is the costochondritis class
_COSTOCHONDRAL_SITE = re.compile(
    r"(?<![a-z])(?:where (?:my |the )?ribs? (?:join|joins|meet|meets|attach(?:es)? to|connect(?:s)? to)(?: (?:my|the))? (?:breast ?bone|sternum)|"
    r"(?:next to|beside|either side of|along|by|at the edge of|on the edge of) (?:my |the )?(?:breast ?bone|sternum)|(?:rib|costal) cartilages?|costochondr[a-z]*)(?![a-z])"
    r"|肋骨(?:和|与|跟)胸骨(?:的)?(?:连接|交界|相连|接)|胸骨(?:的)?(?:旁边|两侧|两边|边上|旁)|肋软骨"
)

# Swollen glands in the neck (nhs.uk Glandular fever: swollen glands either side of the neck)
_SWOLLEN_NECK_GLANDS = re.compile(
    r"(?<![a-z])(?<!no )(?<!not )(?:(?:swollen|big|enlarged|huge|massive|lumpy|up) (?:neck )?(?:glands|lymph nodes|nodes)|"
    r"(?:glands|lymph nodes)(?: in (?:my|his|her|the) neck)?(?: (?:are|have|got|have gone|went|look|feel))? (?:really |very |all |quite )?(?:swollen|up|enlarged|huge|big|massive|lumpy))(?![a-z])"
    r"|淋巴结(?:都)?(?:肿|大|鼓)|脖子(?:两边|两侧|上)?[^，。,.不没]{0,4}(?:肿(?!瘤)|鼓起|疙瘩)"
)

_CARDIAC_WORDS = frozenset(
    {"crushing_chest", "jaw_arm_pain", "radiating pain", "sweating", "fainting"}
)


_CRAMP_WORD = re.compile(r"绞痛|绞着|一阵(?:一)?阵|cramp")


def _severe_pain_counts(found: Mapping[str, str], numeric: bool = True, told: str = "") -> bool:
    """Severe pain (8-10/10, MTS 'severe pain') is urgent on its own, except a score that rates
    no pain at all (distress, worry), the usual recurrent headache, and pain that nhs.uk sends to
    a GP or self-care: a gout-pattern toe joint, a strained back or neck, a heel."""
    if "pain_word" not in found:
        return False
    if "anal_pain" in found:
        # a pain at the back passage when passing a poo ("like glass", 疼得要命) is local (nhs.uk
        # Anal fissure, Piles: a GP / a pharmacist), not MTS severe pain of the trunk
        return any(site in found for site in _SEVERE_PAIN_SITES if site != "back pain")
    if ("sc_period" in found and not numeric) or "period_pain_long" in found:
        # period pain told by a word ("疼死了", "killing me") is no measure: nhs.uk Period pain sends
        # severe period pain to a GP, not to urgent care; a score of 8-10 still counts
        return any(
            site in found
            for site in _SEVERE_PAIN_SITES
            if site not in ("abdominal pain", "back pain")
        )
    if (
        "diarrhea" in found
        and not numeric
        and _CRAMP_WORD.search(told)
        and not {"renal_colic_pattern", "flank_pain", "rlq_pain"} & set(found)
    ):
        # tummy cramps with diarrhoea ("拉了五六次 肚子一阵阵绞痛") are the illness's own (nhs.uk
        # Diarrhoea and vomiting: stomach cramps), not MTS severe pain; a score of 8-10 still is
        return any(
            site in found
            for site in _SEVERE_PAIN_SITES
            if site not in ("abdominal pain", "loin_colic")
        )
    if "clockwork_attacks" in found and "sudden" not in found:
        # attacks at the same time every day or night (nhs.uk Cluster headaches: very severe pain
        # around one eye, a red watering eye, a runny nose, restlessness; see a GP): the red eye
        # and the restlessness are the attack's own, not another site
        return any(
            site in found
            for site in _SEVERE_PAIN_SITES
            if site not in ("back pain", "loin_colic", "red_painful_eye")
        )
    if "recurrent" in found and "sudden" not in found:
        return any(site in found for site in _SEVERE_PAIN_SITES if site != "back pain")
    if "gout_pattern" in found or "sc_msk" in found:
        return any(site in found for site in _SEVERE_PAIN_SITES if site != "back pain")
    if _LOCAL_PAIN_CLASSES & set(found):
        # a mouth ulcer or sunburn told as "疼死了" / "killing me" is the sore of a minor
        # condition nhs.uk sends to a pharmacist (Mouth ulcers, Sunburn), not MTS severe
        # pain of the trunk or head
        return any(site in found for site in _SEVERE_PAIN_SITES if site != "burn")
    return True


_NOT_PREGNANT = re.compile(
    r"(?<![a-z])(?:i'?m |i am )?(?:definitely |deffo |def |certainly |defo )?not pregnant|pregnancy test (?:was |is )?negative|(?<!是不是)(?<!会不会)没(?:有)?怀孕|(?<!会不会)不是怀孕"
)
_PERIOD_WORD = re.compile(r"(?<![a-z])periods?(?![a-z])|menstru|月经|大姨妈|例假|痛经|经期")


# Self-care classes whose pain is local and minor however it is told (see _severe_pain_counts)
_LOCAL_PAIN_CLASSES = frozenset({"sc_mouth", "sc_sunburn"})


def _companion_present(companions: str) -> bool:
    """A "yes: ..." answer, or a fact naming a companion the patient has; a raw answer that only
    denies them ("不气短，没出汗") is not a yes."""
    if companions.startswith("yes"):
        return True
    present, _ = findings([companions])
    return any(name in present for name in COMPANION_SYMPTOMS)


def _holds(item: str, found: Mapping[str, str]) -> bool:
    if item.startswith("!"):
        return item[1:] not in found
    return any(option in found for option in item.split("|"))


# The screen runs on every chat message: most discriminators share no feature with a message and
# are skipped without evaluating their terms.
_TRIGGERED = [(d, redflags.when_triggers(d.when)) for d in DISCRIMINATORS]


def fired(found: Mapping[str, str]) -> list[Discriminator]:
    keys = found.keys()
    return [
        d
        for d, triggers in _TRIGGERED
        if (triggers is None or not triggers.isdisjoint(keys))
        and any(all(_holds(i, found) for i in term) for term in d.when)
    ]


# a back strained lifting ("搬箱子把腰闪了 疼死了", "did my back in moving a sofa"): nhs.uk Back pain
# - keep active, painkillers; a word like 疼死了 is no score (a number still counts) - round 9z
_BACK_STRAIN = re.compile(
    r"闪(?:了|到)?腰|腰闪|搬[^。]{0,8}腰|did (?:my|his|her) back in|(?:put|threw) (?:my |his |her )?back out|(?:tweaked|ricked) (?:my |his |her )?back|(?:lifting|lifted|carrying|moving|moved)[a-z ]{0,30}back"
)
# a bowel habit told as changed ("大便比以前稀，次数多了", "change in my bowel habits") - round 9z
_BOWEL_CHANGE = re.compile(
    r"大便(?:习惯)?(?:也)?(?:变了|改变了?|跟以前不一样)|大便(?:比以前|比平时)(?:稀|细|次数多)|大便次数(?:变)?多了|"
    r"change in (?:my |his |her )?bowel habits?|bowel habits? (?:have |has )?changed|(?:looser|runnier) (?:poos?|stools?) than (?:usual|before)|(?:pooing|going) more often"
)
# dry, rough patches told on a baby's skin ("脸蛋红红的 很干 摸着粗糙"): nhs.uk Atopic eczema - see
# a GP for a baby's suspected eczema (emollient and steroid plan) - round 9z; the name alone
# asked of a red nappy area ("屁股红了 是不是湿疹") is no description (nhs.uk Nappy rash)
_INFANT_ECZEMA = re.compile(
    r"干[^。]{0,8}粗糙|粗糙[^。]{0,8}干|干(?:得)?(?:起皮|脱皮|裂)|dry,? (?:rough|scaly|cracked)|rough,? dry"
)
_RINGWORM = re.compile(
    r"ringworm|ring|scaly|clear|paler|lighter|normal|癣|圆圈|环|脱屑|起皮|鳞屑|白屑|中间"
)
_WRY_NECK = re.compile(
    r"落枕|(?:早上|早晨|今早|今天早上|一觉)(?:起来|起床|醒来|睡醒)[^。]{0,6}脖子(?:转不动|扭不动|动不了|转不了|僵|歪)|(?:早上|早晨|今早|今天早上|一觉)(?:起来|起床|醒来|睡醒)[^。]{0,6}脖子[^。]{0,4}(?:像|跟)?(?:扭了|扭到了|落枕)|(?:歪着|趴着|窝着)睡(?:着)?(?:了)?|(?:cricked|crick in) (?:my |his |her )?neck|(?:woke|wake|waking) up with (?:a )?(?:stiff|sore|painful|cricked) neck"
    # round 12 (r12m-zh-15): "早上起来脖子像扭了一样", "woke up and my neck was locked" (nhs.uk
    # Neck pain: a twisted or locked neck after sleeping awkwardly - self-care, GP if no better)
    r"|(?:早上|早晨|今早|今天早上|一觉)(?:起来|起床|醒来|睡醒)[^。]{0,6}脖子[^。]{0,4}(?:像|跟)?(?:扭了|扭到了|落枕)"
    r"|(?:woke|waking|got) up[a-z ,']{0,20}(?:my )?neck[a-z ,']{0,12}(?:is |was |felt |feels )?(?:stiff|locked|twisted|cricked)"
)


_BACK_STRAIN = re.compile(
    r"闪(?:了|到)腰|腰(?:给)?闪|把腰(?:闪|扭)|搬(?:完|了)?(?:东西|重物|箱子|家具|家)|(?:put|threw) (?:my |his |her )?back out|did (?:my|his|her) back in|(?:tweaked|ricked) (?:my |his |her )?back|(?:lifting|lifted|carrying|moving|shifting|picked up) (?:a |the |some |my |his |her )?(?:heavy )?(?:box|boxes|furniture)"
)


# round 13 (r12bh): a long-term condition that does not change a self-care class's advice. Hay
# fever in a person with diabetes or a heart condition on a blood thinner (nhs.uk Hay fever: a
# pharmacist can help - they advise which antihistamine suits your other medicines); a bitten
# cheek's mouth ulcer with diabetes (nhs.uk Mouth ulcers: usually heal in 1 to 2 weeks, a
# pharmacist; a GP or dentist after 3 weeks - a cold sore is another class: nhs.uk Cold sores
# sends a weakened immune system, diabetes included, to a GP); a few sleepless nights on a short
# steroid course (nhs.uk Insomnia: self-help, a pharmacist; it settles when the course ends). A
# cancer, HIV, COPD or a pregnancy, any other class, or another concept still keeps a GP's look.
_CONDITION_INDIFFERENT: dict[str, frozenset[str]] = {
    "sc_hay_fever": frozenset({"diabetes", "heart disease", "kidney disease"}),
    "sc_mouth": frozenset({"diabetes", "heart disease", "kidney disease"}),
    "sc_insomnia": frozenset({"diabetes", "heart disease", "kidney disease", "immunosuppression"}),
}
_MOUTH_ULCER = re.compile(r"ulcer|canker|溃疡|口疮")
_BLEEDING_TOLD = frozenset({"nosebleed", "bleeding", "minor_bleeding", "injury", "head_injury"})


def _condition_indifferent(found: Mapping[str, str], classes: Sequence[SelfCareClass]) -> bool:
    """Every self-care class told is one whose advice the long-term conditions told do not change
    (_CONDITION_INDIFFERENT); a mouth class only as an ulcer, not a cold sore."""
    if not classes or any(c.concept not in _CONDITION_INDIFFERENT for c in classes):
        return False
    if "sc_mouth" in found and not _MOUTH_ULCER.search(normalize(found["sc_mouth"])):
        return False
    risky = {h.strip() for h in found.get("high_risk_history", "").split(",") if h.strip()}
    return all(risky <= _CONDITION_INDIFFERENT[c.concept] for c in classes)


def _self_care(found: Mapping[str, str], facts: Mapping[str, str]) -> str | None:
    """The reason a case is safe for self-care, or None: only minor symptoms, or a self-care
    condition class (SELF_CARE_CLASSES) with only the symptoms it comes with, no warning
    feature, mild to moderate severity, and not lasting longer than the class allows."""
    present = [name for name in found if name in _SYMPTOM_NAMES]
    classes = [c for c in SELF_CARE_CLASSES if c.concept in found]
    # a fall with a sore, swollen ankle or back is a sprain too (nhs.uk Sprains and strains: walk
    # on it, RICE, a pharmacist; urgent care when you cannot walk or put weight on it, it looks
    # out of shape or is numb); a fall at 65 or over is for a GP (nhs.uk Falls)
    fell = "fall" in found and (age_years(facts.get("age")) or 0) < 65
    sprain = ("injury" in found or fell) and not ({"cannot_walk", "numbness"} & set(found))
    if not present and not classes and not sprain:
        return None
    allowed = set(MINOR_SYMPTOMS)
    if "diarrhea" in present:
        allowed |= GASTRO
    elif "vomiting" in present and "headache" not in present:
        # being sick without diarrhoea is treated at home the same way for up to 2 days (nhs.uk
        # Diarrhoea and vomiting: "vomiting usually stops in 1 or 2 days"; GP if it lasts longer)
        # a baby under 12 months who is being sick is for 111 / a GP to judge (nhs.uk: "a baby under
        # 12 months", "stops feeding")
        days = duration_days(facts.get("onset_duration"))
        baby = (age_years(facts.get("age")) or 99) < 1
        if (days is None or days <= 2) and not baby:
            allowed |= {"vomiting", "nausea", "loss of appetite"}
    if sprain:
        allowed |= INJURY
    if "bite" in found:
        allowed |= BITE
    for cls in classes:
        allowed |= cls.allowed
    piles_days = duration_days(facts.get("onset_duration"))
    if {"sc_piles", "minor_bleeding"} <= set(found) and piles_days is not None and piles_days <= 7:
        # round 11 (r11t-zh-16): the bleeding told ("拉屎出血") is the little on the paper told in
        # another answer, with a piles lump (nhs.uk Piles: bright red blood after a poo, a
        # pharmacist can help; A&E for non-stop bleeding or a lot of blood - heavy_bleeding/gi_bleed),
        # within the week a pharmacist's treatment is given (GP after 7 days: r8t-zh-038)
        allowed |= {"bleeding"}
    if {"sc_period", "recurrent", "pain_sweat"} <= set(found):
        # the usual period pain, bad enough to break a sweat, the same every month (nhs.uk Period
        # pain: ibuprofen, heat, a pharmacist; a GP when it has changed or comes with a fever)
        allowed |= {"sweating"}
    if classes and (_SELF_CARE_WARNINGS - allowed) & set(present):
        return None
    if any(name not in allowed for name in present):
        return None
    ignored = (
        _BENIGN
        | _SELF_CARE_CONCEPTS
        | allowed
        | ({"persistent"} if any(c.max_days > 365 for c in classes) else set())
    )
    if "diarrhea" in present and not ({"flank_pain", "back pain", "blood_in_urine"} & set(found)):
        # tummy cramps come with diarrhoea ("肚子有点绞痛"): nhs.uk Diarrhoea and vomiting lists
        # stomach cramps; a colic of the loin or side is not this
        ignored |= {"loin_colic"}
    if "shared_infection" in found:
        # the people at home ill as well ("全家都中招了", "the whole family has it") is how flu and
        # colds spread (nhs.uk Flu, Common cold): no sign of its own beside a fever or a named flu
        ignored |= {"household"}
    if (age_years(facts.get("age")) or 99) < 16:
        # the first year or two of periods are often irregular (nhs.uk Irregular periods: no need
        # to see a GP while still going through puberty)
        ignored |= {"irregular_periods"}
    if sprain:
        # a sprain hurts when walking or moving on it: nhs.uk Sprains and strains treats that at
        # home (RICE, a pharmacist) unless the person cannot walk or put weight on it
        ignored |= {"pain_on_movement"}
    if "sc_thrush" in found and "after_antibiotics" in found:
        # the infection the antibiotics treated is the cause of the thrush, not a sign of its own
        # (nhs.uk Thrush: it often happens after taking antibiotics; a pharmacist can help)
        ignored |= {"infection"}
    if _condition_indifferent(found, classes) and not _BLEEDING_TOLD & set(found):
        # round 13 (h12b-en-29): a blood thinner is what a head injury, a nosebleed or a cut is
        # read with (nhs.uk Nosebleed, Head injury), not hay fever or a sleepless night: which
        # antihistamine suits it is a pharmacist's question (nhs.uk Hay fever)
        ignored |= {"anticoagulant"}
    if "sc_mastitis" in found:
        # the sore breast and the birth are what the class is about (nhs.uk Mastitis)
        ignored |= {"breast_pain", "breastfeeding", "pain_word"}
        if _BIRTH_WORD.search(found.get("travel_or_surgery", "")):
            ignored |= {"travel_or_surgery"}
    if "sc_sticky_eye" in found and re.search(
        r"stye|lid|麦粒肿|针眼|眼皮|眼睑", normalize(found["sc_sticky_eye"])
    ):
        # round 12: a stye is a swollen eyelid with a lump or a yellow spot - a boil of the lid
        # (nhs.uk 'Stye': usually better on its own, warm compresses, a pharmacist); a swollen lid
        # with a fever stays eyelid_cellulitis's
        ignored |= {"eyelid_swelling", "sc_boil"}
    if "sc_cold_sore" in found:
        # a cluster of blisters on the lip is the cold sore's own (nhs.uk Cold sores), not a band
        ignored |= {"dermatomal_blisters"}
    if "sc_period" in found:
        # period pain spreads to the lower back and thighs (nhs.uk Period pain: self-care), not
        # the tummy pain boring through to the back of pancreatitis or an aneurysm
        ignored |= {"abdo_to_back"}
    if "sc_tension" in found:
        # "like a tight band round my head" is how a tension headache feels (nhs.uk Tension
        # headaches), not the band of a shingles rash (band_shape counts only with a rash)
        ignored |= {"band_shape"}
    if "sc_heat_recovered" in found or "sc_sunburn" in found or "sc_skin" in found:
        # the heat is what the class is about (nhs.uk Heat exhaustion: better within 30 minutes;
        # nhs.uk Sunburn: a day in the sun is how it comes - dizziness or sickness still warn;
        # nhs.uk Nappy rash / Heat rash: hot weather and nappies left on are how a rash comes)
        ignored |= {"heat_exposure"}
    if "sc_skin" in found and _RINGWORM.search(normalize(found["sc_skin"])):
        # ringworm's patch grows outward (nhs.uk Ringworm: the rash may get bigger or spread - a
        # pharmacist's antifungal cream; a GP if not better after 2 weeks of treatment)
        ignored |= {"grew_recently"}
    if "sc_heat_recovered" in found:
        # thirst is one of heat exhaustion's own signs (nhs.uk Heat exhaustion and heatstroke:
        # intense thirst; cooled and drinking, better within 30 minutes - no medical help needed)
        ignored |= {"thirst"}
    # round 7t: heartburn in pregnancy after a meal is common and a pharmacist can advise on
    # antacids safe in pregnancy (nhs.uk Indigestion and heartburn in pregnancy); heartburn that
    # antacids do not help is a pre-eclampsia sign (nhs.uk Pre-eclampsia): antacid_failed stays
    pregnancy_class = any(
        c.concept
        in (
            "sc_iron_stool",
            "sc_pregnancy_oedema",
            "sc_heartburn",
            "sc_pregnancy_heartburn",
            "sc_pregnancy_constipation",
        )
        for c in classes
    )
    if pregnancy_class:
        # the pregnancy or a recent birth is what the class is about, not a risk on top of it
        ignored |= {"pregnancy", "pregnant_late", "travel_or_surgery", "high_risk_history"}
    if any(c in found for c in _CONCEPT_NAMES - ignored):
        return None
    if {"thyroid_pattern", "postural_recurrent"} & set(found):
        return None  # round 7t: a GP's blood test or medicine review (see features)
    if (
        "high_risk_history" in found
        and not (pregnancy_class and found["high_risk_history"] == "pregnancy")
        and not _condition_indifferent(found, classes)
    ):
        return None
    if "sc_migraine" in found and ({"unlike_usual", "worst_headache", "sudden"} & set(found)):
        return (
            None  # nhs.uk Migraine / Headaches: a headache unlike the usual ones needs a clinician
        )
    if "infant_eczema" in found:
        return None  # nhs.uk Atopic eczema: a GP for a baby's suspected eczema (_INFANT_ECZEMA)
    if "hives" in found and {"recurrent", "chronic"} & set(found):
        return None  # nhs.uk Hives: see a GP if the rash keeps coming back (round 8)
    if "scaly_patches" in found and {"recurrent", "chronic", "persistent"} & set(found):
        # round 12 (h11-zh-24): red, scaly patches that clear with a cream and come back, or last
        # for months (nhs.uk Psoriasis: see a GP if you think you may have psoriasis)
        return None
    if (
        "sc_heartburn" in found
        and "sc_pregnancy_heartburn" not in found
        and ({"age_55plus", "recurrent", "every_meal"} & set(found))
    ):
        return None  # nhs.uk heartburn: see a GP at 55 or over, or when it keeps coming back
    severity = severity_score(facts.get("severity"))
    numeric = severity_is_numeric(facts.get("severity"))
    if "severity_now" in found and any(c.concept == "sc_heat_recovered" for c in classes):
        # round 13 (r13t-en-23): cooled down and the score fallen since ("was 6/10, now 2/10"):
        # nhs.uk Heat exhaustion - better within 30 minutes of cooling needs no medical help
        severity, numeric = severity_score(found["severity_now"]), True
    limit = max([5] + [c.max_severity for c in classes])
    # a class with none of its symptoms told (熬夜 naming the cause of a mouth ulcer) carries no
    # pain of its own - round 8
    # round 9: a back put out lifting ("搬家搬箱子把腰闪了，疼死了") is the same (nhs.uk Back pain:
    # painkillers and keeping active; a number, numbness or not walking still count)
    wry_neck = bool(
        _WRY_NECK.search(found.get("sc_msk", "")) or _BACK_STRAIN.search(found.get("sc_msk", ""))
    )
    carriers = [
        c
        for c in classes
        if c.allowed & set(present)
        or c.concept in _LOCAL_PAIN_CLASSES
        or (wry_neck and c.concept == "sc_msk")
    ]
    local = bool(carriers) and all(
        c.concept in _LOCAL_PAIN_CLASSES
        # an itch told as unbearable of a class that itches ("痒得受不了" of athlete's foot) is
        # no pain score (nhs.uk Athlete's foot: itchy, a pharmacist can help); a number still is
        or ("itch_severity" in found and "itching" in c.allowed)
        # the usual period pain, the same every month (nhs.uk Period pain: self-care, a
        # pharmacist; a GP when it is severe by a score, has changed, or with a fever)
        or (c.concept in ("sc_period", "sc_female") and "recurrent" in found)
        # a neck cricked in the night ("落枕了 疼死了"), no numb arm or fever: nhs.uk Neck pain -
        # a stiff neck on waking gets better in a few days with self-care; a number still counts
        or (wry_neck and c.concept == "sc_msk")
        for c in carriers
    )
    # tummy cramps told with diarrhoea ("一阵阵绞痛") are the illness's own, not a score
    cramps = "diarrhea" in present and bool(_CRAMP_WORD.search(facts.get("severity") or ""))
    if severity is not None and (
        severity > limit if numeric else severity >= limit + 2 and not (local or cramps)
    ):
        # a word like "疼死了" for a mouth ulcer or sunburn is no measure (a number still is)
        return None
    if "sc_worms" in found and (
        (age_years(facts.get("age")) or 99) < 2 or {"pregnancy", "breastfeeding"} & set(found)
    ):
        # nhs.uk Threadworms: a pharmacist cannot treat a child under 2, or in pregnancy or
        # breastfeeding - the GP
        return None
    if (
        "sc_insomnia" in found
        and all(c.concept == "sc_insomnia" for c in classes)
        and ((age_years(facts.get("age")) or 99) < 16 or "mood_concern" in found)
    ):
        # nhs.uk Insomnia is about adults; a child's sleep problem, or poor sleep with low mood
        # or anxiety, is a GP's (nhs.uk Low mood, sadness and depression)
        return None
    if "sc_sunburn" in found and ("blisters" in present or (age_years(facts.get("age")) or 99) < 5):
        # nhs.uk Sunburn: urgent GP or 111 for blistering skin, or a baby or young child
        return None
    days = duration_days(facts.get("onset_duration"))
    if "sc_mastitis" in found and days is not None and days > 1:
        return None  # nhs.uk Mastitis: a GP if not better within 24 hours of self-care
    # each symptom may last only as long as a class it belongs to allows: a long-lasting class
    # (hay fever, a strained back) does not stretch an unrelated rash past the general week
    # (nhs.uk Rashes in babies and children / Atopic eczema: see a GP for a rash that persists)
    limits = [
        max([_SYMPTOM_DAYS.get(name, 7.0)] + [c.max_days for c in classes if name in c.allowed])
        for name in present
    ]
    max_days = min(limits) if limits else max([7.0] + [c.max_days for c in classes])
    if days is not None and days > max_days:
        return None  # symptoms lasting longer than the class allows need a clinician's look
    if days is not None and any(days > c.max_days for c in classes if c.concept == "sc_sciatica"):
        return None  # a sciatica lasting past a few weeks is for a GP, whatever else it allows
    age = age_years(facts.get("age"))
    colic = (
        "sc_colic" in found
        and all(c.concept in ("sc_colic", "well_signs") for c in classes)
        and not set(present) - {"crying"}  # a fever or being sick at this age is not colic's
    )
    if age is not None and age < 0.25 and not colic:
        # a baby under 3 months is a GP's or 111's (nhs.uk High temperature; NICE NG143), but a
        # colicky cry in a well, feeding, growing baby is colic's own (nhs.uk Colic) - round 10
        return None
    baby = age < 1 if age is not None else "baby_word" in found
    if "eczema_signs" in found and baby:
        return None  # nhs.uk Atopic eczema: a baby's eczema is for a GP (prescribed emollients)
    if "sc_flu" in found and ("age_65plus" in found or (age is not None and age >= 65)):
        return None  # nhs.uk Flu: 111 or a GP at 65 or over
    if "painful urination" in present and (
        (age is not None and not 16 <= age < 65) or "pregnancy" in found
    ):
        return None  # nhs.uk Cystitis / NHS Pharmacy First: women 16 to 64, not pregnant
    return ", ".join(present or [c.concept.removeprefix("sc_").replace("_", " ") for c in classes])


# round 10: a sweat the pain itself brings on ("疼得直冒冷汗", "cramps so bad I break out in a
# cold sweat"), not a sweat of its own
_PAIN_SWEAT = re.compile(
    r"(?:疼|痛)得[^，。,]{0,4}(?:冒|出|流)[^，。,]{0,2}(?:冷)?汗"
    r"|(?:pain|cramps?|hurts?|agony)[a-z ,']{0,30}(?:break|breaking|come|coming|came|broke) (?:out )?in(?:to)? a (?:cold )?sweat"
)


# How long a minor symptom alone may last before a GP should see it (7 days otherwise).
# round 10: nhs.uk Cough - most coughs clear up within 3 weeks (rest, fluids, honey and lemon, a
# pharmacist); see a GP for a cough lasting more than 3 weeks, coughing up blood or breathlessness
_SYMPTOM_DAYS = {"cough": 21.0}


_ANTIBIOTICS = re.compile(
    r"(?<!allergic to )(?<!allergy to )(?:antibiotic|amoxicillin|penicillin|doxycycline|clarithromycin|flucloxacillin|cefalexin|nitrofurantoin|trimethoprim|clindamycin|co-amoxiclav|augmentin|ciprofloxacin|cipro|erythromycin|metronidazole"
    r"|抗生素|消炎药|头孢|阿莫西林|青霉素|阿奇霉素|左氧氟沙星|克林霉素|林可霉素|红霉素|罗红霉素|克拉霉素|甲硝唑|诺氟沙星|环丙沙星|莫西沙星|抗菌素)"
    # an allergy named is no course taken ("青霉素过敏", "penicillin allergy")
    r"(?![^，。,;]{0,3}(?:过敏|allerg))"
)
_CONCEPT_NAMES = frozenset(c.name for c in CONCEPTS)
_SYMPTOM_NAMES = frozenset(c.name for c in SYMPTOMS)


def classify(
    messages: Sequence[str], facts: Mapping[str, str], red_flags: Sequence[str] = ()
) -> UrgencyResult:
    """Emergency on a red flag or an emergency discriminator, then urgent, self-care, routine."""
    found = features(messages, facts)
    rules = fired(found)
    emergency = [d for d in rules if d.level == "emergency"]
    urgent = [d for d in rules if d.level == "urgent"]
    if red_flags or emergency:
        level, chosen = "emergency", emergency
    elif urgent:
        level, chosen = "urgent", urgent
    else:
        chosen = []
        minor = _self_care(found, facts)
        if minor is not None:
            return UrgencyResult(
                "self_care", [],
                [f"Minor symptoms only ({minor}), no warning features"],
                ["仅有轻微症状，无警示特征"],
            )  # fmt: skip
        return UrgencyResult(
            "routine", [], ["No red flags or urgent features found"], ["未发现危险信号或紧急特征"]
        )
    return UrgencyResult(
        level,
        [d.code for d in chosen],
        [d.reason_en for d in chosen],
        [d.reason_zh for d in chosen],
    )


# Discriminators whose ground the red-flag rules already cover, reading history, fears and other
# people better ("had a seizure as a baby", "scared of having a seizure", a NICE-amber sleepy
# child with fever): they stay out of the first-line screen.
_FIRST_LINE_SKIP = frozenset(
    {"seizure", "floppy_or_unresponsive", "cardiac_chest_pain", "gi_bleeding", "peritonism"}
)


# A swollen, painful testicle told without the onset is an emergency only once the interview has
# not heard that it came on gradually: the first-line screen (one message, no facts) cannot know
# that, so it flags testicle pain at once only when sudden, severe or with vomiting (nhs.uk
# Testicle pain: A&E for sudden, very bad pain; urgent GP or 111 for pain or swelling over days).
_TESTIS_AT_ONCE = frozenset({"sudden", "sudden_word", "severe_pain", "vomiting", "nausea"})


def first_line_emergencies(messages: Sequence[str]) -> list[str]:
    """Codes of the emergency discriminators the patient's own words satisfy (no interview
    facts): a red flag at once, from the first message on."""
    found = features(messages, {})
    # pain told as severe in the message itself ("剧痛", "agony", "9/10")
    severe_word = any((severity_score(find_severity(m)) or 0) >= SEVERE_PAIN for m in messages)
    return [
        d.code
        for d in fired(found)
        if d.level == "emergency"
        and d.code not in _FIRST_LINE_SKIP
        and (d.code != "testicular_pain" or bool(_TESTIS_AT_ONCE & set(found)) or severe_word)
    ]


redflags.register_message_screen(
    [
        redflags.Rule(d.code, d.reason_en, d.reason_zh, (), d.source, "emergency")
        for d in DISCRIMINATORS
        if d.level == "emergency" and d.code not in _FIRST_LINE_SKIP
    ],
    first_line_emergencies,
)
