"""The Django admin is usable by office staff (not only superusers) and by nobody else."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.test import Client

from accounts.backends import OFFICE_APP_LABELS
from launches.models import Dependency, Launch, Task
from tests.accounts.admin_forms import change_form_data
from tests.factories import DependencyFactory, TaskFactory, UserFactory

pytestmark = pytest.mark.django_db


# Every app of T-Minus's own (the ones under backend/), which the office runs in the admin.
OWN_APPS = tuple(
    sorted(config.label for config in apps.get_app_configs() if config.path.startswith(str(settings.BASE_DIR)))
)


def _admin_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def office_staff(world):
    """An office user with staff status, in no group and not a superuser."""
    user = UserFactory(username="office.staff", is_office=True, is_staff=True)
    assert not user.groups.exists() and not user.is_superuser
    return user


def _registered(app_label: str) -> list:
    return [model for model in admin.site._registry if model._meta.app_label == app_label]


def test_office_staff_sees_every_changelist_of_the_tminus_models(world, office_staff):
    client = _admin_client(office_staff)
    models = [model for label in OWN_APPS for model in _registered(label)]
    assert len(models) >= 8
    for model in models:
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        assert client.get(url).status_code == 200, url


def test_office_staff_edits_a_task_in_the_admin_and_the_plan_version_moves(world, office_staff):
    client = _admin_client(office_staff)
    task = world.pr_task
    version = Launch.objects.get(pk=world.launch.pk).plan_version
    url = f"/admin/launches/task/{task.pk}/change/"
    data = change_form_data(client, url, title="Press release, final", duration_days="4")
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:500]
    task = Task.objects.get(pk=task.pk)
    assert (task.title, task.duration_days, task.assignee_id) == ("Press release, final", 4, world.pr_member.pk)
    assert Launch.objects.get(pk=world.launch.pk).plan_version > version
    assert client.get("/admin/launches/task/add/").status_code == 200


def test_staff_who_are_not_office_get_no_model(world):
    client = _admin_client(UserFactory(username="plain.staff", is_staff=True))
    assert client.get("/admin/launches/task/").status_code == 403
    assert client.get("/admin/accounts/user/").status_code == 403


def test_office_staff_cannot_edit_django_groups(world, office_staff):
    assert _admin_client(office_staff).get("/admin/auth/group/").status_code == 403


def test_dependencies_cannot_be_added_or_changed_in_the_admin_where_cycles_go_unchecked(world, office_staff):
    a, b = TaskFactory(workstream=world.pr_ws), TaskFactory(workstream=world.pr_ws)
    dependency = DependencyFactory(predecessor=a, successor=b)
    client = _admin_client(office_staff)
    assert client.get("/admin/launches/dependency/add/").status_code == 403
    response = client.post(
        f"/admin/launches/dependency/{dependency.pk}/change/",
        {"predecessor": b.pk, "successor": a.pk, "lag_days": 0},
    )
    assert response.status_code == 403
    dependency.refresh_from_db()
    assert (dependency.predecessor_id, dependency.successor_id) == (a.pk, b.pk)
    # Removing one stays possible.
    assert client.get(f"/admin/launches/dependency/{dependency.pk}/delete/").status_code == 200
    assert Dependency.objects.filter(pk=dependency.pk).exists()


def test_every_tminus_model_is_registered_in_the_admin(db):
    """Each model has its own admin or is shown inline in one (a webhook's attempts inside its delivery)."""
    inline = {inline.model for model_admin in admin.site._registry.values() for inline in model_admin.inlines}
    for label in OWN_APPS:
        for model in apps.get_app_config(label).get_models():
            assert model in admin.site._registry or model in inline, model


def test_gate_decisions_are_read_only_in_the_admin(world, office_staff):
    client = _admin_client(office_staff)
    assert client.get("/admin/gates/gatedecision/").status_code == 200
    assert client.get("/admin/gates/gatedecision/add/").status_code == 403


def test_the_office_holds_admin_permissions_on_every_own_app_with_models_and_on_no_other_app():
    """No third-party app: not Django's auth (groups, permissions), not the API tokens (authtoken, knox), not
    the Celery beat schedule (docs/permissions.md, "The admin")."""
    with_models = {label for label in OWN_APPS if list(apps.get_app_config(label).get_models())}
    assert {"launches", "gates", "calendars", "notifications", "webhooks", "playbooks", "feedback"} <= with_models
    assert with_models == OFFICE_APP_LABELS


def test_a_communication_deleted_in_the_admin_moves_the_plan_version_and_its_workflow_stays_with_the_api(
    world, office_staff
):
    from communications.models import Communication
    from launches.models import Launch
    from tests.communications.factories import CommunicationFactory

    item = CommunicationFactory(launch=world.launch, author=world.marketing_member, title="Teaser")
    version = Launch.objects.get(pk=world.launch.pk).plan_version
    client = _admin_client(office_staff)
    assert client.get("/admin/communications/communication/add/").status_code == 403
    page = client.get(f"/admin/communications/communication/{item.pk}/change/")
    assert page.status_code == 200
    assert b'name="status"' not in page.content and b'name="author"' not in page.content
    response = client.post(f"/admin/communications/communication/{item.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Communication.objects.filter(pk=item.pk).exists()
    assert Launch.objects.get(pk=world.launch.pk).plan_version > version
