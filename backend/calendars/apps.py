"""Calendars: iCalendar (RFC 5545) feeds of each person's, department's and launch's part of the plan."""

from django.apps import AppConfig


class CalendarsConfig(AppConfig):
    name = "calendars"
