"""Immutable exercise objects the UI, CLI and session timeline share.

`Exercise.from_dict` validates first, so an Exercise in memory always satisfies the
format; `to_dict` writes the canonical form back (defaults left out), and the two
round-trip exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from companion.exercises.validate import FORMAT_VERSION, check_exercise


def _num(value: float) -> int | float:
    """Write 4.0 as 4 so files stay the way people typed them."""
    return int(value) if float(value).is_integer() else float(value)


@dataclass(frozen=True)
class BreathPhase:
    kind: str  # "in" | "hold" | "out" | "hold_empty"
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "seconds": _num(self.seconds)}


@dataclass(frozen=True)
class BreathPattern:
    phases: tuple[BreathPhase, ...]
    cycles: int

    @property
    def cycle_seconds(self) -> float:
        return sum(p.seconds for p in self.phases)

    @property
    def total_seconds(self) -> float:
        return self.cycle_seconds * self.cycles

    def to_dict(self) -> dict[str, Any]:
        return {"phases": [p.to_dict() for p in self.phases], "cycles": self.cycles}


@dataclass(frozen=True)
class Notice:
    """An invitation to notice or name things, e.g. five things you can see."""

    prompt: str
    count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"prompt": self.prompt}
        if self.count is not None:
            out["count"] = self.count
        return out


@dataclass(frozen=True)
class Variant:
    id: str
    title: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "description": self.description}


@dataclass(frozen=True)
class Step:
    text: str
    duration_seconds: float | None = None
    breathing: BreathPattern | None = None
    notice: Notice | None = None
    variant: str | None = None
    skippable: bool = True

    @property
    def seconds(self) -> float | None:
        """How long the step runs as written, or None when it waits for the person."""
        if self.breathing is not None:
            return self.breathing.total_seconds
        return self.duration_seconds

    @property
    def timed(self) -> bool:
        return self.seconds is not None

    def applies_to(self, variant_id: str | None) -> bool:
        return self.variant is None or self.variant == variant_id

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.duration_seconds is not None:
            out["duration_seconds"] = _num(self.duration_seconds)
        if self.breathing is not None:
            out["breathing"] = self.breathing.to_dict()
        if self.notice is not None:
            out["notice"] = self.notice.to_dict()
        if self.variant is not None:
            out["variant"] = self.variant
        if not self.skippable:
            out["skippable"] = False
        return out


@dataclass(frozen=True)
class StepText:
    """A translation's override for one step; None fields keep the original."""

    text: str | None = None
    notice_prompt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.text is not None:
            out["text"] = self.text
        if self.notice_prompt is not None:
            out["notice_prompt"] = self.notice_prompt
        return out


@dataclass(frozen=True)
class VariantText:
    id: str
    title: str | None = None
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.title is not None:
            out["title"] = self.title
        if self.description is not None:
            out["description"] = self.description
        return out


@dataclass(frozen=True)
class Translation:
    """Per-language overrides. Lists of notes and cautions are whole replacements of equal length."""

    lang: str
    title: str | None = None
    summary: str | None = None
    content_notes: tuple[str, ...] | None = None
    cautions: tuple[str, ...] | None = None
    variants: tuple[VariantText, ...] = ()
    steps: tuple[StepText | None, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.title is not None:
            out["title"] = self.title
        if self.summary is not None:
            out["summary"] = self.summary
        if self.content_notes is not None:
            out["content_notes"] = list(self.content_notes)
        if self.cautions is not None:
            out["cautions"] = list(self.cautions)
        if self.variants:
            out["variants"] = {v.id: v.to_dict() for v in self.variants}
        if self.steps is not None:
            out["steps"] = [None if s is None else s.to_dict() for s in self.steps]
        return out


@dataclass(frozen=True)
class Exercise:
    id: str
    version: int
    title: str
    summary: str
    category: str
    duration_minutes: float
    intensity: str
    source: str
    steps: tuple[Step, ...]
    content_notes: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    translations: tuple[Translation, ...] = ()

    # ---- construction ---------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any) -> Exercise:
        """Validate and build; raises ExerciseValidationError listing every problem."""
        check_exercise(data)
        return cls(
            id=data["id"],
            version=data["version"],
            title=data["title"],
            summary=data["summary"],
            category=data["category"],
            duration_minutes=data["duration_minutes"],
            intensity=data["intensity"],
            source=data["source"],
            steps=tuple(_step(s) for s in data["steps"]),
            content_notes=tuple(data.get("content_notes", ())),
            cautions=tuple(data.get("cautions", ())),
            variants=tuple(Variant(v["id"], v["title"], v["description"]) for v in data.get("variants", ())),
            translations=tuple(_translation(lang, t) for lang, t in data.get("translations", {}).items()),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "summary": self.summary,
            "category": self.category,
            "duration_minutes": _num(self.duration_minutes),
            "intensity": self.intensity,
            "content_notes": list(self.content_notes),
            "cautions": list(self.cautions),
            "variants": [v.to_dict() for v in self.variants],
            "source": self.source,
            "steps": [s.to_dict() for s in self.steps],
        }
        if self.translations:
            out["translations"] = {t.lang: t.to_dict() for t in self.translations}
        return out

    # ---- queries --------------------------------------------------------------------
    @property
    def default_variant(self) -> str | None:
        """The first variant (authors list the gentlest, eyes-open one first), or None."""
        return self.variants[0].id if self.variants else None

    def variant(self, variant_id: str) -> Variant | None:
        return next((v for v in self.variants if v.id == variant_id), None)

    def steps_for(self, variant_id: str | None = None) -> tuple[Step, ...]:
        """The steps a person sees for this variant (the default one when None)."""
        chosen = variant_id if variant_id is not None else self.default_variant
        return tuple(s for s in self.steps if s.applies_to(chosen))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(t.lang for t in self.translations)

    def translation_for(self, lang: str) -> Translation | None:
        """Exact match first, then ignoring case, then the base language ('es' for 'es-MX')."""
        wanted = lang.strip()
        for candidate in (wanted, wanted.lower(), wanted.split("-")[0].lower()):
            for t in self.translations:
                if t.lang == candidate or t.lang.lower() == candidate.lower():
                    return t
        return None

    def localized(self, lang: str | None) -> Exercise:
        """The exercise as shown in `lang`, falling back to the original text per field.

        The result carries no translations: it is for display, not for saving.
        """
        t = self.translation_for(lang) if lang else None
        if t is None:
            return replace(self, translations=())
        variant_texts = {v.id: v for v in t.variants}
        variants = tuple(
            replace(v,
                    title=_pick(variant_texts.get(v.id), "title", v.title),
                    description=_pick(variant_texts.get(v.id), "description", v.description))
            for v in self.variants
        )
        steps = self.steps
        if t.steps is not None:
            steps = tuple(_localize_step(s, st) for s, st in zip(self.steps, t.steps))
        return replace(
            self,
            title=t.title if t.title is not None else self.title,
            summary=t.summary if t.summary is not None else self.summary,
            content_notes=t.content_notes if t.content_notes is not None else self.content_notes,
            cautions=t.cautions if t.cautions is not None else self.cautions,
            variants=variants,
            steps=steps,
            translations=(),
        )

    def search_text(self) -> str:
        """Lower-cased words a search box matches against."""
        parts = [self.id.replace("-", " "), self.title, self.summary, self.category, self.intensity,
                 *self.content_notes, *(v.title for v in self.variants)]
        return "\n".join(parts).casefold()


def _pick(obj: Any, name: str, default: str) -> str:
    value = getattr(obj, name, None) if obj is not None else None
    return value if value is not None else default


def _localize_step(step: Step, text: StepText | None) -> Step:
    if text is None:
        return step
    notice = step.notice
    if notice is not None and text.notice_prompt is not None:
        notice = replace(notice, prompt=text.notice_prompt)
    return replace(step, text=text.text if text.text is not None else step.text, notice=notice)


def _step(data: dict) -> Step:
    breathing = None
    if "breathing" in data:
        b = data["breathing"]
        breathing = BreathPattern(
            phases=tuple(BreathPhase(p["kind"], float(p["seconds"])) for p in b["phases"]),
            cycles=b["cycles"],
        )
    notice = None
    if "notice" in data:
        notice = Notice(data["notice"]["prompt"], data["notice"].get("count"))
    duration = data.get("duration_seconds")
    return Step(
        text=data["text"],
        duration_seconds=float(duration) if duration is not None else None,
        breathing=breathing,
        notice=notice,
        variant=data.get("variant"),
        skippable=data.get("skippable", True),
    )


def _translation(lang: str, data: dict) -> Translation:
    steps = None
    if "steps" in data:
        steps = tuple(None if s is None else StepText(s.get("text"), s.get("notice_prompt")) for s in data["steps"])
    return Translation(
        lang=lang,
        title=data.get("title"),
        summary=data.get("summary"),
        content_notes=tuple(data["content_notes"]) if "content_notes" in data else None,
        cautions=tuple(data["cautions"]) if "cautions" in data else None,
        variants=tuple(VariantText(vid, v.get("title"), v.get("description"))
                       for vid, v in data.get("variants", {}).items()),
        steps=steps,
    )
