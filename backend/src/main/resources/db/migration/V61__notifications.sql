-- Notifications for people (issue #12, docs/notifications.md). Owned by the notification context.

-- The users of the platform as notifications know them: recorded when they call the API (once per
-- token, see notification.UserRecorder), from their token: subject, institution, e-mail address.
-- The language is the token's locale until the user chooses one on the preferences page.
CREATE TABLE user_account (
    subject          VARCHAR(255) PRIMARY KEY,
    institution_id   UUID         NOT NULL,
    email            VARCHAR(320),
    language         VARCHAR(2)   NOT NULL DEFAULT 'pl',
    language_chosen  BOOLEAN      NOT NULL DEFAULT false,
    first_seen_at    TIMESTAMPTZ  NOT NULL,
    last_seen_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT user_account_language CHECK (language IN ('pl', 'en'))
);
-- the users of an institution who were seen lately (who gets e-mail)
CREATE INDEX user_account_institution_idx ON user_account (institution_id, last_seen_at);

-- One notification per event and institution told of it (written by the in-app channel, idempotent).
-- Ids, codes and dates only, like the event; the text is rendered when read, in the reader's language.
CREATE TABLE notification (
    id             UUID         PRIMARY KEY,
    event_id       UUID         NOT NULL,
    institution_id UUID         NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    aggregate_id   UUID         NOT NULL,
    data           JSONB        NOT NULL DEFAULT '{}'::jsonb,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT notification_once UNIQUE (event_id, institution_id)
);
-- an institution's notifications, newest first
CREATE INDEX notification_institution_idx ON notification (institution_id, occurred_at DESC, id DESC);

-- Read state, per user.
CREATE TABLE notification_read (
    subject         VARCHAR(255) NOT NULL,
    notification_id UUID         NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    read_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subject, notification_id)
);
CREATE INDEX notification_read_notification_idx ON notification_read (notification_id);

-- An institution's defaults (set by its coordinator) and a user's own choices, per event type.
-- A type without a row follows the next level: user -> institution -> the platform's defaults.
CREATE TABLE institution_notification_preference (
    institution_id     UUID         NOT NULL,
    event_type         VARCHAR(40)  NOT NULL,
    in_app             BOOLEAN      NOT NULL,
    email              VARCHAR(10)  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    updated_by_subject VARCHAR(255) NOT NULL,
    PRIMARY KEY (institution_id, event_type),
    CONSTRAINT institution_notification_preference_email CHECK (email IN ('OFF', 'IMMEDIATE', 'DIGEST'))
);

CREATE TABLE user_notification_preference (
    subject    VARCHAR(255) NOT NULL,
    event_type VARCHAR(40)  NOT NULL,
    in_app     BOOLEAN      NOT NULL,
    email      VARCHAR(10)  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subject, event_type),
    CONSTRAINT user_notification_preference_email CHECK (email IN ('OFF', 'IMMEDIATE', 'DIGEST'))
);

-- E-mails to send (filled by the e-mail channel and the daily digest; drained by the sender with
-- FOR UPDATE SKIP LOCKED, retried with backoff). The text names no person: what happened, and a link.
CREATE TABLE mail_outbox (
    id              UUID         PRIMARY KEY,
    dedup_key       VARCHAR(200) NOT NULL UNIQUE,
    kind            VARCHAR(10)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    failed_at       TIMESTAMPTZ,
    last_error      VARCHAR(200),
    CONSTRAINT mail_outbox_kind CHECK (kind IN ('IMMEDIATE', 'DIGEST'))
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- Lines waiting for a recipient's daily digest; mail_id is set when a digest took them.
CREATE TABLE mail_digest_item (
    id          UUID         PRIMARY KEY,
    dedup_key   VARCHAR(200) NOT NULL UNIQUE,
    recipient   VARCHAR(320) NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    title       VARCHAR(500) NOT NULL,
    link        VARCHAR(500) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    mail_id     UUID         REFERENCES mail_outbox (id)
);
CREATE INDEX mail_digest_item_pending_idx ON mail_digest_item (recipient, occurred_at) WHERE mail_id IS NULL;
CREATE INDEX mail_digest_item_mail_idx ON mail_digest_item (mail_id);
