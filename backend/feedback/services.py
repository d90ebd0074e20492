"""Every write to feedback items: create, triage, delete, and the all-or-nothing CSV import."""

from collections.abc import Callable, Mapping
from typing import IO, Any

from django.db import transaction

from accounts.access import access_require_department_membership
from accounts.models import User
from core.csv_files import csv_file_text, csv_records
from core.errors import ValidationError
from core.services import model_assign, model_save_changed
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import FeedbackCreated, FeedbackDeleted, FeedbackImported, FeedbackUpdated
from feedback.errors import FeedbackImportError
from feedback.models import REPORTED_BY_MAX_LENGTH, TEXT_MAX_LENGTH, FeedbackItem, FeedbackSource, FeedbackState
from launches.errors import OtherLaunchError
from launches.locks import plan_lock
from launches.models import Launch, Task

ENGINEERING = "engineering"
FEEDBACK_FIELDS = ("task", "source", "text", "reported_by", "state", "duplicate_of")
REQUIRED_COLUMNS = ("source", "text")
OPTIONAL_COLUMNS = ("reported_by", "task", "state")
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_ROWS = 50_000
MAX_LISTED_ROW_ERRORS = 200
# Cells people wrote (not choices or task references), and the first characters that make a spreadsheet read a
# cell as a formula (OWASP "CSV injection": =, +, -, @, and a leading tab or carriage return).
FREE_TEXT_COLUMNS = ("text", "reported_by")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _require_engineering(actor: User | None, action: str, *, lead: bool = False) -> None:
    """Feedback is Engineering's: the office or Engineering's people (a command run on the server has no actor)."""
    if actor is not None:
        access_require_department_membership(actor, ENGINEERING, action, lead=lead)


def _check_item(item: FeedbackItem) -> None:
    """The task is the launch's; a duplicate names another item of the same launch; the text fits."""
    if not item.text.strip():
        raise ValidationError("Feedback needs a text.", field="text")
    if len(item.text) > TEXT_MAX_LENGTH:
        raise ValidationError(f"The text is longer than {TEXT_MAX_LENGTH} characters.", field="text")
    if item.task is not None and item.task.workstream.launch_id != item.launch_id:
        raise OtherLaunchError(f"Task {item.task.pk} belongs to another launch.", field="task")
    if item.state == FeedbackState.DUPLICATE:
        original = item.duplicate_of
        if original is None:
            raise ValidationError("A duplicate names the item it duplicates.", field="duplicate_of")
        if original.pk == item.pk:
            raise ValidationError("An item cannot duplicate itself.", field="duplicate_of")
        if original.launch_id != item.launch_id:
            raise OtherLaunchError(f"Item {original.pk} belongs to another launch.", field="duplicate_of")
    else:
        # Only a duplicate names an original: leaving the duplicate state forgets it.
        item.duplicate_of = None


@transaction.atomic
def feedback_item_create(
    *,
    actor: User,
    launch: Launch,
    source: str,
    text: str,
    reported_by: str = "",
    task: Task | None = None,
    state: str = FeedbackState.NEW,
    duplicate_of: FeedbackItem | None = None,
) -> FeedbackItem:
    """The office and Engineering record feedback on a launch."""
    _require_engineering(actor, "record feedback")
    item = FeedbackItem(
        launch=launch,
        task=task,
        source=source,
        text=text,
        reported_by=reported_by,
        state=state,
        duplicate_of=duplicate_of,
        created_by=actor,
    )
    _check_item(item)
    item.save()
    emit(FeedbackCreated.of(item, actor, changes=audit_created(item, FEEDBACK_FIELDS)))
    return item


@transaction.atomic
def feedback_item_update(*, actor: User, item: FeedbackItem, data: Mapping[str, Any]) -> FeedbackItem:
    """Triage is Engineering's: the office or Engineering's lead and members change the state and the item."""
    _require_engineering(actor, "triage feedback")
    plan_lock(item)
    with audit_changes(item, FEEDBACK_FIELDS) as changes:
        model_assign(instance=item, data=data, fields=FEEDBACK_FIELDS)
        _check_item(item)
    model_save_changed(item, changes)
    emit(FeedbackUpdated.of(item, actor, changes=changes))
    return item


@transaction.atomic
def feedback_item_delete(*, actor: User, item: FeedbackItem) -> None:
    """The office or Engineering's lead removes an item; one that others name as their original stays (409)."""
    _require_engineering(actor, "delete feedback", lead=True)
    emit(FeedbackDeleted.of(item, actor, changes=audit_deleted(item)))
    item.delete()


# CSV import


def _choice(value: str, choices: type[FeedbackSource] | type[FeedbackState]) -> str | None:
    """A choice by its value or its label, case and spacing ignored ("Beta forum", "beta_forum")."""
    wanted = value.strip().lower().replace(" ", "_").replace("-", "_")
    for choice in choices:
        if wanted in (choice.value, choice.label.lower().replace(" ", "_")):
            return choice.value
    return None


def _neutralised(cell: str) -> str:
    """A cell a spreadsheet would run as a formula, prefixed with a quote so it stays text (OWASP, CSV
    injection): the text may be exported and opened in a spreadsheet later."""
    return f"'{cell}" if cell.startswith(FORMULA_PREFIXES) else cell


def _parse(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header's column names and the non-blank rows with their line numbers in the file (header = 1)."""
    records = csv_records(text)
    _, first = next(records, (1, []))
    header = [name.strip().lower() for name in first]
    rows = [(line, row) for line, row in records if any(cell.strip() for cell in row)]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ValidationError(
            f"The header row lacks the column(s): {', '.join(missing)}. "
            f"Columns: {', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}.",
            field="file",
            extra={"missing_columns": missing},
        )
    unknown = [name for name in header if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if unknown or repeated:
        raise ValidationError(
            f"Unknown or repeated column(s) in the header row: {', '.join(unknown + repeated)}.", field="file"
        )
    if not rows:
        raise ValidationError("The file has a header row but no rows to import.", field="file")
    if len(rows) > MAX_IMPORT_ROWS:
        raise ValidationError(f"A file holds at most {MAX_IMPORT_ROWS} rows; split it.", field="file")
    return header, rows


class _TaskResolver:
    """Resolves the task column (an id or an exact title) against the launch's tasks, read once."""

    def __init__(self, launch: Launch) -> None:
        self.ids: set[int] = set()
        self.by_title: dict[str, list[int]] = {}
        for pk, title in Task.objects.filter(workstream__launch=launch).values_list("pk", "title"):
            self.ids.add(pk)
            self.by_title.setdefault(title, []).append(pk)

    def resolve(self, value: str) -> tuple[int | None, str | None]:
        """The task's id, or an error message; unknown ids are checked later, together."""
        if value.isdigit() and len(value) <= 18:
            return int(value), None
        matches = self.by_title.get(value, [])
        if len(matches) == 1:
            return matches[0], None
        if not matches:
            return None, f"This launch has no task titled “{value[:100]}”."
        return None, f"{len(matches)} tasks of this launch are titled “{value[:100]}”; give the task's id."


@transaction.atomic
def feedback_import_csv(
    *,
    actor: User | None,
    launch: Launch,
    file: IO[bytes],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """The office and Engineering import feedback from a CSV file (columns source, text, reported_by, task,
    state): every row is checked first, then all rows are imported in one transaction, or none. Rows are
    numbered as in the file (the header is row 1). Returns how many items were imported."""
    _require_engineering(actor, "import feedback")
    header, rows = _parse(csv_file_text(file, max_bytes=MAX_IMPORT_BYTES))
    tasks = _TaskResolver(launch)
    errors: list[dict[str, Any]] = []
    items: list[FeedbackItem] = []
    task_ids_of_row: dict[int, int] = {}
    total = len(rows)
    for done, (line, cells) in enumerate(rows, start=1):
        if len(cells) > len(header):
            errors.append({"row": line, "field": None, "message": f"{len(cells)} cells for {len(header)} columns."})
            continue
        value = dict(zip(header, (cell.strip() for cell in cells), strict=False))
        row_errors = len(errors)
        # PostgreSQL cannot store a NUL character in text: the row is refused, naming the cell.
        for column, cell in value.items():
            if "\x00" in cell:
                errors.append({"row": line, "field": column, "message": "Contains a NUL character."})
        if len(errors) > row_errors:
            continue
        for column in FREE_TEXT_COLUMNS:
            if column in value:
                value[column] = _neutralised(value[column])
        source = _choice(value.get("source", ""), FeedbackSource)
        if source is None:
            errors.append(
                {
                    "row": line,
                    "field": "source",
                    "message": f"Unknown source “{value.get('source', '')[:50]}”; one of: "
                    + ", ".join(FeedbackSource.values)
                    + ".",
                }
            )
        state = _choice(value.get("state") or FeedbackState.NEW, FeedbackState)
        if state is None or state == FeedbackState.DUPLICATE:
            allowed = ", ".join(s for s in FeedbackState.values if s != FeedbackState.DUPLICATE)
            errors.append(
                {
                    "row": line,
                    "field": "state",
                    "message": f"State “{value.get('state', '')[:50]}” cannot be imported; one of: {allowed}."
                    + (" Mark duplicates in T-Minus." if state == FeedbackState.DUPLICATE else ""),
                }
            )
        text = value.get("text", "")
        if not text:
            errors.append({"row": line, "field": "text", "message": "The text is empty."})
        elif len(text) > TEXT_MAX_LENGTH:
            errors.append(
                {"row": line, "field": "text", "message": f"The text is longer than {TEXT_MAX_LENGTH} characters."}
            )
        reported_by = value.get("reported_by", "")
        if len(reported_by) > REPORTED_BY_MAX_LENGTH:
            errors.append(
                {
                    "row": line,
                    "field": "reported_by",
                    "message": f"Longer than {REPORTED_BY_MAX_LENGTH} characters.",
                }
            )
        task_id = None
        if value.get("task"):
            task_id, message = tasks.resolve(value["task"])
            if message:
                errors.append({"row": line, "field": "task", "message": message})
            elif task_id not in tasks.ids:
                task_ids_of_row[line] = task_id
        if len(errors) == row_errors:
            items.append(
                FeedbackItem(
                    launch=launch,
                    task_id=task_id,
                    source=source,
                    text=text,
                    reported_by=reported_by,
                    state=state,
                    created_by=actor,
                )
            )
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    if task_ids_of_row:
        elsewhere = set(Task.objects.filter(pk__in=set(task_ids_of_row.values())).values_list("pk", flat=True))
        for line, task_id in task_ids_of_row.items():
            message = "belongs to another launch" if task_id in elsewhere else "does not exist"
            errors.append({"row": line, "field": "task", "message": f"Task {task_id} {message}."})
        errors.sort(key=lambda error: error["row"])
    if errors:
        bad_fields = sorted({error["field"] for error in errors if error["field"]})
        first = errors[0]
        raise FeedbackImportError(
            f"{len(errors)} problem(s) in the file, nothing was imported; first, row {first['row']}: "
            f"{first['message']}",
            extra={
                "rows": errors[:MAX_LISTED_ROW_ERRORS],
                "error_count": len(errors),
                "fields": {"file": [f"Invalid values in column(s): {', '.join(bad_fields) or 'several'}."]},
            },
        )
    FeedbackItem.objects.bulk_create(items, batch_size=1000)
    emit(
        FeedbackImported(
            actor=actor,
            launch_id=launch.pk,
            id=launch.pk,
            label=f"{len(items)} feedback items imported",
            changes={"imported": {"from": None, "to": len(items)}},
        )
    )
    return len(items)
