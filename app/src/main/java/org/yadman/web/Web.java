package org.yadman.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** Request helpers shared by every capability: language, viewer, rendering. */
public final class Web {
    static final String LANG = "yadman.lang";
    static final String VIEWER = "yadman.viewer";
    static final String SITE = "yadman.site";

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private Web() {}

    public static Lang lang(Context ctx) {
        Lang lang = ctx.attribute(LANG);
        return lang == null ? Lang.EN : lang;
    }

    /** The signed-in user, or null for an anonymous request. */
    public static Viewer viewer(Context ctx) {
        return ctx.attribute(VIEWER);
    }

    public static void setViewer(Context ctx, Viewer viewer) {
        ctx.attribute(VIEWER, viewer);
    }

    public static Site site(Context ctx) {
        return ctx.attribute(SITE);
    }

    static String otherLanguagePath(Context ctx) {
        String path = ctx.path();
        Lang lang = lang(ctx);
        String rest = path.length() > 3 ? path.substring(3) : "/";
        String query = ctx.queryString();
        return "/" + lang.other().code() + rest + (query == null ? "" : "?" + query);
    }

    /** Renders a precompiled jte template (path under src/main/jte) as the response. */
    public static void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Renders the error page for {@code status} in the request's language. */
    public static void error(Context ctx, HttpStatus status, String titleKey, String textKey) {
        ctx.status(status);
        render(ctx, "error.jte", Map.of("page", Page.of(ctx, titleKey), "text", lang(ctx).t(textKey)));
    }
}
