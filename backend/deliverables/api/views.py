"""API views for department deliverables: thin, each write calls one service."""

from django_filters import rest_framework as filters

from accounts.permissions import CanChangePlanOrReadOnly
from deliverables import selectors, services
from deliverables.api.serializers import (
    KnowledgeBaseArticleSerializer,
    KnowledgeBaseArticleUpdateSerializer,
    RecruitmentRoleSerializer,
    RecruitmentRoleUpdateSerializer,
)
from deliverables.models import ArticleStatus, KnowledgeBaseArticle, RecruitmentRole, RecruitmentStatus
from launches.api.viewsets import PlanViewSet


class KnowledgeBaseArticleFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=ArticleStatus.choices)

    class Meta:
        model = KnowledgeBaseArticle
        fields = ["launch", "status", "reviewer"]


class KnowledgeBaseArticleViewSet(PlanViewSet):
    """Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
    lead and members write."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = KnowledgeBaseArticleFilter
    ordering_fields = ["title", "status", "created_at", "updated_at"]
    queryset = KnowledgeBaseArticle.objects.none()

    def get_queryset(self):
        return selectors.kb_article_list()

    serializer_class = KnowledgeBaseArticleSerializer
    update_serializer_class = KnowledgeBaseArticleUpdateSerializer

    def create_object(self, *, data):
        return services.kb_article_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.kb_article_update(actor=self.request.user, article=instance, data=data)

    def delete_object(self, *, instance):
        services.kb_article_delete(actor=self.request.user, article=instance)


class RecruitmentRoleFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=RecruitmentStatus.choices)

    class Meta:
        model = RecruitmentRole
        fields = ["launch", "status"]


class RecruitmentRoleViewSet(PlanViewSet):
    """HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = RecruitmentRoleFilter
    ordering_fields = ["skill", "count", "status", "created_at", "updated_at"]
    queryset = RecruitmentRole.objects.none()

    def get_queryset(self):
        return selectors.recruitment_role_list()

    serializer_class = RecruitmentRoleSerializer
    update_serializer_class = RecruitmentRoleUpdateSerializer

    def create_object(self, *, data):
        return services.recruitment_role_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.recruitment_role_update(actor=self.request.user, role=instance, data=data)

    def delete_object(self, *, instance):
        services.recruitment_role_delete(actor=self.request.user, role=instance)
