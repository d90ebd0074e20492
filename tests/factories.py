"""factory_boy factories for the T-Minus models."""

import datetime as dt
from zoneinfo import ZoneInfo

import factory

from accounts.models import Department, DepartmentMembership, MembershipRole, User
from launches.models import Dependency, Launch, Milestone, ScheduleMode, Task, Workstream


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("pw")


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department

    name = factory.Sequence(lambda n: f"Department {n}")
    slug = factory.Sequence(lambda n: f"department-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DepartmentMembership

    department = factory.SubFactory(DepartmentFactory)
    user = factory.SubFactory(UserFactory)
    role = MembershipRole.MEMBER


class LaunchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Launch

    name = factory.Sequence(lambda n: f"Launch {n}")
    t_zero = dt.datetime(2027, 3, 16, 8, 0, tzinfo=dt.UTC)
    time_zone = ZoneInfo("Europe/Berlin")
    owner = factory.SubFactory(UserFactory, is_office=True)
    # The shared test world works every day, so its days are plain calendar days; a launch made through the API
    # works Monday to Friday, and tests/launches/test_working_time.py holds working calendars to account.
    working_weekdays = factory.LazyFunction(lambda: [1, 2, 3, 4, 5, 6, 7])


class WorkstreamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workstream

    launch = factory.SubFactory(LaunchFactory)
    department = factory.SubFactory(DepartmentFactory)


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    workstream = factory.SubFactory(WorkstreamFactory)
    title = factory.Sequence(lambda n: f"Task {n}")
    schedule_mode = ScheduleMode.ANCHORED
    offset_days = -10
    duration_days = 2


class DependencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dependency

    predecessor = factory.SubFactory(TaskFactory)
    successor = factory.SubFactory(TaskFactory, workstream=factory.SelfAttribute("..predecessor.workstream"))
    launch = factory.LazyAttribute(lambda link: link.successor.workstream.launch)
    lag_days = 0


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    launch = factory.SubFactory(LaunchFactory)
    name = factory.Sequence(lambda n: f"Milestone {n}")
    schedule_mode = ScheduleMode.ANCHORED
    offset_days = -7
