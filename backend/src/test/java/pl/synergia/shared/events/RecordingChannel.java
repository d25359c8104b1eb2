package pl.synergia.shared.events;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

/** A channel for tests: remembers what it was handed, and can be told to fail its next batches (a singleton, so tests read its fields, not a proxy's). */
@Singleton
public class RecordingChannel implements EventChannel {

    final Queue<PublishedEvent> delivered = new ConcurrentLinkedQueue<>();
    final AtomicInteger failNext = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    volatile int maxInFlight;

    @Override
    public String name() {
        return "test-recording";
    }

    @Override
    public void deliver(List<PublishedEvent> batch) {
        int now = inFlight.incrementAndGet();
        maxInFlight = Math.max(maxInFlight, now);
        try {
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("planned failure");
            }
            try {
                Thread.sleep(5); // widen the window in which a second dispatcher could interfere
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delivered.addAll(batch);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
