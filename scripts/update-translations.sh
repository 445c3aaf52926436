#!/usr/bin/env bash
# Refresh the translation sources after code changes:
#   1. lupdate (the nasti_core_lupdate target) merges new tr() strings into
#      translations/nasti_hi.ts and nasti_en.ts, keeping existing translations;
#   2. every unfinished English message gets its source text as translation;
#   3. the Hindi messages still unfinished are listed as "context | source".
# translations/qt_hi.ts (Qt's own dialogs) is never touched.
#
# Usage: scripts/update-translations.sh [--check] [BUILD_DIR]
#   BUILD_DIR  defaults to $BUILD_DIR, else build; configured if needed.
#   --check    exit 1 if any Hindi message is unfinished (for CI or a last pass).
# Needs cmake and python3.
set -euo pipefail

check=0
if [[ ${1:-} == --check ]]; then check=1; shift; fi
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD_DIR:-build}}
[[ $build = /* ]] || build="$root/$build"

if [[ ! -f $build/CMakeCache.txt ]]; then
    gen=()
    command -v ninja >/dev/null && gen=(-G Ninja)
    cmake -S "$root" -B "$build" "${gen[@]}" >/dev/null
fi
cmake --build "$build" --target nasti_core_lupdate 2>&1 | grep -v "lacks Q_OBJECT macro" || true

python3 - "$root/translations" "$check" <<'PY'
import re, sys, xml.etree.ElementTree as ET
tsdir, check = sys.argv[1], sys.argv[2] == '1'

# English: source = translation. Edit the text in place (no XML rewrite) so the
# file keeps lupdate's exact layout and diffs stay small.
path = f'{tsdir}/nasti_en.ts'
text = open(path, encoding='utf-8').read()
filled = 0
def fill(m):
    global filled
    block = m.group(0)
    src = re.search(r'<source>(.*?)</source>', block, re.S)
    if not src or 'type="unfinished"' not in block:
        return block
    filled += 1
    s = src.group(1)
    if 'numerus="yes"' in block:
        # "%n page(s)" -> "%n page" (n == 1), "%n pages" (otherwise)
        forms = iter([s.replace('(s)', ''), s.replace('(s)', 's')])
        block = re.sub(r'<numerusform>.*?</numerusform>', lambda _: f'<numerusform>{next(forms, s)}</numerusform>', block, flags=re.S)
        return block.replace('<translation type="unfinished">', '<translation>')
    return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: f'<translation>{s}</translation>', block, flags=re.S)
text = re.sub(r'<message[^>]*>.*?</message>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
print(f'nasti_en.ts: {filled} message(s) completed from their source text')

# Hindi: list what still needs a translator.
root = ET.parse(f'{tsdir}/nasti_hi.ts').getroot()
total, todo = 0, []
for ctx in root.iter('context'):
    name = ctx.findtext('name')
    for m in ctx.iter('message'):
        tr = m.find('translation')
        if tr.get('type') in ('vanished', 'obsolete'):
            continue
        total += 1
        empty = not (tr.text or '').strip() and not any((f.text or '').strip() for f in tr)
        if tr.get('type') == 'unfinished' or empty:
            src = m.findtext('source').replace('\n', '\\n')
            hint = f' [suggested: {tr.text}]' if (tr.text or '').strip() else ''
            todo.append(f'  {name} | {src}{hint}')
print(f'nasti_hi.ts: {total} message(s), {len(todo)} unfinished')
if todo:
    print('\n'.join(todo))
sys.exit(1 if check and todo else 0)
PY
