"""The plan's exports (issue 16): GET /api/v1/launches/{id}/export.csv and export.xlsx, one row per task as the
timeline computes it, readable by everyone signed in; cells that a spreadsheet would run as formulas stay text.

The shared world's launch works every day; T-0 is Tuesday 16 March 2027 (Berlin), so T-n is n calendar days
before it."""

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from gates.models import Gate
from launches.models import DayCount, Milestone, Task
from tests.factories import DependencyFactory, LaunchFactory, TaskFactory, WorkstreamFactory

pytestmark = pytest.mark.django_db

T_ZERO = dt.date(2027, 3, 16)
COLUMNS = [
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
]
HYPERLINK = '=HYPERLINK("http://evil.example","Click")'


def _t(offset: int) -> str:
    return (T_ZERO + dt.timedelta(days=offset)).isoformat()


def _csv_rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.content[:300]
    body = response.content
    assert body.startswith("\ufeff".encode()), "UTF-8 with a byte order mark, for Excel"
    reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline=""))
    assert reader.fieldnames == COLUMNS
    return list(reader)


def _xlsx_sheet(response):
    assert response.status_code == 200, response.content[:300]
    return load_workbook(io.BytesIO(response.content))["Plan"]


@pytest.fixture
def plan(world, client_for):
    """The world's two tasks (T-10..T-9), a teaser the brief follows, a title that is a formula after a
    milestone and a gate, a baseline saved before the teaser slipped a day."""
    world.launch.name = "Aurora Café"
    world.launch.save(update_fields=["name"])
    teaser = TaskFactory(workstream=world.marketing_ws, title="Teaser vidéo", offset_days=-20, duration_days=3)
    DependencyFactory(predecessor=teaser, successor=world.marketing_task, lag_days=2)
    evil = TaskFactory(workstream=world.pr_ws, title=HYPERLINK, offset_days=-5, duration_days=1)
    embargo = Milestone.objects.create(launch=world.launch, name="Embargo lifts", offset_days=-12)
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-8)
    DependencyFactory(
        predecessor=None, predecessor_milestone=embargo, successor=evil, lag_days=1, lag_count=DayCount.CALENDAR
    )
    DependencyFactory(predecessor=None, predecessor_gate=gate, successor=evil, type="start_to_start", lag_days=-1)
    saved = client_for(world.office).post("/api/v1/baselines/", {"launch": world.launch.pk, "name": "Kickoff"})
    assert saved.status_code == 201, saved.json()
    Task.objects.filter(pk=teaser.pk).update(offset_days=-19)
    return {"teaser": teaser, "evil": evil}


def test_csv_has_one_row_per_task_with_its_dates_offsets_baseline_and_links(world, client_for, plan):
    client = client_for(world.viewer)
    response = client.get(f"/api/v1/launches/{world.launch.pk}/export.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="aurora-cafe-plan.csv"'
    rows = _csv_rows(response)
    # Department by department (by name), each in start order.
    assert [(row["Department"], row["Task"]) for row in rows] == [
        ("Marketing", "Teaser vidéo"),
        ("Marketing", "Campaign brief"),
        ("PR", "Press release"),
        ("PR", "'" + HYPERLINK),
    ]
    teaser, brief, press, evil = rows
    assert teaser | {"Slack (days)": "", "Critical": ""} == {
        "Department": "Marketing",
        "Task": "Teaser vidéo",
        "Assignee": "",
        "Status": "To do",
        "Start": _t(-19),
        "Due": _t(-17),
        "Start (T)": "T-19",
        "Due (T)": "T-17",
        "Duration": "3",
        "Duration counts": "Working days",
        "Critical": "",
        "Slack (days)": "",
        "Baseline start": _t(-20),
        "Baseline due": _t(-18),
        "Dependencies": "",
    }
    assert brief["Assignee"] == world.marketing_member.get_full_name()
    assert (brief["Start"], brief["Due"], brief["Start (T)"], brief["Due (T)"]) == (_t(-10), _t(-9), "T-10", "T-9")
    assert brief["Dependencies"] == "after: Teaser vidéo (FS +2)"
    assert press["Dependencies"] == "" and press["Assignee"] == world.pr_member.get_full_name()
    assert evil["Dependencies"] == "after: milestone Embargo lifts (FS +1 elapsed); after: gate Go/No-Go (SS -1)"
    # Slack and the critical flag are the timeline's own.
    timeline = {t["title"]: t for t in client.get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()["tasks"]}
    for row in rows:
        task = timeline[row["Task"].removeprefix("'")]
        assert row["Slack (days)"] == str(task["slack"])
        assert row["Critical"] == ("yes" if task["critical"] else "no")


@pytest.mark.parametrize("title", [HYPERLINK, "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"])
def test_csv_cells_that_would_run_as_formulas_start_with_a_quote(world, client_for, title):
    world.pr_task.title = title
    world.pr_task.save(update_fields=["title"])
    TaskFactory(workstream=world.pr_ws, title="Follow-up", offset_days=-1, duration_days=1)
    DependencyFactory(predecessor=world.pr_task, successor=Task.objects.get(title="Follow-up"))

    rows = _csv_rows(client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/export.csv"))

    cells = {row["Task"]: row for row in rows}
    assert "'" + title in cells
    # Inside a cell the text cannot start a formula, so it stays as written.
    assert cells["Follow-up"]["Dependencies"] == f"after: {title} (FS)"


def test_xlsx_holds_the_same_rows_with_dates_as_dates_and_formulas_as_text(world, client_for, plan):
    client = client_for(world.marketing_member)
    csv_rows = _csv_rows(client.get(f"/api/v1/launches/{world.launch.pk}/export.csv"))
    response = client.get(f"/api/v1/launches/{world.launch.pk}/export.xlsx")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="aurora-cafe-plan.xlsx"'
    sheet = _xlsx_sheet(response)
    header, *rows = list(sheet.iter_rows())
    assert [cell.value for cell in header] == COLUMNS
    assert all(cell.font.bold for cell in header)
    assert sheet.freeze_panes == "A2"
    assert len(rows) == len(csv_rows) == 4
    teaser = {name: cell.value for name, cell in zip(COLUMNS, rows[0], strict=True)}
    assert teaser["Start"] == dt.datetime(2027, 2, 25) and teaser["Baseline due"] == dt.datetime(2027, 2, 26)
    assert teaser["Duration"] == 3 and teaser["Start (T)"] == "T-19"
    # No cell is a formula: the formula title is text with Excel's quote prefix, shown as written.
    assert not [cell for row in rows for cell in row if cell.data_type == "f"]
    evil = rows[3][COLUMNS.index("Task")]
    assert (evil.value, evil.data_type, evil.quotePrefix) == (HYPERLINK, "s", True)
    # The rest agrees with the CSV, cell by cell.
    for csv_row, row in zip(csv_rows, rows, strict=True):
        for name, cell in zip(COLUMNS, row, strict=True):
            value = cell.value
            shown = "" if value is None else value.date().isoformat() if isinstance(value, dt.datetime) else str(value)
            expected = csv_row[name].removeprefix("'") if name == "Task" else csv_row[name]
            assert shown == expected, name


def test_xlsx_leaves_out_control_characters_xml_cannot_hold(world, client_for):
    world.pr_task.title = "Ring the bell\x07 twice\x1b"
    world.pr_task.save(update_fields=["title"])
    sheet = _xlsx_sheet(client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/export.xlsx"))
    assert "Ring the bell twice" in [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_offsets_count_working_days_when_the_launch_counts_them_so(world, client_for):
    launch = LaunchFactory(name="Nova", working_weekdays=[1, 2, 3, 4, 5], offset_count=DayCount.WORKING)
    lane = WorkstreamFactory(launch=launch, department=world.pr)
    TaskFactory(workstream=lane, title="Anchored", offset_days=-5, duration_days=1)
    # Saturday 13 March: a day off counts as the working day next to it on T-0's side (Monday, T-1).
    TaskFactory(workstream=lane, title="Fixed", schedule_mode="fixed", start_date=dt.date(2027, 3, 13), duration_days=1)

    rows = {
        row["Task"]: row for row in _csv_rows(client_for(world.viewer).get(f"/api/v1/launches/{launch.pk}/export.csv"))
    }

    # Five working days before Tuesday 16 March: Tuesday 9 March.
    assert (rows["Anchored"]["Start"], rows["Anchored"]["Start (T)"]) == ("2027-03-09", "T-5")
    # A fixed task in working days starts on the first working day on or after its date (Monday, T-1).
    assert (rows["Fixed"]["Start"], rows["Fixed"]["Start (T)"]) == ("2027-03-15", "T-1")


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_exports_are_refused_anonymously_and_answer_404_for_an_unknown_launch_in_json(world, client_for, extension):
    anonymous = client_for(None).get(f"/api/v1/launches/{world.launch.pk}/export.{extension}")
    assert anonymous.status_code == 401
    assert anonymous.json()["code"] == "not_authenticated"
    missing = client_for(world.viewer).get(f"/api/v1/launches/999999/export.{extension}")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"


def test_a_client_asking_for_the_file_type_gets_the_file(world, client_for):
    response = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/export.csv", HTTP_ACCEPT="text/csv")
    assert len(_csv_rows(response)) == 2


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_exports_run_a_fixed_number_of_queries_whatever_the_size(
    world, client_for, extension, django_assert_num_queries
):
    client = client_for(world.viewer)
    url = f"/api/v1/launches/{world.launch.pk}/export.{extension}"

    def grow(n: int) -> None:
        for index in range(n):
            task = TaskFactory(workstream=world.pr_ws, offset_days=-index - 20, assignee=world.pr_member)
            DependencyFactory(predecessor=task, successor=world.pr_task)

    grow(2)
    # session, user, launch; then the timeline's: lanes, tasks, their collaborators, dependencies, gates (3),
    # people, milestones, communications, the current baseline's dates, the links to other launches
    with django_assert_num_queries(15):
        assert client.get(url).status_code == 200
    grow(30)
    with django_assert_num_queries(15):
        response = client.get(url)
    rows = _csv_rows(response) if extension == "csv" else list(_xlsx_sheet(response).iter_rows(min_row=2))
    assert len(rows) == 34
