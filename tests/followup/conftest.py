"""The notification tests' fixtures (tasks run here, Redis keys cleared) for follow-up tests."""

from ..notifications.conftest import assigned, clean_redis, eager  # noqa: F401
