#!/usr/bin/env bash
# Times the guide's own loop of `aws sqs send-message` calls against an endpoint, for comparison with the suite's
# batched send. The guide loops 500 times; CI times SAMPLE calls and extrapolates (each call is a fresh aws CLI
# process, ~0.5–2 s here, so 500 would take minutes). --no-cli-pager is dropped: it is an AWS CLI v2 option that
# v1 (on the CI image) rejects, and v1 never pages. --endpoint-url is added: the guide talks to real AWS.
# Usage: time-cli-sends.sh ENDPOINT_URL SAMPLE RUN_ID → prints "calls=N total_ms=T per_call_ms=P extrapolated_500_ms=E".
set -uo pipefail
endpoint=$1 sample=$2 run_id=$3
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test   # moto's dummy credentials, not secrets
export AWS_REGION=${AWS_REGION:-us-west-2} AWS_PAGER=""
queue="kg-cli-timing-$run_id"
url=$(aws --endpoint-url "$endpoint" sqs create-queue --queue-name "$queue" --tags "kedaguidance:run-id=$run_id" \
  --region "$AWS_REGION" --output text --query QueueUrl) || { echo "could not create $queue"; exit 2; }
trap 'aws --endpoint-url "$endpoint" sqs delete-queue --queue-url "$url" --region "$AWS_REGION" >/dev/null' EXIT
start=$(date +%s%N)
for _ in $(seq "$sample"); do
  aws --endpoint-url "$endpoint" sqs send-message --queue-url "$url" --message-body "XXXX" --region "$AWS_REGION" --output text >/dev/null \
    || { echo "send-message failed"; exit 2; }
done
end=$(date +%s%N)
total=$(( (end - start) / 1000000 ))
echo "calls=$sample total_ms=$total per_call_ms=$(( total / sample )) extrapolated_500_ms=$(( total * 500 / sample ))"
