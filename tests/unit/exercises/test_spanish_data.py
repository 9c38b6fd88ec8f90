"""The shipped exercises in Spanish: complete, faithful in structure, informal and gentle.

The English rules in test_exercise_library.py (invitations, stopping, eyes open on the
default path, calm rather than only safe, every medical caution) are checked again here
for the Spanish text, because a translation is where such things quietly get lost.
"""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from companion.exercises.model import Exercise
from exercisehelp import all_texts, step_texts

LANG = "es"


def _data_files():
    folder = resources.files("companion.exercises.data")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


def _raw(entry) -> dict:
    return json.loads(entry.read_text(encoding="utf-8"))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@pytest.fixture(scope="module")
def spanish(shipped) -> dict[str, Exercise]:
    return {e.id: e.localized(LANG) for e in shipped}


def test_all_nineteen_shipped_exercises_have_spanish(shipped):
    assert len(_data_files()) == 19
    for e in shipped:
        assert LANG in e.languages, e.id


@pytest.mark.parametrize("entry", _data_files(), ids=lambda f: f.name)
def test_each_translation_is_complete(entry):
    data = _raw(entry)
    tr = data["translations"][LANG]
    assert tr["title"].strip() and tr["summary"].strip()
    for key in ("content_notes", "cautions"):
        assert len(tr.get(key, [])) == len(data.get(key, [])), key
        assert all(item.strip() for item in tr.get(key, []))
    variants = data.get("variants", [])
    assert set(tr.get("variants", {})) == {v["id"] for v in variants}
    for texts in tr.get("variants", {}).values():
        assert texts.get("title", "").strip() and texts.get("description", "").strip()
    # One entry per step, none left as null, each with its own text and, where the step
    # has one, its own notice prompt.
    assert len(tr["steps"]) == len(data["steps"])
    for i, (entry_es, step) in enumerate(zip(tr["steps"], data["steps"])):
        assert entry_es is not None, i
        assert entry_es.get("text", "").strip(), i
        if "notice" in step:
            assert entry_es.get("notice_prompt", "").strip(), i


def test_localized_differs_from_english_everywhere(shipped, spanish):
    for e in shipped:
        es = spanish[e.id]
        assert es.title != e.title and es.summary != e.summary, e.id
        for english, translated in zip(e.content_notes + e.cautions, es.content_notes + es.cautions):
            assert translated != english, (e.id, english)
        for english, translated in zip(e.variants, es.variants):
            assert translated.id == english.id
            assert translated.title != english.title and translated.description != english.description
        assert len(es.steps) == len(e.steps)
        for english, translated in zip(e.steps, es.steps):
            assert translated.text != english.text, (e.id, english.text)
            if english.notice:
                assert translated.notice.prompt != english.notice.prompt, (e.id, english.notice.prompt)
                assert translated.notice.count == english.notice.count


def test_localizing_keeps_timing_structure_and_counts(shipped, spanish):
    for e in shipped:
        es = spanish[e.id]
        assert len(es.content_notes) == len(e.content_notes), e.id
        assert len(es.cautions) == len(e.cautions), e.id
        assert (es.source, es.category, es.intensity, es.duration_minutes) == (
            e.source, e.category, e.intensity, e.duration_minutes)
        for english, translated in zip(e.steps, es.steps):
            assert (translated.seconds, translated.variant, translated.skippable) == (
                english.seconds, english.variant, english.skippable)
            assert translated.breathing == english.breathing


def test_regional_codes_fall_back_to_spanish(shipped, spanish):
    box = shipped.get("box-breathing")
    for lang in ("es-MX", "es-ES", "es-419", "ES"):
        assert box.localized(lang).title == spanish["box-breathing"].title == "Respiración cuadrada"


def test_spanish_is_informal_tu_and_never_usted(spanish):
    formal = {"usted", "ustedes", "vosotros", "vosotras", "vuestro", "vuestra", "vuestros", "vuestras"}
    for es in spanish.values():
        joined = "\n".join(all_texts(es))
        assert not _words(joined) & formal, es.id
        assert "puedes" in _words(joined), es.id  # the informal "you can" carries every exercise


def test_spanish_wording_is_invitational_and_stopping_is_always_mentioned(spanish):
    for es in spanish.values():
        joined = "\n".join(all_texts(es)).lower()
        assert "parar" in joined, es.id
        for bossy in ("debes", "deberías", "tienes que", "no pares", "esfuérzate", "obligatorio"):
            assert bossy not in joined, (es.id, bossy)
        assert any(soft in joined for soft in ("si te parece bien", "si quieres", "puedes", "quizá")), es.id


def test_spanish_avoids_gendered_words_about_the_person_and_strong_regionalisms(spanish):
    # Whoever reads this may be of any gender, and anywhere from Spain to Latin America.
    avoid = {"sentado", "sentada", "acostado", "acostada", "tumbado", "tumbada", "mareado", "mareada",
             "listo", "lista", "preparado", "preparada", "cansado", "cansada", "coger", "coge",
             "ordenador", "computadora", "móvil", "celular", "vale", "ahorita"}
    for es in spanish.values():
        joined = "\n".join(all_texts(es))
        assert not _words(joined) & avoid, (es.id, _words(joined) & avoid)
        assert "ti mismo" not in joined.lower() and "ti misma" not in joined.lower(), es.id


def test_spanish_questions_open_and_close(spanish):
    for es in spanish.values():
        for text in all_texts(es):
            assert text.count("¿") == text.count("?"), (es.id, text)


def test_spanish_default_path_never_asks_to_close_the_eyes(spanish):
    close_eyes = re.compile(r"\b(?:cierr|cerr)\w*\b[^.]*\bojos\b", re.IGNORECASE)
    mentioning = set()
    for es in spanish.values():
        assert not [t for t in step_texts(es.steps_for(None)) if close_eyes.search(t)], es.id
        for s in es.steps:
            if close_eyes.search(s.text):
                mentioning.add(es.id)
                assert s.variant is not None and s.variant != es.default_variant, (es.id, s.text)
    assert {"butterfly-hug", "calm-place", "body-scan"} <= mentioning
    for exercise_id in mentioning:
        default_path = step_texts(spanish[exercise_id].steps_for(None))
        assert any("ojos abiertos" in t.lower() for t in default_path), exercise_id


def test_spanish_safe_place_language_always_offers_calm(spanish):
    for es in spanish.values():
        for text in all_texts(es):
            lowered = text.lower()
            if "segur" in lowered and "lugar" in lowered:
                assert "tranquil" in lowered or "calma" in lowered, (es.id, text)
    assert spanish["calm-place"].title == "Lugar tranquilo"


def test_spanish_cold_water_keeps_every_medical_caution(shipped, spanish):
    cold = spanish["cold-water-reset"]
    assert len(cold.cautions) == len(shipped.get("cold-water-reset").cautions) == 5
    cautions = " ".join(cold.cautions).lower()
    for term in ("afección cardíaca", "ritmo cardíaco", "betabloqueantes", "betabloqueadores",
                 "frecuencia cardíaca baja en reposo", "alergia al frío", "trastorno de la conducta alimentaria",
                 "profesional de la salud", "médico", "desmayar", "te falta el aire"):
        assert term in cautions, term
    first = cold.steps[0]
    assert not first.skippable and "precauciones" in first.text.lower()


def test_spanish_body_scan_lets_every_region_be_skipped_and_offers_other_anchors(spanish):
    scan = spanish["body-scan"]
    regions = [s for s in scan.steps if s.duration_seconds and "saltarte esta zona" in s.text]
    assert len(regions) >= 8 and all(s.skippable for s in regions)
    assert any("ancla" in s.text and "sonido" in s.text for s in scan.steps)


def test_spanish_breathing_steps_use_the_agreed_words(spanish):
    # inhala / sostén / exhala / pausa, so the words match the on-screen phase labels.
    for es in spanish.values():
        for s in es.steps:
            if s.breathing is None:
                continue
            kinds = {p.kind for p in s.breathing.phases}
            text = s.text.lower()
            if "hold" in kinds:
                assert "sostén" in text, (es.id, s.text)
            if "hold_empty" in kinds:
                assert "pausa" in text, (es.id, s.text)
            if len(s.breathing.phases) > 1:
                assert "inhal" in text and "exhal" in text, (es.id, s.text)


def test_search_finds_exercises_by_their_spanish_words(shipped):
    assert "box-breathing" in [e.id for e in shipped.find(text="respiración cuadrada", lang="es")]
    assert [e.id for e in shipped.find(text="agua fría", lang="es")] == ["cold-water-reset"]
    assert [e.id for e in shipped.find(text="mariposa", lang="es")] == ["butterfly-hug"]
    assert shipped.find(text="mariposa") == []  # English search stays English
