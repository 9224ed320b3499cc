# Stage: the local target's Docker plumbing for real (shared network, k3s/LocalStack fixtures with a stand-in image,
# image build → save → copy → import, the preflight's errors, nothing left behind), against a Docker engine this
# stage starts with its own socket, data and exec roots, and stops by PID — also when the tests fail.
# Real k3s and LocalStack cannot start here (no image pulls, no privileged containers): local/busybox:1 stands in.
docker_stage() {
  if ! command -v dockerd >/dev/null || ! command -v busybox >/dev/null; then
    echo "docker stage: dockerd or busybox missing (docker.io, busybox-static in .ci/apt-packages.txt); the docker tests report Skipped"
    run_tests docker --filter "Category=docker"
    return
  fi
  local dir; dir=$(mktemp -d -t kg-docker.XXXXXX)
  local sock="$dir/docker.sock" pidfile="$dir/dockerd.pid"
  dockerd --data-root "$dir/data" --exec-root "$dir/exec" -H "unix://$sock" --pidfile "$pidfile" >"$CI_RESULTS/dockerd.log" 2>&1 &
  DOCKERD_PID=$! DOCKERD_DIR=$dir
  # Stops dockerd (and its containerd) by PID if CI is interrupted; the normal path calls stop_dockerd below, after
  # the tests whatever their outcome (run_tests never aborts the stage).
  trap stop_dockerd EXIT INT TERM

  export DOCKER_HOST="unix://$sock"
  for _ in $(seq 1 100); do docker version >/dev/null 2>&1 && break; sleep 0.1; done
  if ! docker version >/dev/null 2>&1; then
    echo "docker stage: dockerd did not answer; see $CI_RESULTS/dockerd.log"; tail -5 "$CI_RESULTS/dockerd.log"
    stage_failures=$((stage_failures + 1)); stop_dockerd; return
  fi

  # The stand-in image, without any pull: a rootfs holding busybox and its applets.
  mkdir -p "$dir/rootfs/bin"
  cp "$(command -v busybox)" "$dir/rootfs/bin/busybox"
  for applet in $(busybox --list); do [ "$applet" = busybox ] || ln -sf busybox "$dir/rootfs/bin/$applet"; done
  tar -C "$dir/rootfs" -c . | docker import -c 'ENV PATH=/bin' - local/busybox:1 >/dev/null

  # Debian's engine speaks API 1.41 (Testcontainers asks for 1.44 unless told); Ryuk's image cannot be pulled here,
  # and the fixtures remove what they create themselves.
  DOCKER_API_VERSION=1.41 TESTCONTAINERS_RYUK_DISABLED=true run_tests docker --filter "Category=docker"
  stop_dockerd
}
stop_dockerd() {
  trap - EXIT INT TERM
  if [ -n "${DOCKERD_PID:-}" ]; then
    kill "$DOCKERD_PID" 2>/dev/null
    # dockerd stops its containers and containerd on SIGTERM; wait for it so the folders can go.
    for _ in $(seq 1 150); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$DOCKERD_PID" 2>/dev/null && { echo "docker stage: dockerd $DOCKERD_PID still running after 15 s; sending SIGKILL"; kill -9 "$DOCKERD_PID"; }
  fi
  [ -n "${DOCKERD_DIR:-}" ] && rm -rf "$DOCKERD_DIR"
  unset DOCKER_HOST DOCKERD_PID DOCKERD_DIR
}
docker_stage
