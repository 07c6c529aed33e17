# Generated from specs/planship.yaml + specs/planship.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""PEP 702 ``@deprecated``, for the operations (and arguments) the spec marks deprecated: type
checkers flag every call (mypy with ``--enable-error-code deprecated``; they read the
decorator as ``typing_extensions.deprecated``, from their own stubs: nothing to install), and
each call warns (``DeprecationWarning``; Python's filters show it once per call site).

The warning names the caller's line: the first frame outside this package, whatever wraps
the method here (the argument checks, ``with_raw_response``). ``warnings.deprecated``
(Python 3.13) names the frame just above the function it decorates, which is one of those
wrappers, so it is not used.
"""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_INSIDE = f"{__name__.rpartition('.')[0]}."

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:

    class deprecated:  # noqa: N801 - the name PEP 702 gives it
        """Mark a function deprecated: calling it warns with ``message`` (PEP 702)."""

        def __init__(
            self, message: str, /, *, category: type[Warning] = DeprecationWarning, stacklevel: int = 1
        ) -> None:
            self.message = message
            self.category = category

        def __call__(self, function: F) -> F:
            message, category = self.message, self.category

            @functools.wraps(function)
            def warn_and_call(*args: Any, **kwargs: Any) -> Any:
                _warn(message, category)
                return function(*args, **kwargs)

            function.__deprecated__ = warn_and_call.__deprecated__ = message
            return warn_and_call


def warn_deprecated(message: str) -> None:
    """Warn that the caller passed a deprecated argument."""
    _warn(message, DeprecationWarning)


def _warn(message: str, category: type[Warning]) -> None:
    frame = sys._getframe(1)
    level = 2  # warnings.warn(stacklevel=2) names the frame that called this function
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith(_INSIDE):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    warnings.warn(message, category, stacklevel=level)


__all__ = ["deprecated", "warn_deprecated"]
