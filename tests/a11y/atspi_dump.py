#!/usr/bin/python3
"""Read an application's accessibility tree over AT-SPI, as a screen reader does.

Runs with the SYSTEM Python (Debian's python3-pyatspi; the project's venv cannot import
it). Commands, one per line on standard input, answers one JSON line each on standard output:

    dump PID            -> {"apps": [tree]}   tree: role, name, description, states, id, children
    watch PID SECONDS   -> {"events": [...]}  announcements and name/description changes meanwhile
    quit

Subtrees that are not showing are left out (hidden pages of a stack); long lists and
tables are cut after MAX_ITEMS children.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

MAX_ITEMS = 25
LONG = {"list", "table", "tree", "tree table", "list box", "page tab list"}
EVENTS = ("object:announcement", "object:property-change:accessible-description",
          "object:property-change:accessible-name")


def app_for(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # noqa: BLE001 - an application that went away
            continue
    return None


def node(acc, depth: int = 0) -> dict:
    try:
        states = sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
        out = {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
               "states": states}
        try:
            out["id"] = acc.get_accessible_id() or ""
        except Exception:  # noqa: BLE001 - older AT-SPI
            out["id"] = ""
    except Exception as error:  # noqa: BLE001 - the object vanished while we read it
        return {"role": "gone", "name": "", "description": "", "states": [], "id": "", "error": str(error)}
    children = []
    if depth == 0 or "showing" in states:
        count = acc.childCount
        if out["role"] in LONG:
            count = min(count, MAX_ITEMS)
        for i in range(count):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:  # noqa: BLE001
                continue
            if child is not None:
                children.append(node(child, depth + 1))
    out["children"] = children
    return out


def watch(pid: int, seconds: float) -> list[dict]:
    events: list[dict] = []

    def on_event(event) -> None:
        try:
            source = event.source
            if source.get_process_id() != pid:
                return
            events.append({"type": event.type, "role": source.getRoleName(), "name": source.name or "",
                           "description": source.description or "",
                           "data": event.any_data if isinstance(event.any_data, str) else ""})
        except Exception:  # noqa: BLE001
            pass

    pyatspi.Registry.registerEventListener(on_event, *EVENTS)
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()
    pyatspi.Registry.deregisterEventListener(on_event, *EVENTS)
    return events


def main() -> int:
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "quit":
            break
        pid = int(parts[1])
        if parts[0] == "dump":
            app = app_for(pid)
            answer = {"apps": [node(app)] if app is not None else []}
        elif parts[0] == "watch":
            answer = {"events": watch(pid, float(parts[2]))}
        else:
            answer = {"error": f"unknown command {parts[0]!r}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
