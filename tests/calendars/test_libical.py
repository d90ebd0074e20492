"""The libical binding of the feed tests (tests/calendars/libical.py), on small hand-written calendars: what it reads,
the errors it reports and where, and that the parse_feed hook fails on them."""

import ctypes.util
from pathlib import Path

import pytest

from tests.calendars import libical as binding


def _calendar(*components: str, head: str = "VERSION:2.0\nPRODID:-//T-Minus//Tests//EN\n") -> bytes:
    text = "BEGIN:VCALENDAR\n" + head + "".join(components) + "END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def _event(uid: str, *lines: str) -> str:
    body = "".join(f"{line}\n" for line in lines)
    return f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20261201T090000Z\n{body}END:VEVENT\n"


PARIS = (
    "BEGIN:VTIMEZONE\nTZID:Europe/Paris\n"
    "BEGIN:STANDARD\nDTSTART:19701025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD\n"
    "END:VTIMEZONE\n"
)
VALID = _calendar(
    PARIS,
    _event("task-1@t-minus", "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261205", "SUMMARY:Brief", "SEQUENCE:2"),
    _event(
        "gate-1@t-minus",
        "DTSTART;TZID=Europe/Paris:20261201T100000",
        "DURATION:PT30M",
        "SUMMARY:Gate: Go/No-Go · «PR»",
        "STATUS:CANCELLED",
        "SEQUENCE:7",
    ),
    _event("t-zero@t-minus", "DTSTART:20261210T080000Z", "SUMMARY:T-0", "STATUS:CONFIRMED"),
)


def test_a_valid_calendar_parses_without_errors_into_its_events_and_timezones(libical):
    parsed = libical.parse(VALID, restrictions=True)

    assert parsed.errors == []
    assert parsed.timezones == ["Europe/Paris"]
    assert parsed.events == [
        {
            "uid": "task-1@t-minus",
            "status": None,
            "sequence": 2,
            "dtstart": "20261203",
            "dtstart_tzid": None,
            "summary": "Brief",
        },
        {
            "uid": "gate-1@t-minus",
            "status": "CANCELLED",
            "sequence": 7,
            "dtstart": "20261201T100000",
            "dtstart_tzid": "Europe/Paris",
            "summary": "Gate: Go/No-Go · «PR»",
        },
        {
            "uid": "t-zero@t-minus",
            "status": "CONFIRMED",
            "sequence": None,
            "dtstart": "20261210T080000Z",
            "dtstart_tzid": None,
            "summary": "T-0",
        },
    ]
    assert set(parsed.by_uid()) == {"task-1@t-minus", "gate-1@t-minus", "t-zero@t-minus"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DTSTART:2026-12-01T09:00", "VALUE-PARSE-ERROR: Can't parse as DATE-TIME value in DTSTART property"),
        ("DTSTART;VALUE=SOMETIME:20261201", "PARAMETER-VALUE-PARSE-ERROR: Invalid VALUE type for property DTSTART"),
        ("RRULE:FREQ=SOMETIMES", "VALUE-PARSE-ERROR: Can't parse as RECUR value in RRULE property"),
        ("DURATION:P1Q", "VALUE-PARSE-ERROR: Can't parse as DURATION value in DURATION property"),
        ("SUMMARY;LANGUAGE:Brief", "PARAMETER-NAME-PARSE-ERROR: Can't parse parameter name: LANGUAGE"),
        ("ASSIGNEE:someone", "PROPERTY-PARSE-ERROR: Parse error in property name: ASSIGNEE"),
    ],
)
def test_a_value_or_a_property_libical_rejects_is_an_error_naming_its_event(libical, line, expected):
    parsed = libical.parse(_calendar(_event("bad@t-minus", "DTSTART:20261201T090000Z", line)))

    assert len(parsed.errors) == 1, parsed.errors
    assert parsed.errors[0].startswith(f"VCALENDAR > VEVENT uid=bad@t-minus: {expected}"), parsed.errors
    assert [event["uid"] for event in parsed.events] == ["bad@t-minus"]


def test_an_error_deep_in_a_timezone_says_where_it_sits(libical):
    broken = PARIS.replace("DTSTART:19701025T030000", "DTSTART:last Sunday of October")
    parsed = libical.parse(_calendar(broken, _event("a@t-minus", "DTSTART:20261201T090000Z")))

    assert len(parsed.errors) == 1, parsed.errors
    assert parsed.errors[0].startswith(
        "VCALENDAR > VTIMEZONE tzid=Europe/Paris > STANDARD: VALUE-PARSE-ERROR: Can't parse as DATE-TIME value"
    )


def test_a_stray_line_is_an_error_of_the_calendar(libical):
    parsed = libical.parse(_calendar(_event("a@t-minus", "DTSTART:20261201T090000Z"), "just some text\n"))

    assert parsed.errors == [
        "VCALENDAR: COMPONENT-PARSE-ERROR: Got a data line, but could not find a property name or component "
        "begin tag: just some text"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (VALID + VALID, "the top component is XROOT, not one VCALENDAR"),
        (b"BEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n", "the top component is VEVENT, not one VCALENDAR"),
        (b"not a calendar", "libical found no component at all"),
        (VALID.replace(b"SUMMARY:Brief", b"SUMMARY:Br\0ief"), "NUL byte at offset"),
    ],
)
def test_anything_but_one_vcalendar_is_an_error(libical, body, expected):
    parsed = libical.parse(body)

    assert len(parsed.errors) == 1, parsed.errors
    assert parsed.errors[0].startswith(expected)
    assert parsed.events == []


VEVENT_ERROR = "VCALENDAR > VEVENT uid=a@t-minus: INVALID-ITIP: Failed iTIP restrictions for "


@pytest.mark.parametrize(
    ("components", "head", "expected"),
    [
        # What icalendar's Timezone.from_tzinfo writes: RFC 5545 allows COMMENT in STANDARD, not in VTIMEZONE.
        (
            [PARIS.replace("TZID:Europe/Paris\n", "TZID:Europe/Paris\nCOMMENT:Works until 2028.\n")],
            None,
            "VCALENDAR > VTIMEZONE tzid=Europe/Paris: INVALID-ITIP: Failed iTIP restrictions for COMMENT property. "
            "Expected 0 instances of the property and got 1",
        ),
        (
            [_event("a@t-minus", "DTSTART:20261201T090000Z", "SUMMARY:One", "SUMMARY:Two")],
            None,
            VEVENT_ERROR + "SUMMARY property. Expected zero or one instances of the property and got 2",
        ),
        # libical 3.0.16 adds this one once per property of the event: it is reported once.
        (
            [_event("a@t-minus", "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z", "DURATION:PT1H")],
            None,
            VEVENT_ERROR + "DTEND property. The component must not have both DURATION and DTEND",
        ),
        (
            [_event("a@t-minus", "DTSTART:20261201T090000Z")],
            "VERSION:2.0\n",
            "VCALENDAR: INVALID-ITIP: Failed iTIP restrictions for PRODID property. "
            "Expected 1 instances of the property and got 0",
        ),
    ],
)
def test_restrictions_report_what_rfc_5545_forbids_but_the_parser_lets_pass(libical, components, head, expected):
    body = _calendar(*components, **({"head": head} if head else {}))

    assert libical.parse(body).errors == []
    assert libical.parse(body, restrictions=True).errors == [expected]


def test_restrictions_stop_at_the_first_component_that_fails_them(libical):
    body = _calendar(
        _event("a@t-minus", "DTSTART:20261201T090000Z", "SUMMARY:One", "SUMMARY:Two"),
        _event("b@t-minus", "DTSTART:20261201T090000Z", "SUMMARY:One", "SUMMARY:Two"),
    )

    assert libical.parse(body, restrictions=True).errors == [
        VEVENT_ERROR + "SUMMARY property. Expected zero or one instances of the property and got 2"
    ]


def test_the_parse_feed_hook_fails_on_what_only_libical_rejects(parse_feed):
    # icalendar and ical.js both accept two SUMMARYs; libical's restrictions do not.
    body = _calendar(_event("a@t-minus", "DTSTART:20261201T090000Z", "SUMMARY:One", "SUMMARY:Two"))

    with pytest.raises(AssertionError, match=r"libical reports:\n\s*VCALENDAR > VEVENT uid=a@t-minus: .*SUMMARY"):
        parse_feed(body)


def test_the_parse_feed_hook_exposes_what_libical_read(parse_feed):
    parsed = parse_feed(VALID)

    assert parsed.libical.by_uid()["gate-1@t-minus"]["status"] == "CANCELLED"
    assert [event["uid"] for event in parsed.libical.events] == [str(event["UID"]) for event in parsed.events]


def test_a_missing_library_fails_with_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(binding, "DEBIAN_PATHS", (tmp_path / "libical.so.3",))

    with pytest.raises(binding.LibicalMissing, match=r"libical\.so\.3 not found .*apt-get install -y libical3"):
        binding.locate()


def test_the_library_is_found_where_debian_puts_it(libical):
    assert libical.path == "libical.so.3" or Path(libical.path) in binding.DEBIAN_PATHS
