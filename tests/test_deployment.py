"""docker-compose.yml describes a coherent deployment: Docker does not run here, so the file is checked."""

import re
from pathlib import Path

import yaml
from django.core.management import get_commands

from config import settings as settings_module

REPO = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = ["migrate", "web", "live", "worker", "beat"]


def _settings_env_names() -> set[str]:
    source = Path(settings_module.__file__).read_text()
    return set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', source))


def test_compose_has_the_production_services():
    assert {"postgres", "redis", "web", "live", "proxy", "worker", "beat", "migrate"} <= set(SERVICES)


def test_every_long_running_server_has_a_health_check():
    for name in ["postgres", "redis", "web", "live", "proxy", "worker", "beat"]:
        assert SERVICES[name]["healthcheck"]["test"], name


def test_app_services_share_one_image_built_from_the_dockerfile():
    assert (REPO / "Dockerfile").is_file()
    for name in APP_SERVICES:
        assert SERVICES[name]["build"] == "."
        assert SERVICES[name]["image"] == "t-minus:latest"


def test_app_environment_names_are_settings_the_code_reads():
    env_names = _settings_env_names()
    for name in APP_SERVICES:
        unknown = set(SERVICES[name]["environment"]) - env_names
        assert not unknown, f"{name} sets {unknown}, which config/settings.py never reads"
    assert {"DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"} <= env_names


def test_app_services_point_at_the_compose_database_and_broker():
    env = SERVICES["web"]["environment"]
    assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in env["DATABASE_URL"]
    assert env["CELERY_BROKER_URL"].startswith("redis://redis:6379")
    assert env["DEBUG"] == "false"


def test_commands_run_the_django_project_and_its_celery_app():
    assert SERVICES["web"]["command"][:2] == ["gunicorn", "config.wsgi:application"]
    assert SERVICES["live"]["command"][0] == "daphne" and SERVICES["live"]["command"][-1] == "config.asgi:application"
    assert SERVICES["worker"]["command"][:4] == ["celery", "-A", "config", "worker"]
    assert SERVICES["beat"]["command"][:4] == ["celery", "-A", "config", "beat"]
    assert SERVICES["migrate"]["command"][:2] == ["sh", "-c"]
    steps = [step.split() for step in SERVICES["migrate"]["command"][2].split("&&")]
    assert [step[:3] for step in steps] == [
        ["python", "manage.py", "migrate"],
        ["python", "manage.py", "load_default_playbook"],
    ]
    commands = get_commands()
    assert all(step[2] in commands for step in steps)
    wsgi = REPO / "backend" / "config" / "wsgi.py"
    assert "application = get_wsgi_application()" in wsgi.read_text()


def test_app_waits_for_healthy_database_and_broker():
    depends = SERVICES["migrate"]["depends_on"]
    assert depends["postgres"]["condition"] == "service_healthy"
    assert depends["redis"]["condition"] == "service_healthy"
    for name in ["web", "live", "worker", "beat"]:
        assert SERVICES[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_the_proxy_is_the_one_public_port_and_sends_websockets_to_the_live_service():
    published = {name for name, service in SERVICES.items() if service.get("ports")}
    assert published == {"proxy"}
    mounted = SERVICES["proxy"]["volumes"][0].split(":")
    caddyfile = (REPO / mounted[0]).read_text()
    assert mounted[1] == "/etc/caddy/Caddyfile"
    live_port = SERVICES["live"]["command"][SERVICES["live"]["command"].index("--port") + 1]
    assert "@live path /ws/*" in caddyfile and f"dynamic a live {live_port}" in caddyfile
    assert "dynamic a web 8000" in caddyfile and "encode zstd gzip" in caddyfile
    # The route the proxy sends to live is the live socket's own (live/routing.py).
    from live.routing import websocket_urlpatterns

    assert [str(pattern.pattern) for pattern in websocket_urlpatterns] == ["ws/live/"]


def test_the_live_stream_has_a_worker_of_its_own():
    from django.conf import settings

    assert settings.CELERY_TASK_ROUTES["live.tasks.*"] == {"queue": "live"}
    command = SERVICES["live-worker"]["command"]
    assert command[:4] == ["celery", "-A", "config", "worker"]
    assert command[command.index("--queues") + 1] == "live"
    assert "--queues" not in SERVICES["worker"]["command"]  # the default queue, celery
    assert SERVICES["live-worker"]["healthcheck"]["test"]


def test_production_keeps_database_connections_open():
    assert SERVICES["web"]["environment"]["CONN_MAX_AGE"] == "60"
