"""The pre-flight check warns only about settings that trouble the objects being synced."""

from __future__ import annotations

from qbsync_desktop.core.sync.preflight import check_settings


def test_preflight_reports_only_what_troubles_the_synced_objects() -> None:
    prefs = {
        "SalesFormsPrefs": {"CustomTxnNumbers": True},
        "ProductAndServicesPrefs": {"RevenueRecognition": True},
    }
    company = {"Country": "GB"}
    assert check_settings(prefs, company, synced=("contacts", "products")) == []
    assert {f.id for f in check_settings(prefs, company, synced=("invoices",))} == {
        "custom_txn_numbers",
        "revenue_recognition",
        "non_us_tax",
        "books_not_closed",
    }
    assert {f.id for f in check_settings({}, {}, synced=("payments",))} == {"books_not_closed"}
