"""Shared fixtures: personas (patient, other patient, clinicians, admin) and socket helpers."""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from records.models import User
from telemed.asgi import application

from .factories import PatientFactory, PractitionerFactory, UserFactory, start_consultation


@pytest.fixture
def patient(db):
    return PatientFactory()


@pytest.fixture
def other_patient(db):
    return PatientFactory()


@pytest.fixture
def clinician(db):
    return PractitionerFactory()


@pytest.fixture
def other_clinician(db):
    return PractitionerFactory()


@pytest.fixture
def admin_user(db):
    return UserFactory(role=User.Role.ADMIN, is_staff=True, is_superuser=True)


@pytest.fixture
def consultation(patient):
    return start_consultation(patient)


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def session_cookie(user) -> bytes:
    client = client_for(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}".encode()


async def open_socket(path: str, cookie: bytes | None, origin: bytes = b"http://localhost"):
    headers = [(b"origin", origin), (b"host", b"localhost")]
    if cookie:
        headers.append((b"cookie", cookie))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect(timeout=5)
    return communicator, connected, code


async def receive_until(communicator, frame_type: str, timeout: float = 5.0) -> dict:
    """Read frames until one of `frame_type` arrives (others are skipped)."""
    while True:
        frame = await communicator.receive_json_from(timeout=timeout)
        if frame["type"] == frame_type:
            return frame


# --- language model fixtures -----------------------------------------------------------------


@pytest.fixture(scope="session")
def llm_cache_dir():
    return settings.TELEMED_LLM_CACHE_DIR


@pytest.fixture(scope="session")
def bundled_model_dir(llm_cache_dir):
    from consult.llm.bundled import prepare_bundled_model

    return prepare_bundled_model(llm_cache_dir)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, bundled_model_dir):
    from .llm.tiny import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-llm"), bundled_model_dir)
