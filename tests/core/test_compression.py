"""Answers are compressed when the client accepts it (docs/decisions/compression.md): the API's JSON by Django's gzip,
the built app's hashed files precompressed and cached for good by WhiteNoise; secrets' answers never."""

import gzip
import json

import brotli
import pytest
from whitenoise.compress import main as whitenoise_compress

from core.views import _index_html

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br, zstd"}
FOREVER = "max-age=315360000, public, immutable"


def _json(response) -> object:
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return json.loads(body)


@pytest.mark.parametrize("path", ["/api/v1/tasks/", "timeline"])
def test_json_answers_are_gzipped_when_accepted_and_plain_otherwise(world, client_for, path):
    client = client_for(world.office)
    url = f"/api/v1/launches/{world.launch.pk}/timeline/" if path == "timeline" else path

    plain = client.get(url)
    compressed = client.get(url, **GZIP)

    assert plain.status_code == compressed.status_code == 200
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert len(compressed.content) < len(plain.content)
    assert int(compressed["Content-Length"]) == len(compressed.content)
    assert _json(compressed) == _json(plain)


def test_the_gzipped_timeline_keeps_its_etag_and_answers_304_to_it(world, client_for):
    client = client_for(world.office)
    url = f"/api/v1/launches/{world.launch.pk}/timeline/"
    plain_etag = client.get(url)["ETag"]

    first = client.get(url, **GZIP)
    assert first["Content-Encoding"] == "gzip"
    assert first["ETag"] == plain_etag and plain_etag.startswith('"')

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"], **GZIP)
    assert again.status_code == 304 and again.content == b""
    # A proxy that weakened the tag on its way to the client gets its 304 too (If-None-Match compares weakly).
    weakened = client.get(url, HTTP_IF_NONE_MATCH=f"W/{first['ETag']}", **GZIP)
    assert weakened.status_code == 304


def test_the_timeline_is_compressed_once_per_plan_version(world, client_for, monkeypatch):
    """Every lead reads the same timeline after a change: the first gzipped read compresses it, the others do not."""
    from readiness import selectors

    compressed = []
    real = selectors.gzip.compress
    monkeypatch.setattr(selectors.gzip, "compress", lambda data, **kw: compressed.append(1) or real(data, **kw))
    client = client_for(world.office)
    url = f"/api/v1/launches/{world.launch.pk}/timeline/"
    bodies = [_json(client.get(url, **GZIP)) for _ in range(3)]
    assert len(compressed) == 1 and bodies[0] == bodies[2]
    edit = client.patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Press release, final"})
    assert edit.status_code == 200
    after = _json(client.get(url, **GZIP))
    assert len(compressed) == 2
    assert "Press release, final" in {task["title"] for task in after["tasks"]}


def test_an_edit_sent_with_the_etag_of_a_gzipped_read_is_accepted(world, client_for):
    # Django's own gzip middleware turns the tag weak (W/"..."), which If-Match never matches: every edit made
    # after a compressed read (every browser's) would be refused with a 412.
    client = client_for(world.office)
    url = f"/api/v1/tasks/{world.pr_task.pk}/"
    read = client.get(url, **GZIP)
    assert read["Content-Encoding"] == "gzip"

    edit = client.patch(url, {"title": "Press kit"}, format="json", HTTP_IF_MATCH=read["ETag"], **GZIP)

    assert edit.status_code == 200, edit.content
    assert _json(edit)["title"] == "Press kit"


def test_calendar_feeds_and_the_answers_that_carry_their_urls_are_never_compressed(world, client_for):
    client = client_for(world.marketing_member)
    created = client.post("/api/v1/calendar-feeds/", {"kind": "user"}, format="json", **GZIP)
    listed = client.get("/api/v1/calendar-feeds/", **GZIP)
    feed_path = "/calendars/" + json.loads(listed.content)["results"][0]["url"].split("/calendars/", 1)[1]
    feed = client_for(None).get(feed_path, **GZIP)

    for response in (created, listed, feed):
        assert response.status_code in (200, 201), response.content
        assert "Content-Encoding" not in response
        # Nor may the proxy compress them (Caddy's encode honours no-transform).
        assert "no-transform" in response["Cache-Control"]
        assert len(response.content) >= 200  # long enough that it would have been compressed


def test_short_answers_are_not_worth_compressing(client):
    response = client.get("/api/v1/me/", **GZIP)
    assert response.status_code == 401 and len(response.content) < 200
    assert "Content-Encoding" not in response


@pytest.mark.asyncio
async def test_the_asgi_server_compresses_too(async_client):
    # make run and the live service serve HTTP through config/asgi.py: the same middleware, on the async path.
    response = await async_client.get("/api/schema/", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).startswith(b"openapi:")


# The built app: Vite's assets are named <name>-<8-character hash>.<ext>, collectstatic's <name>.<12 hex>.<ext>.

BUNDLE = b"export function launchDay(){return 'T-0'};\n" * 2000
ASSET = "/assets/index-Dq3_K8-x.js"
DJANGO_ASSET = "/static/admin/css/base.96c479cedf7a.css"


@pytest.fixture
def built(tmp_path, settings):
    """A build as `make frontend` leaves it (Vite's output, then whitenoise.compress), and a collectstatic output."""
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(f'<!doctype html><div id="root"></div><script type="module" src="{ASSET}">')
    (dist / ASSET.lstrip("/")).write_bytes(BUNDLE)
    whitenoise_compress(["--quiet", str(dist)])
    static = tmp_path / "static"
    (static / "admin" / "css").mkdir(parents=True)
    for name in ("base.css", "base.96c479cedf7a.css"):
        (static / "admin" / "css" / name).write_text("body { color: #333; }\n" * 200)
    settings.FRONTEND_DIST = dist
    settings.WHITENOISE_ROOT = str(dist)
    settings.STATIC_ROOT = str(static)
    _index_html.cache_clear()
    yield dist
    _index_html.cache_clear()


@pytest.mark.parametrize(
    ("accept", "encoding", "decode"),
    [("gzip, deflate", "gzip", gzip.decompress), ("gzip, deflate, br", "br", brotli.decompress), ("", None, None)],
)
def test_a_hashed_asset_is_precompressed_and_cached_for_good(client, built, accept, encoding, decode):
    response = client.get(ASSET, HTTP_ACCEPT_ENCODING=accept)

    assert response.status_code == 200
    assert response.get("Content-Encoding") == encoding
    assert response["Cache-Control"] == FOREVER
    assert "Accept-Encoding" in response["Vary"]
    body = response.getvalue()
    assert (decode(body) if decode else body) == BUNDLE


def test_collectstatic_hashed_files_are_cached_for_good_and_their_plain_names_are_not(client, built):
    assert client.get(DJANGO_ASSET)["Cache-Control"] == FOREVER
    plain = client.get("/static/admin/css/base.css")
    assert plain.status_code == 200 and "immutable" not in plain["Cache-Control"]


@pytest.mark.parametrize("path", ["/", "/index.html", "/launches/1/timeline"])
def test_the_app_shell_is_never_cached_for_long(client, built, path):
    response = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    body = response.getvalue()
    assert ASSET.encode() in (gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body)
    assert "immutable" not in response.get("Cache-Control", "")
    assert "max-age=315360000" not in response.get("Cache-Control", "")
