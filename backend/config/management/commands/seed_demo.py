"""Builds the demo: users for each role, one realistic launch across the five departments and a smaller second
launch by the same people (the portfolio, the workload and a cross-launch link). Idempotent."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts.models import Department, DepartmentMembership, MembershipRole, User
from communications.models import Communication
from communications.services import (
    communication_create,
    communication_decide,
    communication_submit,
    communications_publish_due,
)
from core.tasks import embedded_tasks_wait
from events.bus import emit
from events.kinds import LaunchCreated
from gates.models import Gate
from launches.models import (
    CrossLaunchDependency,
    DayCount,
    Dependency,
    Launch,
    LaunchStatus,
    Milestone,
    Task,
    TaskStatus,
    Workstream,
)
from launches.services import baseline_save, task_update

DEMO_PASSWORD = "tminus-demo"
DEMO_LAUNCH = "Aurora smart speaker"

# username, first name, last name, office?, (department slug, role) or None
USERS = [
    ("csbo", "Cora", "Sandoval", True, None),
    ("office", "Otto", "Fischer", True, None),
    ("hr.lead", "Hana", "Reyes", False, ("hr", MembershipRole.LEAD)),
    ("hr.member", "Hugo", "Martin", False, ("hr", MembershipRole.MEMBER)),
    ("pr.lead", "Priya", "Raman", False, ("pr", MembershipRole.LEAD)),
    ("pr.member", "Paul", "Okafor", False, ("pr", MembershipRole.MEMBER)),
    ("care.lead", "Carla", "Nunes", False, ("customer-care", MembershipRole.LEAD)),
    ("care.member", "Chen", "Wei", False, ("customer-care", MembershipRole.MEMBER)),
    ("marketing.lead", "Maya", "Lindqvist", False, ("marketing", MembershipRole.LEAD)),
    ("marketing.member", "Marco", "Bianchi", False, ("marketing", MembershipRole.MEMBER)),
    ("eng.lead", "Elena", "Novak", False, ("engineering", MembershipRole.LEAD)),
    ("eng.member", "Ethan", "Brooks", False, ("engineering", MembershipRole.MEMBER)),
    ("viewer", "Vera", "Holm", False, None),
    # An executive with no department: the Go/No-Go needs her sign-off by name (an approver by name).
    ("ceo", "Nadia", "Okoro", False, None),
]

# key, department, title, offset from T-0 in days, duration in days, needed for launch, assignee role
TASKS = [
    ("hr-skills", "hr", "Define the skills the launch needs", -70, 5, False, "lead"),
    ("hr-reqs", "hr", "Open job requisitions", -64, 3, False, "member"),
    ("hr-hire", "hr", "Interview and hire support specialists", -60, 25, False, "lead"),
    ("hr-onboard", "hr", "Onboard new hires", -34, 10, True, "member"),
    ("hr-hints-guide", "hr", "Write employee hint guidelines", -30, 4, False, "member"),
    ("hr-rota", "hr", "Launch-day staffing rota", -14, 3, True, "lead"),
    ("hr-brief", "hr", "Brief all staff on the launch", -8, 1, True, "lead"),
    ("hr-hints", "hr", "Employees drop approved hints", 0, 7, False, "member"),
    ("pr-messages", "pr", "Agree key messages", -60, 5, False, "lead"),
    ("pr-draft", "pr", "Draft the press release", -36, 7, False, "member"),
    ("pr-approve", "pr", "Approve the press release", -28, 3, True, "lead"),
    ("pr-kit", "pr", "Prepare the press kit (images, fact sheet)", -24, 7, False, "member"),
    ("pr-training", "pr", "Spokesperson media training", -16, 2, False, "lead"),
    ("pr-embargo", "pr", "Brief journalists under embargo", -10, 5, True, "lead"),
    ("pr-publish", "pr", "Publish the press release", 0, 1, False, "member"),
    ("pr-coverage", "pr", "Monitor coverage", 0, 14, False, "member"),
    ("care-inventory", "customer-care", "Inventory knowledge base articles to update", -36, 3, False, "lead"),
    ("care-escalation", "customer-care", "Define the escalation path to Engineering", -32, 3, True, "lead"),
    ("care-kb", "customer-care", "Write and update knowledge base articles", -32, 14, True, "member"),
    ("care-faq", "customer-care", "Update the FAQ", -24, 5, True, "member"),
    ("care-train", "customer-care", "Train support agents", -17, 5, True, "lead"),
    ("care-kb-publish", "customer-care", "Publish knowledge base articles", -1, 1, True, "member"),
    ("care-warroom", "customer-care", "Launch-day war room", 0, 3, False, "lead"),
    ("care-review", "customer-care", "Review first-week tickets", 3, 5, False, "member"),
    ("mkt-brief", "marketing", "Campaign brief", -54, 5, False, "lead"),
    ("mkt-assets", "marketing", "Produce campaign assets", -48, 14, False, "member"),
    ("mkt-channels", "marketing", "Book channels and media", -40, 5, False, "lead"),
    ("mkt-landing", "marketing", "Build the launch landing page", -33, 10, True, "member"),
    ("mkt-social", "marketing", "Schedule social posts", -12, 3, True, "member"),
    ("mkt-newsletter", "marketing", "Write the launch newsletter", -12, 4, False, "member"),
    ("mkt-golive", "marketing", "Campaign goes live", 0, 1, False, "lead"),
    ("mkt-report", "marketing", "First-week campaign report", 7, 3, False, "lead"),
    ("eng-beta", "engineering", "Run the beta with early users", -90, 30, False, "lead"),
    ("eng-feedback", "engineering", "Collect and triage beta feedback", -60, 10, False, "member"),
    ("eng-freeze", "engineering", "Freeze the launch feature list", -48, 2, True, "lead"),
    ("eng-fixes", "engineering", "Fix launch-blocking issues", -45, 20, True, "member"),
    ("eng-notes", "engineering", "Write release notes", -24, 5, True, "member"),
    ("eng-docs", "engineering", "Technical review of KB articles", -17, 3, False, "lead"),
    ("eng-rc", "engineering", "Release candidate sign-off", -9, 2, True, "lead"),
    ("eng-release", "engineering", "Release to production", -1, 1, True, "lead"),
    ("eng-monitor", "engineering", "Monitor and hotfix", 0, 10, False, "member"),
    ("eng-retro", "engineering", "Launch retrospective", 14, 1, False, "lead"),
]

# predecessor, successor, lag in days (finish-to-start)
DEPENDENCIES = [
    ("hr-skills", "hr-reqs", 0),
    ("hr-reqs", "hr-hire", 0),
    ("hr-hire", "hr-onboard", 0),
    ("pr-messages", "hr-hints-guide", 0),
    ("hr-onboard", "care-train", 0),
    ("hr-hints-guide", "hr-hints", 0),
    ("pr-approve", "hr-brief", 2),
    ("eng-beta", "eng-feedback", 0),
    ("eng-feedback", "eng-freeze", 0),
    ("eng-freeze", "eng-fixes", 0),
    ("eng-fixes", "eng-rc", 0),
    ("eng-rc", "eng-release", 0),
    ("eng-freeze", "pr-draft", 0),
    ("pr-messages", "pr-draft", 0),
    ("pr-draft", "pr-approve", 0),
    ("pr-approve", "pr-embargo", 0),
    ("pr-embargo", "pr-publish", 0),
    ("mkt-assets", "pr-kit", 0),
    ("eng-freeze", "care-inventory", 0),
    ("care-inventory", "care-kb", 0),
    ("care-kb", "eng-docs", 0),
    ("eng-docs", "care-kb-publish", 0),
    ("pr-approve", "care-faq", 0),
    ("care-kb", "care-train", 0),
    ("care-train", "care-warroom", 0),
    ("eng-freeze", "eng-notes", 0),
    ("eng-notes", "care-kb-publish", 0),
    ("pr-messages", "mkt-brief", 0),
    ("mkt-brief", "mkt-assets", 0),
    ("mkt-brief", "mkt-channels", 0),
    ("eng-freeze", "mkt-landing", 0),
    ("mkt-assets", "mkt-social", 0),
    ("mkt-assets", "mkt-newsletter", 0),
    ("mkt-landing", "mkt-golive", 0),
    ("eng-release", "mkt-golive", 0),
    ("mkt-golive", "mkt-report", 0),
    ("eng-release", "eng-monitor", 0),
    ("eng-monitor", "eng-retro", 0),
    ("care-escalation", "care-warroom", 0),
    ("hr-rota", "care-warroom", 0),
]

# name, offset from T-0 in days
MILESTONES = [
    ("Feature freeze", -46),
    ("Press embargo set", -10),
    ("Embargo lifts", 0),
    ("First-week review", 7),
]


# name, offset from T-0 in days, criterion task keys, departments whose leads approve (with the office)
GATES = [
    ("Readiness review", -7, ("pr-approve", "eng-notes", "care-train"), ("pr", "customer-care", "engineering")),
    ("Go/No-Go", -1, ("eng-rc", "hr-brief", "mkt-social"), ("engineering", "marketing")),
]


# The office runs a second launch with the same people (the portfolio and the workload show both): the companion
# app ships two weeks after the speaker, and its store listing waits on the speaker's release (a cross-launch link).
COMPANION_LAUNCH = "Aurora companion app"

# key, department, title, offset from T-0 in days, duration in days, assignee username, effort in hours or None
COMPANION_TASKS = [
    ("app-screens", "marketing", "Design the store screenshots", -20, 8, "marketing.member", 24),
    ("app-copy", "marketing", "Write the store listing copy", -18, 6, "marketing.member", 12),
    ("app-video", "marketing", "Cut the app preview video", -16, 8, "marketing.member", 20),
    ("app-beta", "engineering", "Run the app's public beta", -25, 15, "eng.member", 60),
    ("app-store", "engineering", "Publish the app store listing", -3, 2, "eng.lead", 4),
    ("app-faq", "customer-care", "Write the app's help articles", -12, 6, "care.member", 16),
    ("app-pr", "pr", "Pitch the app to reviewers", -8, 5, "pr.member", None),
]
COMPANION_DEPENDENCIES = [("app-beta", "app-store", 0), ("app-screens", "app-store", 0), ("app-copy", "app-store", 0)]

# Weekly capacity the office set: (tasks, hours); the marketing member carries work in both launches at once.
CAPACITY = {"marketing.member": (2, None), "eng.member": (None, 30), "pr.member": (4, None)}

# More than one person on a task: task key -> collaborators' usernames.
COLLABORATORS = {
    "pr-draft": ("pr.lead", "marketing.member"),
    "care-kb": ("eng.member",),
    "mkt-landing": ("eng.member", "marketing.lead"),
}
EFFORT = {"pr-draft": 20, "care-kb": 50, "mkt-landing": 40, "eng-fixes": 120, "mkt-assets": 60}


def _first_tuesday_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(1 - day.weekday()) % 7 or 7)


class Command(BaseCommand):
    help = "Create demo users (password: tminus-demo) and one realistic launch; running it again changes nothing."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            users = self._users()
            call_command("load_default_playbook", stdout=self.stdout)
            if Launch.objects.filter(name=DEMO_LAUNCH).exists():
                self.stdout.write(f"Demo launch {DEMO_LAUNCH!r} exists already; nothing to do.")
                return
            self._launch(users)
            # The pre-orders post's moment has passed: it goes out now, as the minute's sweep would send it (in
            # the transaction: after it, the in-process pool writes the calendar and SQLite takes one writer).
            communications_publish_due()
        # Without a broker, what followed the writes (notices, calendar entries) runs on the in-process pool, and
        # may send more work: finish it before the interpreter exits, which refuses new work to the pool.
        embedded_tasks_wait(timeout=120)
        self.stdout.write(self.style.SUCCESS(f"Demo launch {DEMO_LAUNCH!r} created with {len(TASKS)} tasks."))

    def _users(self) -> dict[str, User]:
        departments = {d.slug: d for d in Department.objects.all()}
        users = {}
        for username, first, last, is_office, membership in USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@example.com",
                    "is_office": is_office,
                    "is_staff": is_office,
                    "is_superuser": username == "csbo",
                    "time_zone": ZoneInfo("Europe/Berlin"),
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
            if membership and membership[0] in departments:
                DepartmentMembership.objects.get_or_create(
                    department=departments[membership[0]], user=user, defaults={"role": membership[1]}
                )
            users[username] = user
        return users

    def _launch(self, users: dict[str, User]) -> None:
        zone = ZoneInfo("Europe/Berlin")
        launch_day = _first_tuesday_after(dt.date.today() + dt.timedelta(days=30))
        t_zero = dt.datetime.combine(launch_day, dt.time(9, 0), tzinfo=zone).astimezone(dt.UTC)
        launch = Launch.objects.create(
            name=DEMO_LAUNCH,
            description="Launch of the Aurora smart speaker: every department ready on the same morning.",
            t_zero=t_zero,
            time_zone=zone,
            status=LaunchStatus.PLANNING,
            owner=users["csbo"],
            # Its working calendar: Monday to Friday, Berlin's public holidays, a two-day offsite; offsets from
            # T-0 count working days (T-10 is two working weeks before launch day).
            holiday_regions=["DE-BE"],
            closures=[
                {
                    "name": "Company offsite",
                    "start": (launch_day - dt.timedelta(days=19)).isoformat(),
                    "end": (launch_day - dt.timedelta(days=18)).isoformat(),
                }
            ],
            offset_count=DayCount.WORKING,
        )
        today = dt.date.today()
        prefix = {
            "hr": "hr",
            "pr": "pr",
            "customer-care": "care",
            "marketing": "marketing",
            "engineering": "eng",
        }
        workstreams = {}
        for department in Department.objects.filter(slug__in=prefix):
            workstreams[department.slug] = Workstream.objects.create(
                launch=launch, department=department, lead=users[f"{prefix[department.slug]}.lead"]
            )
        tasks = {}
        for key, slug, title, offset, duration, needed, who in TASKS:
            task = Task(
                workstream=workstreams[slug],
                title=title,
                offset_days=offset,
                duration_days=duration,
                needed_for_launch=needed,
                assignee=users[f"{prefix[slug]}.{who}"],
            )
            # Work planned before today happened as planned: done, or in progress if it runs through today.
            start, due = task.planned_days(launch)
            if due < today:
                task.status, task.actual_start, task.actual_finish = TaskStatus.DONE, start, due
            elif start <= today:
                task.status, task.actual_start = TaskStatus.IN_PROGRESS, start
            tasks[key] = task
        Task.objects.bulk_create(tasks.values())
        Dependency.objects.bulk_create(
            Dependency(launch=launch, predecessor=tasks[a], successor=tasks[b], lag_days=lag)
            for a, b, lag in DEPENDENCIES
        )
        Milestone.objects.bulk_create(
            Milestone(launch=launch, name=name, offset_days=offset) for name, offset in MILESTONES
        )
        departments = {d.slug: d for d in Department.objects.filter(slug__in=prefix)}
        for name, offset, criteria, approvers in GATES:
            gate = Gate.objects.create(launch=launch, name=name, offset_days=offset)
            gate.criteria.set(tasks[key] for key in criteria)
            gate.approver_departments.set(departments[slug] for slug in approvers if slug in departments)
            if name == "Go/No-Go":
                gate.approver_users.set([users["ceo"]])
        # Inserted in bulk, as one event (audited; calendar entries follow after commit): T-Minus made it.
        emit(
            LaunchCreated(
                launch_id=launch.pk,
                id=launch.pk,
                label=str(launch),
                changes={"tasks": {"from": None, "to": len(tasks)}},
                message="The demo launch, loaded by seed_demo.",
            )
        )
        # The office agreed the plan (a baseline), and since then the newsletter grew by two days: the timeline
        # shows its variance and readiness what slipped.
        baseline_save(actor=users["csbo"], launch=launch, name="Plan agreed")
        task_update(actor=users["csbo"], task=tasks["mkt-newsletter"], data={"duration_days": 6})
        self._communications(users, launch, departments)
        self._workload(users, tasks)
        self._companion(users, launch, tasks["eng-release"])

    def _workload(self, users: dict[str, User], tasks: dict[str, Task]) -> None:
        """Capacity per person, effort and collaborators (docs/workload.md): set as the office would have."""
        for username, (task_capacity, hour_capacity) in CAPACITY.items():
            User.objects.filter(pk=users[username].pk).update(
                capacity_tasks_per_week=task_capacity, capacity_hours_per_week=hour_capacity
            )
        for key, usernames in COLLABORATORS.items():
            tasks[key].collaborators.set(users[name] for name in usernames)
        for key, hours in EFFORT.items():
            Task.objects.filter(pk=tasks[key].pk).update(effort_hours=hours)

    def _companion(self, users: dict[str, User], aurora: Launch, release: Task) -> None:
        """The second launch: a few tasks by the same people, two weeks after Aurora, and one task that waits on
        Aurora's release to production (docs/cross-launch.md)."""
        launch_day = aurora.t_zero_date + dt.timedelta(days=14)
        launch = Launch.objects.create(
            name=COMPANION_LAUNCH,
            description="The Aurora app in the app stores: set-up, multi-room and the assistant's settings.",
            t_zero=dt.datetime.combine(launch_day, dt.time(9, 0), tzinfo=aurora.zone).astimezone(dt.UTC),
            time_zone=aurora.time_zone,
            status=LaunchStatus.PLANNING,
            owner=users["csbo"],
            holiday_regions=["DE-BE"],
            offset_count=DayCount.WORKING,
        )
        slugs = {slug for _, slug, *_ in COMPANION_TASKS}
        workstreams = {
            department.slug: Workstream.objects.create(
                launch=launch, department=department, lead=aurora.workstreams.get(department=department).lead
            )
            for department in Department.objects.filter(slug__in=slugs)
        }
        tasks = {
            key: Task(
                workstream=workstreams[slug],
                title=title,
                offset_days=offset,
                duration_days=duration,
                assignee=users[username],
                effort_hours=hours,
            )
            for key, slug, title, offset, duration, username, hours in COMPANION_TASKS
            if slug in workstreams
        }
        Task.objects.bulk_create(tasks.values())
        Dependency.objects.bulk_create(
            Dependency(launch=launch, predecessor=tasks[a], successor=tasks[b], lag_days=lag)
            for a, b, lag in COMPANION_DEPENDENCIES
            if a in tasks and b in tasks
        )
        if "app-store" in tasks:
            CrossLaunchDependency.objects.create(
                launch=launch,
                successor=tasks["app-store"],
                predecessor_launch=aurora,
                predecessor=release,
                created_by=users["csbo"],
            )
        emit(
            LaunchCreated(
                launch_id=launch.pk,
                id=launch.pk,
                label=str(launch),
                changes={"tasks": {"from": None, "to": len(tasks)}},
                message="The demo's second launch, loaded by seed_demo.",
            )
        )

    def _communications(self, users: dict[str, User], launch: Launch, departments: dict[str, Department]) -> None:
        """What the launch says, at every step (docs/communications.md): one out on the newsroom, a hint open for
        sharing, a press release held by its T-0 embargo (brief journalists on it), an internal notice that
        needed no approval, a blog post awaiting the office."""
        now = timezone.now().replace(second=0, microsecond=0)
        pr, marketing = departments["pr"], departments["marketing"]
        office = users["csbo"]

        def approved(author: User, department: Department, **fields) -> Communication:
            item = communication_create(actor=author, launch=launch, department=department, **fields)
            communication_submit(actor=author, item=item)
            if item.status == "submitted":
                communication_decide(actor=office, item=item, decision="approve")
            return item

        approved(
            users["marketing.member"],
            marketing,
            kind="social_post",
            channel="LinkedIn",
            title="Aurora pre-orders are open",
            body="Reserve yours today: https://example.com/aurora",
            schedule_mode="fixed",
            at=now - dt.timedelta(days=2),
            destinations=["newsroom"],
        )
        approved(
            users["marketing.member"],
            marketing,
            kind="employee_hint",
            title="Something is coming to your living room",
            body="Our team has been busy. Stay tuned.",
            schedule_mode="fixed",
            at=now - dt.timedelta(hours=1),
            share_until=now + dt.timedelta(days=14),
        )
        approved(
            users["pr.member"],
            pr,
            kind="press_release",
            channel="Wire and newsroom",
            title="Aurora smart speaker launches today",
            body="Aurora brings room-filling sound and a private assistant to every home.",
            offset_days=0,
            embargo="t_zero",
            destinations=["newsroom", "email"],
            email_recipients="newsdesk@example.com",
        )
        approved(
            users["pr.lead"],
            pr,
            kind="internal_notice",
            title="All-hands on launch morning",
            body="Everyone meets in the atrium at 08:30 on launch day.",
            offset_days=-1,
        )
        blog = communication_create(
            actor=users["marketing.member"],
            launch=launch,
            department=marketing,
            kind="blog",
            title="Behind the design of Aurora",
            offset_days=1,
            embargo="t_zero",
            # The engineer who checked the technical claims approves it by name, beside the office.
            approvers=[users["eng.lead"]],
        )
        communication_submit(actor=users["marketing.member"], item=blog)
