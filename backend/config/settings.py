"""T-Minus settings: one module, every value from the environment with embedded local defaults.

With no environment set it runs on SQLite with Celery tasks executed in-process (make run).
DATABASE_URL, CELERY_BROKER_URL (or REDIS_URL), SECRET_KEY, DEBUG and ALLOWED_HOSTS switch to production.
"""

from datetime import timedelta
from pathlib import Path

import environ
import orjson
from csp.constants import NONE, SELF
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BASE_DIR.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="django-insecure-local-development-key-change-me-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # First: its runserver serves the ASGI application (config/asgi.py), WebSockets included (docs/live.md).
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    # API tokens stored as digests, with an expiry (docs/decisions/sign-in-and-tokens.md).
    "knox",
    # Failed sign-ins counted per account and per client address in the database, on every sign-in path.
    "axes",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "core",
    "accounts",
    "launches",
    # scheduling/ is not an app: the pure engine, imported as plain Python (tests/scheduling/test_pure.py).
    "audit",
    "gates",
    "calendars",
    "notifications",
    "webhooks",
    "playbooks",
    "feedback",
    "communications",
    "deliverables",
    # Above every app it reads: the timeline, readiness and the daily digest (no models).
    "readiness",
    # Undo and redo of one's own changes, applied through the services of the apps below (docs/undo.md).
    "history",
    # Live updates and presence over WebSockets, above everything it reads (docs/live.md).
    "live",
    # Last: the project above every app (config/apps.py): the followers table, the periodic schedule, the demo.
    "config",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so the built app's files carry the security headers too (CONTENT_SECURITY_POLICY below).
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # gzip for every answer worth it, but a secret's (core/http.py, docs/decisions/compression.md): above everything
    # that reads or writes a body, so it compresses the final one; below WhiteNoise, whose files come precompressed.
    "core.http.ResponseCompressionMiddleware",
    # Before anything reads a body: an API request over its cap answers 413 (core/http.py).
    "core.http.RequestBodyLimitMiddleware",
    # The admin's search and other non-API pages: a NUL in a query parameter is a 400, not a database error.
    "core.http.NulQueryParameterMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a locked-out sign-in on the admin's and the browsable API's forms into axes' 429 answer.
    "axes.middleware.AxesMiddleware",
]

# Request bodies (docs/api.md "Limits"): an API request over 1 MiB answers 413, a multipart upload over 21 MiB
# (the feedback CSV import takes files up to 20 MiB); forms, the admin's included, take up to 1 MiB of fields.
API_MAX_BODY_BYTES = 1024 * 1024
API_MAX_UPLOAD_BODY_BYTES = 21 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_BODY_BYTES

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# A connection is kept for a minute and checked before reuse: opening one per request cut the throughput of a
# cheap endpoint on PostgreSQL to a third (120 against 365 requests per second, docs/performance.md "Live
# updates"). 0 behind a pooler in transaction mode.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
# The live stream's channel layer (docs/live.md): Redis pub/sub between every web process when REDIS_URL is set,
# the process itself otherwise (make run: one process serves every socket). A socket stays in its launch's group
# as long as it is open.
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer", "CONFIG": {"hosts": [REDIS_URL]}}
    }
else:
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "channels.layers.InMemoryChannelLayer", "CONFIG": {"group_expiry": 365 * 86400}}
    }
if REDIS_URL:
    # A Redis outage is a cache miss, not a 500 (core/cache.py); short timeouts keep a dead server from stalling
    # each request (a cached timeline of 50k tasks is ~20 MiB: well within the read timeout on a local network).
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses every sign-in of a locked-out account or client address before a password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Office users hold every permission on T-Minus's models in the admin (accounts/backends.py).
    "accounts.backends.OfficePermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/api-auth/login/"
LOGIN_REDIRECT_URL = "/"

# Sign-in throttle (django-axes, docs/decisions/sign-in-and-tokens.md): after SIGN_IN_FAILURE_LIMIT failed sign-ins
# for one account, or from one client address, every further attempt there is refused (429) until no attempt has
# failed for SIGN_IN_LOCKOUT_MINUTES. Counted in the database, shared by every worker, whether or not Redis is up.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.int("SIGN_IN_FAILURE_LIMIT", default=20)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("SIGN_IN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_MESSAGE = "Too many failed sign-ins for this account or from this address: try again later."
# Only failures are kept: a row per successful sign-in would grow forever (and make a session for every token).
AXES_DISABLE_ACCESS_LOG = True
# The client address: the socket's, unless TRUSTED_PROXY_COUNT proxies stand in front (each appending the address
# it saw to X-Forwarded-For); then the address the outermost one saw. Entries a client adds itself are ignored.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
if TRUSTED_PROXY_COUNT > 0:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    # ipware counts the proxies listed in the header: the nearest proxy is the socket address, not listed.
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT - 1
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
    AXES_IPWARE_PROXY_COUNT = None
# Read the client's position from the right, whatever a client put on the left (strict would refuse such headers
# and count every such client under the proxy's own address).
IPWARE_STRICT = False

# API tokens (django-rest-knox): a script trades a username and password for a token that lasts API_TOKEN_TTL_HOURS.
REST_KNOX = {
    "TOKEN_TTL": timedelta(hours=env.int("API_TOKEN_TTL_HOURS", default=10)),
    # Clients keep sending `Authorization: Token <key>`.
    "AUTH_HEADER_PREFIX": "Token",
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
# The built React app (npm run build) is served at the site root; index.html answers every UI route.
FRONTEND_DIST = Path(env.str("FRONTEND_DIST", default=str(REPO_DIR / "frontend" / "dist")))
WHITENOISE_ROOT = str(FRONTEND_DIST) if FRONTEND_DIST.is_dir() else None
# Files whose name carries a hash of their content are cached for good (WhiteNoise: ten years, immutable): Vite's
# assets/<name>-<8-character hash>.<ext> and collectstatic's <name>.<12 hex digits>.<ext>. Everything else keeps
# WhiteNoise's minute (none with DEBUG); index.html at / comes from a view, with no caching header.
WHITENOISE_IMMUTABLE_FILE_TEST = r"^/(?:assets/.+-[\w-]{8}|static/.+\.[0-9a-f]{12})\.\w+$"
# Source maps (12 of the 24 MiB collectstatic gathers, only ever read by a browser's developer tools) are not
# compressed: brotli at its best level would add a minute to every image build for nothing.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Without DEBUG (the Docker image runs collectstatic), hashed names plus .gz and .br copies that WhiteNoise
    # serves; with DEBUG (make run, the tests) plain names, so nothing needs a collectstatic first. The built React
    # app's .gz and .br come from `make frontend` (python -m whitenoise.compress frontend/dist).
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so an anonymous request is answered 401 with WWW-Authenticate rather than 403.
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Views name their own permission classes; this default only guards anything that forgets to.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # orjson renders JSON several times faster than the standard library (the timeline is large).
    "DEFAULT_RENDERER_CLASSES": [
        "drf_orjson_renderer.renderers.ORJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "drf_orjson_renderer.parsers.ORJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "ORJSON_RENDERER_OPTIONS": (orjson.OPT_UTC_Z,),
    "DEFAULT_PAGINATION_CLASS": "core.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "core.schema.AutoSchema",
    "EXCEPTION_HANDLER": "core.exception_handler.exception_handler",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "T-Minus API",
    "DESCRIPTION": "Plan and run product launches across departments: launches, workstreams, tasks, "
    "dependencies and milestones around launch day (T-0). Every error answers "
    '`{"code", "message", "extra"}`.',
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Our shared bases' docstrings describe no schema component (core/schema.py).
    "GET_LIB_DOC_EXCLUDES": "core.schema.lib_doc_excludes",
    "ENUM_NAME_OVERRIDES": {
        "TaskStatusEnum": "launches.models.TaskStatus",
        "LaunchStatusEnum": "launches.models.LaunchStatus",
        "ScheduleModeEnum": "launches.models.ScheduleMode",
        "LinkTypeEnum": "launches.models.LinkType",
        "DayCountEnum": "launches.models.DayCount",
        "GateStatusEnum": "gates.models.GateStatus",
        "DecisionKindEnum": "gates.models.DecisionKind",
        "CalendarFeedKindEnum": "calendars.models.FeedKind",
        "CommunicationKindEnum": "communications.models.CommunicationKind",
        "CommunicationStatusEnum": "communications.models.CommunicationStatus",
        "ShareNetworkEnum": "communications.models.ShareNetwork",
        "ApprovalPolicyEnum": "communications.models.ApprovalPolicy",
        "PublicationStatusEnum": "communications.models.PublicationStatus",
        "ArticleStatusEnum": "deliverables.models.ArticleStatus",
        "RecruitmentStatusEnum": "deliverables.models.RecruitmentStatus",
        "RoleEnum": "accounts.models.MembershipRole",
        "WorkloadRoleEnum": "readiness.workload.WorkloadRole",
    },
}

# Celery: with no broker configured, tasks run in-process (eager) so make run needs no Redis.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# Without a broker, work sent after a commit (emails, webhook posts, event dispatch) runs on a small in-process
# thread pool, so no request waits for it (core/tasks.py task_send); off, it runs inline (the tests).
EMBEDDED_TASKS_IN_BACKGROUND = env.bool("EMBEDDED_TASKS_IN_BACKGROUND", default=CELERY_TASK_ALWAYS_EAGER)
if not CELERY_BROKER_URL:
    CELERY_BROKER_URL = "memory://"
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_ACKS_LATE = True
# The live stream's messages have a queue of their own, so a change reaches open views without waiting behind
# calendar rebuilds and digests (docker-compose.yml runs a worker for it; `make worker` serves both).
CELERY_TASK_ROUTES = {"live.tasks.*": {"queue": "live"}}
# With workers, calendar entries follow a write this much later (calendars/followers.py): a burst of edits costs one
# rebuild; a feed fetched meanwhile catches up by itself. Without a broker (make run) they follow at once.
CALENDAR_SYNC_DELAY_SECONDS = env.int("CALENDAR_SYNC_DELAY_SECONDS", default=30)
# With workers, the conflict check after a change to the plan waits this much (notifications/outbox.py): a burst of
# edits is checked once, against its newest plan. Open views see conflicts at once in the timeline's difference.
CONFLICT_CHECK_DELAY_SECONDS = env.int("CONFLICT_CHECK_DELAY_SECONDS", default=5)
# With workers, a launch's timeline difference for open views is rendered at most once per this many seconds (a
# burst of edits: once at its start, once at the end of the interval, for its newest plan); 0 renders every change.
LIVE_SCHEDULE_INTERVAL_SECONDS = env.float("LIVE_SCHEDULE_INTERVAL_SECONDS", default=1.0)
# A feed's URL is its credential: in production a feed asked for over plain http is refused with a plain answer,
# never redirected (docs/calendars.md#https). On by default whenever DEBUG is off.
CALENDAR_FEEDS_REQUIRE_HTTPS = env.bool("CALENDAR_FEEDS_REQUIRE_HTTPS", default=not DEBUG)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

# Python garbage-collector thresholds for web and worker processes (see core/apps.py).
GC_THRESHOLDS = tuple(env.list("GC_THRESHOLDS", cast=int, default=[50_000, 20, 100]))

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# A mail server that does not answer fails the attempt after this many seconds (Django waits forever by default).
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=10.0)
# A failed email is retried after 30 s, 1 min, 2 min … (at most an hour) until this many attempts.
EMAIL_MAX_ATTEMPTS = env.int("EMAIL_MAX_ATTEMPTS", default=9)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="T-Minus <t-minus@localhost>")
# Links in emails and webhook payloads point here.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Notifications (notifications.services.embargoes_lifting_notify): an approved communication's author and the
# office hear this many hours ahead that its embargo lifts (T-0, or its gate's planned moment).
EMBARGO_LIFTING_NOTICE_HOURS = env.int("EMBARGO_LIFTING_NOTICE_HOURS", default=24)

# Communications going out (communications.services.publication_send): a channel that fails is retried after
# base, 2 x base ... seconds, this many attempts in all; the office is told at the first failure and the last.
COMMUNICATION_PUBLISH_MAX_ATTEMPTS = env.int("COMMUNICATION_PUBLISH_MAX_ATTEMPTS", default=6)
COMMUNICATION_PUBLISH_RETRY_SECONDS = env.float("COMMUNICATION_PUBLISH_RETRY_SECONDS", default=60.0)
# A journalist's briefing page answers this many requests a minute per client address (guessing costs too).
BRIEFING_PAGE_RATE_PER_MINUTE = env.int("BRIEFING_PAGE_RATE_PER_MINUTE", default=30)
# Modules with further channels (communications/channels.py: a class with key, label and send, registered).
COMMUNICATION_CHANNEL_MODULES = env.list("COMMUNICATION_CHANNEL_MODULES", default=[])

# Webhooks (webhooks/delivery.py): private, loopback and link-local targets are refused unless allowed.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env.bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", default=False)
WEBHOOK_TIMEOUT_SECONDS = env.float("WEBHOOK_TIMEOUT_SECONDS", default=10.0)
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", default=6)
# Retries wait base, 2 x base, 4 x base ... seconds (capped at an hour).
WEBHOOK_RETRY_BACKOFF_SECONDS = env.float("WEBHOOK_RETRY_BACKOFF_SECONDS", default=30.0)

# Calendar feeds answer plain http themselves (CALENDAR_FEEDS_REQUIRE_HTTPS): no redirect carries a token.
SECURE_REDIRECT_EXEMPT = [r"^api/health/$", r"^calendars/"]
# Production hardening: on whenever DEBUG is off (manage.py check --deploy reports nothing).
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): only this origin's own files run, style and connect; no inline script or
# style, no plugins, no framing. The built React app runs under it without a violation (frontend/e2e/app.mjs fails
# any page that reports one). The API docs pages relax styles only, on their own views (config/urls.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Permissions-Policy (django-permissions-policy): every powerful browser feature off; T-Minus uses none of them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# What follows each kind of event (events/bus.py emit): one table, in the top layer.
EVENT_FOLLOWERS = "config.followers.FOLLOWERS"
# What the outbox's dispatch makes of each row (notifications/outbox.py): notices, then webhook deliveries.
EVENT_OUTBOX_FOLLOWERS = "config.followers.OUTBOX_FOLLOWERS"
