"""Writes one calendar feed (a launch's, a department's or a user's) as an .ics file, for a one-off import."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts.models import Department, User
from calendars import selectors, services
from calendars.models import CalendarFeed, FeedKind
from launches.models import Launch


class Command(BaseCommand):
    help = (
        "Write a feed as iCalendar to stdout or a file: --launch ID [--department ID], --department ID, or --user "
        "USERNAME. It shows what that user (or, for a launch or department, --as USERNAME) may see."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--launch", type=int, help="A launch's feed (with --department: that part of it).")
        parser.add_argument("--user", help="A user's own feed (their tasks, gates, launches), by username.")
        parser.add_argument("--department", type=int, help="A department's feed, or a launch feed's department.")
        parser.add_argument("--as", dest="as_user", help="Whose view of a launch or department feed (default: office).")
        parser.add_argument("--output", "-o", help="File to write (default: stdout).")
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="Where links in event descriptions point.",
        )

    def handle(self, *args, **options) -> None:
        feed = self._feed(options)
        services.calendar_entries_catch_up()  # as a served feed does: never entries behind the plan
        now = timezone.now()
        state = selectors.calendar_feed_state(feed=feed, now=now)
        body = services.calendar_feed_render(feed=feed, state=state, now=now, base_url=options["base_url"])
        if options["output"]:
            Path(options["output"]).write_bytes(body)
            self.stderr.write(f"Wrote {len(body)} bytes to {options['output']}.")
        else:
            self.stdout.write(body.decode(), ending="")

    def _user(self, username: str | None) -> User:
        if username is None:
            user = User.objects.filter(is_active=True, is_office=True).order_by("id").first()
            if user is None:
                raise CommandError("No office user to read the feed as; name one with --as.")
            return user
        user = User.objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username!r}.")
        return user

    def _feed(self, options: dict) -> CalendarFeed:
        """An unsaved feed: exporting issues no URL."""
        department = None
        if options["department"] is not None:
            department = Department.objects.filter(pk=options["department"]).first()
            if department is None:
                raise CommandError(f"No department {options['department']}.")
        if options["user"] is not None:
            if department is not None or options["launch"] is not None:
                raise CommandError("A user's feed takes no --launch or --department.")
            return CalendarFeed(owner=self._user(options["user"]), kind=FeedKind.USER)
        owner = self._user(options["as_user"])
        if options["launch"] is not None:
            launch = Launch.objects.filter(pk=options["launch"]).first()
            if launch is None:
                raise CommandError(f"No launch {options['launch']}.")
            return CalendarFeed(
                owner=owner,
                kind=FeedKind.LAUNCH,
                launch=launch,
                launch_ref=launch.pk,
                launch_name=launch.name,
                department=department,
            )
        if department is not None:
            return CalendarFeed(owner=owner, kind=FeedKind.DEPARTMENT, department=department)
        raise CommandError("Name --launch, --department or --user.")
