"""The live socket's route, mounted by config/asgi.py."""

from django.urls import path

from live.consumers import LiveConsumer

websocket_urlpatterns = [path("ws/live/", LiveConsumer.as_asgi())]
