"""The shipped reflection prompts in Spanish: every one translated, informal and free of assumptions."""

from __future__ import annotations

import re

import pytest

from companion.reflection.prompts import load_prompt_library

LANG = "es"


@pytest.fixture(scope="module")
def prompts():
    return load_prompt_library().prompts


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def test_every_shipped_prompt_has_spanish_text(prompts):
    assert len(prompts) == 72
    for prompt in prompts:
        assert LANG in prompt.translations, prompt.id
        spanish = prompt.text_for(LANG)
        assert spanish.strip() and spanish != prompt.text, prompt.id
        assert prompt.text_for("es-MX") == prompt.text_for("es-ES") == spanish


def test_every_content_note_is_translated_and_no_note_is_invented(prompts):
    with_notes = [p for p in prompts if p.content_note]
    assert len(with_notes) >= 9
    for prompt in prompts:
        note = prompt.translations[LANG].content_note
        if prompt.content_note:
            assert note and note != prompt.content_note, prompt.id
            assert prompt.content_note_for(LANG) == note
            assert "saltártela siempre está bien" in note.lower(), prompt.id
        else:
            assert note is None, prompt.id


def test_spanish_prompts_use_tu_and_never_usted(prompts):
    formal = {"usted", "ustedes", "vosotros", "vosotras", "vuestro", "vuestra", "vuestros", "vuestras"}
    for prompt in prompts:
        translation = prompt.translations[LANG]
        words = _words(translation.text + " " + (translation.content_note or ""))
        assert not words & formal, prompt.id
    # Every prompt speaks to the reader as "tú": a pronoun, an attached -te ("cuidarte"),
    # or a second-person verb ("necesitas", "hayas").
    informal = {"te", "tu", "tus", "ti", "tuya", "contigo", "puedes", "quieres", "quieras", "quisieras",
                "necesitas", "hayas", "estés", "prefieres", "llevas", "aportaste", "compartes", "podrías"}
    for prompt in prompts:
        words = _words(prompt.text_for(LANG))
        assert words & informal or any(w.endswith(("rte", "rtela")) for w in words), prompt.id


def test_spanish_prompts_are_invitations_without_assumptions(prompts):
    assumptions = ("tu familia", "tu pareja", "tu madre", "tu padre", "tu lugar seguro", "tu casa", "tu hogar")
    commands = ("debes", "deberías", "tienes que", "escribe sobre", "describe ", "piensa en ")
    for prompt in prompts:
        lowered = prompt.text_for(LANG).lower()
        assert not any(word in lowered for word in assumptions), prompt.id
        assert not any(word in lowered for word in commands[:3]), prompt.id
        assert not any(lowered.startswith(word) or f". {word}" in lowered for word in commands), prompt.id


def test_spanish_prompts_avoid_gendered_words_about_the_person(prompts):
    avoid = {"orgulloso", "orgullosa", "desbordado", "desbordada", "listo", "cansado", "cansada",
             "agradecido", "agradecida", "mismo", "misma"}
    for prompt in prompts:
        translation = prompt.translations[LANG]
        assert not _words(translation.text + " " + (translation.content_note or "")) & avoid, prompt.id


def test_spanish_questions_open_and_close(prompts):
    for prompt in prompts:
        text = prompt.text_for(LANG)
        assert text.count("¿") == text.count("?"), prompt.id
        assert ("?" in text) == ("?" in prompt.text), prompt.id
