"""The abstract base model every T-Minus model builds on."""

from django.db import models


class BaseModel(models.Model):
    """Adds created/updated timestamps (UTC) to a model."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
