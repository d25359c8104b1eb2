-- Rate limits of third-party systems (issue #12, docs/adr/0033): one token bucket per OAuth
-- client, kept by Bucket4j (its PostgreSQL "select for update" proxy manager) so that every
-- backend instance counts against the same bucket.
CREATE TABLE rate_limit_bucket (
    id    VARCHAR(255) PRIMARY KEY,
    state BYTEA
);
