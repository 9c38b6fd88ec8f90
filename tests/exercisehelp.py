"""Every piece of an exercise a person reads, for the tests that check wording (English and Spanish)."""

from __future__ import annotations

from companion.exercises.model import Exercise


def all_texts(e: Exercise, steps=None) -> list[str]:
    """Title, summary, notes, cautions, variants and every step (or the given steps) with its prompt."""
    steps = e.steps if steps is None else steps
    out = [e.title, e.summary, *e.content_notes, *e.cautions]
    out += [v.title + " " + v.description for v in e.variants]
    for s in steps:
        out.append(s.text)
        if s.notice:
            out.append(s.notice.prompt)
    return out


def step_texts(steps) -> list[str]:
    return [t for s in steps for t in (s.text, s.notice.prompt if s.notice else "")]
