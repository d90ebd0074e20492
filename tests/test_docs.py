"""The docs stay true: every setting read from the environment is in the README's configuration table, and every
document the README points to exists."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETTINGS = (REPO / "backend" / "config" / "settings.py").read_text()
README = (REPO / "README.md").read_text()


def test_every_environment_variable_is_in_the_readme_configuration_table():
    variables = set(re.findall(r"env(?:\.\w+)?\(\s*\"([A-Z][A-Z0-9_]+)\"", SETTINGS))
    assert {"DATABASE_URL", "SECRET_KEY", "CELERY_BROKER_URL"} <= variables
    # A row names one variable or several (`EMAIL_HOST`, `EMAIL_PORT`) in its first cell.
    first_cells = re.findall(r"^\| (`[A-Z][^|]*) \|", README, re.MULTILINE)
    documented = {name for cell in first_cells for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", cell)}
    assert variables - documented == set()


def test_every_document_the_readme_names_exists():
    named = set(re.findall(r"`((?:docs|frontend)/[\w./-]+\.md)`", README))
    assert "docs/architecture.md" in named
    assert [path for path in sorted(named) if not (REPO / path).exists()] == []


def test_the_architecture_names_every_backend_package_and_its_layer():
    """A newcomer finds every app of backend/ in docs/architecture.md's parts, and every layer of the import
    contract in its layers table."""
    architecture = (REPO / "docs" / "architecture.md").read_text()
    packages = {path.parent.name for path in (REPO / "backend").glob("*/__init__.py")}
    parts = set(re.findall(r"^\| `(\w+)/`", architecture, re.MULTILINE)) | set(
        re.findall(r"^\| `\w+/`, `(\w+)/`", architecture, re.MULTILINE)
    )
    assert packages - parts == set()
    pyproject = (REPO / "pyproject.toml").read_text()
    layers = re.search(r"layers = \[(.*?)\]", pyproject, re.DOTALL).group(1)
    contract_apps = set(re.findall(r"\w+", layers))
    table = architecture[architecture.index("## Layers") :]
    assert {app for app in contract_apps if f"`{app}`" not in table} == set()
