#!/usr/bin/env python3
"""Writes the link order of the release binary: `make link-order`.

The functions the program runs to its first screen and its first keys, found by callgrind (as
bench/run.py runs it: an 80x24 pseudo-terminal, `discpath --audience clinician`, then a Down;
and `discpath rehearse`), one symbol a line, for lld's --symbol-ordering-file: the linker puts
them together at the start of .text, so the start touches a few dozen pages of code instead of
pages spread over the whole binary (the kernel reads whole folios around each one touched). A
symbol the file names that the binary no longer has is skipped; one it does not name is linked
where it would be anyway: a stale file costs memory, never correctness.

Usage: link_order.py DISCPATH_BINARY ORDER_FILE
"""
import glob, os, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (bench/run.py: its pseudo-terminal session and keys)


def executed(binary, arguments, keys):
    """The mangled names of the functions run until the program waits for a key, then after each key."""
    with tempfile.TemporaryDirectory() as directory:
        stripped = os.path.join(directory, "discpath")
        subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
        out = os.path.join(directory, "callgrind.out")
        session = run.Session(["/usr/bin/valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}",
                               "--dump-before=wget_wch", stripped] + arguments)
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
        names = []
        for dump in sorted(glob.glob(out + ".*"), key=lambda name: int(name.rsplit(".", 1)[1])):
            with open(dump) as f:
                for line in f:
                    # "fn=(id) name" names a function the first time, "fn=(id)" after.
                    if line.startswith(("fn=", "cfn=")) and ") " in line:
                        names.append(line.split(") ", 1)[1].strip())
        return names


def main():
    binary, order_file = sys.argv[1], sys.argv[2]
    if shutil.which("valgrind") is None:
        sys.exit("link_order: valgrind is not installed (apt-get install valgrind)")
    seen, order = set(), []
    runs = [(["--audience", "clinician"], [run.DOWN, run.DOWN]), (["rehearse", "--seed", "1"], [])]
    for arguments, keys in runs:
        for name in executed(binary, arguments, keys):
            # Only symbols of the binary: not valgrind's "0x..." addresses or "(below main)".
            if name not in seen and not name.startswith(("0x", "(")):
                seen.add(name)
                order.append(name)
    shutil.rmtree(run.EVICTED, ignore_errors=True)
    with open(order_file + ".partial", "w") as f:
        f.write("".join(name + "\n" for name in order))
    os.replace(order_file + ".partial", order_file)
    print(f"link_order: {len(order)} functions written to {order_file}", file=sys.stderr)


if __name__ == "__main__":
    main()
