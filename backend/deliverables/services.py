"""Every write to knowledge base articles (Customer Care's) and recruitment roles (HR's)."""

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from accounts.access import access_require_department_membership
from accounts.models import User
from core.errors import ValidationError
from core.services import model_assign, model_save_changed
from deliverables.models import ArticleStatus, KnowledgeBaseArticle, RecruitmentRole, RecruitmentStatus
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import ArticleCreated, ArticleDeleted, ArticleUpdated, RoleCreated, RoleDeleted, RoleUpdated
from launches.errors import OtherLaunchError
from launches.locks import plan_lock
from launches.models import Launch, Task

CUSTOMER_CARE = "customer-care"
HR = "hr"
ARTICLE_FIELDS = ("title", "url", "status", "reviewer", "task")
ROLE_FIELDS = ("skill", "count", "status")


def _check_article(article: KnowledgeBaseArticle) -> None:
    if not article.title.strip():
        raise ValidationError("An article needs a title.", field="title")
    if article.task is not None and article.task.workstream.launch_id != article.launch_id:
        raise OtherLaunchError(f"Task {article.task.pk} belongs to another launch.", field="task")


def _check_role(role: RecruitmentRole) -> None:
    if not role.skill.strip():
        raise ValidationError("A role names the skill it recruits for.", field="skill")
    if role.count < 1:
        raise ValidationError("A role recruits at least one person.", field="count")


@transaction.atomic
def kb_article_create(
    *,
    actor: User,
    launch: Launch,
    title: str,
    url: str = "",
    status: str = ArticleStatus.TO_WRITE,
    reviewer: User | None = None,
    task: Task | None = None,
) -> KnowledgeBaseArticle:
    """The office and Customer Care's lead and members plan the launch's knowledge base."""
    access_require_department_membership(actor, CUSTOMER_CARE, "plan knowledge base articles")
    article = KnowledgeBaseArticle(launch=launch, title=title, url=url, status=status, reviewer=reviewer, task=task)
    _check_article(article)
    article.save()
    emit(ArticleCreated.of(article, actor, changes=audit_created(article, ARTICLE_FIELDS)))
    return article


@transaction.atomic
def kb_article_update(*, actor: User, article: KnowledgeBaseArticle, data: Mapping[str, Any]) -> KnowledgeBaseArticle:
    """The office and Customer Care's people change an article and its review state."""
    access_require_department_membership(actor, CUSTOMER_CARE, "change knowledge base articles")
    plan_lock(article)
    with audit_changes(article, ARTICLE_FIELDS) as changes:
        model_assign(instance=article, data=data, fields=ARTICLE_FIELDS)
        _check_article(article)
    model_save_changed(article, changes)
    emit(ArticleUpdated.of(article, actor, changes=changes))
    return article


@transaction.atomic
def kb_article_delete(*, actor: User, article: KnowledgeBaseArticle) -> None:
    """The office and Customer Care's people remove an article from the plan."""
    access_require_department_membership(actor, CUSTOMER_CARE, "delete knowledge base articles")
    emit(ArticleDeleted.of(article, actor, changes=audit_deleted(article)))
    article.delete()


@transaction.atomic
def recruitment_role_create(
    *, actor: User, launch: Launch, skill: str, count: int = 1, status: str = RecruitmentStatus.OPEN
) -> RecruitmentRole:
    """The office and HR's lead and members plan the roles the launch recruits for."""
    access_require_department_membership(actor, HR, "plan recruiting")
    role = RecruitmentRole(launch=launch, skill=skill, count=count, status=status)
    _check_role(role)
    role.save()
    emit(RoleCreated.of(role, actor, changes=audit_created(role, ROLE_FIELDS)))
    return role


@transaction.atomic
def recruitment_role_update(*, actor: User, role: RecruitmentRole, data: Mapping[str, Any]) -> RecruitmentRole:
    """The office and HR's people change a role and how far recruiting is."""
    access_require_department_membership(actor, HR, "change recruiting")
    plan_lock(role)
    with audit_changes(role, ROLE_FIELDS) as changes:
        model_assign(instance=role, data=data, fields=ROLE_FIELDS)
        _check_role(role)
    model_save_changed(role, changes)
    emit(RoleUpdated.of(role, actor, changes=changes))
    return role


@transaction.atomic
def recruitment_role_delete(*, actor: User, role: RecruitmentRole) -> None:
    """The office and HR's people remove a role."""
    access_require_department_membership(actor, HR, "delete recruiting roles")
    emit(RoleDeleted.of(role, actor, changes=audit_deleted(role)))
    role.delete()
