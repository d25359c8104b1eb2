#!/usr/bin/env bash
# End-to-end tests: the test-mode stack (scripts/stack.sh test) in a fresh temporary folder,
# a check of the realm (scripts/realm-check.py), then Playwright (`npm run e2e` in frontend/)
# against it in Debian's Chromium. The stack is stopped whatever happens; the exit code is
# Playwright's (or 1 when the stack did not start or the realm check failed).
#
#   scripts/e2e.sh [playwright args...]
#
# Environment: E2E_STACK_TIMEOUT (s, default 900: includes first-time builds and downloads),
# E2E_KEEP_STATE=1 keeps the temporary folder (logs, databases) even on success.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=e2e

# The test stack listens on fixed ports: two e2e runs on one machine (two worktrees) take turns.
exec 8>"${TMPDIR:-/tmp}/synergia-e2e.lock"
if ! flock -n 8; then
  log "another e2e run holds ${TMPDIR:-/tmp}/synergia-e2e.lock; waiting for it"
  flock 8
fi

SPA_PORT=14173
KC_PORT=18180
MAIL_API_PORT=18083
CHROMIUM=/usr/bin/chromium

if [[ ! -x "$CHROMIUM" ]]; then
  log "installing Debian's chromium (needed by Playwright; never downloaded by npx playwright)"
  export DEBIAN_FRONTEND=noninteractive
  apt_get=(apt-get)
  [[ "$(id -u)" == 0 ]] || apt_get=(sudo apt-get)
  "${apt_get[@]}" update -qq >/dev/null
  "${apt_get[@]}" install -y -qq chromium >/dev/null
  [[ -x "$CHROMIUM" ]] || die "chromium did not install"
fi

STATE="$(mktemp -d "${TMPDIR:-/tmp}/synergia-e2e.XXXXXX")"
READY="$STATE/ready"
STACK_PID=""

stop_stack() {
  if [[ -n "$STACK_PID" ]] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  STACK_PID=""
}
finish() {
  local rc=$?
  trap '' INT TERM HUP PIPE
  set +e
  stop_stack
  if (( rc == 0 )) && [[ "${E2E_KEEP_STATE:-0}" != 1 ]]; then
    rm -rf "$STATE"
  else
    log "stack state and logs kept in $STATE"
  fi
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

log "starting the test stack (state $STATE)"
STACK_STATE_DIR="$STATE" STACK_READY_FILE="$READY" "$ROOT/scripts/stack.sh" test &
STACK_PID=$!

timeout="${E2E_STACK_TIMEOUT:-900}"
start=$SECONDS
until [[ -f "$READY" ]]; do
  if ! kill -0 "$STACK_PID" 2>/dev/null; then
    wait "$STACK_PID" 2>/dev/null || true
    STACK_PID=""
    die "the test stack did not start (see the messages above; logs in $STATE/logs)"
  fi
  (( SECONDS - start < timeout )) || die "the test stack was not ready after ${timeout} s"
  sleep 1
done
log "stack ready after $((SECONDS - start)) s"

log "checking the realm on the test Keycloak (logins, tokens, clients)"
python3 "$ROOT/scripts/realm-check.py" "http://localhost:$KC_PORT" >"$STATE/logs/realm-check.log" 2>&1 \
  || { cat "$STATE/logs/realm-check.log" >&2; die "realm check failed"; }
grep -E '^(FAIL|realm check)' "$STATE/logs/realm-check.log" >&2 || true

log "running Playwright"

set +e
(
  cd "$ROOT/frontend"
  E2E_BASE_URL="http://localhost:$SPA_PORT" \
  E2E_KEYCLOAK_URL="http://localhost:$KC_PORT" \
  E2E_MAIL_URL="http://127.0.0.1:$MAIL_API_PORT" \
  E2E_CHROMIUM_PATH="$CHROMIUM" \
  npm run e2e -- "$@"
)
rc=$?
set -e
log "Playwright exit code $rc"
exit "$rc"
