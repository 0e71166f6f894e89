package org.yadman.intake;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks, without any key, that bytes have the shape of an OpenPGP message encrypted to public
 * keys (RFC 9580 section 10.3): one or more session-key packets (PKESK, tag 1; SKESK, tag 3), then
 * exactly one encrypted-data packet (SEIPD, tag 18, or OCB AEAD, tag 20) that runs to the last byte.
 * Packet headers of both formats and partial body lengths are walked to the end, so a truncated
 * or padded stream, plaintext, or an armored text is refused naming the byte offset.
 */
public final class PacketShape {
    private static final int PKESK = 1;
    private static final int SKESK = 3;
    private static final int SEIPD = 18;
    private static final int AEAD = 20;

    private PacketShape() {}

    /** Thrown for bytes that are not such a message; the message says where and why. */
    public static final class NotEncrypted extends Exception {
        NotEncrypted(String message) {
            super(message);
        }
    }

    /** Reads {@code in} to its end; returns the number of bytes read, or throws naming the problem. */
    public static long check(InputStream in) throws IOException, NotEncrypted {
        Counting c = new Counting(in);
        int sessionKeys = 0;
        while (true) {
            long at = c.count;
            int header = c.in.read();
            if (header < 0) {
                if (at == 0) throw new NotEncrypted("it is empty");
                throw new NotEncrypted("it ends after " + sessionKeys + " session key packet(s) without encrypted data");
            }
            c.count++;
            if ((header & 0x80) == 0) {
                throw new NotEncrypted(at == 0 && header == '-' ? "it is ASCII-armored text; send the binary OpenPGP message"
                        : "byte " + at + " is not an OpenPGP packet header");
            }
            boolean newFormat = (header & 0x40) != 0;
            int tag = newFormat ? header & 0x3f : (header >> 2) & 0x0f;
            boolean data = tag == SEIPD || tag == AEAD;
            if (!data && tag != PKESK && tag != SKESK) {
                throw new NotEncrypted("packet at byte " + at + " has tag " + tag + "; an encrypted message holds only session keys (1, 3) then encrypted data (18, 20)");
            }
            if (data && sessionKeys == 0) throw new NotEncrypted("encrypted data at byte " + at + " has no session key packet before it");
            if (newFormat) skipNewFormatBody(c, data, at);
            else skipOldFormatBody(c, header & 0x03, data, at);
            if (data) {
                if (c.in.read() >= 0) throw new NotEncrypted("bytes follow the encrypted data packet at byte " + c.count);
                return c.count;
            }
            sessionKeys++;
        }
    }

    private static void skipNewFormatBody(Counting c, boolean data, long at) throws IOException, NotEncrypted {
        boolean first = true;
        while (true) {
            int o1 = c.readByte(at);
            long length;
            boolean partial = false;
            if (o1 < 192) {
                length = o1;
            } else if (o1 < 224) {
                length = ((long) (o1 - 192) << 8) + c.readByte(at) + 192;
            } else if (o1 == 255) {
                length = 0;
                for (int i = 0; i < 4; i++) length = (length << 8) | c.readByte(at);
            } else {
                if (!data) throw new NotEncrypted("packet at byte " + at + " uses a partial length, allowed only for data packets");
                length = 1L << (o1 & 0x1f);
                if (first && length < 512) throw new NotEncrypted("packet at byte " + at + " starts with a partial length below 512");
                partial = true;
            }
            c.skip(length, at);
            first = false;
            if (!partial) return;
        }
    }

    private static void skipOldFormatBody(Counting c, int lengthType, boolean data, long at) throws IOException, NotEncrypted {
        if (lengthType == 3) {
            if (!data) throw new NotEncrypted("packet at byte " + at + " has an indeterminate length");
            while (c.in.read() >= 0) c.count++;
            return;
        }
        int bytes = 1 << lengthType;
        long length = 0;
        for (int i = 0; i < bytes; i++) length = (length << 8) | c.readByte(at);
        c.skip(length, at);
    }

    private static final class Counting {
        final InputStream in;
        long count;
        final byte[] buffer = new byte[1 << 16];

        Counting(InputStream in) {
            this.in = in;
        }

        int readByte(long packetAt) throws IOException, NotEncrypted {
            int b = in.read();
            if (b < 0) throw new NotEncrypted("the packet at byte " + packetAt + " is cut short at byte " + count);
            count++;
            return b;
        }

        void skip(long length, long packetAt) throws IOException, NotEncrypted {
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) throw new NotEncrypted("the packet at byte " + packetAt + " is cut short at byte " + count);
                count += n;
                left -= n;
            }
        }
    }

    /** For messages callers hold whole. */
    public static void checkBytes(byte[] bytes) throws NotEncrypted {
        try {
            check(new java.io.ByteArrayInputStream(bytes));
        } catch (EOFException e) {
            throw new NotEncrypted("it is cut short");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
