-- Production hardening of the audit log (issue #4). The trigger of migration V11 already refuses
-- UPDATE, DELETE and TRUNCATE on audit_log for every database user. In production, run Flyway as
-- the schema owner (synergia_owner) and the application as a separate login (synergia_app), then
-- apply these grants as the owner, so the application's user cannot alter the audit log, nor
-- drop its trigger (only the owner can), even if it is compromised:
--
--   psql -U synergia_owner -d synergia -f deploy/postgres/grants.sql
--
-- and start the backend with QUARKUS_FLYWAY_MIGRATE_AT_START=false (migrations are applied by the
-- owner beforehand) or give Flyway the owner's credentials through QUARKUS_FLYWAY_USERNAME /
-- QUARKUS_FLYWAY_PASSWORD.

GRANT USAGE ON SCHEMA public TO synergia_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO synergia_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO synergia_app;

-- Append-only for the application: read and add, never change or remove.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM synergia_app;
GRANT SELECT, INSERT ON audit_log TO synergia_app;
