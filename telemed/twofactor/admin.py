"""Admin: device secrets and backup codes stay out of admin; resets go through the user action."""

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

# django-otp's own admin shows TOTP keys and backup codes in clear (this app is listed after the
# django-otp apps, so their registrations exist by now).
for model in (TOTPDevice, StaticDevice):
    try:
        admin.site.unregister(model)
    except NotRegistered:
        pass
