package pl.synergia.shared.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventOutboxTest {

    @Inject
    Events events;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    RecordingChannel channel;

    @Inject
    EntityManager em;

    @BeforeEach
    void upToDate() {
        channel.failNext.set(0);
        dispatcher.drain();
    }

    @Test
    void anEventCommitsWithItsChangeAndReachesTheChannelOnceInOrder() {
        UUID referral = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        for (EventType type : List.of(EventType.REFERRAL_SENT, EventType.REFERRAL_ACCEPTED, EventType.REFERRAL_COMPLETED)) {
            QuarkusTransaction.requiringNew().run(() -> events.publish(DomainEvent.of(type, referral)
                    .with("toInstitutionId", to).to(to).area("1408011").build()));
        }

        dispatcher.drain();

        List<PublishedEvent> mine = deliveredFor(referral);
        assertThat(mine.stream().map(PublishedEvent::type).toList(),
                contains(EventType.REFERRAL_SENT, EventType.REFERRAL_ACCEPTED, EventType.REFERRAL_COMPLETED));
        assertThat(mine.get(1).position(), equalTo(mine.get(0).position() + 1));
        assertThat(mine.get(2).position(), equalTo(mine.get(1).position() + 1));
        assertThat(mine.get(0).data(), hasEntry("toInstitutionId", to.toString()));
        assertThat(mine.get(0).audience(), equalTo(Set.of(to)));
        assertThat(mine.get(0).areaTeryt(), equalTo("1408011"));
        assertThat(mine.get(0).occurredAt(), notNullValue());
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        UUID referral = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            events.publish(DomainEvent.of(EventType.REFERRAL_SENT, referral).build());
            throw new IllegalStateException("the change failed");
        }));

        dispatcher.drain();

        assertThat(rowsFor(referral), equalTo(0L));
        assertThat(deliveredFor(referral), empty());
    }

    @Test
    void anEventIsNeverWrittenOutsideATransaction() {
        assertThrows(TransactionalException.class,
                () -> events.publish(DomainEvent.of(EventType.REFERRAL_SENT, UUID.randomUUID()).build()));
    }

    @Test
    void aTimeBasedEventIsWrittenOncePerKey() {
        UUID referral = UUID.randomUUID();
        String key = "referral-overdue:" + referral + ":2026-12-07";
        UUID first = QuarkusTransaction.requiringNew().call(() -> events.publish(
                DomainEvent.of(EventType.REFERRAL_OVERDUE, referral).once(key).build()));
        UUID second = QuarkusTransaction.requiringNew().call(() -> events.publish(
                DomainEvent.of(EventType.REFERRAL_OVERDUE, referral).once(key).build()));

        assertThat(first, notNullValue());
        assertThat(second, nullValue());
        assertThat(rowsFor(referral), equalTo(1L));
    }

    @Test
    void twoDispatchersNeverHandOneEventToAChannelTwice() throws Exception {
        List<UUID> aggregates = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 450; i++) {
                UUID id = UUID.randomUUID();
                aggregates.add(id);
                events.publish(DomainEvent.of(EventType.INSTITUTION_UPDATED, id).build());
            }
        });
        channel.maxInFlight = 0;

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> dispatchers = List.of(dispatcher::drain, dispatcher::drain, () -> {
                dispatcher.tick();
                return 0;
            });
            for (Future<Integer> done : pool.invokeAll(dispatchers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Set<UUID> wanted = Set.copyOf(aggregates);
        List<PublishedEvent> mine = channel.delivered.stream().filter(e -> wanted.contains(e.aggregateId())).toList();
        assertThat(mine, hasSize(450));
        assertThat(mine.stream().map(PublishedEvent::id).distinct().count(), equalTo(450L));
        List<Long> positions = mine.stream().map(PublishedEvent::position).toList();
        assertThat(positions, equalTo(positions.stream().sorted().toList()));
        assertThat(channel.maxInFlight, equalTo(1));
    }

    @Test
    void aFailedBatchIsHandedOverAgainFromTheSameCursor() {
        UUID referral = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> events.publish(DomainEvent.of(EventType.REFERRAL_SENT, referral).build()));
        channel.failNext.set(Integer.MAX_VALUE);

        dispatcher.drain();
        assertThat(deliveredFor(referral), empty());

        channel.failNext.set(0);
        dispatcher.drain();
        assertThat(deliveredFor(referral), hasSize(1));
    }

    @Test
    void theFeedOfAnInstitutionHoldsOnlyEventsAddressedToIt() {
        UUID mine = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        long before = events.lastPosition();
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(DomainEvent.of(EventType.REFERRAL_SENT, a).to(mine, other).build());
            events.publish(DomainEvent.of(EventType.REFERRAL_SENT, b).to(other).build());
        });
        dispatcher.drain();

        assertThat(events.afterFor(mine, before, 100).stream().map(PublishedEvent::aggregateId).toList(), contains(a));
        assertThat(events.afterFor(other, before, 100).stream().map(PublishedEvent::aggregateId).toList(), contains(a, b));
    }

    @Test
    void eventDataHoldsIdsAndCodesNotText() {
        assertThrows(IllegalArgumentException.class,
                () -> DomainEvent.of(EventType.REFERRAL_SENT, UUID.randomUUID()).with("person", "Jan Kowalski").build());
        assertThrows(IllegalArgumentException.class,
                () -> DomainEvent.of(EventType.REFERRAL_SENT, UUID.randomUUID()).area("14-08").build());
        assertThat(EventType.REFERRAL_SENT.cloudEventType(), equalTo("pl.synergia.referral.sent"));
        assertThat(EventType.fromCloudEventType("pl.synergia.partnership.dissolved"), equalTo(EventType.PARTNERSHIP_DISSOLVED));
    }

    private List<PublishedEvent> deliveredFor(UUID aggregate) {
        return channel.delivered.stream().filter(e -> e.aggregateId().equals(aggregate)).toList();
    }

    private long rowsFor(UUID aggregate) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult()).longValue();
    }
}
