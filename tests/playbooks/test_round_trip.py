"""A launch saved as a playbook and started again reproduces its plan (issue 15): the working calendar, tasks
with their counts and due times, links of every type, fixed and anchored moments, gates, communications, and
the same people through roles; and the same computed schedule relative to T-0."""

import datetime as dt

import pytest

from accounts.models import MembershipRole
from communications.models import Communication
from communications.selectors import launch_communication_rows
from gates.models import Gate
from gates.selectors import launch_gate_rows
from launches.models import Dependency, Launch, Task
from launches.schedule import launch_schedule_load
from playbooks.models import Playbook, PlaybookCommunication, PlaybookRole, PlaybookTask
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

# Both Tuesdays at 10:00 in New York (EDT), 52 weeks apart, in spring: no US federal holiday falls near them.
T_ZERO = dt.datetime(2027, 4, 13, 14, tzinfo=dt.UTC)
NEW_T_ZERO = dt.datetime(2028, 4, 11, 14, tzinfo=dt.UTC)
ZONE = "America/New_York"


def _post(client, url: str, data: dict) -> dict:
    response = client.post(url, data, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def _task(client, workstream: int, title: str, *, count: str = "working", **more) -> dict:
    return _post(client, "/api/v1/tasks/", {"workstream": workstream, "title": title, "duration_count": count, **more})


def _rich_launch(world, client, *, closures: bool = False) -> Launch:
    """Through the API: a New York launch counting offsets in working days, with US holidays (and an offsite),
    tasks of both duration counts (one fixed, one due at 17:30), links of the four types with lags of both
    counts, links to and from a milestone and from gates (work after a gate), anchored and fixed milestones and
    gates (fixed ones at 02:00 UTC, the evening before in New York), criteria and approvers, communications with
    each embargo, and tasks assigned to leads and to members."""
    launch = _post(
        client,
        "/api/v1/launches/",
        {
            "name": "Aurora",
            "t_zero": T_ZERO.isoformat(),
            "time_zone": ZONE,
            "departments": [world.marketing.pk, world.pr.pk],
            "working_weekdays": [1, 2, 3, 4, 5],
            "holiday_regions": ["US"],
            "closures": [{"name": "Offsite", "start": "2027-03-29", "end": "2027-03-30"}] if closures else [],
            "offset_count": "working",
        },
    )
    pk = launch["id"]
    workstreams = {
        ws["department"]: ws["id"] for ws in client.get(f"/api/v1/workstreams/?launch={pk}").json()["results"]
    }
    marketing, pr = workstreams[world.marketing.pk], workstreams[world.pr.pk]
    brief = _task(client, marketing, "Brief", offset_days=-20, duration_days=5, assignee=world.marketing_lead.pk)
    assets = _task(
        client,
        marketing,
        "Assets",
        count="calendar",
        offset_days=-14,
        duration_days=10,
        assignee=world.marketing_member.pk,
    )
    kit = _task(
        client,
        pr,
        "Press kit",
        offset_days=-12,
        duration_days=3,
        assignee=world.pr_member.pk,
        needed_for_launch=True,
        due_time="17:30:00",
    )
    release = _task(
        client,
        pr,
        "Press release",
        schedule_mode="fixed",
        start_date="2027-04-06",
        duration_days=2,
        assignee=world.pr_second_member.pk,
        needed_for_launch=True,
    )
    pitch = _task(client, pr, "Pitch journalists", offset_days=-3, duration_days=2, assignee=world.pr_lead.pk)
    readiness = _post(
        client,
        "/api/v1/gates/",
        {
            "launch": pk,
            "name": "Readiness",
            "offset_days": -4,
            "criteria": [brief["id"], kit["id"]],
            "approver_departments": [world.marketing.pk, world.pr.pk],
        },
    )
    go = _post(
        client,
        "/api/v1/gates/",
        {
            "launch": pk,
            "name": "Go/No-Go",
            "schedule_mode": "fixed",
            "at": "2027-04-12T02:00:00Z",
            "criteria": [release["id"]],
            "approver_departments": [world.pr.pk],
        },
    )
    golive = _task(
        client,
        marketing,
        "Go live",
        offset_days=0,
        duration_days=1,
        assignee=world.marketing_lead.pk,
    )
    # Going live waits for the Go/No-Go gate, pitching for the readiness review: links from the gates (rule 4).
    _post(client, "/api/v1/dependencies/", {"predecessor_gate": go["id"], "successor": golive["id"]})
    _post(client, "/api/v1/dependencies/", {"predecessor_gate": readiness["id"], "successor": pitch["id"]})
    for predecessor, successor, link, lag, count in (
        (brief, assets, "finish_to_start", 0, "working"),
        (brief, kit, "start_to_start", 2, "working"),
        (assets, golive, "finish_to_finish", 2, "calendar"),
        (kit, release, "start_to_finish", 1, "calendar"),
        (kit, pitch, "finish_to_start", -1, "working"),
    ):
        _post(
            client,
            "/api/v1/dependencies/",
            {
                "predecessor": predecessor["id"],
                "successor": successor["id"],
                "type": link,
                "lag_days": lag,
                "lag_count": count,
            },
        )
    announcement = _post(client, "/api/v1/milestones/", {"launch": pk, "name": "Announcement", "offset_days": -3})
    _post(
        client,
        "/api/v1/milestones/",
        {"launch": pk, "name": "Embargo lifts", "schedule_mode": "fixed", "at": "2027-04-14T02:00:00Z"},
    )
    # Links to and from a milestone: the announcement follows the press kit, pitching follows the announcement.
    _post(
        client,
        "/api/v1/dependencies/",
        {"predecessor": kit["id"], "successor_milestone": announcement["id"], "lag_days": 1, "lag_count": "calendar"},
    )
    _post(
        client,
        "/api/v1/dependencies/",
        {"predecessor_milestone": announcement["id"], "successor": pitch["id"], "type": "start_to_start"},
    )
    teaser = _post(
        client,
        "/api/v1/communications/",
        {
            "launch": pk,
            "kind": "social_post",
            "title": "Teaser",
            "channel": "LinkedIn",
            "audience": "Developers",
            "body": "Something is coming.",
            "department": world.marketing.pk,
            "offset_days": -2,
        },
    )
    _post(
        client,
        "/api/v1/communications/",
        {
            "launch": pk,
            "kind": "press_release",
            "title": "Press release",
            "department": world.pr.pk,
            "schedule_mode": "fixed",
            "at": "2027-04-14T02:00:00Z",
            "embargo": "t_zero",
        },
    )
    _post(
        client,
        "/api/v1/communications/",
        {
            "launch": pk,
            "kind": "blog",
            "title": "Launch post",
            "offset_days": 1,
            "embargo": "gate",
            "embargo_gate": go["id"],
        },
    )
    # An approved item comes back as a draft: approving is the office's decision for each launch.
    assert client.post(f"/api/v1/communications/{teaser['id']}/submit/").status_code == 200
    decided = client.post(f"/api/v1/communications/{teaser['id']}/decide/", {"decision": "approve"}, format="json")
    assert decided.status_code == 200, decided.content
    return Launch.objects.get(pk=pk)


def _relative(moment: dt.datetime | None, launch: Launch) -> dt.timedelta | None:
    return None if moment is None else moment - launch.t_zero


def _end(dependency: Dependency, side: str) -> tuple[str, str]:
    """One end of a link as (kind, name): ("task", "Brief"), ("milestone", "Announcement"), ("gate", "Go/No-Go")."""
    for kind, field in (("task", side), ("milestone", f"{side}_milestone"), ("gate", f"{side}_gate")):
        node = getattr(dependency, field, None)
        if node is not None:
            return kind, str(node)
    raise AssertionError(f"{dependency} has no {side}")


def _plan(launch: Launch) -> dict:
    """Everything the plan holds, relative to T-0 and by name, so two launches compare."""
    t_zero_date = launch.t_zero_date
    tasks = Task.objects.filter(workstream__launch=launch).select_related("workstream", "assignee")
    links = Dependency.objects.filter(launch=launch).select_related(
        "predecessor", "predecessor_milestone", "predecessor_gate", "successor", "successor_milestone"
    )
    gates = Gate.objects.filter(launch=launch).prefetch_related("criteria", "approver_departments")
    return {
        "calendar": (
            launch.working_weekdays,
            launch.holiday_regions,
            [
                (
                    c["name"],
                    (dt.date.fromisoformat(c["start"]) - t_zero_date).days,
                    (dt.date.fromisoformat(c["end"]) - t_zero_date).days,
                )
                for c in launch.closures
            ],
            launch.offset_count,
            str(launch.time_zone),
        ),
        "tasks": {
            task.title: (
                task.workstream.department_id,
                task.schedule_mode,
                task.offset_days,
                None if task.start_date is None else (task.start_date - t_zero_date).days,
                task.duration_days,
                task.duration_count,
                task.due_time,
                task.needed_for_launch,
                task.assignee and task.assignee.username,
            )
            for task in tasks
        },
        # Every link by its ends' kinds and names: task, milestone or gate before; task or milestone after.
        "links": sorted((_end(d, "predecessor"), _end(d, "successor"), d.type, d.lag_days, d.lag_count) for d in links),
        "milestones": sorted(
            (m.name, m.schedule_mode, m.offset_days, _relative(m.at, launch)) for m in launch.milestones.all()
        ),
        "gates": sorted(
            (
                gate.name,
                gate.schedule_mode,
                gate.offset_days,
                _relative(gate.at, launch),
                sorted(task.title for task in gate.criteria.all()),
                sorted(d.slug for d in gate.approver_departments.all()),
            )
            for gate in gates
        ),
        "communications": sorted(
            (
                c.kind,
                c.title,
                c.channel,
                c.audience,
                c.body,
                c.department_id,
                c.schedule_mode,
                c.offset_days,
                _relative(c.at, launch),
                c.embargo,
                c.embargo_gate and c.embargo_gate.name,
            )
            for c in Communication.objects.filter(launch=launch).select_related("embargo_gate")
        ),
    }


def _schedule(launch: Launch) -> tuple[dict, list]:
    """The computed plan by task title (and linked moment), in days from T-0 (start, due, slack, critical), and
    its conflicts: the engine's (links, criteria after their gate) and the communications planned before their
    embargo lifts."""
    titles = dict(Task.objects.filter(workstream__launch=launch).values_list("id", "title"))
    gate_rows = launch_gate_rows(launch)
    schedule = launch_schedule_load([launch])[launch.pk].compute(gate_rows=gate_rows)
    days = {titles[pk]: (task.start, task.due, task.slack, task.critical) for pk, task in schedule.tasks.items()}
    # The linked milestones and gates too, by name: where the links put them.
    names = {("milestone", m.pk): m.name for m in launch.milestones.all()}
    names |= {("gate", g.pk): g.name for g in Gate.objects.filter(launch=launch)}
    days |= {(key[0], names[key]): (moment.start, moment.due) for key, moment in schedule.moments.items()}
    _rows, embargoes = launch_communication_rows(launch, gate_rows)
    return days, sorted((c.kind, titles[c.task_id], c.days) for c in schedule.conflicts) + embargoes


@pytest.fixture
def second_pr_member(world):
    user = UserFactory(username="pr.member2")
    MembershipFactory(department=world.pr, user=user, role=MembershipRole.MEMBER)
    world.pr_second_member = user
    return user


def _save(client, launch: Launch, name: str = "Aurora way") -> dict:
    return _post(client, "/api/v1/playbooks/", {"name": name, "from_launch": launch.pk})


def _instantiate(client, playbook_id: int, **more):
    return client.post(
        f"/api/v1/playbooks/{playbook_id}/instantiate/",
        {"name": "Aurora 2", "t_zero": NEW_T_ZERO.isoformat(), "time_zone": ZONE, **more},
        format="json",
    )


def test_a_launch_saved_as_a_playbook_and_started_again_reproduces_its_plan(world, client_for, second_pr_member):
    client = client_for(world.office)
    source = _rich_launch(world, client, closures=True)
    saved = _save(client, source)
    # Who did what became roles: the leads by their place, the PR members numbered so they stay two people.
    assert sorted((r["label"], r["role"]) for r in saved["roles"]) == [
        ("Marketing lead", "lead"),
        ("Marketing member", "member"),
        ("PR lead", "lead"),
        ("PR member 1", "member"),
        ("PR member 2", "member"),
    ]
    roles = {r["id"]: r["label"] for r in saved["roles"]}
    assert {t["title"]: roles.get(t["assignee_role"]) for t in saved["tasks"]}["Press release"] == "PR member 2"
    assert saved["closures"] == [{"name": "Offsite", "start_offset": -15, "end_offset": -14}]
    assert (saved["offset_count"], saved["time_zone"], saved["holiday_regions"]) == ("working", ZONE, ["US"])
    # The fixed 02:00 UTC gate is kept as its day and time in New York (22:00 the evening before).
    [go] = [g for g in saved["gates"] if g["name"] == "Go/No-Go"]
    assert (go["schedule_mode"], go["offset_days"], go["at_time"]) == ("fixed", -2, "22:00:00")
    assert len(saved["communications"]) == 3

    response = _instantiate(
        client,
        saved["id"],
        roles={
            "Marketing member": world.marketing_member.pk,
            "PR member 1": world.pr_member.pk,
            "PR member 2": second_pr_member.pk,
        },
    )
    assert response.status_code == 201, response.content
    copy = Launch.objects.get(pk=response.json()["id"])

    original, again = _plan(source), _plan(copy)
    for part in original:
        assert again[part] == original[part], part
    # Fixed moments come back at their exact time: 02:00 UTC.
    embargo = copy.milestones.get(name="Embargo lifts")
    assert embargo.at == dt.datetime(2028, 4, 12, 2, tzinfo=dt.UTC)
    assert copy.gates.get(name="Go/No-Go").at == dt.datetime(2028, 4, 10, 2, tzinfo=dt.UTC)
    # Communications are drafts by the office member who started the launch.
    assert set(Communication.objects.filter(launch=copy).values_list("status", "author")) == {
        ("draft", world.office.pk)
    }
    # The same computed schedule relative to T-0, and no conflict since the original had none.
    days, conflicts = _schedule(source)
    assert conflicts == []
    assert {key for key in days if isinstance(key, tuple)} == {
        ("milestone", "Announcement"),
        ("gate", "Readiness"),
        ("gate", "Go/No-Go"),
    }
    assert _schedule(copy) == (days, [])
    # The unmapped lead roles went to the departments' leads.
    assert Task.objects.get(workstream__launch=copy, title="Pitch journalists").assignee == world.pr_lead


def test_unmapped_member_roles_stay_unassigned_and_lead_roles_follow_the_departments_lead(
    world, client_for, second_pr_member
):
    client = client_for(world.office)
    saved = _save(client, _rich_launch(world, client))
    response = _instantiate(client, saved["id"], roles={"PR lead": None})
    assert response.status_code == 201, response.content
    assignees = dict(
        Task.objects.filter(workstream__launch_id=response.json()["id"]).values_list("title", "assignee__username")
    )
    assert assignees == {
        "Brief": "marketing.lead",
        "Go live": "marketing.lead",
        "Assets": None,
        "Press kit": None,
        "Press release": None,
        # Mapped to nobody on purpose.
        "Pitch journalists": None,
    }


@pytest.mark.parametrize(
    ("roles", "message"),
    [
        ({"Legal lead": "pr_lead"}, "No role “Legal lead”"),
        ({"PR member 1": "marketing_member"}, "is not in PR"),
        ({"PR lead": "viewer"}, "is not in PR"),
        ({"PR member 2": 999999}, None),
        ({"PR member 2": "someone"}, None),
        (["PR lead"], None),
    ],
)
def test_instantiate_refuses_a_bad_role_mapping_naming_the_field_and_creates_nothing(
    world, client_for, second_pr_member, roles, message
):
    client = client_for(world.office)
    saved = _save(client, _rich_launch(world, client))
    if isinstance(roles, dict):
        roles = {
            label: getattr(world, user).pk if isinstance(user, str) and hasattr(world, user) else user
            for label, user in roles.items()
        }
    before = (Launch.objects.count(), Task.objects.count(), Gate.objects.count(), Communication.objects.count())
    response = _instantiate(client, saved["id"], roles=roles)
    assert response.status_code == 400, response.content
    body = response.json()
    assert "roles" in body["extra"]["fields"]
    if message:
        assert message in body["message"]
    assert (Launch.objects.count(), Task.objects.count(), Gate.objects.count(), Communication.objects.count()) == before
    assert not Launch.objects.filter(name="Aurora 2").exists()


def test_a_communication_of_a_department_left_out_stays_out(world, client_for, second_pr_member):
    client = client_for(world.office)
    saved = _save(client, _rich_launch(world, client))
    response = _instantiate(client, saved["id"], departments=[world.marketing.pk])
    assert response.status_code == 201, response.content
    titles = set(Communication.objects.filter(launch_id=response.json()["id"]).values_list("title", flat=True))
    # The PR press release stays out; the office's blog post, embargoed on a launch-wide gate, comes.
    assert titles == {"Teaser", "Launch post"}


def test_a_link_whose_task_is_in_a_department_left_out_stays_out_and_the_others_come(
    world, client_for, second_pr_member
):
    client = client_for(world.office)
    saved = _save(client, _rich_launch(world, client))
    # The playbook keeps every link of the launch, whatever its ends.
    assert len(saved["dependencies"]) == 9
    response = _instantiate(client, saved["id"], departments=[world.marketing.pk])
    assert response.status_code == 201, response.content
    # Marketing's own links and going live after the Go/No-Go gate come; the press kit's link to the
    # announcement, the announcement's and the readiness review's to pitching went with PR.
    assert _plan(Launch.objects.get(pk=response.json()["id"]))["links"] == [
        (("gate", "Go/No-Go"), ("task", "Go live"), "finish_to_start", 0, "working"),
        (("task", "Assets"), ("task", "Go live"), "finish_to_finish", 2, "calendar"),
        (("task", "Brief"), ("task", "Assets"), "finish_to_start", 0, "working"),
    ]


def test_deleting_a_playbook_deletes_its_roles_and_communications_and_the_launches_stay(
    world, client_for, second_pr_member
):
    client = client_for(world.office)
    source = _rich_launch(world, client)
    saved = _save(client, source)
    assert client.delete(f"/api/v1/playbooks/{saved['id']}/").status_code == 204
    assert not Playbook.objects.exists()
    assert not (
        PlaybookRole.objects.exists() or PlaybookCommunication.objects.exists() or PlaybookTask.objects.exists()
    )
    assert Communication.objects.filter(launch=source).count() == 3


@pytest.mark.parametrize("new_t_zero", ["2028-06-01T15:00:00Z", "2028-06-01T00:30:00Z"])
def test_a_fixed_0200_utc_moment_comes_back_at_0200_utc_whatever_the_new_t_zeros_time(world, client_for, new_t_zero):
    """The bug seen: a fixed 02:00 UTC item came back at T-0's wall time, so the new launch began in conflict."""
    client = client_for(world.office)
    launch = _post(client, "/api/v1/launches/", {"name": "Night", "t_zero": "2027-05-04T08:00:00Z", "time_zone": "UTC"})
    for url in ("/api/v1/milestones/", "/api/v1/gates/"):
        _post(
            client,
            url,
            {"launch": launch["id"], "name": "At two", "schedule_mode": "fixed", "at": "2027-05-03T02:00:00Z"},
        )
    _post(
        client,
        "/api/v1/communications/",
        {
            "launch": launch["id"],
            "kind": "blog",
            "title": "At two",
            "schedule_mode": "fixed",
            "at": "2027-05-03T02:00:00Z",
        },
    )
    saved = _save(client, Launch.objects.get(pk=launch["id"]), name="Night way")
    response = client.post(
        f"/api/v1/playbooks/{saved['id']}/instantiate/",
        {"name": "Night 2", "t_zero": new_t_zero, "time_zone": "UTC"},
        format="json",
    )
    assert response.status_code == 201, response.content
    copy = Launch.objects.get(pk=response.json()["id"])
    expected = dt.datetime(2028, 5, 31, 2, tzinfo=dt.UTC)
    assert [m.at for m in copy.milestones.all()] == [expected]
    assert [g.at for g in copy.gates.all()] == [expected]
    assert [c.at for c in Communication.objects.filter(launch=copy)] == [expected]
