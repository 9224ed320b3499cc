#!/usr/bin/env python3
"""Sums the TRX files of every CI stage and prints the closing line "N passed, N failed, N skipped".
Exits non-zero when a test failed, a stage failed without a TRX, or no test ran at all."""
import pathlib
import sys
import xml.etree.ElementTree as ET

results = pathlib.Path(sys.argv[1])
stage_failures = int(sys.argv[2]) if len(sys.argv) > 2 else 0
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for trx in sorted(results.glob("*.trx")):
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", ns)
    p, f = int(counters.get("passed", 0)), int(counters.get("failed", 0)) + int(counters.get("error", 0))
    s = int(counters.get("notExecuted", 0)) + int(counters.get("inconclusive", 0))
    print(f"  {trx.stem}: {p} passed, {f} failed, {s} skipped")
    passed, failed, skipped = passed + p, failed + f, skipped + s
if stage_failures and failed == 0:
    # A stage failed without a failed test (build, fixture or service start): count it.
    failed = stage_failures
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
