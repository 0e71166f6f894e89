package org.yadman.web;

import io.javalin.http.Context;

/**
 * What every page's layout needs: the language, the title, the path in the other language, who is
 * signed in (if anyone) with their form token, and whether the data shown is synthetic.
 */
public record Page(Lang lang, String title, String otherLanguagePath, Viewer viewer, boolean synthetic) {

    /** The page for the current request; {@code titleKey} is a text key. */
    public static Page of(Context ctx, String titleKey, Object... args) {
        Lang lang = Web.lang(ctx);
        return new Page(lang, lang.t(titleKey, args), Web.otherLanguagePath(ctx), Web.viewer(ctx), Web.site(ctx).synthetic());
    }

    /** Shortcut for templates: the text for {@code key} in this page's language. */
    public String t(String key, Object... args) {
        return lang.t(key, args);
    }

    /** A link inside the site in this page's language: {@code href("/search")} is {@code /fa/search}. */
    public String href(String path) {
        return "/" + lang.code() + path;
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public String csrfToken() {
        return viewer == null ? "" : viewer.csrfToken();
    }
}
