"""Tokens round-trip through a real keyring backend (plaintext file in a temp folder)."""

from __future__ import annotations

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from desktopapp.platform import secrets


@pytest.fixture
def plaintext_keyring(tmp_path):
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_set_get_delete_round_trip(plaintext_keyring) -> None:
    assert secrets.get_secret("slack-webhook") is None
    secrets.set_secret("slack-webhook", "https://hooks.example/T0/B0/xyz")
    assert secrets.get_secret("slack-webhook") == "https://hooks.example/T0/B0/xyz"
    with open(plaintext_keyring.file_path, encoding="utf-8") as f:
        text = f.read()
    assert "creditfuel" in text.lower()  # stored under our service name
    assert secrets.delete_secret("slack-webhook") is True
    assert secrets.get_secret("slack-webhook") is None
    assert secrets.delete_secret("slack-webhook") is False


def test_unicode_values_survive(plaintext_keyring) -> None:
    secrets.set_secret("note", "トークン🔑")
    assert secrets.get_secret("note") == "トークン🔑"
