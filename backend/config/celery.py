"""The Celery application, configured from Django settings (CELERY_* names); services send tasks with
core.tasks.task_send."""

import os

from celery import Celery

from config.periodic import PERIODIC_TASKS

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("tminus")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Beat's database scheduler writes this into its tables when it starts, as migrate does (config/periodic.py).
app.conf.beat_schedule = PERIODIC_TASKS
app.autodiscover_tasks()
