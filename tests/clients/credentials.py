"""Test credentials for any API, from its security schemes, and what each operation must send.

``generator.auth.resolve_security`` says which schemes an API has, the constructor arguments of
each and every operation's requirement; here every argument of every scheme some operation uses
gets a dummy value, and an operation's expected credentials are those of the first alternative of
its requirement whose schemes were all given (the runtime's rule).
"""

from __future__ import annotations

import base64
import importlib
from dataclasses import dataclass, field
from typing import Any

from generator.auth import Scheme, Security, resolve_security
from generator.config import ClientSpec
from tests.clients.operation_cases import operation_keys

TOKEN = {"access_token": "test-access-token", "token_type": "bearer", "expires_in": 3600}
"""What a mocked OAuth2 token endpoint answers."""


@dataclass
class Sent:
    """The credentials one request carries, where the spec puts them."""

    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    token_urls: tuple[str, ...] = ()
    """OAuth2 client-credentials token URLs the client must fetch a token from first."""


@dataclass(frozen=True)
class DummyCredentials:
    """A dummy value for each credential argument of a client's constructor."""

    security: Security
    values: dict[str, str]

    def given(self, scheme: Scheme) -> bool:
        source = self._source(scheme)
        return all(argument.name in self.values for argument in source.arguments)

    def expected(self, key: str) -> Sent:
        """Return what operation ``key`` must send: the first alternative whose schemes were
        all given (an empty alternative asks for nothing, so the next one is still sent)."""
        schemes = {scheme.name: scheme for scheme in self.security.schemes}
        for alternative in self.security.requirement(key):
            if alternative and all(self.given(schemes[name]) for name in alternative):
                sent = Sent()
                for name in alternative:
                    sent = self._add(sent, schemes[name])
                return sent
        return Sent()

    def _source(self, scheme: Scheme) -> Scheme:
        """The scheme whose arguments ``scheme`` sends (itself, unless derived)."""
        if scheme.derived_from is None:
            return scheme
        return next(s for s in self.security.schemes if s.name == scheme.derived_from)

    def _add(self, sent: Sent, scheme: Scheme) -> Sent:
        source = self._source(scheme)
        values = [self.values[argument.name] for argument in source.arguments]
        if scheme.kind == "api_key":
            value = scheme.formats[0][1].format(**self.values)  # the default format
            where = {"header": sent.headers, "query": sent.params, "cookie": sent.cookies}
            where[scheme.location][scheme.parameter] = value
        elif scheme.kind == "basic":
            pair = ":".join(values).encode()
            sent.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
        elif scheme.kind == "http_scheme":
            sent.headers["Authorization"] = f"{scheme.parameter} {values[0]}"
        elif scheme.kind == "client_credentials":
            sent.headers["Authorization"] = f"Bearer {TOKEN['access_token']}"
            sent.token_urls = (*sent.token_urls, scheme.token_url)
        else:  # bearer, access_token
            sent.headers["Authorization"] = f"Bearer {values[0]}"
        return sent


def dummy_credentials(client: ClientSpec, document: dict[str, Any]) -> DummyCredentials:
    """Return a dummy value for every argument of every scheme the client's operations use."""
    security = resolve_security(client, document, operation_keys(client, document))
    values = {
        argument.name: "test-" + argument.name.replace("_", "-")
        for scheme in security.used
        for argument in scheme.arguments
    }
    return DummyCredentials(security, values)


def make_client(
    client: ClientSpec, credentials: DummyCredentials, base_url: str, **options: Any
) -> Any:
    """Return the package's client class (``client.class_name``) built with ``credentials``."""
    package = importlib.import_module(client.package_name)
    return getattr(package, client.class_name)(**credentials.values, base_url=base_url, **options)


def token_url(url: str, base_url: str) -> str:
    """Where the client fetches a token: ``url`` as is, or joined to the base URL."""
    return url if "://" in url else base_url.rstrip("/") + url
