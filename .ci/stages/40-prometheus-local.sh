# Stage: the guide's Prometheus metric path for real on this machine (features/06-prometheus-metric-pipeline.feature):
# the guide's sample app (app.py, unchanged) and Debian's Prometheus, both started through the executor by the
# scenario's fixture on free 127.0.0.1 ports and stopped by PID when the scenario ends (also on failure).
# Slack 12 s bounds the scenario's derived budgets to 88 s: readiness (2 × scrape interval 2 s + slack 12 s = 14 s)
# + the rate settling (rate window 60 s + 2 × scrape interval 2 s + slack 12 s = 74 s). It usually takes ~65 s.
KEDAGUIDE_SLACK_SECONDS=12 run_tests prometheus-local --filter "Category=prometheus-local"
# The rate wait is long (74 s): the executor prints its [wait] progress every 15 s, and this log must show it.
waits=$(grep -c '\[wait\] prometheus-local.rate-settles: ' "$CI_RESULTS/prometheus-local.log")
if [ "$waits" -lt 3 ]; then
  echo "prometheus-local: PROBLEM: $waits [wait] lines of the rate wait in $CI_RESULTS/prometheus-local.log (start, progress, end expected)"
  stage_failures=$((stage_failures + 1))
fi
# The same scenario as a plan: every process, wait and check recorded with its budget, nothing started (~20 s).
KEDAGUIDE_MODE=plan KEDAGUIDE_TARGET=local run_tests prometheus-plan --filter "Category=prometheus-local"
