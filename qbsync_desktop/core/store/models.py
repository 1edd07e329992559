"""peewee models of one profile's database (links, record states, runs, pending writes).

The tables themselves are created by the versioned migrations in `migrations.py`,
which name their own columns; these models only describe today's shape for queries.
"""

from __future__ import annotations

import datetime as dt

import peewee
from playhouse.shortcuts import ThreadSafeDatabaseMetadata

from qbsync_desktop.core.sync.problems import Problem

# The models' default database: never initialised, so a thread that did not open a
# profile's database gets a clear error instead of another profile's data.
# `open_database` binds the models to a real file *for the calling thread only*
# (ThreadSafeDatabaseMetadata), so two profiles can sync at once in one process.
database_proxy = peewee.DatabaseProxy()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(peewee.Model):
    id = peewee.AutoField()

    class Meta:
        database = database_proxy
        model_metadata_class = ThreadSafeDatabaseMetadata


def current_database() -> peewee.SqliteDatabase:
    """The database `open_database` bound the models to in this thread."""
    db: peewee.SqliteDatabase = SyncRun._meta.database
    return db


class SchemaVersion(BaseModel):
    version = peewee.IntegerField()
    changed_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "schema_version"


class SyncRun(BaseModel):
    started_at = peewee.DateTimeField(default=utcnow)
    finished_at = peewee.DateTimeField(null=True)
    status = peewee.CharField(default="running")  # running | ok | failed | cancelled
    dry_run = peewee.BooleanField(default=False)
    summary = peewee.TextField(default="{}")  # JSON of RunSummary

    class Meta:
        table_name = "sync_run"


class RecordState(BaseModel):
    """What the status table shows: one row per logical record pair."""

    object = peewee.CharField()  # contacts | products | ...
    hubspot_id = peewee.CharField(null=True, index=True)
    qbo_id = peewee.CharField(null=True, index=True)
    name = peewee.CharField(default="")
    match_key = peewee.CharField(null=True)  # the value records are matched on (v6)
    state = peewee.CharField(index=True)  # synced | failed | excluded
    # The problem of a failed or excluded record: a code, its parameters (JSON) and the
    # field it names (v6); the words are rendered when shown (core/sync/problems.py).
    code = peewee.CharField(null=True, index=True)
    params = peewee.TextField(null=True)
    field = peewee.CharField(null=True)
    updated_at = peewee.DateTimeField(default=utcnow)
    run_id = peewee.IntegerField(null=True)
    retry = peewee.BooleanField(default=False)  # the user asked to retry it (schema v4)

    class Meta:
        table_name = "record_state"
        # v7: recording's look-ups; v8: the record table's counts (and, in SQL only, its
        # default order: name COLLATE NOCASE, id).
        indexes = (
            (("object", "hubspot_id"), False),
            (("object", "qbo_id"), False),
            (("object", "state"), False),
        )

    @property
    def problem(self) -> Problem | None:
        """The stored problem (render it to show it), or None for a synced record."""
        return Problem.from_row(self.code, self.params, self.field) if self.code else None


class Link(BaseModel):
    """A HubSpot record and a QBO record known to be the same thing.

    `baseline` is the JSON of the mapped values both sides held after the last sync:
    a side whose current values differ from it changed since then (so our own
    writes are never echoed back).
    """

    object = peewee.CharField(index=True)
    hubspot_id = peewee.CharField()
    qbo_id = peewee.CharField()
    match_key = peewee.CharField(null=True)
    baseline = peewee.TextField(default="{}")
    qbo_sync_token = peewee.CharField(null=True)  # as of the last sync (schema v3)
    synced_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "link"
        indexes = (
            (("object", "hubspot_id"), True),
            (("object", "qbo_id"), True),
        )


class PendingWrite(BaseModel):
    """A write recorded before it is sent, so a killed run can finish it without duplicates.

    For QBO the `request_id` makes the service replay the original answer on resend.
    """

    run_id = peewee.IntegerField(null=True)
    object = peewee.CharField()
    side = peewee.CharField()  # hubspot | quickbooks
    operation = peewee.CharField()  # create | update
    request_id = peewee.CharField(unique=True)
    payload = peewee.TextField()  # JSON: items and their context
    status = peewee.CharField(default="pending")  # pending | done
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "pending_write"


class SyncCursor(BaseModel):
    """Watermarks of incremental reads, per object and side."""

    object = peewee.CharField()
    side = peewee.CharField()
    value = peewee.TextField()
    updated_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "sync_cursor"
        indexes = ((("object", "side"), True),)


class Activity(BaseModel):
    """Per-record history: when, which direction, what changed or failed."""

    run_id = peewee.IntegerField(null=True, index=True)
    object = peewee.CharField()
    hubspot_id = peewee.CharField(null=True, index=True)
    qbo_id = peewee.CharField(null=True, index=True)
    direction = peewee.CharField()  # to_hubspot | to_quickbooks | none
    action = peewee.CharField()  # create | update | link | fail | exclude
    detail = peewee.TextField(default="")  # what changed (field: value pairs)
    code = peewee.CharField(null=True)  # a failure's problem, as in RecordState (v6)
    params = peewee.TextField(null=True)
    field = peewee.CharField(null=True)
    at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "activity"


class Mirror(BaseModel):
    """A compact copy of one record as last read (schema v5): its match key, lower-cased
    name (QBO DisplayName / Item Name), label, mapped values (JSON) and sync token."""

    object = peewee.CharField()
    side = peewee.CharField()  # hubspot | quickbooks
    record_id = peewee.CharField()
    match_key = peewee.CharField(null=True)
    name = peewee.CharField(null=True)
    label = peewee.TextField(default="")
    record_values = peewee.TextField(default="{}")
    sync_token = peewee.CharField(null=True)
    active = peewee.BooleanField(default=True)
    modified = peewee.FloatField(null=True)
    seen = peewee.IntegerField(null=True)  # the run whose full read last saw it

    class Meta:
        table_name = "mirror"
        indexes = ((("object", "side", "record_id"), True),)


MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    SyncRun,
    RecordState,
    Link,
    PendingWrite,
    SyncCursor,
    Activity,
    Mirror,
]
