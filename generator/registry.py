"""The one list of API clients that regenerate, check, diff and the tests iterate over."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
TEMPLATES_DIR = ROOT / "templates"
GENERATED_DIR = ROOT / "generated"
CONFIGS_DIR = Path(__file__).resolve().parent / "configs"


@dataclass(frozen=True)
class ClientSpec:
    """One API: where its description lives and where its generated package goes."""

    name: str
    """Short identifier, used on the command line and in reports."""
    title: str
    """The API's name as people say it."""
    spec: Path
    """The upstream OpenAPI document, as received (kept faithful, see specs/README.md)."""
    package_name: str
    """The importable Python package; also the folder name under generated/."""
    config: Path
    """openapi-python-client configuration for this client."""
    overlays: tuple[Path, ...] = ()
    """OpenAPI Overlay 1.0 documents applied in order: our reviewed deviations from upstream."""

    @property
    def project_name(self) -> str:
        """The distribution name used by pip."""
        return self.package_name.replace("_", "-")

    @property
    def output_dir(self) -> Path:
        """The committed project folder (pyproject.toml, README.md and the package)."""
        return GENERATED_DIR / self.package_name

    def relative(self, path: Path) -> str:
        """Return ``path`` relative to the repository, for messages and file headers.

        A path outside the repository (a test's temporary spec) is shown by its file name,
        so that no machine-specific path ever lands in generated output.
        """
        try:
            return path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return path.name


CLIENTS: tuple[ClientSpec, ...] = (
    ClientSpec(
        name="planetscale",
        title="PlanetScale Platform API",
        spec=SPECS_DIR / "planetscale.yaml",
        package_name="planetscale_client",
        config=CONFIGS_DIR / "planetscale.yaml",
        overlays=(SPECS_DIR / "planetscale.overlay.yaml",),
    ),
    ClientSpec(
        name="planship",
        title="Planship API",
        spec=SPECS_DIR / "planship.yaml",
        package_name="planship_client",
        config=CONFIGS_DIR / "planship.yaml",
        overlays=(SPECS_DIR / "planship.overlay.yaml",),
    ),
)


def get_client(name: str) -> ClientSpec:
    """Return the registered client called ``name``."""
    for client in CLIENTS:
        if client.name == name:
            return client
    known = ", ".join(c.name for c in CLIENTS)
    raise KeyError(f"no client named {name!r} in generator/registry.py (known: {known})")
