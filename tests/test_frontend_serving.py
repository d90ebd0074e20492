"""Django serves the built React app at / and for every UI route, leaving the API alone."""

import pytest

from core.views import _index_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def dist(tmp_path, settings):
    (tmp_path / "index.html").write_text("<!doctype html><div id=root></div><!-- t-minus -->")
    settings.FRONTEND_DIST = tmp_path
    _index_html.cache_clear()
    yield tmp_path
    _index_html.cache_clear()


@pytest.mark.parametrize("path", ["/", "/launches/3/timeline"])
def test_ui_routes_answer_the_app_shell(client, dist, path):
    response = client.get(path)
    assert response.status_code == 200
    assert b"<!-- t-minus -->" in response.content


def test_api_paths_are_not_swallowed_by_the_app(client, dist):
    response = client.get("/api/v1/nope/")
    assert response.status_code == 404
    assert b"t-minus" not in response.content


def test_missing_build_says_how_to_build_it(client, tmp_path, settings):
    settings.FRONTEND_DIST = tmp_path / "missing"
    _index_html.cache_clear()
    response = client.get("/")
    assert response.status_code == 503
    assert b"npm run build" in response.content
