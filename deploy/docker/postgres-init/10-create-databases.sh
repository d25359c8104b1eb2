#!/bin/bash
# Runs once, when the postgres container initialises an empty volume: one database and one
# owner per service (the backend's `synergia`, Keycloak's `keycloak`).
set -euo pipefail
: "${SYNERGIA_DB_PASSWORD:?}"
: "${KEYCLOAK_DB_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=synergia_pw="$SYNERGIA_DB_PASSWORD" --set=keycloak_pw="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE synergia LOGIN PASSWORD :'synergia_pw';
CREATE DATABASE synergia OWNER synergia ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_pw';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
SQL
