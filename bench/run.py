#!/usr/bin/env python3
"""discpath benchmarks: wall time and peak memory, as ratios against dialog run side by side.

Each command runs RUNS times, alternating with its peer so machine load affects both alike;
the medians are reported, never asserted on.
"""
import json, os, statistics, sys, tempfile, time

RUNS = int(os.environ.get("BENCH_RUNS", "30"))
BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/release/discpath"


def measure(argv, stdin_path=None):
    """Wall seconds and peak resident KiB of one run. The peak comes from GNU time, which
    execs the program from its own small process; a child forked or vforked from this Python
    process would report Python's pages as its own."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        actions = [(os.POSIX_SPAWN_OPEN, 0, stdin_path or os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                   (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
        command = ["/usr/bin/time", "-f", "%M", "-o", report.name] + argv
        start = time.perf_counter()
        pid = os.posix_spawn(command[0], command, os.environ, file_actions=actions)
        os.waitpid(pid, 0)
        wall = time.perf_counter() - start
        peak = int((report.read().strip().splitlines() or ["0"])[-1])
    return wall, peak


def bench(name, argv, peer, stdin_path=None):
    ours, theirs = [], []
    for _ in range(RUNS):
        ours.append(measure(argv, stdin_path))
        theirs.append(measure(peer))
    w = statistics.median(x[0] for x in ours) * 1000
    m = statistics.median(x[1] for x in ours) / 1024
    pw = statistics.median(x[0] for x in theirs) * 1000
    pm = statistics.median(x[1] for x in theirs) / 1024
    print(f"{name:38} {w:8.2f} ms {m:7.1f} MiB | dialog {pw:6.2f} ms {pm:5.1f} MiB | ratio {w / pw:5.2f}x time {m / pm:5.2f}x memory")


def batch_file(count):
    answers = []
    flags = [[], ["unsure"], ["saddleAnesthesia"]]
    for i in range(count):
        answers.append({"redFlags": flags[i % 3] if i % 5 == 0 else [], "severeRadicularPain": "no",
                        "weeksOfConservativeCare": i % 40, "therapiesTried": ["physicalTherapy", "painSpecialist"],
                        "mri": "rootCompression", "correlation": "matches", "willingToConsiderSurgery": "yes"})
    f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump(answers, f)
    f.close()
    return f.name


def main():
    peer = ["dialog", "--print-version"]
    print(f"{RUNS} runs each, medians; peer: {' '.join(peer)}")
    bench("start-up: --version", [BIN, "--version"], peer)
    bench("lint the built-in content", [BIN, "lint"], peer)
    one = batch_file(1)
    bench("evaluate 1 answer set (json)", [BIN, "evaluate", "--format", "json", "--answers", one], peer)
    many = batch_file(1000)
    bench("evaluate 1000 answer sets (json)", [BIN, "evaluate", "--format", "json", "--answers", many], peer)
    bench("evaluate 1000 answer sets (text)", [BIN, "evaluate", "--answers", many], peer)
    os.unlink(one)
    os.unlink(many)


if __name__ == "__main__":
    main()
