"""Red-flag codes (consult/triage/redflags.py) and the knowledge-base conditions they point to:
a deterministic red flag puts its condition among the first diagnostic suggestions, also when
the interview stopped at that flag and the patient's words alone are too few for retrieval."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

# Only flags that name a condition; flags that name a state (severe breathing difficulty, a sick
# child, serious burns, heavy bleeding) leave the ranking to retrieval. In order of likelihood.
FLAG_CONDITIONS: dict[str, tuple[str, ...]] = {
    "anaphylaxis": ("anaphylaxis", "angioedema"),
    "sting_mouth_throat": ("anaphylaxis", "angioedema"),
    "aortic_dissection": ("aortic_dissection",),
    "bowel_obstruction": ("bowel_obstruction", "intussusception"),
    "chest_pain_cardiac": ("acute_myocardial_infarction", "stable_angina"),
    "diabetic_emergency": ("diabetic_ketoacidosis", "hypoglycaemia"),
    "diabetes_confused": ("hypoglycaemia", "diabetic_ketoacidosis"),
    "dvt_pe": ("pulmonary_embolism", "deep_vein_thrombosis"),
    "gi_bleed": ("upper_gi_bleed",),
    "heatstroke_signs": ("heat_stroke", "heat_exhaustion"),
    "meningitis": ("bacterial_meningitis", "sepsis"),
    "necrotising_fasciitis_signs": ("necrotising_fasciitis",),
    "overdose_poisoning": ("paracetamol_overdose", "carbon_monoxide_poisoning"),
    "pre_eclampsia_signs": ("pre_eclampsia",),
    "pregnancy_bleeding_pain": ("ectopic_pregnancy", "miscarriage"),
    "psychosis_risk": ("acute_psychosis", "bipolar_mania"),
    "sepsis_confusion": ("sepsis",),
    "spinal_cord_red": ("cauda_equina_syndrome",),
    "stroke": ("stroke", "transient_ischaemic_attack"),
    "suicide_self_harm": ("suicidal_ideation", "depression", "postpartum_depression"),
    "testicular_pain_lay": ("testicular_torsion", "epididymo_orchitis"),
    "unconscious_seizure": ("first_seizure", "epilepsy", "febrile_seizure"),
    "infant_fever": ("fever_in_child", "sepsis"),
    # Round 6 (r6a, r6c): newer rule codes for the same conditions.
    "head_injury_blood_thinner": ("concussion",),
    "head_injury_red": ("concussion",),
    "no_urine_drowsy": ("sepsis", "dehydration"),
    # Round 6 (r6d-zh-09): a stone with a fever is the stone first, its infection second.
    "kidney_stone_infected": ("renal_colic", "pyelonephritis"),
}
# Round 6: codes of the further screens registered with redflags.py (urgency.py's emergency
# discriminators, redflags.register_message_screen) and of its urgent rules: the same rule of a
# flag naming a condition holds (r6a-en-20, r6c-zh-07: a head injury with vomiting or confusion is
# concussion first; r6c-en-06, r5b-en-03: sepsis). `cauda_equina` is left out on purpose: it also
# fires on numb, cold legs with a sudden back pain (aortic dissection, r6c-zh-05), and
# `spinal_cord_red` names the syndrome.
SCREEN_FLAG_CONDITIONS: dict[str, tuple[str, ...]] = {
    "acute_abdomen": ("acute_appendicitis",),
    "acute_glaucoma": ("acute_angle_closure_glaucoma",),
    "carbon_monoxide": ("carbon_monoxide_poisoning",),
    "delirium_tremens": ("alcohol_withdrawal",),
    "ectopic_signs": ("ectopic_pregnancy",),
    # Round 9 (r9b-en-27): an eyelid red and swollen shut after a cold is cellulitis around the eye
    # (nhs.uk Cellulitis; NICE CKS Cellulitis - acute: periorbital/orbital cellulitis), not a stye.
    "orbital_cellulitis": ("cellulitis",),
    "fever_after_travel": ("malaria", "dengue_fever"),
    "giant_cell_arteritis_vision": ("giant_cell_arteritis",),
    "head_injury_anticoagulant": ("concussion",),
    "head_injury_warning": ("concussion",),
    "heatstroke": ("heat_stroke", "heat_exhaustion"),
    "hypertensive_emergency": ("hypertensive_urgency",),
    "hypoglycaemia": ("hypoglycaemia", "diabetic_ketoacidosis"),
    "infant_bowel_emergency": ("intussusception", "bowel_obstruction"),
    "neutropenic_sepsis": ("sepsis",),
    "pre_eclampsia": ("pre_eclampsia",),
    "pulmonary_embolism": ("pulmonary_embolism", "deep_vein_thrombosis"),
    "sepsis": ("sepsis",),
    "sepsis_signs": ("sepsis",),
    "suicidal_thoughts": ("suicidal_ideation", "depression"),
    "testicular_pain": ("testicular_torsion", "epididymo_orchitis"),
    "urinary_retention": ("acute_urinary_retention",),
    "worst_headache": ("subarachnoid_haemorrhage",),
}
# How far down the retrieval ranking a flagged condition may sit and still be moved up; below
# it, only the flag's first condition is put first.
AGREEMENT = 10

H = TypeVar("H")


def flagged_first(
    ranking: Sequence[H], flags: Sequence[str], k: int, *, key=lambda hit: hit.condition.id
) -> list[H]:
    """The first `k` of `ranking` (retrieval hits, best first) with the red flags' conditions
    moved to the front: those retrieval also ranks within AGREEMENT (their order kept, at most
    two), and the first flag's first condition whenever retrieval has it at all (first when
    no other agrees, else second)."""
    ids = [key(hit) for hit in ranking]
    wanted: list[str] = []
    for code in flags:
        named = FLAG_CONDITIONS.get(code) or SCREEN_FLAG_CONDITIONS.get(code, ())
        wanted += [c for c in named if c not in wanted]
    if not wanted:
        return list(ranking[:k])
    agreeing = [c for c in ids[:AGREEMENT] if c in wanted][:2]
    # The first flag's first condition is what the flag names: it is always among them, after
    # a closer condition retrieval agrees with (r6a-en-12: depression, then suicidal ideation;
    # r6a-en-06: angioedema, then anaphylaxis).
    if wanted[0] not in agreeing and wanted[0] in ids:
        agreeing = agreeing[:1] + [wanted[0]]
    first = [ranking[ids.index(c)] for c in agreeing]
    rest = [hit for hit in ranking if key(hit) not in agreeing]
    return (first + rest)[:k]


# Round 9w (r9y-zh-59): flags that also fire on a state with no fit told (a baby drowsy and hard
# to wake after vomiting and diarrhoea: nhs.uk Dehydration, call 999) name their seizure
# conditions only when the patient tells a fit; otherwise retrieval ranks.
FLAG_NEEDS_CONCEPT: dict[str, str] = {"unconscious_seizure": "seizure"}


# Round 11 (r11t-en-07): a flag that names a state (a floppy, unresponsive child) names the
# conditions that cannot be missed once the patient's words add their signs: a sick child with a
# fever and a rash is meningococcal disease or sepsis until shown otherwise (NICE NG143 Fever in
# under 5s, red features; nhs.uk Meningitis). Each entry: the state flag, groups of concepts of
# which one each must be told, and the flag whose conditions it then adds.
STATE_FLAG_SIGNS: tuple[tuple[str, tuple[frozenset[str], ...], str], ...] = (
    ("sick_child", (frozenset({"rash"}), frozenset({"fever", "skin_warm"})), "meningitis"),
)


# Round 13 (dx, h12b-en-11): signs that name a condition with no red flag fired: a fever or
# shivering in someone whose immune system is weakened (chemotherapy, 化疗) is neutropenic sepsis
# until shown otherwise (NICE CG151 Neutropenic sepsis; nhs.uk/conditions/sepsis/), however much
# it sounds like a cold. Each entry: groups of concepts of which one each must be told, and the
# flag whose conditions it adds.
SIGN_FLAGS: tuple[tuple[tuple[frozenset[str], ...], str], ...] = (
    ((frozenset({"immunosuppressed"}), frozenset({"fever", "chills"})), "neutropenic_sepsis"),
)


def told_flags(retriever, query: str, flags: Sequence[str]) -> list[str]:
    """The flags whose conditions the patient's words support (FLAG_NEEDS_CONCEPT), the flags a
    state flag adds with the signs told (STATE_FLAG_SIGNS), and those the signs alone add
    (SIGN_FLAGS), after the flags that fired."""
    states = [entry for entry in STATE_FLAG_SIGNS if entry[0] in flags]
    present = retriever.lexicon.find(query).present
    told = [f for f in flags if FLAG_NEEDS_CONCEPT.get(f, "") in present | {""}]
    for _state, groups, added in states:
        if all(group & present for group in groups) and added not in told:
            told.append(added)
    for groups, added in SIGN_FLAGS:
        if all(group & present for group in groups) and added not in told:
            told.append(added)
    return told


def flagged_search(retriever, query: str, flags: Sequence[str], k: int) -> list:
    """`retriever.search` as the clinician's suggestions rank: the whole ranking, the red
    flags' conditions moved first (flagged_first), the first `k`."""
    ranking = retriever.search(query, k=len(retriever.conditions))
    return flagged_first(ranking, told_flags(retriever, query, flags), k)
