"""factory_boy factories for department deliverables."""

import factory

from deliverables.models import KnowledgeBaseArticle, RecruitmentRole
from tests.factories import LaunchFactory


class KnowledgeBaseArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KnowledgeBaseArticle

    launch = factory.SubFactory(LaunchFactory)
    title = factory.Sequence(lambda n: f"How to {n}")


class RecruitmentRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RecruitmentRole

    launch = factory.SubFactory(LaunchFactory)
    skill = factory.Sequence(lambda n: f"Skill {n}")
    count = 2
