"""Typed errors of the services. Each changes nothing: it is raised before or instead of a commit."""

from __future__ import annotations

from relais_desk.domain.errors import UserFacingError


class ServiceError(UserFacingError):
    code = "service_error"


class NotFound(ServiceError):
    code = "not_found"


class InvalidValue(ServiceError):
    code = "invalid_value"


class NoBedAvailable(ServiceError):
    code = "no_bed_available"


class ProfileNotAccepted(ServiceError):
    """A hold in beds whose category (or shelter's conditions) do not take the person's profile."""

    code = "profile_not_accepted"


class OverCapacity(ServiceError):
    code = "over_capacity"


class NoData(ServiceError):
    """Nothing to report: e.g. a year with neither a closed night nor a call."""

    code = "no_data"


class NotAllowed(ServiceError):
    code = "not_allowed"


class Conflict(ServiceError):
    code = "conflict"


class UndoTooLate(Conflict):
    """A correction asked too late: its time (15 minutes for an arrival or an absence) or its night is over."""

    code = "undo_too_late"


class ShelterRequired(InvalidValue):
    """An « abri » account without its shelter (the command line names its option, the GUI its field)."""

    code = "shelter_required"


class AuthenticationFailed(ServiceError):
    code = "authentication_failed"
