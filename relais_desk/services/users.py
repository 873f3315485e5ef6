"""Users: add, authenticate (argon2), deactivate, reset password (one-time), change one's own password, role."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from relais_desk.domain.enums import LedgerAction, PartnerKind, Role
from relais_desk.domain.models import AppUser, Partner
from relais_desk.domain.nights import utcnow
from relais_desk.services import lookup, passwords
from relais_desk.services.actor import Actor
from relais_desk.services.errors import AuthenticationFailed, Conflict, InvalidValue, NotAllowed, NotFound
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database

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
    must_change_password: bool = False  # after an admin's reset: replace the one-time password first

    def actor(self) -> Actor:
        return Actor(user_id=self.user_id, role=self.role, partner_id=self.partner_id,
                     name=self.display_name or self.username)


def _role(value: object) -> Role:
    try:
        return Role(str(value))
    except ValueError as exc:
        allowed = ", ".join(r.value for r in Role)
        raise InvalidValue(f"Rôle inconnu : « {str(value)[:40]} » (rôles : {allowed}).", field="role") from exc


def _username(value: object) -> str:
    name = lookup.text(value, "username", max_len=64, required=True, label="Identifiant")
    if not all(ch.isalnum() or ch in "._-@" for ch in name):
        raise InvalidValue("Identifiant : lettres, chiffres, « . », « _ », « - » et « @ » seulement.", field="username")
    return name


def _info(user: AppUser, shelter: str | None) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, Role(user.role), user.partner_id, shelter, user.active,
                    bool(user.must_change_password))


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
                raise InvalidValue("Un compte « abri » doit être lié à un abri de nuit (--shelter).", field="shelter")
            partner = lookup.shelter(session, shelter)
            if partner.kind != PartnerKind.ACCUEIL_DE_NUIT.value:
                raise InvalidValue(f"« {partner.name} » n'est pas un abri de nuit.", field="shelter")
        elif shelter not in (None, ""):
            partner = lookup.shelter(session, shelter)
        exists = session.execute(
            select(AppUser.id).where(func.lower(AppUser.username) == name.lower())
        ).first()
        if exists:
            raise Conflict(f"L'identifiant « {name} » existe déjà.", field="username")
        user = AppUser(
            username=name, display_name=display, role=the_role.value,
            partner_id=partner.id if partner else None, password_hash=_hasher.hash(secret),
            created_at=utcnow(),
        )
        session.add(user)
        session.flush()
        ledger.append(session, action=LedgerAction.USER_SAVED.value, entity="user", entity_id=user.id,
                      user_id=actor.user_id, after={"username": name, "role": the_role.value,
                                                    "partner_id": user.partner_id, "active": True})
        changes.announce(session, "user", user.id)
        return _info(user, partner.name if partner else None)


def authenticate(db: Database, username: object, password: object) -> UserInfo:
    """The user behind a username and password; one message for every failure (no user enumeration)."""
    failure = AuthenticationFailed("Identifiant ou mot de passe incorrect.", field="password")
    if (not isinstance(username, str) or not isinstance(password, str) or len(username) > 64
            or len(password) > 1000 or "\x00" in username):
        raise failure  # (PostgreSQL refuses NUL bytes in text: never let one reach the query)
    with db.read() as session:
        row = session.execute(
            select(AppUser, Partner.name)
            .outerjoin(Partner, Partner.id == AppUser.partner_id)
            .where(func.lower(AppUser.username) == username.strip().lower())
        ).first()
        if row is None:
            _hasher.hash(password)  # same time whether the user exists or not
            raise failure
        user, shelter = row
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise failure from None
        if not user.active:
            raise AuthenticationFailed("Ce compte est désactivé. Demandez à un·e administrateur·rice.", field="username")
        return _info(user, shelter)


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as session:
        rows = session.execute(
            select(AppUser, Partner.name).outerjoin(Partner, Partner.id == AppUser.partner_id).order_by(AppUser.username)
        ).all()
        return [_info(u, s) for u, s in rows]


def count_users(db: Database) -> int:
    with db.read() as session:
        return session.execute(select(func.count(AppUser.id))).scalar_one()


def _update(db: Database, user_id: int, actor: Actor, **values: object) -> UserInfo:
    actor.require(Role.ADMIN)
    user_id = lookup.row_id(user_id, "user", "Utilisateur")
    with db.write() as session:
        user = session.get(AppUser, user_id)
        if user is None:
            raise NotFound(f"Utilisateur n° {user_id} introuvable.", field="user")
        before = {k: getattr(user, k) for k in values if k != "password_hash"}
        for key, value in values.items():
            setattr(user, key, value)
        if user.role == Role.ABRI.value and user.partner_id is None:
            raise InvalidValue("Un compte « abri » doit être lié à un abri de nuit.", field="shelter")
        session.flush()
        after = {k: getattr(user, k) for k in values if k != "password_hash"}
        if "password_hash" in values:
            after["password"] = "réinitialisé"
        ledger.append(session, action=LedgerAction.USER_SAVED.value, entity="user", entity_id=user.id,
                      user_id=actor.user_id, before=before, after=after)
        changes.announce(session, "user", user.id)
        shelter = session.get(Partner, user.partner_id).name if user.partner_id else None
        return _info(user, shelter)


def set_active(db: Database, user_id: int, active: bool, *, actor: Actor) -> UserInfo:
    if actor.user_id == user_id and not active:
        raise NotAllowed("Vous ne pouvez pas désactiver votre propre compte.", field="active")
    return _update(db, user_id, actor, active=bool(active))


def reset_password(db: Database, user_id: int, *, actor: Actor, password: object = None) -> str:
    """An admin gives an account a one-time password (drawn here unless given); it must be changed at login."""
    actor.require(Role.ADMIN)
    secret = passwords.one_time_password() if password is None else passwords.check_new_password(password)
    _update(db, user_id, actor, password_hash=_hasher.hash(secret), must_change_password=True)
    return secret


def change_own_password(db: Database, *, actor: Actor, current: object, new: object) -> UserInfo:
    """The signed-in user replaces their password (the current one first); clears a one-time password."""
    failure = AuthenticationFailed("Mot de passe actuel incorrect.", field="current_password")
    if actor.user_id is None or not isinstance(current, str) or len(current) > 1000 or "\x00" in current:
        raise failure
    with db.read() as session:
        user = session.get(AppUser, actor.user_id)
        if user is None or not user.active:
            raise NotAllowed("Ce compte est désactivé. Demandez à un·e administrateur·rice.", field="current_password")
        old_hash, username, display = user.password_hash, user.username, user.display_name
    try:  # argon2 outside the write transaction: it takes a while and the embedded database has one writer
        _hasher.verify(old_hash, current)
    except (VerificationError, InvalidHashError):
        raise failure from None
    secret = passwords.check_new_password(new, username=username, display_name=display)
    if secret == current:
        raise InvalidValue("Le nouveau mot de passe doit être différent de l'actuel.", field="password")
    new_hash = _hasher.hash(secret)
    with db.write() as session:
        user = session.get(AppUser, actor.user_id)
        if user is None or user.password_hash != old_hash:  # changed meanwhile (another workstation, an admin)
            raise Conflict("Le mot de passe de ce compte vient d'être changé ailleurs : reconnectez-vous.",
                           field="current_password")
        user.password_hash = new_hash
        user.must_change_password = False
        session.flush()
        ledger.append(session, action=LedgerAction.USER_SAVED.value, entity="user", entity_id=user.id,
                      user_id=actor.user_id, after={"password": "changé"})
        changes.announce(session, "user", user.id)
        shelter = session.get(Partner, user.partner_id).name if user.partner_id else None
        return _info(user, shelter)
