"""Side effects follow from events, never from hand calls (STYLE.md): no service, management command or admin
module calls, or imports, the old recorders of the audit trail, the plan version, the outbox or the calendar
entries; and every concrete kind of events/kinds.py is built somewhere in backend/ (no kind is dead).

Both are read from the source (ast), so a regression fails here whatever the tests of the app cover."""

import ast
import dataclasses
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from events import kinds
from events.kinds import Change, Event, PlanChange

BACKEND = Path(__file__).resolve().parents[2] / "backend"

# The recorders a write used to call by hand; what follows a kind is now config/followers.py's to say.
HAND_CALLED = frozenset(
    {
        "audit_object",
        "audit_record",
        "audit_objects_created",
        "launch_plan_changed",
        "event_record",
        "events_record_bulk",
        "calendar_entries_sync_on_commit",
    }
)


def _writers() -> list[Path]:
    """Every module that writes on a person's behalf: services, management commands, admin."""
    paths = {
        *BACKEND.glob("*/services.py"),
        *BACKEND.glob("**/management/commands/*.py"),
        *BACKEND.glob("*/admin.py"),
    }
    return sorted(paths)


def _name(node: ast.expr) -> str | None:
    """The name an expression ends in: `audit_object` for `audit_object` and `services.audit_object`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _hand_calls(path: Path, root: Path = BACKEND.parent) -> list[str]:
    """`file:line name(...)` for each call of a hand-called recorder, `file:line import name` for each import,
    in line order."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(_parse(path)):
        if isinstance(node, ast.Call) and _name(node.func) in HAND_CALLED:
            found.append((node.lineno, f"{_name(node.func)}(...)"))
        elif isinstance(node, ast.ImportFrom | ast.Import):
            found.extend(
                (node.lineno, f"import {alias.name}")
                for alias in node.names
                if alias.name.rsplit(".", 1)[-1] in HAND_CALLED
            )
    where = path.relative_to(root)
    return [f"{where}:{line} {what}" for line, what in sorted(found)]


def test_the_scan_sees_the_writers():
    """Guards the glob: the scan below must cover the apps' services, commands and admin modules."""
    names = {str(path.relative_to(BACKEND)) for path in _writers()}
    assert {"launches/services.py", "gates/services.py", "launches/admin.py"} <= names
    assert any("/management/commands/" in name for name in names)


def test_the_scan_finds_calls_and_imports_however_spelled(tmp_path):
    source = tmp_path / "services.py"
    source.write_text(
        "from audit.services import audit_object\n"
        "from notifications import services\n"
        "def write():\n"
        "    audit_object(None, 'create', None, launch_id=None)\n"
        "    services.event_record(kind='task.created', launch_id=1)\n"
    )
    assert _hand_calls(source, root=tmp_path) == [
        "services.py:1 import audit_object",
        "services.py:4 audit_object(...)",
        "services.py:5 event_record(...)",
    ]


@pytest.mark.parametrize("path", _writers(), ids=lambda path: str(path.relative_to(BACKEND)))
def test_no_writer_calls_or_imports_a_side_effect_by_hand(path):
    assert _hand_calls(path) == [], "emit an event (events/kinds.py) and let config/followers.py follow it"


# No dead kind


def _concrete_kinds() -> list[type[Event]]:
    """Every dataclass kind of events/kinds.py but the bases Event, Change and PlanChange."""
    return [
        cls
        for _, cls in inspect.getmembers(kinds, inspect.isclass)
        if cls.__module__ == kinds.__name__
        and issubclass(cls, Event)
        and dataclasses.is_dataclass(cls)
        and cls not in (Event, Change, PlanChange)
    ]


# Calls that name a kind without building one: matching (isinstance) and the followers table's rows.
NOT_BUILDING = frozenset({"isinstance", "issubclass", "Follow"})


def _built(tree: ast.Module, names: frozenset[str]) -> Iterator[str]:
    """The kinds this module builds: `Kind(...)`, `Kind.of(...)`, a kind handed to a factory as an argument
    (`task_event(TaskUpdated, ...)`) or a factory's default (`event: type = CommunicationTransitioned`)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if _name(func) in names:
                yield _name(func)
            elif isinstance(func, ast.Attribute) and func.attr == "of" and _name(func.value) in names:
                yield _name(func.value)
            elif _name(func) not in NOT_BUILDING:
                for arg in (*node.args, *(keyword.value for keyword in node.keywords)):
                    if _name(arg) in names:
                        yield _name(arg)
        elif isinstance(node, ast.arguments):
            for default in (*node.defaults, *(d for d in node.kw_defaults if d is not None)):
                if _name(default) in names:
                    yield _name(default)


@pytest.fixture(scope="module")
def built_kinds() -> set[str]:
    names = frozenset(kind.__name__ for kind in _concrete_kinds())
    built: set[str] = set()
    for path in BACKEND.rglob("*.py"):
        relative = path.relative_to(BACKEND)
        if relative.parts[0] == "events" or "migrations" in relative.parts:
            continue
        built.update(_built(_parse(path), names))
    return built


def test_building_is_told_apart_from_matching():
    tree = ast.parse(
        "def f(event, kind=KDefault):\n"
        "    emit(KCall(id=1), KOf.of(obj, actor), kinds.KAttr(id=2), task_event(KArg, actor, task))\n"
        "    isinstance(event, KMatched)\n"
        "    Follow(KRow, follower)\n"
    )
    names = frozenset({"KDefault", "KCall", "KOf", "KAttr", "KArg", "KMatched", "KRow"})
    assert set(_built(tree, names)) == {"KDefault", "KCall", "KOf", "KAttr", "KArg"}


def test_the_kinds_scanned_are_the_concrete_ones():
    names = {kind.__name__ for kind in _concrete_kinds()}
    assert {"TaskCreated", "LaunchStatusChanged", "CommunicationTransitioned", "TaskConflict"} <= names
    assert not names & {"Event", "Change", "PlanChange", "Announced"}


@pytest.mark.parametrize("kind", _concrete_kinds(), ids=lambda kind: kind.__name__)
def test_every_kind_is_built_somewhere_in_backend(kind, built_kinds):
    assert kind.__name__ in built_kinds, f"{kind.__name__} is never emitted outside events/: emit it or delete it"
