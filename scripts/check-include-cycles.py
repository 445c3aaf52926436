#!/usr/bin/env python3
"""Fails when the core's folders (app/*) include each other in a cycle.

Each folder of app/ is a component; a file in folder A that includes "B/..."
makes A depend on B. The dependency graph between folders must have no cycle,
so each component can be read, tested and linked from the bottom up.
Usage: check-include-cycles.py [SOURCE_DIR]
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".") / "app"
include = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/', re.M)
folders = {p.name for p in root.iterdir() if p.is_dir()}
edges = {f: {} for f in folders}
for folder in folders:
    for path in (root / folder).rglob("*"):
        if path.suffix not in (".h", ".cpp"):
            continue
        for target in include.findall(path.read_text(encoding="utf-8")):
            if target in folders and target != folder:
                edges[folder].setdefault(target, path.relative_to(root.parent))

state, stack, cycles = {}, [], []


def visit(node):
    state[node] = "open"
    stack.append(node)
    for nxt in sorted(edges[node]):
        if state.get(nxt) == "open":
            cycles.append(stack[stack.index(nxt):] + [nxt])
        elif nxt not in state:
            visit(nxt)
    stack.pop()
    state[node] = "done"


for f in sorted(folders):
    if f not in state:
        visit(f)
for cycle in cycles:
    hops = [f"{a} -> {b} ({edges[a][b]})" for a, b in zip(cycle, cycle[1:])]
    print("include cycle: " + "; ".join(hops))
if not cycles:
    print("no include cycles between " + ", ".join(sorted(folders)))
sys.exit(1 if cycles else 0)
