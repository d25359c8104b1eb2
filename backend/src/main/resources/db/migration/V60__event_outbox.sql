-- Transactional outbox (issue #12, docs/adr/0030): every change that someone else cares about
-- writes one row here in the same transaction as the change. A row carries ids and codes, never
-- personal data. Once committed, a single sequencer (under an advisory lock, so one at a time
-- across every backend instance) gives it a gap-free feed position; channels (in-app
-- notifications, e-mail, webhooks) and the change feed read in position order, each channel
-- from its own cursor.
CREATE TABLE outbox_event (
    seq            BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             UUID         NOT NULL UNIQUE,
    type           VARCHAR(80)  NOT NULL,
    aggregate_type VARCHAR(40)  NOT NULL,
    aggregate_id   UUID         NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    -- ids and codes only (e.g. {"referralId": "…", "toInstitutionId": "…"})
    data           JSONB        NOT NULL DEFAULT '{}'::jsonb,
    -- the institutions that may learn of it (notifications, change feed, webhooks)
    audience       UUID[]       NOT NULL DEFAULT '{}',
    -- the territorial unit it concerns (TERYT: 2, 4 or 7 digits), for regional readers
    area_teryt     VARCHAR(7),
    -- time-based events (overdue, due, expiring) are written once per key
    dedup_key      VARCHAR(200) UNIQUE,
    -- feed order, assigned after commit by the sequencer; NULL until then
    position       BIGINT       UNIQUE,
    CONSTRAINT outbox_event_data_object CHECK (jsonb_typeof(data) = 'object')
);

CREATE INDEX outbox_event_unsequenced_idx ON outbox_event (seq) WHERE position IS NULL;
CREATE INDEX outbox_event_audience_idx ON outbox_event USING gin (audience);
CREATE INDEX outbox_event_aggregate_idx ON outbox_event (aggregate_type, aggregate_id);

-- How far each channel has handled the feed. The row is locked while a dispatcher works on it
-- (FOR UPDATE SKIP LOCKED), so two backend instances never hand one event to a channel twice.
CREATE TABLE event_channel_cursor (
    channel    VARCHAR(40) PRIMARY KEY,
    position   BIGINT      NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
