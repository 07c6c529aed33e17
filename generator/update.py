"""``make update``: fetch each API's upstream source and adopt what changed.

For an ``openapi`` source whose digest differs from the config's: the document is validated
(with the overlays applied) before anything is written; then the spec is replaced verbatim,
the digest recorded, the package regenerated, the change compared like ``make diff`` does,
the version bumped from that comparison with a changelog entry, and the package regenerated
with its new version. For a ``docs`` source (a page the spec was reconstructed from by hand):
the page's new text is committed beside the spec and the report lists the operations and
schemas whose rendering no longer matches it, to reconstruct.

Each API is on its own: one that fails (unreachable, invalid, does not generate) leaves its
files in specs/, changelogs/ and generated/ exactly as they were.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from generator.config import ClientSpec, load_config
from generator.config_edit import remove_key, set_value
from generator.diff.cli import compare_packages
from generator.diff.public_api import Api, ApiLoadError, public_api
from generator.diff.report import ClientReport, Report, to_json, to_markdown
from generator.diff.sides import located
from generator.diff.spec_diff import diff_documents
from generator.docs_changes import (
    DocsChanges,
    compare_pages,
    html_text,
    page_lines,
    spec_page_lines,
)
from generator.errors import GenerationError, SpecError
from generator.regenerate import build_clients, regenerate
from generator.release import Release, release
from generator.specs import load_spec
from generator.upstream import Fetched, UpstreamError, digest, fetch

Status = Literal["unchanged", "updated", "docs-changed", "failed", "no-upstream"]


@dataclass
class Outcome:
    """What ``make update`` did for one API."""

    client: ClientSpec
    status: Status
    message: str
    report: Report | None = None
    """The ``make diff`` comparison of the old and new spec and package (``updated``)."""
    docs: DocsChanges = field(default_factory=DocsChanges)
    """The sections of a documentation page that differ from the spec (``docs-changed``)."""
    release: Release | None = None

    @property
    def breaking(self) -> int:
        """Return how many breaking changes the update brings."""
        return self.report.breaking if self.report else 0


def update(
    clients: Sequence[ClientSpec], generated_dir: Path, *, today: date | None = None
) -> list[Outcome]:
    """Fetch and adopt every client's upstream source; return what happened to each."""
    return [update_client(client, generated_dir, today=today) for client in clients]


def update_client(client: ClientSpec, generated_dir: Path, *, today: date | None = None) -> Outcome:
    """Fetch ``client``'s upstream source and adopt it if it changed; return the outcome."""
    upstream = client.upstream
    if upstream is None:
        return Outcome(client, "no-upstream", f"no upstream: in {client.relative(client.config)}")
    try:
        fetched = fetch(upstream.url)
    except UpstreamError as err:
        return Outcome(client, "failed", str(err))
    received = digest(upstream.kind, fetched.body, fetched.content_type)
    if received == upstream.sha256:
        return Outcome(client, "unchanged", f"{upstream.url} is unchanged (sha256 {received[:12]})")
    if upstream.kind == "docs":
        return _recapture(client, fetched, received)
    return _adopt(client, fetched, received, generated_dir, today)


def _adopt(
    client: ClientSpec, fetched: Fetched, received: str, generated_dir: Path, today: date | None
) -> Outcome:
    assert client.upstream is not None
    url = client.upstream.url
    package = client.package_name
    with tempfile.TemporaryDirectory(prefix="update-") as scratch:
        staged = Path(scratch) / client.spec.name
        staged.write_bytes(fetched.body)
        try:
            new_document = load_spec(replace(client, spec=staged)).document
        except SpecError as err:
            return Outcome(client, "failed", f"{url} is not a usable spec: {located(url, err)}")
        old_document = load_spec(client).document
        old_api = _api(generated_dir / package, package)
        try:
            with _restored_on_failure([client.spec, client.config, client.changelog]):
                client.spec.write_bytes(fetched.body)
                set_value(client.config, ("upstream", "sha256"), received)
                remove_key(client.config, ("upstream", "made_from"))  # the spec is upstream's now
                adopted = load_config(client.config)
                new_package = build_clients([adopted], Path(scratch) / "new")[adopted]
                report = ClientReport(
                    adopted.name, adopted.title, package, adopted.relative(adopted.spec)
                )
                report.spec_changes = diff_documents(old_document, new_document)
                new_api = _api(new_package, package)
                if old_api is not None and new_api is not None:
                    documents = (old_document, new_document)
                    compare_packages(report, adopted, documents, (old_api, new_api))
                api_version = str(new_document["info"]["version"])
                released = release(adopted, report, api_version, today=today)
                regenerate([load_config(client.config)], generated_dir)
        except (SpecError, GenerationError) as err:
            return Outcome(
                client,
                "failed",
                f"{url} could not be adopted, nothing was changed: {err}",
            )
    comparison = Report(
        f"{client.relative(client.spec)} (sha256 {client.upstream.sha256[:12]})",
        "",
        [report],
        allow_breaking=True,
        head=url,
    )
    message = f"{url} changed: {len(report.facts)} change(s), {report.breaking} breaking"
    if released:
        message += f"; {client.project_name} {released.previous} -> {released.version}"
    return Outcome(client, "updated", message, report=comparison, release=released)


def _recapture(client: ClientSpec, fetched: Fetched, received: str) -> Outcome:
    upstream = client.upstream
    assert upstream is not None and upstream.made_from is not None
    text = fetched.body.decode("utf-8", errors="replace")
    if "html" in fetched.content_type.lower():
        text = html_text(text)
    spec_document = yaml.safe_load(client.spec.read_text(encoding="utf-8"))
    changes = compare_pages(
        spec_page_lines(spec_document), page_lines(fetched.body, fetched.content_type)
    )
    with _restored_on_failure([upstream.made_from, client.config]):
        upstream.made_from.write_text(text, encoding="utf-8")
        set_value(client.config, ("upstream", "sha256"), received)
    where = client.relative(upstream.made_from)
    if not changes:
        return Outcome(
            client, "updated", f"{upstream.url} changed; {where} re-captured, the spec matches it"
        )
    return Outcome(
        client,
        "docs-changed",
        f"{upstream.url} changed: {len(changes.lines())} operation(s) or schema(s) differ from "
        f"{client.relative(client.spec)}; the new page text is in {where}",
        docs=changes,
    )


@contextmanager
def _restored_on_failure(paths: Sequence[Path]) -> Iterator[None]:
    """Put ``paths`` back as they were (or absent) if the block raises."""
    saved = {path: path.read_bytes() if path.is_file() else None for path in paths}
    try:
        yield
    except BaseException:
        for path, content in saved.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        raise


def _api(search_path: Path, package: str) -> Api | None:
    """Return the public API of the package under ``search_path``, None when there is none
    (not generated yet, or it cannot be read: the report then has the spec layer only)."""
    if not (search_path / package).is_dir():
        return None
    try:
        return public_api(search_path, package)
    except ApiLoadError:
        return None


# Reports ----------------------------------------------------------------------------------


def write_reports(outcomes: Sequence[Outcome], folder: Path) -> None:
    """Write ``<api>.md`` (the pull request's body) and ``<api>.json`` for every outcome."""
    folder.mkdir(parents=True, exist_ok=True)
    for outcome in outcomes:
        name = outcome.client.name
        (folder / f"{name}.md").write_text(markdown(outcome), encoding="utf-8")
        (folder / f"{name}.json").write_text(
            json.dumps(summary(outcome), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


def summary(outcome: Outcome) -> dict[str, Any]:
    """Return the machine-readable outcome (what the refresh workflow reads)."""
    released = outcome.release
    return {
        "client": outcome.client.name,
        "title": outcome.client.title,
        "package": outcome.client.project_name,
        "status": outcome.status,
        "message": outcome.message,
        "breaking": outcome.breaking,
        "bump": released.bump if released else None,
        "previous_version": released.previous if released else None,
        "version": released.version if released else None,
        "docs_sections": outcome.docs.lines(),
        "diff": json.loads(to_json(outcome.report)) if outcome.report else None,
    }


def markdown(outcome: Outcome) -> str:
    """Return the report of one API's update, in Markdown (a pull request's body)."""
    client = outcome.client
    lines = [f"# {client.title}: upstream {outcome.status}", "", outcome.message, ""]
    if outcome.release:
        released = outcome.release
        lines += [
            f"`{client.project_name}` {released.previous} → **{released.version}** "
            f"({released.bump}: breaking → major, additions → minor, anything else → patch); "
            f"the changelog entry is in `{client.relative(client.changelog)}`.",
            "",
        ]
    if outcome.status == "docs-changed" and client.upstream and client.upstream.made_from:
        page = client.relative(client.upstream.made_from)
        lines += [
            f"`{client.relative(client.spec)}` was reconstructed by hand from this page "
            "(specs/README.md). These operations and schemas of the new page differ from the "
            "spec's rendering; reconstruct them, then `make regenerate` and `make test` "
            "(the fidelity test compares the page and the spec line by line):",
            "",
            *outcome.docs.lines(),
            "",
            f"The new page text is committed as `{page}`.",
            "",
        ]
    if outcome.report:
        lines.append(to_markdown(outcome.report))
    return "\n".join(lines).rstrip("\n") + "\n"
