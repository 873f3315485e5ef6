"""Errors of the store that a user or an admin can cause, with a stable code and a French message."""

from __future__ import annotations

from relais_desk.domain.errors import UserFacingError


class StoreError(UserFacingError):
    """Base of store errors: `code` is stable, `message` is French and says what to do."""

    code = "store_error"


class NetworkShareRefused(StoreError):
    code = "network_share_refused"


class NoKeyring(StoreError):
    code = "no_keyring"


class MissingPassword(StoreError):
    code = "missing_password"


class SchemaTooOld(StoreError):
    code = "schema_too_old"


class SchemaTooNew(StoreError):
    code = "schema_too_new"


class DatabaseUnreachable(StoreError):
    code = "database_unreachable"


class BadDatabaseUrl(StoreError):
    code = "bad_database_url"
