"""Launch the app offscreen on a generated demo journal and save a PNG of every screen.

    .venv/bin/python docs/make_screenshots.py [--out docs/screenshots]

Everything happens in a temporary COMPANION_HOME that is removed afterwards; the demo
entries are invented, gentle examples. The script drives the real window (first run,
unlock, journal, search, settings, lock, quick exit) exactly as a person would.

Unless QT_QPA_PLATFORM names another platform (or offscreen with options of its own), the
shots are taken on Qt's offscreen platform with a 1920×1080 screen at 96 dpi: dialogs size
themselves to the screen, and the offscreen default (800×800) would make them cramped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # (given a screen in realistic_screen())
os.environ.setdefault("COMPANION_KDF_TARGET_MS", "1")  # demo only: the cheapest allowed parameters
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import companion.ui  # noqa: E402,F401 - applies the shiboken workaround before Qt is used
from PySide6.QtCore import QPoint, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DEMO_PASSPHRASE = "lantern meadow quiet tea"
SIZE = (1180, 760)
# The screen the offscreen platform pretends to have (its configfile format: qtbase's
# src/plugins/platforms/offscreen/qoffscreenintegration.cpp, "configfile").
SCREEN = {"name": "screenshots", "x": 0, "y": 0, "width": 1920, "height": 1080,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


@contextmanager
def realistic_screen():
    """While the QApplication is made: the offscreen platform with SCREEN, from a config file in a
    temporary folder that is removed afterwards (Qt reads it only when the platform starts).
    A QT_QPA_PLATFORM other than plain "offscreen" is left as the user set it."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        yield
        return
    folder = Path(tempfile.mkdtemp(prefix="companion-screen-"))
    (folder / "screen.json").write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    here = os.getcwd()
    # Qt splits the platform string at every ':', so the file is named relative to its folder
    # (an absolute Windows path would be cut at its drive letter).
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=screen.json"
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(here)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # (nothing points at the removed file)
        shutil.rmtree(folder, ignore_errors=True)


def demo_drafts():
    from companion.journal.model import EntryDraft, ShareState

    now = datetime.now().replace(second=0, microsecond=0)

    def at(days: int, hour: int, minute: int = 0) -> str:
        return (now - timedelta(days=days)).replace(hour=hour, minute=minute).strftime("%Y-%m-%d %H:%M")

    return [
        EntryDraft(title="Walk by the river", entry_date=at(9, 17, 30), tags=("walks", "calm"),
                   body="> The river doesn't hurry, and still gets there.\n\nSaw a heron standing completely "
                        "still. I stood still too, for a minute. It felt like being allowed to rest."),
        EntryDraft(title="Sleep", entry_date=at(6, 7, 10), tags=("sleep",),
                   body="Woke at 4 again. Did the slow breathing (in 4, out 6) and got back to sleep by five. "
                        "Better than last week."),
        EntryDraft(title="Before therapy", entry_date=at(4, 16, 0), tags=("therapy",),
                   share_state=ShareState.READY, pinned=True,
                   body="Questions I want to bring:\n\n1. Why mornings feel heavier\n2. How to say no without "
                        "explaining myself\n3. The dream that keeps coming back"),
        EntryDraft(title="Hard evening", entry_date=at(2, 22, 15), tags=("hard days", "grounding"),
                   content_note="a flashback", share_state=ShareState.MAYBE,
                   body="It came back tonight. I named five things I could see: the lamp, the blue mug, "
                        "my shoes, the window, the plant. I am here. It is now. I am safe in my room."),
        EntryDraft(title="Things that helped this week", entry_date=at(1, 20, 5), tags=("small wins", "calm"),
                   body="- Tea with Sam\n- The 5-4-3-2-1 exercise on the bus\n- Going to bed before midnight "
                        "twice\n- Saying *no* to the extra shift, kindly"),
        EntryDraft(title="A small win", entry_date=at(0, 9, 40), tags=("small wins",),
                   body="I made it to the grocery store today and didn't rush out. I noticed my shoulders were "
                        "up near my ears and let them drop. **That counts.**\n\nCalm enough to choose what I "
                        "wanted, not just what was closest."),
    ]


class Shooter:
    def __init__(self, app: QApplication, out: Path):
        self.app = app
        self.out = out
        self.saved: list[str] = []

    def pump(self, seconds: float = 0.15) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def wait(self, condition, timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the app did not reach the expected state")
            self.app.processEvents()
            time.sleep(0.005)
        self.pump(0.1)

    def shot(self, widget: QWidget, name: str) -> None:
        self.pump(0.1)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path.name)
        print(f"saved {path}")


# -- grounding (30–39) -------------------------------------------------------------------------------
def grounding_screenshots(shooter: Shooter, window, session) -> None:
    """The library, an exercise's details, the player with the pacer and with reduced motion, history with
    "what has helped me", Ground me now on the lock screen, a pack import, the ending, the editor, an export.
    The practices seeded for the history are invented."""
    import tempfile

    from companion.exercises.model import Exercise
    from companion.exercises.packs import make_pack, write_pack

    page = next(s.widget for s in window.sections if s.key == "grounding")
    now = datetime.now().replace(second=0, microsecond=0)

    def seed(vault):
        plan = (("box-breathing", ((6, 4), (7, 5), (5, 4), (6, 3))), ("orienting", ((8, 6), (7, 7), (None, None))),
                ("long-exhale-breathing", ((6, 4), (5, 3), (7, 4))), ("calm-place", ((6, None),)))
        n = 0
        for exercise, ratings in plan:
            for before, after in ratings:
                n += 1
                start = now - timedelta(days=2 * n, hours=n % 5)
                pid = vault.practices.start(exercise, start, distress_before=before)
                vault.practices.finish(pid, start + timedelta(minutes=3 + n % 4), n % 6 != 0, distress_after=after)

    done: list = []
    session.run(seed, done.append)
    shooter.wait(lambda: bool(done))
    window.show_section("grounding")
    library = page.library
    shooter.wait(lambda: library.model.rowCount() > 0)
    library.select("long-exhale-breathing")
    shooter.shot(window, "30-grounding-library")
    library.select("cold-water-reset")
    shooter.shot(window, "31-exercise-details")

    player = page.player
    was_reduced = window._reduced_motion
    window._reduced_motion = False  # the offscreen platform asks for reduced motion; show the pacer moving
    library.select("long-exhale-breathing")
    library.details.start_button.click()
    player.next_step()
    shooter.pump(2.3)  # two seconds into breathing in: the circle is growing
    shooter.shot(window, "32-player-pacer")
    player.stop()
    player.done_button.click()

    window._reduced_motion = True
    library.select("box-breathing")
    library.details.start_button.click()
    while player.state.phase is None:
        player.move_on()
    shooter.pump(1.4)
    shooter.shot(window, "33-player-reduced-motion")
    player.stop()
    player.after_rating.buttons[3].click()
    shooter.shot(window, "37-player-ending")
    player.done_button.click()
    window._reduced_motion = was_reduced

    page.show_history()
    shooter.wait(lambda: page.history.history_model.rowCount() > 0)
    shooter.shot(window, "34-grounding-history")
    page.tabs.setCurrentWidget(library)

    folder = Path(tempfile.mkdtemp(prefix="companion-pack-"))
    try:
        feet = Exercise.from_dict({
            "format_version": 1, "id": "group-feet-on-the-floor", "version": 2, "title": "Feet on the floor",
            "summary": "Noticing the floor under your feet, the way we practise it in group.", "category": "body",
            "duration_minutes": 2, "intensity": "gentle", "source": "The Tuesday peer group",
            "content_notes": ["Attention on the feet and legs."],
            "steps": [{"text": "You might notice your feet on the floor, eyes open."},
                      {"text": "Press down gently, then let go.", "duration_seconds": 20}]})
        write_pack(folder / "tuesday-group.json", make_pack("Tuesday group exercises", "Sam (facilitator)", 2,
                                                            [feet, page.shipped.get("butterfly-hug")]))
        page.pack_dialog = None
        page.open_pack(str(folder / "tuesday-group.json"))
        shooter.wait(lambda: page.pack_dialog is not None and page.pack_dialog.isVisible())
        shooter.shot(page.pack_dialog, "36-pack-import")
        page.pack_dialog.reject()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    page.edit_exercise(None)
    editor = page.editor_dialog
    editor.title_edit.setText("Evening wind-down")
    editor.summary_edit.setPlainText("A slow breath, then a look around the room before bed.")
    editor.notes_edit.setPlainText("Focuses on the breath for a minute.")
    editor.step_text.setPlainText("Sit or lie however feels okay. Your eyes can stay open.")
    editor.add_step_button.click()
    editor.step_text.setPlainText("Breathe in for four, and out for six, if that feels okay.")
    editor.timing_combo.setCurrentIndex(editor.timing_combo.findData("breathing"))
    editor.add_step_button.click()
    editor.step_text.setPlainText("You might name three things you can see.")
    shooter.shot(editor, "38-exercise-editor")
    editor.reject()

    library.select("box-breathing")
    page.export_pack()
    shooter.wait(lambda: page.pack_dialog.isVisible())
    shooter.shot(page.pack_dialog, "39-pack-export")
    page.pack_dialog.reject()

    session.lock("manual")
    shooter.wait(lambda: window.screens.currentWidget() is window.unlock_page)
    window._reduced_motion = False
    window.ground_now()
    ground = window.screens.currentWidget()
    ground.player.next_step()
    shooter.pump(2.6)
    shooter.shot(window, "35-ground-now-locked")
    ground.back_button.click()
    window._reduced_motion = was_reduced
    window.unlock_page.field.edit.setText(DEMO_PASSPHRASE)
    window.unlock_page.submit()
    shooter.wait(lambda: session.is_open and window.journal.list_model.rowCount() > 0)
    window.show_section("journal")


# -- check-ins and toolkit (40–49) -------------------------------------------------------------------
def reflection_screenshots(shooter: Shooter, window, session) -> None:
    """Check-ins with today's prompt, the grounding invitation, insights, on this day, the toolkit's
    trigger log, small wins looking back, my people, the coping plan, support lines, and writing
    with a prompt. The demo data is invented and gentle."""
    import random
    from datetime import date as _date

    from companion.journal.model import EntryDraft
    from companion.reflection.checkins import CheckIn
    from companion.reflection.records import CopingPlan, Milestone, Person, Strength, TriggerLog
    from companion.ui.reflection.sections import reflection_pages

    pages = reflection_pages(window)
    today = _date.today()
    now = datetime.now().replace(second=0, microsecond=0)

    def seed(vault):
        rng = random.Random(7)
        for days in range(170, 0, -1):
            if rng.random() < 0.45:
                continue
            when = (now - timedelta(days=days)).replace(hour=rng.choice((8, 13, 21)), minute=rng.choice((5, 30)))
            drift = days / 170  # harder months earlier on, with ups and downs all the way
            mood = max(1, min(5, round(3.2 - drift + rng.uniform(-1.4, 1.4))))
            distress = max(0, min(10, round(4 + 2.5 * drift + rng.uniform(-3, 3))))
            vault.checkins.add(CheckIn(created_at=when, mood=mood, distress=distress,
                                       energy=rng.choice((None, 2, 3, 4)),
                                       present=tuple(rng.sample(("tired", "calm", "tense", "hopeful", "foggy"), 2))))
        for exercise, pairs in (("five-senses", ((7, 4), (6, 4), (8, 5))), ("box-breathing", ((6, 5), (5, 3))),
                                ("butterfly-hug", ((7, 6),))):
            for i, (before, after) in enumerate(pairs):
                start = now - timedelta(days=3 + 9 * i, hours=2)
                pid = vault.practices.start(exercise, start, distress_before=before)
                vault.practices.finish(pid, start + timedelta(minutes=5), True, distress_after=after)
        for text in ("I keep going, even when it's slow", "I notice what other people need",
                     "I can ask for help (sometimes!)", "I'm funny when I feel safe"):
            vault.strengths.add(Strength(text=text, created_at=now))
        for days, text in ((2, "Made it to the grocery store and didn't rush out"), (9, "Said no to the extra shift"),
                           (23, "Called the GP myself"), (41, "Slept through the night"),
                           (60, "Went to the group for the first time")):
            vault.milestones.add(Milestone(text=text, date=today - timedelta(days=days)))
        vault.people.add(Person("Sam", "text first, most evenings", "good at quiet company"))
        vault.people.add(Person("Tuesday group", "Tuesdays 6pm, community centre"))
        vault.people.add(Person("My sister Ana", "call, weekends"))
        vault.coping_plan.save(CopingPlan(
            warning_signs=("Not sleeping for a few nights", "Skipping meals", "Going quiet with everyone"),
            self_help=("Cold water on my face", "The 5-4-3-2-1 exercise", "A slow walk round the block",
                       "Weighted blanket and a familiar film"),
            people_and_places=("Sam (text first)", "The library reading room", "Ana's kitchen"),
            professionals=("My counsellor, Tuesdays", "The GP surgery, mornings"),
        ))
        vault.trigger_logs.add(TriggerLog(
            created_at=now - timedelta(days=1, hours=3), what_happened="A door slammed in the stairwell",
            noticed_body="Shaky hands, tight chest", intensity=7, what_i_did="Sat on the step and held the rail",
            what_helped="Naming five blue things", next_time="Headphones on for the stairs"))
        last_year = today.replace(year=today.year - 1, day=min(today.day, 28))
        vault.entries.add(EntryDraft(title="First walk by the sea", entry_date=f"{last_year} 16:20",
                                     body="Cold wind, warm coffee. I stayed an hour.", tags=("walks",)))
        earlier = last_year.replace(year=last_year.year - 1)
        vault.entries.add(EntryDraft(title="A hard anniversary", entry_date=f"{earlier} 22:10", body="...",
                                     content_note="an anniversary"))

    done = []
    session.run(seed, lambda _r: done.append(True))
    shooter.wait(lambda: bool(done))
    session.set_setting("insights.on_this_day", True)
    window.journal.list_model.reload()

    window.show_section("checkins")
    page = pages.checkins
    shooter.wait(lambda: page.prompt.prompt is not None and page.model.rowCount() > 0)
    form = page.form
    form.mood.set_value(3)
    form.energy.set_value(2)
    form.note_edit.setText("slow morning, better after tea")
    form.distress.setFocus()
    form.distress.set_value(4)
    shooter.shot(window, "40-check-in")

    form.reset(keep_status=False)
    form.mood.set_value(2)
    form.distress.set_value(8)
    form.note_edit.setText("after the phone call")
    rows = page.model.rowCount()
    form.save()
    shooter.wait(lambda: page.model.rowCount() == rows + 1 and page.invitation.isVisible())
    shooter.shot(window, "41-check-in-invitation")
    page.invitation.dismiss()

    page.show_insights()
    insights = page.insights
    shooter.wait(lambda: insights.data is not None)
    shooter.pump(0.3)
    shooter.shot(window, "42-insights")
    shooter.wait(lambda: insights.memories.rowCount() > 0)
    bar = insights.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    shooter.shot(window, "43-insights-lower")
    bar.setValue(0)
    page.tabs.setCurrentIndex(0)

    window.show_section("toolkit")
    toolkit = pages.toolkit
    log = toolkit.trigger_log
    toolkit.show_part(log)
    shooter.wait(lambda: log.model.rowCount() > 0)
    log.fields["what_happened"].setPlainText("Someone raised their voice on the bus")
    log.fields["noticed_body"].setPlainText("Heart racing, hot face")
    log.intensity.set_value(6)
    log.fields["what_helped"].setPlainText("Feet flat on the floor, counting stops")
    shooter.shot(window, "44-toolkit-trigger-log")
    log.reset(keep_status=False)

    toolkit.show_part(toolkit.strengths)
    shooter.wait(lambda: toolkit.strengths.milestones.rowCount() > 0)
    toolkit.strengths.look_back_button.setChecked(True)
    shooter.shot(window, "45-toolkit-strengths-look-back")
    toolkit.strengths.look_back_button.setChecked(False)

    toolkit.show_part(toolkit.people)
    shooter.wait(lambda: toolkit.people.model.rowCount() > 0)
    toolkit.people.list_view.setCurrentIndex(toolkit.people.model.index(0, 0))
    shooter.shot(window, "46-toolkit-my-people")

    toolkit.show_part(toolkit.plan)
    shooter.wait(lambda: toolkit.plan.edits["self_help"].toPlainText() != "")
    shooter.shot(window, "47-toolkit-coping-plan")

    toolkit.show_part(toolkit.support)
    support = toolkit.support
    shooter.wait(lambda: support.model.rowCount() > 0)
    support.country_combo.setCurrentIndex(support.country_combo.findData("GB"))
    shooter.shot(window, "48-toolkit-support-lines")
    toolkit.show_part(toolkit.trigger_log)

    window.show_section("checkins")
    page.prompt.write_button.click()
    editor = window.journal.editor
    editor.body.setFocus()
    editor.body.insertPlainText("The smell of rain on warm pavement. It reminds me of walking home from my "
                                "gran's, and of being allowed to go slowly.")
    shooter.pump(0.4)  # (the word count follows typing after a moment)
    shooter.shot(window, "49-write-with-a-prompt")
    editor.save_now("demo")
    shooter.wait(lambda: not editor.dirty)
    window.show_section("journal")


# -- share section (50–59) ----------------------------------------------------------------------------
def share_screenshots(shooter: Shooter, window, session, home: Path) -> None:
    """The share wizard's four steps, page 1 of the PDF it writes (pdftoppm), and Settings → Your data."""
    import shutil as _shutil
    import subprocess

    from companion.reflection.records import Person
    from companion.ui.share.choose_step import EntryPick

    session.run(lambda v: v.people.add(Person("Sam")))
    window.show_section("share")
    page = next(s.widget for s in window.sections if s.key == "share")
    page.start_wizard()
    wizard = page.wizard
    choose = wizard.choose
    model = choose.entries
    shooter.wait(lambda: model.entry_count >= 6 and not model.canFetchMore() and not model.is_loading)
    rows = {model.row_data(r).title: r for r in range(model.rowCount()) if model.row_data(r)}
    choose.set_pick(model.row_data(rows["Before therapy"]).id, EntryPick())  # the whole entry
    choose.list_view.setCurrentIndex(model.index(rows["Things that helped this week"], 0))
    shooter.wait(lambda: choose.titles.get(choose.current_id) == "Things that helped this week")
    choose.include_check.setChecked(True)
    choose.part_radio.setChecked(True)
    body = choose.bodies[choose.current_id]
    start = body.index("Tea with")
    choose.select_text(start, body.index("bus") + 3)
    choose.add_selected_passage()
    choose.list_view.setFocus()
    shooter.shot(window, "50-share-choose")

    wizard.go_next()
    protect = wizard.protect
    shooter.wait(lambda: protect.suggestions.rowCount() > 0)
    protect.add_term("Sam", "[a friend]")
    protect.add_term("the bus", "[on the way]")
    protect.recipe_name.setText("Tuesday group")
    protect.term_edit.setFocus()
    shooter.shot(window, "51-share-protect")

    wizard.go_next()
    shooter.wait(lambda: wizard.prepared is not None)
    shooter.pump(0.3)
    shooter.shot(window, "52-share-preview")

    wizard.go_next()
    output = wizard.output
    synced = home / "Dropbox" / "group"
    synced.mkdir(parents=True)
    output.path_edit.setText(str(synced / "reflection.pdf"))
    output.check_now()
    output.format_buttons["pdf"].setFocus()
    shooter.shot(window, "53-share-output")

    folder = home / "share-out"
    folder.mkdir()
    target = folder / "reflection.pdf"
    output.path_edit.setText(str(target))
    output.start()
    shooter.wait(lambda: not output.is_busy and target.exists())
    shooter.pump(0.2)
    if _shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(target),
                        str(shooter.out / "54-share-pdf-page")], check=True)
        shooter.saved.append("54-share-pdf-page.png")
        print(f"saved {shooter.out / '54-share-pdf-page.png'}")
    else:
        print("pdftoppm is not installed: 54-share-pdf-page.png was not made", file=sys.stderr)
    wizard.stop()

    window.show_section("settings")
    settings = window.settings_page
    bar = settings.scroll.verticalScrollBar()
    shooter.pump(0.1)  # (laid out at its full height first)
    top = settings.your_data.mapTo(settings.scroll.widget(), QPoint(0, 0)).y()
    bar.setValue(max(0, top - 16))  # "Your data" at the top (more sections follow it)
    settings.your_data.export_path.setText(str(Path.home() / "Documents" / "journal-export.json"))
    settings.your_data.import_path.setText(str(Path.home() / "jrnl" / "journal.txt"))
    shooter.shot(window, "55-portability")
    bar.setValue(0)
    window.show_section("journal")


# -- accessibility and language (60–69) ---------------------------------------------------------------
def a11y_screenshots(shooter: Shooter, app: QApplication, window) -> None:
    """Dark and high contrast themes, 200% text, and the keyboard shortcuts page (F1)."""
    from companion.ui import theme

    keys = [s.key for s in window.sections]
    size = window.size()
    window.resize(1280, 900)
    theme.apply(app, "dark", 1.0)
    window.show_section("grounding" if "grounding" in keys else "journal")
    shooter.pump(0.3)
    shooter.shot(window, "60-dark")
    theme.apply(app, "high-contrast", 1.0)
    window.show_section("checkins" if "checkins" in keys else "settings")
    shooter.pump(0.3)
    window.nav.setFocus()  # the focus ring, drawn in the high contrast yellow
    shooter.shot(window, "61-high-contrast")
    theme.apply(app, "light", 2.0)
    window.show_section("settings")
    window.resize(1280, 900)
    shooter.pump(0.3)
    shooter.shot(window, "62-text-200")
    theme.apply(app, "light", 1.0)
    window.show_section("journal")
    window.resize(size)
    window.show_shortcuts()
    dialog = window._shortcuts_dialog
    dialog.resize(680, 620)
    shooter.pump(0.3)
    shooter.shot(dialog, "64-keyboard-shortcuts")
    dialog.close()


def spanish_screenshot(shooter: Shooter, app: QApplication, paths) -> None:
    """The whole window in Spanish (the translation is loaded before any widget exists)."""
    from companion.app import build
    from companion.ui import i18n
    from companion.ui.startup import StartupSettings

    installed = i18n.install(app, "es")
    parts = build(paths.default_vault, paths, startup=StartupSettings(theme="light", language="es"),
                  quit_fn=lambda: None)
    window = parts.window
    try:
        window.resize(*SIZE)
        window.show()
        shooter.pump(0.3)
        window.unlock_page.field.edit.setText(DEMO_PASSPHRASE)
        window.unlock_page.submit()
        shooter.wait(lambda: parts.session.is_open and window.journal.list_model.rowCount() > 0)
        journal = window.journal
        win = next((e for e in journal.list_model.summaries() if e.title == "A small win"), None)
        if win is not None:
            journal.list_view.setCurrentIndex(journal.list_model.index(journal.list_model.row_of(win.id), 0))
            shooter.wait(lambda: journal.editor.title_edit.text() == "A small win")
        shooter.pump(0.3)
        shooter.shot(window, "63-spanish")
    finally:
        parts.close()
        window.hide()
        i18n.uninstall(app, installed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).parent / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def quiet(mode, _context, message):  # the offscreen plugin's "does not support ..." notes
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and \
                "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    home = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    os.environ["COMPANION_HOME"] = str(home)
    with realistic_screen():
        app = QApplication([sys.argv[0]])
    screen = app.primaryScreen()
    print(f"screen: {app.platformName()} {screen.geometry().width()}×{screen.geometry().height()} "
          f"at {screen.logicalDotsPerInch():g} dpi")
    from companion.app import build
    from companion.paths import AppPaths
    from companion.ui import theme
    from companion.ui.startup import StartupSettings

    theme.apply(app, "light", 1.0)
    paths = AppPaths.resolve(home)
    parts = build(paths.default_vault, paths, startup=StartupSettings(theme="light"), quit_fn=lambda: None)
    window = parts.window
    session = parts.session
    shooter = Shooter(app, out)
    try:
        window.resize(*SIZE)
        window.show()
        shooter.pump(0.3)
        fr = window.first_run

        # -- first run --------------------------------------------------------------
        shooter.shot(window, "01-first-run-welcome")
        fr.welcome_next.click()
        fr.pass1.edit.setText(DEMO_PASSPHRASE)
        fr.pass2.edit.setText(DEMO_PASSPHRASE)
        shooter.shot(window, "02-first-run-passphrase")
        fr.create_button.click()
        shooter.wait(lambda: fr.steps.currentWidget() is fr.recovery)
        shooter.shot(window, "03-first-run-recovery-offer")
        fr.make_code.click()
        shooter.wait(lambda: fr.code_view.isVisible())
        fr.code_view.saved_check.setChecked(True)
        shooter.shot(window, "04-first-run-recovery-code")
        fr.code_next.click()
        shooter.wait(lambda: fr.steps.currentWidget() is fr.done_step)
        shooter.shot(window, "05-first-run-ready")

        # the keychain step only appears where a keychain works: show it as it would look
        fr.show_step(fr.device_step)
        fr.step_label.setText("Step 4 of 5")
        shooter.shot(window, "06-first-run-keychain")
        fr.show_step(fr.done_step)
        fr.start_button.click()
        shooter.wait(lambda: window.screens.currentWidget() is window.shell)

        # -- demo entries, then the journal -----------------------------------------------
        drafts = demo_drafts()
        session.run(lambda v: v.entries.add_many(drafts), lambda _ids: window.journal.list_model.reload())
        journal = window.journal
        shooter.wait(lambda: journal.list_model.entry_count == len(drafts) and not journal.list_model.is_loading)
        journal.refresh_tags()
        journal.list_view.setCurrentIndex(journal.list_model.entry_index(0))
        shooter.wait(lambda: journal.editor.title_edit.text() == "A small win")
        shooter.shot(window, "07-journal")

        helped = next(e for e in journal.list_model.summaries() if e.title == "Things that helped this week")
        journal.list_view.setCurrentIndex(journal.list_model.index(journal.list_model.row_of(helped.id), 0))
        shooter.wait(lambda: journal.editor.title_edit.text() == "Things that helped this week")
        journal.editor.preview_button.setChecked(True)
        shooter.shot(window, "08-journal-preview")
        journal.editor.preview_button.setChecked(False)

        # -- search ------------------------------------------------------------------------
        journal.search_edit.setText("calm")
        shooter.wait(lambda: journal.search_is_active() and journal.search_model.rowCount() > 0)
        shooter.shot(window, "09-search")
        journal.filters_button.setChecked(True)
        journal.tag_filter.setCurrentIndex(journal.tag_filter.findData("small wins"))
        shooter.wait(lambda: journal.search_model.rowCount() > 0)
        shooter.pump(0.3)
        shooter.shot(window, "10-search-filters")
        journal.filters_button.setChecked(False)
        journal.search_edit.setText("")
        shooter.wait(lambda: not journal.search_is_active())

        # -- settings -----------------------------------------------------------------------
        window.show_section("settings")
        settings = window.settings_page
        shooter.wait(lambda: settings._keychain_reason != "unknown")
        shooter.shot(window, "11-settings")
        bar = settings.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2 + 80)
        shooter.shot(window, "12-settings-unlocking")
        bar.setValue(bar.maximum())
        shooter.shot(window, "13-settings-backups")
        bar.setValue(0)
        window.show_section("journal")

        grounding_screenshots(shooter, window, session)  # 30–39: grounding
        reflection_screenshots(shooter, window, session)  # 40–49: check-ins and toolkit
        share_screenshots(shooter, window, session, home)  # 50–55: the share section
        a11y_screenshots(shooter, app, window)  # 60–64: themes, 200% text, keyboard shortcuts

        # -- dark and high contrast --------------------------------------------------------------
        for name, key in (("14-journal-dark", "dark"), ("15-journal-high-contrast", "high-contrast")):
            theme.apply(app, key, 1.0)
            shooter.shot(window, name)
        theme.apply(app, "light", 1.0)

        # -- lock and unlock -----------------------------------------------------------------------
        session.lock("manual")
        shooter.wait(lambda: window.screens.currentWidget() is window.unlock_page)
        shooter.shot(window, "16-unlock")
        window.unlock_page.field.edit.setText("not the passphrase")
        window.unlock_page.submit()
        shooter.wait(lambda: bool(window.unlock_page.message.text()))
        shooter.shot(window, "17-unlock-wrong-passphrase")
        window.unlock_page.mode_button.click()
        shooter.shot(window, "18-unlock-recovery-code")
        window.unlock_page.mode_button.click()
        window.unlock_page.field.edit.setText(DEMO_PASSPHRASE)
        window.unlock_page.submit()
        shooter.wait(lambda: session.is_open and journal.list_model.rowCount() > 0)

        # -- quick exit to the neutral screen ------------------------------------------------------------
        window.startup.quick_exit_action = "neutral"
        window.quick_exit()
        shooter.wait(lambda: window.neutral.isVisible())
        window.neutral.resize(*SIZE)
        shooter.shot(window.neutral, "19-quick-exit-neutral-screen")
        print(f"quick exit hid every window in {window.last_hide_ms:.1f} ms")
        window.neutral.hide()
        spanish_screenshot(shooter, app, paths)  # 63: the app in Spanish
    finally:
        parts.close()
        window.neutral.hide()
        shutil.rmtree(home, ignore_errors=True)
    print(f"{len(shooter.saved)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
