#!/usr/bin/env bash
# Renders the guide's setup/cluster.yaml for the nightly's optional cluster as the guide's env.sh does (envsubst, with
# CLUSTER_NAME and AWS_REGION exported), with two declared deviations, printed to stderr (the workflow appends them to
# the job summary):
#  - cluster-version: metadata.version "1.29" (past EKS standard support since 2025-03-23) becomes VERSION (the
#    workflow's input eks_version, default 1.35: standard support until 2027-03-27).
#  - cluster-ami-family: from Kubernetes 1.33 on, amiFamily AmazonLinux2 becomes AmazonLinux2023; eksctl refuses
#    AmazonLinux2 there ("AmazonLinux2 is not supported for Kubernetes version …", eksctl
#    pkg/apis/eksctl.io/v1alpha5/defaults.go, AmazonLinux2EOLVersion = 1.33).
# Line edits, not a YAML tool (none is on every runner image): each must match exactly once, or the script fails
# saying the guide's file changed shape. Usage: render-cluster-config.sh GUIDE_CLUSTER_YAML VERSION
set -euo pipefail
usage="usage: render-cluster-config.sh GUIDE_CLUSTER_YAML VERSION"
template=${1:?$usage}
version=${2:?$usage}
[[ $version =~ ^1\.[0-9]+$ ]] || { echo "render-cluster-config: '$version' is not a Kubernetes minor version such as 1.35" >&2; exit 2; }
: "${CLUSTER_NAME:?export CLUSTER_NAME, as the guide does in setup/env.sh}" "${AWS_REGION:?export AWS_REGION}"

rendered=$(envsubst <"$template")
# edit NAME PATTERN REPLACEMENT: a sed -E substitution that must match exactly one line.
edit() {
  local count
  count=$(grep -cE "$2" <<<"$rendered" || true)
  [ "$count" = "1" ] || { echo "render-cluster-config: $1: expected one line matching '$2' in $template, found $count: the guide's file changed shape" >&2; exit 1; }
  rendered=$(sed -E "s/$2/$3/" <<<"$rendered")
}
guide_version=$(sed -nE 's/^  version: "([0-9.]+)"$/\1/p' <<<"$rendered")
edit cluster-version '^  version: "[0-9.]+"$' "  version: \"$version\""
echo "Declared deviation (cluster-version): setup/cluster.yaml metadata.version \"$guide_version\" → \"$version\" (the guide's version is past EKS standard support)." >&2
if [ "$(printf '%s\n' 1.33 "$version" | sort -V | head -1)" = "1.33" ] && grep -qE '^- amiFamily: AmazonLinux2$' <<<"$rendered"; then
  edit cluster-ami-family '^- amiFamily: AmazonLinux2$' '- amiFamily: AmazonLinux2023'
  echo "Declared deviation (cluster-ami-family): managedNodeGroups amiFamily AmazonLinux2 → AmazonLinux2023 (eksctl refuses AmazonLinux2 from Kubernetes 1.33 on)." >&2
fi
printf '%s\n' "$rendered"
