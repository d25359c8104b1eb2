-- Several backend instances share one database (README "Operating Synergia"):
--
-- A scheduled job runs once per scheduled time whichever instances fire it: the first instance to
-- insert (job, scheduled_for) runs it, the others find the row and skip.
CREATE TABLE scheduled_job_run (
    job            VARCHAR(60)  NOT NULL,
    scheduled_for  TIMESTAMPTZ  NOT NULL,
    instance       VARCHAR(120) NOT NULL,
    claimed_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (job, scheduled_for)
);

-- A directory import runs on the instance that received the file. That instance names itself and
-- beats a heartbeat while the job runs; a job whose heartbeat stopped (its instance stopped or
-- crashed) is marked failed by any instance, and a job running on another instance is left alone.
ALTER TABLE directory_import ADD COLUMN instance VARCHAR(120);
ALTER TABLE directory_import ADD COLUMN heartbeat_at TIMESTAMPTZ;
CREATE INDEX directory_import_running_idx ON directory_import (heartbeat_at)
    WHERE status IN ('QUEUED', 'VALIDATING', 'WRITING');
