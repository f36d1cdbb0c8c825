#!/usr/bin/env python3
"""Writes Sources/TextLayout/DisplayWidthTables.swift from the Unicode Character Database in
Python's unicodedata: the code points a terminal shows in no column, and those it shows in two.

The rules are glibc's (localedata/unicode-gen), since ncurses draws with glibc's wcwidth:
  0 columns: nonspacing and enclosing marks (Mn, Me), format characters (Cf) but the prepended
             concatenation marks, line and paragraph separators (Zl, Zp), Hangul medial vowels
             and final consonants (U+1160-U+11FF, U+D7B0-U+D7FF);
  2 columns: East Asian Wide and Fullwidth (W, F), and the circled numbers on black squares
             (U+3248-U+324F) and hexagram symbols (U+4DC0-U+4DFF) that glibc counts as wide;
  1 column:  everything else (controls are DisplayWidth's own business).
Unassigned code points are left out: they are 1 column, as DisplayWidth counts them.

Run: python3 Tests/Unicode/make_width_tables.py > Sources/TextLayout/DisplayWidthTables.swift
make test checks that the file is what this prints, and that the widths agree with glibc's.
"""
import sys
import unicodedata

# PropList.txt's Prepended_Concatenation_Mark: format characters that take a column.
PREPENDED_CONCATENATION_MARKS = {0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F,
                                 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD}
GLIBC_WIDE = set(range(0x3248, 0x3250)) | set(range(0x4DC0, 0x4E00))


def width(code_point):
    character = chr(code_point)
    category = unicodedata.category(character)
    if category in ("Cn", "Cs", "Co", "Cc"):
        return None
    if category in ("Mn", "Me", "Zl", "Zp") or (category == "Cf" and code_point not in PREPENDED_CONCATENATION_MARKS):
        return 0
    if 0x1160 <= code_point <= 0x11FF or 0xD7B0 <= code_point <= 0xD7FF:
        return 0
    if unicodedata.east_asian_width(character) in ("W", "F") or code_point in GLIBC_WIDE:
        return 2
    return 1


def ranges(code_points):
    result = []
    for code_point in code_points:
        if result and result[-1][1] == code_point - 1:
            result[-1][1] = code_point
        else:
            result.append([code_point, code_point])
    return result


def swift_array(name, spans, doc):
    lines = [f"    /// {doc}", f"    static let {name}: [ClosedRange<UInt32>] = ["]
    items = [f"0x{low:04X}...0x{high:04X}" for low, high in spans]
    line = "       "
    for item in items:
        if len(line) + len(item) + 2 > 100:
            lines.append(line.rstrip())
            line = "       "
        line += " " + item + ","
    lines.append(line.rstrip())
    lines.append("    ]")
    return "\n".join(lines)


def main():
    # Below U+0300 every character but the controls takes one column: DisplayWidth answers those
    # itself, quickly, so the tables start there.
    code_points = range(0x0300, 0x110000)
    widths = {cp: width(cp) for cp in code_points}
    zero = ranges([cp for cp in code_points if widths[cp] == 0])
    wide = ranges([cp for cp in code_points if widths[cp] == 2])
    sys.stdout.write(f"""// Made by Tests/Unicode/make_width_tables.py from Unicode {unicodedata.unidata_version}; do not edit.

extension DisplayWidth {{
{swift_array("zeroWidth", zero, "Code points from U+0300 that take no column, in order.")}

{swift_array("wide", wide, "Code points that take two columns, in order.")}
}}
""")


if __name__ == "__main__":
    main()
