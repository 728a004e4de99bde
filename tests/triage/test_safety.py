"""Tests for the patient-facing reply safety check."""

import pytest

from consult.triage.planner import FACTS, question_template
from consult.triage.safety import DRUGS_EN, DRUGS_ZH, check_patient_reply, safe_reply

SAFE = [
    ("en", "How long have you had this pain?"),
    ("en", "I'm sorry you're feeling unwell. Where exactly does it hurt?"),
    ("en", "On a scale from 0 to 10, how strong is the pain?"),
    ("en", "Are you taking any medicines right now?"),
    ("en", "Do you have any allergies?"),
    ("en", "Have you had a fever or chills?"),
    ("zh", "这种疼痛持续多久了？"),
    ("zh", "请问您现在在吃什么药吗？"),
    ("zh", "有没有发烧或者咳嗽？"),
    ("zh", "用0到10分来形容，您觉得有多痛？"),
    ("zh", "这是第一次出现这种情况吗？"),
]

UNSAFE = [
    ("en", "", "empty"),
    ("en", "   ", "empty"),
    ("en", "How long? " * 60, "too_long"),
    ("zh", "请问" * 80, "too_long"),
    ("en", "<|im_start|>assistant How long has it hurt?", "template_token"),
    ("en", "How long has it hurt? </patient_message>", "template_token"),
    ("en", "assistant: How long has it hurt?", "template_token"),
    ("en", "Where does it hurt? {fact}", "template_token"),
    ("zh", "How long have you had the pain?", "wrong_language"),
    ("en", "Take 400 mg every 6 hours.", "dose"),
    ("en", "You can take 2 tablets twice a day.", "dose"),
    ("zh", "每次吃两片就好。", "dose"),
    ("zh", "可以服用500毫克。", "dose"),
    ("en", "Have you tried ibuprofen?", "drug_name"),
    ("en", "Some paracetamol may help. How long has it hurt?", "drug_name"),
    ("en", "Are you on any antibiotics?", "drug_name"),
    ("zh", "您吃过布洛芬吗？", "drug_name"),
    ("zh", "可以试试对乙酰氨基酚。", "drug_name"),
    ("zh", "需要用抗生素吗？", "drug_name"),
    ("en", "You probably have the flu. How long has it lasted?", "diagnosis"),
    ("en", "It is likely a migraine.", "diagnosis"),
    ("en", "This sounds like appendicitis, when did it start?", "diagnosis"),
    ("en", "My diagnosis is a viral infection.", "diagnosis"),
    ("en", "Could it be bronchitis?", "diagnosis"),
    ("zh", "你得了感冒。", "diagnosis"),
    ("zh", "诊断是偏头痛。", "diagnosis"),
    ("zh", "可能是胃炎，疼了多久了？", "diagnosis"),
    ("zh", "这应该是肠胃的毛病引起的病吧？", "diagnosis"),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_safe_replies_pass(lang: str, text: str) -> None:
    assert check_patient_reply(text, lang).ok


@pytest.mark.parametrize(("lang", "text", "reason"), UNSAFE)
def test_unsafe_replies_are_refused(lang: str, text: str, reason: str) -> None:
    result = check_patient_reply(text, lang)
    assert not result.ok
    assert result.reason == reason


@pytest.mark.parametrize("fact", FACTS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_templates_pass_and_are_the_safe_reply(fact: str, lang: str) -> None:
    reply = safe_reply(fact, lang)
    assert reply == question_template(fact, lang)
    assert check_patient_reply(reply, lang).ok


def test_drug_vocabulary_is_broad() -> None:
    assert len(DRUGS_EN) + len(DRUGS_ZH) >= 60


@pytest.mark.parametrize(
    "drug", ["amoxicillin", "aspirin", "acetaminophen", "insulin", "阿司匹林", "阿莫西林", "头孢"]
)
def test_each_drug_is_refused(drug: str) -> None:
    lang = "zh" if not drug.isascii() else "en"
    text = f"您在用{drug}吗？" if lang == "zh" else f"Are you using {drug} at the moment?"
    assert check_patient_reply(text, lang).reason == "drug_name"


def test_reason_never_contains_the_reply() -> None:
    result = check_patient_reply("You probably have the flu", "en")
    assert result.reason is not None and "flu" not in result.reason
