#!/usr/bin/env python3
"""Prints, for every code point from U+0000 to U+10FFFF, the columns glibc's wcwidth gives it in
the C.UTF-8 locale (what ncurses draws with): one character each, 0, 1 or 2, or - where wcwidth
says -1 or the code point is not an assigned character in Python's Unicode data. A checker
independent of DisplayWidth, for TextLayoutTests."""
import ctypes
import sys
import unicodedata

libc = ctypes.CDLL("libc.so.6")
LC_CTYPE = 0
if not libc.setlocale(LC_CTYPE, b"C.UTF-8"):
    sys.exit("no C.UTF-8 locale")
libc.wcwidth.restype = ctypes.c_int
libc.wcwidth.argtypes = [ctypes.c_wchar]
out = []
for code_point in range(0x110000):
    if 0xD800 <= code_point <= 0xDFFF or unicodedata.category(chr(code_point)) in ("Cn", "Co"):
        out.append("-")
        continue
    columns = libc.wcwidth(chr(code_point))
    out.append("-" if columns < 0 else str(columns))
sys.stdout.write("".join(out))
