-- CSV imports of the directory (issue #3): one row per import job, with its progress and,
-- when it fails, the row errors. The rows themselves are written in one transaction, so a
-- failed import leaves no half batch; this table only tells the administrator what happened.
CREATE TABLE directory_import (
    id                  UUID PRIMARY KEY,
    status              VARCHAR(20)  NOT NULL
        CONSTRAINT directory_import_status_check
        CHECK (status IN ('QUEUED', 'VALIDATING', 'WRITING', 'SUCCEEDED', 'FAILED')),
    file_name           VARCHAR(255),
    dry_run             BOOLEAN      NOT NULL,
    total_rows          INTEGER      NOT NULL,
    processed_rows      INTEGER      NOT NULL DEFAULT 0,
    written_rows        INTEGER      NOT NULL DEFAULT 0,
    created_count       INTEGER      NOT NULL DEFAULT 0,
    updated_count       INTEGER      NOT NULL DEFAULT 0,
    unchanged_count     INTEGER      NOT NULL DEFAULT 0,
    error_count         INTEGER      NOT NULL DEFAULT 0,
    errors              JSONB        NOT NULL DEFAULT '[]'::jsonb,
    failure_detail      TEXT,
    created_by_subject  VARCHAR(255) NOT NULL,
    created_by_name     VARCHAR(255) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX directory_import_created_at_idx ON directory_import (created_at DESC, id DESC);
