#!/usr/bin/env python3
"""Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to the PublicAPI.Unshipped.txt of the
project that declares it, and drops the ones reported as removed (RS0017), for every package under src/. Run after
changing the public API on purpose:
    python3 eng/update-public-api.py
Then review the diff of the PublicAPI.Unshipped.txt files and of the public API snapshot tests."""
import re, subprocess, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
projects = sorted((root / "src").glob("*/*.csproj"))
out = ""
for _ in range(4):
    out = "".join(
        subprocess.run(["dotnet", "build", str(p), "-c", "Release", "--no-incremental"],
                       capture_output=True, text=True).stdout
        for p in projects)
    changed = False
    for project in projects:
        tag = f"[{project}]"
        mine = [l for l in out.splitlines() if l.rstrip().endswith(tag)]
        added = set(m for l in mine for m in re.findall(r"error RS0016: Symbol '(.+?)' is not part of the declared public API", l))
        removed = set(m for l in mine for m in re.findall(r"error RS0017: Symbol '(.+?)' is part of the declared API", l))
        if not added and not removed:
            continue
        unshipped = project.parent / "PublicAPI.Unshipped.txt"
        lines = [l for l in unshipped.read_text().splitlines() if l and l != "#nullable enable"]
        lines = sorted((set(lines) | added) - removed)
        unshipped.write_text("#nullable enable\n" + "\n".join(lines) + "\n")
        print(f"{project.name}: added {len(added)}, removed {len(removed)}")
        changed = True
    if not changed:
        break
errors = [l for l in out.splitlines() if " error " in l]
print("\n".join(sorted(set(errors))[:40]) or "build clean")
sys.exit(1 if errors else 0)
