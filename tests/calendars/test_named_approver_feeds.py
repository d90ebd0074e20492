"""Issue 21: a gate that names someone as its approver (an executive with no department or task) is in their
personal feed, with their launch's T-0, and its description names them; taken off, it leaves as CANCELLED."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _get(client_for, path: str):
    response = client_for(None).get(path)
    assert response.status_code == 200, response.content[:300]
    return response


def _name(client_for, world, gate_id: int, *people) -> None:
    response = client_for(world.office).patch(
        f"/api/v1/gates/{gate_id}/", {"approver_users": [p.pk for p in people]}, format="json"
    )
    assert response.status_code == 200, response.content


@pytest.fixture
def executive():
    return UserFactory(username="ceo", first_name="Nadia", last_name="Okoro")


@pytest.fixture
def gate_id(world, client_for):
    body = {"launch": world.launch.pk, "name": "Executive sign-off", "offset_days": -3}
    response = client_for(world.office).post("/api/v1/gates/", body, format="json")
    assert response.status_code == 201, response.content
    return response.json()["id"]


def test_a_gate_that_names_someone_is_in_their_feed_with_their_launch_day(
    world, client_for, make_feed, parse_feed, executive, gate_id
):
    _item, path = make_feed(executive)
    assert not any("Executive sign-off" in str(e["SUMMARY"]) for e in parse_feed(_get(client_for, path).content).events)
    _name(client_for, world, gate_id, executive)
    parsed = parse_feed(_get(client_for, path).content)
    event = parsed.event("Executive sign-off")
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "Approvers: the office, Nadia Okoro" in str(event["DESCRIPTION"])
    assert any(str(e["SUMMARY"]).startswith("T-0: ") for e in parsed.events)
    # Only that gate: the launch's tasks are other people's.
    assert not any(world.marketing_task.title in str(e["SUMMARY"]) for e in parsed.events)


def test_taken_off_the_gate_it_leaves_their_feed_as_cancelled(
    world, client_for, make_feed, parse_feed, executive, gate_id
):
    _name(client_for, world, gate_id, executive)
    _item, path = make_feed(executive)
    shown = parse_feed(_get(client_for, path).content).event("Executive sign-off")
    _name(client_for, world, gate_id)
    gone = parse_feed(_get(client_for, path).content).by_uid()[str(shown["UID"])]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) > int(shown["SEQUENCE"])
