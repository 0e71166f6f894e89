package org.yadman.atlas;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * A photograph made safe to publish: no EXIF (camera, time, GPS position), XMP or IPTC left in it.
 * A JPEG loses those segments without being re-encoded (no loss of quality); a PNG is decoded and
 * written again, which keeps the pixels and drops every text and metadata chunk. Anything else is
 * refused: a format we cannot clean is a format we do not publish.
 */
public final class PhotoStripper {
    private PhotoStripper() {}

    /** The cleaned bytes and their media type. */
    public record Stripped(byte[] content, String mediaType) {}

    public static Stripped strip(byte[] original, String name) throws IOException {
        if (isJpeg(original)) {
            try {
                byte[] out = original;
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(out.length);
                new ExifRewriter().removeExifMetadata(out, buffer);
                out = buffer.toByteArray();
                buffer = new ByteArrayOutputStream(out.length);
                new JpegXmpRewriter().removeXmpXml(out, buffer);
                out = buffer.toByteArray();
                buffer = new ByteArrayOutputStream(out.length);
                new JpegIptcRewriter().removeIptc(out, buffer);
                return new Stripped(buffer.toByteArray(), "image/jpeg");
            } catch (ImagingException e) {
                throw new IOException(name + ": not a readable JPEG (" + e.getMessage() + ")", e);
            }
        }
        if (isPng(original)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
            if (image == null) throw new IOException(name + ": not a readable PNG");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(original.length);
            ImageIO.write(image, "png", buffer);
            return new Stripped(buffer.toByteArray(), "image/png");
        }
        throw new IOException(name + ": a photograph must be a JPEG or PNG file");
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
