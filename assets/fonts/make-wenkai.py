#!/usr/bin/env python3
"""Builds lxgw-wenkai-{regular,bold}.woff2 from the npm package lxgw-wenkai-webfont (see README.md).

The package ships each weight as ~100 unicode-range slices; Chromium prints each slice as a font of
its own, so this merges one weight's slices into one TrueType font and keeps the characters of the
shipped Noto SC faces (their "chinese-simplified" set: GB 2312 and the common 通用规范汉字) plus
ASCII, Latin-1 and general punctuation. Needs Debian's python3-fonttools and python3-brotli.

usage: make-wenkai.py <unpacked lxgw-wenkai-webfont/package> <noto-serif-sc-400.woff2> <out dir>
"""
import glob
import os
import sys
import tempfile

from fontTools import subset
from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

package, charset_font, out_dir = sys.argv[1:4]
keep = set(TTFont(charset_font).getBestCmap())
keep |= set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2010, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))

for weight in ('regular', 'bold'):
    slices = sorted(glob.glob(os.path.join(package, 'files', f'lxgwwenkai-{weight}-subset-*.woff2')))
    with tempfile.TemporaryDirectory() as tmp:
        plain = []
        for i, path in enumerate(slices):
            font = TTFont(path)
            font.flavor = None
            target = os.path.join(tmp, f'{i}.ttf')
            font.save(target)
            plain.append(target)
        merged = Merger(options=Options(drop_tables=['vmtx', 'vhea'])).merge(plain)
    options = subset.Options()
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.layout_features = ['*']
    options.flavor = 'woff2'
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(merged)
    merged.flavor = 'woff2'
    merged.save(os.path.join(out_dir, f'lxgw-wenkai-{weight}.woff2'))
    print(weight, len(merged.getBestCmap()), 'characters')
