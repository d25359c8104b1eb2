-- Webhooks of third-party systems (issue #12, docs/adr/0034, docs/integration.md): a system
-- (an OAuth client bound to one institution) subscribes a URL to event types; the webhook channel
-- of the event dispatcher writes one delivery per matching event, and the delivery worker POSTs it,
-- signed as the Standard Webhooks specification says, retrying with backoff.

CREATE TABLE webhook_subscription (
    id              UUID          PRIMARY KEY,
    -- the OAuth client (token azp) that owns it: only that client sees and changes it
    client_id       VARCHAR(255)  NOT NULL,
    -- the client's institution when it subscribed: it receives the events this institution may learn of
    institution_id  UUID          NOT NULL REFERENCES institution (id),
    url             VARCHAR(2000) NOT NULL,
    event_types     VARCHAR(80)[] NOT NULL CHECK (cardinality(event_types) > 0),
    description     VARCHAR(200),
    -- whsec_ followed by the base64 of 32 random bytes; shown to the client once, when created
    secret          VARCHAR(100)  NOT NULL,
    enabled         BOOLEAN       NOT NULL DEFAULT true,
    disabled_reason VARCHAR(16)   CHECK (disabled_reason IN ('MANUAL', 'FAILING', 'GONE')),
    disabled_at     TIMESTAMPTZ,
    -- first failed attempt since the last success; a day of failures disables the subscription
    failing_since   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT webhook_subscription_disabled CHECK (enabled OR disabled_reason IS NOT NULL)
);

CREATE INDEX webhook_subscription_client_idx ON webhook_subscription (client_id, created_at, id);
CREATE INDEX webhook_subscription_institution_idx ON webhook_subscription (institution_id) WHERE enabled;

CREATE TABLE webhook_delivery (
    id              UUID         PRIMARY KEY,
    subscription_id UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    -- the event (outbox_event.id): the CloudEvent id and the webhook-id header, the same on every attempt
    event_id        UUID         NOT NULL,
    event_type      VARCHAR(80)  NOT NULL,
    -- the CloudEvent as sent (ids and codes only, never personal data)
    payload         TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_attempt_at TIMESTAMPTZ,
    last_status     INTEGER,
    last_error      VARCHAR(24),
    created_at      TIMESTAMPTZ  NOT NULL,
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id),
    CONSTRAINT webhook_delivery_pending_due CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL)
);

-- the worker: due pending deliveries, oldest due first
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at, id) WHERE status = 'PENDING';
-- the delivery log of a subscription, newest first
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at DESC, id DESC);

-- Every attempt: when, how long, the HTTP status or the kind of failure. Never a response body.
CREATE TABLE webhook_attempt (
    id           BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  UUID         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      INTEGER      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    duration_ms  INTEGER      NOT NULL,
    status       INTEGER,
    error        VARCHAR(24)
);

CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempt);
