#!/usr/bin/env bash
# Rebuilds NotoSansSC-Subset-{Regular,Bold}.otf from Debian's Noto Sans CJK collections.
# Needs Debian's fonts-noto-cjk and fonttools packages (PyPI is not reachable on the build
# machines):  apt-get install -y fonts-noto-cjk fonttools
# Usage: resources/fonts/make-subset.sh [directory holding NotoSansCJK-{Regular,Bold}.ttc]
set -euo pipefail

source_dir="${1:-/usr/share/fonts/opentype/noto}"
out_dir="$(cd "$(dirname "$0")" && pwd)"
# pyftsubset is a /usr/bin/python3 script; use the same interpreter so fontTools imports
# even when another python3 (pyenv, venv) comes first on PATH.
python=/usr/bin/python3

command -v pyftsubset >/dev/null || { echo "pyftsubset missing: apt-get install -y fonttools" >&2; exit 1; }
"$python" -c 'import fontTools' 2>/dev/null || { echo "fontTools missing for $python: apt-get install -y python3-fonttools" >&2; exit 1; }

# Face 2 of the collection is the Simplified Chinese face (fc-query: NotoSansCJKsc-*).
face=2
# ASCII, Latin-1 (¥ ×), Latin Extended (pinyin tone marks) and IPA, spacing modifiers, Greek
# and Cyrillic, general punctuation, €, letterlike symbols, number forms, arrows, maths and
# technical symbols, enclosed numbers, box drawing, shapes and symbols, CJK punctuation, kana,
# bopomofo, enclosed and compatibility CJK, all CJK Unified Ideographs (a superset of GB 2312's
# 6,763 and GBK's 20,902 hanzi), CJK compatibility ideographs (GBK's 21), vertical and small
# forms, full-width forms.
unicodes='U+0020-007E,U+00A0-02AF,U+02C6-02DD,U+0391-03C9,U+0401-0451,U+2000-206F,U+20AC,U+2100-23FF,U+2460-24FF,U+2500-26FF,U+3000-33FF,U+4E00-9FFF,U+F900-FAFF,U+FE30-FE6F,U+FF00-FFEF'

for weight in Regular Bold; do
  out="$out_dir/NotoSansSC-Subset-$weight.otf"
  # Only horizontal Chinese layout features: 'locl' would pull in the Japanese, Korean and
  # Traditional glyph variants (17,000 extra glyphs) and 'vert' the vertical forms.
  # No hinting and no vertical metrics keep each weight near 5 MB; at 203 dpi (thermal
  # printers) and above, unhinted CFF outlines print the same. Desubroutinizing costs 5 % in
  # file size but lets pdfkit embed a receipt's glyphs without the font's shared subroutines:
  # each PDF is a third of the size (20 KB of font instead of 60 KB) and renders faster.
  # The .notdef box is kept (pyftsubset empties it by default): a name character no font has
  # then prints as a visible box instead of a silent gap.
  pyftsubset "$source_dir/NotoSansCJK-$weight.ttc" \
    --font-number="$face" \
    --unicodes="$unicodes" \
    --layout-features='ccmp,kern,liga,palt,halt' \
    --no-hinting \
    --desubroutinize \
    --notdef-outline \
    --drop-tables+=vhea,vmtx,VORG \
    --name-IDs='*' \
    --output-file="$out"

  # A modified version gets its own names, so a PDF's font list tells it apart from the full
  # system font the renderer falls back to. The OFL's reserved font name ("Source") is not used.
  "$python" - "$out" "$weight" "$source_dir/NotoSansCJK-$weight.ttc" "$face" <<'PY'
import sys
from fontTools.ttLib import TTCollection, TTFont

path, weight, source_path, face = sys.argv[1:5]
# Keep the source's timestamp so that rebuilding gives byte-identical files.
font = TTFont(path, recalcTimestamp=False)
family = 'Noto Sans SC Subset'
postscript = f'NotoSansSCSubset-{weight}'
names = {1: family, 3: f'{postscript};subset of NotoSansCJKsc-{weight} 2.004', 4: f'{family} {weight}', 6: postscript}
for record in font['name'].names:
    if record.nameID in names:
        record.string = names[record.nameID]
font['CFF '].cff.fontNames = [postscript]
font.save(path)

# Coverage report: every GB 2312 and GBK character the source face has must be in the subset.
def repertoire(codec, lead, trail):
    found = set()
    for first in lead:
        for second in trail:
            try:
                text = bytes([first, second]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(ord(text))
    return found

source = set(TTCollection(source_path, lazy=True).fonts[int(face)].getBestCmap())
subset = set(TTFont(path).getBestCmap())
gb2312_hanzi = repertoire('gb2312', range(0xB0, 0xF8), range(0xA1, 0xFF))
gbk = repertoire('gbk', range(0x81, 0xFF), range(0x40, 0xFF))
dropped = sorted((gb2312_hanzi | gbk) & (source - subset))
absent = sorted(gbk - source)
print(f'{path}: {len(subset)} code points; GB 2312 hanzi {len(gb2312_hanzi & subset)}/{len(gb2312_hanzi)}; '
      f'GBK {len(gbk & subset)}/{len(gbk)} (not in Noto Sans CJK itself: {" ".join(f"U+{c:04X}" for c in absent) or "none"})')
if dropped:
    sys.exit('subset lost GB 2312/GBK characters: ' + ' '.join(f'U+{c:04X}' for c in dropped))
PY
done
ls -l "$out_dir"/NotoSansSC-Subset-*.otf
