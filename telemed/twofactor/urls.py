"""Routes of the second factor (enrolment, verification, backup codes)."""

from django.urls import path

from . import views

app_name = "twofactor"

urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
    path("backup-codes/", views.backup_codes, name="backup_codes"),
]
