"""Every interface string is translated: extraction runs fresh from the source, so a new or
changed string in a template or in code fails here until English and Arabic have it."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("nl", "en", "ar")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    pot = tmp_path_factory.mktemp("babel") / "messages.pot"
    subprocess.run(
        [str(Path(sys.executable).with_name("pybabel")), "-q", "extract", "-F", "babel.cfg",
         "-k", "N_", "-k", "_l", "-k", "lazy_gettext", "--add-comments=TRANSLATORS:", "-o", str(pot), "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    with pot.open("rb") as handle:
        return read_po(handle)


def catalog(lang: str):
    with (ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_extraction_finds_the_interface_strings(extracted):
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in extracted if m.id}
    assert "Waar maak je je zorgen over?" in ids  # a template
    assert "Wat klopt er niet?" in ids  # a lazy_gettext form label
    assert "Dit aanbod bestaat niet (meer)." in ids  # a catalogue message marked N_
    assert len(ids) > 200


def untranslated(extracted, translations) -> tuple[list, list]:
    """(missing, fuzzy): extracted strings without a usable translation."""
    missing, fuzzy = [], []
    for message in extracted:
        if not message.id:
            continue
        translated = translations.get(message.id)
        strings = (translated.string if translated is not None else None)
        strings = strings if isinstance(strings, tuple) else (strings,)
        if translated is None or not all(strings):
            missing.append(message.id)
        elif translated.fuzzy:
            fuzzy.append(message.id)
    return missing, fuzzy


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_extracted_string_is_translated(extracted, lang):
    missing, fuzzy = untranslated(extracted, catalog(lang))
    assert not missing, f"{lang}: {len(missing)} strings without a translation, e.g. {missing[:5]}; run the update command in docs/web.md"
    assert not fuzzy, f"{lang}: fuzzy translations need a check: {fuzzy[:5]}"


@pytest.mark.parametrize("lang", ("en", "ar"))
def test_translations_keep_their_placeholders(lang):
    for message in catalog(lang):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            used = set(PLACEHOLDER.findall(string))
            # a plural form may leave the number out ("one result"), never add or rename one
            assert used <= wanted | set(PLACEHOLDER.findall(ids[0])), (lang, message.id, string)
            if not isinstance(message.id, tuple):
                assert used == wanted, (lang, message.id, string)


def test_compiled_catalogues_are_current(tmp_path):
    """The app loads .mo files; they must be compiled from the .po files (scripts/setup-web.sh)."""
    for lang in LANGUAGES:
        po = ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po"
        mo = po.with_suffix(".mo")
        assert mo.exists(), f"{mo} is missing: run pybabel compile -d translations"
        assert mo.stat().st_mtime >= po.stat().st_mtime, f"{mo} is older than {po.name}: run pybabel compile -d translations"


def test_a_missing_translation_is_caught(extracted, tmp_path):
    """The check above can fail: drop one English string and it must be reported."""
    english = catalog("en")
    assert untranslated(extracted, english) == ([], [])
    first = next(m for m in extracted if m.id)
    english.delete(first.id)
    english.get(next(m.id for m in extracted if m.id and m.id != first.id)).flags.add("fuzzy")
    missing, fuzzy = untranslated(extracted, english)
    assert missing == [first.id] and len(fuzzy) == 1


def test_rendered_english_and_arabic_pages_contain_no_dutch_interface_text(client):
    dutch_only = ["Waar maak je je zorgen over?", "Naar de inhoud", "Nu hulp nodig?", "Kies een onderwerp", "Zoeken"]
    for lang in ("en", "ar"):
        html = client.get(f"/?lang={lang}").get_data(as_text=True)
        for phrase in dutch_only:
            assert phrase not in html, (lang, phrase)
