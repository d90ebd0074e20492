"""Celery tasks of accounts: the invitation email. Takes an id, and sends nothing once the invitation is moot."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail

from accounts.invitations import invitation_url
from accounts.models import User
from delivery.celery_tasks import TASK_OPTIONS, TRANSIENT


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def invitation_email_send(user_id: int) -> str:
    """Email a person their set-password link, unless they are gone, deactivated, have no email or have set a
    password already (so a late or repeated run sends nothing moot). The link is made here, at sending time, and
    is stored nowhere."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email or user.has_usable_password():
        return "skipped"
    name = user.first_name or user.username
    send_mail(
        subject="[T-Minus] You are invited: set your password",
        message=(
            f"Hello {name},\n\n"
            "the Social Business Office added you to T-Minus, where launches are planned across departments.\n"
            f"Your username is {user.username}. Set your password here (the link works once):\n\n"
            f"{invitation_url(user)}\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )
    return "sent"
