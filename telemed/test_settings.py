"""Settings for the test suite: real PostgreSQL and Redis on this machine unless overridden."""

import os
import tempfile

# One database per test run, so runs side by side (developers, CI) never share one.
os.environ.setdefault("DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/telemed_{os.getpid()}")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/1")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("TELEMED_CHANNEL_PREFIX", "telemed-test")
os.environ.setdefault("TELEMED_CELERY_QUEUE", "telemed-test")
# Tests that exercise the assistant switch it on; elsewhere patient messages queue no AI jobs.
os.environ.setdefault("TELEMED_AI_ENABLED", "0")
# Tests that exercise the second factor switch it on (`settings` fixture); elsewhere staff
# sessions from `force_login` reach clinical pages directly.
os.environ.setdefault("TELEMED_REQUIRE_2FA", "0")
# Limits stay out of the way except in the tests of limits (which set them low themselves).
os.environ.setdefault("TELEMED_LOGIN_FAILURE_LIMIT", "1000")
os.environ.setdefault("TELEMED_SIGNUP_RATE", "100000/h")
os.environ.setdefault("TELEMED_MAX_OPEN_CONSULTATIONS", "1000")
os.environ.setdefault("TELEMED_AI_JOB_RATE", "100000/h")
os.environ.setdefault("TELEMED_MESSAGE_RATE", "100000/m")
os.environ.setdefault("TELEMED_UPLOAD_RATE", "100000/m")
# Attachments of one run go to a folder of its own, removed with the temp dir.
os.environ.setdefault(
    "TELEMED_MEDIA_ROOT", os.path.join(tempfile.gettempdir(), f"telemed-media-{os.getpid()}")
)
# Emails stay in memory (django.core.mail.outbox).
os.environ.setdefault("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
# The test client speaks plain http: no redirect to https although cookies are marked secure.
os.environ.setdefault("DJANGO_SSL_REDIRECT", "0")

from .settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
