"""seed_demo builds one realistic launch and a user per role, and running it twice changes nothing."""

import pytest
from django.core.management import call_command
from django.db.models import F
from django.http import HttpRequest

from accounts.access import access_for
from accounts.models import User
from config.management.commands.seed_demo import DEMO_LAUNCH, DEMO_PASSWORD
from launches.models import Dependency, Launch, Milestone, Task, Workstream
from launches.schedule import launch_schedule_load

pytestmark = pytest.mark.django_db


def _snapshot() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (User, Launch, Workstream, Task, Dependency, Milestone)}


def test_seed_demo_is_idempotent():
    call_command("seed_demo")
    first = _snapshot()
    call_command("seed_demo")
    assert _snapshot() == first


def test_seed_demo_builds_a_realistic_launch():
    call_command("seed_demo")
    launch = Launch.objects.get(name=DEMO_LAUNCH)
    assert launch.workstreams.count() == 5
    tasks = Task.objects.filter(workstream__launch=launch)
    assert tasks.count() >= 40
    cross = Dependency.objects.filter(successor__workstream__launch=launch).exclude(
        predecessor__workstream=F("successor__workstream")
    )
    assert cross.count() >= 10
    assert launch.milestones.count() >= 3
    assert launch.gates.filter(criteria__isnull=False, approver_departments__isnull=False).distinct().count() >= 1
    assert all(task.assignee_id for task in tasks)


def test_seed_demo_plan_has_no_dependency_violations():
    call_command("seed_demo")
    launch = Launch.objects.get(name=DEMO_LAUNCH)
    # The plan as written, in its working calendar: no link pushes a task off its planned days.
    schedule = launch_schedule_load([launch])[launch.pk].compute()
    assert [c for c in schedule.conflicts if c.kind == "dependency"] == []


@pytest.mark.parametrize(
    ("username", "role"),
    [
        ("csbo", "office"),
        ("office", "office"),
        ("pr.lead", "lead"),
        ("eng.member", "member"),
        ("viewer", "viewer"),
    ],
)
def test_seed_demo_users_sign_in_with_their_role(client, username, role):
    call_command("seed_demo")
    assert client.login(request=HttpRequest(), username=username, password=DEMO_PASSWORD)
    assert role in access_for(User.objects.get(username=username)).roles


def test_seed_demo_shows_a_working_calendar_a_baseline_and_what_slipped_since(client_for):
    call_command("seed_demo")
    launch = Launch.objects.get(name=DEMO_LAUNCH)
    assert (launch.working_weekdays, launch.holiday_regions, launch.offset_count) == (
        [1, 2, 3, 4, 5],
        ["DE-BE"],
        "working",
    )
    assert [closure["name"] for closure in launch.closures] == ["Company offsite"]
    client = client_for(User.objects.get(username="csbo"))
    timeline = client.get(f"/api/v1/launches/{launch.pk}/timeline/").json()
    assert timeline["baseline"]["name"] == "Plan agreed"
    assert "Company offsite" in {day["reason"] for day in timeline["calendar"]["closed_days"]}
    newsletter = next(task for task in timeline["tasks"] if task["title"] == "Write the launch newsletter")
    assert newsletter["variance_days"] > 0
    readiness = client.get(f"/api/v1/launches/{launch.pk}/readiness/").json()
    assert "Write the launch newsletter" in {item["title"] for item in readiness["slipped"]}
    # Work planned before today happened: it is done, with its actual days, or in progress.
    done = Task.objects.filter(workstream__launch=launch, status="done")
    assert done.exists() and not done.filter(actual_finish=None).exists()
