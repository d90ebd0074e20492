"""Issue 21: a personal feed holds the tasks its owner collaborates on, as it holds those assigned to them; one they
are taken off leaves it as CANCELLED (like a reassignment); each task's event names its collaborators beside its
assignee."""

import pytest

from calendars.models import CalendarEntry
from calendars.services import calendar_entries_sync
from tests.factories import MembershipFactory, TaskFactory, UserFactory

pytestmark = pytest.mark.django_db


def _get(client_for, path: str):
    response = client_for(None).get(path)
    assert response.status_code == 200, response.content[:300]
    return response


def _share(client_for, world, *people) -> None:
    response = client_for(world.marketing_lead).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"collaborators": [p.pk for p in people]}, format="json"
    )
    assert response.status_code == 200, response.content


@pytest.fixture
def collaborator(world):
    """Someone of another department, with no task of their own in the launch."""
    person = UserFactory(username="pr.writer", first_name="Dana", last_name="Scully")
    MembershipFactory(department=world.pr, user=person)
    return person


def test_a_personal_feed_holds_the_tasks_its_owner_collaborates_on_and_their_launch_day(
    world, client_for, make_feed, parse_feed, collaborator
):
    _item, path = make_feed(collaborator)
    before = [str(event["SUMMARY"]) for event in parse_feed(_get(client_for, path).content).events]
    assert not any(world.marketing_task.title in summary for summary in before)
    _share(client_for, world, collaborator)
    parsed = parse_feed(_get(client_for, path).content)
    event = parsed.event(world.marketing_task.title)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert any(str(e["SUMMARY"]).startswith("T-0: ") for e in parsed.events)
    # Only what they share: the PR task (someone else's) stays out.
    assert not any(world.pr_task.title in str(e["SUMMARY"]) for e in parsed.events)


def test_a_task_someone_is_taken_off_is_cancelled_in_their_feed_with_a_higher_sequence(
    world, client_for, make_feed, parse_feed, collaborator
):
    _share(client_for, world, collaborator)
    _item, path = make_feed(collaborator)
    shown = parse_feed(_get(client_for, path).content).event(world.marketing_task.title)
    _share(client_for, world)
    after = parse_feed(_get(client_for, path).content).by_uid()
    gone = after[str(shown["UID"])]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) > int(shown["SEQUENCE"])
    # Sharing no task of the launch any more, its launch day leaves the feed too.
    t_zero = next(e for e in after.values() if str(e["SUMMARY"]).startswith("T-0: "))
    assert str(t_zero["STATUS"]) == "CANCELLED"
    # The assignee's own feed still holds it, confirmed.
    _item, own = make_feed(world.marketing_member)
    assert str(parse_feed(_get(client_for, own).content).event(world.marketing_task.title)["STATUS"]) == "CONFIRMED"


def test_a_task_shared_again_comes_back_confirmed(world, client_for, make_feed, parse_feed, collaborator):
    _share(client_for, world, collaborator)
    _item, path = make_feed(collaborator)
    uid = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["UID"])
    _share(client_for, world)
    cancelled = parse_feed(_get(client_for, path).content).by_uid()[uid]
    _share(client_for, world, collaborator)
    back = parse_feed(_get(client_for, path).content).by_uid()[uid]
    assert str(back["STATUS"]) == "CONFIRMED"
    assert int(back["SEQUENCE"]) > int(cancelled["SEQUENCE"])


def test_the_event_names_the_collaborators_beside_the_assignee(world, client_for, make_feed, parse_feed, collaborator):
    outsider = UserFactory(username="agency", first_name="", last_name="")
    MembershipFactory(department=world.pr, user=outsider)
    _share(client_for, world, collaborator, outsider)
    _item, path = make_feed(world.marketing_member)
    description = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["DESCRIPTION"])
    lines = description.splitlines()
    assignee = next(i for i, line in enumerate(lines) if line.startswith("Assignee: "))
    assert lines[assignee + 1] == "Collaborators: Dana Scully, agency"


def test_many_collaborators_are_named_up_to_five(world, client_for, make_feed, parse_feed):
    people = [UserFactory(first_name=f"Person{i}", last_name="X") for i in range(7)]
    for person in people:
        MembershipFactory(department=world.pr, user=person)
    _share(client_for, world, *people)
    _item, path = make_feed(world.marketing_member)
    description = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["DESCRIPTION"])
    assert "Collaborators: Person0 X, Person1 X, Person2 X, Person3 X, Person4 X (+2 more)" in description


def test_sharing_one_task_rewrites_only_its_entry(world, collaborator):
    TaskFactory(workstream=world.pr_ws, title="Unshared")
    calendar_entries_sync(launch_ids=[world.launch.pk])
    world.marketing_task.collaborators.add(collaborator)
    assert calendar_entries_sync(launch_ids=[world.launch.pk]) == 1
    entry = CalendarEntry.objects.get(kind="task", object_id=world.marketing_task.pk)
    assert entry.collaborator_ids == f"|{collaborator.pk}|"
    assert CalendarEntry.objects.get(kind="task", object_id=world.pr_task.pk).collaborator_ids == ""
