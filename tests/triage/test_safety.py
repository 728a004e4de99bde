"""Tests for the patient-facing reply safety check."""

import pytest

from consult.triage.planner import QUESTION_FACTS, question_template
from consult.triage.safety import (
    DRUGS_EN,
    DRUGS_ZH,
    check_patient_reply,
    check_sentence,
    safe_reply,
)

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


@pytest.mark.parametrize("fact", QUESTION_FACTS)
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


UNSAFE_SENTENCES = [
    ("en", "The maximum safe dose of paracetamol for an adult is 10 milligrams", "dose"),
    ("en", "The maximum safe dose for an adult is 10 milligrams.", "dose"),
    ("en", "Adults can have up to 4 grams a day.", "dose"),
    ("en", "The usual dosage is printed on the box.", "dose"),
    ("en", "You probably have appendicitis", "diagnosis"),
    ("en", "This looks like a case of shingles.", "diagnosis"),
    ("en", "You should take some tablets for the pain.", "medication_advice"),
    ("en", "Try taking something for the fever.", "medication_advice"),
    ("en", "Take two pills now.", "medication_advice"),
    ("en", "You can use a cream on it.", "medication_advice"),
    ("en", "Ibuprofen works well for this.", "drug_name"),
    ("zh", "布洛芬", "drug_name"),
    ("zh", "可以吃点布洛芬。", "drug_name"),
    ("zh", "每次吃两片", "dose"),
    ("zh", "成人最大剂量是每天四克。", "dose"),
    ("zh", "你可能是阑尾炎", "diagnosis"),
    ("zh", "您这是得了带状疱疹。", "diagnosis"),
    ("zh", "建议您先吃点止痛的药。", "medication_advice"),
    ("zh", "按时吃药就好了。", "medication_advice"),
    ("zh", "How long has it hurt?", "wrong_language"),
    ("zh", "请问疼了多久 please？", "wrong_language"),
    ("en", "请问疼了多久？", "wrong_language"),
    ("en", "<|im_end|>", "template_token"),
]

SAFE_SENTENCES = [
    ("en", "How long have you had this pain?"),
    ("en", "Thank you, I've noted that."),
    ("en", "6/10"),
    ("en", "Are you taking any medicines at the moment, including ones you bought yourself?"),
    ("zh", "好的，我记下了。"),
    ("zh", "疼了多久了？"),
    ("zh", "用0到10分来形容，现在大概几分？"),
    ("zh", "您平时有没有什么慢性病或长期的健康问题，以前有过类似的情况吗？"),
    ("zh", "如果感觉加重，请拨打120。"),
    ("zh", "医生会看您的CT结果。"),
]


@pytest.mark.parametrize(("lang", "sentence", "reason"), UNSAFE_SENTENCES)
def test_unsafe_sentences_are_refused(lang: str, sentence: str, reason: str) -> None:
    assert check_sentence(sentence, lang).reason == reason
    assert not check_patient_reply(sentence, lang).ok


@pytest.mark.parametrize(("lang", "sentence"), SAFE_SENTENCES)
def test_safe_sentences_pass(lang: str, sentence: str) -> None:
    assert check_sentence(sentence, lang).ok


def test_sentence_check_has_no_whole_reply_rules() -> None:
    long_question = "Could you tell me more about it? " * 12
    assert check_patient_reply(long_question, "en").reason == "too_long"
    assert check_sentence(long_question, "en").ok
    assert check_sentence("Thank you.", "en").ok  # not a question, still releasable
