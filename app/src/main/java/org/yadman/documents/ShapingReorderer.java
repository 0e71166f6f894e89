package org.yadman.documents;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import java.text.Normalizer;

/** ICU's bidi reordering, with {@link PersianShaping} instead of ICU's shaper (which leaves Persian letters unjoined). */
final class ShapingReorderer implements BidiReorderer {
    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public String shapeText(String text) {
        return PersianShaping.shape(text);
    }

    /** Presentation forms back to letters (compatibility decomposition, as text extractors do). */
    @Override
    public String deshapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean form = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
            out.append(form ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return out.toString();
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
