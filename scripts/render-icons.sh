#!/usr/bin/env bash
# Re-render the committed application icons from resources/icons/nasti.svg.
#   resources/icons/nasti-{16,32,48,64,128,256}.png   hicolor PNGs (packaging, window icon)
#   resources/icons/nasti.ico                         Windows icon (NSIS installer, .exe resource)
# Needs rsvg-convert (Debian: librsvg2-bin) and python3. Run it after editing the SVG and
# commit the results; the build itself never renders anything.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$here/resources/icons"
svg="$icons/nasti.svg"

for tool in rsvg-convert python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "render-icons: '$tool' not found (Debian: apt-get install librsvg2-bin python3)" >&2
        exit 1
    fi
done

for size in 16 32 48 64 128 256; do
    echo "render-icons: nasti-$size.png"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$icons/nasti-$size.png"
done

# An .ico is a small directory followed by the images; since Windows Vista each image may be a
# plain PNG, which NSIS 3 and the Windows resource compiler both accept.
echo "render-icons: nasti.ico"
python3 - "$icons" <<'PY'
import struct, sys, pathlib
icons = pathlib.Path(sys.argv[1])
sizes = [16, 32, 48, 256]
blobs = [(icons / f"nasti-{s}.png").read_bytes() for s in sizes]
out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
offset = 6 + 16 * len(sizes)
for s, b in zip(sizes, blobs):
    dim = 0 if s >= 256 else s
    out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(b), offset)
    offset += len(b)
for b in blobs:
    out += b
(icons / "nasti.ico").write_bytes(bytes(out))
PY
echo "render-icons: done"
