"""Forms for patient sign-up."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import password_validation
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Patient, User


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

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is taken."))
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
