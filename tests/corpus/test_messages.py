"""Messages a third spec needs that our two APIs cannot show: the Swagger Petstore has an API
key and an OAuth2 flow the client cannot run itself (``petstore_auth``, implicit). A client
given only the API key calling an operation that needs the OAuth2 token says which credential
that is and how to give it; the token's argument and environment variable are the ones the
README's rule gives."""

from __future__ import annotations

import importlib

import pytest

from generator.auth import credential_env, resolve_security
from generator.registry import ROOT
from generator.specs import iter_operations, load_spec
from tests.corpus.conftest import CORPUS, Corpus

pytestmark = pytest.mark.slow

PETSTORE = next(client for client in CORPUS if client.name == "petstore3")


def test_an_operation_needing_a_credential_the_client_lacks_says_which_and_how(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus.project(PETSTORE.name)
    monkeypatch.delenv(f"{PETSTORE.env_prefix}_PETSTORE_TOKEN", raising=False)
    package = importlib.import_module(PETSTORE.package_name)
    find = importlib.import_module(f"{PETSTORE.package_name}.api.pet.find_pets_by_status")
    client = getattr(package, PETSTORE.class_name)(
        api_key="petstore-key-123", base_url=corpus.servers[PETSTORE.name].url
    )
    with client, pytest.raises(package.APIError) as raised:
        find.sync(client=client, status="available")
    message = str(raised.value)
    assert message == (
        "find_pets_by_status (GET /pet/findByStatus) needs the credential petstore_auth (an "
        "OAuth2 access token: pass petstore_token=... to Petstore3Client() or set "
        "PETSTORE3_PETSTORE_TOKEN); this Petstore3Client holds api_key"
    )
    assert "created without" not in message


def test_the_oauth2_token_argument_and_variable_follow_the_readme(corpus: Corpus) -> None:
    """generator/auth.py derives them; the README states the rule with the examples
    ``petstore_auth`` → ``petstore_token`` and ``PETSTORE_TOKEN``; the generated README and
    constructor say what the code does."""
    document = load_spec(PETSTORE).document
    keys = {(path, method): f"{method} {path}" for path, method, _ in iter_operations(document)}
    schemes = {s.name: s for s in resolve_security(PETSTORE, document, keys).schemes}
    (token,) = schemes["petstore_auth"].arguments
    assert (token.name, token.env) == ("petstore_token", "PETSTORE3_PETSTORE_TOKEN")
    assert credential_env("PETSTORE", "petstore_token") == "PETSTORE_TOKEN"
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert "(`petstore_auth` → `petstore_token`," in readme
    assert "(`petstore_token` with the prefix `PETSTORE` → `PETSTORE_TOKEN`)" in readme
    project = corpus.project(PETSTORE.name)
    generated_readme = (project / "README.md").read_text()
    assert "petstore_token" in generated_readme and "PETSTORE3_PETSTORE_TOKEN" in generated_readme
