#!/usr/bin/env python3
"""Writes the link order of the release binary: `make link-order`.

The functions the program runs to its first screen and its first keys (as bench/run.py runs it:
an 80x24 pseudo-terminal, `discpath --audience clinician`, then two Downs; `discpath rehearse`;
and `discpath --version`), found from the addresses callgrind counts and named from the binary's
own symbol table, one symbol a line, for lld's --symbol-ordering-file: the linker puts
them together at the start of .text, so the start touches a few dozen pages of code instead of
pages spread over the whole binary (the kernel reads whole folios around each one touched). A
symbol the file names that the binary no longer has is skipped; one it does not name is linked
where it would be anyway: a stale file costs memory, never correctness.

Usage: link_order.py DISCPATH_BINARY ORDER_FILE
"""
import bisect, glob, os, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (bench/run.py: its pseudo-terminal session and keys)


def symbol_table(binary):
    """The binary's function symbols as (address, name), by address."""
    listing = subprocess.run(["nm", "-n", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    table = []
    for line in listing.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in ("T", "t", "W", "w"):
            table.append((int(parts[0], 16), parts[2].strip()))
    return table


def executed_addresses(dump):
    """The addresses of the instructions a callgrind dump (written with --dump-instr=yes) counts,
    in the order it lists them. Valgrind's own function names are not used: it names some small
    functions (witness thunks, metadata accessors) after a neighbour or by address, and those
    were then left out of the order, each touching a page far from the rest."""
    addresses, last = [], 0
    with open(dump) as f:
        for line in f:
            token = line.split(None, 1)[0] if line.strip() else ""
            if token.startswith("0x"):
                last = int(token, 16)
            elif token[:1] in ("+", "-") and token[1:].isdigit():
                last += int(token)
            elif token != "*":
                continue
            addresses.append(last)
    return addresses


def names_at(addresses, table):
    """The symbols whose code holds `addresses`, each once, in the order first reached; with
    every other name of the same code (the linker folds identical functions into one), so the
    order holds whichever of them the next link keeps."""
    starts = [address for address, _ in table]
    names, seen = [], set()
    for address in addresses:
        index = bisect.bisect_right(starts, address) - 1
        if index < 0 or starts[index] in seen:
            continue
        seen.add(starts[index])
        first = bisect.bisect_left(starts, starts[index])
        names += [name for _, name in table[first:index + 1]]
    return names


def callgrind(out):
    """Valgrind's callgrind, counting each instruction's address."""
    return ["/usr/bin/valgrind", "--tool=callgrind", "--dump-instr=yes", f"--callgrind-out-file={out}"]


def dumps(out):
    """The dumps, in order: one per wait for a key (out.1, out.2, ...), then the one at exit (out)."""
    numbered = sorted(glob.glob(out + ".*"), key=lambda name: int(name.rsplit(".", 1)[1]))
    return numbered + ([out] if os.path.exists(out) else [])


def executed(binary, arguments, keys):
    """The functions run until the program waits for a key, then after each key."""
    with tempfile.TemporaryDirectory() as directory:
        stripped = os.path.join(directory, "discpath")
        subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
        out = os.path.join(directory, "callgrind.out")
        session = run.Session(callgrind(out) + ["--dump-before=wget_wch", stripped] + arguments)
        try:
            for count, key in enumerate([None] + keys, start=1):
                if key is not None:
                    session.send(key)
                limit = time.perf_counter() + 120
                while len(glob.glob(out + ".*")) < count and time.perf_counter() < limit:
                    session.read_available(0.05)
                time.sleep(0.3)
        finally:
            session.close()
        return [address for dump in dumps(out) for address in executed_addresses(dump)]


def executed_to_exit(binary, arguments):
    """The functions a run that never waits for a key (`--version`) runs, to its exit."""
    with tempfile.TemporaryDirectory() as directory:
        stripped = os.path.join(directory, "discpath")
        subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
        out = os.path.join(directory, "callgrind.out")
        subprocess.run(callgrind(out) + [stripped] + arguments, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=300)
        return [address for dump in dumps(out) for address in executed_addresses(dump)]


def main():
    binary, order_file = sys.argv[1], sys.argv[2]
    if shutil.which("valgrind") is None:
        sys.exit("link_order: valgrind is not installed (apt-get install valgrind)")
    table = symbol_table(binary)
    addresses = []
    # The intake's first screen and two moves, the rehearsal's first screen, and --version.
    for arguments, keys in [(["--audience", "clinician"], [run.DOWN, run.DOWN]), (["rehearse", "--seed", "1"], [])]:
        addresses += executed(binary, arguments, keys)
    addresses += executed_to_exit(binary, ["--version"])
    order = names_at(addresses, table)
    shutil.rmtree(run.EVICTED, ignore_errors=True)
    with open(order_file + ".partial", "w") as f:
        f.write("".join(name + "\n" for name in order))
    os.replace(order_file + ".partial", order_file)
    print(f"link_order: {len(order)} functions written to {order_file}", file=sys.stderr)


if __name__ == "__main__":
    main()
