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


class DatabaseLost(DatabaseUnreachable):
    """The embedded database file vanished or was replaced under a running program: nothing more is
    read from or written to it (a pooled connection would otherwise keep using the deleted file)."""

    code = "database_lost"


class DatabaseMissing(StoreError):
    """An embedded database file that does not exist, opened by something that only reads or changes
    data: only `db upgrade`, `demo` and the first-run wizard create one."""

    code = "database_missing"


class DatabaseFileRefused(StoreError):
    """The system refuses the embedded database's folder or file (no such place, read-only, not ours)."""

    code = "database_file_refused"


class DatabaseCorrupt(StoreError):
    """The embedded database file is damaged, or is not an SQLite database at all."""

    code = "database_corrupt"


class BadDatabaseUrl(StoreError):
    code = "bad_database_url"


class AccessRefused(StoreError):
    """The server refused the action for this login (a grant, a row-level policy or a function's check)."""

    code = "not_allowed"


class ValueRefused(StoreError):
    """The server refused a value (a CHECK, or one of our functions' own checks)."""

    code = "invalid_value"


class DuplicateRefused(StoreError):
    code = "conflict"


class RowMissing(StoreError):
    code = "not_found"


class LoginRefused(StoreError):
    """The server did not accept this login and password (or the account may not log in)."""

    code = "authentication_failed"


class NotMaintenanceLogin(StoreError):
    code = "not_maintenance_login"


class DatabaseStillThere(StoreError):
    code = "database_still_there"
