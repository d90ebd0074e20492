"""Serializers for knowledge base articles and recruitment roles."""

from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from core.serializers import ModelSerializer
from deliverables.models import KnowledgeBaseArticle, RecruitmentRole


class KnowledgeBaseArticleSerializer(ModelSerializer):
    reviewer_detail = UserSummarySerializer(source="reviewer", read_only=True, allow_null=True)
    # allow_null, not default=None: a default is skipped in a partial update's answer, so a PATCH lost the field.
    task_title = serializers.CharField(source="task.title", read_only=True, allow_null=True)

    class Meta:
        model = KnowledgeBaseArticle
        fields = [
            "id",
            "launch",
            "title",
            "url",
            "status",
            "reviewer",
            "reviewer_detail",
            "task",
            "task_title",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]


class KnowledgeBaseArticleUpdateSerializer(KnowledgeBaseArticleSerializer):
    class Meta(KnowledgeBaseArticleSerializer.Meta):
        read_only_fields = ["launch", "created_at", "updated_at"]


class RecruitmentRoleSerializer(ModelSerializer):
    class Meta:
        model = RecruitmentRole
        fields = ["id", "launch", "skill", "count", "status", "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {"count": {"min_value": 1, "max_value": 100_000}}


class RecruitmentRoleUpdateSerializer(RecruitmentRoleSerializer):
    class Meta(RecruitmentRoleSerializer.Meta):
        read_only_fields = ["launch", "created_at", "updated_at"]
