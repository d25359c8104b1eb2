# shellcheck shell=bash
# Helpers shared by the scripts in this folder. Source it; do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Keycloak distribution used by scripts/keycloak.sh (from Maven Central).
KC_VERSION="${KC_VERSION:-26.7.3}"
# Pinned so a bare `dependency:copy` never depends on the Maven default.
MVN_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

log() { printf '[%s %s] %s\n' "$(date +%H:%M:%S)" "${LOG_TAG:-synergia}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Maven: the project's wrapper (pinned Maven version); plain `mvn` only as a fallback
# while the wrapper is not there.
mvnw() {
  if [[ -x "$ROOT/backend/mvnw" ]]; then
    "$ROOT/backend/mvnw" "$@"
  elif command -v mvn >/dev/null 2>&1; then
    log "backend/mvnw not found, using system mvn"
    mvn "$@"
  else
    die "neither backend/mvnw nor mvn is available"
  fi
}

# A JDK for the tools we run. Default java; JAVA_HOME wins if set.
java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    command -v java || die "java not found"
  fi
}

# Print the last lines of a log file, framed, to stderr.
tail_log() {
  local file="$1" lines="${2:-60}"
  if [[ -f "$file" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
    printf -- '----- end of %s -----\n' "$file" >&2
  else
    log "(no log file $file)"
  fi
}

# http_status URL -> prints the HTTP status code (000 when nothing answers)
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# wait_http NAME URL TIMEOUT_S LOGFILE [PID]
# Polls URL until it answers 200. Fails (returns 1, printing the log tail) on timeout or
# when PID (the component's process) has died.
wait_http() {
  local name="$1" url="$2" timeout="$3" logfile="$4" pid="${5:-}"
  local start=$SECONDS code
  while true; do
    code="$(http_status "$url")"
    if [[ "$code" == "200" ]]; then
      log "$name ready after $((SECONDS - start)) s ($url)"
      return 0
    fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "ERROR: $name exited before it was ready (last HTTP status $code from $url)"
      tail_log "$logfile"
      return 1
    fi
    if (( SECONDS - start >= timeout )); then
      log "ERROR: $name not ready after ${timeout} s (last HTTP status $code from $url)"
      tail_log "$logfile"
      return 1
    fi
    sleep 1
  done
}

# port_in_use PORT -> 0 when something listens on TCP PORT
port_in_use() {
  ss -Htln "sport = :$1" 2>/dev/null | grep -q .
}

# sha256 of files (and extra strings) in one line
hash_of() {
  { for f in "$@"; do if [[ -f "$f" ]]; then cat "$f"; else printf '%s\n' "$f"; fi; done; } \
    | sha256sum | cut -d' ' -f1
}
