package org.yadman.acts;

import org.yadman.web.Lang;

/**
 * A source as an act, a position or a grave status cites it. A protected source (a witness at risk)
 * is shown by its pseudonym only, wherever the reader is not an investigator in the workspace.
 */
public record SourceRef(long id, String name, String title, String reliability, boolean isProtected, Long recordId, String recordKey) {

    /** What a case file or a public page may show: the title or name, or the pseudonym of a protected witness. */
    public String publicLabel(Lang lang) {
        if (isProtected) return pseudonym(lang, id);
        return title == null || title.isBlank() ? name : title;
    }

    /** "Protected witness W-12": stable, and says nothing about who the witness is. */
    public static String pseudonym(Lang lang, long sourceId) {
        return lang.t("acts.source.protected", "W-" + sourceId);
    }
}
