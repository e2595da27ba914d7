"""Every catalog compiles; every string in the code is translated; placeholders match."""

import io
import re

import pytest
from babel.messages.mofile import write_mo

from core.i18n import placeholders
from tests.catalogs import LANGUAGES, ROOT, extract, is_translated, read_catalogs


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_compiles(language):
    catalogs = read_catalogs(language)
    assert catalogs, f"no catalogs for {language}"
    for path, catalog in catalogs.items():
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        assert buffer.getvalue(), path.name
        errors = list(catalog.check())
        assert not errors, f"{path.name}: {errors[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(language):
    known = {}
    for catalog in read_catalogs(language).values():
        for message in catalog:
            if message.id and is_translated(message.string):
                known[message.id] = message.string
    missing = {msgid: where[0] for msgid, where in extract().items() if msgid not in known}
    assert not missing, f"untranslated ({language}): {list(missing.items())[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language):
    wrong = []
    for path, catalog in read_catalogs(language).items():
        for message in catalog:
            if not (message.id and is_translated(message.string)):
                continue
            if isinstance(message.id, str):
                wrong_forms = placeholders(message.string) != placeholders(message.id)
            else:
                # Each plural form names what the plural msgid names; the singular may say
                # "één"/"the" instead of the number.
                expected = placeholders(message.id[1]) - {"count"}
                wrong_forms = any(placeholders(form) - {"count"} != expected
                                  for form in message.string)
            if wrong_forms:
                wrong.append((path.name, message.id))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_both_forms(language):
    """Dutch and English: one form for 1, one for every other number."""
    plural = [(path.name, message) for path, catalog in read_catalogs(language).items()
              for message in catalog if message.id and not isinstance(message.id, str)]
    assert all(len(message.string) == 2 for _name, message in plural), plural[:3]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_translated_twice(language):
    seen, doubles = {}, []
    for path, catalog in read_catalogs(language).items():
        for message in catalog:
            if not message.id:
                continue  # the header
            if message.id in seen and seen[message.id][1] != message.string:
                doubles.append((message.id, seen[message.id][0], path.name))
            seen[message.id] = (path.name, message.string)
    assert not doubles, doubles[:10]


# tr("…") inside an f-string: the extractor does not see it, so this test reads the code.
_CALL = re.compile(r"""\b(?:tr|mark)\((?P<quote>["'])(?P<text>(?:(?!(?P=quote)).)+)(?P=quote)\)""")


@pytest.mark.parametrize("language", LANGUAGES)
def test_strings_inside_f_strings_are_translated_too(language):
    known = {message.id for catalog in read_catalogs(language).values() for message in catalog
             if message.id and is_translated(message.string)}
    missing = []
    for path in sorted([*ROOT.joinpath("core").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for call in _CALL.finditer(line):
                if call["text"] not in known and "\\" not in call["text"]:
                    missing.append(f"{path.relative_to(ROOT)}:{number}: {call['text']}")
    assert not missing, f"untranslated ({language}): {missing[:10]}"
