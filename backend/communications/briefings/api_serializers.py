"""Serializers of press briefings: what PR and the office see of a journalist's link, and what creating one takes."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from communications.models import Briefing, BriefingOpen, Communication
from core.serializers import ModelSerializer


class BriefingSerializer(ModelSerializer):
    email = serializers.EmailField(read_only=True, allow_blank=True)
    created_by_name = serializers.CharField(source="created_by.full_name", read_only=True)
    opens_count = serializers.IntegerField(read_only=True, help_text="How many times the page was opened.")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Briefing
        fields = [
            "id",
            "communication",
            "name",
            "email",
            "outlet",
            "time_zone",
            "created_at",
            "created_by_name",
            "revoked_at",
            "last_opened_at",
            "opens_count",
            "url",
        ]
        read_only_fields = fields

    @extend_schema_field(
        serializers.URLField(
            allow_null=True,
            help_text="The journalist's secret link: in the answer of the POST only, null everywhere else (only a "
            "hash of it is kept). Send it to them; treat it like a password.",
        )
    )
    def get_url(self, briefing: Briefing) -> str | None:
        token = self.context.get("token")
        if not token:
            return None
        return self.context["request"].build_absolute_uri(f"/briefings/{token}/")


class BriefingCreateSerializer(ModelSerializer):
    communication = serializers.PrimaryKeyRelatedField(
        queryset=Communication.objects.select_related("launch", "department"),
        help_text="A press release, blog or newsletter, submitted or approved, not yet published.",
    )
    time_zone = serializers.CharField(
        required=False,
        default="UTC",
        max_length=64,
        help_text="The journalist's IANA zone, in which the page says until when the embargo holds.",
    )

    class Meta:
        model = Briefing
        fields = ["communication", "name", "email", "outlet", "time_zone"]
        extra_kwargs = {"name": {"help_text": "The journalist, shown on the page as its watermark."}}


class BriefingOpenSerializer(ModelSerializer):
    class Meta:
        model = BriefingOpen
        fields = ["opened_at", "ip_address", "user_agent", "embargoed"]
        read_only_fields = fields


class BriefingListQuerySerializer(serializers.Serializer):
    communication = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=2**63 - 1,
        help_text="One communication's briefings (403 if you may not brief on it); without it, every briefing "
        "you may manage.",
    )
