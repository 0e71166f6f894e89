package org.yadman.intake;

import java.util.Optional;

/**
 * Finds the submission a receipt belongs to, such that a wrong receipt teaches nothing: a receipt
 * that matches nothing, a malformed one and one refused by the throttle all get the same answer
 * ("no submission for this receipt, or too many tries; wait a minute"), and none of them before
 * {@link IntakeSettings#wrongReceiptMillis()} has passed since the request began, which is longer
 * than the Argon2id hash every look-up computes.
 */
final class ReceiptLookup {
    private final Intake intake;

    ReceiptLookup(Intake intake) {
        this.intake = intake;
    }

    /** By receipt (the no-JavaScript path: the server computes the lookup secret). */
    Optional<Long> byReceipt(Receipt receipt, long startedNanos) {
        // Past the budget no Argon2id is spent: a flood costs sleeping threads, not CPU; the floor hides the difference.
        Optional<Long> found = Optional.empty();
        if (intake.receiptTries.tryAcquire()) {
            byte[] secret = intake.receiptKeys.lookupSecret(receipt == null ? new Receipt("0000000000000000") : receipt); // malformed costs the same
            if (receipt != null) found = intake.submissions.find(ReceiptKeys.lookupHash(secret));
        }
        return finish(found, startedNanos);
    }

    /** By lookup secret (the browser computed it; the receipt never left it). */
    Optional<Long> bySecret(byte[] lookupSecret, long startedNanos) {
        Optional<Long> found = Optional.empty();
        if (intake.receiptTries.tryAcquire() && lookupSecret != null && lookupSecret.length == 32) {
            found = intake.submissions.find(ReceiptKeys.lookupHash(lookupSecret));
        }
        return finish(found, startedNanos);
    }

    private Optional<Long> finish(Optional<Long> found, long startedNanos) {
        if (found.isEmpty()) waitUntil(startedNanos + intake.settings.wrongReceiptMillis() * 1_000_000L);
        return found;
    }

    private static void waitUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
