"""Settings for Telemed: the only module that reads environment variables."""

from __future__ import annotations

import os
import secrets
import time
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name, "")
    return float(value) if value.strip() else default


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def dev_secret_key(path: Path) -> str:
    """The development key: made once and kept in an ignored file, so restarting `make run`
    keeps everyone logged in. Never used with DEBUG off."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _attempt in range(50):  # another process (web, worker) may be writing it now
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.05)
        raise ImproperlyConfigured(f"{path} is empty; delete it to make a new key") from None
    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as out:
        out.write(key + "\n")
    return key


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        default_file = BASE_DIR / ".cache" / "dev-secret-key"
        SECRET_KEY = dev_secret_key(Path(env_str("TELEMED_DEV_SECRET_KEY_FILE", str(default_file))))
    elif env_bool("TELEMED_ALLOW_EPHEMERAL_SECRET", False):
        SECRET_KEY = "ephemeral-" + secrets.token_urlsafe(40)
    else:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "records",
    "consult",
    # Second factor for clinicians and admins (after django-otp, whose admin it trims).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "telemed.twofactor",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "telemed.twofactor.middleware.StaffIdleTimeoutMiddleware",
    "telemed.twofactor.middleware.SecondFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "telemed.urls"
ASGI_APPLICATION = "telemed.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=0
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's native psycopg pool: bursts of chat sends reuse connections instead of
    # opening one per request (a peer product answered 500 to most of 264 concurrent sends).
    DATABASES["default"]["OPTIONS"] = {
        "pool": {
            "min_size": env_int("TELEMED_DB_POOL_MIN", 2),
            "max_size": env_int("TELEMED_DB_POOL_MAX", 20),
            "timeout": env_float("TELEMED_DB_POOL_TIMEOUT", 10.0),
        }
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "records.User"
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/after-login/"
LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_str("DJANGO_LANGUAGE_CODE", "en")
LANGUAGES = [("en", _("English")), ("zh-hans", _("Simplified Chinese"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TELEMED_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = True

# Chat attachments live outside the web root and are served only through an access-checked view.
TELEMED_UPLOAD_MAX_BYTES = env_int("TELEMED_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
TELEMED_STORAGE_BACKEND = env_str("TELEMED_STORAGE_BACKEND", "filesystem")
TELEMED_MEDIA_ROOT = env_str("TELEMED_MEDIA_ROOT", str(BASE_DIR / "var" / "attachments"))
if TELEMED_STORAGE_BACKEND == "s3":
    _ATTACHMENT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("TELEMED_S3_BUCKET", "telemed-attachments"),
            "endpoint_url": env_str("TELEMED_S3_ENDPOINT_URL", "") or None,
            "access_key": env_str("TELEMED_S3_ACCESS_KEY", "") or None,
            "secret_key": env_str("TELEMED_S3_SECRET_KEY", "") or None,
            "region_name": env_str("TELEMED_S3_REGION", "") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    _ATTACHMENT_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # no base_url: files are never served directly
        "OPTIONS": {"location": TELEMED_MEDIA_ROOT, "base_url": None},
    }
# Email (notifications): console under DEBUG, SMTP otherwise, unless set.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_FILE_PATH = env_str("DJANGO_EMAIL_FILE_PATH", "") or None
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "Telemed <no-reply@localhost>")
# Printed on the letterhead of reports and in emails.
TELEMED_CLINIC_NAME = env_str("TELEMED_CLINIC_NAME", "Telemed Clinic")
TELEMED_CLINIC_ADDRESS = env_str("TELEMED_CLINIC_ADDRESS", "")
TELEMED_CLINIC_LICENCE = env_str("TELEMED_CLINIC_LICENCE", "")
TELEMED_CLINIC_PHONE = env_str("TELEMED_CLINIC_PHONE", "")
# Absolute address of the site for links in emails (no request there to build it from).
TELEMED_SITE_URL = env_str("TELEMED_SITE_URL", "http://localhost:8000").rstrip("/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "attachments": _ATTACHMENT_STORAGE,
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Clinicians and admins pass a TOTP second factor (or a backup code) before any clinical page,
# API or socket; `make run` (DEBUG) turns it off unless set.
TELEMED_REQUIRE_2FA = env_bool("TELEMED_REQUIRE_2FA", not DEBUG)
# HIPAA automatic logoff: seconds without a request before a staff session ends (0: never).
TELEMED_STAFF_IDLE_TIMEOUT = env_int("TELEMED_STAFF_IDLE_TIMEOUT", 900)
OTP_TOTP_ISSUER = "Telemed"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")

CHANNEL_LAYERS = {
    "default": {
        # channels_redis's layer, its group send pipelined (telemed/channel_layer.py)
        "BACKEND": "telemed.channel_layer.PipelinedRedisChannelLayer",
        "CONFIG": {
            # socket_timeout=None: redis-py 8 times out idle blocking reads after 5 s,
            # which makes channels-redis drop idle sockets with 1011 (channels_redis #422).
            "hosts": [{"address": REDIS_URL, "socket_timeout": None}],
            # The default capacity (100) silently drops group messages under bursts.
            "capacity": env_int("TELEMED_CHANNEL_CAPACITY", 2000),
            "expiry": env_int("TELEMED_CHANNEL_EXPIRY", 60),
            "group_expiry": env_int("TELEMED_CHANNEL_GROUP_EXPIRY", 86400),
            "prefix": env_str("TELEMED_CHANNEL_PREFIX", "telemed"),
        },
    }
}

CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("TELEMED_VISIBILITY_TIMEOUT", 600)}
CELERY_TASK_DEFAULT_QUEUE = env_str("TELEMED_CELERY_QUEUE", "telemed")

TELEMED_LLM_MODEL = env_str("TELEMED_LLM_MODEL", "bundled")
TELEMED_LLM_DEVICE = env_str("TELEMED_LLM_DEVICE", "auto")
TELEMED_LLM_CACHE_DIR = Path(env_str("TELEMED_LLM_CACHE_DIR", str(BASE_DIR / ".cache" / "models")))
TELEMED_LLM_MAX_NEW_TOKENS = env_int("TELEMED_LLM_MAX_NEW_TOKENS", 96)
TELEMED_LLM_MAX_TIME = env_float("TELEMED_LLM_MAX_TIME", 30.0)
TELEMED_AI_ENABLED = env_bool("TELEMED_AI_ENABLED", True)
# The learned emergency screen beside the triage rules (consult/triage/learned.py): raises only.
TELEMED_TRIAGE_LEARNED = env_bool("TELEMED_TRIAGE_LEARNED", True)
# Engine backend: "local" (transformers in the worker) or "openai" (vLLM, SGLang, TGI, Ollama,
# `transformers serve`: any OpenAI-compatible chat-completions server with streaming).
TELEMED_LLM_BACKEND = env_str("TELEMED_LLM_BACKEND", "local")
TELEMED_LLM_BASE_URL = env_str("TELEMED_LLM_BASE_URL", "")
TELEMED_LLM_API_KEY = env_str("TELEMED_LLM_API_KEY", "")
TELEMED_LLM_TIMEOUT = env_float("TELEMED_LLM_TIMEOUT", 30.0)
# Jobs one worker process keeps in flight (0: chosen by device; CPU 1 stream + a bounded queue).
TELEMED_LLM_MAX_CONCURRENCY = env_int("TELEMED_LLM_MAX_CONCURRENCY", 0) or (
    64 if TELEMED_LLM_DEVICE.startswith("cuda") else 4
)
# One worker process per GPU runs `--pool=threads`: this many jobs in flight share the engine;
# more wait in the broker (acks_late, prefetch 1 per thread).
CELERY_WORKER_CONCURRENCY = TELEMED_LLM_MAX_CONCURRENCY
CELERY_WORKER_POOL = "threads"
# Who words the interview's questions: "template" (the planner's bilingual text, instant),
# "model" (the language model, checked sentence by sentence), "auto" (template for the bundled
# 135M model, whose wording rarely survives the output check; the model for a configured one).
TELEMED_AI_PHRASING = env_str("TELEMED_AI_PHRASING", "auto")
# With model phrasing, a first token expected later than this (replies already queued, a slow or
# busy engine) lets the planner's template answer at once instead.
TELEMED_AI_FAST_FIRST_TOKEN_S = env_float("TELEMED_AI_FAST_FIRST_TOKEN_S", 1.5)
# Continuous batching for the local engine: unset = on CUDA only; 1 forces it on CPU too.
TELEMED_LLM_BATCHING = env_str("TELEMED_LLM_BATCHING", "")
TELEMED_LLM_DTYPE = env_str("TELEMED_LLM_DTYPE", "") or None
TELEMED_LLM_WARMUP = env_bool("TELEMED_LLM_WARMUP", True)
TELEMED_AI_MAX_ACTIVE_JOBS_PER_PATIENT = env_int("TELEMED_AI_MAX_ACTIVE_JOBS_PER_PATIENT", 1)
TELEMED_EMERGENCY_NUMBER_EN = env_str("TELEMED_EMERGENCY_NUMBER_EN", "911")
TELEMED_EMERGENCY_NUMBER_ZH = env_str("TELEMED_EMERGENCY_NUMBER_ZH", "120")
TELEMED_MAX_MESSAGE_CHARS = 4000
# Chat frames one user may send (`N/s`, `N/m` or `N/h`); over it a frame gets `rate_limited`.
TELEMED_MESSAGE_RATE = env_str("TELEMED_MESSAGE_RATE", "60/m")
# Files (photos, PDFs) one user may send in the chat, counted like messages.
TELEMED_UPLOAD_RATE = env_str("TELEMED_UPLOAD_RATE", "20/m")
# Open sockets re-check their access at least this often (seconds), besides on every frame.
TELEMED_SOCKET_RECHECK_S = env_float("TELEMED_SOCKET_RECHECK_S", 30.0)
TELEMED_SOCKET_MAX_FRAME_BYTES = env_int("TELEMED_SOCKET_MAX_FRAME_BYTES", 65536)
# The red-flag screen of chat messages runs in one helper process per web process (its regexes
# would otherwise hold the web process's GIL; consult/ai/screen_process.py); past the timeout,
# or if the helper fails, it runs in the web process.
TELEMED_SCREEN_PROCESS = env_bool("TELEMED_SCREEN_PROCESS", True)
TELEMED_SCREEN_PROCESS_TIMEOUT_S = env_float("TELEMED_SCREEN_PROCESS_TIMEOUT_S", 5.0)
TELEMED_KB_CACHE_DIR = Path(env_str("TELEMED_KB_CACHE_DIR", str(BASE_DIR / ".cache" / "kb")))

# --- Limits (all settings, so tests and load benchmarks can raise them) ----------------------
# Failed logins (django-axes): after this many failures for one username, or from one address,
# logins are refused with 429 for the cool-off period, even with the right password.
INSTALLED_APPS.append("axes")
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes asks
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
TELEMED_LOGIN_FAILURE_LIMIT = env_int("TELEMED_LOGIN_FAILURE_LIMIT", 10)
AXES_FAILURE_LIMIT = TELEMED_LOGIN_FAILURE_LIMIT
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own
AXES_COOLOFF_TIME = timedelta(minutes=env_int("TELEMED_LOGIN_COOLOFF_MINUTES", 15))
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "telemed.auth.client_ip"
# Sign-ups per address (`N/s`, `N/m`, `N/h`), counted in Redis (telemed.ratelimit).
TELEMED_SIGNUP_RATE = env_str("TELEMED_SIGNUP_RATE", "5/h")
# Consultations one patient may have open (waiting or in progress) at once.
TELEMED_MAX_OPEN_CONSULTATIONS = env_int("TELEMED_MAX_OPEN_CONSULTATIONS", 3)
# Model-worded interview answers per patient; over it the planner's template answers instead.
TELEMED_AI_JOB_RATE = env_str("TELEMED_AI_JOB_RATE", "30/h")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("TELEMED_LOG_LEVEL", "INFO")},
    "loggers": {"PyRuSH": {"level": "ERROR"}, "medspacy": {"level": "ERROR"}},
}

# --- Headers -----------------------------------------------------------------------------------
# Content-Security-Policy on every response (django-csp): the pages' scripts and styles are
# static files (JSON data blocks are not executed); data: images are the favicon and Pico's icons.
INSTALLED_APPS.append("csp")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "csp.middleware.CSPMiddleware",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],  # fetch and the chat sockets, same host
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# With secure cookies (an https deployment) plain http is redirected and browsers are told to
# use https only (HSTS); /healthz stays reachable over http for the container health check.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", SESSION_COOKIE_SECURE)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if SESSION_COOKIE_SECURE else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
