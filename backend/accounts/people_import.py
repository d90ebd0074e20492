"""The office's CSV import of people: every row checked first, then everyone created in one transaction, or nobody.

Columns (header row, any order, names case-insensitive): username (required), first_name, last_name, email,
department (a department's slug), role (lead or member; member when left empty), is_office (true/false, yes/no,
1/0; false when left empty), time_zone (an IANA zone; UTC when left empty). A person in several departments takes
one row per department: the rows after their first repeat the username and the department, and any other cell
they fill must say what the first row says."""

from dataclasses import dataclass, field
from typing import IO, Any

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import EmailValidator
from django.db import transaction
from django.db.models.functions import Lower

from accounts.access import access_require_office
from accounts.errors import PeopleImportError
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from accounts.services import user_created_emit, user_invitation_enqueue
from core.csv_files import csv_file_text, csv_records
from core.errors import ValidationError
from core.validators import is_time_zone_name
from events.bus import emit
from events.kinds import UsersImported

# A people file is small: an organisation's staff, not a data set.
MAX_IMPORT_BYTES = 1024 * 1024
MAX_IMPORT_ROWS = 2_000
# A 400 lists this many row problems at most (extra.error_count says how many there were).
MAX_LISTED_ROW_ERRORS = 200

REQUIRED_COLUMNS = ["username"]
OPTIONAL_COLUMNS = ["first_name", "last_name", "email", "department", "role", "is_office", "time_zone"]
PERSON_COLUMNS = ("first_name", "last_name", "email", "is_office", "time_zone")
NAME_MAX_LENGTH = User._meta.get_field("first_name").max_length
USERNAME_MAX_LENGTH = User._meta.get_field("username").max_length
EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length
TRUE = frozenset({"true", "yes", "y", "1"})
FALSE = frozenset({"false", "no", "n", "0", ""})


@dataclass
class PersonRow:
    """One person of the file, as they will be created."""

    row: int
    username: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    is_office: bool = False
    time_zone: str = "UTC"
    cells: dict[str, str] = field(default_factory=dict)  # the first row's person cells, to compare repeats with
    departments: list[tuple[Department, str]] = field(default_factory=list)


@dataclass
class PeopleImportResult:
    people: list[PersonRow]
    created: int
    dry_run: bool


def _parse(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header's column names and the non-blank rows with their line numbers (the header is line 1)."""
    records = csv_records(text)
    _, first = next(records, (1, []))
    header = [name.strip().lower() for name in first]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ValidationError(
            f"The header row lacks the column(s): {', '.join(missing)}. "
            f"Columns: {', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}.",
            field="file",
            extra={"missing_columns": missing},
        )
    unknown = [name for name in header if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if unknown or repeated:
        raise ValidationError(
            f"Unknown or repeated column(s) in the header row: {', '.join(unknown + repeated)}. "
            f"Columns: {', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}.",
            field="file",
        )
    rows = []
    for line, row in records:
        if any(cell.strip() for cell in row):
            rows.append((line, row))
            if len(rows) > MAX_IMPORT_ROWS:
                raise ValidationError(f"A file holds at most {MAX_IMPORT_ROWS} rows; split it.", field="file")
    if not rows:
        raise ValidationError("The file has a header row but no rows to import.", field="file")
    return header, rows


class _Checker:
    """Checks rows against each other and against what is saved (read once: usernames, departments, leads)."""

    def __init__(self, rows: list[dict[str, str]], *, send_invitations: bool) -> None:
        self.send_invitations = send_invitations
        wanted = {row.get("username", "").lower() for row in rows}
        self.taken = set(
            User.objects.annotate(lowered=Lower("username"))
            .filter(lowered__in=wanted)
            .values_list("lowered", flat=True)
        )
        self.departments = {department.slug: department for department in Department.objects.all()}
        self.leads = dict(
            DepartmentMembership.objects.filter(role=MembershipRole.LEAD).values_list(
                "department__slug", "user__username"
            )
        )
        self.lead_rows: dict[str, int] = {}  # department slug -> the row in the file making its lead
        self.people: dict[str, PersonRow] = {}  # lowered username -> its person
        self.errors: list[dict[str, Any]] = []

    def error(self, row: int, column: str | None, message: str) -> None:
        self.errors.append({"row": row, "field": column, "message": message})

    def person_cells(self, line: int, value: dict[str, str]) -> PersonRow | None:
        """The person of a first row, or None (with errors) when a cell is invalid."""
        count = len(self.errors)
        person = PersonRow(row=line, username=value["username"])
        for column in ("first_name", "last_name"):
            if len(value.get(column, "")) > NAME_MAX_LENGTH:
                self.error(line, column, f"Longer than {NAME_MAX_LENGTH} characters.")
        email = value.get("email", "")
        if email:
            try:
                EmailValidator()(email)
            except DjangoValidationError:
                self.error(line, "email", f"“{email[:100]}” is not an email address.")
            if len(email) > EMAIL_MAX_LENGTH:
                self.error(line, "email", f"Longer than {EMAIL_MAX_LENGTH} characters.")
        elif self.send_invitations:
            self.error(line, "email", "An invitation goes by email: give the person's email.")
        is_office = value.get("is_office", "").lower()
        if is_office not in TRUE | FALSE:
            self.error(line, "is_office", f"“{is_office[:20]}” is not true or false.")
        time_zone = value.get("time_zone", "") or "UTC"
        if not is_time_zone_name(time_zone):
            self.error(line, "time_zone", f"“{time_zone[:60]}” is not an IANA time zone (such as Europe/Berlin).")
        if len(self.errors) > count:
            return None
        person.first_name = value.get("first_name", "")
        person.last_name = value.get("last_name", "")
        person.email = email
        person.is_office = is_office in TRUE
        person.time_zone = time_zone
        person.cells = {column: value.get(column, "") for column in PERSON_COLUMNS}
        return person

    def username(self, line: int, username: str) -> bool:
        if not username:
            self.error(line, "username", "The username is empty.")
            return False
        if len(username) > USERNAME_MAX_LENGTH:
            self.error(line, "username", f"Longer than {USERNAME_MAX_LENGTH} characters.")
            return False
        try:
            UnicodeUsernameValidator()(username)
        except DjangoValidationError:
            self.error(line, "username", "Letters, digits and @ . + - _ only.")
            return False
        if username.lower() in self.taken:
            self.error(line, "username", f"The username {username!r} is taken.")
            return False
        return True

    def department(self, line: int, value: dict[str, str], person: PersonRow | None) -> None:
        slug, role = value.get("department", ""), value.get("role", "").lower()
        if not slug:
            if role:
                self.error(line, "role", "A role needs a department.")
            return
        department = self.departments.get(slug)
        if department is None:
            known = ", ".join(sorted(self.departments))
            self.error(line, "department", f"No department has the slug “{slug[:60]}”; one of: {known}.")
            return
        role = role or MembershipRole.MEMBER
        if role not in MembershipRole.values:
            self.error(line, "role", f"“{role[:20]}” is not a role; one of: {', '.join(MembershipRole.values)}.")
            return
        if role == MembershipRole.LEAD:
            if slug in self.leads:
                self.error(
                    line, "role", f"{department.name} already has a lead ({self.leads[slug]}): one lead per department."
                )
                return
            if slug in self.lead_rows:
                self.error(line, "role", f"Row {self.lead_rows[slug]} makes the lead of {department.name} already.")
                return
            self.lead_rows[slug] = line
        if person is not None:
            if any(d.pk == department.pk for d, _ in person.departments):
                self.error(line, "department", f"{person.username} is in {department.name} on an earlier row.")
                return
            person.departments.append((department, role))

    def row(self, line: int, value: dict[str, str]) -> None:
        count = len(self.errors)
        # PostgreSQL cannot store a NUL character in text: the row is refused, naming the cell.
        for column, cell in value.items():
            if "\x00" in cell:
                self.error(line, column, "Contains a NUL character.")
        if len(self.errors) > count:
            return
        username = value.get("username", "")
        earlier = self.people.get(username.lower())
        if earlier is not None:
            for column in PERSON_COLUMNS:
                if value.get(column) and value[column] != earlier.cells.get(column):
                    self.error(line, column, f"Differs from row {earlier.row}, which adds {earlier.username} already.")
            if not value.get("department"):
                self.error(line, "department", f"Row {earlier.row} adds {earlier.username} already.")
            self.department(line, value, earlier)
            return
        if not self.username(line, username):
            self.department(line, value, None)
            return
        person = self.person_cells(line, value)
        self.department(line, value, person)
        if person is not None:
            self.people[username.lower()] = person


@transaction.atomic
def people_import_csv(
    *, actor: User, file: IO[bytes], dry_run: bool = False, send_invitations: bool = False
) -> PeopleImportResult:
    """Office only: adds the people of a CSV file (module docstring: the columns), invited (no usable password),
    all of them or none: any bad row refuses the whole file (400, extra.rows: row, field, message per problem; rows
    numbered as in the file, the header is row 1). dry_run checks and answers who would be added, adding nobody;
    send_invitations emails each their set-password link after commit."""
    access_require_office(actor, "import people")
    header, records = _parse(csv_file_text(file, max_bytes=MAX_IMPORT_BYTES))
    rows: list[tuple[int, dict[str, str]]] = []
    errors: list[dict[str, Any]] = []
    for line, cells in records:
        if len(cells) > len(header):
            errors.append({"row": line, "field": None, "message": f"{len(cells)} cells for {len(header)} columns."})
            continue
        rows.append((line, dict(zip(header, (cell.strip() for cell in cells), strict=False))))
    checker = _Checker([value for _, value in rows], send_invitations=send_invitations)
    for line, value in rows:
        checker.row(line, value)
    errors = sorted(errors + checker.errors, key=lambda error: error["row"])
    if errors:
        bad_fields = sorted({error["field"] for error in errors if error["field"]})
        first = errors[0]
        raise PeopleImportError(
            f"{len(errors)} problem(s) in the file, nobody was added; first, row {first['row']}: {first['message']}",
            extra={
                "rows": errors[:MAX_LISTED_ROW_ERRORS],
                "error_count": len(errors),
                "fields": {"file": [f"Invalid values in column(s): {', '.join(bad_fields) or 'several'}."]},
            },
        )
    people = list(checker.people.values())
    if dry_run:
        return PeopleImportResult(people=people, created=0, dry_run=True)
    users = [
        User(
            username=person.username,
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            is_office=person.is_office,
            time_zone=person.time_zone,
        )
        for person in people
    ]
    for user in users:
        user.set_unusable_password()
    users = User.objects.bulk_create(users)
    memberships = DepartmentMembership.objects.bulk_create(
        [
            DepartmentMembership(department=department, user=user, role=role)
            for person, user in zip(people, users, strict=True)
            for department, role in person.departments
        ]
    )
    user_created_emit(actor=actor, users=users, memberships=memberships)
    emit(
        UsersImported(
            actor=actor,
            id=actor.pk,
            label=f"{len(users)} people imported",
            changes={"imported": {"from": None, "to": len(users)}},
        )
    )
    if send_invitations:
        for user in users:
            user_invitation_enqueue(user)
    return PeopleImportResult(people=people, created=len(users), dry_run=False)
