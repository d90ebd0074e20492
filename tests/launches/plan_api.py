"""Reading a launch's plan through the API, for the schedule's tests: the timeline and readiness as a client
sees them, and the tasks of a timeline by id."""


def timeline_response(client, launch, **headers):
    response = client.get(f"/api/v1/launches/{launch.pk}/timeline/", **headers)
    assert response.status_code in (200, 304), response.content[:300]
    return response


def timeline(client, launch) -> dict:
    return timeline_response(client, launch).json()


def readiness(client, launch) -> dict:
    response = client.get(f"/api/v1/launches/{launch.pk}/readiness/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def tasks_by_id(body: dict) -> dict:
    return {row["id"]: row for row in body["tasks"]}


def days(row: dict) -> tuple[str, str]:
    """A timeline task's computed (start, due)."""
    return row["start"], row["due"]
