#!/usr/bin/env bash
# Installs eksctl VERSION (e.g. v0.230.0) on a GitHub-hosted runner as eksctl's README installs a release: the
# Linux tarball of that release, checked against the release's eksctl_checksums.txt, into /usr/local/bin.
# Usage: install-eksctl.sh VERSION
set -euo pipefail
version=${1:?usage: install-eksctl.sh VERSION}
platform="$(uname -s)_$(uname -m | sed 's/x86_64/amd64/; s/aarch64/arm64/')"
release="https://github.com/eksctl-io/eksctl/releases/download/$version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
curl -fsSLO "$release/eksctl_$platform.tar.gz"
curl -fsSL "$release/eksctl_checksums.txt" | grep " eksctl_$platform.tar.gz\$" | sha256sum --check --strict
tar -xzf "eksctl_$platform.tar.gz"
sudo install -m 0755 eksctl /usr/local/bin/eksctl
eksctl version
