# moto_start DIR: starts moto_server on a free 127.0.0.1 port, logging to DIR/moto.log, with a trap that stops it on
# exit; sets MOTO_URL and MOTO_PID and returns non-zero when it does not answer within 30 s (60 polls of 0.5 s).
# moto_stop: stops it by its PID and clears the trap. Sourced by the stages that need a moto server.
moto_start() {
  local dir=$1 port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  MOTO_URL="http://127.0.0.1:$port"
  log "moto_server on $MOTO_URL"
  moto_server -H 127.0.0.1 -p "$port" >"$dir/moto.log" 2>&1 &
  MOTO_PID=$!
  trap 'kill "$MOTO_PID" 2>/dev/null; wait "$MOTO_PID" 2>/dev/null' EXIT
  for _ in $(seq 60); do
    moto_answers && return 0
    kill -0 "$MOTO_PID" 2>/dev/null || break
    sleep 0.5
  done
  moto_answers
}

moto_answers() { python3 -c "import urllib.request; urllib.request.urlopen('$MOTO_URL/moto-api/', timeout=2)" 2>/dev/null; }

moto_stop() {
  kill "$MOTO_PID" 2>/dev/null
  wait "$MOTO_PID" 2>/dev/null
  trap - EXIT
}
