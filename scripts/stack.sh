#!/usr/bin/env bash
# The whole platform on this machine, without Docker:
# embedded PostgreSQL -> Keycloak -> mail server (GreenMail) -> backend (packaged Quarkus app) -> SPA.
#
#   scripts/stack.sh local    `make run`: ports pg 5433, kc 8180, api 8080, spa 5173 (Vite dev
#                             server), smtp 3025 and mail view 8083; data kept in .local/
#                             (postgres/, keycloak/local/)
#   scripts/stack.sh test     end-to-end stack: ports pg 55433, kc 18180, api 18080, spa 14173
#                             (production build served by `vite preview`), smtp 13025 and mail
#                             view 18083; fresh temporary folder
#
# It builds what is stale (backend jar and test classes, Keycloak distribution, node_modules,
# SPA build in test mode), starts each component as its own process group with its log in
# <state>/logs/, waits until each is ready, prints the URL, and waits. On Ctrl-C, TERM, or when
# a component dies, it stops everything it started (nothing stays listening).
#
# Environment:
#   STACK_STATE_DIR   state folder (local: .local; test: a new mktemp folder)
#   STACK_READY_FILE  file written (with the SPA URL) once everything is ready; removed on exit
#   PG_PORT KC_PORT API_PORT SPA_PORT MAIL_SMTP_PORT MAIL_API_PORT   override the ports of the mode
#   BACKEND_JAVA_OPTS JVM flags of the backend (default: lean flags, see below)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=stack

MODE="${1:-local}"
case "$MODE" in
  local)
    PG_PORT="${PG_PORT:-5433}"; KC_PORT="${KC_PORT:-8180}"
    API_PORT="${API_PORT:-8080}"; SPA_PORT="${SPA_PORT:-5173}"
    MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"; MAIL_API_PORT="${MAIL_API_PORT:-8083}"
    STATE="${STACK_STATE_DIR:-$ROOT/.local}"
    KC_INSTANCE_DIR="$STATE/keycloak/local"
    ;;
  test)
    PG_PORT="${PG_PORT:-55433}"; KC_PORT="${KC_PORT:-18180}"
    API_PORT="${API_PORT:-18080}"; SPA_PORT="${SPA_PORT:-14173}"
    MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-13025}"; MAIL_API_PORT="${MAIL_API_PORT:-18083}"
    STATE="${STACK_STATE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/synergia-e2e.XXXXXX")}"
    KC_INSTANCE_DIR="$STATE/keycloak"
    ;;
  *) echo "usage: $0 local|test" >&2; exit 2 ;;
esac
KC_MGMT_PORT="$((KC_PORT + 1000))"
API_MGMT_PORT="$((API_PORT + 1000))"   # the backend's metrics (management interface)
LOGS="$STATE/logs"
mkdir -p "$LOGS"
READY_FILE="${STACK_READY_FILE:-$STATE/ready}"
rm -f "$READY_FILE"

BACKEND="$ROOT/backend"
FRONTEND="$ROOT/frontend"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
CLASSPATH_FILE="$BACKEND/target/test-classpath.txt"
BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m}"

# ---------------------------------------------------------------- process bookkeeping
NAMES=()   # component names, in start order
PGIDS=()   # their process-group ids (each component is started with setsid)

start_component() { # NAME LOGFILE CMD...  (runs CMD in its own session/process group)
  local name="$1" logfile="$2"; shift 2
  : >"$logfile"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  local pid=$!
  NAMES+=("$name"); PGIDS+=("$pid")
  LAST_PID="$pid"
  log "$name started (pid $pid, log $logfile)"
}

group_alive() { kill -0 -- "-$1" 2>/dev/null; }

stop_group() { # NAME PGID
  local name="$1" pgid="$2" i
  group_alive "$pgid" || return 0
  # TERM to the whole group (java runs its shutdown hooks, e.g. the launcher stops
  # PostgreSQL cleanly; npm does not pass TERM on to vite, so the group gets it), then KILL.
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for i in $(seq 1 200); do group_alive "$pgid" || return 0; sleep 0.1; done
  log "$name did not stop in 20 s, killing it"
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

PG_DATA="$STATE/postgres"
# stop_postmaster DATA_DIR: fast shutdown of a PostgreSQL server running on DATA_DIR, if any
stop_postmaster() {
  local pidfile="$1/postmaster.pid" pid i
  [[ -f "$pidfile" ]] || return 0
  pid="$(head -n 1 "$pidfile" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 0
  grep -qa postgres "/proc/$pid/cmdline" 2>/dev/null || return 0
  log "stopping PostgreSQL (pid $pid, data $1)"
  kill -INT "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

CLEANED=0
cleanup() {
  local rc=$?
  (( CLEANED )) && return
  CLEANED=1
  # finish the cleanup whatever happens: further signals, a closed terminal or pipe
  trap '' INT TERM HUP PIPE
  set +e
  rm -f "$READY_FILE"
  local i
  if (( ${#PGIDS[@]} )); then
    log "stopping: ${NAMES[*]}"
    for (( i=${#PGIDS[@]}-1; i>=0; i-- )); do
      stop_group "${NAMES[$i]}" "${PGIDS[$i]}"
    done
  fi
  # zonky starts PostgreSQL with pg_ctl, which detaches it from our process group: the
  # launcher stops it in its shutdown hook; if that did not happen, stop it here.
  stop_postmaster "$PG_DATA"
  (( ${#PGIDS[@]} )) && log "stopped"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

fail_component() { # NAME LOGFILE MESSAGE
  log "ERROR: $3"
  tail_log "$2"
  exit 1
}

# ---------------------------------------------------------------- builds (only when stale)
newer_than() { # TARGET PATH... -> 0 when TARGET is missing or any PATH has a newer file
  local target="$1"; shift
  [[ -e "$target" ]] || return 0
  [[ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]]
}

build_backend() {
  # Markers: the jar and the launcher's class are rewritten by every build that changed them
  # (the compiler plugin recompiles the whole module when one source changed).
  local launcher_class="$BACKEND/target/test-classes/pl/synergia/devtools/LocalPostgres.class"
  local cp_args=("$MVN_DEPENDENCY_PLUGIN:build-classpath" -Dmdep.includeScope=test
                 -Dmdep.outputFile="$CLASSPATH_FILE")
  if newer_than "$JAR" "$BACKEND/pom.xml" "$BACKEND/src/main" \
     || newer_than "$launcher_class" "$BACKEND/pom.xml" "$BACKEND/src/test"; then
    log "building the backend (mvnw package -DskipTests) ..."
    mvnw -B -q -f "$BACKEND/pom.xml" package -DskipTests "${cp_args[@]}" >"$LOGS/backend-build.log" 2>&1 \
      || fail_component backend-build "$LOGS/backend-build.log" "backend build failed"
  elif newer_than "$CLASSPATH_FILE" "$BACKEND/pom.xml"; then
    log "computing the backend's test classpath ..."
    mvnw -B -q -f "$BACKEND/pom.xml" "${cp_args[@]}" >"$LOGS/backend-build.log" 2>&1 \
      || fail_component backend-build "$LOGS/backend-build.log" "mvnw dependency:build-classpath failed"
  fi
  [[ -f "$JAR" ]] || die "$JAR missing after the build"
  [[ -f "$launcher_class" ]] || die "$launcher_class missing after the build"
  [[ -f "$CLASSPATH_FILE" ]] || die "$CLASSPATH_FILE missing after the build"
}

npm_ci_if_needed() {
  if newer_than "$FRONTEND/node_modules/.package-lock.json" "$FRONTEND/package-lock.json" "$FRONTEND/package.json"; then
    log "npm ci in frontend/ ..."
    (cd "$FRONTEND" && npm ci --no-audit --no-fund) >"$LOGS/npm-ci.log" 2>&1 \
      || fail_component npm-ci "$LOGS/npm-ci.log" "npm ci failed"
  fi
}

build_spa() {
  if newer_than "$FRONTEND/dist/index.html" "$FRONTEND/src" "$FRONTEND/public" "$FRONTEND/index.html" \
       "$FRONTEND/package-lock.json" "$FRONTEND/vite.config.ts" "$ROOT/openapi.yaml"; then
    log "building the SPA (npm run build) ..."
    (cd "$FRONTEND" && npm run build) >"$LOGS/spa-build.log" 2>&1 \
      || fail_component spa-build "$LOGS/spa-build.log" "npm run build failed"
  fi
  # runtime configuration of the production build: the Keycloak of this stack
  cat >"$FRONTEND/dist/config.json" <<EOF
{
  "keycloakUrl": "http://localhost:$KC_PORT",
  "realm": "synergia",
  "clientId": "synergia-spa"
}
EOF
}

# ---------------------------------------------------------------- start
# a PostgreSQL left running on our data by an earlier run that was killed hard (its launcher
# is gone); with the launcher still there, another stack is running on this state folder
if pgrep -f "pl.synergia.devtools.LocalPostgres .*--data-dir $PG_DATA\$" >/dev/null; then
  die "another stack is running on $STATE (stop it first)"
fi
stop_postmaster "$PG_DATA"
for p in "$PG_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$API_PORT" "$API_MGMT_PORT" "$SPA_PORT" "$MAIL_SMTP_PORT" "$MAIL_API_PORT"; do
  if port_in_use "$p"; then
    ss -Hltnp "sport = :$p" >&2 || true
    die "port $p is in use: is another stack running? (stop it, or free the port)"
  fi
done

log "mode $MODE, state in $STATE"
build_backend
"$ROOT/scripts/keycloak.sh" install
"$ROOT/scripts/mailserver.sh" install
npm_ci_if_needed
[[ "$MODE" == "test" ]] && build_spa

JAVA="$(java_bin)"

# PostgreSQL (embedded, zonky) via the backend's test-scope launcher
PG_LOG="$LOGS/postgres.log"
start_component postgres "$PG_LOG" "$JAVA" -XX:+UseSerialGC -Xmx128m \
  -cp "$BACKEND/target/test-classes:$BACKEND/target/classes:$(cat "$CLASSPATH_FILE")" \
  pl.synergia.devtools.LocalPostgres --port "$PG_PORT" --data-dir "$PG_DATA" \
  --settings "$ROOT/deploy/postgres/synergia-postgresql.conf"
PG_PID=$LAST_PID

# Keycloak (boots in parallel with PostgreSQL)
KC_LOG="$LOGS/keycloak.log"
start_component keycloak "$KC_LOG" env KC_PORT="$KC_PORT" KC_MGMT_PORT="$KC_MGMT_PORT" \
  KC_INSTANCE_DIR="$KC_INSTANCE_DIR" "$ROOT/scripts/keycloak.sh" run
KC_PID=$LAST_PID

# Mail server (GreenMail): the backend's SMTP server, with a web/REST view of the mail received
MAIL_LOG="$LOGS/mailserver.log"
start_component mailserver "$MAIL_LOG" env MAIL_SMTP_PORT="$MAIL_SMTP_PORT" MAIL_API_PORT="$MAIL_API_PORT" \
  "$ROOT/scripts/mailserver.sh" run
MAIL_PID=$LAST_PID

start=$SECONDS
until grep -q "^READY jdbc:postgresql://" "$PG_LOG" 2>/dev/null; do
  kill -0 "$PG_PID" 2>/dev/null || fail_component postgres "$PG_LOG" "PostgreSQL exited before it was ready"
  (( SECONDS - start < 120 )) || fail_component postgres "$PG_LOG" "PostgreSQL not ready after 120 s"
  sleep 0.5
done
log "postgres ready after $((SECONDS - start)) s ($(grep -m1 '^READY' "$PG_LOG" | cut -d' ' -f2))"

wait_http keycloak "http://localhost:$KC_PORT/realms/synergia/.well-known/openid-configuration" 180 "$KC_LOG" "$KC_PID" \
  || exit 1
wait_http mailserver "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness" 60 "$MAIL_LOG" "$MAIL_PID" || exit 1

# Backend: the packaged Quarkus app, profile `local`
API_LOG="$LOGS/backend.log"
# shellcheck disable=SC2086
start_component backend "$API_LOG" "$JAVA" $BACKEND_JAVA_OPTS \
  -Dquarkus.profile=local \
  -Dquarkus.http.port="$API_PORT" \
  -Dquarkus.management.port="$API_MGMT_PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$PG_PORT/synergia" \
  -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
  -Dquarkus.oidc.auth-server-url="http://localhost:$KC_PORT/realms/synergia" \
  -Dquarkus.http.cors.origins="http://localhost:$SPA_PORT" \
  -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port="$MAIL_SMTP_PORT" \
  -Dsynergia.notifications.app-url="http://localhost:$SPA_PORT" \
  -jar "$JAR"
API_PID=$LAST_PID
wait_http backend "http://localhost:$API_PORT/q/health/ready" 120 "$API_LOG" "$API_PID" || exit 1

# SPA
SPA_LOG="$LOGS/spa.log"
if [[ "$MODE" == "local" ]]; then
  start_component spa "$SPA_LOG" env -C "$FRONTEND" SYNERGIA_API_URL="http://localhost:$API_PORT" \
    npm run dev
else
  start_component spa "$SPA_LOG" env -C "$FRONTEND" SYNERGIA_API_URL="http://localhost:$API_PORT" \
    SPA_PORT="$SPA_PORT" npm run preview
fi
SPA_PID=$LAST_PID
wait_http spa "http://localhost:$SPA_PORT/config.json" 120 "$SPA_LOG" "$SPA_PID" || exit 1
# the proxy of the SPA server reaches the backend
[[ "$(http_status "http://localhost:$SPA_PORT/q/health/ready")" == "200" ]] \
  || fail_component spa "$SPA_LOG" "the SPA server does not proxy /q to the backend"

echo "http://localhost:$SPA_PORT" >"$READY_FILE"
cat >&2 <<EOF

  Synergia is running:  http://localhost:$SPA_PORT
  Mail it sent (demo):  http://localhost:$MAIL_API_PORT   (GreenMail; e.g. curl http://localhost:$MAIL_API_PORT/api/user)

  Demo logins (password: synergia) are listed in docs/development.md, e.g. ewa.nowak.
  Metrics: http://localhost:$API_MGMT_PORT/q/metrics    Logs: $LOGS    Stop: Ctrl-C

EOF

# Wait; if a component dies, say which and stop the rest.
while true; do
  for i in "${!PGIDS[@]}"; do
    if ! kill -0 "${PGIDS[$i]}" 2>/dev/null; then
      fail_component "${NAMES[$i]}" "$LOGS/${NAMES[$i]}.log" "${NAMES[$i]} exited unexpectedly"
    fi
  done
  sleep 2 &
  wait $! || true
done
