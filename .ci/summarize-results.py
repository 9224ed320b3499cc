#!/usr/bin/env python3
"""Sums the JUnit files of every CI stage and test assembly (NAME.ASSEMBLY.junit.xml) and prints the closing line
"N passed, N failed, N skipped". Exits non-zero when a test failed, a stage failed without a failed test (build,
fixture or service start), or no test ran at all."""
import pathlib
import sys
import xml.etree.ElementTree as ET

results = pathlib.Path(sys.argv[1])
stage_failures = int(sys.argv[2]) if len(sys.argv) > 2 else 0
passed = failed = skipped = 0
for report in sorted(results.glob("*.junit.xml")):
    p = f = s = 0
    for suite in ET.parse(report).getroot().iter("testsuite"):
        tests, fails = int(suite.get("tests", 0)), int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skips = int(suite.get("skipped", 0))
        p, f, s = p + tests - fails - skips, f + fails, s + skips
    print(f"  {report.name[:-len('.junit.xml')]}: {p} passed, {f} failed, {s} skipped")
    passed, failed, skipped = passed + p, failed + f, skipped + s
if stage_failures and failed == 0:
    failed = stage_failures
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
