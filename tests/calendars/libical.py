"""A small ctypes binding over libical 3 (Evolution's iCalendar parser, Debian's package libical3), for the tests.

Only what the feed tests need: parse a whole .ics, list its VEVENTs and VTIMEZONEs, and collect every error
libical found. libical does not raise on bad input: it keeps parsing and leaves an X-LIC-ERROR property in the
component where it met the problem, so the errors are read back from the tree. See
docs/decisions/libical-in-tests.md for why ctypes, and what libical checks.
"""

import ctypes
import ctypes.util
import platform
from dataclasses import dataclass, field
from pathlib import Path

# Where Debian's libical3 puts the library, by architecture (find_library is tried first).
DEBIAN_PATHS = (
    Path("/usr/lib/x86_64-linux-gnu/libical.so.3"),
    Path("/usr/lib/aarch64-linux-gnu/libical.so.3"),
)
INSTALL_HINT = (
    "the calendar feed tests parse every feed with libical 3 (Debian's package libical3): "
    "run `make test-backend` (it installs it), or `apt-get install -y libical3`"
)


class LibicalMissing(RuntimeError):
    """libical.so.3 is not installed."""


def locate() -> str:
    """The path or name of libical.so.3 to load; raises LibicalMissing with how to install it."""
    name = ctypes.util.find_library("ical")
    if name == "libical.so.3":
        return name
    machine = platform.machine()
    for path in DEBIAN_PATHS:
        if path.exists() and path.parent.name.startswith(machine):
            return str(path)
    found = f" (found {name}, not libical 3)" if name else ""
    raise LibicalMissing(f"libical.so.3 not found on this {machine} machine{found}: {INSTALL_HINT}")


@dataclass
class LibicalCalendar:
    """What libical understood of one .ics: its VEVENTs, its VTIMEZONEs' TZIDs, and every error it reported."""

    events: list[dict] = field(default_factory=list)
    timezones: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def by_uid(self) -> dict[str, dict]:
        return {event["uid"]: event for event in self.events}


class Libical:
    """libical.so.3, loaded once; `parse` is the one entry point."""

    def __init__(self, path: str):
        self.path = path
        lib = self._lib = ctypes.CDLL(path)
        ptr, text, integer = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        for name, restype, argtypes in (
            ("icalparser_parse_string", ptr, [text]),
            ("icalcomponent_free", None, [ptr]),
            ("icalcomponent_isa", integer, [ptr]),
            ("icalcomponent_kind_to_string", text, [integer]),
            ("icalcomponent_string_to_kind", integer, [text]),
            ("icalproperty_string_to_kind", integer, [text]),
            ("icalproperty_kind_to_string", text, [integer]),
            ("icalparameter_kind_to_string", text, [integer]),
            ("icalcomponent_get_first_component", ptr, [ptr, integer]),
            ("icalcomponent_get_next_component", ptr, [ptr, integer]),
            ("icalcomponent_get_first_property", ptr, [ptr, integer]),
            ("icalcomponent_get_next_property", ptr, [ptr, integer]),
            ("icalcomponent_count_errors", integer, [ptr]),
            ("icalcomponent_get_uid", text, [ptr]),
            ("icalcomponent_get_summary", text, [ptr]),
            ("icalproperty_get_value_as_string", text, [ptr]),
            ("icalproperty_get_parameter_as_string", text, [ptr, text]),
            ("icalproperty_get_sequence", integer, [ptr]),
            ("icalproperty_get_xlicerror", text, [ptr]),
            ("icalproperty_as_ical_string", text, [ptr]),
            ("icalproperty_get_first_parameter", ptr, [ptr, integer]),
            ("icalparameter_string_to_kind", integer, [text]),
            ("icalparameter_as_ical_string", text, [ptr]),
            ("icalrestriction_check", integer, [ptr]),
            ("icalerror_set_errors_are_fatal", None, [integer]),
        ):
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
        # A build with fatal errors would abort() the test process on the first bad value, instead of noting it.
        lib.icalerror_set_errors_are_fatal(0)
        # Kinds by name rather than numbers copied from a header (Debian ships no header with libical3).
        self.any_component = self._kind_number("icalcomponent", "ANY")
        self.vevent = self._kind_number("icalcomponent", "VEVENT")
        self.vtimezone = self._kind_number("icalcomponent", "VTIMEZONE")
        self.error_type = self._kind_number("icalparameter", "X-LIC-ERRORTYPE")
        self.properties = {
            name: self._kind_number("icalproperty", name)
            for name in ("X-LIC-ERROR", "STATUS", "SEQUENCE", "DTSTART", "TZID")
        }

    def _kind_number(self, family: str, name: str) -> int:
        """The enum value of a kind, by its name. Not <family>_string_to_kind alone: it answers the generic X kind
        for every name that starts with "X-" (X-LIC-ERRORTYPE among them), so the answer is checked and, when
        wrong, the enum is scanned with <family>_kind_to_string."""
        to_string = getattr(self._lib, f"{family}_kind_to_string")
        number = getattr(self._lib, f"{family}_string_to_kind")(name.encode())
        if to_string(number) == name.encode():
            return number
        for number in range(1024):
            if to_string(number) == name.encode():
                return number
        raise LookupError(f"{self.path} has no {family} kind named {name}")

    def parse(self, body: bytes, *, restrictions: bool = False) -> LibicalCalendar:
        """Parses a whole .ics. With `restrictions`, also runs icalrestriction_check and reports what it adds as
        errors: RFC 5546's rules for the calendar's METHOD, which without a METHOD are RFC 5545's property counts
        (one PRODID and VERSION, at most one SUMMARY or DTSTART per event, no COMMENT in a VTIMEZONE, not both
        DTEND and DURATION...). It stops at the first component that fails them and reports only its findings."""
        result = LibicalCalendar()
        if b"\0" in body:  # a C string would stop there: libical would silently read only the start
            offset = body.index(b"\0")
            result.errors.append(f"NUL byte at offset {offset}: libical would read only what precedes it")
            return result
        root = self._lib.icalparser_parse_string(body)
        if not root:
            result.errors.append("libical found no component at all")
            return result
        try:
            kind = self._kind(root)
            if kind != "VCALENDAR":
                # XROOT when the text holds several VCALENDARs, or a bare component when it holds no VCALENDAR.
                result.errors.append(f"the top component is {kind}, not one VCALENDAR")
            result.errors += self._errors(root, [])
            if restrictions and kind == "VCALENDAR":
                before = set(result.errors)
                self._lib.icalrestriction_check(root)
                # dict.fromkeys: libical 3.0.16 adds the same DTEND-and-DURATION error once per property it checks
                result.errors += [error for error in dict.fromkeys(self._errors(root, [])) if error not in before]
            if kind == "VCALENDAR":
                result.events = [self._event(event) for event in self._children(root, self.vevent)]
                result.timezones = [
                    self._value(zone, "TZID") or "(no TZID)" for zone in self._children(root, self.vtimezone)
                ]
        finally:
            self._lib.icalcomponent_free(root)
        return result

    def _kind(self, component) -> str:
        return (self._lib.icalcomponent_kind_to_string(self._lib.icalcomponent_isa(component)) or b"?").decode()

    def _children(self, component, kind: int):
        child = self._lib.icalcomponent_get_first_component(component, kind)
        while child:
            yield child
            child = self._lib.icalcomponent_get_next_component(component, kind)

    def _properties(self, component, name: str):
        kind = self.properties[name]
        prop = self._lib.icalcomponent_get_first_property(component, kind)
        while prop:
            yield prop
            prop = self._lib.icalcomponent_get_next_property(component, kind)

    def _first(self, component, name: str):
        return next(self._properties(component, name), None)

    def _value(self, component, name: str) -> str | None:
        prop = self._first(component, name)
        value = self._lib.icalproperty_get_value_as_string(prop) if prop else None
        return value.decode() if value is not None else None

    def _errors(self, component, path: list[str]) -> list[str]:
        """Every X-LIC-ERROR in `component` and below, each with where it sits: "VCALENDAR > VEVENT uid=...: ..."."""
        here = self._kind(component)
        uid = self._lib.icalcomponent_get_uid(component) if here != "VCALENDAR" else None
        tzid = self._value(component, "TZID") if here == "VTIMEZONE" else None
        label = here + (f" uid={uid.decode()}" if uid else "") + (f" tzid={tzid}" if tzid else "")
        where = " > ".join([*path, label])
        errors = []
        for prop in self._properties(component, "X-LIC-ERROR"):
            parameter = self._lib.icalproperty_get_first_parameter(prop, self.error_type)
            # "X-LIC-ERRORTYPE=VALUE-PARSE-ERROR" (icalproperty_get_parameter_as_string does not find this one)
            written = self._lib.icalparameter_as_ical_string(parameter) if parameter else None
            kind = written.decode().partition("=")[2] if written else "?"
            text = self._lib.icalproperty_get_xlicerror(prop) or b""
            errors.append(f"{where}: {kind}: {text.decode(errors='replace')}")
        for child in self._children(component, self.any_component):
            errors += self._errors(child, [*path, label])
        return errors

    def _event(self, event) -> dict:
        uid = self._lib.icalcomponent_get_uid(event)
        summary = self._lib.icalcomponent_get_summary(event)
        sequence = self._first(event, "SEQUENCE")
        dtstart = self._first(event, "DTSTART")
        tzid = self._lib.icalproperty_get_parameter_as_string(dtstart, b"TZID") if dtstart else None
        return {
            "uid": uid.decode() if uid is not None else None,
            "status": self._value(event, "STATUS"),
            "sequence": self._lib.icalproperty_get_sequence(sequence) if sequence else None,
            "dtstart": self._value(event, "DTSTART"),
            "dtstart_tzid": tzid.decode() if tzid else None,
            "summary": summary.decode() if summary is not None else None,
        }
