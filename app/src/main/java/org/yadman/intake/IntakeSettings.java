package org.yadman.intake;

/**
 * Limits of the intake (docs/configuration.md), read from system properties
 * {@code -Dyadman.intake.NAME=VALUE}; the defaults suit one organisation's public instance.
 *
 * @param maxUploadBytes largest encrypted file one resumable upload may declare
 * @param maxFormFileBytes largest file the no-JavaScript form takes (it is held in memory)
 * @param receiptTriesPerMinute receipt look-ups per minute, whole instance, right or wrong
 * @param submissionsPerMinute new submissions and additions per minute, whole instance
 * @param wrongReceiptMillis every failed look-up answers after this long, whatever failed
 * @param powBits leading zero bits the proof of work asks of scripts (0 turns it off)
 */
public record IntakeSettings(long maxUploadBytes, int maxFormFileBytes, int receiptTriesPerMinute, int submissionsPerMinute,
                             int wrongReceiptMillis, int powBits) {
    public static final IntakeSettings DEFAULTS = new IntakeSettings(3L << 30, 25 << 20, 30, 120, 600, 16);

    public static IntakeSettings fromSystemProperties() {
        return new IntakeSettings(
                Long.getLong("yadman.intake.maxUploadBytes", DEFAULTS.maxUploadBytes),
                Integer.getInteger("yadman.intake.maxFormFileBytes", DEFAULTS.maxFormFileBytes),
                Integer.getInteger("yadman.intake.receiptTriesPerMinute", DEFAULTS.receiptTriesPerMinute),
                Integer.getInteger("yadman.intake.submissionsPerMinute", DEFAULTS.submissionsPerMinute),
                Integer.getInteger("yadman.intake.wrongReceiptMillis", DEFAULTS.wrongReceiptMillis),
                Integer.getInteger("yadman.intake.powBits", DEFAULTS.powBits));
    }
}
