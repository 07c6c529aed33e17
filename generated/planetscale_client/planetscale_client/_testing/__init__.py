# Generated from specs/planetscale.yaml + specs/planetscale.overlay.yaml by openapi-python-client 0.29.1 with the templates in templates/.
# Do not edit: `make regenerate` rebuilds this file.
"""The machinery of ``planetscale_client.testing``: the embedded spec (``openapi.json``), what its
schemas allow (``schemas``), requests read as the server would (``requests``), stubbed outcomes
encoded as the API sends them (``responses``), the stubs (``stubs``) and how they get in front
of the clients (``interception``)."""

from .responses import Raising, StubError, raising
from .stubs import ListMethodStub, MethodStub, Stub, StubCall

__all__ = ["ListMethodStub", "MethodStub", "Raising", "Stub", "StubCall", "StubError", "raising"]
