-- The id of the HTTP request that caused an audit row (X-Request-Id, also in the logs and in every
-- problem+json), so an operator follows one access across the three. Null for rows written by jobs
-- and for rows written before this column. Refusals by role (403) are audited too, as record type
-- ENDPOINT without a record or client.
ALTER TABLE audit_log ADD COLUMN request_id VARCHAR(64);
