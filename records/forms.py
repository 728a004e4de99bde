"""Forms for patient sign-up, reports and the clinician's record entries."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import password_validation
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AllergyIntolerance, Encounter, MedicationStatement, Patient, User
from .services import VITAL_SIGNS, icd10_check, vital_check
from .units import display_unit


class SignupForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    birth_date = forms.DateField(
        label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"})
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=Patient.Sex.choices)
    phone = forms.RegexField(
        label=_("Phone"),
        regex=r"^\+?[0-9 ()-]{6,20}$",
        error_messages={"invalid": _("Enter a phone number, digits only, e.g. +1 555 010 0199.")},
    )
    email = forms.EmailField(label=_("Email (optional)"), required=False)
    username = forms.RegexField(
        label=_("Username"),
        max_length=150,
        regex=r"^[\w.@+-]+$",
        help_text=_("Letters, digits and @/./+/-/_ only."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Confirm password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    # All a unique username has to tell, said the same way whether it was taken long ago or
    # a moment ago (see the sign-up view); sign-ups per address are rate-limited too.
    USERNAME_UNAVAILABLE = _("This username cannot be used. Please choose another one.")

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(self.USERNAME_UNAVAILABLE, code="unavailable")
        return username

    def clean_birth_date(self) -> dt.date:
        born = self.cleaned_data["birth_date"]
        if born > timezone.localdate() or born.year < 1900:
            raise forms.ValidationError(_("Enter a real date of birth."))
        return born

    def clean(self) -> dict:
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The two passwords differ."))
        elif p1 and data.get("username"):
            probe = User(username=data["username"], email=data.get("email", ""))
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return data


# --- reports ---------------------------------------------------------------------------------


def _section(label: str) -> forms.CharField:
    return forms.CharField(
        label=label, required=False, max_length=20000, widget=forms.Textarea(attrs={"rows": 5})
    )


DEFAULT_SAFETY_NETTING = _(
    "If your symptoms get worse, new symptoms appear, or you are not better by the follow-up "
    "date, start a follow-up consultation or see a doctor in person."
)


class ReportForm(forms.Form):
    """The four SOAP sections of a draft, and what the patient takes home: the follow-up plan
    and what to do if things get worse."""

    subjective = _section(_("Subjective"))
    objective = _section(_("Objective"))
    assessment = _section(_("Assessment"))
    plan = _section(_("Plan"))
    follow_up_instructions = forms.CharField(
        label=_("Follow-up plan"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the patient when the consultation closes."),
    )
    follow_up_date = forms.DateField(
        label=_("Follow-up date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    safety_netting = forms.CharField(
        label=_("If things get worse"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What the patient should do if symptoms worsen; edit the suggested text."),
    )

    def clean_follow_up_date(self) -> dt.date | None:
        when = self.cleaned_data.get("follow_up_date")
        changed = "follow_up_date" in self.changed_data  # an amendment may keep an old date
        if changed and when is not None and when < timezone.localdate():
            raise forms.ValidationError(_("The follow-up date is in the past."))
        return when


class AmendForm(ReportForm):
    reason = forms.CharField(
        label=_("Reason for the amendment"),
        max_length=500,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


# --- record entries --------------------------------------------------------------------------


class _PatientEntryForm(forms.Form):
    """A record entry for one patient; `encounter` (optional) is limited to theirs."""

    encounter = forms.ModelChoiceField(
        label=_("Encounter"), queryset=Encounter.objects.none(), required=False
    )

    def __init__(self, *args, patient: Patient, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.patient = patient
        if "encounter" in self.fields:
            self.fields["encounter"].queryset = Encounter.objects.filter(patient=patient).order_by(
                "-period_start"
            )


class ObservationForm(_PatientEntryForm):
    code = forms.ChoiceField(
        label=_("Vital sign"),
        choices=[(v.code, f"{v.label} ({display_unit(v.unit)})") for v in VITAL_SIGNS.values()],
    )
    value = forms.DecimalField(label=_("Value"), max_digits=10, decimal_places=2)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("code") and data.get("value") is not None:
            try:
                vital_check(code=data["code"], value=data["value"])
            except forms.ValidationError as exc:
                self.add_error("value", exc)
        return data


class AllergyForm(_PatientEntryForm):
    encounter = None
    substance = forms.CharField(label=_("Substance"), max_length=200)
    reaction = forms.CharField(label=_("Reaction"), max_length=300, required=False)
    criticality = forms.ChoiceField(
        label=_("Criticality"), choices=AllergyIntolerance.Criticality.choices
    )


class MedicationForm(_PatientEntryForm):
    encounter = None
    medication = forms.CharField(label=_("Medication"), max_length=200)
    dosage = forms.CharField(label=_("Dosage"), max_length=200, required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=MedicationStatement.Status.choices,
        initial=MedicationStatement.Status.ACTIVE,
    )
    effective_start = forms.DateField(
        label=_("Since"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    effective_end = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("effective_start"), data.get("effective_end")
        if start and end and end < start:
            self.add_error("effective_end", _("The end date is before the start date."))
        return data


class ConditionForm(_PatientEntryForm):
    icd10_code = forms.CharField(
        label=_("ICD-10 code"),
        max_length=10,
        widget=forms.TextInput(
            attrs={"list": "icd10-options", "autocomplete": "off", "data-icd-search": "1"}
        ),
    )
    display = forms.CharField(label=_("Diagnosis"), max_length=300, required=False)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea({"rows": 2}))

    def clean_icd10_code(self) -> str:
        return icd10_check(self.cleaned_data["icd10_code"])
