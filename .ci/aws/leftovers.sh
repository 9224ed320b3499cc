#!/usr/bin/env bash
# Lists what the suite may have left on an AWS endpoint (moto): every SQS queue, IAM role and customer-managed IAM
# policy, with its kedaguidance:run-id tag. The endpoint is fresh for the stage, so anything listed is the suite's.
# Usage: leftovers.sh ENDPOINT_URL  → prints one line per resource; exit 0 when nothing is left, 1 otherwise, 2 when
# listing itself failed (a listing that fails must never read as "nothing left").
set -uo pipefail
endpoint=$1
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test   # moto's dummy credentials, not secrets
export AWS_DEFAULT_REGION=${AWS_REGION:-${AWS_DEFAULT_REGION:-us-west-2}} AWS_PAGER=""
cli() { aws --endpoint-url "$endpoint" --output json "$@"; }
# The run-id tag of a resource, "unknown" when its tags cannot be read (e.g. it vanished while being listed).
tag_of() { python3 -c 'import json, sys
try:
    tags = json.load(sys.stdin).get("Tags", {})
    tags = tags if isinstance(tags, dict) else {t["Key"]: t["Value"] for t in tags}
    print(tags.get("kedaguidance:run-id", "untagged"))
except Exception:
    print("unknown")'; }

queues=$(cli sqs list-queues) || { echo "listing queues failed"; exit 2; }
roles=$(cli iam list-roles) || { echo "listing roles failed"; exit 2; }
policies=$(cli iam list-policies --scope Local) || { echo "listing policies failed"; exit 2; }

left=0
for url in $(printf '%s' "${queues:-"{}"}" | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin).get("QueueUrls", [])))'); do
  tag=$(cli sqs list-queue-tags --queue-url "$url" 2>/dev/null | tag_of)
  echo "queue $url (kedaguidance:run-id=$tag)"; left=1
done
for role in $(printf '%s' "$roles" | python3 -c 'import json,sys; print("\n".join(r["RoleName"] for r in json.load(sys.stdin)["Roles"]))'); do
  tag=$(cli iam list-role-tags --role-name "$role" 2>/dev/null | tag_of)
  echo "role $role (kedaguidance:run-id=$tag)"; left=1
done
for arn in $(printf '%s' "$policies" | python3 -c 'import json,sys; print("\n".join(p["Arn"] for p in json.load(sys.stdin)["Policies"]))'); do
  tag=$(cli iam list-policy-tags --policy-arn "$arn" 2>/dev/null | tag_of)
  echo "policy $arn (kedaguidance:run-id=$tag)"; left=1
done
exit $left
