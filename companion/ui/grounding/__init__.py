"""The Grounding section: the exercise library, the guided player with its breath pacer,
practice history, custom exercises, packs, and "Ground me now" (also on the lock screen).

The truth about time lives in the pure `companion.exercises.timeline.GuidedSession`; the
widgets here only ask it "where are we now?" and draw the answer.
"""
