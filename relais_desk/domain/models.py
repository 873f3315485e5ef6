"""All tables of relais-desk, in one place.

Enum-valued columns are stored as short strings (the enum's value) so that adding a value
never needs a database type migration. Datetimes are naive UTC; local time (Europe/Brussels)
is applied at the edges (`relais_desk.domain.nights`).
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import CheckConstraint, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# Named constraints, so that SQLite batch migrations can find and alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class NetworkSetting(SQLModel, table=True):
    """A network-wide setting (name of the network, census time, hold deadline…), as text."""

    __tablename__ = "network_setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=1000)


class Partner(SQLModel, table=True):
    """A member service of the network, of one axis. Only some partners (night shelters) have beds."""

    __tablename__ = "partner"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32, index=True)
    name: str = Field(max_length=200, unique=True)
    city: str = Field(default="", max_length=100)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=50)
    email: str = Field(default="", max_length=200)
    confidential_address: bool = False
    active: bool = True
    # Night quota (Walloon practice): at most `quota_nights` nights per person over `quota_days` days.
    quota_nights: int | None = None
    quota_days: int | None = None
    what_to_bring: str = Field(default="", max_length=500)
    # canonical text of domain.opening_hours (« lun-ven 09:00-16:00 ; sam-dim fermé »); "" = not given
    opening_hours: str = Field(default="", max_length=300, sa_column_kwargs={"server_default": ""})
    created_at: datetime

    __table_args__ = (
        CheckConstraint("quota_nights IS NULL OR quota_nights > 0", name="quota_nights"),
        CheckConstraint("quota_days IS NULL OR quota_days > 0", name="quota_days"),
    )


class BedCategory(SQLModel, table=True):
    """A category of beds: hommes, femmes, familles, mineurs, mixte…"""

    __tablename__ = "bed_category"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    label_fr: str = Field(max_length=100)
    label_en: str = Field(max_length=100)
    sort_order: int = 0
    # Who the category is for, so the bed finder matches profiles without hard-coded codes.
    gender: str = Field(default="any", max_length=8)  # "femme", "homme" or "any"
    families: bool = False
    minors: bool = False


class Capacity(SQLModel, table=True):
    """Beds of a shelter × category valid for a date range (nights), base or plan hiver extra beds."""

    __tablename__ = "capacity"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)
    category_id: int = Field(foreign_key="bed_category.id")
    kind: str = Field(default="base", max_length=16)
    beds: int
    valid_from: date
    valid_to: date | None = None  # inclusive; None = open-ended
    dogs_accepted: bool = False
    wheelchair_accessible: bool = False
    low_threshold: bool = False
    counted_in_rooms: bool = False
    note: str = Field(default="", max_length=300)
    # Capacity rows are never edited in place: an edit retires the row and records a new one, so
    # the capacity known at any past moment (board history, census) is a query, not a guess.
    recorded_at: datetime
    retired_at: datetime | None = None

    __table_args__ = (
        CheckConstraint("beds >= 0", name="beds"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
    )


class BedState(SQLModel, table=True):
    """Current bed counts of one shelter × category for one night (the evening's date)."""

    __tablename__ = "bed_state"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id")
    category_id: int = Field(foreign_key="bed_category.id")
    night: date = Field(index=True)
    capacity: int
    unavailable: int = 0
    occupied: int = 0
    held: int = 0
    unavailable_reason: str = Field(default="", max_length=300)
    # When shelter staff last set the counts (carried from night to night): what "stale" measures.
    counts_updated_at: datetime | None = None
    updated_at: datetime
    updated_by: int | None = Field(default=None, foreign_key="app_user.id")

    __table_args__ = (
        UniqueConstraint("partner_id", "category_id", "night", name="uq_bed_state_night"),
        CheckConstraint("capacity >= 0", name="capacity"),
        CheckConstraint("unavailable >= 0", name="unavailable"),
        CheckConstraint("occupied >= 0", name="occupied"),
        CheckConstraint("held >= 0", name="held"),
        # free = capacity - unavailable - occupied - held never below 0
        CheckConstraint("unavailable + occupied + held <= capacity", name="free"),
    )


def new_subject() -> str:
    """A fresh random subject key (32 hex digits), derived from nothing."""
    return uuid4().hex


class Person(SQLModel, table=True):
    """A pseudonymous person. Never a national number, a nationality or an administrative status.

    `subject` is a random key that names the person wherever a record must outlive them (the ledger,
    the access log): those rows say `subject`, never `person.id`, so that once the person row is
    purged nothing links them to anybody.
    """

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(default_factory=new_subject, max_length=32, unique=True,
                         sa_column_kwargs={"default": new_subject})
    alias: str = Field(max_length=80, index=True)
    birth_year: int | None = None
    gender: str = Field(default="inconnu", max_length=16)
    children: int = 0
    with_dog: bool = False
    wheelchair: bool = False
    created_at: datetime
    last_contact_at: datetime | None = None

    __table_args__ = (
        CheckConstraint("birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2200)", name="birth_year"),
        CheckConstraint("children >= 0", name="children"),
        # AUTOINCREMENT on SQLite: an id once purged is never given to somebody else (PostgreSQL's
        # sequence never reuses one either), so nothing that still says "person 12" can name a newcomer.
        {"sqlite_autoincrement": True},
    )


class AppUser(SQLModel, table=True):
    """A user of relais-desk. `abri` users are bound to one shelter.

    No password here: on a shared PostgreSQL database each account is its own login role
    (`login`), which the server authenticates; the embedded database keeps argon2 hashes apart,
    in `local_credential`.
    """

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(default="", max_length=120)
    role: str = Field(max_length=16)
    partner_id: int | None = Field(default=None, foreign_key="partner.id")
    active: bool = True
    # A one-time password (new account or admin reset) must be replaced at the next login.
    must_change_password: bool = False
    login: str | None = Field(default=None, max_length=63, unique=True)  # PostgreSQL login role
    created_at: datetime

    __table_args__ = (
        CheckConstraint("role IN ('operateur', 'abri', 'coordination', 'admin')", name="role"),
        CheckConstraint("role <> 'abri' OR partner_id IS NOT NULL", name="abri_shelter"),
    )


class LocalCredential(SQLModel, table=True):
    """The argon2 hash of an account's password, for the embedded SQLite database only.

    Always empty on PostgreSQL, where no role may read it: the server authenticates each login.
    """

    __tablename__ = "local_credential"

    user_id: int = Field(primary_key=True, foreign_key="app_user.id")
    password_hash: str = Field(max_length=200)
    changed_at: datetime


class Call(SQLModel, table=True):
    """One urgence-sociale contact."""

    __tablename__ = "call"

    id: int | None = Field(default=None, primary_key=True)
    received_at: datetime = Field(index=True)
    channel: str = Field(max_length=32)
    caller_type: str = Field(default="personne", max_length=32)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    # After a purge or an erasure, person_id is NULL and this random key (one per purged person, derived
    # from nothing) still tells which events were the same person's: distinct-person counts stay exact.
    anonymous_key: str | None = Field(default=None, max_length=32)
    location: str = Field(default="", max_length=120)
    needs: str = Field(default="", max_length=300)  # comma-separated Need values
    notes: str = Field(default="", max_length=2000)
    outcome: str = Field(default="en_cours", max_length=32)
    operator_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime
    household_size: int | None = None  # « personnes dans le ménage », the person included; NULL: not asked


class Hold(SQLModel, table=True):
    """A bed kept for an oriented person until an arrival deadline; it expires by itself."""

    __tablename__ = "hold"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id")
    category_id: int = Field(foreign_key="bed_category.id")
    night: date
    person_id: int | None = Field(default=None, foreign_key="person.id")
    anonymous_key: str | None = Field(default=None, max_length=32)  # as Call.anonymous_key
    status: str = Field(default="active", max_length=16)
    deadline: datetime
    created_at: datetime
    created_by: int | None = Field(default=None, foreign_key="app_user.id")
    closed_at: datetime | None = None

    __table_args__ = (
        Index("ix_hold_status_deadline", "status", "deadline"),
        Index("ix_hold_partner_night", "partner_id", "night"),
        Index("ix_hold_night", "night"),  # a night's holds of every shelter (closing the night, the census)
        # the persons in contact over a period (statistics, the annual report) read holds by creation time
        Index("ix_hold_created_at", "created_at"),
    )


class Orientation(SQLModel, table=True):
    """A referral of a person to a partner; a bed orientation carries its hold."""

    __tablename__ = "orientation"

    id: int | None = Field(default=None, primary_key=True)
    call_id: int | None = Field(default=None, foreign_key="call.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    anonymous_key: str | None = Field(default=None, max_length=32)  # as Call.anonymous_key
    partner_id: int = Field(foreign_key="partner.id", index=True)
    category_id: int | None = Field(default=None, foreign_key="bed_category.id")
    hold_id: int | None = Field(default=None, foreign_key="hold.id", unique=True)
    night: date | None = Field(default=None, index=True)  # the census counts a night's orientations
    status: str = Field(default="proposee", max_length=24)
    deadline: datetime | None = None
    note: str = Field(default="", max_length=500)
    created_at: datetime = Field(index=True)
    created_by: int | None = Field(default=None, foreign_key="app_user.id")
    updated_at: datetime


class Refusal(SQLModel, table=True):
    """Unmet demand: a refus faute de place, from a call or at a shelter's door."""

    __tablename__ = "refusal"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    night: date = Field(index=True)
    source: str = Field(default="call", max_length=8)
    reason: str = Field(max_length=32)
    call_id: int | None = Field(default=None, foreign_key="call.id", index=True)
    partner_id: int | None = Field(default=None, foreign_key="partner.id")
    category_id: int = Field(foreign_key="bed_category.id")
    person_id: int | None = Field(default=None, foreign_key="person.id")
    anonymous_key: str | None = Field(default=None, max_length=32)  # as Call.anonymous_key
    note: str = Field(default="", max_length=500)
    recorded_by: int | None = Field(default=None, foreign_key="app_user.id")
    # A mistaken entry is withdrawn, never deleted: the row stays (with who and when) and counts nowhere.
    withdrawn_at: datetime | None = None
    withdrawn_by: int | None = Field(default=None, foreign_key="app_user.id")


class Census(SQLModel, table=True):
    """The nightly snapshot of one shelter × category, computed from the ledger as of census time.

    A shelter × category with no count update during the night before the census moment is *not
    reported*: `reported` is false, and `occupied` and `free` are NULL (free beds follow from the
    occupied ones, so they are unknown too, never a carried-over figure), as a closed night stores it.
    Capacity, out-of-service and held beds, arrivals and refusals stay known: the system records them.
    """

    __tablename__ = "census"

    id: int | None = Field(default=None, primary_key=True)
    night: date
    partner_id: int = Field(foreign_key="partner.id")
    category_id: int = Field(foreign_key="bed_category.id")
    capacity: int
    capacity_base: int = 0
    capacity_winter: int = 0
    reported: bool
    unavailable: int
    occupied: int | None = None
    held: int
    free: int | None = None
    arrivals: int = 0
    no_shows: int = 0
    orientations_received: int = 0
    refusals_saturation: int = 0
    refusals_quota: int = 0
    refusals_profile: int = 0
    refusals_other: int = 0
    computed_at: datetime
    run_id: int | None = Field(default=None, foreign_key="census_run.id")

    __table_args__ = (
        UniqueConstraint("night", "partner_id", "category_id", name="uq_census_night"),
        CheckConstraint("free >= 0", name="free"),  # NULL (not reported) passes: `reported` below decides
        CheckConstraint("(reported AND occupied IS NOT NULL AND free IS NOT NULL) "
                        "OR (NOT reported AND occupied IS NULL AND free IS NULL)", name="reported"),
    )


class CensusDemand(SQLModel, table=True):
    """Network-wide unmet demand of one night × category: every refusal, attributed to a shelter or not."""

    __tablename__ = "census_demand"

    id: int | None = Field(default=None, primary_key=True)
    night: date
    category_id: int = Field(foreign_key="bed_category.id")
    refusals_saturation: int = 0
    refusals_quota: int = 0
    refusals_profile: int = 0
    refusals_other: int = 0
    refusals_from_calls: int = 0
    refusals_at_door: int = 0
    computed_at: datetime
    run_id: int | None = Field(default=None, foreign_key="census_run.id")

    __table_args__ = (UniqueConstraint("night", "category_id", name="uq_census_demand_night"),)


class ClosedNight(SQLModel, table=True):
    """A night's final figures for one shelter × category, written once when the night closes (next noon).

    Counts every event of the night whenever it was recorded before the close. A shelter × category
    with no count update during the night is *not reported*: `reported` is false and `occupied` is
    NULL (unknown, never 0).
    """

    __tablename__ = "closed_night"

    id: int | None = Field(default=None, primary_key=True)
    night: date = Field(index=True)
    partner_id: int = Field(foreign_key="partner.id")
    category_id: int = Field(foreign_key="bed_category.id")
    reported: bool
    capacity: int
    capacity_base: int = 0
    capacity_winter: int = 0
    unavailable: int
    occupied: int | None = None
    arrivals: int = 0
    no_shows: int = 0
    orientations_received: int = 0
    refusals_saturation: int = 0
    refusals_quota: int = 0
    refusals_profile: int = 0
    refusals_other: int = 0
    computed_at: datetime

    __table_args__ = (
        UniqueConstraint("night", "partner_id", "category_id", name="uq_closed_night_night"),
        CheckConstraint("(reported AND occupied IS NOT NULL) OR (NOT reported AND occupied IS NULL)",
                        name="reported"),
    )


class ClosedNightDemand(SQLModel, table=True):
    """A closed night's network-wide refusals per category (with or without a shelter), and person-nights."""

    __tablename__ = "closed_night_demand"

    id: int | None = Field(default=None, primary_key=True)
    night: date = Field(index=True)
    category_id: int = Field(foreign_key="bed_category.id")
    refusals_saturation: int = 0
    refusals_quota: int = 0
    refusals_profile: int = 0
    refusals_other: int = 0
    refusals_from_calls: int = 0
    refusals_at_door: int = 0
    # refusals on no shelter × category row of the night (a call naming no shelter, or a category the
    # shelter does not have): with the closed_night rows' refusals they make the total
    refusals_without_shelter: int = 0
    # distinct persons refused that night, each in the category of their last refusal of the night;
    # a refusal without a person counts as one
    refused_person_nights: int = 0
    computed_at: datetime

    __table_args__ = (UniqueConstraint("night", "category_id", name="uq_closed_night_demand_night"),)


class CensusRun(SQLModel, table=True):
    """One execution of the census by a client (who, where, when, how many nights)."""

    __tablename__ = "census_run"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime
    finished_at: datetime | None = None
    workstation: str = Field(default="", max_length=120)
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    trigger: str = Field(default="schedule", max_length=16)
    nights_written: int = 0
    rows_written: int = 0


class PurgeRun(SQLModel, table=True):
    """One retention purge: when, by which trigger, the cut-off used and how many persons it removed.

    A scheduled run names its `daily` day (Brussels date), unique: any client may start the day's purge
    and only the first one does it. A manual run (`persons purge`) has no `daily` day.
    """

    __tablename__ = "purge_run"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    daily: date | None = Field(default=None, unique=True)
    trigger: str = Field(default="schedule", max_length=16)
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    cutoff: datetime
    purged: int = 0


class LedgerEntry(SQLModel, table=True):
    """Append-only record of every change, written in the same transaction as the change.

    `before`/`after` are JSON objects of the changed fields. For bed-state rows they always hold
    the full counts, so that the board at any past moment can be rebuilt from the ledger alone.
    """

    __tablename__ = "ledger"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    action: str = Field(max_length=32)
    entity: str = Field(max_length=32)
    entity_id: int | None = None
    partner_id: int | None = None
    category_id: int | None = None
    night: date | None = None
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str | None = Field(default=None, sa_column=Column(Text, nullable=True))

    __table_args__ = (
        Index("ix_ledger_entity_night_at", "entity", "night", "at"),
        Index("ix_ledger_shelter_at", "partner_id", "category_id", "at"),
        Index("ix_ledger_at", "at"),
    )


class ChangeEvent(SQLModel, table=True):
    """What the SQLite change feed reads after `PRAGMA data_version` moves (PostgreSQL uses NOTIFY)."""

    __tablename__ = "change_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    topic: str = Field(max_length=32)
    ids: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


class AccessLog(SQLModel, table=True):
    """Append-only record of who read which person's data, when, and from which screen or command.

    One row per person per read (a search returning 12 persons writes 12 rows). The person is named by
    `subject` (person.subject), never by person.id: the log outlives a purged person and must not link
    to them. `subject` is NULL when a read concerns no person (a call taken without one).
    """

    __tablename__ = "access_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    subject: str | None = Field(default=None, max_length=32)
    what: str = Field(max_length=16)
    source: str = Field(max_length=64)
    call_id: int | None = None
    orientation_id: int | None = None

    __table_args__ = (
        Index("ix_access_log_subject_at", "subject", "at"),
        Index("ix_access_log_user_at", "user_id", "at"),
        Index("ix_access_log_at", "at"),
    )
