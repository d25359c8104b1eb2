-- A draft version that is discarded stays in the table, marked, so version numbers are never
-- reused; the signed version can never be discarded. A dissolution records whether the API
-- dissolved the partnership because its signatories fell below the minimum (Pakt § 5 ust. 3).
ALTER TABLE partnership_version
    ADD COLUMN discarded_at TIMESTAMPTZ,
    ADD CONSTRAINT partnership_version_discard_check CHECK (NOT (signed AND discarded_at IS NOT NULL));

ALTER TABLE partnership
    ADD COLUMN dissolved_automatically BOOLEAN NOT NULL DEFAULT FALSE;
