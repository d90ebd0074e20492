"""Imports a CSV file of feedback into a launch, all rows or none, with a progress bar."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rich.progress import Progress

from core.errors import DomainError
from feedback.services import feedback_import_csv
from launches.models import Launch


class Command(BaseCommand):
    help = "Import feedback from a CSV file (source, text, reported_by, task, state) into a launch."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--launch", type=int, required=True, help="The launch's id.")
        parser.add_argument("path", type=Path, help="The CSV file (UTF-8).")

    def handle(self, *args, launch: int, path: Path, **options) -> None:
        target = Launch.objects.filter(pk=launch).first()
        if target is None:
            raise CommandError(f"No launch {launch}.")
        if not path.is_file():
            raise CommandError(f"No file {path}.")
        with Progress(transient=True) as progress, path.open("rb") as file:
            bar = progress.add_task("Checking rows", total=None)

            def advance(done: int, total: int) -> None:
                progress.update(bar, completed=done, total=total)

            try:
                imported = feedback_import_csv(actor=None, launch=target, file=file, progress=advance)
            except DomainError as error:
                for row in error.extra.get("rows", []):
                    self.stderr.write(f"row {row['row']}, {row['field'] or 'row'}: {row['message']}")
                raise CommandError(error.message) from error
        self.stdout.write(self.style.SUCCESS(f"Imported {imported} feedback items into {target.name}."))
