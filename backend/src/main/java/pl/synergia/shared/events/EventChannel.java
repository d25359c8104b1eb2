package pl.synergia.shared.events;

import java.util.List;

/**
 * A consumer of the event feed (in-app notifications, e-mail, webhooks), implemented inside its
 * own context and found by CDI. The dispatcher hands it every sequenced event in position order,
 * a batch at a time, inside the transaction that also moves the channel's cursor: what a channel
 * writes to the database commits together with the cursor, or neither does. Delivery is at least
 * once, so {@link #deliver} must be idempotent (e.g. insert ... on conflict do nothing). Work that
 * leaves the database (SMTP, HTTP) belongs in a queue the channel fills here and drains elsewhere.
 */
public interface EventChannel {

    /** A stable name, at most 40 characters: the key of the channel's cursor. */
    String name();

    void deliver(List<PublishedEvent> batch);
}
