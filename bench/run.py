#!/usr/bin/env python3
"""discpath against dialog and whiptail, side by side in one run: `make bench`.

Through a pseudo-terminal at 80x24, each program shows the same first screen (the seven red-flag
findings as a checklist); the runs alternate, so the machine's load falls on all of them alike,
and the medians are reported. Measured:

- CPU and wall time to the first screen, and peak memory (VmHWM) there, each program run from a
  fresh copy evicted from the page cache (see `evicted_copy`);
- the rehearsal's first screen (`discpath rehearse`), the same way;
- bytes written for the first screen, for one cursor move (Down), and for one screen change;
- instructions to the first wait for a key, and for one Down (callgrind), when valgrind is installed;
- `--version` against `dialog --print-version`;
- decisions per second through the pure core (the discpath-bench executable);
- `discpath diff`: the built-in content against itself and against an edit, read, linted and
  the whole answer space decided under both (CPU and wall time);
- `evaluate` on 100,000 answer sets: time and peak memory.

Numbers are printed and written to BENCHMARKS.md (between the bench markers), never asserted.
Environment: BENCH_RUNS (rounds, default 15), BENCH_EVALUATE=0 skips the 100,000 answer sets,
BENCH_CALLGRIND=0 skips callgrind, BENCH_WRITE=0 leaves BENCHMARKS.md alone.
"""
import datetime, fcntl, glob, json, os, platform, random, re, select, shutil, signal
import statistics, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DISCPATH = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/discpath"))
CORE_BENCH = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, ".build/release/discpath-bench"))
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
ROWS, COLS = 24, 80
ENV = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", COLUMNS=str(COLS), LINES=str(ROWS))
ENV.pop("NO_COLOR", None)
ENV.pop("DIALOGRC", None)

EVICTED = tempfile.mkdtemp(prefix="discpath-bench-")


def evicted_copy(path):
    """A fresh copy of the executable at `path`, written to disk and dropped from the page cache,
    so that exec reads it as it would a binary not run lately. Linux maps the whole large folio
    around a faulting page of a file, and a file just copied (or read) sits in the cache in
    other folios than exec's readahead makes: the same binary measured 0.9 MiB more peak memory
    as a fresh copy than evicted. Every program under test gets the same treatment."""
    copy = os.path.join(EVICTED, os.path.basename(path))
    if not os.path.exists(copy):
        shutil.copy2(path, copy)
        fd = os.open(copy, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return copy


with open(os.path.join(ROOT, "Resources/pathway.json"), encoding="utf-8") as f:
    CONTENT = json.load(f)


def question(key):
    return next(q for q in CONTENT["questions"] if q["key"] == key)


def clinician(wording):
    """A text in the clinician's words, following explicit fallbacks."""
    text = wording["clinician"]
    return text if isinstance(text, str) else wording[text["sameAs"]]


RED_FLAGS = [(o["value"], clinician(o["label"])) for o in question("redFlags")["options"]][:7]
SEVERITY = question("severeRadicularPain")
SEVERITY_ROWS = [(o["value"], clinician(o["label"])) for o in SEVERITY["options"]]


def keys():
    """What the terminal sends for Down and End in keypad mode, from terminfo."""
    import curses
    curses.setupterm(ENV["TERM"], sys.stdout.fileno() if sys.stdout.isatty() else os.open(os.devnull, os.O_WRONLY))
    return curses.tigetstr("kcud1") or b"\x1b[B", curses.tigetstr("kend") or b"\x1b[F"


DOWN, END = keys()


class Program:
    """One program under test: how to start it, the text its first screen ends with, and how
    to change screen from there (None where it cannot in one process)."""

    def __init__(self, name, argv, marker, change_keys, change_marker):
        self.name, self.argv, self.marker = name, argv, marker
        self.change_keys, self.change_marker = change_keys, change_marker


def programs():
    checklist = [x for tag, label in RED_FLAGS for x in (tag, label, "off")]
    title = clinician(question("redFlags")["title"])
    prompt = clinician(question("redFlags")["prompt"])
    radiolist = [x for tag, label in SEVERITY_ROWS for x in (tag, label, "off")]
    dialog = ["dialog", "--title", title, "--checklist", prompt, str(ROWS), str(COLS), "7"] + checklist + [
        "--and-widget", "--title", clinician(SEVERITY["title"]), "--radiolist", clinician(SEVERITY["prompt"]),
        str(ROWS), str(COLS), "3"] + radiolist
    whiptail = ["whiptail", "--title", title, "--checklist", prompt, str(ROWS), str(COLS), "7"] + [
        x for tag, label in RED_FLAGS for x in (tag, label, "OFF")]
    ours = evicted_copy(DISCPATH)
    return [
        # The intake: End to "None of these", Space ticks it, Enter goes to the severity question.
        Program("discpath", [ours, "--audience", "clinician"], b"q quit", [END, b" ", b"\r"], b"Not sure"),
        Program("dialog", [evicted_copy(shutil.which("dialog") or "dialog")] + dialog[1:], b"Cancel", [b"\r"], b"Not sure"),
        Program("whiptail", [evicted_copy(shutil.which("whiptail") or "whiptail")] + whiptail[1:], b"Cancel", None, None),
        # The rehearsal's first case (its story), a fixed one; the Down changes nothing there.
        Program("rehearse", [ours, "rehearse", "--seed", "1"], b"q quit", None, None),
    ]


def cpu_seconds(pid):
    """CPU time the process has used so far, from the scheduler's nanosecond count."""
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e9


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def state(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "X"


class Session:
    """A program on the slave side of a pseudo-terminal of 24 rows and 80 columns."""

    def __init__(self, argv):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        name = os.ttyname(slave)
        actions = [(os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0), (os.POSIX_SPAWN_DUP2, 0, 1), (os.POSIX_SPAWN_DUP2, 0, 2)]
        self.start = time.perf_counter()
        # A new session, so the terminal opened in the child becomes its controlling terminal.
        self.pid = os.posix_spawn(argv[0], argv, ENV, file_actions=actions, setsid=True)
        os.close(slave)
        self.output = b""
        self.last_byte = self.start

    def read_available(self, timeout):
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return False
        if data:
            self.output += data
            self.last_byte = time.perf_counter()
        return bool(data)

    def settle(self, marker, since, deadline=10.0):
        """Reads until `marker` has appeared after byte `since` and the program is asleep waiting
        for a key with nothing more to write. Returns the bytes written since `since`."""
        limit = time.perf_counter() + deadline
        while time.perf_counter() < limit:
            if self.read_available(0.002):
                continue
            if (marker is None or marker in self.output[since:]) and state(self.pid) == "S" \
                    and not self.read_available(0.01):
                return len(self.output) - since
        raise TimeoutError(f"{marker!r} not seen: {self.output[since:][-300:]!r}")

    def send(self, data):
        os.write(self.master, data)

    def close(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        while self.read_available(0.05):
            pass
        os.waitpid(self.pid, 0)
        os.close(self.master)


def measure(program):
    session = Session(program.argv)
    try:
        first_bytes = session.settle(program.marker, 0)
        result = {
            "wall": session.last_byte - session.start,
            "cpu": cpu_seconds(session.pid),
            "peak": peak_kib(session.pid),
            "first": first_bytes,
        }
        mark = len(session.output)
        session.send(DOWN)
        result["down"] = session.settle(None, mark)
        if program.change_keys:
            for key in program.change_keys[:-1]:
                session.send(key)
                session.settle(None, len(session.output))
            mark = len(session.output)
            session.send(program.change_keys[-1])
            result["change"] = session.settle(program.change_marker, mark)
        return result
    finally:
        session.close()


def run_once(argv, stdin=None):
    """Wall and CPU seconds of one run, from wait4 (CPU to the microsecond)."""
    actions = [(os.POSIX_SPAWN_OPEN, 0, stdin or os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, ENV, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def peak_of(argv, stdin=None):
    """Peak resident KiB of one run through GNU time, which execs the program from its own small
    process (a child spawned straight from this Python process would count Python's pages); with
    the wall and CPU seconds of the run (CPU includes GNU time's own, a millisecond or so)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wall, cpu, status = run_once(["/usr/bin/time", "-f", "%M", "-o", report.name] + argv, stdin)
        if status != 0:
            sys.exit(f"bench: {' '.join(argv)} failed (exit {status})")
        return int((report.read().strip().splitlines() or ["0"])[-1]), wall, cpu


def median(values):
    return statistics.median(values) if values else float("nan")


def callgrind(argv, marker):
    """Instructions until the program first waits for a key, and for one Down: callgrind dumps
    its counts on every entry to wget_wch or wgetch, the calls that wait; the first dump is the
    start, the dumps written from the Down until the program sleeps again are the key's."""
    if shutil.which("valgrind") is None or os.environ.get("BENCH_CALLGRIND") == "0":
        return None, None
    with tempfile.TemporaryDirectory() as directory:
        # Valgrind 3.19 cannot read the DWARF 5 debug information Swift writes: run a copy
        # without it (the symbol table stays, so the dump still finds the functions).
        if os.path.basename(argv[0]) == "discpath" and shutil.which("objcopy"):
            stripped = os.path.join(directory, "discpath")
            subprocess.run(["objcopy", "--strip-debug", DISCPATH, stripped], check=True)
            argv = [stripped] + argv[1:]
        out = os.path.join(directory, "callgrind.out")
        session = Session(["/usr/bin/valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                           "--dump-before=wget_wch", "--dump-before=wgetch"] + argv)

        def dumps():
            return sorted(glob.glob(out + ".*"), key=lambda name: int(name.rsplit(".", 1)[1]))

        down = None
        try:
            limit = time.perf_counter() + 120
            while not dumps() and time.perf_counter() < limit:
                session.read_available(0.05)
            time.sleep(0.3)  # let the dump be written whole, and the program sleep in the wait
            before = len(dumps())
            session.send(DOWN)
            limit = time.perf_counter() + 60
            while len(dumps()) == before and time.perf_counter() < limit:
                session.read_available(0.05)
            while session.read_available(0.3):  # the redraw written, the program waiting again
                pass
            time.sleep(0.2)
            after = dumps()[before:]
            if after:
                down = sum(instructions(name) for name in after)
        finally:
            session.close()
        found = dumps()
        return (instructions(found[0]) if found else None), down


def instructions(dump):
    """The instruction count of one callgrind dump."""
    with open(dump) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    return 0


def core_rates():
    if not os.path.exists(CORE_BENCH):
        return {}
    output = subprocess.run([CORE_BENCH, os.environ.get("BENCH_CORE_SCALE", "1")], capture_output=True, text=True, check=True).stdout
    rates = {}
    for line in output.splitlines()[1:]:
        name, rate, _ = line.split("\t")
        rates[name] = float(rate)
    return rates


def answer_sets(count, path, lines):
    random.seed(21)
    flags = ["urinaryRetentionOrIncontinence", "bilateralLegWeakness", "saddleAnesthesia", "unsure"]
    therapies = ["nsaids", "activityModification", "physicalTherapy", "painSpecialist", "epiduralSteroidInjection"]
    with open(path, "w") as f:
        if not lines:
            f.write("[")
        for i in range(count):
            answers = {"redFlags": [random.choice(flags)] if random.random() < 0.1 else [],
                       "severeRadicularPain": random.choice(["yes", "no", "no", "no", "unsure"]),
                       "weeksOfConservativeCare": random.choice([2, 5, 7, 10, 13, 20, 52]),
                       "symptomsPersist": random.choice(["yes", "yes", "no", "unsure"]),
                       "therapiesTried": random.sample(therapies, random.randint(0, 5)),
                       "mri": random.choice(["notDone", "noRootCompression", "rootCompression", "unknown"]),
                       "correlation": random.choice(["matches", "doesNotMatch", "noRadicularSymptoms", "unsure"]),
                       "willingToConsiderSurgery": random.choice(["yes", "no", "unsure"])}
            if lines:
                f.write(json.dumps(answers) + "\n")
            else:
                f.write(("," if i else "") + json.dumps(answers))
        if not lines:
            f.write("]")


def write_edited_content(path):
    """The built-in content with an edit a reviewer would sign off: the surgeon's threshold moved
    from 9 to 10 weeks, an action's condition widened, and a patient text reworded."""
    content = json.loads(json.dumps(CONTENT))
    content["thresholds"]["surgeonMinimumWeeks"] = 10
    for tier in content["tiers"]:
        for action in tier["actions"]:
            if action["id"] == "mri-to-document-compression":
                action["when"] = {"mri": {"isNot": ["rootCompression"]}}
    next(q for q in content["questions"] if q["key"] == "mri")["prompt"]["patient"] = "Have you had a scan of your lower back?"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(content, f)


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}, {platform.system()} {platform.release()}"


def ratio(ours, theirs):
    return ours / theirs if theirs else float("nan")


def main():
    for name in ("dialog", "whiptail"):
        if shutil.which(name) is None:
            sys.exit(f"bench: {name} is not installed (make bench installs it as root: apt-get install {name})")
    rows = []

    def row(what, ours, dialog, whiptail, unit, target=""):
        rows.append((what, ours, dialog, whiptail, unit, target))

    # 1. The first screen, a cursor move and a screen change, alternating the three programs.
    tested = programs()
    results = {p.name: [] for p in tested}
    print(f"bench: {RUNS} rounds through a {COLS}x{ROWS} pseudo-terminal, alternating {', '.join(p.name for p in tested)}", file=sys.stderr)
    for round_ in range(RUNS):
        order = tested[round_ % len(tested):] + tested[:round_ % len(tested)]
        for program in order:
            results[program.name].append(measure(program))

    def med(name, key, scale=1):
        values = [r[key] for r in results[name] if key in r]
        return median(values) * scale if values else None

    d, t, w, r = "discpath", "dialog", "whiptail", "rehearse"
    row("CPU to the first screen", med(d, "cpu", 1000), med(t, "cpu", 1000), med(w, "cpu", 1000), "ms", "≤ 0.9x dialog")
    row("wall time to the first screen", med(d, "wall", 1000), med(t, "wall", 1000), med(w, "wall", 1000), "ms")
    row("peak memory at the first screen (VmHWM)", med(d, "peak", 1 / 1024), med(t, "peak", 1 / 1024), med(w, "peak", 1 / 1024), "MiB", "≤ 1.5x dialog")
    row("bytes written: first screen", med(d, "first"), med(t, "first"), med(w, "first"), "B")
    row("bytes written: one cursor move (Down)", med(d, "down"), med(t, "down"), med(w, "down"), "B", "≤ 30 B")
    row("bytes written: one screen change", med(d, "change"), med(t, "change"), None, "B", "< dialog")
    row("rehearsal (discpath rehearse): CPU to its first screen", med(r, "cpu", 1000), med(t, "cpu", 1000), None, "ms")
    row("rehearsal: peak memory at its first screen", med(r, "peak", 1 / 1024), med(t, "peak", 1 / 1024), None, "MiB")

    # 2. Instructions to the first wait for a key, and for one Down.
    counted = {p.name: callgrind(p.argv, p.marker) for p in tested if p.name != "whiptail"}
    if counted[d][0] and counted[t][0]:
        row("instructions to the first wait for a key (callgrind)", counted[d][0] / 1e6, counted[t][0] / 1e6, None, "M")
    if counted[d][1] and counted[t][1]:
        row("instructions for one Down (callgrind)", counted[d][1] / 1e6, counted[t][1] / 1e6, None, "M", "≤ dialog")
    if counted[r][0] and counted[t][0]:
        row("rehearsal: instructions to the first wait for a key", counted[r][0] / 1e6, counted[t][0] / 1e6, None, "M")

    # 3. --version against dialog --print-version: CPU from wait4, peak through GNU time.
    ours, theirs = [], []
    for _ in range(RUNS):
        ours.append(run_once([evicted_copy(DISCPATH), "--version"])[1])
        theirs.append(run_once([evicted_copy(shutil.which("dialog")), "--print-version"])[1])
    row("CPU of --version (dialog --print-version)", median(ours) * 1000, median(theirs) * 1000, None, "ms", "≤ dialog")
    if os.path.exists("/usr/bin/time"):
        ours = [peak_of([evicted_copy(DISCPATH), "--version"])[0] for _ in range(5)]
        theirs = [peak_of([evicted_copy(shutil.which("dialog")), "--print-version"])[0] for _ in range(5)]
        row("peak memory of --version", median(ours) / 1024, median(theirs) / 1024, None, "MiB")

    # 4. The pure core.
    rates = core_rates()
    core = [("tier", "tier decisions per second", 1e6, "M/s", "≥ 10 M/s"),
            ("decision", "full decisions with reasons per second", 1e6, "M/s", "≥ 5 M/s"),
            ("explanation", "decisions put into words per second", 1e3, "K/s", ""),
            ("text report", "text reports per second (decided, worded, rendered)", 1e3, "K/s", ""),
            ("json report", "JSON reports per second (decided, worded, encoded)", 1e3, "K/s", ""),
            ("diff", "whole-space diffs per second, built-in against an edit (week classes, as discpath diff)", 1, "/s", ""),
            ("diff every week", "whole-space diffs per second, every week decided one by one", 1, "/s", "")]
    for key, what, scale, unit, target in core:
        if key in rates:
            row(what, rates[key] / scale, None, None, unit, target)

    # 5. discpath diff: both contents read and linted, the whole answer space decided under both.
    with tempfile.TemporaryDirectory() as directory:
        edited = os.path.join(directory, "edited.json")
        write_edited_content(edited)
        for label, argv in (("builtin builtin", [DISCPATH, "diff", "builtin", "builtin"]),
                            ("builtin edited.json", [DISCPATH, "diff", "builtin", edited])):
            runs = [run_once(argv) for _ in range(RUNS)]
            if any(status not in (0, 1) for _, _, status in runs):
                sys.exit(f"bench: discpath diff {label} failed")
            row(f"discpath diff {label}: CPU", median([cpu for _, cpu, _ in runs]), None, None, "s", "< 1 s")
            row(f"discpath diff {label}: wall time", median([wall for wall, _, _ in runs]), None, None, "s", "< 1 s")

    # 6. evaluate on 100,000 answer sets.
    if os.environ.get("BENCH_EVALUATE") != "0" and os.path.exists("/usr/bin/time"):
        with tempfile.TemporaryDirectory() as directory:
            for format_, lines in (("json", False), ("ndjson", True)):
                path = os.path.join(directory, f"answers.{format_}")
                answer_sets(100_000, path, lines)
                peak, wall, cpu = peak_of([DISCPATH, "evaluate", "--format", format_, "--answers", path])
                size = os.path.getsize(path) / (1 << 20)
                row(f"evaluate 100,000 answer sets, {format_} ({size:.0f} MiB in): CPU", cpu, None, None, "s")
                row(f"evaluate 100,000 answer sets, {format_}: wall time", wall, None, None, "s")
                row(f"evaluate 100,000 answer sets, {format_}: peak memory", peak / 1024, None, None, "MiB")

    shutil.rmtree(EVICTED, ignore_errors=True)
    table = render(rows)
    print(table)
    if os.environ.get("BENCH_WRITE") != "0":
        write_benchmarks(table)


def fmt(value, unit):
    if value is None or value != value:
        return "–"
    if unit == "B":
        return f"{value:.0f}"
    if unit in ("M/s", "K/s", "M", "/s"):
        return f"{value:.2f}" if value < 100 else f"{value:.0f}"
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def render(rows):
    lines = ["| measure | discpath | dialog | whiptail | unit | discpath / dialog | target |",
             "|---|---:|---:|---:|---|---:|---|"]
    for what, ours, dialog, whiptail, unit, target in rows:
        r = f"{ratio(ours, dialog):.2f}x" if ours is not None and dialog else ""
        lines.append(f"| {what} | {fmt(ours, unit)} | {fmt(dialog, unit)} | {fmt(whiptail, unit)} | {unit} | {r} | {target} |")
    return "\n".join(lines)


BEGIN, END_MARK = "<!-- bench:begin (written by make bench) -->", "<!-- bench:end -->"


def write_benchmarks(table):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    stamp = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    load = os.getloadavg()
    section = (f"{BEGIN}\n## Latest `make bench`\n\n{stamp}, {machine()}; load average at the end "
               f"{load[0]:.1f}. Medians of {RUNS} alternated rounds; CPU from the scheduler's count "
               f"(`/proc/PID/schedstat`) when the first screen is complete and the program waits for a key.\n\n"
               f"{table}\n{END_MARK}")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n\n"
    if BEGIN in text and END_MARK in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END_MARK) + len(END_MARK):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"bench: written to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
