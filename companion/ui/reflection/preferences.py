"""The reflection toolkit's choices, kept inside the encrypted vault (Session.setting).

Defaults lean towards quiet: prompts are offered but prompts with a content note are not,
insights are shown with their gentle framing and can be hidden entirely, "on this day" is
off until the person turns it on, and the grounding invitation is on and can be turned off.
"""

from __future__ import annotations

from typing import Any

PROMPTS_DAILY = "prompts.daily"
PROMPTS_CONTENT_NOTES = "prompts.include_content_notes"
PROMPTS_EXCLUDED = "prompts.excluded_categories"
PROMPTS_SEED = "prompts.seed"
GROUNDING_INVITATION = "reflection.grounding_invitation"
GROUNDING_THRESHOLD = "reflection.grounding_threshold"
INSIGHTS_SHOWN = "insights.shown"
INSIGHTS_PERIOD = "insights.period"
ON_THIS_DAY = "insights.on_this_day"
SUPPORT_COUNTRY = "support.country"
SUPPORT_OWN_LINES = "support.own_lines"

DEFAULTS: dict[str, Any] = {
    PROMPTS_DAILY: True,
    PROMPTS_CONTENT_NOTES: False,
    PROMPTS_EXCLUDED: [],
    PROMPTS_SEED: "",
    GROUNDING_INVITATION: True,
    GROUNDING_THRESHOLD: 7,
    INSIGHTS_SHOWN: True,
    INSIGHTS_PERIOD: "month",
    ON_THIS_DAY: False,
    SUPPORT_COUNTRY: "",
    SUPPORT_OWN_LINES: [],
}


def get(session, key: str) -> Any:
    return session.setting(key, DEFAULTS[key])
