# Stage: every cluster and AWS scenario as a plan, for each target of the catalog. Nothing is contacted (no
# kubeconfig, no helm, no Docker, no kind): each operation is recorded with its exact content and each expectation with
# its budget, and the scenarios assert the recorded plan (e.g. "the run record holds the whole KEDA installation for
# this target"). The kind plan must load its images with kind and hold nothing of the guide's ECR, eksctl or
# CloudFormation path (checked on its run record below).
for target in local eks kind; do
  KEDAGUIDE_TARGET=$target KEDAGUIDE_MODE=plan \
    run_tests "plan-$target" --filter "Category=cluster|Category=aws"
done

kind_record="${KEDAGUIDE_EVIDENCE:-$CI_RESULTS/evidence/plan-kind}/run-record.json"
if ! python3 - "$kind_record" <<'PY'
import json, sys
record = json.load(open(sys.argv[1]))
kinds = [e["kind"] for s in record["scenarios"] for e in s["entries"] if e["type"] == "operation"] \
      + [e["kind"] for e in record.get("runEntries", []) if e["type"] == "operation"]
guide_aws = [k for k in kinds if k.split(".")[0] in ("ecr", "eksctl", "cloudformation") or k == "image.push-to-ecr"]
loads = kinds.count("kind.load-docker-image")
print(f"plan-kind: {len(kinds)} operations, {loads} kind load, {len(guide_aws)} of ECR/eksctl/CloudFormation")
sys.exit(0 if loads >= 2 and not guide_aws else 1)
PY
then
  echo "plan-kind: the kind plan must hold its kind load operations and no ECR, eksctl or CloudFormation operation"
  stage_failures=$((stage_failures + 1))
fi
