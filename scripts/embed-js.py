#!/usr/bin/env python3
"""Embeds a JavaScript source into a C header as a byte array.

usage: embed-js.py INPUT.js OUTPUT.h SYMBOL
Defines `static const char SYMBOL[]` (NUL-terminated) and `SYMBOL_len`.
"""
import sys

src, out, sym = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(src, 'rb').read()
with open(out, 'w') as f:
    f.write('/* generated from %s by scripts/embed-js.py; do not edit */\n' % src.split('/')[-1])
    f.write('static const char %s[] = {\n' % sym)
    for i in range(0, len(data), 16):
        f.write('  ' + ','.join(str(b if b < 128 else b - 256) for b in data[i:i + 16]) + ',\n')
    f.write('  0 };\n')
    f.write('static const unsigned long %s_len = %d;\n' % (sym, len(data)))
