"""Every write path keeps the rules (issue 14): the admin's forms for planned objects go through the same services
as the API (their checks, audit and events), or are read-only. A refused edit shows the form again and changes
nothing; an accepted one records what the API's edit records."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry

from accounts.models import DepartmentMembership, MembershipRole
from audit.models import AuditAction, AuditEvent
from communications.models import Communication, CommunicationStatus
from core.admin import ServiceAdmin, ViewOnlyAdminMixin
from deliverables.models import KnowledgeBaseArticle, RecruitmentRole
from feedback.models import FeedbackItem
from gates.models import Gate
from launches.models import Dependency, Launch, LaunchStatus, Task, TaskStatus, Workstream
from notifications.models import LaunchEvent
from tests.accounts.admin_forms import admin_client, change_form_data
from tests.communications.factories import CommunicationFactory
from tests.deliverables.factories import KnowledgeBaseArticleFactory, RecruitmentRoleFactory
from tests.factories import DependencyFactory, LaunchFactory, MilestoneFactory, TaskFactory, UserFactory
from tests.feedback.factories import FeedbackItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_staff(world):
    return UserFactory(username="office.staff", is_office=True, is_staff=True)


@pytest.fixture
def staff(office_staff):
    return admin_client(office_staff)


def _url(obj, view: str = "change") -> str:
    return f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/{view}/"


def _version(world) -> int:
    return Launch.objects.get(pk=world.launch.pk).plan_version


def _row(obj) -> dict:
    """Every stored column of obj, read fresh."""
    return type(obj).objects.filter(pk=obj.pk).values().first()


def _written() -> tuple[int, int, int]:
    """What any write leaves behind: audit events, launch events, admin log entries."""
    return AuditEvent.objects.count(), LaunchEvent.objects.count(), LogEntry.objects.count()


def _refused(staff, url: str, message: str, **changes):
    """Posts the change form with `changes` and expects it shown again (200) naming the rule."""
    response = staff.post(url, change_form_data(staff, url, **changes))
    assert response.status_code == 200, (response.status_code, response.content[:300])
    assert message in response.content.decode(), response.content.decode()[-3000:]
    assert response.context["errors"], "the form is shown again with the service's error"
    return response


def _saved(staff, url: str, **changes):
    response = staff.post(url, change_form_data(staff, url, **changes))
    assert response.status_code == 302, response.content.decode()[-3000:]
    return response


def _effects(world, since: tuple[int, int]) -> dict:
    """What one write recorded: the audit events (action, entity, changes), the launch events and the plan
    version's step, from the counters taken before it."""
    audit_before, events_before, version_before = since
    return {
        "audit": [
            (event.action, event.entity, event.changes) for event in AuditEvent.objects.order_by("id")[audit_before:]
        ],
        "events": [(event.kind, event.data) for event in LaunchEvent.objects.order_by("id")[events_before:]],
        "plan_version_step": _version(world) - version_before,
    }


def _mark(world) -> tuple[int, int]:
    return AuditEvent.objects.count(), LaunchEvent.objects.count(), _version(world)


# Tasks


def test_a_task_started_after_an_unapproved_gate_is_refused_in_the_admin_and_nothing_changes(world, staff):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    task = world.pr_task
    Dependency.objects.create(launch=world.launch, predecessor_gate=gate, successor=task)
    before, written, version = _row(task), _written(), _version(world)

    _refused(staff, _url(task), "which is not approved yet", status=TaskStatus.IN_PROGRESS, title="Started")

    assert _row(task) == before
    assert _written() == written and _version(world) == version


def test_a_fixed_task_starting_outside_the_plans_calendar_is_refused_in_the_admin(world, staff):
    task = world.pr_task
    before, written = _row(task), _written()
    _refused(staff, _url(task), "must fall between", schedule_mode="fixed", start_date="1800-01-06")
    assert _row(task) == before and _written() == written


def test_a_task_lasting_beyond_the_plan_is_refused_in_the_admin(world, staff):
    task = world.pr_task
    before = _row(task)
    _refused(staff, _url(task), "A task lasts from 1 to", duration_days="5000")
    assert _row(task) == before


def test_a_task_edit_in_the_admin_records_what_the_same_edit_through_the_api_records(world, staff, client_for):
    twin = TaskFactory(workstream=world.pr_ws, title=world.pr_task.title, assignee=world.pr_member)
    since = _mark(world)
    _saved(staff, _url(world.pr_task), title="Press release, final", duration_days="4", status="blocked")
    by_admin = _effects(world, since)

    since = _mark(world)
    response = client_for(world.office).patch(
        f"/api/v1/tasks/{twin.pk}/", {"title": "Press release, final", "duration_days": 4, "status": "blocked"}
    )
    assert response.status_code == 200, response.content
    by_api = _effects(world, since)

    assert by_admin == by_api
    assert by_admin["plan_version_step"] == 1
    assert [action for action, _entity, _changes in by_admin["audit"]] == [AuditAction.UPDATE]
    assert by_admin["audit"][0][2]["title"] == {"from": "Press release", "to": "Press release, final"}
    task = Task.objects.get(pk=world.pr_task.pk)
    assert (task.title, task.duration_days, task.status) == ("Press release, final", 4, "blocked")
    event = AuditEvent.objects.filter(entity="task", entity_id=task.pk).latest("id")
    assert event.actor.username == "office.staff"


def test_collaborators_set_in_the_admin_go_through_the_service_and_the_assignee_is_refused(world, staff):
    since = _mark(world)
    _saved(staff, _url(world.pr_task), collaborators=[str(world.marketing_member.pk)])
    effects = _effects(world, since)
    assert effects["audit"][0][2]["collaborators"] == {"from": [], "to": [world.marketing_member.pk]}
    assert list(world.pr_task.collaborators.all()) == [world.marketing_member]
    # The assignee is the owner, not a collaborator: refused, nothing written.
    written = _written()
    _refused(staff, _url(world.pr_task), "assignee", collaborators=[str(world.pr_member.pk)])
    assert _written() == written
    assert list(world.pr_task.collaborators.all()) == [world.marketing_member]


def test_a_task_deleted_in_the_admin_goes_through_the_service(world, staff):
    task = world.pr_task
    dependency = DependencyFactory(predecessor=world.marketing_task, successor=task)
    version = _version(world)
    response = staff.post(_url(task, "delete"), {"post": "yes"})
    assert response.status_code == 302
    assert not Task.objects.filter(pk=task.pk).exists()
    deleted = set(AuditEvent.objects.filter(action=AuditAction.DELETE).values_list("entity", "entity_id"))
    assert deleted == {("task", task.pk), ("dependency", dependency.pk)}
    assert _version(world) == version + 1


def test_tasks_deleted_in_bulk_in_the_admin_go_through_the_service(world, staff):
    tasks = [world.pr_task, world.marketing_task]
    response = staff.post(
        "/admin/launches/task/",
        {"action": "delete_selected", "_selected_action": [task.pk for task in tasks], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Task.objects.filter(pk__in=[task.pk for task in tasks]).exists()
    deleted = set(AuditEvent.objects.filter(action=AuditAction.DELETE).values_list("entity", "entity_id"))
    assert deleted == {("task", task.pk) for task in tasks}


def test_a_task_added_in_the_admin_goes_through_the_service(world, staff):
    response = staff.post(
        "/admin/launches/task/add/",
        {
            "workstream": world.pr_ws.pk,
            "title": "Media list",
            "description": "",
            "schedule_mode": "anchored",
            "offset_days": "-5",
            "duration_days": "2",
            "duration_count": "working",
            "status": "todo",
            "predecessor_links-TOTAL_FORMS": "0",
            "predecessor_links-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    task = Task.objects.get(title="Media list")
    assert AuditEvent.objects.filter(action=AuditAction.CREATE, entity="task", entity_id=task.pk).exists()
    assert LaunchEvent.objects.filter(kind="task.created", task=task).exists()


def test_a_dependency_deleted_in_the_admin_is_audited(world, staff):
    dependency = DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    response = staff.post(_url(dependency, "delete"), {"post": "yes"})
    assert response.status_code == 302
    assert not Dependency.objects.filter(pk=dependency.pk).exists()
    assert AuditEvent.objects.filter(action=AuditAction.DELETE, entity="dependency", entity_id=dependency.pk).exists()


def test_a_dependency_removed_from_a_tasks_page_is_audited_or_not_removed(world, staff):
    dependency = DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    url = _url(world.pr_task)
    data = change_form_data(staff, url)
    prefix = next(name for name in data if name.endswith("-TOTAL_FORMS")).removesuffix("-TOTAL_FORMS")
    data[f"{prefix}-0-DELETE"] = "on"
    staff.post(url, data)
    audited = AuditEvent.objects.filter(action=AuditAction.DELETE, entity="dependency").exists()
    assert audited == (not Dependency.objects.filter(pk=dependency.pk).exists())


# Launches


def test_a_launch_status_the_lifecycle_forbids_is_refused_in_the_admin(world, staff):
    launch = world.launch
    before, written = _row(launch), _written()
    _refused(staff, _url(launch), "cannot become launched", status=LaunchStatus.LAUNCHED, name="Renamed")
    assert _row(launch) == before and _written() == written


def test_a_launch_status_and_launch_day_changed_in_the_admin_go_through_their_services(world, staff):
    launch = world.launch
    url = _url(launch)
    data = change_form_data(staff, url, status=LaunchStatus.PLANNING)
    data["t_zero_0"] = "2027-03-30"
    response = staff.post(url, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    launch.refresh_from_db()
    assert launch.status == LaunchStatus.PLANNING and launch.t_zero.date().isoformat() == "2027-03-30"
    actions = set(AuditEvent.objects.filter(entity="launch").values_list("action", flat=True))
    assert actions == {AuditAction.TRANSITION, AuditAction.MOVE_T_ZERO}
    assert LaunchEvent.objects.filter(kind="launch.t_zero_moved", launch=launch).exists()


def test_a_launch_deleted_in_the_admin_is_audited(world, staff):
    launch = LaunchFactory(owner=world.office)
    response = staff.post(_url(launch, "delete"), {"post": "yes"})
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action=AuditAction.DELETE, entity="launch", entity_id=launch.pk).exists()


def test_a_launchs_workstreams_and_milestones_are_not_edited_inline_around_their_services(world, staff):
    MilestoneFactory(launch=world.launch, name="Embargo")
    page = staff.get(_url(world.launch))
    assert page.status_code == 200
    assert b'name="workstreams-0-notes"' not in page.content
    assert b'name="milestones-0-name"' not in page.content


# Workstreams, milestones, gates


def test_a_workstream_lead_changed_in_the_admin_is_audited(world, staff):
    ws = world.pr_ws
    since = _mark(world)
    _saved(staff, _url(ws), lead=world.pr_member.pk)
    assert Workstream.objects.get(pk=ws.pk).lead_id == world.pr_member.pk
    effects = _effects(world, since)
    assert effects["audit"] == [
        (AuditAction.UPDATE, "workstream", {"lead": {"from": world.pr_lead.pk, "to": world.pr_member.pk}})
    ]
    assert effects["plan_version_step"] == 1


def test_a_milestone_moved_in_the_admin_is_audited(world, staff):
    milestone = MilestoneFactory(launch=world.launch, name="Embargo", offset_days=0)
    since = _mark(world)
    _saved(staff, _url(milestone), offset_days="-2")
    effects = _effects(world, since)
    assert effects["audit"] == [(AuditAction.UPDATE, "milestone", {"offset_days": {"from": 0, "to": -2}})]
    assert effects["plan_version_step"] == 1


def test_a_gate_criterion_from_another_launch_is_refused_in_the_admin(world, staff):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(world.pr_task)
    foreign = TaskFactory(title="Elsewhere")
    written = _written()
    _refused(staff, _url(gate), "Criteria must be tasks of this launch", criteria=[world.pr_task.pk, foreign.pk])
    assert list(Gate.objects.get(pk=gate.pk).criteria.values_list("pk", flat=True)) == [world.pr_task.pk]
    assert _written() == written


def test_a_gate_edit_in_the_admin_is_audited_and_moves_the_plan_version_once(world, staff):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    since = _mark(world)
    _saved(staff, _url(gate), name="Go / No-Go", criteria=[world.pr_task.pk])
    effects = _effects(world, since)
    assert [(action, entity) for action, entity, _changes in effects["audit"]] == [(AuditAction.UPDATE, "gate")]
    assert effects["audit"][0][2]["criteria"] == {"from": [], "to": [world.pr_task.pk]}
    assert effects["plan_version_step"] == 1


# Communications, deliverables, feedback


def test_a_submitted_communication_is_not_edited_in_the_admin(world, staff):
    item = CommunicationFactory(
        launch=world.launch, author=world.marketing_member, department=world.marketing, title="Teaser"
    )
    Communication.objects.filter(pk=item.pk).update(status=CommunicationStatus.SUBMITTED)
    before, written = _row(item), _written()
    _refused(staff, _url(item), "cannot be edited", title="Rewritten after submission")
    assert _row(item) == before and _written() == written


def test_a_submitted_communication_is_not_deleted_in_the_admin(world, staff):
    item = CommunicationFactory(
        launch=world.launch, author=world.marketing_member, department=world.marketing, title="Teaser"
    )
    Communication.objects.filter(pk=item.pk).update(status=CommunicationStatus.SUBMITTED)
    response = staff.post(_url(item, "delete"), {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert "withdraw it instead" in response.content.decode()
    assert Communication.objects.filter(pk=item.pk).exists()


def test_a_draft_communication_edited_in_the_admin_is_audited(world, staff):
    item = CommunicationFactory(
        launch=world.launch, author=world.marketing_member, department=world.marketing, title="Teaser"
    )
    _saved(staff, _url(item), title="Teaser, final")
    assert Communication.objects.get(pk=item.pk).title == "Teaser, final"
    event = AuditEvent.objects.get(entity="communication", entity_id=item.pk)
    assert event.action == AuditAction.UPDATE and event.changes["title"]["to"] == "Teaser, final"


def test_a_kb_article_linked_to_another_launchs_task_is_refused_in_the_admin(world, staff):
    article = KnowledgeBaseArticleFactory(launch=world.launch, title="Setting up")
    foreign = TaskFactory(title="Elsewhere")
    before = _row(article)
    _refused(staff, _url(article), "belongs to another launch", task=foreign.pk)
    assert _row(article) == before


def test_a_kb_article_and_a_recruitment_role_edited_in_the_admin_are_audited(world, staff):
    article = KnowledgeBaseArticleFactory(launch=world.launch, title="Setting up")
    role = RecruitmentRoleFactory(launch=world.launch, skill="Support agent")
    _saved(staff, _url(article), status="in_review")
    _saved(staff, _url(role), count="3")
    assert KnowledgeBaseArticle.objects.get(pk=article.pk).status == "in_review"
    assert RecruitmentRole.objects.get(pk=role.pk).count == 3
    assert set(AuditEvent.objects.values_list("entity", "entity_id", "action")) == {
        ("knowledgebasearticle", article.pk, AuditAction.UPDATE),
        ("recruitmentrole", role.pk, AuditAction.UPDATE),
    }


def test_a_feedback_item_duplicating_another_launchs_item_is_refused_in_the_admin(world, staff):
    item = FeedbackItemFactory(launch=world.launch)
    elsewhere = FeedbackItemFactory()
    before = _row(item)
    _refused(staff, _url(item), "belongs to another launch", state="duplicate", duplicate_of=elsewhere.pk)
    assert _row(item) == before


def test_a_feedback_item_deleted_in_the_admin_is_audited(world, staff):
    item = FeedbackItemFactory(launch=world.launch)
    assert staff.post(_url(item, "delete"), {"post": "yes"}).status_code == 302
    assert not FeedbackItem.objects.filter(pk=item.pk).exists()
    assert AuditEvent.objects.filter(action=AuditAction.DELETE, entity_id=item.pk).exists()


# The org chart


def test_a_second_lead_is_refused_in_the_membership_admin(world, staff):
    membership = DepartmentMembership.objects.get(department=world.pr, user=world.pr_member)
    _refused(staff, _url(membership), "already has a lead", role=MembershipRole.LEAD)
    assert DepartmentMembership.objects.get(pk=membership.pk).role == MembershipRole.MEMBER


def test_a_second_lead_is_refused_in_a_departments_page(world, staff):
    url = _url(world.pr)
    data = change_form_data(staff, url)
    index = next(
        name.split("-")[1]
        for name, value in data.items()
        if name.endswith("-user") and str(value) == str(world.pr_member.pk)
    )
    data[f"memberships-{index}-role"] = MembershipRole.LEAD
    response = staff.post(url, data)
    assert response.status_code == 200
    assert "already has a lead" in response.content.decode()
    assert DepartmentMembership.objects.get(department=world.pr, user=world.pr_member).role == MembershipRole.MEMBER


# Read-only where no form can keep the rules


def test_every_admin_of_a_tminus_model_writes_through_services_or_is_view_only():
    """Apart from people (accounts.User, whose privileges the user admin guards) and the playbook templates
    (not part of any launch's plan until instantiated, which runs the playbook service)."""
    exempt = {"user", "playbook", "playbooktask", "playbookgate", "playbookdependency", "playbookmilestone"}
    loose = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label
        in {"launches", "gates", "communications", "deliverables", "feedback", "calendars", "notifications"}
        | {"webhooks", "accounts", "audit"}
        and model._meta.model_name not in exempt
        and not isinstance(model_admin, ServiceAdmin | ViewOnlyAdminMixin)
    ]
    assert loose == []


@pytest.mark.parametrize(
    "model_path",
    [
        "notifications/notification",
        "notifications/emaildelivery",
        "notifications/launchevent",
        "notifications/conflictsnapshot",
        "notifications/notificationpreference",
        "webhooks/webhookdelivery",
        "calendars/calendarentry",
        "launches/taskcomment",
    ],
)
def test_records_the_services_write_cannot_be_added_in_the_admin(world, staff, model_path):
    assert staff.get(f"/admin/{model_path}/").status_code == 200
    assert staff.get(f"/admin/{model_path}/add/").status_code == 403
    assert staff.post(f"/admin/{model_path}/add/", {}).status_code == 403


def test_the_admin_lists_links_to_and_from_moments_by_kind_and_name(world, staff):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    milestone = MilestoneFactory(launch=world.launch, name="Assets final")
    Dependency.objects.create(launch=world.launch, predecessor_gate=gate, successor=world.pr_task)
    Dependency.objects.create(launch=world.launch, predecessor=world.marketing_task, successor_milestone=milestone)
    response = staff.get("/admin/launches/dependency/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Gate Go/No-Go" in page and "Milestone Assets final" in page
    assert world.pr_task.title in page and world.marketing_task.title in page
