#!/usr/bin/env python3
"""Checks what CI systems and maintainers read after a run (argument: the CI results folder):
- per stage, the JUnit files (one per test assembly) and the TRX files hold the same number of results, so no
  project's results overwrote another's;
- every scenario row in JUnit carries its Feature and Category (tag) properties and is named by the scenario's
  title ("Scenario [example]"; with its Feature property it is exactly TRX's name "Feature: Scenario [example]");
- every stage that ran scenarios left run-record.json, report.html and summary.md under evidence/<stage>;
- every scaling timeline in a stage's run-record.json is drawn in its report.html from the run's own samples: the
  chart's metric points are the record's samples, in order, and each oracle band of the record is drawn; a passed
  live scenario of the real metric pipeline (@prometheus-local) left such a chart.
Prints where the reports are; exits non-zero with the reason when a check fails."""
import collections
import html
import json
import math
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

SCENARIOS = "KedaGuidance.Steps.Runner.GuideScenarios"
TRX = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
results = pathlib.Path(sys.argv[1])
problems = []
junit_counts, trx_counts, scenario_stages = collections.Counter(), collections.Counter(), set()
junit_names, trx_names = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)

for junit in sorted(results.glob("*.junit.xml")):
    stage = junit.name.split(".")[0]
    for case in ET.parse(junit).getroot().iter("testcase"):
        junit_counts[stage] += 1
        if case.get("classname") != SCENARIOS:
            continue
        scenario_stages.add(stage)
        props = [(p.get("name"), p.get("value")) for p in case.iter("property")]
        if not any(n == "Feature" for n, _ in props) or not any(n == "Category" for n, _ in props):
            problems.append(f"{junit.name}: a scenario row has no Feature/Category property: {props}")
        feature = next((v for n, v in props if n == "Feature"), "")
        # The method name carries '.' as U+2024 (one dot leader) so that TRX's class/method split stays intact.
        junit_names[stage][f"{feature}: {case.get('name').replace(chr(0x2024), '.')}"] += 1

for trx in sorted(results.glob("*.trx")):
    stage = trx.name.split("_net")[0]
    root = ET.parse(trx).getroot()
    methods = {t.get("id"): t.find(f"{TRX}TestMethod").get("className") for t in root.iter(f"{TRX}UnitTest")}
    for r in root.iter(f"{TRX}UnitTestResult"):
        trx_counts[stage] += 1
        if methods.get(r.get("testId")) == SCENARIOS:
            if ": " not in r.get("testName", ""):
                problems.append(f"{trx.name}: scenario result named '{r.get('testName')}', not 'Feature: Scenario'")
            trx_names[stage][r.get("testName", "")] += 1

for stage in sorted(set(junit_names) | set(trx_names)):
    if junit_names[stage] != trx_names[stage]:
        wrong = sorted((junit_names[stage] - trx_names[stage]).elements())[:3]
        problems.append(f"stage {stage}: JUnit does not name the scenarios by title (Feature + name != TRX's name), e.g. {wrong}")
    else:
        print(f"  {stage}: {sum(junit_names[stage].values())} scenario rows named by title in JUnit (= TRX's names)")

for stage in sorted(set(junit_counts) | set(trx_counts)):
    if junit_counts[stage] != trx_counts[stage]:
        problems.append(f"stage {stage}: {junit_counts[stage]} results in JUnit but {trx_counts[stage]} in TRX (a file was overwritten?)")

def check_charts(stage, folder):
    """The report's charts against the record's timelines, in the order the report draws them (scenario, attachment)."""
    record = json.loads((folder / "run-record.json").read_text(encoding="utf-8"))
    report = (folder / "report.html").read_text(encoding="utf-8")
    charts = re.findall(r'<svg class="timeline-chart".*?</svg>', report, re.S)
    timelines = [(s, name, a) for s in record["scenarios"] for name, a in s["attachments"].items()
                 if isinstance(a, dict) and a.get("kind") == "scaling-timeline"]
    found = []
    if len(charts) != len([t for t in timelines if any(r.get("kind") != "ignored" for r in t[2]["rows"])]):
        return [f"{stage}: {len(timelines)} timelines in run-record.json but {len(charts)} charts in report.html"]
    for (scenario, name, timeline), chart in zip(timelines, charts):
        rows = sorted((r for r in timeline["rows"] if r.get("kind") != "ignored"), key=lambda r: r["at"])
        samples = [r["metric"] for r in rows if r.get("metric") is not None]
        drawn = [float(v) for v in re.findall(r'<circle class="metric-point"[^>]*data-value="([^"]+)"', chart)]
        if len(drawn) != len(samples) or any(not math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12) for a, b in zip(drawn, samples)):
            found.append(f"{stage}: the chart of '{name}' draws {len(drawn)} metric points that are not the record's {len(samples)} samples")
        titles = html.unescape(chart)
        for band in timeline["bands"]:
            if f"oracle: {band['min']}–{band['max']} replicas" not in titles:
                found.append(f"{stage}: the chart of '{name}' lacks the oracle band {band['min']}–{band['max']}")
        if not found:
            print(f"    chart '{name}' ({scenario['title'][:60]}): {len(drawn)} points = the record's samples, {len(timeline['bands'])} oracle bands")
    for scenario in record["scenarios"]:
        if record["mode"] == "live" and "prometheus-local" in scenario["tags"] and scenario["outcome"] == "passed" \
                and not any(t[0] is scenario for t in timelines):
            found.append(f"{stage}: '{scenario['title']}' passed but left no timeline of the rate it measured")
    return found


for stage in sorted(scenario_stages):
    folder = results / "evidence" / stage
    missing = [f for f in ("run-record.json", "report.html", "summary.md") if not (folder / f).is_file()]
    if missing:
        problems.append(f"stage {stage} ran scenarios but {folder} lacks {', '.join(missing)}")
    elif "<script" in (folder / "report.html").read_text(encoding="utf-8"):
        problems.append(f"{folder / 'report.html'} contains a script element")
    else:
        print(f"  evidence of {stage}: {folder / 'report.html'} and summary.md")
        problems.extend(check_charts(stage, folder))

for p in problems:
    print(f"  PROBLEM: {p}")
print(f"  {sum(junit_counts.values())} results in JUnit and TRX over {len(junit_counts)} stages; "
      f"{len(scenario_stages)} stages with scenarios; {len(problems)} problems")
sys.exit(1 if problems or not junit_counts else 0)
