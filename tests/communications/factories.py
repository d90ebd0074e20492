"""factory_boy factories for communications."""

import factory

from communications.models import Communication, CommunicationKind
from tests.factories import LaunchFactory, UserFactory


class CommunicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Communication

    launch = factory.SubFactory(LaunchFactory)
    kind = CommunicationKind.SOCIAL_POST
    channel = "LinkedIn"
    title = factory.Sequence(lambda n: f"Post {n}")
    author = factory.SubFactory(UserFactory)
    offset_days = -1
