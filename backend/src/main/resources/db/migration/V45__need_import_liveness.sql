-- Need imports run on the shared import machinery (shared.importjob), which, like the directory
-- import since V31, names the instance running a job and beats a heartbeat while it runs, so that
-- another instance fails only jobs whose instance stopped (docs/adr/0023).
ALTER TABLE need_import ADD COLUMN instance VARCHAR(120);
ALTER TABLE need_import ADD COLUMN heartbeat_at TIMESTAMPTZ;
CREATE INDEX need_import_running_idx ON need_import (heartbeat_at)
    WHERE status IN ('QUEUED', 'VALIDATING', 'WRITING');
