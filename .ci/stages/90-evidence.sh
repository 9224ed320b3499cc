# Stage: what the earlier stages left for people and CI systems (runs after them, starts nothing): JUnit and TRX
# per test assembly with every scenario's feature and tags, and report.html + summary.md per stage that ran scenarios.
log "stage evidence: checking JUnit, TRX and the evidence reports"
python3 .ci/check-test-outputs.py "$CI_RESULTS" || stage_failures=$((stage_failures + 1))
