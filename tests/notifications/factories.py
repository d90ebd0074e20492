"""factory_boy factories for notifications."""

import factory

from notifications.models import Notification, NotificationKind, NotificationPreference
from tests.factories import UserFactory


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(UserFactory)
    kind = NotificationKind.TASK_ASSIGNED
    title = factory.Sequence(lambda n: f"Notice {n}")
    dedupe_key = factory.Sequence(lambda n: f"test:{n}")


class NotificationPreferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NotificationPreference
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory)
    email_events = factory.LazyFunction(lambda: [kind.value for kind in NotificationKind])
