package org.yadman.atlas;

import java.util.List;
import org.yadman.linkage.PersianText;
import org.yadman.web.Lang;

/** Which of a place's names a page shows: one written in the page's script when there is one. */
public final class PlaceNames {
    private PlaceNames() {}

    public static String pick(List<String> names, Lang lang) {
        if (names == null || names.isEmpty()) return lang.t("atlas.place.unnamed");
        PersianText.Script wanted = lang == Lang.FA ? PersianText.Script.PERSIAN : PersianText.Script.LATIN;
        for (String name : names) if (PersianText.script(name) == wanted) return name;
        return names.get(0);
    }
}
