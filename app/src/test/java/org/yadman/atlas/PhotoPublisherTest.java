package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/**
 * A published photograph carries no EXIF, GPS or XMP; the evidentiary original still does, and is
 * byte for byte what was received.
 */
class PhotoPublisherTest {
    @TempDir Path data;

    @Test
    void publishedCopyHasNoMetadataAndTheOriginalIsUnchanged() throws Exception {
        byte[] original = TestPhotos.jpegWithGps();
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation().getLatitude())
                .as("the test photo really has a GPS position").isCloseTo(TestPhotos.LATITUDE, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(before.containsDirectoryOfType(XmpDirectory.class)).isTrue();

        try (Database db = TestDatabases.fresh()) {
            EvidenceStore store = EvidenceStore.in(data);
            EvidenceItems items = new EvidenceItems(db.dataSource(), store);
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            long originalId = items.receive(new ByteArrayInputStream(original), "portrait.jpg", "family archive", null, "ana", now);
            var rows = new AtlasRows(db);
            long person = rows.published("Ali Rahimi");
            Exhibitions exhibitions = new Exhibitions(db.jdbi());
            long exhibition = exhibitions.create("Portraits", "چهره‌ها", "", "", null, now);
            long item = exhibitions.addItem(exhibition, person, "A teacher.", "آموزگار.", null, now);

            long publishedId = new PhotoPublisher(db.dataSource(), store, exhibitions).publish(item, originalId, "ana", now);

            byte[] served = db.jdbi().withHandle(h -> h.createQuery("SELECT content FROM exhibition_photo WHERE evidence_id = :id")
                    .bind("id", publishedId).mapTo(byte[].class).one());
            assertNoMetadata(served);
            assertThat(ImageIO.read(new ByteArrayInputStream(served))).as("still a picture").extracting(i -> i.getWidth()).isEqualTo(64);
            try (var c = db.dataSource().getConnection()) {
                EvidenceItems.Item derived = items.item(c, publishedId);
                assertThat(derived.derivedFrom()).isEqualTo(originalId);
                assertThat(derived.sha256()).isEqualTo(sha256(served));
                assertThat(Files.readAllBytes(store.path(derived.sha256()))).isEqualTo(served);
                EvidenceItems.Item kept = items.item(c, originalId);
                byte[] stored = Files.readAllBytes(store.path(kept.sha256()));
                assertThat(sha256(stored)).isEqualTo(kept.sha256()).isEqualTo(sha256(original));
                assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored)).containsDirectoryOfType(GpsDirectory.class))
                        .as("the evidentiary original keeps its GPS position").isTrue();
                assertThat(EvidenceItems.custody(c, originalId)).extracting(EvidenceItems.Custody::action).containsExactly("received", "copied");
            }
            assertThat(exhibitions.items(exhibition)).singleElement().extracting(Exhibitions.Item::photoPublished).isEqualTo(publishedId);
        }
    }

    @Test
    void aFileThatIsNoPhotographIsRefusedByName() {
        assertThatThrownBy(() -> PhotoStripper.strip("GIF89a...".getBytes(), "scan.gif"))
                .hasMessageContaining("scan.gif").hasMessageContaining("JPEG or PNG");
    }

    static void assertNoMetadata(byte[] image) throws Exception {
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
        assertThat(after.containsDirectoryOfType(GpsDirectory.class)).as("GPS").isFalse();
        assertThat(after.containsDirectoryOfType(ExifIFD0Directory.class)).as("EXIF").isFalse();
        assertThat(after.containsDirectoryOfType(XmpDirectory.class)).as("XMP").isFalse();
        assertThat(after.containsDirectoryOfType(IptcDirectory.class)).as("IPTC").isFalse();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
