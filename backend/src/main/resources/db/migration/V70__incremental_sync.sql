-- Incremental sync for third-party systems (issue #12, docs/adr/0034): the directory, the
-- offerings and the referral boxes are read "changed since" in the order (updated_at, id).
--
-- updated_at is set by the database, to the start of the writing transaction (now()), never by
-- an application clock: a reader then knows that a row it cannot see yet (its transaction is
-- still running) has an updated_at at or after the start of that transaction, and pages only up
-- to the oldest transaction still running (the horizon), so no row ever appears later behind a
-- cursor a client already holds.

CREATE FUNCTION synergia_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER institution_updated_at BEFORE INSERT OR UPDATE ON institution
    FOR EACH ROW EXECUTE FUNCTION synergia_touch_updated_at();
CREATE INDEX institution_updated_idx ON institution (updated_at, id);

CREATE TRIGGER offering_updated_at BEFORE INSERT OR UPDATE ON offering
    FOR EACH ROW EXECUTE FUNCTION synergia_touch_updated_at();
CREATE INDEX offering_updated_idx ON offering (updated_at, id);

-- An offering is deleted when its institution removes it (the entry's history keeps it); a sync
-- client learns of the removal from this tombstone, read together with the live offerings.
-- No foreign keys: a log of what was, read only by the offerings sync (by time, then by id).
CREATE TABLE offering_removal (
    offering_id    UUID        PRIMARY KEY,
    institution_id UUID        NOT NULL,
    service_code   VARCHAR(64) NOT NULL,
    removed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX offering_removal_removed_idx ON offering_removal (removed_at, offering_id);

CREATE FUNCTION offering_removal_record() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO offering_removal (offering_id, institution_id, service_code, removed_at)
    VALUES (OLD.id, OLD.institution_id, OLD.service_code, now())
    ON CONFLICT (offering_id) DO UPDATE SET removed_at = EXCLUDED.removed_at;
    RETURN OLD;
END;
$$;

CREATE TRIGGER offering_removed AFTER DELETE ON offering
    FOR EACH ROW EXECUTE FUNCTION offering_removal_record();

-- Referrals had no updated_at: the existing ones changed last when they were answered or sent.
ALTER TABLE referral ADD COLUMN updated_at TIMESTAMPTZ;
UPDATE referral SET updated_at = coalesce(responded_at, sent_at);
ALTER TABLE referral ALTER COLUMN updated_at SET NOT NULL;
ALTER TABLE referral ALTER COLUMN updated_at SET DEFAULT now();

CREATE TRIGGER referral_updated_at BEFORE INSERT OR UPDATE ON referral
    FOR EACH ROW EXECUTE FUNCTION synergia_touch_updated_at();
-- the inbox and outbox read "changed since" per institution
CREATE INDEX referral_to_updated_idx ON referral (to_institution_id, updated_at, id);
CREATE INDEX referral_from_updated_idx ON referral (from_institution_id, updated_at, id);
