package org.yadman.intake;

import java.time.Instant;
import java.util.Date;
import java.util.Random;
import org.yadman.store.Database;

/** An organisation key made with Bouncy Castle, and encrypted messages to it. */
final class IntakeFixtures {
    static final char[] ORG_PASSPHRASE = "organisation passphrase".toCharArray();
    private static final OpenPgp.KeyPair ORG = OpenPgp.newSubmitterKey(ORG_PASSPHRASE, new Date(1_700_000_000_000L));

    private IntakeFixtures() {}

    static OpenPgp.KeyPair orgKey() {
        return ORG;
    }

    static void installOrgKey(Database db) {
        new IntakeKeys(db.jdbi()).add(ORG.publicKey(), Instant.now());
    }

    /** An OpenPGP message of {@code size} random plaintext bytes, encrypted to the organisation. */
    static byte[] encryptedFile(int size) {
        byte[] plain = new byte[size];
        new Random(size).nextBytes(plain);
        return OpenPgp.encrypt(plain, OpenPgp.encryptionKeys(ORG.publicKey()), "file.bin");
    }
}
