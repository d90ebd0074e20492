"""Knowledge base articles and recruitment roles in the admin, for office staff, through deliverables.services."""

from django.contrib import admin

from core.admin import ServiceAdmin
from deliverables import services
from deliverables.models import KnowledgeBaseArticle, RecruitmentRole


@admin.register(KnowledgeBaseArticle)
class KnowledgeBaseArticleAdmin(ServiceAdmin):
    list_display = ["title", "launch", "status", "reviewer"]
    list_filter = ["status", "launch"]
    search_fields = ["title", "url"]
    raw_id_fields = ["launch", "reviewer", "task"]
    list_select_related = ["launch", "reviewer"]
    add_fields = ("launch", "title", "url", "status", "reviewer", "task")
    service_fields = services.ARTICLE_FIELDS

    def create(self, request, data):
        return services.kb_article_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.kb_article_update(actor=request.user, article=obj, data=data)

    def delete(self, request, obj):
        services.kb_article_delete(actor=request.user, article=obj)


@admin.register(RecruitmentRole)
class RecruitmentRoleAdmin(ServiceAdmin):
    list_display = ["skill", "count", "launch", "status"]
    list_filter = ["status", "launch"]
    search_fields = ["skill"]
    raw_id_fields = ["launch"]
    list_select_related = ["launch"]
    add_fields = ("launch", "skill", "count", "status")
    service_fields = services.ROLE_FIELDS

    def create(self, request, data):
        return services.recruitment_role_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.recruitment_role_update(actor=request.user, role=obj, data=data)

    def delete(self, request, obj):
        services.recruitment_role_delete(actor=request.user, role=obj)
