"""Office staff administer people in the Django admin without raising anyone's privileges, changing another
person's password or reading a secret; a superuser still may (issue 13, item 1)."""

from unittest import mock

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django_celery_beat.models import PeriodicTask

from accounts.models import User
from config.celery import app as celery_app
from tests.accounts.admin_forms import admin_client, privileges, user_change_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SWEEP = "notifications.tasks.embargoes_lifting_notify"


@pytest.fixture
def office_staff(world):
    """An office user with staff status, in no group and not a superuser: who item 1 is about."""
    return UserFactory(username="office.staff", is_office=True, is_staff=True)


@pytest.fixture
def superuser(world):
    return UserFactory(username="root", is_office=True, is_staff=True, is_superuser=True)


@pytest.fixture
def group():
    group = Group.objects.create(name="Everything")
    group.permissions.set(Permission.objects.all())
    return group


def _change(client, user: User, **changes):
    return client.post(f"/admin/accounts/user/{user.pk}/change/", user_change_data(user, **changes))


def test_office_staff_cannot_make_itself_superuser_nor_give_itself_groups_or_permissions(office_staff, group):
    before = privileges(office_staff)
    permission = Permission.objects.get(codename="change_group")
    response = _change(
        admin_client(office_staff),
        office_staff,
        first_name="Olga",
        is_superuser=True,
        groups=[group.pk],
        user_permissions=[permission.pk],
    )
    assert response.status_code == 302, response.content[:500]
    assert privileges(office_staff) == before
    assert User.objects.get(pk=office_staff.pk).first_name == "Olga"  # the rest of the form was saved


def test_office_staff_cannot_raise_or_lower_anyone_elses_privileges(world, office_staff, group):
    client = admin_client(office_staff)
    member, other_staff = world.marketing_member, UserFactory(username="other.staff", is_office=True, is_staff=True)
    before = {user.pk: privileges(user) for user in (member, other_staff)}
    assert _change(client, member, is_staff=True, is_superuser=True, groups=[group.pk]).status_code == 302
    assert _change(client, other_staff, is_staff=False).status_code == 302
    assert {user.pk: privileges(user) for user in (member, other_staff)} == before


def test_office_staff_edits_names_email_time_zone_activity_and_the_office_flag(world, office_staff):
    member = world.marketing_member
    response = _change(
        admin_client(office_staff),
        member,
        first_name="Mia",
        last_name="Moreau",
        email="mia@example.com",
        time_zone="Europe/Paris",
        is_active=False,
        is_office=True,
    )
    assert response.status_code == 302, response.content[:500]
    member = User.objects.get(pk=member.pk)
    assert (member.first_name, member.last_name, member.email, str(member.time_zone)) == (
        "Mia",
        "Moreau",
        "mia@example.com",
        "Europe/Paris",
    )
    assert (member.is_active, member.is_office, member.is_staff) == (False, True, False)


def test_the_change_form_shows_office_staff_no_password_summary_and_no_privilege_inputs(world, office_staff):
    page = admin_client(office_staff).get(f"/admin/accounts/user/{world.marketing_member.pk}/change/")
    assert page.status_code == 200
    for name in ("is_superuser", "is_staff", "groups", "user_permissions", "date_joined_0"):
        assert f'name="{name}"'.encode() not in page.content, name
    assert b"algorithm" not in page.content  # the password hash's summary
    assert b"../password/" not in page.content
    for name in ("first_name", "email", "is_active", "is_office", "time_zone"):
        assert f'name="{name}"'.encode() in page.content, name


def test_office_staff_cannot_open_or_use_anyones_password_form(world, office_staff):
    client = admin_client(office_staff)
    for user in (world.marketing_member, office_staff):
        url = f"/admin/accounts/user/{user.pk}/password/"
        before = privileges(user)
        assert client.get(url).status_code == 403
        response = client.post(url, {"password1": "a-Long-new-pass-42", "password2": "a-Long-new-pass-42"})
        assert response.status_code == 403
        assert client.post(url, {"unset-password": "1", "usable_password": "false"}).status_code == 403
        assert privileges(user) == before
    # Their own password they change where the old one is asked for.
    assert client.get("/admin/password_change/").status_code == 200


def test_office_staff_sets_a_password_only_when_creating_a_user_who_gets_no_privileges(office_staff, group):
    response = admin_client(office_staff).post(
        "/admin/accounts/user/add/",
        {
            "username": "new.hire",
            "usable_password": "true",
            "password1": "a-Long-new-pass-42",
            "password2": "a-Long-new-pass-42",
            "is_superuser": "on",
            "is_staff": "on",
            "groups": [group.pk],
        },
    )
    assert response.status_code == 302, response.content[:500]
    user = User.objects.get(username="new.hire")
    assert user.check_password("a-Long-new-pass-42")
    assert (user.is_superuser, user.is_staff, user.groups.exists()) == (False, False, False)


def test_office_staff_cannot_change_or_delete_a_superuser(office_staff, superuser, world):
    client = admin_client(office_staff)
    before = list(User.objects.filter(pk=superuser.pk).values())
    page = client.get(f"/admin/accounts/user/{superuser.pk}/change/")
    assert page.status_code == 200  # view only
    assert b'name="email"' not in page.content and b"algorithm" not in page.content
    response = _change(client, superuser, email="owned@example.com", is_active=False)
    assert response.status_code == 403
    assert client.post(f"/admin/accounts/user/{superuser.pk}/delete/", {"post": "yes"}).status_code == 403
    response = client.post(
        "/admin/accounts/user/",
        {"action": "delete_selected", "_selected_action": [superuser.pk, world.viewer.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert list(User.objects.filter(pk=superuser.pk).values()) == before
    assert User.objects.filter(pk=world.viewer.pk).exists()


def test_a_superuser_still_raises_privileges_and_sets_passwords(world, superuser, group):
    client = admin_client(superuser)
    member = world.marketing_member
    page = client.get(f"/admin/accounts/user/{member.pk}/change/")
    assert b"algorithm" in page.content and b"../password/" in page.content  # what office staff do not see
    assert b'name="is_superuser"' in page.content
    assert _change(client, member, is_staff=True, is_superuser=True, groups=[group.pk]).status_code == 302
    assert privileges(member)["is_superuser"] and privileges(member)["groups"] == [group.pk]
    url = f"/admin/accounts/user/{member.pk}/password/"
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"usable_password": "true", "password1": "a-Long-new-pass-42", "password2": "a-Long-new-pass-42"}
    )
    assert response.status_code == 302, response.content[:500]
    assert User.objects.get(pk=member.pk).check_password("a-Long-new-pass-42")


def _token_admin_urls() -> list[str]:
    """The changelist of every API token model in the admin (DRF's authtoken, or knox once it replaces it)."""
    labels = {"authtoken", "knox"}
    return [
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for model in admin.site._registry
        if model._meta.app_label in labels
    ]


def test_office_staff_sees_no_api_token_in_the_admin_and_a_superuser_does(office_staff, superuser):
    urls = _token_admin_urls()
    assert urls, "no API token model is registered in the admin"
    office, root = admin_client(office_staff), admin_client(superuser)
    for url in urls:
        assert office.get(url).status_code == 403, url
        assert root.get(url).status_code == 200, url
    index = office.get("/admin/")
    assert {entry["app_label"] for entry in index.context["app_list"]} & {"authtoken", "knox", "auth"} == set()
    assert not any(
        office_staff.has_module_perms(config.label)
        for config in apps.get_app_configs()
        if config.label in {"authtoken", "knox"}
    )


def test_office_staff_cannot_see_change_or_run_periodic_tasks_and_a_superuser_can(office_staff, superuser):
    sweep = PeriodicTask.objects.get(task=SWEEP)
    before = list(PeriodicTask.objects.filter(pk=sweep.pk).values())
    assert before[0]["enabled"]
    office, root = admin_client(office_staff), admin_client(superuser)
    changelist = "/admin/django_celery_beat/periodictask/"
    celery_app.loader.import_default_modules()
    with mock.patch.object(celery_app.tasks[SWEEP], "apply_async") as apply_async:
        assert office.get(changelist).status_code == 403
        assert office.get(f"{changelist}{sweep.pk}/change/").status_code == 403
        for action in ("run_tasks", "disable_tasks"):
            response = office.post(changelist, {"action": action, "_selected_action": [sweep.pk]})
            assert response.status_code == 403, action
        response = office.post(f"{changelist}{sweep.pk}/change/", {"name": sweep.name, "task": "x", "args": "[1]"})
        assert response.status_code == 403
        assert apply_async.call_count == 0
        assert list(PeriodicTask.objects.filter(pk=sweep.pk).values()) == before
        assert root.get(changelist).status_code == 200
        assert root.post(changelist, {"action": "run_tasks", "_selected_action": [sweep.pk]}).status_code == 302
        assert apply_async.call_count == 1


def test_office_staff_never_reads_a_webhook_secret_nor_registers_a_webhook_past_the_api(world, office_staff, superuser):
    from webhooks.models import Webhook

    hook = Webhook.objects.create(
        url="https://hooks.example.com/x", secret="s3cr3t-signing-key", created_by=world.office
    )
    office = admin_client(office_staff)
    page = office.get(f"/admin/webhooks/webhook/{hook.pk}/change/")
    assert page.status_code == 200
    assert b"s3cr3t-signing-key" not in page.content
    # The API's service refuses internal addresses and makes the secret; the admin does not go around it.
    added = office.post(
        "/admin/webhooks/webhook/add/", {"url": "http://127.0.0.1:6379/", "secret": "x", "events": "[]"}
    )
    assert added.status_code == 403
    assert list(Webhook.objects.values_list("url", flat=True)) == ["https://hooks.example.com/x"]
    assert b"s3cr3t-signing-key" in admin_client(superuser).get(f"/admin/webhooks/webhook/{hook.pk}/change/").content
