"""The form data a browser posts to the Django admin's user pages, so tests can change one field at a time."""

from html.parser import HTMLParser

from django.test import Client

from accounts.models import User

FLAGS = ("is_active", "is_staff", "is_superuser", "is_office")


def admin_client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def user_change_data(user: User, **changes) -> dict:
    """Everything the user change form holds for `user` now, with `changes` applied (a flag set to False is
    left out of the post, as an unticked checkbox is)."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "time_zone": str(user.time_zone),
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
        "groups": [group.pk for group in user.groups.all()],
        "user_permissions": [permission.pk for permission in user.user_permissions.all()],
        **{flag: "on" for flag in FLAGS if getattr(user, flag)},
    }
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = "on" if value is True else value
    return data


def privileges(user: User) -> dict:
    """What a refused privilege change must leave alone, read fresh from the database."""
    user = User.objects.get(pk=user.pk)
    return {
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "groups": sorted(user.groups.values_list("pk", flat=True)),
        "user_permissions": sorted(user.user_permissions.values_list("pk", flat=True)),
        "password": user.password,
    }


class _FormFields(HTMLParser):
    """Collects what a browser would submit from an admin change form: named inputs, selects and textareas."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.data = form_id, False, {}
        self._select: str | None = None
        self._textarea: str | None = None

    def _add(self, name: str, value: str) -> None:
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or (tag not in ("input", "select", "option", "textarea")):
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else ""))
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, data):
        if self.inside and self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            # Browsers drop the one newline Django's textarea template puts after the opening tag.
            self.data[self._textarea][-1] = self.data[self._textarea][-1].removeprefix("\n")
            self._textarea = None


def change_form_data(client: Client, url: str, **changes) -> dict:
    """The change form at `url` as a browser would post it back, with `changes` applied."""
    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    model_name = url.rstrip("/").split("/")[-3]
    parser = _FormFields(f"{model_name}_form")
    parser.feed(page.content.decode())
    assert parser.data, f"no form {model_name}_form at {url}"
    return {**{name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}, **changes}
