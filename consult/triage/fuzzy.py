"""Misspelling tolerance for red-flag key terms: one typo must not hide an emergency.

English: a word that is not a key term and not a known real word is replaced by the key term
within a bounded edit distance (optimal string alignment, so a swapped pair counts once; same
first letter; 5-7 letters: 1 edit, 8+: 2 edits, 4 letters: a swap only). Real words next to a
key term ("chess", "hart", "stoke") are only corrected where the next or previous word makes
the meaning unambiguous ("hart attack", "chess pain", "a stoke"). Chinese: common same-length
input-method homophone slips (胸通 → 胸痛). Indices into the original text are kept.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

KEY_TERMS: tuple[str, ...] = tuple(
    """
    chest pain pains breath breathe breathing breathless shortness heart attack unconscious
    unresponsive consciousness seizure seizures seizing convulsions convulsing sweating sweaty
    sweats clammy stroke fainted fainting collapsed bleeding vomiting vomited vomit blood overdose
    overdosed overdosing swallowed swallowing swallow poison poisoned poisoning suicide suicidal
    paracetamol acetaminophen ibuprofen tablets sleeping antifreeze bleach battery batteries
    anaphylaxis anaphylactic allergic swelling swollen crushing pressure tightness radiating
    spreading numbness weakness slurred drooping gasping choking pregnant headache unbearable
    excruciating severe tongue throat stiff cant tylenol weedkiller temperature inhaler
    goodbye farewell answering
    """.split()
)

# Real English words the corrector would otherwise change: whole words of the all-MiniLM-L6-v2
# WordPiece and SmolLM2 BPE vocabularies and their regular inflections that fall within the edit
# bound of a key term, plus a few the vocabularies lack ("overusing"). A test checks the list.
REAL_WORDS: frozenset[str] = frozenset(
    """
    allergen allergiced allergicer allergicly allergics allergies attach attacked attacker
    attackly attacks attackss attic bacterias bakeries battedly batter battered battereds
    batterer batterers batteried batteriesed batterieser batterieses batteriesly batteriess
    battering batterly batters batteryed batteryer batteryers batteryly batterys battlely
    battlers baxterly beach beaching beatless beatsing beneathing berthing betterly
    billeding bitterlies bitterly bladeding blameding blanding blazeding bleached bleaching
    bleaking bledding bleedinged bleedinger bleedingly bleedings blendeding blending
    blendings blesseding blessing blinding blond blonding blooding bloods bloody bloom
    bluesing bolteding bratters bratting breach breached breacher breaches breaching
    breading breadth breadthed breadther breadthing breadths breaking breaksing breasting
    breastsing breathed breatheding breatheds breathely breather breathers breathes
    breathinged breathinger breathingly breathings breathlessed breathlesser breathlesses
    breathlessly breathlesss breathly breaths breathsed breathser breathsers breathses
    breathsing breathss breathy bredding breeding breedings breedsing breezing brenting
    bresting bretting brood butterly chalking chant chaosing cheat checking cheeking chess
    chests chesty chets chicking choicing choiing choing choiring chokeding chokinged
    chokinger chokingly chokings chonging choosing chopping chording chosing chowing
    chroming chucking chunking clashing cloaking clocking coking collapse collapseded
    collapseder collapsedly collapseds collapsely collapser collapsers collapses collapsesed
    collapsess collapsible collared collinsed compulsions conclusions concussions confusing
    confusions consciousers consciouses consciousnessed consciousnesser consciousnesses
    consciousnessly consciousnesss consuling consulting conversing conversions convoysing
    cookiing cooking cookings cooksing couching coughing crashing crashings crest cresting
    crisping crooking crossing crouching crueling cruising crunching crusading crusheding
    crushinged crushinger crushingly crushings crusting cyrusing dripping drooled drooling
    dropping droppings dropsing drowning facinged facinging fadinged fadinging failsing
    fainter fainters faintlied faintly faintlyed faintlying faints fairsing fairying
    faithing famining fannying faulting faunaing fausting fiancing finiting flinging flinted
    flinting flirting fringing fronting gaping gapping gapsing gasesing gasing gaspeding
    gaspinged gaspinger gaspingly gaspings gaspsing glassing grasping graspings grassing
    headached headachely headacher headachers headaches heard hears hearst hearth hearts
    hearty numberss overcome overcomed overcoming overdid overdoes overdoing overdone
    overdosely overdoser overdosers overdoses overdue oversing overuse overused overuses
    overusing paids painful painkiller painkillers painless painss paint paints pairs pawns
    personed personing pistoned pistoning plain plains pleasure poignant poiseded poiseding
    poisoneded poisoneder poisoneding poisonedly poisoneds poisoner poisoners poisoninged
    poisoninger poisoningly poisonings poisonly poisons potioned potioning pregnancy
    pregnanted pregnanter pregnantly pregnants pressers pressured pressureds pressurely
    pressurer pressurers pressures pressuress prison prisoned prisoner prisoning prisonsed
    prisonsing racialing racisting radhaing radialing radianting radiateding radiatinged
    radiatinger radiatingly radiatings radiation radiations radiative radicaling radioing
    radiosing radiusing rasping scenting screaming seating seatings seats seatsing seedling
    seeping seining seized seizeding seizes seizinged seizinger seizingly seizings seizured
    seizurely seizurer seizurers seizuresed seizureser seizureses seizuresly seizuress
    seizuring selling sellings sellsing senating servered serverer sever severed severeds
    severely severer severers severes severn severned severner sewaging shalling shallow
    shallowed shallower shallowing shallows shearing sheathing sheening sheeping sheering
    sheeting shelfing shelling shellsing shellying shortagess shorteneds shorters shortest
    shortests shortsers shortses shriness siredding sizing skilling skulling slapping
    sleeking sleepering sleepied sleepies sleepinged sleepinger sleepingly sleepings
    sleepsing sleepying sleeving slepting slipping slooping slumping slurped smalling
    smearing smelling smellings smellsing sneaking sneezing sniff softness solarred soreness
    spareding speaking spearing spedding speeding spelling spellings spellsing spending
    spenting spilling spraying spreadinged spreadinger spreadingly spreadings spreadsing
    spurred spurreds squating staff stalling steaking stealing steaming steeling steeping
    steering steining stellaing stepping sterling stiffen stiffer stiffs stilling stoke
    streaking streaming strike strobe strode stroked strokeds strokely stroker strokers
    strokes strokess stroking strove stuff stuffy suicidaled suicidaler suicidally suicidals
    suicided suicidely suicider suiciders suicides surred swalloweded swalloweder
    swalloweding swallowedly swalloweds swallower swallowers swallowinged swallowinger
    swallowingly swallowings swallowly swallows swallowsed swallowser swallowses swallowsing
    swallowss swats swatting swearing swearings swears sweary sweat sweated sweater
    sweatering sweaters sweatied sweaties sweatinged sweatinger sweatingly sweatings sweatly
    sweatyed sweatyer sweatying sweatyly sweatys sweeping sweepings sweepsing sweetiing
    sweeting sweetly sweets sweetsing swelled swelleding swellinged swellinger swellingly
    swellings swepting swepts swifting swirling swollened swollener swollenly swollens
    tablers tables tableses tabless tablet tableted tableter tableters tabletly tabletsed
    tabletser tabletses tabletsly tabletss tallests threat throated throater throatly
    throats throaty tighteneds tighteners tightens tighters tongued tonguely tonguer
    tonguers tongues tonguess unbearabled unbearablely unbearabler unbearablers unbearables
    unconscioused unconsciouser unconsciouses unconsciously unconsciouss visiting vomitinged
    vomitinger vomitingly vomitings vomits vomitted vomitter vomitting weakeneds weakeners
    weaknessed weaknesser weaknesses weaknessly weaknesss wellness inhaled inhaleder inhaleds
    temperate temperater temperaters temperatured temperaturely temperaturer temperaturers
    temperatures temperaturess
    answereding answeringed answeringer answeringly answerings answersing antwerping anywhering
    farewelled fareweller farewellly farewells goodbyed goodbyely goodbyer goodbyers goodbyes
    """.split()
)

# A real word corrected only beside the word that disambiguates it: (word, neighbour, fix, side).
_CONTEXT_FIXES: tuple[tuple[str, str, str, int], ...] = (
    ("hart", "attack", "heart", 1),
    ("heat", "attack", "heart", 1),
    ("heard", "attack", "heart", 1),
    ("chess", "pain", "chest", 1),
    ("chess", "pains", "chest", 1),
    ("chess", "tightness", "chest", 1),
    ("chess", "pressure", "chest", 1),
    ("attach", "heart", "attack", -1),
    ("stoke", "a", "stroke", -1),
    ("stoke", "mini", "stroke", -1),
)

# Same-length input-method slips in Chinese, so indices do not move.
_ZH_SLIPS: tuple[tuple[str, str], ...] = (
    ("胸通", "胸痛"),
    ("凶痛", "胸痛"),
    ("凶口", "胸口"),
    ("兄口", "胸口"),
    ("心埂", "心梗"),
    ("中疯", "中风"),
    ("呼吸苦难", "呼吸困难"),
    ("安眠要", "安眠药"),
    ("晕到了", "晕倒了"),
    ("晕到在地", "晕倒在地"),
    ("昏到了", "昏倒了"),
    ("抽触", "抽搐"),
    ("喘不上起", "喘不上气"),
    ("喘不过起", "喘不过气"),
    ("上不来起", "上不来气"),
)

_WORD = re.compile(r"[a-z]+")
_KEYS = frozenset(KEY_TERMS)


def _max_edits(length: int) -> int:
    if length < 4:
        return 0
    return 1 if length <= 7 else 2


def correct_word(word: str) -> str | None:
    """The key term a lower-case word is a misspelling of, or None."""
    if word in _KEYS or word in REAL_WORDS:
        return None
    limit = _max_edits(len(word))
    if limit == 0:
        return None
    candidates = [k for k in KEY_TERMS if k[0] == word[0] and abs(len(k) - len(word)) <= limit]
    if len(word) == 4:
        candidates = [k for k in candidates if len(k) == 4 and sorted(k) == sorted(word)]
    best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=limit)
    return best[0] if best else None


def correct(text: str) -> tuple[str, list[int]]:
    """Spell-corrected lower-case text and, for each of its characters plus the end, the index
    of the original character it came from."""
    for slip, fix in _ZH_SLIPS:
        text = text.replace(slip, fix)
    words = list(_WORD.finditer(text))
    fixes: dict[int, str] = {}
    for i, m in enumerate(words):
        fixed = correct_word(m.group())
        if fixed:
            fixes[i] = fixed
    for i, m in enumerate(words):
        for word, neighbour, fix, side in _CONTEXT_FIXES:
            j = i + side
            if m.group() == word and 0 <= j < len(words):
                if fixes.get(j, words[j].group()) == neighbour:
                    fixes[i] = fix
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for i, m in enumerate(words):
        if i not in fixes:
            continue
        out.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        out.append(fixes[i])
        last = m.end() - 1
        index.extend(min(m.start() + k, last) for k in range(len(fixes[i])))
        pos = m.end()
    out.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(out), index
