"""Tokens we must not keep in the database (webhooks, API keys): the OS keyring.

Under service "CreditFuel". A missing or locked keyring is reported as
``SecretsUnavailable`` so the UI can say so in plain words instead of crashing.
``keyring`` (and the crypto it loads) is imported on first use, so commands and a tray
with no connected source never pay for it.
"""

from __future__ import annotations

SERVICE = "CreditFuel"


class SecretsUnavailable(RuntimeError):
    """No usable keyring on this machine (or the user refused to unlock it)."""


def get_secret(name: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        raise SecretsUnavailable(str(exc)) from exc


def set_secret(name: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise SecretsUnavailable(str(exc)) from exc


def delete_secret(name: str) -> bool:
    """True when something was deleted; False when there was nothing under that name."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise SecretsUnavailable(str(exc)) from exc
    return True
