"""The playbook that ships with T-Minus: the five default departments' usual work around launch day."""

from launches.models import DayCount
from playbooks.services import PlaybookSpec

DEFAULT_PLAYBOOK = PlaybookSpec(
    name="T-Minus standard launch",
    # T-14 is the 14th working day before launch day: the offsets were written so that each task, lasting its
    # working days, ends before the next one starts (counted in calendar days, weekends would push them).
    offset_count=DayCount.WORKING,
    description=(
        "A 90-day plan for the five default departments: recruiting and staff briefing, an embargoed press "
        "release, an updated knowledge base, a campaign, and beta feedback turned into release notes."
    ),
    tasks=[
        ("hr-skills", "hr", "Identify the skills the product needs", -70, 5, False),
        ("hr-recruit", "hr", "Recruit for the new skills", -65, 30, False),
        ("hr-onboard", "hr", "Onboard new hires", -35, 10, True),
        ("hr-brief", "hr", "Brief all staff on the launch", -8, 1, True),
        ("pr-messages", "pr", "Agree key messages", -60, 5, False),
        ("pr-draft", "pr", "Draft the press release", -40, 7, False),
        ("pr-approve", "pr", "Approve the press release", -30, 3, True),
        ("pr-embargo", "pr", "Brief journalists under embargo until T-0", -12, 5, True),
        ("pr-publish", "pr", "Publish the press release (embargo lifts)", 0, 1, False),
        ("care-escalation", "customer-care", "Define the escalation path to Engineering", -35, 3, True),
        ("care-kb", "customer-care", "Update knowledge base articles", -30, 14, True),
        ("care-faq", "customer-care", "Update the FAQ", -24, 5, True),
        ("care-train", "customer-care", "Train support agents", -15, 5, True),
        ("care-kb-publish", "customer-care", "Publish knowledge base articles", -1, 1, True),
        ("mkt-brief", "marketing", "Write the campaign brief", -54, 5, False),
        ("mkt-assets", "marketing", "Produce campaign assets", -48, 14, False),
        ("mkt-channels", "marketing", "Book channels and media", -45, 5, False),
        ("mkt-schedule", "marketing", "Plan the launch-day schedule", -20, 3, True),
        ("mkt-golive", "marketing", "Campaign goes live", 0, 1, False),
        ("eng-beta", "engineering", "Run the beta with early users", -90, 30, False),
        ("eng-feedback", "engineering", "Collect and triage beta feedback", -60, 10, False),
        ("eng-freeze", "engineering", "Freeze the launch feature list", -48, 2, True),
        ("eng-notes", "engineering", "Write release notes", -24, 5, True),
        ("eng-release", "engineering", "Release to production", -1, 1, True),
    ],
    dependencies=[
        ("hr-skills", "hr-recruit", 0),
        ("hr-recruit", "hr-onboard", 0),
        ("hr-onboard", "care-train", 0),
        ("pr-approve", "hr-brief", 2),
        ("eng-beta", "eng-feedback", 0),
        ("eng-feedback", "eng-freeze", 0),
        ("eng-feedback", "care-escalation", 0),
        ("eng-freeze", "pr-draft", 0),
        ("pr-messages", "pr-draft", 0),
        ("pr-draft", "pr-approve", 0),
        ("pr-approve", "pr-embargo", 0),
        ("pr-embargo", "pr-publish", 0),
        ("pr-approve", "care-faq", 0),
        ("eng-freeze", "care-kb", 0),
        ("care-escalation", "care-train", 0),
        ("care-kb", "care-train", 0),
        ("care-kb", "care-kb-publish", 0),
        ("eng-freeze", "eng-notes", 0),
        ("eng-notes", "care-kb-publish", 0),
        ("pr-messages", "mkt-brief", 0),
        ("mkt-brief", "mkt-assets", 0),
        ("mkt-brief", "mkt-channels", 0),
        ("mkt-channels", "mkt-schedule", 0),
        ("mkt-schedule", "mkt-golive", 0),
        ("pr-embargo", "mkt-golive", 0),
        ("eng-release", "mkt-golive", 0),
    ],
    milestones=[
        ("Feature freeze", -46),
        ("Press embargo set", -8),
        ("Embargo lifts", 0),
        ("First-week review", 7),
    ],
    gates=[
        (
            "Readiness review",
            -7,
            ("pr-approve", "care-kb", "care-faq", "eng-notes", "mkt-schedule"),
            ("pr", "customer-care", "engineering", "marketing"),
        ),
        (
            "Go/No-Go",
            -1,
            ("hr-brief", "pr-embargo", "care-train", "care-escalation"),
            ("engineering", "marketing", "pr"),
        ),
    ],
)
