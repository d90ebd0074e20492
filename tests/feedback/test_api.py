"""Developer feedback through the API: recording, triage by Engineering, the summary, the CSV import."""

import io
import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Department, MembershipRole
from feedback.models import FeedbackItem
from tests.factories import LaunchFactory, MembershipFactory, TaskFactory, UserFactory, WorkstreamFactory
from tests.feedback.factories import FeedbackItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def engineering(world):
    department = Department.objects.get(slug="engineering")
    lead, member = UserFactory(username="eng.lead"), UserFactory(username="eng.member")
    MembershipFactory(department=department, user=lead, role=MembershipRole.LEAD)
    MembershipFactory(department=department, user=member)
    return {"lead": lead, "member": member}


def test_engineering_member_records_and_triages_feedback(world, engineering, client_for):
    client = client_for(engineering["member"])
    response = client.post(
        "/api/v1/feedback-items/",
        {
            "launch": world.launch.pk,
            "task": world.marketing_task.pk,
            "source": "beta_forum",
            "text": "Pairing fails on Android 12",
            "reported_by": "ann@example.com",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["state"], body["created_by"], body["task_title"]) == (
        "new",
        engineering["member"].pk,
        "Campaign brief",
    )
    response = client.patch(f"/api/v1/feedback-items/{body['id']}/", {"state": "accepted"}, format="json")
    assert response.status_code == 200, response.content
    assert FeedbackItem.objects.get(pk=body["id"]).state == "accepted"


@pytest.mark.parametrize("role", ["marketing_lead", "marketing_member", "pr_lead", "viewer"])
def test_only_the_office_and_engineering_record_and_triage(world, client_for, role):
    item = FeedbackItemFactory(launch=world.launch)
    client = client_for(getattr(world, role))
    assert client.get(f"/api/v1/feedback-items/{item.pk}/").status_code == 200
    data = {"launch": world.launch.pk, "source": "survey", "text": "Too loud"}
    assert client.post("/api/v1/feedback-items/", data, format="json").status_code == 403
    assert client.patch(f"/api/v1/feedback-items/{item.pk}/", {"state": "done"}, format="json").status_code == 403
    item.refresh_from_db()
    assert item.state == "new"


def test_only_the_office_and_engineering_lead_delete(world, engineering, client_for):
    item, other = FeedbackItemFactory.create_batch(2, launch=world.launch)
    assert client_for(engineering["member"]).delete(f"/api/v1/feedback-items/{item.pk}/").status_code == 403
    assert client_for(engineering["lead"]).delete(f"/api/v1/feedback-items/{item.pk}/").status_code == 204
    assert client_for(world.office).delete(f"/api/v1/feedback-items/{other.pk}/").status_code == 204
    assert not FeedbackItem.objects.exists()


def test_a_duplicate_names_an_original_of_the_same_launch(world, client_for):
    client = client_for(world.office)
    original = FeedbackItemFactory(launch=world.launch)
    item = FeedbackItemFactory(launch=world.launch)
    elsewhere = FeedbackItemFactory()
    url = f"/api/v1/feedback-items/{item.pk}/"
    response = client.patch(url, {"state": "duplicate"}, format="json")
    assert response.status_code == 400 and "duplicate_of" in response.json()["extra"]["fields"]
    response = client.patch(url, {"state": "duplicate", "duplicate_of": elsewhere.pk}, format="json")
    assert response.status_code == 400 and "duplicate_of" in response.json()["extra"]["fields"]
    response = client.patch(url, {"state": "duplicate", "duplicate_of": original.pk}, format="json")
    assert response.status_code == 200 and response.json()["duplicate_of"] == original.pk
    # The original stays while a duplicate names it; reopening the duplicate forgets it.
    assert client.delete(f"/api/v1/feedback-items/{original.pk}/").status_code == 409
    response = client.patch(url, {"state": "accepted"}, format="json")
    assert response.json()["duplicate_of"] is None


def test_feedback_task_must_belong_to_the_launch(world, client_for):
    other_task = TaskFactory()
    response = client_for(world.office).post(
        "/api/v1/feedback-items/",
        {"launch": world.launch.pk, "task": other_task.pk, "source": "survey", "text": "Hm"},
        format="json",
    )
    assert response.status_code == 400
    assert "task" in response.json()["extra"]["fields"]


def test_list_filters_by_launch_state_source_and_task(world, client_for):
    FeedbackItemFactory(launch=world.launch, source="survey", task=world.pr_task)
    FeedbackItemFactory(launch=world.launch, source="app_review", state="accepted")
    FeedbackItemFactory(source="survey")
    client = client_for(world.viewer)
    assert client.get(f"/api/v1/feedback-items/?launch={world.launch.pk}").json()["count"] == 2
    assert client.get(f"/api/v1/feedback-items/?launch={world.launch.pk}&source=survey").json()["count"] == 1
    assert client.get("/api/v1/feedback-items/?state=accepted").json()["count"] == 1
    assert client.get(f"/api/v1/feedback-items/?task={world.pr_task.pk}").json()["count"] == 1
    assert client.get("/api/v1/feedback-items/?state=bogus").status_code == 400


def test_summary_counts_every_state_of_one_launch(world, client_for):
    FeedbackItemFactory.create_batch(3, launch=world.launch)
    FeedbackItemFactory(launch=world.launch, state="done")
    FeedbackItemFactory(state="rejected")
    client = client_for(world.viewer)
    response = client.get(f"/api/v1/feedback-items/summary/?launch={world.launch.pk}")
    assert response.status_code == 200
    assert response.json() == {
        "launch": world.launch.pk,
        "counts": {"new": 3, "accepted": 0, "rejected": 0, "duplicate": 0, "done": 1},
        "total": 4,
    }
    for query in ("", "?launch=999999", "?launch=abc"):
        response = client.get(f"/api/v1/feedback-items/summary/{query}")
        assert response.status_code == 400
        assert "launch" in response.json()["extra"]["fields"]


# CSV import


def _upload(client, launch, content: bytes):
    file = io.BytesIO(content)
    file.name = "feedback.csv"
    return client.post("/api/v1/feedback-items/import/", {"launch": launch.pk, "file": file}, format="multipart")


def test_import_creates_every_row(world, engineering, client_for):
    csv = (
        "source,text,reported_by,task,state\n"
        "beta_forum,Pairing fails,ann@example.com,,\n"
        f'Support ticket,"Volume, too low",bob,{world.pr_task.pk},accepted\n'
        "survey,Love it,,Campaign brief,done\n"
    ).encode()
    response = _upload(client_for(engineering["member"]), world.launch, csv)
    assert response.status_code == 201, response.content
    assert response.json() == {"imported": 3}
    rows = {item.text: item for item in FeedbackItem.objects.all()}
    assert rows["Volume, too low"].source == "support_ticket" and rows["Volume, too low"].task == world.pr_task
    assert rows["Love it"].task == world.marketing_task and rows["Love it"].state == "done"
    assert rows["Pairing fails"].created_by == engineering["member"]


def test_import_is_all_or_nothing_and_names_each_bad_row(world, client_for):
    other_task = TaskFactory()
    csv = (
        "source,text,task,state\n"
        "survey,fine,,\n"
        "carrier pigeon,unknown source,,\n"
        f"survey,other launch's task,{other_task.pk},\n"
        "survey,bad state,,maybe\n"
        f"survey,{'x' * 5001},,\n"
        "survey,no such title,Nope,\n"
    ).encode()
    response = _upload(client_for(world.office), world.launch, csv)
    assert response.status_code == 400
    body = response.json()
    assert [(row["row"], row["field"]) for row in body["extra"]["rows"]] == [
        (3, "source"),
        (4, "task"),
        (5, "state"),
        (6, "text"),
        (7, "task"),
    ]
    assert "another launch" in body["extra"]["rows"][1]["message"]
    assert "file" in body["extra"]["fields"]
    assert not FeedbackItem.objects.exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"text,reported_by\nhello,ann\n", "source"),
        (b"source,text\n", "no rows"),
        ("source,text\nsurvey,caf\u00e9\n".encode("latin-1"), "UTF-8"),
        (b"source,text,colour\nsurvey,hi,red\n", "colour"),
    ],
)
def test_import_refuses_a_file_it_cannot_read_naming_the_file(world, client_for, content, words):
    response = _upload(client_for(world.office), world.launch, content)
    assert response.status_code == 400
    body = response.json()
    assert words in body["message"]
    assert "file" in body["extra"]["fields"]


def test_import_refuses_other_roles_and_unknown_launches(world, client_for):
    csv = b"source,text\nsurvey,hi\n"
    assert _upload(client_for(world.marketing_lead), world.launch, csv).status_code == 403
    assert _upload(client_for(world.viewer), world.launch, csv).status_code == 403
    response = _upload(client_for(world.office), LaunchFactory.build(pk=999999), csv)
    assert response.status_code == 400 and "launch" in response.json()["extra"]["fields"]
    assert not FeedbackItem.objects.exists()


def test_import_of_ten_thousand_rows_takes_a_few_seconds(world, client_for):
    lines = ["source,text,reported_by,task"]
    lines += [f"survey,Feedback number {n},user{n}@example.com,Campaign brief" for n in range(10_000)]
    started = time.monotonic()
    response = _upload(client_for(world.office), world.launch, "\n".join(lines).encode())
    elapsed = time.monotonic() - started
    assert response.status_code == 201, response.content[:300]
    assert FeedbackItem.objects.filter(launch=world.launch, task=world.marketing_task).count() == 10_000
    assert elapsed < 10


def test_import_command_imports_a_file(world, tmp_path):
    path = tmp_path / "feedback.csv"
    path.write_text("source,text\nsurvey,hi\napp_review,crashes\n", encoding="utf-8")
    out = io.StringIO()
    call_command("import_feedback", "--launch", str(world.launch.pk), str(path), stdout=out)
    assert "Imported 2" in out.getvalue()
    assert FeedbackItem.objects.filter(launch=world.launch).count() == 2


def test_import_command_reports_bad_rows_and_imports_nothing(world, tmp_path):
    path = tmp_path / "feedback.csv"
    path.write_text("source,text\nsurvey,hi\nfax,old\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_feedback", "--launch", str(world.launch.pk), str(path), stderr=err)
    assert "row 3, source" in err.getvalue()
    assert not FeedbackItem.objects.exists()


def _grow(world, size: int) -> None:
    for _ in range(size):
        launch = LaunchFactory(owner=world.office)
        task = TaskFactory(workstream=WorkstreamFactory(launch=launch, department=world.marketing))
        original = FeedbackItemFactory(launch=launch, task=task, created_by=world.office)
        FeedbackItemFactory(launch=launch, task=task, created_by=world.office, state="duplicate", duplicate_of=original)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries)


@pytest.mark.parametrize(("url", "expected"), [("/api/v1/feedback-items/", 4), ("summary", 4)])
def test_feedback_reads_run_a_fixed_number_of_queries(world, client_for, url, expected):
    client = client_for(world.viewer)
    if url == "summary":
        url = f"/api/v1/feedback-items/summary/?launch={world.launch.pk}"
    _grow(world, 2)
    FeedbackItemFactory.create_batch(2, launch=world.launch)
    small = _queries(client, url)
    _grow(world, 25)
    FeedbackItemFactory.create_batch(25, launch=world.launch)
    assert _queries(client, url) == small == expected
