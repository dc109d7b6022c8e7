#!/usr/bin/env python3
"""Builds noto-serif-sc-symbols.woff2: the symbols that Noto Serif SC's "chinese-simplified" file
lacks (→ ≥ ① ㈠ ㎡ ★ …), from the unicode-range slices of @fontsource/noto-serif-sc (see README.md).
Without it such a character falls back to an installed CJK font, which on Linux is the CFF Noto CJK
that Chromium prints as a Type 3 font. Needs Debian's python3-fonttools and python3-brotli.

usage: make-symbols.py <unpacked @fontsource/noto-serif-sc/package> <out dir>
"""
import glob
import os
import re
import sys
import tempfile

from fontTools import subset
from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

package, out_dir = sys.argv[1:3]
files = os.path.join(package, 'files')
have = set(TTFont(os.path.join(files, 'noto-serif-sc-chinese-simplified-400-normal.woff2')).getBestCmap())
RANGES = [(0x00A0, 0x024F), (0x02B0, 0x02FF), (0x0370, 0x03FF), (0x2000, 0x2BFF), (0x3000, 0x33FF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]
wanted = lambda cp: cp not in have and any(a <= cp <= b for a, b in RANGES)

with tempfile.TemporaryDirectory() as tmp:
    pieces = []
    taken = set()
    for path in sorted(glob.glob(os.path.join(files, 'noto-serif-sc-[0-9]*-400-normal.woff2'))):
        font = TTFont(path)
        cps = {cp for cp in font.getBestCmap() if wanted(cp) and cp not in taken}
        if not cps:
            continue
        taken |= cps
        options = subset.Options()
        options.name_IDs = ['*']
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=cps)
        subsetter.subset(font)
        font.flavor = None
        target = os.path.join(tmp, f'{len(pieces)}.ttf')
        font.save(target)
        pieces.append(target)
    merged = Merger(options=Options(drop_tables=['vmtx', 'vhea'])).merge(pieces)
merged.flavor = 'woff2'
merged.save(os.path.join(out_dir, 'noto-serif-sc-symbols.woff2'))
print(len(merged.getBestCmap()), 'characters from', len(pieces), 'slices')
