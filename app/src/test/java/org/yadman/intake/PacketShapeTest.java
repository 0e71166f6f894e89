package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The server's check that bytes are an encrypted OpenPGP message, on hand-made packet streams. */
class PacketShapeTest {
    /** The packets one after another. */
    private static byte[] message(byte[]... packets) {
        int n = 0;
        for (byte[] p : packets) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : packets) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** An old-format header (tag 1, one-byte length), as GnuPG writes; and a new-format one (tag 18 needs it). */
    private static final byte[] OLD_PKESK = {(byte) 0x84, 3, 3, 0, 0};
    private static final byte[] NEW_SEIPD = {(byte) 0xd2, 2, 1, 9};

    @Test
    void acceptsSessionKeysThenEncryptedDataOfBothHeaderFormats() throws Exception {
        PacketShape.checkBytes(message(OLD_PKESK, NEW_SEIPD));
        byte[] partial = new byte[2 + 512 + 1 + 3];
        partial[0] = (byte) 0xd2;
        partial[1] = (byte) (224 + 9); // a partial body of 512 bytes
        partial[2 + 512] = 3; // then a final body of 3 bytes
        PacketShape.checkBytes(message(OLD_PKESK, partial));
        assertThat(PacketShape.check(new java.io.ByteArrayInputStream(message(OLD_PKESK, NEW_SEIPD)))).isEqualTo(9);
    }

    @Test
    void refusesPlaintextArmorTruncationTrailingBytesAndMissingKeys() {
        assertThatThrownBy(() -> PacketShape.checkBytes("hello".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("byte 0 is not an OpenPGP packet header");
        assertThatThrownBy(() -> PacketShape.checkBytes("-----BEGIN PGP MESSAGE-----".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("ASCII-armored");
        byte[] whole = message(OLD_PKESK, NEW_SEIPD);
        assertThatThrownBy(() -> PacketShape.checkBytes(Arrays.copyOf(whole, whole.length - 1))).hasMessageContaining("cut short");
        assertThatThrownBy(() -> PacketShape.checkBytes(Arrays.copyOf(whole, whole.length + 1))).hasMessageContaining("bytes follow");
        assertThatThrownBy(() -> PacketShape.checkBytes(NEW_SEIPD)).hasMessageContaining("no session key packet before it");
        assertThatThrownBy(() -> PacketShape.checkBytes(message(OLD_PKESK, new byte[] {(byte) 0xcb, 1, 0})))
                .hasMessageContaining("has tag 11");
        assertThatThrownBy(() -> PacketShape.checkBytes(new byte[0])).hasMessageContaining("empty");
    }
}
