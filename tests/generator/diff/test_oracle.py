"""The verdict oracle on every case of ``cases.yaml``: a client is generated from both
documents of each case, a caller of the first package is type-checked against the second,
and every verdict the diff reports must be what the type checker finds, unless the case
says why not (``oracle disagrees: <reason>``)."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.diff.api_diff import diff_api
from generator.diff.api_roles import class_roles
from generator.diff.caller import synthesize_caller
from generator.diff.oracle import Comparison, check
from generator.diff.public_api import Api, public_api
from generator.diff.spec_diff import diff_documents
from generator.errors import GenerationError
from generator.generate import generate_client
from generator.registry import CLIENTS, ClientSpec
from generator.specs import Spec

from .test_spec_cases import CASES, documents


@dataclass(frozen=True)
class Generated:
    """A case document's package: where it is, its public API, and a digest of its files."""

    package: Path
    api: Api
    digest: str


def generate(client: ClientSpec, document: dict[str, Any], folder: Path) -> Generated | str:
    """Generate ``document`` with the settings of ``client`` into ``folder``; return the
    package, or the reason the generator refuses it."""
    try:  # both documents of every case are valid OpenAPI already (documents())
        generate_client(client, Spec(client.spec, document), folder, finish=False)
    except GenerationError as err:
        return " ".join(str(err).split())
    package = folder / client.package_name
    files = sorted(package.rglob("*.py"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
    return Generated(package, public_api(folder, client.package_name), digest)


def _key(document: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()[:16]


@pytest.mark.slow
def test_the_type_checker_confirms_every_verdict(tiny_client: ClientSpec, tmp_path: Path) -> None:
    """Each case document is generated with the tiny client's settings (its error model,
    Error, is in the cases' base document)."""
    started = time.perf_counter()
    pairs = [documents(case) for case in CASES["cases"]]
    by_key = {_key(doc): doc for pair in pairs for doc in pair}
    packages = {
        key: generate(tiny_client, doc, tmp_path / "packages" / key) for key, doc in by_key.items()
    }
    comparisons, not_generated = [], {}
    for index, (case, (before, after)) in enumerate(zip(CASES["cases"], pairs, strict=True)):
        old, new = packages[_key(before)], packages[_key(after)]
        if isinstance(old, str) or isinstance(new, str):
            not_generated[case["kind"]] = old if isinstance(old, str) else new
            continue
        alias = f"case_{index}"
        comparisons.append(
            Comparison(
                name=f"caller_{index}",
                caller=synthesize_caller(old.api, class_roles(old.api), alias),
                package=new.package,
                alias=alias,
                api_changes=diff_api(old.api, new.api),
                spec_changes=diff_documents(before, after),
                unchanged=old.digest == new.digest,
            )
        )
    generated = time.perf_counter()
    verdicts = check(comparisons, tmp_path / "oracle")
    checked = time.perf_counter()
    kinds = {f"caller_{i}": case["kind"] for i, case in enumerate(CASES["cases"])}
    # A case may disagree with the type checker only with a written reason.
    explained = {case["kind"] for case in CASES["cases"] if case.get("oracle disagrees")}
    report = [
        f"{kinds[v.name]}:\n  errors: {v.errors}\n  unexplained: {v.unexplained}\n"
        f"  unconfirmed: {[(c.rule.id, c.location) for c in v.unconfirmed]}\n"
        f"  spec: {v.spec_disagrees}"
        for v in verdicts
        if not v.agrees and kinds[v.name] not in explained
    ]
    agreeing = {kinds[v.name] for v in verdicts if v.agrees}
    assert explained & agreeing == set(), "cases whose written disagreement no longer holds"
    errors = sum(len(v.errors) for v in verdicts)
    print(
        f"verdict oracle: {len(verdicts)} cases type-checked ({errors} type errors; "
        f"{sum(c.unchanged for c in comparisons)} with an unchanged package), "
        f"{len(not_generated)} not generated, {len(report)} disagreements without a reason "
        f"({len(explained)} with one); "
        f"{generated - started:.0f}s to generate and compare, {checked - generated:.0f}s mypy"
    )
    assert report == [], "\n".join(report)
    expected = {
        case["kind"]: case["not generated"] for case in CASES["cases"] if "not generated" in case
    }
    assert not_generated.keys() == expected.keys(), not_generated


@pytest.mark.slow
def test_a_caller_of_each_generated_package_type_checks_against_it(tmp_path: Path) -> None:
    """The synthesised caller is correct code: against its own package it has no error, so
    every error the oracle meets comes from a change."""
    comparisons = []
    for client in CLIENTS:
        api = public_api(client.output_dir, client.package_name)
        alias = f"same_{client.package_name}"
        comparisons.append(
            Comparison(
                name=f"caller_{client.name}",
                caller=synthesize_caller(api, class_roles(api), alias),
                package=client.output_dir / client.package_name,
                alias=alias,
                api_changes=[],
            )
        )
    assert [(v.name, v.errors) for v in check(comparisons, tmp_path)] == [
        (f"caller_{client.name}", []) for client in CLIENTS
    ]
