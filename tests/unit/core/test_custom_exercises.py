"""Packs and custom exercises stored in a real vault: consent, versions, all or nothing."""

from __future__ import annotations


import pytest

from companion.errors import InvalidInputError
from companion.exercises.library import load_shipped
from companion.exercises.packs import Prompt, make_pack


def _custom(exercise, new_id, version=1):
    data = exercise.to_dict()
    data.update(id=new_id, version=version, title=f"Our {exercise.title}")
    return type(exercise).from_dict(data)


def test_pack_import_adds_updates_and_refuses_shipped_ids(vault):
    library = load_shipped()
    base = library.all()[0]
    shipped_ids = set(library.ids)
    pack = make_pack("Tuesday group", "Facilitator", 1, [_custom(base, "group-breath"), base],
                     prompts=[Prompt(id="q1", text="What did you bring today?", category="after_group")])
    report = vault.exercises.import_pack(pack, shipped_ids)
    assert report.added == ["group-breath"] and report.refused == [base.id] and report.prompts == 1
    newer = make_pack("Tuesday group", "Facilitator", 2, [_custom(base, "group-breath", version=2)])
    assert vault.exercises.import_pack(newer, shipped_ids).updated == ["group-breath"]
    assert vault.exercises.import_pack(pack, shipped_ids).unchanged == ["group-breath"]
    assert vault.exercises.versions() == {"group-breath": 2}
    assert [p.id for p in vault.personal_prompts.all()] == ["pack-q1"]


def test_pack_with_a_bad_prompt_imports_nothing(vault):
    base = load_shipped().all()[0]
    pack = make_pack("x", "y", 1, [_custom(base, "fine-one")],
                     prompts=[Prompt(id="bad", text="?", category="not-a-category")])
    with pytest.raises(InvalidInputError):
        vault.exercises.import_pack(pack, set())
    assert vault.exercises.all() == []
