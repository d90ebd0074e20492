"""Rules 1-3 through the API: the timeline, moving launch day (with preview), cycles and conflicts."""

import datetime as dt
import itertools
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gates.models import Gate
from launches import services
from launches.models import Dependency, Launch, Milestone, ScheduleMode, Task
from launches.schedule import LaunchSchedule
from readiness import selectors as readiness_selectors
from readiness.t_zero import launch_move_t_zero
from tests.communications.factories import CommunicationFactory
from tests.factories import DependencyFactory, MilestoneFactory, TaskFactory
from tests.scheduling.test_engine import plans

pytestmark = pytest.mark.django_db


def _timeline(client, launch, **headers):
    return client.get(f"/api/v1/launches/{launch.pk}/timeline/", **headers)


def _writes(ctx) -> list[str]:
    return [q["sql"] for q in ctx.captured_queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]


def test_timeline_has_lanes_tasks_dependencies_milestones_t_zero_and_conflicts(world, client_for):
    late = TaskFactory(workstream=world.pr_ws, title="Late", offset_days=-1, duration_days=3, needed_for_launch=True)
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    MilestoneFactory(launch=world.launch, name="Embargo lifts", offset_days=0)
    body = _timeline(client_for(world.viewer), world.launch).json()
    assert [lane["department"]["name"] for lane in body["lanes"]] == ["Marketing", "PR"]
    assert {t["id"] for t in body["tasks"]} == {world.marketing_task.pk, world.pr_task.pk, late.pk}
    assert body["dependencies"][0]["predecessor"] == world.marketing_task.pk
    assert [m["name"] for m in body["milestones"]] == ["Embargo lifts", "T-0"]
    assert body["launch"]["t_zero"] == "2027-03-16T08:00:00Z"
    # T-1..T+1: needed for launch, it ends one day after launch day (a task due on T-0 itself is in time).
    (conflict,) = [c for c in body["conflicts"] if c["kind"] == "after_launch"]
    assert conflict["task"] == late.pk and conflict["days"] == 1
    assert "Late" in conflict["message"]
    people = {p["id"] for p in body["people"]}
    assert {world.marketing_member.pk, world.pr_member.pk, world.marketing_lead.pk} <= people


def test_timeline_pushes_a_successor_to_after_its_predecessor_and_flags_the_conflict(world, client_for):
    # Marketing task: T-10, 2 days (T-10..T-9). PR task anchored at T-10 too, so it must wait until T-8 (+2 lag: T-6).
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task, lag_days=2)
    body = _timeline(client_for(world.office), world.launch).json()
    pr = next(t for t in body["tasks"] if t["id"] == world.pr_task.pk)
    assert pr["planned_start"] == "2027-03-06" and pr["start"] == "2027-03-10" and pr["conflict"] is True
    (conflict,) = body["conflicts"]
    assert (conflict["kind"], conflict["predecessor"], conflict["days"]) == ("dependency", world.marketing_task.pk, 4)


def test_timeline_days_are_counted_in_the_launch_time_zone(world, client_for):
    # 23:30 UTC on March 15th is already March 16th in Berlin.
    Launch.objects.filter(pk=world.launch.pk).update(t_zero=dt.datetime(2027, 3, 15, 23, 30, tzinfo=dt.UTC))
    body = _timeline(client_for(world.office), world.launch).json()
    assert body["launch"]["t_zero_date"] == "2027-03-16"
    task = next(t for t in body["tasks"] if t["id"] == world.marketing_task.pk)
    assert task["planned_start"] == "2027-03-06"


def test_timeline_answers_304_until_the_plan_changes(world, client_for):
    client = client_for(world.viewer)
    first = _timeline(client, world.launch)
    etag = first["ETag"]
    assert first.status_code == 200 and etag and first["Last-Modified"]
    assert _timeline(client, world.launch, HTTP_IF_NONE_MATCH=etag).status_code == 304
    services.task_update(actor=world.office, task=world.pr_task, data={"status": "in_progress"})
    changed = _timeline(client, world.launch, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    etag = changed["ETag"]
    services.dependency_create(actor=world.office, predecessor=world.marketing_task, successor=world.pr_task)
    assert _timeline(client, world.launch, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_timeline_etag_changes_when_a_task_is_deleted(world, client_for):
    client = client_for(world.viewer)
    etag = _timeline(client, world.launch)["ETag"]
    services.task_delete(actor=world.office, task=world.pr_task)
    assert _timeline(client, world.launch, HTTP_IF_NONE_MATCH=etag).status_code == 200


def _grow(world, n: int) -> None:
    tasks = [TaskFactory(workstream=world.marketing_ws, assignee=world.marketing_member) for _ in range(n)]
    for a, b in itertools.pairwise(tasks):
        DependencyFactory(predecessor=a, successor=b)
    for _ in range(n):
        MilestoneFactory(launch=world.launch)
    # Factories bypass the services, which bump the plan version on every write.
    Launch.objects.filter(pk=world.launch.pk).plan_changed()


def test_timeline_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for):
    client = client_for(world.viewer)
    _grow(world, 3)
    with CaptureQueriesContext(connection) as small:
        assert _timeline(client, world.launch).status_code == 200
    _grow(world, 40)
    CommunicationFactory.create_batch(40, launch=world.launch, author=world.pr_member, embargo="t_zero")
    with CaptureQueriesContext(connection) as large:
        body = _timeline(client, world.launch).json()
    assert len(body["tasks"]) == 45
    assert len(body["communications"]) == 40
    # session, user, launch, lanes, tasks, their collaborators, dependencies, gates + criteria + approvers, people,
    # the current baseline's dates, milestones, communications, the links to other launches
    assert len(small.captured_queries) == len(large.captured_queries) == 15


def test_timeline_of_a_missing_launch_is_404(world, client_for):
    response = client_for(world.viewer).get("/api/v1/launches/999999/timeline/")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_anonymous_cannot_read_the_timeline(world, client_for):
    assert _timeline(client_for(None), world.launch).status_code == 401


def _move(client, launch, t_zero: str, preview: bool):
    return client.post(
        f"/api/v1/launches/{launch.pk}/move-t-zero/", {"t_zero": t_zero, "preview": preview}, format="json"
    )


def test_move_preview_reports_what_moves_and_writes_nothing(world, client_for):
    fixed = TaskFactory(
        workstream=world.pr_ws,
        title="Trade fair",
        schedule_mode=ScheduleMode.FIXED,
        offset_days=None,
        start_date=dt.date(2027, 3, 20),
        needed_for_launch=True,
    )
    MilestoneFactory(launch=world.launch, name="Announcement", offset_days=-3)
    client = client_for(world.office)
    with CaptureQueriesContext(connection) as ctx:
        response = _move(client, world.launch, "2027-03-30T08:00:00Z", preview=True)
    assert response.status_code == 200, response.json()
    assert _writes(ctx) == []
    body = response.json()
    assert body["preview"] is True and body["shift_days"] == 14
    moved = {(item["kind"], item["name"]): item for item in body["moved"]}
    assert moved[("task", "Campaign brief")]["before"] == "2027-03-06"
    assert moved[("task", "Campaign brief")]["after"] == "2027-03-20"
    # T-0 is now 10:00 in Berlin (summer time from March 28th); the milestone keeps that wall time, in CET.
    assert moved[("milestone", "Announcement")]["after"] == "2027-03-27T09:00:00Z"
    assert [item["name"] for item in body["unchanged"]] == ["Trade fair"]
    # The fixed trade fair (March 20th) was after T-0; after the move it is before it: a conflict resolved.
    assert [c["task"] for c in body["resolved_conflicts"]] == [fixed.pk]
    world.launch.refresh_from_db()
    assert world.launch.t_zero == dt.datetime(2027, 3, 16, 8, 0, tzinfo=dt.UTC)


def _plan_reads(ctx) -> int:
    """The queries of `ctx` that read the plan's task or link rows."""
    return sum(
        1
        for q in ctx.captured_queries
        if q["sql"].startswith(('SELECT "launches_task"', 'SELECT "launches_dependency"'))
    )


def test_previews_of_one_plan_version_read_its_rows_once_and_a_write_makes_the_next_read_them_again(world, client_for):
    """A planner tries several days for T-0, then moves it: the second preview of the same plan, and the move to a
    day previewed, read no task or link row (the process kept the plan) and report the same; after a change to
    the plan, the next preview reads it again and reports the change."""
    DependencyFactory(predecessor=world.pr_task, successor=world.marketing_task)
    office = client_for(world.office)
    reports = []
    reads = []
    for day in ("2027-03-30T08:00:00Z", "2027-03-30T08:00:00Z", "2027-04-06T08:00:00Z"):
        with CaptureQueriesContext(connection) as ctx:
            response = _move(office, world.launch, day, preview=True)
        assert response.status_code == 200, response.json()
        reports.append(response.json())
        reads.append(_plan_reads(ctx))
    assert reads[0] >= 2 and reads[1:] == [0, 0]
    assert reports[1] == reports[0] and reports[2]["shift_days"] == 21

    with CaptureQueriesContext(connection) as ctx:
        applied = _move(office, world.launch, "2027-03-30T08:00:00Z", preview=False)
    assert applied.status_code == 200, applied.json()
    assert _plan_reads(ctx) == 0
    assert {k: v for k, v in applied.json().items() if k != "preview"} == {
        k: v for k, v in reports[0].items() if k != "preview"
    }
    world.launch.refresh_from_db()
    assert world.launch.t_zero == dt.datetime(2027, 3, 30, 8, 0, tzinfo=dt.UTC)

    etag = office.get(f"/api/v1/tasks/{world.pr_task.pk}/")["ETag"]
    renamed = office.patch(
        f"/api/v1/tasks/{world.pr_task.pk}/",
        {"title": "Press kit", "offset_days": -20},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert renamed.status_code == 200, renamed.json()
    with CaptureQueriesContext(connection) as ctx:
        after = _move(office, world.launch, "2027-04-06T08:00:00Z", preview=True).json()
    assert _plan_reads(ctx) >= 2
    moved = {item["id"]: item for item in after["moved"] if item["kind"] == "task"}
    assert moved[world.pr_task.pk]["name"] == "Press kit"
    assert moved[world.pr_task.pk]["before"] != {i["id"]: i for i in applied.json()["moved"]}[world.pr_task.pk]["after"]


def test_a_move_reads_the_plan_of_the_version_it_locked_not_the_one_its_caller_read(world, client_for):
    """The move looks for a kept plan only after taking the plan lock, which re-reads the launch: a caller holding
    the launch as it was before another write (its version kept by an earlier preview) gets the plan as
    committed, the other write's change in its report."""
    office = client_for(world.office)
    launch = Launch.objects.get(pk=world.launch.pk)
    launch_move_t_zero(actor=world.office, launch=launch, t_zero=launch.t_zero + dt.timedelta(days=7), preview=True)
    etag = office.get(f"/api/v1/tasks/{world.pr_task.pk}/")["ETag"]
    renamed = office.patch(
        f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Press kit"}, format="json", HTTP_IF_MATCH=etag
    )
    assert renamed.status_code == 200, renamed.json()
    stale_version = launch.plan_version
    with CaptureQueriesContext(connection) as ctx:
        report = launch_move_t_zero(
            actor=world.office, launch=launch, t_zero=launch.t_zero + dt.timedelta(days=7), preview=False
        )
    assert launch.plan_version > stale_version
    assert _plan_reads(ctx) >= 2
    names = {item["id"]: item["name"] for item in report["moved"] if item["kind"] == "task"}
    assert names[world.pr_task.pk] == "Press kit"


def test_a_kept_plan_is_forgotten_with_the_cache(world, client_for):
    """The plan a process kept counts only while the cache holds its version's token: a cleared cache (another
    process cannot tell this one to forget) makes the next preview read the rows again."""
    office = client_for(world.office)
    assert _move(office, world.launch, "2027-03-30T08:00:00Z", preview=True).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert _move(office, world.launch, "2027-03-30T08:00:00Z", preview=True).status_code == 200
    assert _plan_reads(ctx) >= 1


def test_a_large_move_report_counts_every_item_and_lists_the_first_with_milestones_ahead(
    world, client_for, monkeypatch
):
    """Tens of thousands of tasks would answer megabytes: the report lists at most REPORT_ITEMS of each kind of
    item, milestones, gates and communications before tasks, and counts them all; the move itself is whole."""
    from readiness import t_zero

    monkeypatch.setattr(t_zero, "REPORT_ITEMS", 2)
    for i in range(3):
        TaskFactory(workstream=world.pr_ws, title=f"Extra {i}", offset_days=-5 - i)
        TaskFactory(
            workstream=world.pr_ws,
            title=f"Fair {i}",
            schedule_mode=ScheduleMode.FIXED,
            offset_days=None,
            start_date=dt.date(2027, 3, 1 + i),
        )
    MilestoneFactory(launch=world.launch, name="Announcement", offset_days=-3)
    response = _move(client_for(world.office), world.launch, "2027-03-30T08:00:00Z", preview=False)
    assert response.status_code == 200, response.json()
    body = response.json()
    assert [item["kind"] for item in body["moved"]] == ["milestone", "task"]
    assert (body["moved_count"], body["moved_task_count"]) == (1 + 5, 5)  # the world's two tasks and three extra
    assert len(body["unchanged"]) == 2 and body["unchanged_count"] == 3
    anchored = Task.objects.filter(workstream__launch=world.launch, schedule_mode=ScheduleMode.ANCHORED)
    timeline = client_for(world.office).get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    starts = {task["id"]: task["start"] for task in timeline["tasks"]}
    assert all(starts[task.pk] >= "2027-03-10" for task in anchored)  # every one moved, listed or not


def test_move_applies_in_one_write_and_keeps_fixed_items(world, client_for):
    fixed = TaskFactory(
        workstream=world.pr_ws, schedule_mode=ScheduleMode.FIXED, offset_days=None, start_date=dt.date(2027, 3, 1)
    )
    client = client_for(world.office)
    with CaptureQueriesContext(connection) as ctx:
        response = _move(client, world.launch, "2027-03-09T08:00:00Z", preview=False)
    assert response.status_code == 200
    assert len([sql for sql in _writes(ctx) if "launches_launch" in sql]) == 1
    body = client.get(f"/api/v1/tasks/{world.marketing_task.pk}/").json()
    assert body["planned_start"] == "2027-02-27"
    assert client.get(f"/api/v1/tasks/{fixed.pk}/").json()["planned_start"] == "2027-03-01"


def test_move_reports_the_conflicts_it_creates(world, client_for):
    TaskFactory(
        workstream=world.pr_ws,
        title="Print brochures",
        schedule_mode=ScheduleMode.FIXED,
        offset_days=None,
        start_date=dt.date(2027, 3, 10),
        needed_for_launch=True,
    )
    body = _move(client_for(world.office), world.launch, "2027-03-09T08:00:00Z", preview=True).json()
    (conflict,) = body["new_conflicts"]
    assert conflict["kind"] == "after_launch" and "Print brochures" in conflict["message"]


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member", "viewer"])
def test_only_the_office_moves_launch_day(world, client_for, who):
    response = _move(client_for(getattr(world, who)), world.launch, "2027-04-01T08:00:00Z", preview=True)
    assert response.status_code == 403
    world.launch.refresh_from_db()
    assert world.launch.t_zero.date() == dt.date(2027, 3, 16)


def test_a_launched_launch_cannot_move(world, client_for):
    Launch.objects.filter(pk=world.launch.pk).update(status="launched")
    response = _move(client_for(world.office), world.launch, "2027-04-01T08:00:00Z", preview=False)
    assert response.status_code == 409 and response.json()["code"] == "launch_not_movable"


def test_move_rejects_a_malformed_moment(world, client_for):
    response = _move(client_for(world.office), world.launch, "next tuesday", preview=True)
    assert response.status_code == 400 and "t_zero" in response.json()["extra"]["fields"]


def test_patching_t_zero_moves_anchored_items_like_the_move_action(world, client_for):
    client = client_for(world.office)
    response = client.patch(f"/api/v1/launches/{world.launch.pk}/", {"t_zero": "2027-03-23T08:00:00Z"}, format="json")
    assert response.status_code == 200
    assert client.get(f"/api/v1/tasks/{world.marketing_task.pk}/").json()["planned_start"] == "2027-03-13"


def test_dependency_closing_a_cycle_is_refused_naming_the_cycle_in_order(world, client_for):
    a, b, c = (TaskFactory(workstream=world.marketing_ws, title=title) for title in ("Alpha", "Beta", "Gamma"))
    DependencyFactory(predecessor=a, successor=b)
    DependencyFactory(predecessor=b, successor=c)
    response = client_for(world.office).post(
        "/api/v1/dependencies/", {"predecessor": c.pk, "successor": a.pk}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "dependency_cycle"
    assert body["extra"]["cycle"] == [c.pk, a.pk, b.pk, c.pk]
    assert "“Gamma” → “Alpha” → “Beta” → “Gamma”" in body["message"]
    assert "predecessor" in body["extra"]["fields"]
    assert Dependency.objects.count() == 2


@given(shift=st.integers(-40, 40), preview=st.booleans())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_moving_t_zero_by_k_days_moves_every_anchored_item_by_k_and_no_fixed_item(world, shift, preview):
    """Over k: anchored tasks and milestones move by exactly k days, fixed ones never; a preview writes nothing."""
    TaskFactory(
        workstream=world.pr_ws, schedule_mode=ScheduleMode.FIXED, offset_days=None, start_date=dt.date(2027, 3, 1)
    )
    MilestoneFactory(launch=world.launch, offset_days=-5)
    MilestoneFactory(
        launch=world.launch,
        schedule_mode=ScheduleMode.FIXED,
        offset_days=None,
        at=dt.datetime(2027, 2, 1, tzinfo=dt.UTC),
    )
    launch = Launch.objects.get(pk=world.launch.pk)

    def snapshot():
        current = Launch.objects.get(pk=launch.pk)
        tasks = {
            t.pk: (t.schedule_mode, t.planned_days(current)[0]) for t in Task.objects.filter(workstream__launch=current)
        }
        milestones = {m.pk: (m.schedule_mode, m.moment(current)) for m in Milestone.objects.filter(launch=current)}
        return current.t_zero, tasks, milestones

    before_t_zero, tasks_before, milestones_before = snapshot()
    try:
        with transaction.atomic():
            launch_move_t_zero(
                actor=world.office, launch=launch, t_zero=before_t_zero + dt.timedelta(days=shift), preview=preview
            )
            after_t_zero, tasks_after, milestones_after = snapshot()
            raise _Rollback
    except _Rollback:
        pass
    if preview:
        assert (after_t_zero, tasks_after, milestones_after) == (before_t_zero, tasks_before, milestones_before)
        return
    for pk, (mode, day) in tasks_before.items():
        expected = day if mode == ScheduleMode.FIXED else day + dt.timedelta(days=shift)
        assert tasks_after[pk][1] == expected
    for pk, (mode, moment) in milestones_before.items():
        local_before = moment.astimezone(launch.zone)
        local_after = milestones_after[pk][1].astimezone(launch.zone)
        if mode == ScheduleMode.FIXED:
            assert local_after == local_before
        else:
            assert local_after.date() == local_before.date() + dt.timedelta(days=shift)
            assert local_after.time() == after_t_zero.astimezone(launch.zone).time()


class _Rollback(Exception):
    """Undo one hypothesis example's writes."""


def test_timeline_is_computed_once_per_plan_version_and_again_after_a_change(world, client_for, monkeypatch):
    calls = []
    compute = readiness_selectors._launch_timeline
    monkeypatch.setattr(readiness_selectors, "_launch_timeline", lambda launch: calls.append(1) or compute(launch))
    lead, viewer = client_for(world.marketing_lead), client_for(world.viewer)
    first = _timeline(lead, world.launch).json()
    # Another reader of the same plan gets the same body without a recomputation.
    assert _timeline(viewer, world.launch).json() == first
    assert len(calls) == 1
    TaskFactory(workstream=world.marketing_ws, title="Brand new")
    # The factory bypasses services; bump the version as every service does.
    Launch.objects.filter(pk=world.launch.pk).plan_changed()
    titles = {task["title"] for task in _timeline(viewer, world.launch).json()["tasks"]}
    assert "Brand new" in titles
    assert len(calls) == 2


def test_renaming_a_department_changes_the_timeline_of_its_launches(world, client_for):
    viewer = client_for(world.viewer)
    etag = _timeline(viewer, world.launch)["ETag"]
    response = client_for(world.office).patch(f"/api/v1/departments/{world.pr.pk}/", {"name": "Press"})
    assert response.status_code == 200, response.content
    renamed = _timeline(viewer, world.launch, HTTP_IF_NONE_MATCH=etag)
    assert renamed.status_code == 200
    assert "Press" in {lane["department"]["name"] for lane in renamed.json()["lanes"]}


def _plan_rows(world, launch, plan, workstream_of=lambda index: None, **extra_of) -> dict:
    """A random plan (tests.scheduling.test_engine.plans) as rows of the launch: its tasks (fixed ones on their
    date, anchored ones on their offset; in the PR workstream unless `workstream_of(index)` names another), its
    links, and a gate whose criteria they all are. Answers {plan task id: Task}."""
    tasks, dependencies = plan
    base = launch.t_zero_date
    rows = {
        task.id: TaskFactory(
            workstream=workstream_of(index) or world.pr_ws,
            schedule_mode=ScheduleMode.FIXED if task.fixed else ScheduleMode.ANCHORED,
            offset_days=None if task.fixed else task.start,
            start_date=base + dt.timedelta(days=task.start) if task.fixed else None,
            duration_days=task.duration,
            **{field: value(index) for field, value in extra_of.items()},
        )
        for index, task in enumerate(tasks)
    }
    for dep in dependencies:
        DependencyFactory(predecessor=rows[dep.predecessor], successor=rows[dep.successor], lag_days=dep.lag)
    gate = Gate.objects.create(launch=launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(*rows.values())
    return rows


@given(plan=plans(max_tasks=12), shift=st.integers(-30, 30), lanes=st.lists(st.booleans(), min_size=12, max_size=12))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_move_reads_the_plan_as_it_stands_from_its_timeline_and_reports_the_same(world, plan, shift, lanes):
    """Over random DAGs spread over two workstreams (ids and lanes in different orders), with fixed tasks, lags, a
    gate's criteria and work forecast from today: once the timeline is rendered, the move's report computes one
    schedule instead of two (the plan as it stands comes from the timeline's digest), and says exactly what it
    says when it computes both."""
    launch = Launch.objects.get(pk=world.launch.pk)
    try:
        with transaction.atomic():
            _plan_rows(
                world,
                launch,
                plan,
                workstream_of=lambda index: world.pr_ws if lanes[index] else world.marketing_ws,
                needed_for_launch=lambda index: index % 2 == 0,
            )
            launch = Launch.objects.get(pk=launch.pk)
            cache.clear()  # each example rolls back to the same plan version: its timeline is not the last's
            t_zero = launch.t_zero + dt.timedelta(days=shift)
            computed = []
            real = LaunchSchedule.compute
            with mock.patch.object(LaunchSchedule, "compute", lambda *a, **kw: computed.append(1) or real(*a, **kw)):
                cold = launch_move_t_zero(actor=world.office, launch=launch, t_zero=t_zero, preview=True)
                assert len(computed) == 2
                readiness_selectors.launch_timeline_json(launch=launch)
                computed.clear()
                warm = launch_move_t_zero(actor=world.office, launch=launch, t_zero=t_zero, preview=True)
                assert len(computed) == 1
            assert warm == cold
            raise _Rollback
    except _Rollback:
        pass


@given(plan=plans(max_tasks=12), shift=st.integers(-30, 30))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_preview_of_any_plan_runs_no_write_and_reports_exactly_the_anchored_items_as_moved(world, plan, shift):
    """Over random DAGs (with fixed tasks, lags and a gate): a preview issues no INSERT, UPDATE or DELETE, and
    its report lists every anchored task as moved by the shift and every fixed task as staying."""
    tasks, _dependencies = plan
    launch = Launch.objects.get(pk=world.launch.pk)
    try:
        with transaction.atomic():
            rows = _plan_rows(world, launch, plan)
            cache.clear()  # each example rolls back to the same plan version: its plan is not the last's
            with CaptureQueriesContext(connection) as ctx:
                report = launch_move_t_zero(
                    actor=world.office, launch=launch, t_zero=launch.t_zero + dt.timedelta(days=shift), preview=True
                )
            assert _writes(ctx) == []
            fixed = {rows[t.id].pk for t in tasks if t.fixed}
            moved = {item["id"]: item for item in report["moved"] if item["kind"] == "task"}
            stayed = {item["id"] for item in report["unchanged"] if item["kind"] == "task"}
            assert stayed == fixed
            assert set(moved) == {rows[t.id].pk for t in tasks} - fixed | {world.pr_task.pk, world.marketing_task.pk}
            assert report["moved_task_count"] == len(moved) and report["unchanged_count"] == len(stayed)
            assert all((item["after"] - item["before"]).days == shift for item in moved.values())
            raise _Rollback
    except _Rollback:
        pass
