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
