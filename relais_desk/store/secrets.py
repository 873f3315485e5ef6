"""The PostgreSQL password lives in the system keyring, never in a config file.

A machine without a usable keyring backend gets a clear message. We never fall back to a
plaintext store (that is why keyrings.alt is not a dependency).
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backends import fail

from relais_desk.store.errors import NoKeyring

SERVICE = "relais-desk"


def account(user: str, host: str, port: int | str, dbname: str) -> str:
    return f"{user}@{host}:{port}/{dbname}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    chainer_backends = getattr(backend, "backends", None)
    if isinstance(backend, fail.Keyring) or (chainer_backends is not None and not chainer_backends):
        raise NoKeyring.of("no_keyring")
    return backend


def store_password(acct: str, password: str) -> None:
    backend = _backend()
    try:
        backend.set_password(SERVICE, acct, password)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring.of("keyring_write_refused", detail=str(exc)) from exc


def get_password(acct: str) -> str | None:
    backend = _backend()
    try:
        return backend.get_password(SERVICE, acct)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring.of("keyring_read_failed", detail=str(exc)) from exc


def delete_password(acct: str) -> None:
    backend = _backend()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, acct)
