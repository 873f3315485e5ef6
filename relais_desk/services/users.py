"""Users: add, authenticate, deactivate, reset password (one-time), change one's own password, role.

Embedded SQLite: argon2 hashes in `local_credential`, checked here. Shared PostgreSQL: each account
is its own login role; the server authenticates it (SCRAM) and the account functions of
`store.pg_security` change it. The password verifier is computed here, by libpq: no plaintext
password and no hash ever reaches the shared database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from relais_desk.domain.enums import LedgerAction, PartnerKind, Role
from relais_desk.domain.models import AppUser, LocalCredential, Partner
from relais_desk.domain.nights import utcnow
from relais_desk.services import lookup, passwords
from relais_desk.services.actor import Actor
from relais_desk.services.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidValue,
    NotAllowed,
    NotFound,
    ShelterRequired,
)
from relais_desk.store import changes, ledger, pg_roles
from relais_desk.store.database import Database
from relais_desk.store.errors import LoginRefused

# No option of the command line here: `relais-desk user add` adds its « --shelter », a form names its field.

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    user_id: int
    username: str
    display_name: str
    role: Role
    partner_id: int | None
    shelter: str | None
    active: bool
    must_change_password: bool = False
    login: str | None = None  # the PostgreSQL login of the account (None on the embedded database)

    def actor(self) -> Actor:
        return Actor(user_id=self.user_id, role=self.role, partner_id=self.partner_id,
                     name=self.display_name or self.username)


def _role(value: object) -> Role:
    return lookup.choice(Role, value, "role", label="Rôle")


def _username(value: object) -> str:
    name = lookup.text(value, "username", max_len=64, required=True, label="Identifiant")
    if not all(ch.isalnum() or ch in "._-@" for ch in name):
        raise InvalidValue.of("username_characters", field="username")
    return name


def _info(user: AppUser, shelter: str | None) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, Role(user.role), user.partner_id, shelter,
                    user.active, user.must_change_password, user.login)


def _login_name(db: Database, username: str) -> str:
    try:
        return pg_roles.login(db.url.database or "", username)
    except ValueError:
        raise InvalidValue.of("username_too_long", field="username",
                              max=pg_roles.max_username_bytes(db.url.database or "")) from None


def _verifier(session: Session, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed by libpq on this workstation."""
    pgconn = session.connection().connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"),
                                   b"scram-sha-256").decode("ascii")


def _user_info(session: Session, user_id: int) -> UserInfo:
    row = session.execute(select(AppUser, Partner.name).outerjoin(Partner, Partner.id == AppUser.partner_id)
                          .where(AppUser.id == user_id).execution_options(populate_existing=True)).one()
    return _info(*row)


def add_user(
    db: Database,
    *,
    username: object,
    role: object,
    password: object,
    actor: Actor,
    display_name: object = "",
    shelter: str | int | None = None,
) -> UserInfo:
    actor.require(Role.ADMIN)
    name = _username(username)
    the_role = _role(role)
    display = lookup.text(display_name, "display_name", max_len=120, label="Nom affiché")
    secret = passwords.check_new_password(password, username=name, display_name=display)
    with db.write() as session:
        partner = None
        if the_role == Role.ABRI:
            if shelter is None or shelter == "":
                raise ShelterRequired.of("shelter_account_needs_shelter", field="shelter")
            partner = lookup.shelter(session, shelter)
            if partner.kind != PartnerKind.ACCUEIL_DE_NUIT.value:
                raise InvalidValue.of("not_a_shelter", field="shelter", shelter=partner.name)
        elif shelter not in (None, ""):
            partner = lookup.shelter(session, shelter)
        exists = session.execute(
            select(AppUser.id).where(func.lower(AppUser.username) == name.lower())
        ).first()
        if exists:
            raise Conflict.of("username_taken", field="username", name=name)
        partner_id = partner.id if partner else None
        if not db.is_sqlite:
            login = _login_name(db, name)
            user_id = session.execute(
                text("SELECT relais_account_create(:u, :d, :r, :p, :v, false)"),
                {"u": name, "d": display, "r": the_role.value, "p": partner_id,
                 "v": _verifier(session, login, secret)}).scalar_one()
            return _user_info(session, user_id)
        user = AppUser(username=name, display_name=display, role=the_role.value, partner_id=partner_id,
                       created_at=utcnow())
        session.add(user)
        session.flush()
        session.add(LocalCredential(user_id=user.id, password_hash=_hasher.hash(secret), changed_at=utcnow()))
        ledger.append(session, action=LedgerAction.USER_SAVED.value, entity="user", entity_id=user.id,
                      user_id=actor.user_id, after={"username": name, "role": the_role.value,
                                                    "partner_id": user.partner_id, "active": True})
        changes.announce(session, "user", user.id)
        return _info(user, partner.name if partner else None)


def _check_credentials(username: object, password: object) -> tuple[str, str]:
    failure = AuthenticationFailed("Identifiant ou mot de passe incorrect.", field="password")
    if (not isinstance(username, str) or not isinstance(password, str) or len(username) > 64
            or len(password) > 1000 or "\x00" in username or "\x00" in password or not password):
        raise failure  # (PostgreSQL refuses NUL bytes in text: never let one reach the query)
    return username.strip(), password


def authenticate(db: Database, username: object, password: object) -> UserInfo:
    """The user behind a username and password; one message for every failure (no user enumeration).

    On PostgreSQL this is the server's own authentication of the account's login (see `open_session`);
    `db` only names the server and the database.
    """
    own, me = open_session(db, username, password)
    if own is not db:
        own.dispose()
    return me


def open_session(db: Database, username: object, password: object) -> tuple[Database, UserInfo]:
    """Log in: the database to work with as this user, and who the user is.

    Embedded SQLite: the same database, after the argon2 check. PostgreSQL: a new connection pool
    that logs in as the account's own login role with this password; the caller disposes of it.
    """
    name, secret = _check_credentials(username, password)
    if not db.is_sqlite:
        return _open_pg_session(db, name, secret)
    failure = AuthenticationFailed("Identifiant ou mot de passe incorrect.", field="password")
    with db.read() as session:
        row = session.execute(
            select(AppUser, Partner.name, LocalCredential.password_hash)
            .outerjoin(Partner, Partner.id == AppUser.partner_id)
            .outerjoin(LocalCredential, LocalCredential.user_id == AppUser.id)
            .where(func.lower(AppUser.username) == name.lower())
        ).first()
        if row is None or row[2] is None:
            _hasher.hash(secret)  # same time whether the user exists or not
            raise failure
        user, shelter, password_hash = row
        try:
            _hasher.verify(password_hash, secret)
        except (VerificationError, InvalidHashError):
            raise failure from None
        if not user.active:
            raise AuthenticationFailed.of("account_disabled", field="username")
        return db, _info(user, shelter)


def _open_pg_session(db: Database, name: str, secret: str) -> tuple[Database, UserInfo]:
    failure = AuthenticationFailed("Identifiant ou mot de passe incorrect, ou compte désactivé.", field="password")
    try:
        login = pg_roles.login(db.url.database or "", name)
    except ValueError:
        raise failure from None
    own = Database(db.url.set(username=login, password=secret).render_as_string(hide_password=False))
    try:
        with own.read() as session:
            me = whoami_in_session(session)
    except BaseException as exc:
        own.dispose()
        if isinstance(exc, LoginRefused):  # the server checked the password and said no
            raise failure from None
        raise
    if me is None:  # a login that is not an account of this network
        own.dispose()
        raise failure
    return own, me


def whoami_in_session(session: Session) -> UserInfo | None:
    """The account of the session's PostgreSQL login (None for the maintenance login)."""
    row = session.execute(text("SELECT * FROM relais_whoami()")).mappings().first()
    if row is None:
        return None
    return UserInfo(row["id"], row["username"], row["display_name"], Role(row["role"]), row["partner_id"],
                    row["shelter"], row["active"], row["must_change_password"], row["login"])


def whoami(db: Database) -> UserInfo | None:
    """Who this database connection is, as the server says (PostgreSQL); None on SQLite or maintenance."""
    if db.is_sqlite:
        return None
    with db.read() as session:
        return whoami_in_session(session)


CALL_TAKERS = (Role.OPERATEUR, Role.COORDINATION, Role.ADMIN)


def list_users(db: Database, *, actor: Actor) -> list[UserInfo]:
    """The accounts, as the reader's role may see them.

    Administration (admin) needs everything it edits: every account with its role, shelter and whether it
    is active. Any other role gets what the journal's operator filter needs, and no more: the accounts that
    take calls (opérateur, coordination, admin) with their id, username, display name and role — no shelter
    (who works where stays private), inactive accounts included (their calls stay in the journal).
    """
    actor.require(*Role)
    with db.read() as session:
        stmt = select(AppUser, Partner.name).outerjoin(Partner, Partner.id == AppUser.partner_id)
        if actor.role != Role.ADMIN:
            stmt = stmt.where(AppUser.role.in_([r.value for r in CALL_TAKERS]))
        rows = session.execute(stmt.order_by(AppUser.username)).all()
        if actor.role == Role.ADMIN:
            return [_info(u, s) for u, s in rows]
        return [UserInfo(u.id, u.username, u.display_name, Role(u.role), None, None, u.active) for u, _s in rows]


def count_users(db: Database) -> int:
    with db.read() as session:
        return session.execute(select(func.count(AppUser.id))).scalar_one()


def _update(db: Database, user_id: int, actor: Actor, **values: object) -> UserInfo:
    actor.require(Role.ADMIN)
    user_id = lookup.row_id(user_id, "user", "Utilisateur")
    with db.write() as session:
        user = session.get(AppUser, user_id)
        if user is None:
            raise NotFound.of("row_not_found", field="user", what="Utilisateur", ref=user_id)
        password = values.pop("password", None)
        merged = {k: values.get(k, getattr(user, k)) for k in ("role", "partner_id", "active")}
        if merged["role"] == Role.ABRI.value and merged["partner_id"] is None:
            raise ShelterRequired.of("shelter_account_needs_shelter", field="shelter")
        if not db.is_sqlite:
            _update_pg(session, user, values, password)
            return _user_info(session, user_id)
        before = {k: getattr(user, k) for k in values}
        for key, value in values.items():
            setattr(user, key, value)
        after = {k: getattr(user, k) for k in values}
        if password is not None:
            credential = session.get(LocalCredential, user.id)
            if credential is None:
                session.add(LocalCredential(user_id=user.id, password_hash=_hasher.hash(password),
                                            changed_at=utcnow()))
            else:
                credential.password_hash, credential.changed_at = _hasher.hash(password), utcnow()
            after["password"] = "réinitialisé"
        session.flush()
        ledger.append(session, action=LedgerAction.USER_SAVED.value, entity="user", entity_id=user.id,
                      user_id=actor.user_id, before=before, after=after)
        changes.announce(session, "user", user.id)
        return _user_info(session, user_id)


def _update_pg(session: Session, user: AppUser, values: dict[str, object], password: str | None) -> None:
    """The account functions change the login role and end its sessions; they write the ledger."""
    if "active" in values:
        session.execute(text("SELECT relais_account_set_active(:i, :a)"), {"i": user.id, "a": values["active"]})
    if "role" in values or "partner_id" in values:
        session.execute(text("SELECT relais_account_update(:i, :r, :p, NULL)"),
                        {"i": user.id, "r": values.get("role", user.role),
                         "p": values.get("partner_id", user.partner_id)})
    if password is not None:
        session.execute(text("SELECT relais_account_reset_password(:i, :v)"),
                        {"i": user.id, "v": _verifier(session, user.login or "", password)})


def set_active(db: Database, user_id: int, active: bool, *, actor: Actor) -> UserInfo:
    if actor.user_id == user_id and not active:
        raise NotAllowed.of("deactivate_self", field="active")
    return _update(db, user_id, actor, active=bool(active))


def reset_password(db: Database, user_id: int, *, actor: Actor, password: object = None) -> str:
    """An admin gives an account a one-time password (drawn here unless given); it must be changed at login.

    On PostgreSQL the server also ends the account's sessions and keeps it out of its group (no data)
    until the password is changed.
    """
    actor.require(Role.ADMIN)
    secret = passwords.one_time_password() if password is None else passwords.check_new_password(password)
    _update(db, user_id, actor, password=secret, must_change_password=True)
    return secret


def change_own_password(db: Database, *, actor: Actor, current: object, new: object) -> UserInfo:
    """The signed-in user replaces their password (the current one first); clears a one-time password."""
    failure = AuthenticationFailed("Mot de passe actuel incorrect.", field="current_password")
    if actor.user_id is None or not isinstance(current, str) or len(current) > 1000 or "\x00" in current:
        raise failure
    if not db.is_sqlite:  # (a login with a one-time password reads no table: only who it is)
        me = whoami(db)
        if me is None or not me.active:
            raise NotAllowed.of("session_not_active_account", field="current_password")
        return _change_own_pg_password(db, me.username, me.display_name, current, new, failure)
    with db.read() as session:
        user = session.get(AppUser, actor.user_id)
        if user is None or not user.active:
            raise NotAllowed.of("account_disabled", field="current_password")
        username, display = user.username, user.display_name
        credential = session.get(LocalCredential, actor.user_id)
        old_hash = credential.password_hash if credential else None
    try:  # argon2 outside the write transaction: it takes a while and the embedded database has one writer
        _hasher.verify(old_hash or "", current)
    except (VerificationError, InvalidHashError):
        raise failure from None
    secret = passwords.check_new_password(new, username=username, display_name=display)
    if secret == current:
        raise InvalidValue.of("password_same", field="password")
    new_hash = _hasher.hash(secret)
    with db.write() as session:
        user = session.get(AppUser, actor.user_id)
        credential = session.get(LocalCredential, actor.user_id)
        if user is None or credential is None or credential.password_hash != old_hash:
            # changed meanwhile (another window, an admin)
            raise Conflict.of("password_changed_elsewhere", field="current_password")
        credential.password_hash, credential.changed_at = new_hash, utcnow()
        user.must_change_password = False
        session.flush()
        ledger.append(session, action=LedgerAction.USER_SAVED.value, entity="user", entity_id=user.id,
                      user_id=actor.user_id, after={"password": "changé"})
        changes.announce(session, "user", user.id)
        return _user_info(session, user.id)


def _change_own_pg_password(db: Database, username: str, display: str, current: str, new: object,
                            failure: AuthenticationFailed) -> UserInfo:
    """On the server: the current password is checked by logging in with it once more (someone at an
    unlocked desk cannot change it), the new one is sent as a SCRAM verifier, never in clear."""
    try:
        check, _me = open_session(db, username, current)
    except AuthenticationFailed:
        raise failure from None
    check.dispose()
    secret = passwords.check_new_password(new, username=username, display_name=display)
    if secret == current:
        raise InvalidValue.of("password_same", field="password")
    with db.write() as session:
        me = whoami_in_session(session)
        if me is None:
            raise NotAllowed.of("session_not_network_account", field="current_password")
        session.execute(text("SELECT relais_change_own_password(:v)"),
                        {"v": _verifier(session, me.login or "", secret)})
        return whoami_in_session(session) or me


def set_role(db: Database, user_id: int, role: object, *, actor: Actor, shelter: str | int | None = None) -> UserInfo:
    the_role = _role(role)
    partner_id = None
    if shelter not in (None, ""):
        with db.read() as session:
            partner_id = lookup.shelter(session, shelter).id
    return _update(db, user_id, actor, role=the_role.value, partner_id=partner_id)


@dataclass(frozen=True)
class ConvertedAccount:
    username: str
    login: str
    one_time_password: str


def convert_legacy_accounts(db: Database, conn: Any = None) -> list[ConvertedAccount]:
    """Turn the accounts of a shared database made before logins existed into logins (maintenance only).

    Each gets a one-time password, shown once to whoever runs `db upgrade`, to be changed at the next
    login. Given `conn` (the upgrade's own connection), it runs in the upgrade's transaction: if one
    account cannot become a login, the schema is not upgraded either and nobody is locked out.
    """
    if db.is_sqlite:
        return []
    if conn is None:
        with db.write() as session:
            return _convert(db, session)
    with Session(bind=conn) as session:
        return _convert(db, session)


def _convert(db: Database, session: Session) -> list[ConvertedAccount]:
    out = []
    legacy = session.execute(select(AppUser.id, AppUser.username).where(AppUser.login.is_(None))
                             .order_by(AppUser.username)).all()
    for user_id, username in legacy:
        secret = passwords.one_time_password()
        login = _login_name(db, username)
        session.execute(text("SELECT relais_account_adopt(:i, :v)"),
                        {"i": user_id, "v": _verifier(session, login, secret)})
        out.append(ConvertedAccount(username, login, secret))
    return out


def account_changed(db: Database, user: UserInfo) -> str | None:
    """Why the logged-in `user` may not go on (a French sentence), or None when the account is as it was.

    On PostgreSQL the server's word (`relais_whoami` for this connection's login); a login the server
    no longer accepts raises LoginRefused or AuthenticationFailed-like errors to the caller.
    """
    if db.is_sqlite:
        with db.read() as session:
            row = session.get(AppUser, user.user_id, populate_existing=True)
            now = None if row is None else (Role(row.role), row.partner_id, row.active, row.must_change_password)
    else:
        me = whoami(db)
        now = None if me is None else (me.role, me.partner_id, me.active, me.must_change_password)
    if now is None or not now[2]:
        return "Votre compte a été désactivé par un·e administrateur·rice."
    if now[:2] != (user.role, user.partner_id):
        return "Votre compte a été modifié par un·e administrateur·rice (rôle ou abri) : reconnectez-vous."
    if now[3] and not user.must_change_password:
        return "Votre mot de passe a été réinitialisé par un·e administrateur·rice : reconnectez-vous."
    return None
