package org.yadman.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing, in memory and without looking at who is asking (no IP addresses are
 * kept, not even here). Two limits on failed sign-ins:
 * <ul>
 *   <li>per account name: {@link #PER_ACCOUNT} failures within {@link #ACCOUNT_WINDOW} lock that
 *       name until the oldest of them leaves the window (names that do not exist count too, so
 *       the limit reveals nothing about which accounts exist);</li>
 *   <li>global: {@link #GLOBAL} failures within {@link #GLOBAL_WINDOW} pause every sign-in until
 *       the window moves on, which bounds a guesser spreading over many names.</li>
 * </ul>
 * A successful sign-in clears its account's failures. State is lost on restart, by design.
 */
final class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    static final int GLOBAL = 100;
    static final Duration GLOBAL_WINDOW = Duration.ofMinutes(1);
    /** Names tracked at most; past this, new names are refused until old entries expire. */
    static final int MAX_TRACKED_NAMES = 10_000;

    private final Map<String, Deque<Instant>> failuresByName = new HashMap<>();
    private final Deque<Instant> allFailures = new ArrayDeque<>();

    /** Whether a sign-in for {@code name} may be attempted at {@code now}. */
    synchronized boolean allows(String name, Instant now) {
        prune(allFailures, now.minus(GLOBAL_WINDOW));
        if (allFailures.size() >= GLOBAL) return false;
        Deque<Instant> failures = failuresByName.get(name);
        if (failures == null) return failuresByName.size() < MAX_TRACKED_NAMES || sweep(now);
        prune(failures, now.minus(ACCOUNT_WINDOW));
        return failures.size() < PER_ACCOUNT;
    }

    synchronized void failed(String name, Instant now) {
        allFailures.addLast(now);
        if (failuresByName.size() >= MAX_TRACKED_NAMES && !failuresByName.containsKey(name) && !sweep(now)) return;
        failuresByName.computeIfAbsent(name, k -> new ArrayDeque<>()).addLast(now);
    }

    synchronized void succeeded(String name) {
        failuresByName.remove(name);
    }

    /** Drops names whose failures all left the window; true when there is room again. */
    private boolean sweep(Instant now) {
        Instant cut = now.minus(ACCOUNT_WINDOW);
        failuresByName.values().removeIf(failures -> {
            prune(failures, cut);
            return failures.isEmpty();
        });
        return failuresByName.size() < MAX_TRACKED_NAMES;
    }

    private static void prune(Deque<Instant> failures, Instant cut) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(cut)) failures.removeFirst();
    }
}
