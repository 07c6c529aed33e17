"""``python -m generator diff``: what the working tree's spec, overlay and template changes
since a base ref do to code written against the generated clients; or, given two documents
(``OLD NEW``, files or http(s) URLs), what the second changes for users of the first.

Exit status: 0 when nothing breaks (or ``ALLOW_BREAKING=1``), 1 when something breaks,
2 when the input is unusable (not a git repository, unknown ref, invalid spec).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from generator.diff.api_diff import diff_api
from generator.diff.api_roles import class_roles
from generator.diff.caller import synthesize_caller
from generator.diff.documents import load_document
from generator.diff.facts import client_facts
from generator.diff.git import GitError, Repository
from generator.diff.model import UnresolvedReferenceError
from generator.diff.oracle import Comparison, OracleError, check
from generator.diff.public_api import Api, ApiLoadError, public_api
from generator.diff.report import ClientReport, Report, plural, to_json, to_markdown
from generator.diff.rules import change
from generator.diff.sides import Base, DiffInputError, current_document, current_package
from generator.diff.spec_diff import diff_documents
from generator.registry import CLIENTS, ROOT, ClientSpec
from generator.specs import iter_operations

EXIT_OK, EXIT_BREAKING, EXIT_BAD_INPUT = 0, 1, 2
_TRUE = frozenset({"1", "true", "yes"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of the diff command."""
    parser.add_argument(
        "documents",
        nargs="*",
        metavar="OLD NEW",
        help="two OpenAPI documents (files or http(s) URLs) to compare, spec layer only, "
        "instead of the registered clients",
    )
    parser.add_argument(
        "--base",
        default=None,
        help="git ref to compare with (default: origin/main if it exists, else HEAD)",
    )
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    parser.add_argument(
        "--oracle",
        action="store_true",
        help="also type-check a caller of every public object of each base package against "
        "the new package, and report whether the verdicts match (slower)",
    )
    parser.add_argument("--output", default=None, help="write the report to this file")


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    base: str | None = None
    output_format: str = "markdown"
    output: str | None = None
    documents: tuple[str, str] | None = None
    """OLD and NEW, when two documents are compared instead of the registered clients."""
    oracle: bool = False
    """Run the verdict oracle on each client (:mod:`generator.diff.oracle`)."""


def run(args: argparse.Namespace) -> int:
    """Print or write the report asked for and return the exit status."""
    documents = args.documents
    if documents and (len(documents) != 2 or args.base is not None or args.oracle):
        print(
            "error: give two documents (OLD NEW) without --base or --oracle, or none",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return execute(
        Options(
            base=args.base,
            output_format=args.format,
            output=args.output,
            documents=(documents[0], documents[1]) if documents else None,
            oracle=args.oracle,
        )
    )


def execute(
    options: Options,
    clients: Sequence[ClientSpec] = CLIENTS,
    root: Path = ROOT,
    environ: Mapping[str, str] = os.environ,
) -> int:
    """Compare ``clients`` in the working tree ``root`` with ``options.base``, print or
    write the report, and return the exit status."""
    allow = environ.get("ALLOW_BREAKING", "").strip().lower() in _TRUE
    try:
        if options.documents is not None:
            report = compare_documents(*options.documents, allow_breaking=allow)
        else:
            report = build_report(
                clients, root, options.base, allow_breaking=allow, oracle=options.oracle
            )
    except RecursionError:
        # Whatever recursed (a validator following a cycle, nesting beyond any limit), the
        # documents could not be compared: that is never a verdict.
        print(
            "error: the documents could not be compared: they nest too deeply or refer to "
            "themselves in a cycle",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except (
        GitError,
        DiffInputError,
        ApiLoadError,
        UnresolvedReferenceError,
        OracleError,
    ) as error:
        first, *rest = str(error).splitlines() or ["(no message)"]
        print(f"error: {first}", file=sys.stderr)
        for line in rest:  # details (generator warnings) stay readable below the one line
            print(f"  {line}", file=sys.stderr)
        return EXIT_BAD_INPUT
    text = to_json(report) if options.output_format == "json" else to_markdown(report)
    if options.output:
        Path(options.output).write_text(text, encoding="utf-8")
        print(f"diff report written to {options.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    if report.exit_status == EXIT_BREAKING:
        print(
            f"{report.breaking} breaking change(s) since {report.base_ref}; "
            "set ALLOW_BREAKING=1 to accept them",
            file=sys.stderr,
        )
    if report.disagreements:
        print(
            f"the verdict oracle disagrees with the report for {', '.join(report.disagreements)}",
            file=sys.stderr,
        )
    return report.exit_status


def build_report(
    clients: Sequence[ClientSpec],
    root: Path,
    base: str | None,
    *,
    allow_breaking: bool = False,
    oracle: bool = False,
) -> Report:
    """Return the comparison of every client in the working tree ``root`` with ``base``;
    with ``oracle``, each one's verdicts checked by the verdict oracle too."""
    repo = Repository(root)
    ref = base or repo.default_base()
    commit = repo.commit(ref)
    with tempfile.TemporaryDirectory(prefix="api-diff-") as scratch:
        workdir = Path(scratch)
        sides = Base(repo, ref, commit, workdir)
        compared = [_client_report(client, sides, root, workdir) for client in clients]
        if oracle:
            comparisons = [comparison for _, comparison in compared if comparison is not None]
            for verdicts in check(comparisons, workdir / "oracle"):
                report = next(r for r, c in compared if c is not None and c.name == verdicts.name)
                report.oracle = verdicts
    return Report(ref, commit, [report for report, _ in compared], allow_breaking)


def compare_documents(old: str, new: str, *, allow_breaking: bool = False) -> Report:
    """Return the spec-layer comparison of the documents at ``old`` and ``new``."""
    before, after = load_document(old), load_document(new)
    title = str((after.get("info") or {}).get("title") or new)
    report = ClientReport(name=Path(urlparse(new).path).stem, title=title, package="", spec=new)
    report.spec_changes = diff_documents(before, after)
    report.notes.append(
        "Two documents compared: the spec layer only (no generated package is involved)."
    )
    return Report(old, "", [report], allow_breaking, head=new)


def _client_report(
    client: ClientSpec, base: Base, root: Path, workdir: Path
) -> tuple[ClientReport, Comparison | None]:
    """Return the report of one client, and what the verdict oracle would check for it
    (None when there is no base package to call)."""
    new_document = current_document(client, root)
    report = ClientReport(
        name=client.name,
        title=client.api_title(new_document),
        package=client.package_name,
        spec=base.repo.relative(client.spec),
    )
    base_client = base.client(client)
    if base_client is None:
        report.added = True
        report.operations = sum(1 for _ in iter_operations(new_document))
        detail = f"new client with {plural(report.operations, 'operation')}"
        report.spec_changes = [change("client-added", client.name, detail)]
        return report, None
    old_document = base.document(base_client)
    report.spec_changes = diff_documents(old_document, new_document)
    old_package = base.package(client)
    generated_at_base = False
    if old_package is None:
        committed = f"generated/{client.package_name} is not committed at {base.ref}"
        if old_document == new_document:
            # The same spec through the same (working tree) generator gives the same code.
            report.notes.append(
                f"{committed}; the spec is unchanged, so the generated API "
                "is taken as unchanged (template changes are not visible)."
            )
            return report, None
        report.notes.append(
            f"{committed}; its API there is what the working tree's "
            "generator and templates make of the spec at the base."
        )
        old_package = base.generate(base_client)
        generated_at_base = True
    new_package = current_package(client, workdir)
    old_api = public_api(old_package, client.package_name)
    compare_packages(
        report,
        client,
        (old_document, new_document),
        (old_api, public_api(new_package, client.package_name)),
    )
    comparison = Comparison(
        name=f"caller_{client.name}",
        # imported under another name: the package of that name installed here is not it
        caller=synthesize_caller(old_api, class_roles(old_api), f"new_{client.package_name}"),
        package=new_package / client.package_name,
        alias=f"new_{client.package_name}",
        api_changes=report.api_changes,
        # Both packages from the working tree's templates: only the spec differs.
        spec_changes=report.spec_changes if generated_at_base else None,
    )
    return report, comparison


def compare_packages(
    report: ClientReport,
    client: ClientSpec,
    documents: tuple[dict[str, Any], dict[str, Any]],
    apis: tuple[Api, Api],
) -> None:
    """Add to ``report`` (whose spec changes are those between ``documents``) the changes
    between the old and new public ``apis`` of the client's package, merged into facts."""
    report.api_changes = diff_api(*apis)
    report.merged = client_facts(client, documents, (report.spec_changes, report.api_changes), apis)
