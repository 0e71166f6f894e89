package org.yadman.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A limit on how many times something may happen per minute across the whole instance (receipt
 * guesses, new submissions). It counts events, never who made them: no address is kept, not even
 * in memory, so a flood can slow everyone down but reveals no one.
 */
public final class Throttle {
    private final int perMinute;
    private final Clock clock;
    private final ArrayDeque<Instant> recent = new ArrayDeque<>();

    public Throttle(int perMinute, Clock clock) {
        if (perMinute < 1) throw new IllegalArgumentException("a limit of " + perMinute + " per minute allows nothing");
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether one more event may happen now; counts it if so. */
    public synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        Instant horizon = now.minus(Duration.ofMinutes(1));
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) recent.pollFirst();
        if (recent.size() >= perMinute) return false;
        recent.addLast(now);
        return true;
    }
}
