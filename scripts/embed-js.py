#!/usr/bin/env python3
"""Embeds JavaScript sources into a C header as byte arrays.

usage: embed-js.py INPUT.js OUTPUT.h SYMBOL
    One file: defines `static const char SYMBOL[]` (NUL-terminated) and
    `SYMBOL_len` (the kernel's boot.js).

usage: embed-js.py --table SYMBOL --base DIR OUTPUT.h MAIN.js [OTHER.js...]
    A plugin's files: defines `static const nd_source SYMBOL[]`, one
    {path, bytes, length} per input in the order given (MAIN.js first), the
    path relative to DIR ('readable.js', 'internal/x.js'), and
    `SYMBOL_count`. The header needs <nodus/nodus.h> included before it.
"""
import os
import sys


def c_bytes(data):
    lines = []
    for i in range(0, len(data), 16):
        lines.append('  ' + ','.join(str(b if b < 128 else b - 256) for b in data[i:i + 16]) + ',\n')
    lines.append('  0 };\n')
    return ''.join(lines)


def one(src, out, sym):
    data = open(src, 'rb').read()
    with open(out, 'w') as f:
        f.write('/* generated from %s by scripts/embed-js.py; do not edit */\n' % os.path.basename(src))
        f.write('static const char %s[] = {\n' % sym)
        f.write(c_bytes(data))
        f.write('static const unsigned long %s_len = %d;\n' % (sym, len(data)))


def table(sym, base, out, inputs):
    base = os.path.abspath(base)
    paths = []
    for src in inputs:
        rel = os.path.relpath(os.path.abspath(src), base)
        if rel.startswith('..') or os.path.isabs(rel) or not rel.endswith('.js'):
            sys.exit('embed-js.py: %s is not a .js file below %s' % (src, base))
        if rel in paths:
            sys.exit('embed-js.py: %s given twice' % rel)
        paths.append(rel)
    with open(out, 'w') as f:
        f.write('/* generated from %s by scripts/embed-js.py; do not edit */\n' % ', '.join(paths))
        sizes = []
        for i, src in enumerate(inputs):
            data = open(src, 'rb').read()
            sizes.append(len(data))
            f.write('static const char %s_%d[] = {\n' % (sym, i))
            f.write(c_bytes(data))
        f.write('static const nd_source %s[] = {\n' % sym)
        for i, rel in enumerate(paths):
            f.write('  {"%s", %s_%d, %d},\n' % (rel, sym, i, sizes[i]))
        f.write('};\n')
        f.write('#define %s_count %d\n' % (sym, len(inputs)))


args = sys.argv[1:]
if args and args[0] == '--table':
    if len(args) < 6 or args[2] != '--base':
        sys.exit(__doc__)
    table(args[1], args[3], args[4], args[5:])
elif len(args) == 3:
    one(*args)
else:
    sys.exit(__doc__)
