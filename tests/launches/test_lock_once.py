"""Within one API write the plan's locks are taken once (core.db.lock_once): the view locks and re-reads the task,
and the service it calls finds both held instead of asking the database again; a lock taken in a savepoint that
was rolled back (which releases it) is taken again; outside such a write every plan_lock asks the database."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from core.db import atomic_with_retry
from launches.locks import plan_lock
from launches.models import Task


def _locking_queries(queries: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if "FOR NO KEY UPDATE" in q["sql"] or "FOR UPDATE" in q["sql"]]


def _plan_queries(queries: CaptureQueriesContext) -> list[str]:
    """The queries plan_lock runs: the launch's lock, the task's re-read (locked on PostgreSQL; a plain read on
    SQLite, which has no row locks)."""
    return [q["sql"] for q in queries.captured_queries if '"launches_' in q["sql"] and "SAVEPOINT" not in q["sql"]]


@pytest.mark.django_db
def test_a_view_and_its_service_lock_the_plan_once_per_write(world):
    task = Task.objects.select_related("workstream").get(pk=world.marketing_task.pk)

    def write() -> None:
        plan_lock(task)
        with transaction.atomic():  # the service's own block: a savepoint inside the write
            plan_lock(task)

    with CaptureQueriesContext(connection) as queries:
        atomic_with_retry(write)
    assert len(_plan_queries(queries)) == 2  # the launch locked, then the task re-read with its workstream
    assert task.workstream.department_id == world.marketing.pk  # read with the task: no query more
    assert len(_plan_queries(queries)) == 2


@pytest.mark.django_db
def test_a_lock_taken_in_a_rolled_back_savepoint_is_taken_again(world):
    task = Task.objects.select_related("workstream").get(pk=world.marketing_task.pk)

    def write() -> None:
        try:
            with transaction.atomic():
                plan_lock(task)
                raise RuntimeError("refused")
        except RuntimeError:
            pass
        plan_lock(task)  # the savepoint's locks went with it

    with CaptureQueriesContext(connection) as queries:
        atomic_with_retry(write)
    assert len(_plan_queries(queries)) == 4


@pytest.mark.django_db
def test_outside_an_api_write_every_plan_lock_asks_the_database(world):
    task = Task.objects.select_related("workstream").get(pk=world.marketing_task.pk)
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        plan_lock(task)
        plan_lock(task)
    assert len(_plan_queries(queries)) >= 4


@pytest.mark.django_db
def test_another_instance_of_the_same_task_is_re_read(world):
    """The memo is per instance: a second copy of the row, loaded earlier, is re-read under the lock before a
    write starts from it."""
    first, second = (Task.objects.select_related("workstream").get(pk=world.marketing_task.pk) for _ in "12")
    Task.objects.filter(pk=first.pk).update(title="Renamed meanwhile")

    def write() -> None:
        plan_lock(first)
        plan_lock(second)

    with CaptureQueriesContext(connection) as queries:
        atomic_with_retry(write)
    assert second.title == "Renamed meanwhile"
    assert len(_plan_queries(queries)) == 3  # one launch lock, two re-reads
    if connection.vendor == "postgresql":
        assert len(_locking_queries(queries)) == 3


@pytest.mark.django_db
def test_a_task_patch_runs_a_fixed_small_number_of_queries(world, client_for):
    client = client_for(world.office)
    url = f"/api/v1/tasks/{world.marketing_task.pk}/"
    client.patch(url, {"duration_days": 3}, format="json")
    with CaptureQueriesContext(connection) as queries:
        response = client.patch(url, {"duration_days": 4}, format="json")
    assert response.status_code == 200, response.content
    plan = [sql for sql in _plan_queries(queries) if "launches_launch" in sql and "FOR NO KEY UPDATE" in sql]
    if connection.vendor == "postgresql":
        assert len(plan) == 1  # the launch is locked once, by the view; the service finds it held
    task_reads = [sql for sql in queries.captured_queries if sql["sql"].startswith('SELECT "launches_task"."id"')]
    assert len(task_reads) == 3  # the view's read, its re-read under the lock, the answer's read
    # The answer's ETag is the one a GET gives (computed from the answer, not from a second rendering).
    assert response["ETag"] == client.get(url)["ETag"]
