#!/usr/bin/env bash
# Keycloak without Docker: the official Quarkus distribution from Maven Central.
#
#   scripts/keycloak.sh install   download (once), unzip, `kc.sh build` (only when the build
#                                 options changed). Nothing is started.
#   scripts/keycloak.sh run       install, prepare the instance folder, then run Keycloak in the
#                                 foreground (Ctrl-C stops it). This is what scripts/stack.sh runs.
#   scripts/keycloak.sh wait      wait until the realm `synergia` answers (KC_READY_TIMEOUT s).
#
# Environment (defaults = the local stack of `make run`):
#   KC_PORT            HTTP port                                  8180
#   KC_MGMT_PORT       management port (health), KC_PORT + 1000   9180
#   KC_INSTANCE_DIR    this instance's own folder: data (H2 database, transaction logs,
#                      realm import) + links to the shared distribution
#                                                                 .local/keycloak/local
#   KC_LOG_FILE        where `wait` reads the log tail from on failure
#   KC_READY_TIMEOUT   seconds `wait` waits                       120
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                      master-realm admin created on the first start of an instance
#                      (local demo values: kc-admin / kc-admin)
#   KC_JAVA_HOME       JDK to run Keycloak with (default: JAVA_HOME, else `java` on PATH)
#
# Keycloak always uses <home>/data for its state, so each instance gets its own "home": a
# folder with symlinks to bin/ conf/ lib/ providers/ themes/ of the one built distribution,
# a real data/ folder, and -Dkc.home.dir pointing at it. The local stack and the end-to-end
# stack therefore never share state, and the 177 MB distribution is downloaded and built once.
#
# Realm import skips a realm that exists, so a hash of the realm file (and the Keycloak
# version) is kept in the instance folder; when it changes, the instance's data is wiped and
# the realm is imported afresh.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=keycloak

KC_PORT="${KC_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-$((KC_PORT + 1000))}"
KC_BASE="$ROOT/.local/keycloak"
KC_DIST="$KC_BASE/keycloak-$KC_VERSION"
KC_INSTANCE_DIR="${KC_INSTANCE_DIR:-$KC_BASE/local}"
KC_READY_TIMEOUT="${KC_READY_TIMEOUT:-120}"
REALM_FILE="$ROOT/deploy/keycloak/synergia-realm.json"

# Build-time options (baked into the distribution by `kc.sh build`):
#   dev-file  embedded H2 database in <home>/data/h2 (no external database needed)
#   health    /health/ready on the management port
KC_BUILD_OPTS=(--db=dev-file --health-enabled=true --metrics-enabled=false)

install_keycloak() {
  mkdir -p "$KC_BASE"
  # one installer at a time (local and e2e stack may start together)
  exec 9>"$KC_BASE/.install.lock"
  flock 9

  local zip="$KC_BASE/download/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -x "$KC_DIST/bin/kc.sh" ]]; then
    if [[ ! -f "$zip" ]]; then
      log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central (~177 MB, once)"
      mvnw -B -q -f "$ROOT/backend/pom.xml" "$MVN_DEPENDENCY_PLUGIN:copy" \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$KC_BASE/download" -Dmdep.overWriteReleases=false \
        || die "download of the Keycloak distribution failed"
    fi
    log "unpacking $zip"
    rm -rf "$KC_DIST.tmp" && mkdir -p "$KC_DIST.tmp"
    unzip -q "$zip" -d "$KC_DIST.tmp"
    mv "$KC_DIST.tmp/keycloak-$KC_VERSION" "$KC_DIST"
    rm -rf "$KC_DIST.tmp"
  fi

  local want have=""
  want="$(hash_of "$KC_VERSION" "${KC_BUILD_OPTS[*]}")"
  [[ -f "$KC_DIST/.synergia-build" ]] && have="$(cat "$KC_DIST/.synergia-build")"
  if [[ "$want" != "$have" ]]; then
    log "kc.sh build ${KC_BUILD_OPTS[*]}"
    JAVA_OPTS="$(kc_java_opts)" JAVA_HOME="$(kc_java_home)" \
      "$KC_DIST/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" >"$KC_BASE/build.log" 2>&1 \
      || { tail_log "$KC_BASE/build.log"; die "kc.sh build failed"; }
    echo "$want" >"$KC_DIST/.synergia-build"
  fi
  exec 9>&-
}

kc_java_home() {
  local h="${KC_JAVA_HOME:-${JAVA_HOME:-}}"
  if [[ -z "$h" ]]; then
    h="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  echo "$h"
}

# Lean JVM flags: a dev/test server, not a production one. Setting JAVA_OPTS replaces the
# defaults of kc.sh, so the encoding/OOM flags of those defaults are repeated here.
kc_java_opts() {
  echo "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m" \
       "-XX:+ExitOnOutOfMemoryError -Djava.security.egd=file:/dev/urandom" \
       "-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.err.encoding=UTF-8" \
       "-Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
}

prepare_instance() {
  mkdir -p "$KC_INSTANCE_DIR"
  local d
  for d in bin conf lib providers themes; do
    ln -sfn "$KC_DIST/$d" "$KC_INSTANCE_DIR/$d"
  done
  local want have=""
  want="$(hash_of "$REALM_FILE" "$KC_VERSION")"
  [[ -f "$KC_INSTANCE_DIR/realm.sha256" ]] && have="$(cat "$KC_INSTANCE_DIR/realm.sha256")"
  if [[ "$want" != "$have" ]]; then
    if [[ -d "$KC_INSTANCE_DIR/data" ]]; then
      log "realm file or Keycloak version changed: wiping $KC_INSTANCE_DIR/data (realm is re-imported)"
    fi
    rm -rf "$KC_INSTANCE_DIR/data"
  fi
  mkdir -p "$KC_INSTANCE_DIR/data/import"
  cp "$REALM_FILE" "$KC_INSTANCE_DIR/data/import/synergia-realm.json"
  echo "$want" >"$KC_INSTANCE_DIR/realm.sha256"
}

run_keycloak() {
  install_keycloak
  prepare_instance
  for p in "$KC_PORT" "$KC_MGMT_PORT"; do
    port_in_use "$p" && die "port $p is already in use (another Keycloak? see: ss -ltnp 'sport = :$p')"
  done
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kc-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kc-admin}"
  export JAVA_OPTS="${KC_JAVA_OPTS:-$(kc_java_opts)}"
  export JAVA_HOME
  JAVA_HOME="$(kc_java_home)"
  # --cache=local: no clustering, two instances on one machine must never find each other.
  log "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT (management :$KC_MGMT_PORT, home $KC_INSTANCE_DIR)"
  exec "$KC_DIST/bin/kc.sh" \
    "-Dkc.home.dir=$KC_INSTANCE_DIR" \
    start --optimized --import-realm \
    --hostname="http://localhost:$KC_PORT" \
    --http-enabled=true --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" \
    --cache=local
}

wait_keycloak() {
  wait_http keycloak "http://localhost:$KC_PORT/realms/synergia/.well-known/openid-configuration" \
    "$KC_READY_TIMEOUT" "${KC_LOG_FILE:-/dev/null}" "${KC_PID:-}"
}

case "${1:-run}" in
  install) install_keycloak ;;
  run) run_keycloak ;;
  wait) wait_keycloak ;;
  *) echo "usage: $0 install|run|wait" >&2; exit 2 ;;
esac
