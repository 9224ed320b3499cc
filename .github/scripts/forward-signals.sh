#!/usr/bin/env bash
# Gives a long test run the signal a GitHub runner sends when a job is cancelled or times out, and the time to tear
# down after it.
#
# What the runner does (actions/runner, src/Runner.Sdk/ProcessInvoker.cs, CancelAndKillProcessTree with
# killProcessOnCancel false, as src/Runner.Worker/Handlers/ScriptHandler.cs calls it): kill(pid, SIGINT) to the step's
# shell only — not to its process group — then, if the shell has not exited after 7.5 s, SIGTERM, and after 2.5 s
# more Process.Kill() of the shell alone. A `dotnet test` started by the shell never hears of it; after the job, the
# runner kills what is left (src/Runner.Worker/JobExtension.cs, "Cleaning up orphan processes").
#
#   forward-signals.sh run PIDFILE -- COMMAND [ARG…]
#     Runs COMMAND in its own process group (job control), writes that group's id to PIDFILE, and on the first
#     SIGINT or SIGTERM sends SIGINT to the whole group — what Ctrl+C does in a terminal, the cancellation the suite
#     and dotnet test handle (CI's leak check proves it leaves nothing). Later signals are not forwarded again: a
#     second signal must not cut the teardown the first one started. Waits until every process of the group has
#     ended and exits with COMMAND's status. When the runner kills this script, the group lives on: its own process
#     group is out of reach of the runner's kill of the shell.
#   forward-signals.sh wait PIDFILE SECONDS
#     For the step after (if: always()): waits until the group of PIDFILE has ended, at most SECONDS (the runner
#     gives the steps after a cancellation 5 min in all: PipelineConstants.DefaultJobCancelTimeoutInMinutes), and
#     exits 1 naming what still runs when the time is up. Nothing to wait for (no PIDFILE, group gone): exit 0.
set -uo pipefail

usage() { echo "usage: $0 run PIDFILE -- COMMAND [ARG…] | $0 wait PIDFILE SECONDS" >&2; exit 2; }

group_alive() { kill -0 -- "-$1" 2>/dev/null; }

# The processes of group $1, for a message.
group_processes() { ps -eo pid=,pgid=,etime=,args= | awk -v g="$1" '$2 == g { $2 = ""; print "  " $0 }'; }

group="" forwarded=""
forward() {
  if [ -z "$forwarded" ]; then
    forwarded=$1
    echo "forward-signals: SIG$1 received (the run is cancelled or timed out); sending SIGINT to process group $group" >&2
    kill -INT -- "-$group" 2>/dev/null
  else
    echo "forward-signals: SIG$1 received; SIGINT already went to process group $group on SIG$forwarded, the run is tearing down" >&2
  fi
}

run() {
  local pidfile=$1 status
  shift
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || usage
  # Job control: the command becomes a process group of its own, and unlike a background job of a non-interactive
  # shell it keeps the default SIGINT disposition (a non-interactive shell starts background jobs with SIGINT ignored).
  set -m
  "$@" &
  group=$!
  set +m
  echo "$group" >"$pidfile"

  trap 'forward INT' INT
  trap 'forward TERM' TERM

  # wait returns early (status > 128) whenever a trapped signal arrives: wait again until the command itself is done.
  while :; do
    wait "$group"
    status=$?
    if [ "$status" -gt 128 ] && kill -0 "$group" 2>/dev/null; then
      continue
    fi
    break
  done
  # dotnet test returns before its test host has finished: the run is over when its whole group is.
  while group_alive "$group"; do sleep 1; done
  exit "$status"
}

wait_for() {
  local pidfile=$1 seconds=$2 group start
  [ -f "$pidfile" ] || { echo "forward-signals: no $pidfile: the run never started"; exit 0; }
  group=$(cat "$pidfile")
  start=$(date +%s)
  if group_alive "$group"; then
    echo "forward-signals: process group $group is still tearing down; waiting up to $seconds s"
  fi
  while group_alive "$group"; do
    if [ $(( $(date +%s) - start )) -ge "$seconds" ]; then
      echo "forward-signals: process group $group still runs after $seconds s:"
      group_processes "$group"
      exit 1
    fi
    sleep 2
  done
  echo "forward-signals: process group $group has ended ($(( $(date +%s) - start )) s waited)"
}

case "${1:-}" in
  run) [ $# -ge 3 ] || usage; shift; run "$@" ;;
  wait) [ $# -eq 3 ] || usage; wait_for "$2" "$3" ;;
  *) usage ;;
esac
