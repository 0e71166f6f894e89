package org.yadman.accounts;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The session cookie's wire form. HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), Path=/, no Domain, no Max-Age (the browser forgets it when closed; the server
 * enforces idle and absolute expiry anyway), and Secure whenever the browser's connection is
 * HTTPS: directly, or through a TLS proxy that says so ({@code X-Forwarded-Proto: https} or
 * {@code Forwarded: proto=https}).
 * Trusting that header can only make the cookie stricter, never looser, so any client may send it.
 */
final class SessionCookie {
    static final String NAME = "yadman_session";

    private SessionCookie() {}

    static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    static void set(Context ctx, String token) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + token + attributes(ctx));
    }

    static void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + attributes(ctx) + "; Max-Age=0");
    }

    private static String attributes(Context ctx) {
        return "; Path=/; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : "");
    }

    static boolean secure(Context ctx) {
        String forwardedProto = ctx.header("X-Forwarded-Proto");
        String forwarded = ctx.header("Forwarded"); // RFC 7239: for=...;proto=https
        return "https".equalsIgnoreCase(ctx.scheme())
                || (forwardedProto != null && forwardedProto.trim().equalsIgnoreCase("https"))
                || (forwarded != null && forwarded.toLowerCase(Locale.ROOT).matches(".*\\bproto=\"?https\\b.*"));
    }
}
