#!/bin/sh
# Writes the SPA's runtime configuration from the environment at container start.
set -eu
: "${SYNERGIA_KEYCLOAK_URL:?SYNERGIA_KEYCLOAK_URL must be set (the URL browsers use for Keycloak)}"
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
cat >/usr/share/nginx/html/config.json <<JSON
{
  "keycloakUrl": "$(json_escape "$SYNERGIA_KEYCLOAK_URL")",
  "realm": "$(json_escape "${SYNERGIA_REALM:-synergia}")",
  "clientId": "$(json_escape "${SYNERGIA_CLIENT_ID:-synergia-spa}")"
}
JSON
echo "40-synergia-config.sh: wrote /usr/share/nginx/html/config.json (Keycloak $SYNERGIA_KEYCLOAK_URL)"
