"""Grounding exercises: the file format, its validator, the shipped library, guided timing and packs.

Qt-free on purpose, so the CLI and tests use exactly what the UI uses.
"""

from companion.exercises.library import ExerciseLibrary, load_shipped
from companion.exercises.model import BreathPattern, BreathPhase, Exercise, Notice, Step, Translation, Variant
from companion.exercises.packs import Pack, PackValidationError, Prompt, make_pack, parse_pack, read_pack, write_pack
from companion.exercises.timeline import (
    GuidedSession, Outcome, SessionClock, SessionState, Status, Timeline, build_timeline,
)
from companion.exercises.validate import ExerciseValidationError, Problem, exercise_problems, parse_exercise_json

__all__ = [
    "BreathPattern", "BreathPhase", "Exercise", "ExerciseLibrary", "ExerciseValidationError", "GuidedSession",
    "Notice", "Outcome", "Pack", "PackValidationError", "Problem", "Prompt", "SessionClock", "SessionState",
    "Status", "Step", "Timeline", "Translation", "Variant", "build_timeline", "exercise_problems", "load_shipped",
    "make_pack", "parse_exercise_json", "parse_pack", "read_pack", "write_pack",
]
