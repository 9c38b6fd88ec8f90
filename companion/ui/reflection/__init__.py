"""The reflection toolkit's pages: check-ins, prompts, insights, the toolkit (logs, strengths,
people, coping plan, support lines) and the grounding invitation. Built by sections.py."""
