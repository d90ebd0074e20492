"""Builds or refreshes the calendar entries of every launch (after installing the app, or after bulk imports)."""

from django.core.management.base import BaseCommand

from calendars.services import calendar_entries_sync_all


class Command(BaseCommand):
    help = "Bring every launch's calendar entries (UID, SEQUENCE, LAST-MODIFIED of feed events) in step with its plan."

    def handle(self, *args, **options) -> None:
        written = calendar_entries_sync_all()
        self.stdout.write(f"{written} calendar entries written.")
