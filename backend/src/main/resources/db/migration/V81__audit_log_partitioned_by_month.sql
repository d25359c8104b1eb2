-- audit_log partitioned by month (issue #14): at 5 million rows a day the table grew about 1 GB a
-- day and could not shed old rows (a DELETE is refused by design). Now each month is a partition
-- of its own; retention detaches and archives whole months (docs/operations.md, "Audit log
-- partitions"), never a DELETE. PostgreSQL's native partitioning (pg_partman is not available).
--
-- The rows and their ids are kept: the old table is renamed, the new one takes over its sequence,
-- the rows are copied, the old table dropped. The primary key includes the partition key.
ALTER TABLE audit_log RENAME TO audit_log_unpartitioned;
ALTER INDEX audit_log_pkey RENAME TO audit_log_unpartitioned_pkey;
ALTER INDEX audit_log_client_idx RENAME TO audit_log_unpartitioned_client_idx;
ALTER TABLE audit_log_unpartitioned RENAME CONSTRAINT audit_log_outcome_check TO audit_log_unpartitioned_outcome_check;

CREATE TABLE audit_log (
    id              BIGINT       NOT NULL DEFAULT nextval('audit_log_id_seq'),
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    subject         VARCHAR(255) NOT NULL,
    subject_name    VARCHAR(255) NOT NULL,
    institution_id  UUID,
    client_id       UUID,
    record_type     VARCHAR(30)  NOT NULL,
    record_id       UUID,
    action          VARCHAR(30)  NOT NULL,
    purpose         VARCHAR(200) NOT NULL,
    outcome         VARCHAR(20)  NOT NULL
        CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('ALLOWED', 'DENIED')),
    request_id      VARCHAR(64),
    CONSTRAINT audit_log_pkey PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
ALTER SEQUENCE audit_log_id_seq OWNED BY audit_log.id;

CREATE INDEX audit_log_client_idx ON audit_log (client_id, occurred_at DESC);

-- Rows of a month without its partition (the job that creates them ahead did not run) land here
-- rather than failing the access they record. Kept empty in normal operation: a month whose rows
-- are already here is not split out by audit_log_ensure_partitions (it says so in a notice).
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;

-- Append-only, on every partition: the row triggers of the partitioned table are cloned onto each
-- partition (also those created later, and an UPDATE or DELETE addressed to a partition directly);
-- TRUNCATE is a statement trigger, which is not cloned, so each partition gets its own.
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log_default
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The partition of each month from `from_month` to `months_ahead` months after the current one,
-- (calendar months in Poland) named audit_log_yYYYYmMM, with the TRUNCATE trigger. Idempotent; serialised by a transaction
-- advisory lock, so two instances starting together, or the daily job on both, create each once.
-- Returns how many it created.
CREATE FUNCTION audit_log_ensure_partitions(months_ahead integer, from_month date DEFAULT NULL) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    month date := date_trunc('month', coalesce(from_month, current_date))::date;
    last_month date := (date_trunc('month', current_date) + make_interval(months => months_ahead))::date;
    part text;
    lo timestamptz;
    hi timestamptz;
    created integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('audit_log_ensure_partitions'));
    WHILE month <= last_month LOOP
        part := format('audit_log_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
        -- months of the calendar in Poland, whatever the session's time zone
        lo := month::timestamp AT TIME ZONE 'Europe/Warsaw';
        hi := (month + interval '1 month')::timestamp AT TIME ZONE 'Europe/Warsaw';
        IF to_regclass(part) IS NULL THEN
            IF EXISTS (SELECT 1 FROM audit_log_default
                       WHERE occurred_at >= lo AND occurred_at < hi) THEN
                RAISE NOTICE 'audit_log: rows of % are in audit_log_default; partition % not created', month, part;
            ELSE
                EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
                EXECUTE format('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON %I '
                               'FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()', part);
                created := created + 1;
            END IF;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END;
$$;

-- the months the existing rows fall in, and three ahead
SELECT audit_log_ensure_partitions(3, (SELECT min(occurred_at)::date FROM audit_log_unpartitioned));

-- the trigger refuses DELETE, so the old rows move by INSERT ... SELECT and the old table is dropped
INSERT INTO audit_log SELECT id, occurred_at, subject, subject_name, institution_id, client_id, record_type, record_id,
    action, purpose, outcome, request_id FROM audit_log_unpartitioned;
DROP TABLE audit_log_unpartitioned;
