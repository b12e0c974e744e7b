#!/usr/bin/python3
"""What Orca finds: walks Fellesvedtak's accessible tree over AT-SPI, as a screen reader does.

Starts the GUI on a demo database (in bokmål and in English), opens each view a caseworker
uses — the work queue, a case with each of its tabs, the decision editor, Registrer søknad,
Statistikk and the admin dialogs — and fails on an interactive object without a name a screen
reader can speak. Prints, per view, how many objects of each role it found, named and
described, and the headings and tables a screen reader can list.

Run inside tests/ui/atspi/session.sh (an X server, a session bus and the accessibility bus):
    session.sh /usr/bin/python3 walk.py --app build/app/fellesvedtak --cli build/app/fellesvedtak-cli
Exit 77 (skipped) only when pyatspi is not installed.
"""
import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("walk.py: python3-pyatspi is not installed", file=sys.stderr)
    sys.exit(77)

# What a screen-reader user operates: each must have a name to speak.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_LINK, pyatspi.ROLE_DOCUMENT_FRAME,
    pyatspi.ROLE_DOCUMENT_TEXT,
}
# Their children are cells and items, named by their data.
CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
              pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE}

# The case the walk opens (a draft decision, so the decision editor opens too).
CASE = "26/00004"
# View name, FV_OPEN_ACTION (the main window's action to trigger at start), case to open.
VIEWS = [
    ("work queue", None, None),
    ("case", None, CASE),
    ("decision editor", "editDecision", CASE),
    ("Registrer søknad", "registerManually", None),
    ("Statistikk", "statistics", None),
    ("users", "users", None),
    ("registry catalogue", "registryCatalogue", None),
    ("condition library", "conditionLibrary", None),
    ("price tables", "priceTables", None),
    ("letter templates", "letterTemplates", None),
    ("user guide", "help", None),
]


def states(obj):
    try:
        return obj.getState()
    except Exception:
        return None


def showing(obj):
    s = states(obj)
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


def item_names(combo):
    """The texts of a combo box's items (its list child's children)."""
    names = set()
    for i in range(combo.childCount):
        child = combo.getChildAtIndex(i)
        if child is not None:
            names |= {child.getChildAtIndex(j).name for j in range(min(child.childCount, 200))}
    return names


def spoken_name(obj):
    """The name Orca speaks: the object's own name, or else the label it is labelled by. A combo
    box without an accessible name is named by its value on Linux (Qt 6.4): that is no name."""
    labels = []
    for rel in obj.getRelationSet():
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    label = " ".join(n for n in labels if n and n.strip())
    name = obj.name or ""
    if obj.getRole() == pyatspi.ROLE_COMBO_BOX and name in item_names(obj):
        return label
    return name if name.strip() else label


def key(obj):
    try:
        return obj.path
    except Exception:
        return id(obj)


class Walk:
    def __init__(self, view):
        self.view = view
        self.seen = set()
        self.problems = []
        self.roles = collections.Counter()
        self.named = collections.Counter()
        self.described = collections.Counter()
        self.headings = []
        self.tables = []
        self.charts = []  # tables with a description: the statistics charts read as tables

    def visit(self, obj, path, menus=False, depth=0):
        if obj is None or depth > 60:
            return
        try:
            role = obj.getRole()
        except Exception:
            return
        # Menus are read when opened; their items are walked closed, as their names are fixed.
        in_menu = menus or role == pyatspi.ROLE_MENU_BAR
        if not in_menu and not showing(obj):
            return
        k = key(obj)
        where = path + " > " + obj.getRoleName()
        if k not in self.seen:
            self.seen.add(k)
            self.count(obj, role, where)
        if role in CONTAINERS:
            return
        for i in range(obj.childCount):
            self.visit(obj.getChildAtIndex(i), where, in_menu, depth + 1)

    def count(self, obj, role, where):
        if role == pyatspi.ROLE_HEADING:
            # Qt 6.4 sends no object attributes over AT-SPI, so a heading's level is not there.
            level = (obj.getAttributes() or [])
            self.headings.append(obj.name + ("  %s" % level if level else ""))
        if role not in INTERACTIVE:
            return
        self.roles[obj.getRoleName()] += 1
        name = spoken_name(obj)
        if name.strip():
            self.named[obj.getRoleName()] += 1
        else:
            # A combo box's own name is its value on Linux: say it, it tells which field.
            self.problems.append("%s: no name (value \"%s\", description \"%s\")"
                                 % (where, obj.name, obj.description))
        if obj.description and obj.description.strip():
            self.described[obj.getRoleName()] += 1
        if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
            self.check_table(obj, name, where)

    def check_table(self, obj, name, where):
        try:
            table = obj.queryTable()
        except NotImplementedError:
            return
        self.tables.append("%s: %d×%d" % (name, table.nRows, table.nColumns))
        for c in range(table.nColumns):
            if not (table.getColumnDescription(c) or "").strip():
                self.problems.append("%s \"%s\": column %d has no header" % (where, name, c))
        if obj.description and obj.description.strip():
            self.check_chart(table, name, where)

    def check_chart(self, table, name, where):
        """A chart read as its table: a row per category with its header, a figure per series."""
        rows = [table.getRowDescription(r) for r in range(table.nRows)]
        first = table.getAccessibleAt(0, 0) if table.nRows and table.nColumns else None
        if not table.nRows or not table.nColumns or not all(r.strip() for r in rows) \
                or first is None or not (first.name or "").strip():
            self.problems.append("%s \"%s\": the chart is not read as a table of its figures" % (where, name))
            return
        headers = [table.getColumnDescription(c) for c in range(table.nColumns)]
        self.charts.append("%s: %s | %s: %s" % (name, rows[0], headers[0], first.name))


def app_of(pid, timeout=30):
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.time() + timeout
    while time.time() < end:
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            try:
                if a is not None and a.get_process_id() == pid:
                    return a
            except Exception:
                pass
        time.sleep(0.2)
    return None


def window_of(app, action, timeout=30):
    """The main window, or the window the action opened (a second top-level window)."""
    end = time.time() + timeout
    while time.time() < end:
        windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
        windows = [w for w in windows if w is not None and showing(w)]
        if action is None and windows:
            return windows[0]
        others = [w for w in windows if "demo.db" not in (w.name or "")]
        if action is not None and others:
            return others[0]
        time.sleep(0.2)
    return None


def explore(win, walk, done):
    """Walks the window, then every tab of every tab bar (nested ones too) as it is shown."""
    walk.visit(win, walk.view)
    for tablist in find_all(win, pyatspi.ROLE_PAGE_TAB_LIST):
        if key(tablist) in done:
            continue
        done.add(key(tablist))
        tabs = [tablist.getChildAtIndex(i) for i in range(tablist.childCount)]
        tabs = [t for t in tabs if t is not None and showing(t) and t.getRole() == pyatspi.ROLE_PAGE_TAB]
        for tab in tabs:
            press(tab)
            explore(win, walk, done)
        if tabs:
            press(tabs[0])


def press(obj):
    """The object's first action (a tab's Press), as Orca does it."""
    try:
        obj.queryAction().doAction(0)
    except Exception as error:
        print("   (could not press %s: %s)" % (obj.name, error))
    time.sleep(0.3)


def find_all(obj, role, depth=0):
    out = []
    if obj is None or depth > 60 or not showing(obj):
        return out
    if obj.getRole() == role:
        out.append(obj)
    if obj.getRole() in CONTAINERS:
        return out
    for i in range(obj.childCount):
        out += find_all(obj.getChildAtIndex(i), role, depth + 1)
    return out


def walk_view(args, db, lang, view, action, case):
    cmd = [args.app, "--db", db, "--lang", lang] + (["--case", case] if case else [])
    env = dict(os.environ)
    env.pop("FV_OPEN_ACTION", None)
    if action:
        env["FV_OPEN_ACTION"] = action
    walk = Walk("%s (%s)" % (view, lang))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = app_of(proc.pid, timeout=20)
    if app is None:  # once more: a program started while the registry came up is not listed
        proc.terminate()
        proc.wait(10)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        app = app_of(proc.pid, timeout=20)
    try:
        if app is None:
            walk.problems.append("the application never appeared on the accessibility bus")
            return walk
        win = window_of(app, action)
        if win is None:
            walk.problems.append("no window opened for %s" % (action or "the main window"))
            return walk
        time.sleep(1.0)  # the window fills its tables after it is shown
        explore(win, walk, set())
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return walk


def report(walk):
    total = sum(walk.roles.values())
    print("== %s: %d interactive objects, %d named, %d described, %d headings, %d tables"
          % (walk.view, total, sum(walk.named.values()), sum(walk.described.values()),
             len(walk.headings), len(walk.tables)))
    for role, n in sorted(walk.roles.items()):
        print("   %-16s %3d  named %3d  described %3d" % (role, n, walk.named[role], walk.described[role]))
    for h in walk.headings[:40]:
        print("   heading: " + h)
    for t in walk.tables:
        print("   table: " + t)
    for c in walk.charts:
        print("   chart read as a table, first cell: " + c)
    for p in walk.problems:
        print("   PROBLEM " + p)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--lang", action="append", help="nb, en (default both)")
    parser.add_argument("--view", action="append", help="only these views")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="fv-atspi-")
    failures = 0
    try:
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        os.environ.update(HOME=env["HOME"], XDG_CONFIG_HOME=env["XDG_CONFIG_HOME"])
        db = os.path.join(tmp, "demo.db")
        subprocess.run([args.cli, "--db", db, "demo"], check=True, env=env, stdout=subprocess.DEVNULL)
        # The registry (at-spi2-registryd) starts on the first call; a program started before it
        # is up never appears on the desktop.
        pyatspi.Registry.getDesktop(0).childCount
        time.sleep(1)
        expect = {"case": "headings", "Statistikk": "tables"}
        for lang in args.lang or ["nb", "en"]:
            for view, action, case in VIEWS:
                if args.view and view not in args.view:
                    continue
                walk = walk_view(args, db, lang, view, action, case)
                if expect.get(view) == "headings" and not walk.headings:
                    walk.problems.append("no heading in the rich-text panes")
                if expect.get(view) == "tables" and len(walk.charts) < 4:
                    walk.problems.append("%d of the 4 charts read as tables" % len(walk.charts))
                report(walk)
                failures += len(walk.problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("walk.py: %d problem(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
