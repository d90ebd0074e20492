"""Reads of playbooks: the list (with counts) and one playbook with every item, each in a fixed number of queries."""

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from playbooks.models import Playbook, PlaybookGate, PlaybookTask


def _count_of(model: type, **filters) -> Coalesce:
    rows = model.objects.filter(playbook=OuterRef("pk"), **filters).order_by().values("playbook")
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n"), output_field=IntegerField()), 0)


def playbook_list() -> QuerySet[Playbook]:
    """Playbooks with their departments and how many tasks and gates each holds (two queries)."""
    return (
        Playbook.objects.select_related("created_by")
        .prefetch_related("departments")
        .annotate(task_count=_count_of(PlaybookTask), gate_count=_count_of(PlaybookGate))
        .order_by("name", "id")
    )


def playbook_detail_list() -> QuerySet[Playbook]:
    """Playbooks with every item: roles, tasks, dependencies, milestones, gates with criteria and approvers,
    communications."""
    return playbook_list().prefetch_related(
        "roles",
        "tasks",
        "dependencies",
        "milestones",
        "gates__criteria",
        "gates__approver_departments",
        "communications",
    )
