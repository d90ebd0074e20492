"""factory_boy factories for feedback."""

import factory

from feedback.models import FeedbackItem, FeedbackSource
from tests.factories import LaunchFactory


class FeedbackItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackItem

    launch = factory.SubFactory(LaunchFactory)
    source = FeedbackSource.BETA_FORUM
    text = factory.Sequence(lambda n: f"Feedback {n}")
    reported_by = factory.Faker("email")
