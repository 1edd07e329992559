"""One-run-per-profile lock, pre-flight findings and settings round trip."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from qbsync_desktop.core.sync.preflight import check_settings
from qbsync_desktop.core.sync.runner import SyncBusy, profile_lock
from qbsync_desktop.core.sync.settings import (
    CustomMapping,
    Filter,
    SettingsError,
    SyncSettings,
)


def test_one_run_at_a_time_per_profile(tmp_path: Path) -> None:
    lock_file = tmp_path / "p" / "sync.lock"
    with profile_lock(lock_file):
        with pytest.raises(SyncBusy), profile_lock(lock_file):
            pass
        with profile_lock(tmp_path / "other" / "sync.lock"):
            pass  # another profile is independent
    with profile_lock(lock_file):
        pass  # released after the run


def test_preflight_findings_each_with_a_fix() -> None:
    prefs = {
        "SalesFormsPrefs": {"CustomTxnNumbers": True},
        "ProductAndServicesPrefs": {"RevenueRecognition": True},
        "AccountingInfoPrefs": {},
    }
    found = {f.id: f for f in check_settings(prefs, {"Country": "GB"})}
    assert set(found) == {
        "custom_txn_numbers",
        "revenue_recognition",
        "non_us_tax",
        "books_not_closed",
    }
    assert all(f.fix for f in found.values())
    clean = {
        "SalesFormsPrefs": {"CustomTxnNumbers": False},
        "AccountingInfoPrefs": {"BookCloseDate": "2025-12-31"},
    }
    assert check_settings(clean, {"Country": "US"}) == []


def test_settings_round_trip_and_validation() -> None:
    settings = SyncSettings()
    settings.objects["contacts"] = replace(  # a type's defaults include its own options
        settings.for_object("contacts"),
        direction="to_quickbooks",
        conflict="quickbooks",
        disabled_fields=["phone"],
        custom=[CustomMapping("jobtitle", "Notes")],
        filters=[Filter("lifecyclestage", "equals", "lead")],
    )
    again = SyncSettings.from_dict(settings.to_dict())
    assert again == settings
    assert SyncSettings.from_dict({}).for_object("contacts").direction == "both"
    with pytest.raises(SettingsError, match="direction"):
        SyncSettings.from_dict({"objects": {"contacts": {"direction": "sideways"}}})
    with pytest.raises(SettingsError, match="filter operator"):
        SyncSettings.from_dict(
            {"objects": {"contacts": {"filters": [{"property": "x", "op": "regex"}]}}}
        )
    with pytest.raises(SettingsError, match="Unknown object"):
        SyncSettings.from_dict({"objects": {"quotes": {}}})
