"""The base of every error a user can cause: a stable code, parameters and a French message."""

from __future__ import annotations

from typing import Any, Self


class UserFacingError(Exception):
    """An error caused by what a user did or by the environment, never a bug.

    `code` is stable (scripts key on it), `message` is plain French, `field` names the form field it belongs
    to when there is one. An error made by `of(key, …)` also has a `key` of `domain.messages` (what exactly
    went wrong, e.g. "period_end_before_start"): the GUI shows that message in the user's language.
    """

    code = "error"

    def __init__(self, message: str, *, field: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.params = params
        self.key: str | None = None

    @classmethod
    def of(cls, message_key: str, /, *, field: str | None = None, **params: Any) -> Self:
        """The error whose message is `domain.messages.MESSAGES[message_key]` with `params`, in French."""
        from relais_desk.domain.messages import french

        error = cls(french(message_key, params), field=field, **params)
        error.key = message_key
        return error

    def as_dict(self) -> dict[str, object]:
        return {"error": self.code, "key": self.key, "message": self.message, "field": self.field,
                "params": self.params}
