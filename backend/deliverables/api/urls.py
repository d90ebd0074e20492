"""Routes of department deliverables under /api/v1/."""

from rest_framework.routers import DefaultRouter

from deliverables.api import views

router = DefaultRouter()
router.register("kb-articles", views.KnowledgeBaseArticleViewSet, basename="kb-article")
router.register("recruitment-roles", views.RecruitmentRoleViewSet, basename="recruitment-role")

urlpatterns = router.urls
