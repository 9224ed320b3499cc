# Stage: every cluster and AWS scenario as a plan, for both live targets. Nothing is contacted (no kubeconfig, no
# helm, no Docker): each operation is recorded with its exact content and each expectation with its budget, and the
# scenarios assert the recorded plan (e.g. "the run record holds the whole KEDA installation for this target").
KEDAGUIDE_TARGET=local KEDAGUIDE_MODE=plan KEDAGUIDE_EVIDENCE="$CI_RESULTS/evidence-plan-local" \
  run_tests plan-local --filter "Category=cluster|Category=aws"
KEDAGUIDE_TARGET=eks KEDAGUIDE_MODE=plan KEDAGUIDE_EVIDENCE="$CI_RESULTS/evidence-plan-eks" \
  run_tests plan-eks --filter "Category=cluster|Category=aws"
