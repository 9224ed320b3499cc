# Stage: the sweep against its own moto server. Creates what a crashed earlier run would have left (a queue, a role
# and a policy tagged with an old run id) next to things the suite never made (an untagged queue, an untagged role),
# runs the sweep with KEDAGUIDE_SWEEP=list (must delete nothing) and =delete with KEDAGUIDE_SWEEP_RUN_ID of the old
# run (must delete exactly the tagged ones: moto stamps the real creation time, so by age they are minutes old and
# the default 24 h age keeps them — the list run shows that decision), and checks both by listing. moto is stopped by its PID in a trap. Sourced by .ci/run (run_tests, log, CI_RESULTS).

sweep_moto_fail() { echo "sweep-moto: $*"; stage_failures=$((stage_failures + 1)); }

sweep_moto_stage() {
  local dir url old
  dir="$CI_RESULTS/sweep-moto"
  mkdir -p "$dir"
  command -v moto_server >/dev/null || { sweep_moto_fail "moto_server not found on PATH: pip install 'moto[server]'"; return; }
  command -v aws >/dev/null || { sweep_moto_fail "aws CLI not found on PATH: install awscli"; return; }

  # shellcheck source=../aws/moto.sh
  source .ci/aws/moto.sh
  moto_start "$dir" || { sweep_moto_fail "moto_server did not answer on $MOTO_URL; see $dir/moto.log"; moto_stop; return; }
  url=$MOTO_URL

  # What an earlier, crashed run left (old run id) and what the suite never made (no tag).
  old="kg-20200101-000000-abcd"
  if sweep_cli sqs create-queue --queue-name sweep-tagged --tags "kedaguidance:run-id=$old" >/dev/null \
    && sweep_cli sqs create-queue --queue-name sweep-untagged >/dev/null \
    && sweep_cli iam create-role --role-name sweep-tagged-role --assume-role-policy-document '{"Version":"2012-10-17","Statement":[]}' --tags "Key=kedaguidance:run-id,Value=$old" >/dev/null \
    && sweep_cli iam create-role --role-name sweep-untagged-role --assume-role-policy-document '{"Version":"2012-10-17","Statement":[]}' >/dev/null \
    && sweep_cli iam create-policy --policy-name sweep-tagged-policy --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:ListQueues","Resource":"*"}]}' --tags "Key=kedaguidance:run-id,Value=$old" >/dev/null \
    && sweep_cli iam attach-role-policy --role-name sweep-tagged-role --policy-arn "arn:aws:iam::123456789012:policy/sweep-tagged-policy" >/dev/null; then
    KEDAGUIDE_AWS_ENDPOINT=$url KEDAGUIDE_SWEEP=list run_tests sweep-moto-list --filter "Category=sweep"
    sweep_moto_expect "after KEDAGUIDE_SWEEP=list" "sweep-tagged sweep-untagged" "sweep-tagged-role sweep-untagged-role" "sweep-tagged-policy"
    KEDAGUIDE_AWS_ENDPOINT=$url KEDAGUIDE_SWEEP=delete KEDAGUIDE_SWEEP_RUN_ID=$old run_tests sweep-moto-delete --filter "Category=sweep"
    sweep_moto_expect "after KEDAGUIDE_SWEEP=delete" "sweep-untagged" "sweep-untagged-role" ""
  else
    sweep_moto_fail "could not create the stage's resources on $url; see $dir/moto.log"
  fi

  moto_stop
}

sweep_cli() {
  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-west-2 AWS_PAGER="" \
    aws --endpoint-url "$url" --output json "$@"   # moto's dummy credentials, not secrets
}

# sweep_moto_expect WHEN QUEUES ROLES POLICIES: the names listed must be exactly these (space-separated, sorted).
sweep_moto_expect() {
  local queues roles policies
  queues=$(sweep_cli sqs list-queues | python3 -c 'import json,sys; print(" ".join(sorted(u.rsplit("/", 1)[1] for u in json.load(sys.stdin).get("QueueUrls", []))))') \
    || { sweep_moto_fail "listing queues failed $1"; return; }
  roles=$(sweep_cli iam list-roles | python3 -c 'import json,sys; print(" ".join(sorted(r["RoleName"] for r in json.load(sys.stdin)["Roles"])))') \
    || { sweep_moto_fail "listing roles failed $1"; return; }
  policies=$(sweep_cli iam list-policies --scope Local | python3 -c 'import json,sys; print(" ".join(sorted(p["PolicyName"] for p in json.load(sys.stdin)["Policies"])))') \
    || { sweep_moto_fail "listing policies failed $1"; return; }
  [ "$queues" = "$2" ] || sweep_moto_fail "queues $1: '$queues', expected '$2'"
  [ "$roles" = "$3" ] || sweep_moto_fail "roles $1: '$roles', expected '$3'"
  [ "$policies" = "$4" ] || sweep_moto_fail "policies $1: '$policies', expected '$4'"
  echo "sweep-moto $1: queues [$queues], roles [$roles], policies [$policies]"
}

sweep_moto_stage
