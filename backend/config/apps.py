"""The project itself as an app, above every other: what spans them all lives here (the followers table, the
periodic schedule, the demo data, running the periodic tasks by hand)."""

from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class ProjectConfig(AppConfig):
    name = "config"
    verbose_name = "T-Minus"

    def ready(self) -> None:
        from config.periodic import periodic_schedule_apply

        # Every deploy migrates: the beat schedule in the database follows its one definition in code. (Sent for
        # apps with models only, once the whole migrate is done: core's is the one to follow.)
        post_migrate.connect(
            periodic_schedule_apply, sender=apps.get_app_config("core"), dispatch_uid="periodic_schedule_apply"
        )
