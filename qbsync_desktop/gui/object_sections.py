"""Editor sections for an object type's own settings (`ObjectType.settings_fields`).

The settings page knows no object type: for each setting a type declares it builds the
section named for that setting (a naming rule gets a preview of the names it gives), else
the one for the setting's kind (a list of choices, a QuickBooks income account).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from qbsync_desktop.core.sync.objects import ObjectType, SettingField
from qbsync_desktop.core.sync.settings import ObjectSettings

from .i18n import translate_marked
from .object_labels import as_button_text
from .plain import plain_label

Values = dict[str, str | None]
PREVIEW_SIZE = 4
# Until the book's own records are read: two people of one company show the rule's
# collision handling, a person without a company shows the fallback.
PREVIEW_PEOPLE: list[Values] = [
    {"firstname": "Ada", "lastname": "Lovelace", "company": "Analytic Ltd", "email": "a@a.test"},
    {"firstname": "Jordan", "lastname": "Blake", "company": "Blake & Co", "email": "jb@b.test"},
    {"firstname": "Sam", "lastname": "Blake", "company": "Blake & Co", "email": "sam@b.test"},
    {"firstname": "Lee", "lastname": "Chen", "company": None, "email": "lee@c.test"},
]


def error_label(name: str) -> QLabel:
    label = plain_label("", name, wrap=True)  # messages may quote names typed or fetched
    label.setStyleSheet("color: #d32f2f; font-weight: bold;")
    label.hide()
    return label


def _objects(text: str) -> str:
    """A type's own words (its module marks them in the "Objects" context)."""
    return translate_marked("Objects", text)


def _with_colon(label: str) -> str:
    said = QCoreApplication.translate("SettingSection", "{label}:")
    # A form row's label is the field's buddy: Qt reads "&" as its shortcut mark.
    return as_button_text(said.format(label=_objects(label)))


def combo(options: dict[str, str], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value, text in options.items():
        box.addItem(text, value)
    return box


def with_setting(settings: ObjectSettings, attribute: str, value: object) -> ObjectSettings:
    """A copy of `settings` with one of the type's own settings (declared by its module)."""
    return settings.with_option(attribute, value)


class SettingSection:
    """Edits one of a type's own settings in the editor's form; `error` sits beneath it."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        self.kind = kind
        self.setting = setting
        self.error = error_label(f"{kind.name}_{setting.attribute}_error")

    def load(self, settings: ObjectSettings) -> None:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def store(self, settings: ObjectSettings) -> ObjectSettings:
        return with_setting(settings, self.setting.attribute, self.value())

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the bookkeeper changes the value (a shown error is checked
        again then); sections whose value cannot be wrong need not say."""

    def problem(self, settings: ObjectSettings) -> str | None:
        """Why the edited value cannot work (the type's own check, its words marked in its
        module), or None."""
        problem = self.setting.check(settings) if self.setting.check else None
        return _objects(problem) if problem else None


class ChoiceSection(SettingSection):
    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        choices = {value: _objects(text) for value, text in setting.choices}
        self.combo = combo(choices, f"{kind.name}_{setting.attribute}")
        form.addRow(_with_colon(setting.label), self.combo)
        form.addRow("", self.error)

    def load(self, settings: ObjectSettings) -> None:
        current = settings.option(self.setting.attribute, self.setting.default)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _: callback())

    def value(self) -> object:
        return self.combo.currentData()


@dataclass
class _Draft:
    """A record about to be created in QuickBooks, as the type's naming hook sees it."""

    merged: Values
    qbo_name: str | None = None


def _company(record: Values) -> str:
    return (record.get("company") or "").strip().lower()


def preview_sample(records: list[Values], size: int = PREVIEW_SIZE) -> list[Values]:
    """Records that show what a rule does: two of one company, one with a company of its
    own, one without a company; then the first others."""
    per_company: dict[str, list[Values]] = {}
    for c in records:
        per_company.setdefault(_company(c), []).append(c)
    shared = next((cs for key, cs in per_company.items() if key and len(cs) > 1), [])
    alone = next((cs for key, cs in per_company.items() if key and len(cs) == 1), [])
    chosen = shared[:2] + alone[:1] + per_company.get("", [])[:1]
    rest = [c for c in records if not any(c is x for x in chosen)]
    return (chosen + rest)[:size]


class NamingRuleSection(ChoiceSection):
    """The rule naming new QuickBooks records, with the names it gives: the examples, or a
    page of the book's own records once they are read (`set_preview_records`)."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        self.form = form
        self.preview = plain_label("", "naming_preview", wrap=True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_records: list[Values] = []  # the book's, once read
        form.addRow(
            QCoreApplication.translate("NamingRuleSection", "Preview (examples):"), self.preview
        )
        self.combo.currentIndexChanged.connect(self._update_preview)

    def load(self, settings: ObjectSettings) -> None:
        super().load(settings)
        self._update_preview()

    def preview_names(
        self, rule: str, existing: set[str] | None = None, records: list[Values] | None = None
    ) -> list[str]:
        """Names the type's naming hook gives `records` (default: the examples) under `rule`."""
        drafts = [_Draft(dict(r)) for r in (PREVIEW_PEOPLE if records is None else records)]
        name_new = self.kind.spec.name_new_qbo
        if name_new is not None:
            settings = self.kind.default_settings().with_option(self.setting.attribute, rule)
            name_new(drafts, settings, {n.lower() for n in existing or set()})
        return [d.qbo_name or "" for d in drafts]

    def set_preview_records(self, records: list[Values]) -> None:
        """Preview the rule on the book's own records (read from HubSpot)."""
        self.preview_records = records
        label = self.form.labelForField(self.preview)
        if isinstance(label, QLabel) and records:
            label.setText(
                QCoreApplication.translate("NamingRuleSection", "Preview (your records):")
            )
        self._update_preview()

    def _update_preview(self) -> None:
        book = self.preview_records
        names = self.preview_names(self.combo.currentData(), records=book or None)
        shown = preview_sample(book) if book else PREVIEW_PEOPLE
        index = {id(c): n for c, n in zip(book or PREVIEW_PEOPLE, names, strict=True)}
        self.preview.setText("\n".join(index[id(c)] for c in shown))


class IncomeAccountSection(SettingSection):
    """A QuickBooks Income account: picked from the company's (`set_accounts`) or its id."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        self.combo = QComboBox()
        self.combo.setObjectName("income_account")
        self.combo.setEditable(True)
        self.combo.setMinimumWidth(320)
        edit = self.combo.lineEdit()
        if edit is not None:
            # Left empty, the type uses the company's first active income account, unless
            # its own check wants one chosen (it refused to save what "First active…" offered).
            switched_on = replace(kind.default_settings(), enabled=True)
            if setting.check is not None and setting.check(switched_on) is not None:
                hint = QCoreApplication.translate("IncomeAccountSection", "Choose an account")
            else:
                hint = QCoreApplication.translate(
                    "IncomeAccountSection", "First active income account"
                )
            edit.setPlaceholderText(hint)
        form.addRow(_with_colon(setting.label), self.combo)
        form.addRow("", self.error)

    def load(self, settings: ObjectSettings) -> None:
        self.set_account(settings.option(self.setting.attribute, self.setting.default))

    def set_account(self, account_id: str | None) -> None:
        i = self.combo.findData(account_id) if account_id else -1
        if i >= 0:
            self.combo.setCurrentIndex(i)
        else:
            self.combo.setEditText(account_id or "")

    def on_change(self, callback: Callable[[], None]) -> None:
        # An editable combo: a pick from the list and an id typed in both change its text.
        self.combo.currentTextChanged.connect(lambda _: callback())

    def set_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """Offer the company's Income accounts as (id, name); keeps the current choice."""
        current = self.value()
        self.combo.clear()
        self.combo.addItem("", None)
        for acc_id, name in accounts:
            said = QCoreApplication.translate("IncomeAccountSection", "{name} (ID {id})")
            self.combo.addItem(said.format(name=name, id=acc_id), acc_id)
        self.set_account(current)

    def value(self) -> str | None:
        data = self.combo.currentData()
        text = self.combo.currentText().strip()
        if data and text == self.combo.itemText(self.combo.currentIndex()):
            return str(data)
        return text or None


# A setting with a section of its own, else by the kind of value it holds.
BY_SETTING: dict[str, type[SettingSection]] = {"naming_rule": NamingRuleSection}
BY_KIND: dict[str, type[SettingSection]] = {
    "choice": ChoiceSection,
    "qbo_income_account": IncomeAccountSection,
}


def section_for(kind: ObjectType, setting: SettingField, form: QFormLayout) -> SettingSection:
    # The other kinds' sections build on these classes: imported here, not at the top.
    from . import invoice_settings, option_sections

    by_setting = BY_SETTING | invoice_settings.BY_SETTING
    cls = by_setting.get(setting.attribute) or (BY_KIND | option_sections.BY_KIND)[setting.kind]
    return cls(kind, setting, form)
