"""`manage.py export_ics` writes any feed for a one-off import: by launch, department or user."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def _export(*args) -> bytes:
    out = StringIO()
    call_command("export_ics", *args, stdout=out)
    return out.getvalue().encode()


def test_exports_a_launch_feed_to_stdout(world, parse_feed):
    parsed = parse_feed(_export("--launch", str(world.launch.pk), "--base-url", "https://tminus.example.com"))
    summaries = {str(event["SUMMARY"]) for event in parsed.events}
    assert summaries == {
        f"T-0: {world.launch.name}",
        f"[Marketing] Campaign brief · {world.launch.name}",
        f"[PR] Press release · {world.launch.name}",
    }
    assert b"https://tminus.example.com/launches/" in parsed.body.replace(b"\r\n ", b"")


def test_exports_a_launch_feed_for_one_department(world, parse_feed):
    parsed = parse_feed(_export("--launch", str(world.launch.pk), "--department", str(world.pr.pk)))
    assert f"[Marketing] Campaign brief · {world.launch.name}" not in {str(event["SUMMARY"]) for event in parsed.events}


def test_exports_a_department_feed(world, parse_feed):
    parsed = parse_feed(_export("--department", str(world.marketing.pk)))
    assert {str(event["SUMMARY"]) for event in parsed.events} == {
        f"T-0: {world.launch.name}",
        f"[Marketing] Campaign brief · {world.launch.name}",
    }


def test_exports_a_users_feed_to_a_file(world, parse_feed, tmp_path):
    target = tmp_path / "mine.ics"
    call_command("export_ics", "--user", world.pr_member.username, "--output", str(target))
    parsed = parse_feed(target.read_bytes())
    assert f"[PR] Press release · {world.launch.name}" in {str(event["SUMMARY"]) for event in parsed.events}
    assert parsed.ical_js["name"] == f"T-Minus: {world.pr_member.full_name}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Name --launch"),
        (("--launch", "999999"), "No launch"),
        (("--department", "999999"), "No department"),
        (("--user", "nobody"), "No active user"),
        (("--user", "viewer", "--launch", "1"), "takes no"),
    ],
)
def test_bad_arguments_say_what_is_wrong(world, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_ics", *args)


def test_calendar_sync_builds_entries_for_launches_made_outside_the_services(db):
    from calendars.models import CalendarEntry
    from tests.factories import TaskFactory

    TaskFactory()
    assert not CalendarEntry.objects.exists()
    call_command("calendar_sync", stdout=StringIO())
    assert sorted(CalendarEntry.objects.values_list("kind", flat=True)) == ["t_zero", "task"]
