"""Where a published communication goes out: one small interface, one class per channel, registered by key.

A channel's `send` takes a Publication (one communication on this channel, made once when it was published)
and answers what it did, in words (the Publication's detail); it raises to fail, and the attempt is retried
with backoff (communications.publishing). It must be idempotent: a retried attempt after a crash may call it
again for the same publication (the email and webhook channels key what they make by the publication). A new
channel is a class with `key`, `label` and `send`, decorated with @channel_register (docs/communications.md)."""

import re
from typing import ClassVar, Protocol

from django.conf import settings

from communications.models import Communication, Publication
from events.bus import emit
from events.kinds import CommunicationBroadcast
from notifications.email import email_delivery_create_to

MAX_EMAIL_RECIPIENTS = 200
ADDRESS_SPLIT = re.compile(r"[\s,;]+")


class Channel(Protocol):
    key: ClassVar[str]
    label: ClassVar[str]

    def send(self, publication: Publication, item: Communication) -> str: ...


CHANNELS: dict[str, Channel] = {}


def channel_register(channel: type) -> type:
    CHANNELS[channel.key] = channel()
    return channel


def email_recipients_parse(text: str) -> list[str]:
    """The addresses of a recipients field (one per line, or separated by commas or semicolons), in order, once."""
    seen: dict[str, None] = {}
    for address in ADDRESS_SPLIT.split(text.strip()):
        if address:
            seen.setdefault(address.lower(), None)
    return list(seen)


def newsroom_path(item: Communication) -> str:
    return f"/newsroom/{item.launch_id}/#communication-{item.pk}"


@channel_register
class NewsroomChannel:
    """The public newsroom (communications.newsroom): the item shows there once this publication is sent."""

    key = "newsroom"
    label = "The T-Minus newsroom"

    def send(self, publication: Publication, item: Communication) -> str:
        return f"On the newsroom: {settings.SITE_URL}{newsroom_path(item)}"


@channel_register
class EmailChannel:
    """Plain-text email to the item's recipients, through the notifications' email deliveries (one per address,
    keyed by the publication, each retried on its own)."""

    key = "email"
    label = "Email to a list of recipients"

    def send(self, publication: Publication, item: Communication) -> str:
        addresses = email_recipients_parse(item.email_recipients)
        body = f"{item.title}\n\n{item.body}\n\n{item.launch.name}: {settings.SITE_URL}{newsroom_path(item)}\n"
        for address in addresses:
            email_delivery_create_to(
                address=address,
                idempotency_key=f"publication:{publication.pk}:{address}",
                subject=item.title,
                body=body,
            )
        return f"Emailed to {len(addresses)} recipient{'s' if len(addresses) != 1 else ''}"


@channel_register
class WebhooksChannel:
    """Its text to the webhooks subscribed to communication.broadcast, in each one's payload format (Slack,
    Teams or plain JSON), signed and retried by the webhooks app."""

    key = "webhooks"
    label = "The webhooks subscribed to communication.broadcast"

    def send(self, publication: Publication, item: Communication) -> str:
        emit(CommunicationBroadcast.of(item, None, kind=item.kind, body=item.body[:3000]))
        return "Posted to the subscribed webhooks"
