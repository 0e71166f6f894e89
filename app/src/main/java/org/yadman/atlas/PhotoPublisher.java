package org.yadman.atlas;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;

/**
 * Publishes an exhibition item's photograph from an evidence item: the original is read from the
 * evidence store (after checking it still hashes to its SHA-256) and never changed; the copy with
 * its metadata removed becomes a working copy derived from it (custody event "copied" on the
 * original, both in the evidence log), and its bytes are what the public pages serve.
 */
public final class PhotoPublisher {
    static final String DERIVATION = "published photograph: EXIF, GPS, XMP and IPTC metadata removed";

    private final EvidenceItems items;
    private final EvidenceStore store;
    private final Exhibitions exhibitions;
    private final javax.sql.DataSource ds;

    public PhotoPublisher(javax.sql.DataSource ds, EvidenceStore store, Exhibitions exhibitions) {
        this.ds = ds;
        this.items = new EvidenceItems(ds, store);
        this.store = store;
        this.exhibitions = exhibitions;
    }

    /** Returns the id of the derived (published) evidence item. */
    public long publish(long itemId, long originalEvidenceId, String actor, Instant at) throws IOException, SQLException {
        EvidenceItems.Item original;
        try (var c = ds.getConnection()) {
            original = items.item(c, originalEvidenceId);
        }
        String problem = store.check(original.sha256());
        if (problem != null) throw new IOException("evidence item " + originalEvidenceId + ": " + problem);
        byte[] bytes = Files.readAllBytes(store.path(original.sha256()));
        PhotoStripper.Stripped stripped = PhotoStripper.strip(bytes, original.originalName());
        long derived = items.deriveWorkingCopy(originalEvidenceId, new ByteArrayInputStream(stripped.content()), DERIVATION, actor, at);
        // A failure from here on leaves an unreferenced working copy, which harms nothing; the item stays as it was.
        exhibitions.attachPhoto(itemId, originalEvidenceId, derived, stripped, actor, at);
        return derived;
    }
}
