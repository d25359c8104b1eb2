#!/usr/bin/env bash
# Static checks of the production-like deployment (no Docker engine needed):
#  - docker-compose.yml is valid with a throwaway .env (`config -q`), and refuses to start
#    without the required secrets;
#  - the files it and the Dockerfiles refer to exist; shell scripts parse; realm JSON parses.
# Uses `docker compose` when the plugin exists, else Debian's docker-compose (installed here
# when missing).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=compose-check
cd "$ROOT"

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  if ! command -v docker-compose >/dev/null 2>&1; then
    log "installing Debian's docker-compose (only to validate the file)"
    export DEBIAN_FRONTEND=noninteractive
    apt_get=(apt-get)
    [[ "$(id -u)" == 0 ]] || apt_get=(sudo apt-get)
    "${apt_get[@]}" update -qq >/dev/null
    "${apt_get[@]}" install -y -qq docker-compose >/dev/null
  fi
  compose=(docker-compose)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
secrets=(POSTGRES_PASSWORD SYNERGIA_DB_PASSWORD KEYCLOAK_DB_PASSWORD KEYCLOAK_ADMIN_PASSWORD)
unset_env=()
for v in "${secrets[@]}"; do unset_env+=(-u "$v"); done

# 1. valid with the example values and with throwaway secrets
env "${unset_env[@]}" "${compose[@]}" --env-file deploy/.env.example -f docker-compose.yml config -q
{ for v in "${secrets[@]}"; do echo "$v=throwaway-$RANDOM"; done; } >"$tmp/throwaway.env"
env "${unset_env[@]}" "${compose[@]}" --env-file "$tmp/throwaway.env" -f docker-compose.yml config -q
log "docker-compose.yml is valid"

# 2. every required secret is really required
for missing in "${secrets[@]}"; do
  grep -v "^$missing=" "$tmp/throwaway.env" >"$tmp/partial.env"
  if env "${unset_env[@]}" "${compose[@]}" --env-file "$tmp/partial.env" -f docker-compose.yml config -q \
       >"$tmp/out" 2>&1; then
    die "docker-compose.yml accepts a missing $missing"
  fi
  grep -q "$missing" "$tmp/out" || { cat "$tmp/out" >&2; die "no clear message for a missing $missing"; }
done
log "missing secrets are refused with a message"

# 3. referenced files exist and parse
for f in deploy/docker/backend.Dockerfile deploy/docker/frontend.Dockerfile \
         deploy/docker/nginx/default.conf.template deploy/docker/nginx/40-synergia-config.sh \
         deploy/docker/postgres-init/10-create-databases.sh deploy/keycloak/synergia-realm.json \
         backend/mvnw backend/pom.xml frontend/package.json frontend/package-lock.json; do
  [[ -e "$f" ]] || die "$f is missing"
done
for f in deploy/docker/nginx/40-synergia-config.sh; do sh -n "$f"; done
for f in deploy/docker/postgres-init/*.sh scripts/*.sh .ci/run; do bash -n "$f"; done
python3 -m json.tool deploy/keycloak/synergia-realm.json >/dev/null
[[ -x deploy/docker/nginx/40-synergia-config.sh && -x deploy/docker/postgres-init/10-create-databases.sh ]] \
  || die "container scripts must be executable"
log "Dockerfiles, container scripts and realm file are in place"
log "compose-check OK"
