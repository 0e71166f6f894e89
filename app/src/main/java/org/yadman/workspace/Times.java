package org.yadman.workspace;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.Date;
import org.yadman.web.Lang;

/**
 * Moments shown in the workspace, in UTC (the server does not know the reader's zone, and says
 * so): Gregorian with ASCII digits in English, Solar Hijri with Persian digits in Persian.
 */
public final class Times {
    private Times() {}

    public static String format(Lang lang, Instant instant) {
        if (instant == null) return "—";
        SimpleDateFormat format = lang == Lang.FA
                ? new SimpleDateFormat("d MMMM y، HH:mm 'UTC'", new ULocale("fa_IR@calendar=persian"))
                : new SimpleDateFormat("yyyy-MM-dd HH:mm 'UTC'", ULocale.ENGLISH);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(instant));
    }
}
