"""Top-level URL configuration."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import TemplateView

from records import views as records_views
from records.language import set_language

from .health import healthz

urlpatterns = [
    path("", TemplateView.as_view(template_name="landing.html"), name="landing"),
    path("accounts/signup/", records_views.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("after-login/", records_views.after_login, name="after_login"),
    path("accounts/2fa/", include("telemed.twofactor.urls")),
    path("healthz", healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("consult.urls")),
    path("", include("records.urls")),
]

handler403 = "telemed.error_views.forbidden"
handler404 = "telemed.error_views.not_found"
handler500 = "telemed.error_views.server_error"
