"""The domain: SQLModel tables, enums and value rules. No Qt, no I/O."""

from relais_desk.domain.enums import (
    CallChannel,
    CallerType,
    CallOutcome,
    CapacityKind,
    Gender,
    HoldStatus,
    LedgerAction,
    Need,
    OrientationStatus,
    PartnerKind,
    RefusalReason,
    RefusalSource,
    Role,
)
from relais_desk.domain.models import (
    AppUser,
    BedCategory,
    BedState,
    Call,
    Capacity,
    Census,
    CensusDemand,
    CensusRun,
    ChangeEvent,
    ClosedNight,
    ClosedNightDemand,
    Hold,
    LedgerEntry,
    NetworkSetting,
    Orientation,
    Partner,
    Person,
    Refusal,
)

__all__ = [
    "AppUser", "BedCategory", "BedState", "Call", "CallChannel", "CallOutcome", "CallerType", "Capacity",
    "CapacityKind", "Census", "CensusDemand", "CensusRun", "ChangeEvent", "ClosedNight",
    "ClosedNightDemand", "Gender", "Hold", "HoldStatus", "LedgerAction",
    "LedgerEntry", "Need", "NetworkSetting", "Orientation", "OrientationStatus", "Partner", "PartnerKind",
    "Person", "Refusal", "RefusalReason", "RefusalSource", "Role",
]
