package org.yadman.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over a {@link RunningSite}: keeps the session cookie the site sets, fills the
 * {@code csrf} field from the last page it read, and signs in through the real login form.
 * {@code var browser = new Browser(site); browser.signIn("ana", "a long passphrase");}
 */
public final class Browser {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^yadman_session=([^;]*)");

    private final RunningSite site;
    private String sessionCookie;
    private String lastCsrf;

    public Browser(RunningSite site) {
        this.site = site;
    }

    /** Posts the login form as a person would (GET the form, fill it, POST it). */
    public HttpResponse<String> signIn(String name, String password) {
        get("/en/login");
        HttpResponse<String> response = post("/en/login", Map.of("name", name, "password", password));
        if (sessionCookie != null) get("/en/workspace"); // picks up the session's csrf token
        return response;
    }

    public HttpResponse<String> get(String path) {
        return remember(site.send(request(path).GET().build()));
    }

    /** A form post carrying the csrf token of the last page read (unless {@code fields} sets one). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (lastCsrf != null) all.put("csrf", lastCsrf);
        all.putAll(fields);
        return postExactly(path, all);
    }

    /** A form post with exactly these fields, no csrf token added. */
    public HttpResponse<String> postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(site.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(site.baseUrl() + path));
        if (sessionCookie != null) builder.header("Cookie", "yadman_session=" + sessionCookie);
        return builder;
    }

    public String sessionCookie() {
        return sessionCookie;
    }

    public String csrf() {
        return lastCsrf;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find()) sessionCookie = header.contains("Max-Age=0") || m.group(1).isEmpty() ? null : m.group(1);
        }
        Matcher csrf = CSRF_FIELD.matcher(response.body());
        if (csrf.find()) lastCsrf = csrf.group(1);
        return response;
    }
}
