"""The base of every error a user can cause: a stable code, parameters and a French message."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error caused by what a user did or by the environment, never a bug.

    `code` is stable (scripts and translations key on it), `message` is plain French,
    `field` names the form field it belongs to when there is one.
    """

    code = "error"

    def __init__(self, message: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.params = params

    def as_dict(self) -> dict[str, object]:
        return {"error": self.code, "message": self.message, "field": self.field, "params": self.params}
