-- Rate-limit buckets of clients that stopped calling (issue #12, docs/adr/0033): Bucket4j writes
-- only id and state, so the database records when each bucket was last used. A bucket unused for
-- longer than its refill period is full again, so deleting it changes no decision; the rate
-- limiter deletes such rows now and then (RateLimiter.purgeIdle) instead of keeping them forever.
ALTER TABLE rate_limit_bucket ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE TRIGGER rate_limit_bucket_updated_at BEFORE INSERT OR UPDATE ON rate_limit_bucket
    FOR EACH ROW EXECUTE FUNCTION synergia_touch_updated_at();
CREATE INDEX rate_limit_bucket_updated_idx ON rate_limit_bucket (updated_at);
