"""Customer Care's knowledge base and HR's recruiting through the API, and their counts in readiness."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Department, MembershipRole
from audit.models import AuditEvent
from deliverables.models import KnowledgeBaseArticle, RecruitmentRole
from tests.deliverables.factories import KnowledgeBaseArticleFactory, RecruitmentRoleFactory
from tests.factories import LaunchFactory, MembershipFactory, TaskFactory, UserFactory, WorkstreamFactory

pytestmark = pytest.mark.django_db
KB, ROLES = "/api/v1/kb-articles/", "/api/v1/recruitment-roles/"


def _people(slug: str) -> dict:
    department = Department.objects.get(slug=slug)
    lead, member = UserFactory(username=f"{slug}.lead"), UserFactory(username=f"{slug}.member")
    MembershipFactory(department=department, user=lead, role=MembershipRole.LEAD)
    MembershipFactory(department=department, user=member)
    return {"lead": lead, "member": member}


@pytest.fixture
def care(world):
    return _people("customer-care")


@pytest.fixture
def hr(world):
    return _people("hr")


@pytest.mark.parametrize("who", ["lead", "member"])
def test_customer_care_plans_and_reviews_articles(world, care, client_for, who):
    client = client_for(care[who])
    response = client.post(
        KB,
        {"launch": world.launch.pk, "title": "Pairing", "reviewer": care["lead"].pk, "task": world.marketing_task.pk},
        format="json",
    )
    assert response.status_code == 201, response.content
    article = response.json()
    assert article["status"] == "to_write"
    response = client.patch(f"{KB}{article['id']}/", {"status": "in_review", "url": "https://kb.example.com/p"})
    assert response.status_code == 200 and response.json()["status"] == "in_review"
    assert client.delete(f"{KB}{article['id']}/").status_code == 204
    actions = AuditEvent.objects.filter(entity="knowledgebasearticle", entity_id=article["id"])
    assert sorted(actions.values_list("action", flat=True)) == ["create", "delete", "update"]


def test_hr_and_others_cannot_write_articles(world, hr, client_for):
    body = {"launch": world.launch.pk, "title": "Pairing"}
    for user in (hr["lead"], world.marketing_lead, world.pr_member):
        assert client_for(user).post(KB, body, format="json").status_code == 403
    assert not KnowledgeBaseArticle.objects.exists()


def test_an_article_task_belongs_to_the_launch(world, care, client_for):
    other_task = TaskFactory(workstream=WorkstreamFactory(launch=LaunchFactory(owner=world.office)))
    response = client_for(care["member"]).post(
        KB, {"launch": world.launch.pk, "title": "Pairing", "task": other_task.pk}, format="json"
    )
    assert response.status_code == 400
    assert "task" in response.json()["extra"]["fields"]


@pytest.mark.parametrize("who", ["lead", "member"])
def test_hr_plans_recruiting(world, hr, client_for, who):
    client = client_for(hr[who])
    response = client.post(ROLES, {"launch": world.launch.pk, "skill": "Support agent", "count": 3}, format="json")
    assert response.status_code == 201, response.content
    role = response.json()
    assert client.patch(f"{ROLES}{role['id']}/", {"status": "filled"}).json()["status"] == "filled"
    assert client.delete(f"{ROLES}{role['id']}/").status_code == 204
    actions = AuditEvent.objects.filter(entity="recruitmentrole", entity_id=role["id"])
    assert sorted(actions.values_list("action", flat=True)) == ["create", "delete", "update"]


def test_customer_care_cannot_write_recruiting(world, care, client_for):
    response = client_for(care["lead"]).post(ROLES, {"launch": world.launch.pk, "skill": "Trainer"}, format="json")
    assert response.status_code == 403
    assert not RecruitmentRole.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field"), [({"count": 0}, "count"), ({"skill": " "}, "skill"), ({"status": "x"}, "status")]
)
def test_bad_recruiting_input_is_a_400_naming_the_field(world, hr, client_for, fields, field):
    body = {"launch": world.launch.pk, "skill": "Trainer", **fields}
    response = client_for(hr["member"]).post(ROLES, body, format="json")
    assert response.status_code == 400
    assert field in response.json()["extra"]["fields"]


def test_lists_filter_by_launch_and_status(world, client_for):
    other = LaunchFactory(owner=world.office)
    KnowledgeBaseArticleFactory(launch=world.launch, status="published")
    KnowledgeBaseArticleFactory(launch=world.launch)
    KnowledgeBaseArticleFactory(launch=other)
    RecruitmentRoleFactory(launch=world.launch, status="filled")
    RecruitmentRoleFactory(launch=other)
    client = client_for(world.viewer)
    assert client.get(KB, {"launch": world.launch.pk}).json()["count"] == 2
    assert client.get(KB, {"launch": world.launch.pk, "status": "published"}).json()["count"] == 1
    assert client.get(ROLES, {"launch": world.launch.pk}).json()["count"] == 1
    assert client.get(ROLES, {"status": "open"}).json()["count"] == 1


def test_an_article_names_its_reviewer(world, care, client_for):
    reviewed = KnowledgeBaseArticleFactory(launch=world.launch, reviewer=care["lead"])
    KnowledgeBaseArticleFactory(launch=world.launch, title="Zz unreviewed")
    client = client_for(world.viewer)
    rows = client.get(KB, {"launch": world.launch.pk, "ordering": "title"}).json()["results"]
    by_id = {row["id"]: row for row in rows}
    assert by_id[reviewed.pk]["reviewer_detail"] == {
        "id": care["lead"].pk,
        "username": care["lead"].username,
        "full_name": care["lead"].full_name,
    }
    assert [row["reviewer_detail"] for row in rows if row["id"] != reviewed.pk] == [None]
    assert client.get(f"{KB}{reviewed.pk}/").json()["reviewer_detail"]["id"] == care["lead"].pk


@pytest.mark.parametrize(
    ("url", "people", "make", "first", "second"),
    [
        (KB, "care", KnowledgeBaseArticleFactory, {"status": "in_review"}, {"status": "published"}),
        (ROLES, "hr", RecruitmentRoleFactory, {"count": 3}, {"count": 4}),
    ],
)
def test_a_stale_if_match_is_refused_with_412(world, request, client_for, url, people, make, first, second):
    client = client_for(request.getfixturevalue(people)["member"])
    detail = f"{url}{make(launch=world.launch).pk}/"
    stale = client.get(detail)["ETag"]
    assert client.patch(detail, first, format="json", HTTP_IF_MATCH=stale).status_code == 200
    response = client.patch(detail, second, format="json", HTTP_IF_MATCH=stale)
    assert response.status_code == 412 and response.json()["code"] == "precondition_failed"
    assert client.delete(detail, HTTP_IF_MATCH=stale).status_code == 412
    assert client.patch(detail, second, format="json", HTTP_IF_MATCH=client.get(detail)["ETag"]).status_code == 200


def test_readiness_counts_the_knowledge_base_and_recruiting(world, client_for):
    for status in ("to_write", "to_write", "in_review", "published"):
        KnowledgeBaseArticleFactory(launch=world.launch, status=status)
    RecruitmentRoleFactory(launch=world.launch, count=3, status="filled")
    RecruitmentRoleFactory(launch=world.launch, count=2, status="interviewing")
    RecruitmentRoleFactory(launch=world.launch, count=5, status="cancelled")
    KnowledgeBaseArticleFactory(launch=LaunchFactory(owner=world.office))
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    assert body["knowledge_base"] == {"to_write": 2, "in_review": 1, "published": 1, "total": 4}
    assert body["recruiting"] == {"roles": 2, "positions": 5, "filled": 3}


def test_readiness_of_a_launch_without_deliverables_counts_zero(world, client_for):
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    assert body["knowledge_base"]["total"] == 0
    assert body["recruiting"] == {"roles": 0, "positions": 0, "filled": 0}


def _grow(world, size: int) -> None:
    for _ in range(size):
        launch = LaunchFactory(owner=world.office)
        task = TaskFactory(workstream=WorkstreamFactory(launch=launch, department=world.marketing))
        KnowledgeBaseArticleFactory(launch=launch, task=task, reviewer=world.marketing_member)
        RecruitmentRoleFactory(launch=launch)


@pytest.mark.parametrize("url", [KB, ROLES])
def test_lists_run_a_fixed_number_of_queries_whatever_the_size(world, client_for, url):
    client = client_for(world.viewer)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200 and response.json()["count"] > 0
        return len(ctx.captured_queries)

    _grow(world, 2)
    small = queries()
    _grow(world, 25)
    # session, user, count, rows
    assert queries() == small == 4


def test_an_article_names_the_task_it_is_scheduled_as(world, care, client_for):
    linked = KnowledgeBaseArticleFactory(launch=world.launch, task=world.marketing_task)
    KnowledgeBaseArticleFactory(launch=world.launch, title="Zz unscheduled")
    rows = client_for(world.viewer).get(KB, {"launch": world.launch.pk, "ordering": "title"}).json()["results"]
    assert {row["id"]: row["task_title"] for row in rows} == {
        linked.pk: "Campaign brief",
        rows[-1]["id"]: None,
    }
