"""Names of a network's PostgreSQL roles, derived from its database's name.

Role names are cluster-wide: one server may hold several networks' databases (and the test suite
creates many at once), so every role of a network carries a prefix made from its database name:

- the prefix is the database name in lower case with anything but ``a-z 0-9 _`` replaced by ``_``,
  cut to 16 characters; when that changed the name at all, ``_`` and 6 hex digits of the name's
  SHA-256 follow, so ``relais`` gives ``relais`` and ``Relais-Mons`` gives ``relais_mons_1c9f0e``;
- the owner and the four group roles are ``<prefix>_owner``, ``<prefix>_operateur``,
  ``<prefix>_abri``, ``<prefix>_coordination`` and ``<prefix>_admin`` (NOLOGIN);
- the login of an account is ``<prefix>.<username in lower case>``.

A prefix never contains a dot and no group suffix contains an underscore, so a login never equals
a group name, and two databases never share a role.
"""

from __future__ import annotations

import hashlib
import re

from relais_desk.domain.enums import Role

MAX_IDENTIFIER_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
_PREFIX_LEN = 16
GROUP_ROLES = tuple(r.value for r in Role)  # operateur, abri, coordination, admin


def prefix(dbname: str) -> str:
    """The role prefix of the network whose database is `dbname`."""
    clean = re.sub(r"[^a-z0-9_]", "_", dbname.lower())[:_PREFIX_LEN] or "relais"
    if clean != dbname:
        clean = f"{clean}_{hashlib.sha256(dbname.encode('utf-8')).hexdigest()[:6]}"
    return clean


def owner(dbname: str) -> str:
    return f"{prefix(dbname)}_owner"


def group(dbname: str, role: Role | str) -> str:
    value = role.value if isinstance(role, Role) else str(role)
    if value not in GROUP_ROLES:
        raise ValueError(f"not an app role: {value!r}")
    return f"{prefix(dbname)}_{value}"


def groups(dbname: str) -> dict[str, str]:
    """App role → its group role name."""
    return {r: group(dbname, r) for r in GROUP_ROLES}


def login(dbname: str, username: str) -> str:
    """The PostgreSQL login of an account (raises ValueError when it would be too long)."""
    name = f"{prefix(dbname)}.{username.lower()}"
    if len(name.encode("utf-8")) > MAX_IDENTIFIER_BYTES:
        raise ValueError(name)
    return name


def max_username_bytes(dbname: str) -> int:
    return MAX_IDENTIFIER_BYTES - len(prefix(dbname)) - 1


def login_pattern(dbname: str) -> str:
    """A LIKE pattern matching every login of this network, and no other role."""
    return prefix(dbname).replace("_", r"\_") + ".%"
