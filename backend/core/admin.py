"""Admin pieces shared by the apps: models shown read-only, and admins whose writes are the services' (issue 14)."""

from collections.abc import Mapping
from typing import Any

from django.contrib import admin, messages
from django.db import models, router, transaction
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from core.errors import DomainError, ValidationError

# Where a refused write leaves the service's error for the second pass that shows the form again.
_REFUSAL = "_tminus_admin_refusal"


class ViewOnlyAdminMixin:
    """Shown in the admin, never added or changed there: the services own those writes (and their rules, audit
    and plan version). Deleting stays allowed only where `deletable` says so."""

    deletable = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.deletable and super().has_delete_permission(request, obj)


def _refuse(form: BaseForm, error: DomainError) -> None:
    """The service's answer as form errors: on the fields it names that the form has, else above the form."""
    named = {name: text for name, text in (error.extra.get("fields") or {}).items() if name in form.fields}
    for name, text in named.items():
        form.add_error(name, text)
    if not named:
        form.add_error(None, error.message)


def _editable_fields(model: type[models.Model]) -> list[str]:
    return [
        field.name
        for field in model._meta.get_fields()
        if (field.concrete or field.many_to_many) and not field.auto_created and getattr(field, "editable", False)
    ]


class CascadeDeleteMixin:
    """What goes with an object is decided where it is deleted (a delete service, or the user admin): the
    confirmation page lists it, but asks for no delete permission on each related model, so read-only records
    (gate decisions, comments, notices) do not keep their parent from being deleted. The objects chosen for
    deletion still need it, each (a superuser's user is not the office's to delete)."""

    def get_deleted_objects(self, objs, request: HttpRequest):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        own = {str(self.opts.verbose_name)}
        return deleted, counts, {name for name in perms_needed if str(name) in own}, protected


class ServiceAdmin(CascadeDeleteMixin, admin.ModelAdmin):
    """An admin whose writes are the API's: each calls one service with the signed-in user as the actor, so the
    rules, the audit history, the plan version and the events are the same whichever way a change comes in.

    A subclass names `service_fields` (what its update service accepts: every other field is read-only on an
    existing object) and defines `update`, and `create` (with `add_fields`, the add form) and `delete` where
    the services allow them; without `create` nothing is added here. Only the fields the form changed reach the
    update service. A refused write (a DomainError) shows the form again with the service's message and leaves
    the database as it was: the view's transaction rolls back, then the same post is validated once more with
    that error attached, so nothing is saved and nothing answers 500.
    """

    service_fields: tuple[str, ...] = ()
    add_fields: tuple[str, ...] = ()

    def create(self, request: HttpRequest, data: dict[str, Any]) -> models.Model:
        raise NotImplementedError

    def update(self, request: HttpRequest, obj: models.Model, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def delete(self, request: HttpRequest, obj: models.Model) -> None:
        raise NotImplementedError

    def _defines(self, name: str) -> bool:
        return getattr(type(self), name) is not getattr(ServiceAdmin, name)

    # Permissions: only what a service does

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._defines("create") and super().has_add_permission(request)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._defines("update") and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._defines("delete") and super().has_delete_permission(request, obj)

    # The form: the add form's fields, and on an object only service_fields editable

    def get_fields(self, request: HttpRequest, obj=None):
        if obj is None and self.add_fields:
            return list(self.add_fields)
        return super().get_fields(request, obj)

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is None:
            return [name for name in readonly if name not in self.add_fields]
        # An excluded field (a webhook's secret) stays out of the page altogether, not shown read-only.
        hidden = {*readonly, *self.service_fields, *(self.get_exclude(request, obj) or ())}
        return readonly + [name for name in _editable_fields(self.model) if name not in hidden]

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        refusal = getattr(request, _REFUSAL, None)
        if refusal is None:
            return form

        class RefusedForm(form):
            def clean(self):
                cleaned = super().clean()
                _refuse(self, refusal)
                return cleaned

        return RefusedForm

    # Writes

    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        if change:
            data = {name: form.cleaned_data[name] for name in form.changed_data if name in form.cleaned_data}
            if data:
                # form.instance already holds the posted values: the service starts from the saved row.
                self.update(request, self.model._default_manager.get(pk=obj.pk), data)
            return
        created = self.create(request, {name: form.cleaned_data[name] for name in form.cleaned_data})
        # The admin goes on with form.instance (its log entry, inlines, redirect): make it the created row.
        obj.pk = created.pk
        obj.refresh_from_db()
        obj._state.adding = False

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        # No form.save_m2m(): the services wrote the many-to-many fields (a gate's criteria) with the rest.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        formset.save(commit=False)  # sorts the rows into new, changed and deleted; writes nothing
        inline = getattr(formset, "service_inline", None)
        if inline is None:
            if formset.new_objects or formset.changed_objects or formset.deleted_objects:
                raise ValidationError(f"{formset.model._meta.verbose_name_plural.capitalize()} are not changed here.")
            return
        for row in formset.deleted_objects:
            inline.delete(request, row)
        for row, changed in formset.changed_objects:
            data = {name: getattr(row, name) for name in changed}
            inline.update(request, type(row)._default_manager.get(pk=row.pk), data)
        for row in formset.new_objects:
            inline.create(request, form.instance, row)

    def delete_model(self, request: HttpRequest, obj) -> None:
        self.delete(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset) -> None:
        for obj in list(queryset):
            if type(obj)._default_manager.filter(pk=obj.pk).exists():  # not gone with an earlier one
                self.delete(request, obj)

    # Refusals: the form again, or the page again with a message; never a 500

    def changeform_view(self, request: HttpRequest, object_id=None, form_url="", extra_context=None) -> HttpResponse:
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except DomainError as error:
            if getattr(request, _REFUSAL, None) is not None:
                raise
            setattr(request, _REFUSAL, error)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def delete_view(self, request: HttpRequest, object_id, extra_context=None) -> HttpResponse:
        try:
            return super().delete_view(request, object_id, extra_context)
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def changelist_view(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        if request.method != "POST":
            return super().changelist_view(request, extra_context)
        try:
            # An action (delete selected) is all or nothing, as the API's writes are.
            with transaction.atomic(using=router.db_for_write(self.model)):
                return super().changelist_view(request, extra_context)
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


class ServiceInlineMixin:
    """An inline whose rows are written by services (ServiceAdmin.save_formset calls these). `service_fields`
    are what `update` accepts; a changed field outside them is refused rather than dropped. Without `create`,
    `update` or `delete`, rows are not added, changed or deleted here."""

    service_fields: tuple[str, ...] = ()

    def create(self, request: HttpRequest, parent: models.Model, row: models.Model) -> None:
        raise NotImplementedError

    def update(self, request: HttpRequest, obj: models.Model, data: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def delete(self, request: HttpRequest, obj: models.Model) -> None:
        raise NotImplementedError

    def _defines(self, name: str) -> bool:
        return getattr(type(self), name) is not getattr(ServiceInlineMixin, name)

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._defines("create") and super().has_add_permission(request, obj)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._defines("update") and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._defines("delete") and super().has_delete_permission(request, obj)

    def get_formset(self, request: HttpRequest, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.service_inline = self
        return formset

    def check_fields(self, data: Mapping[str, Any]) -> None:
        for name in data:
            if name not in self.service_fields:
                raise ValidationError(f"{name} cannot be changed on an existing row here.", field=name)
