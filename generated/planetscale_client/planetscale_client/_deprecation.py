# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""PEP 702 ``@deprecated``, for the operations (and arguments) the spec marks deprecated: type
checkers flag every call (mypy with ``--enable-error-code deprecated``), and each call warns
(``DeprecationWarning``; Python's filters show it once per call site).

``warnings.deprecated`` from Python 3.13; before, type checkers read ``typing_extensions``'s
(their own stubs: nothing to install) and this module's equivalent runs, so the package
depends on nothing more.
"""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

if sys.version_info >= (3, 13):
    from warnings import deprecated
elif TYPE_CHECKING:
    from typing_extensions import deprecated
else:

    class deprecated:  # noqa: N801 - the name PEP 702 gives it
        """Mark a function deprecated: calling it warns with ``message`` (PEP 702)."""

        def __init__(
            self, message: str, /, *, category: type[Warning] = DeprecationWarning, stacklevel: int = 1
        ) -> None:
            self.message = message
            self.category = category
            self.stacklevel = stacklevel

        def __call__(self, function: F) -> F:
            message, category, stacklevel = self.message, self.category, self.stacklevel

            @functools.wraps(function)
            def warn_and_call(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, category, stacklevel=stacklevel + 1)
                return function(*args, **kwargs)

            function.__deprecated__ = warn_and_call.__deprecated__ = message  # type: ignore[attr-defined]
            return warn_and_call  # type: ignore[return-value]


def warn_deprecated(message: str) -> None:
    """Warn that the caller of the calling method passed a deprecated argument."""
    warnings.warn(message, DeprecationWarning, stacklevel=3)


__all__ = ["deprecated", "warn_deprecated"]
