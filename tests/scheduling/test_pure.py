"""The engine's folder stays pure: every module under backend/scheduling imports with Django and the apps absent."""

import subprocess
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2] / "backend"
SCHEDULING = BACKEND / "scheduling"

# Run in a fresh interpreter that refuses Django, DRF, Celery and every package of backend/ but scheduling.
PROBE = """
import importlib, importlib.abc, pkgutil, sys
blocked = set(sys.argv[2].split(","))

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ImportError(f"{name} is not importable from the pure engine")
        return None

sys.meta_path.insert(0, Refuse())
sys.path.insert(0, sys.argv[1])
import scheduling
for module in pkgutil.walk_packages(scheduling.__path__, "scheduling."):
    importlib.import_module(module.name)
    print(module.name)
"""


def test_every_module_of_the_engine_imports_without_django_or_the_apps():
    apps = {path.name for path in BACKEND.iterdir() if (path / "__init__.py").exists()} - {"scheduling"}
    blocked = ",".join(sorted(apps | {"django", "rest_framework", "celery"}))
    result = subprocess.run(
        [sys.executable, "-I", "-c", PROBE, str(BACKEND), blocked], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    expected = {f"scheduling.{path.stem}" for path in SCHEDULING.glob("*.py") if path.stem != "__init__"}
    assert set(result.stdout.split()) == expected
    assert "scheduling.engine" in expected
