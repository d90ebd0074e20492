"""Everyone's workload across launches (issue 21), through the API, with today pinned to Thursday 2027-03-04 (T-12
of the shared world's launch: T-0 2027-03-16, Europe/Berlin, every day worked). Weeks start on Monday: the week of
1 March holds T-15..T-9, the week of 8 March T-8..T-2."""

import datetime as dt

import pytest
from django.utils import timezone

from accounts.models import User
from launches.models import DayCount, LaunchStatus, ScheduleMode, TaskStatus
from tests.factories import (
    DependencyFactory,
    LaunchFactory,
    MembershipFactory,
    TaskFactory,
    UserFactory,
    WorkstreamFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/workload/"
PREVIEW = "/api/v1/workload/preview/"
NOW = dt.datetime(2027, 3, 4, 10, 0, tzinfo=dt.UTC)
WEEK_1, WEEK_2, WEEK_3 = "2027-03-01", "2027-03-08", "2027-03-15"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def dana(world) -> User:
    person = UserFactory(username="dana", first_name="Dana", last_name="Scully")
    MembershipFactory(department=world.marketing, user=person)
    return person


def _person_url(person: User) -> str:
    return f"{URL}{person.pk}/"


def _list(client, query: str = "?from=2027-03-01&weeks=3") -> dict:
    response = client.get(URL + query)
    assert response.status_code == 200, response.content
    return response.json()


def _row(body: dict, person: User) -> dict:
    (row,) = [row for row in body["people"] if row["person"]["id"] == person.pk]
    return row


def _weeks(body: dict, person: User) -> dict[str, tuple]:
    return {
        week["week"]: (week["tasks"], week["hours"], week["launches"], week["over"])
        for week in _row(body, person)["weeks"]
    }


def _set_capacity(person: User, *, tasks: int | None = None, hours: int | None = None) -> None:
    User.objects.filter(pk=person.pk).update(capacity_tasks_per_week=tasks, capacity_hours_per_week=hours)
    person.refresh_from_db()


# What counts


def test_a_task_counts_in_every_week_it_overlaps_with_its_hours_spread_over_its_days(world, client_for, dana):
    # T-11..T-7: 5 to 9 March, two hours a day; three days in the first week, two in the second.
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-11, duration_days=5, effort_hours=10)

    body = _list(client_for(world.office))

    assert body["from"] == WEEK_1 and body["weeks"] == [WEEK_1, WEEK_2, WEEK_3]
    assert _weeks(body, dana) == {
        WEEK_1: (1, 6.0, 1, False),
        WEEK_2: (1, 4.0, 1, False),
        WEEK_3: (0, 0.0, 0, False),
    }
    row = _row(body, dana)
    assert row["person"] == {"id": dana.pk, "username": "dana", "full_name": "Dana Scully"}
    assert row["departments"] == ["Marketing"]
    assert (row["capacity_tasks_per_week"], row["capacity_hours_per_week"], row["over_allocated"]) == (
        None,
        None,
        False,
    )


def test_from_moves_back_to_its_weeks_monday(world, client_for, dana):
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-11)

    body = _list(client_for(world.office), "?from=2027-03-04&weeks=1")

    assert body["from"] == WEEK_1 and body["weeks"] == [WEEK_1]
    assert _weeks(body, dana)[WEEK_1][0] == 1


def test_the_default_is_eight_weeks_from_this_monday(world, client_for):
    body = _list(client_for(world.office), "")

    assert body["from"] == WEEK_1
    assert len(body["weeks"]) == 8 and body["weeks"][-1] == "2027-04-19"


def test_collaborators_count_and_done_cancelled_or_closed_work_does_not(world, client_for, dana):
    counted = TaskFactory(workstream=world.marketing_ws, offset_days=-11, assignee=world.marketing_member)
    counted.collaborators.add(dana)
    TaskFactory(workstream=world.marketing_ws, offset_days=-11, assignee=dana, status=TaskStatus.IN_PROGRESS)
    TaskFactory(workstream=world.marketing_ws, offset_days=-11, assignee=dana, status=TaskStatus.BLOCKED)
    TaskFactory(workstream=world.marketing_ws, offset_days=-11, assignee=dana, status=TaskStatus.DONE)
    TaskFactory(workstream=world.marketing_ws, offset_days=-11, assignee=dana, status=TaskStatus.CANCELLED)
    for status in (LaunchStatus.CLOSED, LaunchStatus.CANCELLED):
        closed = LaunchFactory(status=status)
        TaskFactory(workstream=WorkstreamFactory(launch=closed, department=world.marketing), assignee=dana)
    launched = LaunchFactory(status=LaunchStatus.LAUNCHED, t_zero=dt.datetime(2027, 3, 1, 8, 0, tzinfo=dt.UTC))
    # T+2 of a launched launch: post-launch work still counts (3 March, the first week).
    TaskFactory(workstream=WorkstreamFactory(launch=launched, department=world.pr), assignee=dana, offset_days=2)

    body = _list(client_for(world.office))

    assert _weeks(body, dana)[WEEK_1] == (4, 0.0, 2, False)
    detail = client_for(world.office).get(_person_url(dana) + "?from=2027-03-01&to=2027-03-07").json()
    roles = {task["id"]: task["role"] for task in detail["tasks"]}
    assert roles[counted.pk] == "collaborator"
    assert sorted(roles.values()) == ["assignee", "assignee", "assignee", "collaborator"]
    # The assignee of the shared task counts it too, once.
    assert _weeks(body, world.marketing_member)[WEEK_1][0] == 2


def test_an_assignee_who_is_also_a_collaborator_counts_the_task_once(world, client_for, dana):
    task = TaskFactory(workstream=world.marketing_ws, offset_days=-11, assignee=dana)
    task.collaborators.add(dana)

    assert _weeks(_list(client_for(world.office)), dana)[WEEK_1][0] == 1


def test_hours_spread_over_the_working_days_of_the_launchs_calendar(world, client_for, dana):
    weekdays = LaunchFactory(working_weekdays=[1, 2, 3, 4, 5])
    lane = WorkstreamFactory(launch=weekdays, department=world.marketing)
    # Fixed on Friday 5 March, three working days: Friday, Monday, Tuesday; 9 hours, 3 a working day.
    task = TaskFactory(
        workstream=lane,
        assignee=dana,
        schedule_mode=ScheduleMode.FIXED,
        start_date=dt.date(2027, 3, 5),
        duration_days=3,
        effort_hours=9,
    )
    # Elapsed work counts every calendar day: 4 hours over Saturday and Sunday 6-7 March.
    TaskFactory(
        workstream=lane,
        assignee=dana,
        schedule_mode=ScheduleMode.FIXED,
        start_date=dt.date(2027, 3, 6),
        duration_days=2,
        duration_count=DayCount.CALENDAR,
        effort_hours=4,
    )

    body = _list(client_for(world.office))
    detail = client_for(world.office).get(_person_url(dana) + "?from=2027-03-05&to=2027-03-10").json()

    assert _weeks(body, dana)[WEEK_1][:2] == (2, 7.0)
    assert _weeks(body, dana)[WEEK_2][:2] == (1, 6.0)
    by_day = {day["date"]: (day["tasks"], day["hours"]) for day in detail["days"]}
    assert by_day == {
        "2027-03-05": (1, 3.0),
        "2027-03-06": (2, 2.0),  # the fixed task spans the weekend (open work), with no hours on it
        "2027-03-07": (2, 2.0),
        "2027-03-08": (1, 3.0),
        "2027-03-09": (1, 3.0),
        "2027-03-10": (0, 0.0),
    }
    assert next((item["id"], item["start"], item["due"]) for item in detail["tasks"]) == (
        task.pk,
        "2027-03-05",
        "2027-03-09",
    )


def test_over_allocation_by_tasks_per_week(world, client_for, dana):
    _set_capacity(dana, tasks=1)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-11)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-10)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-5)

    body = _list(client_for(world.office))

    assert _weeks(body, dana) == {WEEK_1: (2, 0.0, 1, True), WEEK_2: (1, 0.0, 1, False), WEEK_3: (0, 0.0, 0, False)}
    assert _row(body, dana)["over_allocated"] is True
    assert _row(body, dana)["capacity_tasks_per_week"] == 1


def test_over_allocation_by_hours_per_week(world, client_for, dana):
    _set_capacity(dana, hours=10)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-11, duration_days=1, effort_hours=10)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-5, duration_days=1, effort_hours=11)

    body = _list(client_for(world.office))

    assert _weeks(body, dana)[WEEK_1] == (1, 10.0, 1, False)  # at capacity is not over it
    assert _weeks(body, dana)[WEEK_2] == (1, 11.0, 1, True)
    over_only = _list(client_for(world.office), "?from=2027-03-01&weeks=3&over=true")
    assert [row["person"]["id"] for row in over_only["people"]] == [dana.pk]


def test_people_listed_have_work_in_the_weeks_or_a_capacity(world, client_for, dana):
    idle = UserFactory(username="idle")
    capped = UserFactory(username="capped")
    _set_capacity(capped, hours=30)
    gone = UserFactory(username="gone", is_active=False)
    TaskFactory(workstream=world.marketing_ws, assignee=gone, offset_days=-11)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=40)  # after the three weeks

    listed = {row["person"]["username"] for row in _list(client_for(world.office))["people"]}

    assert "capped" in listed and "marketing.member" in listed and "pr.member" in listed
    assert not {"idle", "gone", "dana"} & listed
    assert idle.pk  # made, and not listed


def test_department_filter_lists_its_people_with_all_their_work(world, client_for, dana):
    other = LaunchFactory()
    TaskFactory(workstream=WorkstreamFactory(launch=other, department=world.pr), assignee=dana, offset_days=-11)

    body = _list(client_for(world.office), "?from=2027-03-01&weeks=3&department=marketing")

    assert {row["person"]["username"] for row in body["people"]} == {"dana", "marketing.member"}
    assert _weeks(body, dana)[WEEK_1][0] == 1  # the PR task of another launch counts: it is Dana's work


def test_scheduled_days_follow_the_timeline_for_a_task_pushed_by_a_dependency(world, client_for, dana):
    # The predecessor runs T-10..T-6 (6-10 March); its successor, planned T-10..T-9, starts the day after.
    predecessor = TaskFactory(workstream=world.pr_ws, offset_days=-10, duration_days=5)
    pushed = TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-10, duration_days=2)
    DependencyFactory(predecessor=predecessor, successor=pushed)
    office = client_for(world.office)

    timeline = office.get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    (shown,) = [task for task in timeline["tasks"] if task["id"] == pushed.pk]
    detail = office.get(_person_url(dana) + "?from=2027-03-01&to=2027-03-21").json()
    (counted,) = detail["tasks"]

    assert (shown["start"], shown["due"]) == ("2027-03-11", "2027-03-12")
    assert (counted["start"], counted["due"]) == (shown["start"], shown["due"])
    assert _weeks(_list(office), dana)[WEEK_1][0] == 0 and _weeks(_list(office), dana)[WEEK_2][0] == 1
    assert counted == {
        "id": pushed.pk,
        "title": pushed.title,
        "launch": world.launch.pk,
        "launch_name": world.launch.name,
        "department_name": "Marketing",
        "start": "2027-03-11",
        "due": "2027-03-12",
        "status": "todo",
        "role": "assignee",
        "effort_hours": None,
    }


def test_late_work_is_forecast_from_today(world, client_for, dana):
    # Planned T-20..T-19 (24-25 February), still to do: the forecast has it today and tomorrow.
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-20, duration_days=2)

    detail = client_for(world.office).get(_person_url(dana) + "?from=2027-03-01&to=2027-03-07").json()

    assert [(task["start"], task["due"]) for task in detail["tasks"]] == [("2027-03-04", "2027-03-05")]


def test_a_persons_days_and_weeks(world, client_for, dana):
    _set_capacity(dana, tasks=1)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-9, duration_days=2)  # 7-8 March
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-8, duration_days=1)  # 8 March

    detail = client_for(world.office).get(_person_url(dana) + "?from=2027-03-06&to=2027-03-09").json()

    assert detail["from"] == "2027-03-06" and detail["to"] == "2027-03-09"
    assert [(day["date"], day["tasks"], day["over"]) for day in detail["days"]] == [
        ("2027-03-06", 0, False),
        ("2027-03-07", 1, False),
        ("2027-03-08", 2, True),
        ("2027-03-09", 0, True),  # over: its week is
    ]
    assert [(week["week"], week["tasks"], week["over"]) for week in detail["weeks"]] == [
        (WEEK_1, 1, False),
        (WEEK_2, 2, True),
    ]
    assert detail["over_allocated"] is True and detail["departments"] == ["Marketing"]
    assert detail["person"]["full_name"] == "Dana Scully"


def test_a_persons_view_defaults_to_four_weeks_from_this_monday(world, client_for):
    detail = client_for(world.marketing_member).get(_person_url(world.marketing_member)).json()

    assert (detail["from"], detail["to"], len(detail["days"])) == (WEEK_1, "2027-03-28", 28)


# The preview of an assignment


def test_the_preview_counts_the_persons_other_work_and_says_it_in_plain_words(world, client_for, dana):
    _set_capacity(dana, tasks=3)
    other = LaunchFactory(name="Borealis")
    other_lane = WorkstreamFactory(launch=other, department=world.marketing)
    for offset in (-8, -7, -6):  # 8-10 March
        TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=offset, duration_days=1)
    TaskFactory(workstream=other_lane, assignee=dana, offset_days=-5, duration_days=1, effort_hours=6)
    # The candidate: 7-8 March (the end of the first week, the start of the second), 4 hours.
    task = TaskFactory(workstream=world.pr_ws, offset_days=-9, duration_days=2, effort_hours=4)

    response = client_for(world.office).get(f"{PREVIEW}?person={dana.pk}&task={task.pk}")

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["person"] == {"id": dana.pk, "username": "dana", "full_name": "Dana Scully"}
    assert body["task"] == {"id": task.pk, "start": "2027-03-07", "due": "2027-03-08"}
    assert (body["capacity_tasks_per_week"], body["capacity_hours_per_week"]) == (3, None)
    assert body["weeks"] == [
        {
            "week": WEEK_1,
            "tasks": 0,
            "hours": 0.0,
            "launches": [],
            "tasks_after": 1,
            "hours_after": 2.0,
            "over_after": False,
        },
        {
            "week": WEEK_2,
            "tasks": 4,
            "hours": 6.0,
            "launches": ["Borealis", world.launch.name],
            "tasks_after": 5,
            "hours_after": 8.0,
            "over_after": True,
        },
    ]
    assert body["over_allocated_after"] is True
    assert body["message"] == "Dana Scully already has 4 tasks in the week of 8 Mar in 2 launches (capacity 3 a week)."


def test_the_preview_leaves_the_task_itself_out_of_the_existing_work(world, client_for, dana):
    _set_capacity(dana, hours=8)
    task = TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-5, duration_days=1, effort_hours=6)
    TaskFactory(workstream=world.marketing_ws, assignee=dana, offset_days=-4, duration_days=1, effort_hours=3)

    body = client_for(world.marketing_lead).get(f"{PREVIEW}?person={dana.pk}&task={task.pk}").json()

    assert [(w["tasks"], w["hours"], w["tasks_after"], w["hours_after"]) for w in body["weeks"]] == [(1, 3.0, 2, 9.0)]
    assert body["over_allocated_after"] is True
    assert body["message"] == (
        "Dana Scully already has 3 hours of work in the week of 8 Mar in 1 launch, and this task adds 6 hours "
        "(capacity 8 hours a week)."
    )


def test_the_preview_within_capacity_has_no_message(world, client_for, dana):
    _set_capacity(dana, tasks=3, hours=40)
    body = client_for(world.office).get(f"{PREVIEW}?person={dana.pk}&task={world.pr_task.pk}").json()

    assert body["over_allocated_after"] is False and body["message"] is None
    assert [(w["tasks"], w["tasks_after"]) for w in body["weeks"]] == [(0, 1)]


# Who reads what


@pytest.mark.parametrize("who", ["office", "marketing_lead", "pr_lead"])
def test_the_office_and_leads_read_everyones_workload(world, client_for, who):
    client = client_for(getattr(world, who))

    listed = {row["person"]["username"] for row in _list(client)["people"]}
    detail = client.get(_person_url(world.marketing_member))

    assert {"marketing.member", "pr.member"} <= listed
    assert detail.status_code == 200
    assert client.get(f"{PREVIEW}?person={world.pr_member.pk}&task={world.marketing_task.pk}").status_code == 200


@pytest.mark.parametrize("who", ["marketing_member", "viewer"])
def test_members_and_viewers_read_only_their_own_workload_and_preview_nothing(world, client_for, who):
    me = getattr(world, who)
    TaskFactory(workstream=world.pr_ws, assignee=me, offset_days=-11)
    client = client_for(me)

    assert [row["person"]["id"] for row in _list(client)["people"]] == [me.pk]
    assert client.get(_person_url(me)).status_code == 200
    refused = client.get(_person_url(world.pr_member))
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
    preview = client.get(f"{PREVIEW}?person={me.pk}&task={world.marketing_task.pk}")
    assert preview.status_code == 403


def test_anonymous_gets_401_everywhere(world, client_for):
    anonymous = client_for(None)

    assert anonymous.get(URL).status_code == 401
    assert anonymous.get(_person_url(world.pr_member)).status_code == 401
    assert anonymous.get(f"{PREVIEW}?person={world.pr_member.pk}&task={world.pr_task.pk}").status_code == 401


def test_an_unknown_or_deactivated_person_is_a_404(world, client_for):
    gone = UserFactory(is_active=False)
    office = client_for(world.office)

    assert office.get(f"{URL}999999/").status_code == 404
    assert office.get(_person_url(gone)).status_code == 404


# Bad input


@pytest.mark.parametrize(
    ("url", "field"),
    [
        (f"{URL}?weeks=0", "weeks"),
        (f"{URL}?weeks=27", "weeks"),
        (f"{URL}?weeks=many", "weeks"),
        (f"{URL}?from=2027-13-01", "from"),
        (f"{URL}?from=tomorrow", "from"),
        (f"{URL}?from=2999-12-20&weeks=4", "from"),
        (f"{URL}?department=nope", "department"),
        (f"{URL}?over=perhaps", "over"),
        (f"{URL}?status=todo", "status"),
        (f"{PREVIEW}?task=1", "person"),
        (f"{PREVIEW}?person=abc&task=1", "person"),
        (f"{PREVIEW}?person=99999999999999999999&task=1", "person"),
        (f"{PREVIEW}?person=999999&task=1", "person"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(world, client_for, url, field):
    response = client_for(world.office).get(url)

    assert response.status_code == 400, response.content
    assert field in response.json()["extra"]["fields"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?from=2027-03-10&to=2027-03-09", "to"),
        ("?from=2027-03-01&to=2027-06-01", "to"),  # 93 days
        ("?from=2027-02-30", "from"),
        ("?to=3000-01-01", "to"),
        ("?from=2027-03-01&page=2", "page"),
    ],
)
def test_a_persons_bad_dates_are_a_400_naming_the_field(world, client_for, query, field):
    response = client_for(world.office).get(_person_url(world.pr_member) + query)

    assert response.status_code == 400, response.content
    assert list(response.json()["extra"]["fields"]) == [field]


def test_ninety_two_days_are_accepted(world, client_for):
    response = client_for(world.office).get(_person_url(world.pr_member) + "?from=2027-03-01&to=2027-05-31")

    assert response.status_code == 200 and len(response.json()["days"]) == 92


def test_an_unknown_task_in_the_preview_names_the_task(world, client_for):
    response = client_for(world.office).get(f"{PREVIEW}?person={world.pr_member.pk}&task=999999")

    assert response.status_code == 400
    assert list(response.json()["extra"]["fields"]) == ["task"]


# Fixed query counts


def _grow(world, launches: int, tasks: int, people: int) -> list[User]:
    """`launches` launches of `tasks` tasks each, over two lanes, linked in a chain, shared by `people` people as
    assignees and collaborators, some done."""
    crew = [UserFactory(capacity_tasks_per_week=2) for _ in range(people)]
    for person in crew:
        MembershipFactory(department=world.marketing, user=person)
    for number in range(launches):
        launch = LaunchFactory(status=LaunchStatus.PLANNING, t_zero=NOW + dt.timedelta(days=10 + number))
        lanes = [
            WorkstreamFactory(launch=launch, department=world.marketing),
            WorkstreamFactory(launch=launch, department=world.pr),
        ]
        made = []
        for index in range(tasks):
            task = TaskFactory(
                workstream=lanes[index % 2],
                offset_days=-9 + index % 8,
                assignee=crew[index % people],
                effort_hours=index % 5 or None,
                status=TaskStatus.DONE if index % 4 == 3 else TaskStatus.TODO,
            )
            task.collaborators.add(crew[(index + 1) % people])
            if made:
                DependencyFactory(predecessor=made[-1], successor=task)
            made.append(task)
    return crew


def test_the_workload_list_runs_a_fixed_number_of_queries(world, client_for, django_assert_num_queries):
    office = client_for(world.office)

    def counted(expected_people: int) -> None:
        # session, user, the reader's roles, the department, launches, [plan tasks, dependencies,] open tasks,
        # their collaborators, people, their departments
        with django_assert_num_queries(11):
            body = _list(office, "?from=2027-03-01&weeks=4&department=marketing")
        assert len(body["people"]) == expected_people
        assert all(
            any(week["tasks"] for week in row["weeks"])
            for row in body["people"]
            if row["person"]["username"] != "marketing.lead"
        )
        # Warm: the plans' computed days come from the cache.
        with django_assert_num_queries(9):
            _list(office, "?from=2027-03-01&weeks=4&department=marketing")

    _grow(world, 2, 3, 2)
    counted(3)
    _grow(world, 6, 20, 8)
    counted(11)


def test_a_persons_view_runs_a_fixed_number_of_queries(world, client_for, django_assert_num_queries):
    office = client_for(world.office)

    def counted(person: User) -> None:
        # session, user, the person, the reader's roles, launches, plan tasks, dependencies, open tasks,
        # collaborators, departments
        with django_assert_num_queries(10):
            response = office.get(_person_url(person) + "?from=2027-03-01&to=2027-03-28")
        assert response.status_code == 200 and response.json()["tasks"]

    small = _grow(world, 2, 3, 2)
    counted(small[0])
    big = _grow(world, 6, 20, 8)
    counted(big[0])


def test_the_preview_runs_a_fixed_number_of_queries(world, client_for, django_assert_num_queries):
    office = client_for(world.office)

    def counted(person: User) -> None:
        # session, user, roles, the person, the task, launches, plan tasks, dependencies, open tasks, collaborators
        with django_assert_num_queries(10):
            response = office.get(f"{PREVIEW}?person={person.pk}&task={world.pr_task.pk}")
        assert response.status_code == 200 and response.json()["weeks"]

    counted(_grow(world, 2, 3, 2)[0])
    counted(_grow(world, 6, 20, 8)[0])
