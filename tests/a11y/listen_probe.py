"""Runs the guide as a screen-reader user meets it, and prints what happened as JSON.

Run by tests/a11y/test_heard.py under Debian's /usr/bin/python3 inside ``dbus-run-session`` (the AT-SPI
bindings, gir1.2-atspi-2.0, are Debian's, not the virtual environment's). It starts a private X display
(Xvfb), the AT-SPI bus, optionally Orca with its speech written to a file (speech and braille off), then
the app; presses keys with xdotool; and after each key records the focus events, the focused object (role,
name, description, the names of what labels it) and, with Orca, what Orca said.

Usage: listen_probe.py CONFIG_JSON. The config: {"app": [command...], "orca": bool, "keys": [...]}.
Each key is an xdotool key name; "start" (wait until the first page is focused and heard); or
"KEY until NAME": KEY pressed again and again (at most UNTIL_PRESSES times) until the focused object's
name starts with NAME, recorded as one step.
"""

from __future__ import annotations

import json
import os
import pathlib
import random
import runpy
import shutil
import subprocess
import sys
import tempfile
import time

STEP_TIMEOUT_S = 6.0
SPEECH_TIMEOUT_S = 12.0
QUIET_S = 0.7
START_TIMEOUT_S = 25.0
UNTIL_PRESSES = 40
ORCA_START_TIMEOUT_S = 45.0  # Orca starts slowly on a busy machine


def fail(message: str) -> None:
    print(json.dumps({"error": message}))
    sys.exit(3)


def run_orca() -> None:
    """The Orca process: Orca with a file handler on its "speech" logger (as shared/tools/listen does)."""
    import logging

    handler = logging.FileHandler(os.environ["PROBE_SPEECH_LOG"], mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("speech")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    sys.argv = ["orca", *sys.argv[2:]]
    program = runpy.run_path(shutil.which("orca") or "/usr/bin/orca", run_name="orca_program")
    program["main"].__globals__["otherOrcas"] = list  # this Orca has a bus of its own
    sys.exit(program["main"]())


def start_x(procs: list[subprocess.Popen[bytes]]) -> str:
    for _ in range(5):
        display = random.randint(200, 3000)  # noqa: S311 (a display number, not a secret)
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", f":{display}", "-displayfd", str(write_end), "-screen", "0",
             "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end, "rb") as reader:
            number = reader.readline().strip().decode()
        if number.isdigit() and xvfb.poll() is None:
            procs.append(xvfb)
            return f":{number}"
        xvfb.kill()
    fail("Xvfb did not start")
    return ""


def start_atspi(procs: list[subprocess.Popen[bytes]]) -> None:
    places = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
    launcher = next((p for p in places if os.path.exists(p)), None)
    if launcher is None:
        fail("at-spi-bus-launcher is missing")
    procs.append(subprocess.Popen([launcher, "--launch-immediately"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL))
    deadline = time.time() + 10
    while time.time() < deadline:
        reply = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], check=False, capture_output=True, text=True, timeout=5,
        )
        if reply.returncode == 0 and "unix:" in reply.stdout:
            break
        time.sleep(0.1)
    else:
        fail("the AT-SPI bus did not start")
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", f"string:{prop}",
                        "variant:boolean:true"], check=False, capture_output=True, timeout=5)


def main() -> None:
    config = json.loads(sys.argv[1])
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="heard-"))
    for sub in ("config", "data", "state", "cache", "run"):
        (tmp / sub).mkdir()
    (tmp / "run").chmod(0o700)
    os.environ.update(HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"),
                      XDG_STATE_HOME=str(tmp / "state"), XDG_CACHE_HOME=str(tmp / "cache"),
                      XDG_RUNTIME_DIR=str(tmp / "run"), GSETTINGS_BACKEND="memory")
    for key in ("WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS", "NO_AT_BRIDGE", "QT_QPA_PLATFORM"):
        os.environ.pop(key, None)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        os.environ["DISPLAY"] = start_x(procs)
        start_atspi(procs)
        speech_log = tmp / "speech.log"
        if config.get("orca"):
            prefs = tmp / "orca-prefs"
            prefs.mkdir()
            quiet = {"enableKeyEcho": False, "firstStart": False}
            (prefs / "user-settings.conf").write_text(json.dumps({
                "general": dict(quiet),
                "profiles": {"default": dict(quiet, profile=["Default", "default"], pronunciations={},
                                             keybindings={})},
                "pronunciations": {}, "keybindings": {}}))
            env = dict(os.environ, PROBE_SPEECH_LOG=str(speech_log))
            procs.append(subprocess.Popen(
                [sys.executable, os.path.abspath(__file__), "--as-orca", "--disable", "speech", "--disable",
                 "braille", "-u", str(prefs)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        print(json.dumps(Listener(config, procs, speech_log).run()))
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(3)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


class Listener:
    def __init__(self, config: dict, procs: list[subprocess.Popen[bytes]], speech_log: pathlib.Path) -> None:
        import gi

        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi

        self.atspi = Atspi
        self.config = config
        self.procs = procs
        self.speech_log = speech_log
        self.focus_events: list[dict] = []
        self.focus = None
        self.app = None
        self.listener = Atspi.EventListener.new(self._on_focus)
        self.listener.register("object:state-changed:focused")
        # Every event the app sends (as Orca listens to them all): how many a step cost, by kind.
        self.events: dict[str, int] = {}
        self.counter = Atspi.EventListener.new(self._on_event)
        for kind in ("object:", "window:"):
            self.counter.register(kind)

    def _on_focus(self, event: object) -> None:
        if getattr(event, "detail1", 0) != 1:
            return
        source = event.source  # type: ignore[attr-defined]
        self.focus = source
        self.focus_events.append(self.describe(source))

    def _on_event(self, event: object) -> None:
        kind = str(getattr(event, "type", ""))
        self.events[kind] = self.events.get(kind, 0) + 1

    def pump(self, seconds: float) -> None:
        from gi.repository import GLib

        context = GLib.MainContext.default()
        deadline = time.time() + seconds
        while time.time() < deadline:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)

    @staticmethod
    def safe(fn, default=None):  # type: ignore[no-untyped-def]
        try:
            return fn()
        except Exception:
            return default

    def describe(self, obj: object) -> dict:
        safe = self.safe
        relations = safe(obj.get_relation_set, []) or []  # type: ignore[attr-defined]
        labelled_by = []
        for relation in relations:
            if safe(lambda r=relation: r.get_relation_type()) == self.atspi.RelationType.LABELLED_BY:
                for i in range(safe(lambda r=relation: r.get_n_targets(), 0)):
                    target = safe(lambda r=relation, i=i: r.get_target(i))
                    labelled_by.append({"role": safe(lambda t=target: t.get_role_name(), ""),
                                        "name": safe(lambda t=target: t.get_name(), ""),
                                        "description": safe(lambda t=target: t.get_description(), "")})
        # What holds it, nearest first, up to the window: lists, and groups with a name.
        ancestors = []
        parent = safe(obj.get_parent)  # type: ignore[attr-defined]
        while parent is not None and len(ancestors) < 8:
            role = safe(parent.get_role_name, "")
            if role in ("dialog", "frame", "application"):
                break
            name = safe(parent.get_name, "")
            if role == "list" or name:
                described = safe(parent.get_description, "")
                ancestors.append({"role": role, "name": name, "description": described})
            parent = safe(parent.get_parent)
        return {"role": safe(obj.get_role_name, ""),  # type: ignore[attr-defined]
                "name": safe(obj.get_name, ""),  # type: ignore[attr-defined]
                "description": safe(obj.get_description, ""),  # type: ignore[attr-defined]
                "labelled_by": labelled_by, "ancestors": ancestors}

    def states(self, obj: object) -> set[str]:
        state_set = self.safe(obj.get_state_set)  # type: ignore[attr-defined]
        if state_set is None:
            return set()
        return {self.atspi.StateType(s).value_nick for s in state_set.get_states()}

    def children(self, obj: object) -> list:
        count = self.safe(obj.get_child_count, 0) or 0  # type: ignore[attr-defined]
        return [c for c in (self.safe(lambda i=i: obj.get_child_at_index(i)) for i in range(count)) if c]  # type: ignore[attr-defined]

    def showing(self, obj: object, depth: int = 0):  # type: ignore[no-untyped-def]
        yield obj
        if depth < 40:
            for kid in self.children(obj):
                if "showing" in self.states(kid):
                    yield from self.showing(kid, depth + 1)

    def page_facts(self) -> dict:
        """What the screen holds now: focusable plain text, and the names of the buttons."""
        windows = self.children(self.app) if self.app else []
        window = next((w for w in windows if "showing" in self.states(w)), None)
        if window is None:
            return {"focusable_labels": [], "buttons": []}
        labels, buttons = [], []
        for obj in self.showing(window):
            role = self.safe(lambda o=obj: o.get_role_name(), "")
            if role == "label" and "focusable" in self.states(obj):
                labels.append(self.safe(lambda o=obj: o.get_name(), ""))
            if role == "push button":
                buttons.append(self.safe(lambda o=obj: o.get_name(), ""))
        return {"focusable_labels": labels, "buttons": buttons}

    def speech_size(self) -> int:
        return self.speech_log.stat().st_size if self.speech_log.exists() else 0

    def speech_since(self, offset: int) -> list[str]:
        if not self.speech_log.exists():
            return []
        with open(self.speech_log, "rb") as log:
            log.seek(offset)
            lines = log.read().decode("utf-8", "replace").splitlines()
        return [line.strip() for line in lines if line.strip()]

    def settle(self, most: float) -> None:
        """Until nothing new (focus events, speech) for a moment, or ``most`` seconds."""
        deadline = time.time() + most
        seen = (len(self.focus_events), self.speech_size())
        quiet_since = time.time()
        while time.time() < deadline:
            self.pump(0.1)
            now = (len(self.focus_events), self.speech_size())
            if now != seen:
                seen, quiet_since = now, time.time()
            elif time.time() - quiet_since >= QUIET_S and time.time() - (deadline - most) > 1.0:
                return

    def xdo(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], check=False, capture_output=True, text=True, timeout=10)
        return done.stdout

    def wait_for_orca(self) -> None:
        deadline = time.time() + ORCA_START_TIMEOUT_S
        desktop = self.atspi.get_desktop(0)
        while time.time() < deadline:
            if any(self.safe(lambda a=a: a.get_name()) == "orca" for a in self.children(desktop)):
                self.pump(1.5)  # its listeners are registered just after
                return
            self.pump(0.2)
        fail("Orca did not appear on the AT-SPI bus")

    def wait_for_start(self, offset: int) -> None:
        """Until the guide has loaded and focused its first page (and Orca has said so), or a timeout:
        at start Orca is busy for a while with every page being built."""
        wanted = self.config["start_focus"]
        deadline = time.time() + START_TIMEOUT_S
        while time.time() < deadline:
            self.pump(0.2)
            focused = any(e["name"] == wanted for e in self.focus_events)
            heard = not self.config.get("orca") or any(wanted in line for line in self.speech_since(offset))
            if focused and heard:
                break
        self.settle(2.0)

    def wait_for_speech(self, events_before: int, offset: int) -> None:
        """When the focus moved, Orca may still be working through the events of the page change (it
        lags on a busy machine): until it has said the newly focused object's name, or a timeout."""
        if not self.config.get("orca") or len(self.focus_events) == events_before:
            return
        name = self.focus_events[-1]["name"]
        deadline = time.time() + SPEECH_TIMEOUT_S
        while time.time() < deadline and not any(name in line for line in self.speech_since(offset)):
            self.pump(0.2)
        self.pump(0.3)

    def press(self, key: str) -> int:
        """Presses ``key`` and waits for what follows; returns where in the speech log it began."""
        events_before = len(self.focus_events)
        offset = self.speech_size()
        self.xdo("key", "--clearmodifiers", key)
        self.settle(STEP_TIMEOUT_S)
        self.wait_for_speech(events_before, offset)
        return offset

    def press_until(self, key: str, name: str) -> int:
        """Presses ``key`` until the focused object's name starts with ``name``; the speech of the last
        press is the step's."""
        offset = self.speech_size()
        for _ in range(UNTIL_PRESSES):
            offset = self.press(key)
            if self.focus is not None and self.safe(self.focus.get_name, "").startswith(name):
                break
        return offset

    def run(self) -> dict:
        if self.config.get("orca"):
            self.wait_for_orca()
        offset = self.speech_size()
        app_env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_ACCESSIBILITY="1")
        # Its messages to a file, not a pipe: a pipe nobody reads fills up, and the app then stops in
        # its next message (Qt's accessibility warnings come by the hundred).
        self.app_log = open(self.speech_log.with_name("app.log"), "w+b")  # noqa: SIM115 (read at the end)
        app = subprocess.Popen(self.config["app"], env=app_env, stdout=subprocess.DEVNULL,
                               stderr=self.app_log)
        self.procs.append(app)
        desktop = self.atspi.get_desktop(0)
        deadline = time.time() + START_TIMEOUT_S
        window_id = ""
        while time.time() < deadline and not window_id:
            self.pump(0.2)
            if app.poll() is not None:
                fail(f"the app ended at start: {self.app_messages()[-400:]}")
            for candidate in self.children(desktop):
                if self.safe(lambda c=candidate: c.get_process_id()) == app.pid:
                    self.app = candidate
            if self.app is not None:
                windows = self.xdo("search", "--onlyvisible", "--pid", str(app.pid)).split()
                window_id = windows[-1] if windows else ""
        if not window_id:
            fail("the app's window did not appear")
        # No window manager: give the window the keyboard, as a desktop does when a window opens.
        self.xdo("windowfocus", "--sync", window_id)
        steps = []
        for key in self.config["keys"]:
            events_before = len(self.focus_events)
            self.events = {}
            started = time.time()
            if key == "start":
                self.wait_for_start(offset)
            elif " until " in key:
                offset = self.press_until(*key.split(" until ", 1))
            else:
                offset = self.press(key)
            steps.append({
                "key": key,
                "focus_events": self.focus_events[events_before:],
                "focus": self.describe(self.focus) if self.focus is not None else None,
                "speech": self.speech_since(offset),
                "seconds": round(time.time() - started, 2),  # until heard and quiet: for people, not asserted
                "events": dict(self.events),  # AT-SPI events the step caused, by kind
                "app_exit": app.poll(),  # None while the app runs
                **self.page_facts(),
            })
        return {"steps": steps, "app_messages": self.app_messages()}

    def app_messages(self) -> str:
        """What the app wrote to stderr (the last part of it)."""
        self.app_log.seek(0)
        return self.app_log.read().decode("utf-8", "replace")[-4000:]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--as-orca":
        run_orca()
    else:
        try:
            main()
        except Exception:  # the test shows what went wrong instead of an empty answer
            import traceback

            print(json.dumps({"error": traceback.format_exc()[-1500:]}))
            sys.exit(3)
