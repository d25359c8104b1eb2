#!/usr/bin/env bash
# Two packaged backends on one PostgreSQL (and one Keycloak), as production runs N stateless
# instances behind a proxy: proves that a write through either instance is read through the other,
# that an Idempotency-Key holds across instances, that a directory import started on one is followed
# on the other, that the retention job scheduled on both runs once per scheduled time, and that the
# production profile logs JSON lines carrying the request id. `make two-instances` runs it (about
# two minutes: Keycloak starts in one); it is not part of `make test`.
#
# Environment: TWO_KEEP_STATE=1 keeps the temporary folder (logs, database) even on success.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=two-instances

STATE="$(mktemp -d "${TMPDIR:-/tmp}/synergia-two.XXXXXX")"
LOGS="$STATE/logs"; mkdir -p "$LOGS"
BACKEND="$ROOT/backend"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
CLASSPATH_FILE="$BACKEND/target/test-classpath.txt"
PIDS=()

finish() {
  local rc=$?
  trap '' INT TERM HUP PIPE
  set +e
  local i
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do
    kill -TERM -- "-${PIDS[$i]}" 2>/dev/null
  done
  for i in $(seq 1 100); do
    local alive=0 pid
    for pid in "${PIDS[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    (( alive )) || break
    sleep 0.2
  done
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null; done
  if (( rc == 0 )) && [[ "${TWO_KEEP_STATE:-0}" != 1 ]]; then
    rm -rf "$STATE"
  else
    log "state and logs kept in $STATE"
  fi
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start() { # NAME CMD... (own process group, log in $LOGS/NAME.log)
  local name="$1"; shift
  setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  PIDS+=("$!")
  log "$name started (pid $!)"
}

# the packaged backend and the launcher of the embedded PostgreSQL, built when stale
if [[ ! -f "$JAR" || ! -f "$CLASSPATH_FILE" \
      || -n "$(find "$BACKEND/src" "$BACKEND/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
  log "building the backend (mvnw package -DskipTests) ..."
  mvnw -B -q -f "$BACKEND/pom.xml" package -DskipTests "$MVN_DEPENDENCY_PLUGIN:build-classpath" \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" >"$LOGS/build.log" 2>&1 \
    || { tail_log "$LOGS/build.log"; die "backend build failed"; }
fi
"$ROOT/scripts/keycloak.sh" install
JAVA="$(java_bin)"

# free ports, chosen by the system just before the components start (other stacks may run here)
read -r PG_PORT KC_PORT KC_MGMT_PORT A_PORT B_PORT A_MGMT B_MGMT < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(7)]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks: s.close()')
log "ports: postgres $PG_PORT, keycloak $KC_PORT, backends $A_PORT and $B_PORT (metrics $A_MGMT, $B_MGMT)"

start postgres "$JAVA" -XX:+UseSerialGC -Xmx128m \
  -cp "$BACKEND/target/test-classes:$BACKEND/target/classes:$(cat "$CLASSPATH_FILE")" \
  pl.synergia.devtools.LocalPostgres --port "$PG_PORT" --data-dir "$STATE/postgres"
PG_PID="${PIDS[-1]}"
start keycloak env KC_PORT="$KC_PORT" KC_MGMT_PORT="$KC_MGMT_PORT" KC_INSTANCE_DIR="$STATE/keycloak" \
  "$ROOT/scripts/keycloak.sh" run
KC_PID="${PIDS[-1]}"

start=$SECONDS
until grep -q "^READY jdbc:postgresql://" "$LOGS/postgres.log" 2>/dev/null; do
  kill -0 "$PG_PID" 2>/dev/null || { tail_log "$LOGS/postgres.log"; die "PostgreSQL exited"; }
  (( SECONDS - start < 120 )) || die "PostgreSQL not ready after 120 s"
  sleep 0.5
done

# both instances start at the same time on the empty database (Flyway and the demo data take turns)
backend() { # NAME PORT MGMT_PORT
  start "$1" env \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/synergia" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/synergia" \
    SYNERGIA_SPA_ORIGIN="http://localhost:5173" SYNERGIA_DEMO_DATA_ENABLED=true \
    SYNERGIA_RETENTION_SCHEDULE="*/4 * * * * ?" \
    SYNERGIA_MANAGEMENT_PORT="$3" \
    "$JAVA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx384m -Dquarkus.http.port="$2" -jar "$JAR"
}
backend backend-a "$A_PORT" "$A_MGMT"
backend backend-b "$B_PORT" "$B_MGMT"
wait_http keycloak "http://localhost:$KC_PORT/realms/synergia/.well-known/openid-configuration" 240 "$LOGS/keycloak.log" "$KC_PID"
wait_http backend-a "http://localhost:$A_PORT/q/health/ready" 180 "$LOGS/backend-a.log" "${PIDS[2]}"
wait_http backend-b "http://localhost:$B_PORT/q/health/ready" 180 "$LOGS/backend-b.log" "${PIDS[3]}"

python3 "$ROOT/scripts/two-instances-check.py" "http://localhost:$KC_PORT" \
  "http://localhost:$A_PORT" "http://localhost:$B_PORT" "$LOGS/backend-a.log" "$LOGS/backend-b.log" \
  "http://localhost:$A_MGMT/q/metrics"
