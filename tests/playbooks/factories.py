"""factory_boy factories for playbooks."""

import factory

from playbooks.models import Playbook, PlaybookTask
from tests.factories import DepartmentFactory


class PlaybookFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Playbook

    name = factory.Sequence(lambda n: f"Playbook {n}")


class PlaybookTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlaybookTask

    playbook = factory.SubFactory(PlaybookFactory)
    department = factory.SubFactory(DepartmentFactory)
    title = factory.Sequence(lambda n: f"Playbook task {n}")
    offset_days = -10
    duration_days = 2
