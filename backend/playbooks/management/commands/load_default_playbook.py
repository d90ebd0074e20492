"""Loads the playbook that ships with T-Minus; running it again changes nothing."""

from django.core.management.base import BaseCommand

from playbooks.defaults import DEFAULT_PLAYBOOK
from playbooks.services import playbook_load


class Command(BaseCommand):
    help = "Load the default playbook (five departments, two gates). Idempotent."

    def handle(self, *args, **options) -> None:
        playbook = playbook_load(spec=DEFAULT_PLAYBOOK)
        if playbook is None:
            self.stdout.write(f"Playbook {DEFAULT_PLAYBOOK.name!r} exists already; nothing to do.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Playbook {playbook.name!r} loaded."))
