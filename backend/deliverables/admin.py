"""Knowledge base articles and recruitment roles in the admin, for office staff."""

from django.contrib import admin

from deliverables.models import KnowledgeBaseArticle, RecruitmentRole


@admin.register(KnowledgeBaseArticle)
class KnowledgeBaseArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "launch", "status", "reviewer"]
    list_filter = ["status", "launch"]
    search_fields = ["title", "url"]
    raw_id_fields = ["launch", "reviewer", "task"]
    list_select_related = ["launch", "reviewer"]


@admin.register(RecruitmentRole)
class RecruitmentRoleAdmin(admin.ModelAdmin):
    list_display = ["skill", "count", "launch", "status"]
    list_filter = ["status", "launch"]
    search_fields = ["skill"]
    raw_id_fields = ["launch"]
    list_select_related = ["launch"]
