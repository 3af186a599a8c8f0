#!/usr/bin/env python3
"""Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt,
and drops the ones it reports as removed (RS0017). Run after changing the public API on purpose:
    python3 eng/update-public-api.py
Then review the diff of PublicAPI.Unshipped.txt and of the public API snapshot test."""
import re, subprocess, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
project = root / "src" / "TradeModel" / "TradeModel.csproj"
unshipped = project.parent / "PublicAPI.Unshipped.txt"
for _ in range(3):
    out = subprocess.run(["dotnet", "build", str(project), "-c", "Release", "--no-incremental"],
                         capture_output=True, text=True).stdout
    added = set(re.findall(r"error RS0016: Symbol '(.+?)' is not part of the declared public API", out))
    removed = set(re.findall(r"error RS0017: Symbol '(.+?)' is part of the declared API", out))
    if not added and not removed:
        break
    lines = [l for l in unshipped.read_text().splitlines() if l and l != "#nullable enable"]
    lines = sorted((set(lines) | added) - removed)
    unshipped.write_text("#nullable enable\n" + "\n".join(lines) + "\n")
    print(f"added {len(added)}, removed {len(removed)}")
errors = [l for l in out.splitlines() if " error " in l]
print("\n".join(sorted(set(errors))[:40]) or "build clean")
sys.exit(1 if errors else 0)
