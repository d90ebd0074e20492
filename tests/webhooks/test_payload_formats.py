"""Webhook text is escaped for the chat tool it is posted to: user text (task titles, launch and gate names) can
neither mention a channel nor disguise a link in Slack or Teams; the JSON for programs keeps it as written."""

import re

import pytest

from notifications import outbox
from notifications.models import EventKind, LaunchEvent
from tests.factories import TaskFactory
from webhooks.models import Webhook, WebhookDelivery

pytestmark = pytest.mark.django_db

HOSTILE = "<!channel> <https://evil.example/login|Reset your password>"
HOSTILE_MARKDOWN = "[Reset your password](https://evil.example/login) **urgent** <at>Everyone</at>"


def _payload(world, payload_format: str, title: str) -> dict:
    Webhook.objects.create(
        url="https://hooks.example.com/x", events=[EventKind.TASK_CREATED], secret="s", payload_format=payload_format
    )
    task = TaskFactory(workstream=world.marketing_ws, title=title)
    event = LaunchEvent.objects.create(kind=EventKind.TASK_CREATED, launch_id=world.launch.pk, task_id=task.pk)
    outbox.event_dispatch(event_id=event.pk)
    return WebhookDelivery.objects.get().payload


def test_slack_text_escapes_a_hostile_title_so_it_neither_mentions_nor_links(world, settings):
    world.launch.name = "Aurora & <!here>"
    world.launch.save()
    text = _payload(world, "slack", HOSTILE)["text"]
    assert "&lt;!channel&gt; &lt;https://evil.example/login|Reset your password&gt;" in text
    assert "*Aurora &amp; &lt;!here&gt;*" in text
    # The only control sequence left is T-Minus's own link.
    assert re.findall(r"<[^>]*>", text) == [f"<{settings.SITE_URL}/launches/{world.launch.pk}|Open in T-Minus>"]


@pytest.mark.parametrize("title", [HOSTILE, HOSTILE_MARKDOWN])
def test_teams_text_escapes_markdown_and_html_of_a_hostile_title(world, title):
    text = _payload(world, "teams", title)["text"]
    own_link = re.search(r"\[Open in T-Minus\]\([^)]*\)$", text)
    assert own_link is not None
    rest = text[: own_link.start()]
    # No raw HTML, and every Markdown special of the user's text is escaped.
    assert "<" not in rest and ">" not in rest
    assert re.search(r"(?<!\\)[\[\]()|]", rest.replace("**", "", 2)) is None
    if title == HOSTILE:
        assert "&lt;!channel&gt; &lt;https://evil.example/login\\|Reset your password&gt;" in rest
    else:
        assert "\\[Reset your password\\]\\(https://evil.example/login\\) \\*\\*urgent\\*\\*" in rest
        assert "&lt;at&gt;Everyone&lt;/at&gt;" in rest


def test_the_json_format_keeps_user_text_as_written(world):
    payload = _payload(world, "json", HOSTILE)
    assert HOSTILE in payload["text"]
    assert payload["task"]["title"] == HOSTILE
    assert "&lt;" not in payload["text"] and "*" not in payload["text"]


def test_titles_with_newlines_stay_on_one_line_in_chat_text(world):
    text = _payload(world, "slack", "Line one\n> quoted\r\n# heading")["text"]
    assert "\n" not in text and "\r" not in text
    assert "Line one &gt; quoted # heading" in text


def test_the_office_chooses_the_payload_format_and_an_unknown_one_is_refused(world, client_for):
    client = client_for(world.office)
    response = client.post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.com/t", "events": ["task.created"], "payload_format": "teams"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["payload_format"] == "teams"
    assert Webhook.objects.get().payload_format == "teams"
    response = client.post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.com/u", "events": ["task.created"], "payload_format": "html"},
        format="json",
    )
    assert response.status_code == 400
    assert "payload_format" in response.json()["extra"]["fields"]
    assert Webhook.objects.count() == 1
    # Without a choice: Slack's mrkdwn, as before.
    response = client.post(
        "/api/v1/webhooks/", {"url": "https://hooks.example.com/v", "events": ["task.created"]}, format="json"
    )
    assert response.json()["payload_format"] == "slack"
