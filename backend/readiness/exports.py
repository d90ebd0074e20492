"""The plan as a spreadsheet: one row per task, as the timeline computes it, written as CSV (UTF-8 with a byte order
mark, for Excel) or XLSX (openpyxl). Cells people wrote never run as formulas (docs/decisions/exports.md)."""

import csv
import datetime as dt
import io
from typing import Any

from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from launches.models import DayCount, Launch, LinkType, TaskStatus
from launches.working_time import t_offset_labels
from readiness.selectors import launch_timeline

PLAN_COLUMNS = (
    "Department",
    "Task",
    "Assignee",
    "Status",
    "Start",
    "Due",
    "Start (T)",
    "Due (T)",
    "Duration",
    "Duration counts",
    "Critical",
    "Slack (days)",
    "Baseline start",
    "Baseline due",
    "Dependencies",
)
# The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): a text cell
# starting with one is written with a leading quote (CSV) or as quoted text (XLSX).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
LINK_ABBREVIATIONS = {
    LinkType.FINISH_TO_START: "FS",
    LinkType.START_TO_START: "SS",
    LinkType.FINISH_TO_FINISH: "FF",
    LinkType.START_TO_FINISH: "SF",
}
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_COLUMN_WIDTHS = (16, 40, 20, 12, 11, 11, 9, 9, 9, 15, 9, 12, 14, 14, 50)
XLSX_CELL_MAX_LENGTH = 32_767  # Excel's limit: a longer cell (a task after hundreds of others) is cut


def launch_plan_rows(*, launch: Launch) -> list[list[Any]]:
    """The plan's tasks, department by department (by name) and in start order, each a row of PLAN_COLUMNS:
    dates as `datetime.date`, numbers as ints, the rest text. Computed as the timeline is (the same queries,
    a fixed number whatever the size), so the export and the timeline never disagree."""
    timeline = launch_timeline(launch=launch)
    t_offset = t_offset_labels(launch)
    lanes = {lane["id"]: (index, lane["department"]["name"]) for index, lane in enumerate(timeline["lanes"])}
    people = {person["id"]: person["full_name"] for person in timeline["people"]}
    titles = {task["id"]: task["title"] for task in timeline["tasks"]}
    moments = {("milestone", m["id"]): f"milestone {m['name']}" for m in timeline["milestones"] if m["id"]}
    moments.update({("gate", g["id"]): f"gate {g['name']}" for g in timeline["gates"]})
    after: dict[int, list[str]] = {}
    for link in timeline["dependencies"]:
        if link["successor"] is None:
            continue  # a task before a milestone: the milestone's, not a task's
        if link["predecessor"] is not None:
            name = titles[link["predecessor"]]
        elif link["predecessor_milestone"] is not None:
            name = moments[("milestone", link["predecessor_milestone"])]
        else:
            name = moments[("gate", link["predecessor_gate"])]
        after.setdefault(link["successor"], []).append(f"after: {name} ({_link_label(link)})")
    base = timeline["launch"]["t_zero_date"]
    tasks = sorted(timeline["tasks"], key=lambda task: (lanes[task["workstream"]][0], task["start"], task["id"]))
    return [
        [
            lanes[task["workstream"]][1],
            task["title"],
            people.get(task["assignee"], ""),
            TaskStatus(task["status"]).label,
            task["start"],
            task["due"],
            t_offset((task["start"] - base).days),
            t_offset((task["due"] - base).days),
            task["duration_days"],
            DayCount(task["duration_count"]).label,
            "yes" if task["critical"] else "no",
            task["slack"],
            task["baseline_start"],
            task["baseline_due"],
            "; ".join(after.get(task["id"], [])),
        ]
        for task in tasks
    ]


def _link_label(link: dict[str, Any]) -> str:
    """ "FS", "FS +2", "SS -1", "FF +3 elapsed" (a lag in calendar days; working days go without a word)."""
    label = LINK_ABBREVIATIONS[LinkType(link["type"])]
    lag = link["lag_days"]
    if lag:
        label += f" {lag:+d}"
        if link["lag_count"] == DayCount.CALENDAR:
            label += " elapsed"
    return label


def _text_safe(value: str) -> bool:
    return not value.startswith(FORMULA_PREFIXES)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value if _text_safe(value) else f"'{value}"
    return str(value)


def plan_csv(rows: list[list[Any]]) -> bytes:
    """The rows under PLAN_COLUMNS as CSV (RFC 4180, CRLF), UTF-8 with a byte order mark so Excel reads the
    accents; a text cell a spreadsheet would run as a formula starts with a quote."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(PLAN_COLUMNS)
    writer.writerows([_csv_cell(value) for value in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def plan_xlsx(rows: list[list[Any]], *, title: str) -> bytes:
    """The rows under PLAN_COLUMNS as one XLSX sheet (bold header frozen, an auto-filter, dates as dates).
    openpyxl reads any text starting with "=" as a formula: such cells, and the other formula prefixes, are
    written as text with Excel's quote prefix (shown as typed, never run)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Plan")
    sheet.freeze_panes = "A2"
    for index, width in enumerate(XLSX_COLUMN_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    bold = Font(bold=True)
    header = []
    for name in PLAN_COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    last_column = chr(ord("A") + len(PLAN_COLUMNS) - 1)
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    workbook.properties.title = title
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str):
        # XML 1.0 has no place for most control characters (a title may hold one): they are left out.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_CELL_MAX_LENGTH:
            value = value[: XLSX_CELL_MAX_LENGTH - 1] + "…"
    if isinstance(value, str) and not _text_safe(value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    return value


def plan_filename(launch: Launch, extension: str) -> str:
    """e.g. "aurora-plan.csv": the launch's name as ASCII, or its id when nothing of it is left."""
    return f"{slugify(launch.name) or f'launch-{launch.pk}'}-plan.{extension}"
