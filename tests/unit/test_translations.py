"""The translation catalogues: in step with the code, compiled, complete, and well-formed.

The catalogues are Qt's (.ts sources, .qm compiled, both in the package); pyside6-lupdate
extracts from the code, so a string added or changed without `update` fails here.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qbsync_desktop.tools import translations as tool
from tests.support.catalogues import placeholders, read_ts

COUNT = re.compile(r"%L?n")

TRANSLATED = ("de", "nl", "es")
# Plural forms each language's catalogue must carry (Qt's numerus rules: one / other).
PLURAL_FORMS = {"en": 2, "de": 2, "nl": 2, "es": 2}


def _message_set(path: Path) -> set[tuple[str, str, bool]]:
    return {(m.context, m.source, m.numerus) for m in read_ts(path)}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files, updated from the code in a temp copy."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in tool.LANGUAGES:
        shutil.copy(tool.ts_file(lang), folder)
    tool.update(folder)
    return folder


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_ts_files_hold_exactly_the_messages_in_the_code(fresh: Path, lang: str) -> None:
    committed, extracted = (
        _message_set(tool.ts_file(lang)),
        _message_set(fresh / f"qbsync_{lang}.ts"),
    )
    assert extracted - committed == set(), "run: python -m qbsync_desktop.tools.translations update"
    assert committed - extracted == set(), "strings no longer in the code: run update"


def test_committed_qm_files_are_the_compiled_ts_files(tmp_path: Path) -> None:
    tool.compile_catalogues(out=tmp_path)
    for lang in tool.LANGUAGES:
        built = (tmp_path / f"qbsync_{lang}.qm").read_bytes()
        shipped = (tool.TRANSLATIONS / f"qbsync_{lang}.qm").read_bytes()
        assert built == shipped, f"qbsync_{lang}.qm is stale: run translations compile"


def test_the_catalogues_have_their_messages() -> None:
    """A sanity floor: an extraction that silently found nothing would pass the rest."""
    assert len(read_ts(tool.ts_file("de"))) >= 100
    assert sum(m.numerus for m in read_ts(tool.ts_file("de"))) >= 5
    english = read_ts(tool.ts_file("en"))
    assert english and all(m.numerus for m in english)  # English: plural forms only


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_no_unfinished_or_empty_translation(lang: str) -> None:
    bad = [m.source for m in read_ts(tool.ts_file(lang)) if m.unfinished or not all(m.forms)]
    assert bad == []


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_translations_keep_the_placeholders_of_their_source(lang: str) -> None:
    wrong = [
        (m.source, form)
        for m in read_ts(tool.ts_file(lang))
        for form in m.forms
        if placeholders(form) != placeholders(m.source)
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_counted_messages_have_the_plural_forms_the_language_needs(lang: str) -> None:
    for m in read_ts(tool.ts_file(lang)):
        if m.numerus:
            assert len(m.forms) == PLURAL_FORMS[lang], m.source
            assert COUNT.search(m.source), m.source


def test_every_counted_text_is_marked_with_its_count() -> None:
    """A text that says %n but is not numerus was translated once for every count."""
    for m in read_ts(tool.ts_file("de")):
        assert m.numerus == bool(COUNT.search(m.source)), m.source


# --- what the code passes to the translator ---------------------------------------------
# name -> (position of the context argument or None for `tr`, position of the text)
_CALLS = {"tr": (None, 0), "translate": (0, 1), "QT_TRANSLATE_NOOP": (0, 1)}
# The translator's own plumbing passes texts on; every caller is checked instead.
_PLUMBING = {Path("gui/i18n.py"), Path("cli_i18n.py")}


def _translate_calls() -> list[tuple[str, int, ast.Call, str]]:
    found = []
    for path in tool.source_files():
        rel = path.relative_to(tool.PACKAGE)
        if rel in _PLUMBING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in _CALLS:
                    found.append((str(rel), node.lineno, node, name))
    return found


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translate_call_passes_literal_context_and_text() -> None:
    """lupdate reads only literals: an f-string or a variable is never translated."""
    calls = _translate_calls()
    assert len(calls) >= 100
    bad = []
    for where, line, call, name in calls:
        ctx_at, text_at = _CALLS[name]
        args = call.args
        if len(args) <= text_at or not _literal(args[text_at]):
            bad.append(f"{where}:{line} text")
        elif ctx_at is not None and not _literal(args[ctx_at]):
            bad.append(f"{where}:{line} context")
        elif call.keywords:  # lupdate ignores keyword arguments (a count as n= is lost)
            bad.append(f"{where}:{line} keyword")
    assert bad == []


def test_counted_texts_name_their_context() -> None:
    """PySide's tr() stops at the first class of the MRO whose answer differs from the
    source, and a filled-in %n already differs: plurals go through translate(context, …)."""
    bad = [
        f"{where}:{line}"
        for where, line, call, name in _translate_calls()
        if name == "tr" and call.args and COUNT.search(str(getattr(call.args[0], "value", "")))
    ]
    assert bad == []


def test_static_check_catches_an_f_string(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "page.py").write_text('name = "x"\nself.tr(f"Hello {name}")\n', encoding="utf-8")
    monkeypatch.setattr(tool, "PACKAGE", tmp_path)
    monkeypatch.setattr(tool, "source_files", lambda: [tmp_path / "page.py"])
    [(_, _, call, _)] = _translate_calls()
    assert not _literal(call.args[0])


def test_a_new_string_in_the_code_shows_as_missing_from_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The up-to-date check above can fail: a page with a new text is told apart."""
    page = tmp_path / "new_page.py"
    page.write_text(
        'class NewPage:\n    def build(self):\n        self.tr("A text nobody translated")\n',
        encoding="utf-8",
    )
    files = tool.source_files()
    monkeypatch.setattr(tool, "source_files", lambda: [*files, page])
    shutil.copy(tool.ts_file("de"), tmp_path)
    tool.update(tmp_path, languages=["de"])
    added = _message_set(tmp_path / "qbsync_de.ts") - _message_set(tool.ts_file("de"))
    assert added == {("NewPage", "A text nobody translated", False)}
    fresh = [m for m in read_ts(tmp_path / "qbsync_de.ts") if m.context == "NewPage"]
    assert fresh[0].unfinished  # and the completeness check would name it


def test_no_bare_tr_call_in_the_package() -> None:
    """lupdate takes any call named `tr(...)` for Qt's tr(source, disambiguation): a
    translator passed around as `tr` and called `tr("Problems", text)` puts "Problems" into
    the catalogue as a text with no context, and its real text is never extracted. Outside
    a class, say `translate(context, text)`; a passed-on translator gets another name."""
    bare = []
    for path in tool.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Name) and func.id == "tr":
                bare.append(f"{path.relative_to(tool.PACKAGE)}:{node.lineno}")
    assert bare == []


def test_no_message_without_a_context() -> None:
    """What a bare tr() call leaves behind (see above) shows as a context-less message."""
    assert [m.source for m in read_ts(tool.ts_file("de")) if not m.context] == []


# --- the command line's language (cli_i18n): the same catalogues, no QCoreApplication ---


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANGUAGE": "nl:de", "LANG": "de_DE.UTF-8"}, "nl"),
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),  # the first variable set decides
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language without a catalogue: English
        ({}, "en"),
    ],
)
def test_the_cli_language_follows_the_environment(env: dict[str, str], lang: str) -> None:
    from qbsync_desktop.cli_i18n import environment_language

    assert environment_language(env) == lang


def test_the_cli_translates_with_no_application_running() -> None:
    """A bare QTranslator answers without QCoreApplication (checked in a fresh process, as
    `qbsync` starts); counts are filled in here (QCoreApplication.translate would do that),
    grouped as the language groups digits."""
    code = """
from PySide6.QtCore import QCoreApplication
from qbsync_desktop.cli_i18n import CliTranslator
assert QCoreApplication.instance() is None
german, english = CliTranslator("de"), CliTranslator("en")
failed = "%Ln record(s) failed; see why with: {command}"
print(german("Cli", "Sync finished"))
print(german("Cli", failed, None, 1234))
print(english("Cli", failed, None, 1))
print(english("Cli", failed, None, 1234))
print(english("Cli", "A text in no catalogue"))
assert QCoreApplication.instance() is None
"""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Synchronisierung abgeschlossen"
    assert lines[1].startswith("1.234 Datensätze ")
    assert lines[2].startswith("1 record failed;") and lines[3].startswith("1,234 records ")
    assert lines[4] == "A text in no catalogue"


def test_no_translate_call_inside_an_f_string() -> None:
    """lupdate does not look into f-strings: self.tr("History") written inside f"<b>{…}</b>"
    is never extracted, and the window shows English in every language."""
    nested = []
    for path in tool.source_files():
        for text in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(text, ast.JoinedStr):
                continue
            for node in ast.walk(text):
                func = node.func if isinstance(node, ast.Call) else None
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in {*_CALLS, "translate_marked"}:
                    nested.append(f"{path.relative_to(tool.PACKAGE)}:{node.lineno}")
    assert nested == []


def test_settings_checks_of_object_types_return_marked_words() -> None:
    """A type's settings check speaks in the window beside its field: every text it returns
    must be a QT_TRANSLATE_NOOP literal (an f-string or bare literal is never translated)."""
    objects = Path(tool.__file__).parents[1] / "core" / "sync" / "objects"
    unmarked = []
    for module in sorted(objects.glob("*.py")):
        for fn in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("_check")):
                continue
            for ret in (n for n in ast.walk(fn) if isinstance(n, ast.Return)):
                value = ret.value
                if value is None or (isinstance(value, ast.Constant) and value.value is None):
                    continue
                marked = isinstance(value, ast.Call) and getattr(value.func, "id", "") == (
                    "QT_TRANSLATE_NOOP"
                )
                if not marked:
                    unmarked.append(f"{module.name}:{ret.lineno}")
    assert unmarked == []
