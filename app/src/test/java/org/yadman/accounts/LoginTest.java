package org.yadman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yadman.testing.Browser;
import org.yadman.testing.MutableClock;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

class LoginTest {
    static final String PASSWORD = "seven long words make a passphrase";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.start(TestDatabases.fresh(), clock);
        new Users(site.database().jdbi()).add("ana", Role.INVESTIGATOR, PASSWORD, new PasswordHasher(), clock.instant());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private long count(String sql) {
        return site.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void publicPagesAndTheLoginFormSetNoCookie() {
        for (String path : List.of("/en/", "/fa/", "/en/login", "/fa/login", "/en/login?next=/en/workspace", "/en/no-such-page")) {
            var response = site.get(path);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(site.get("/en/login").body()).contains("name=\"csrf\" value=\"").contains("autocomplete=\"current-password\"");
    }

    @Test
    void persianLoginPageIsRightToLeftAndEveryAccountsAndWorkspaceTextExistsInBothLanguages() {
        var page = site.get("/fa/login");
        assertThat(page.body()).contains("<html lang=\"fa\" dir=\"rtl\">").contains("گذرواژه").contains("action=\"/fa/login\"");
        assertThat(org.yadman.web.Lang.missingKeys()).allSatisfy((language, missing) -> assertThat(missing).as(language).isEmpty());
        var failed = new Browser(site);
        failed.get("/fa/login");
        assertThat(failed.post("/fa/login", Map.of("name", "ana", "password", "wrong wrong wrong")).body())
                .contains("ورود انجام نشد");
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieWhoseHashAloneIsStored() {
        var browser = new Browser(site);
        var response = browser.signIn("ana", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/en/workspace");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("yadman_session=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Path=/").doesNotContain("Secure").doesNotContain("Domain");
        String token = browser.sessionCookie();
        assertThat(token).hasSize(43);
        String storedHash = site.database().jdbi().withHandle(h -> h.createQuery("SELECT encode(token_sha256, 'hex') FROM user_session")
                .mapTo(String.class).one());
        assertThat(storedHash).isEqualTo(HexFormat.of().formatHex(Sessions.sha256(token)));
        assertThat(count("SELECT count(*) FROM user_session WHERE csrf_token = '" + token + "'")).isZero();
        assertThat(browser.get("/en/workspace").statusCode()).isEqualTo(200);
    }

    @Test
    void cookieIsSecureWhenATlsProxySaysTheBrowserUsedHttps() {
        var browser = new Browser(site);
        browser.get("/en/login");
        var request = browser.request("/en/login").header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + browser.csrf() + "&name=ana&password=" + PASSWORD.replace(' ', '+')))
                .build();
        assertThat(site.send(request).headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("; Secure"));
        var rfc7239 = new Browser(site);
        rfc7239.get("/en/login");
        var second = rfc7239.request("/en/login").header("Forwarded", "for=192.0.2.1;proto=https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + rfc7239.csrf() + "&name=ana&password=" + PASSWORD.replace(' ', '+')))
                .build();
        assertThat(site.send(second).headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("; Secure"));
    }

    @Test
    void logoutClearsTheCookieAndDeletesTheSession() {
        var browser = new Browser(site);
        browser.signIn("ana", PASSWORD);
        String oldToken = browser.sessionCookie();
        assertThat(count("SELECT count(*) FROM user_session")).isEqualTo(1);
        var response = browser.post("/en/logout", Map.of());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(c ->
                assertThat(c).startsWith("yadman_session=;").contains("Max-Age=0").contains("HttpOnly"));
        assertThat(count("SELECT count(*) FROM user_session")).isZero();
        var replay = site.send(HttpRequest.newBuilder(java.net.URI.create(site.baseUrl() + "/en/workspace"))
                .header("Cookie", "yadman_session=" + oldToken).build());
        assertThat(replay.statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordAndUnknownNameGetTheSameWordsAndNoCookie() {
        var wrong = new Browser(site).signIn("ana", "not the passphrase at all");
        var unknown = new Browser(site).signIn("nobody", PASSWORD);
        for (HttpResponse<String> response : List.of(wrong, unknown)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Sign-in failed: the account name or the password is not right.");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM user_session")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'login_failed'")).isEqualTo(2);
    }

    @Test
    void fifthFailureLocksTheAccountUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) new Browser(site).signIn("ana", "wrong guess number " + i);
        var locked = new Browser(site).signIn("ana", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(locked.body()).contains("Too many failed sign-ins");
        clock.advance(LoginThrottle.ACCOUNT_WINDOW);
        assertThat(new Browser(site).signIn("ana", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void loginPostWithoutOrWithAForgedFormTokenIsRefusedAndStartsNoSession() {
        var browser = new Browser(site);
        var missing = browser.postExactly("/en/login", Map.of("name", "ana", "password", PASSWORD));
        var forged = browser.postExactly("/en/login", Map.of("csrf", "AAAA.BBBB", "name", "ana", "password", PASSWORD));
        browser.get("/en/login");
        String real = browser.csrf();
        // The last character of an unpadded 32-byte tag carries 2 spare bits: only the canonical one counts.
        var lastCharacter = browser.postExactly("/en/login", Map.of("csrf", real.substring(0, real.length() - 1)
                + (real.endsWith("A") ? "B" : "A"), "name", "ana", "password", PASSWORD));
        int dot = real.indexOf('.');
        var issuedLater = browser.postExactly("/en/login", Map.of("csrf", real.substring(0, 3)
                + (real.charAt(3) == 'A' ? 'B' : 'A') + real.substring(4), "name", "ana", "password", PASSWORD));
        var tagChanged = browser.postExactly("/en/login", Map.of("csrf", real.substring(0, dot + 1)
                + (real.charAt(dot + 1) == 'A' ? 'B' : 'A') + real.substring(dot + 2), "name", "ana", "password", PASSWORD));
        for (HttpResponse<String> response : List.of(missing, forged, lastCharacter, issuedLater, tagChanged)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("The request was refused");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM user_session")).isZero();
    }

    @Test
    void loginFormTokenExpires() {
        var browser = new Browser(site);
        browser.get("/en/login");
        clock.advance(FormTokens.LIFETIME);
        assertThat(browser.post("/en/login", Map.of("name", "ana", "password", PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void crossSiteLoginPostIsRefusedEvenWithAValidToken() {
        var browser = new Browser(site);
        browser.get("/en/login");
        String body = "csrf=" + browser.csrf() + "&name=ana&password=" + PASSWORD.replace(' ', '+');
        for (String[] header : List.of(new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Origin", "https://evil.example"})) {
            var request = browser.request("/en/login").header(header[0], header[1])
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            assertThat(site.send(request).statusCode()).as(header[0]).isEqualTo(403);
        }
        assertThat(count("SELECT count(*) FROM user_session")).isZero();
    }

    @Test
    void signedInPostWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing() {
        var browser = new Browser(site);
        browser.signIn("ana", PASSWORD);
        var missing = browser.postExactly("/en/logout", Map.of());
        var wrong = browser.postExactly("/en/logout", Map.of("csrf", Sessions.randomToken()));
        // A form token proves nothing about a session: it is not accepted in place of the session's.
        browser.get("/en/");
        var formToken = browser.postExactly("/en/logout", Map.of("csrf", site.get("/en/login").body()
                .replaceAll("(?s).*name=\"csrf\" value=\"([^\"]*)\".*", "$1")));
        for (HttpResponse<String> response : List.of(missing, wrong, formToken)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM user_session")).isEqualTo(1);
        assertThat(browser.get("/en/workspace").statusCode()).isEqualTo(200);
    }

    @Test
    void idleSessionIsRefusedAndDeleted() {
        var browser = new Browser(site);
        browser.signIn("ana", PASSWORD);
        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertThat(browser.get("/en/workspace").statusCode()).isEqualTo(200);
        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertThat(browser.get("/en/workspace").statusCode()).as("activity keeps it alive").isEqualTo(200);
        clock.advance(Sessions.IDLE);
        var expired = browser.get("/en/workspace/sources");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location")).hasValue("/en/login?next=%2Fen%2Fworkspace%2Fsources");
        assertThat(count("SELECT count(*) FROM user_session")).isZero();
    }

    @Test
    void activeSessionStillEndsAtTheAbsoluteLimit() {
        var browser = new Browser(site);
        browser.signIn("ana", PASSWORD);
        for (long minutes = 0; minutes + 20 < Sessions.ABSOLUTE.toMinutes(); minutes += 20) {
            clock.advance(java.time.Duration.ofMinutes(20));
            assertThat(browser.get("/en/workspace").statusCode()).isEqualTo(200);
        }
        clock.advance(java.time.Duration.ofMinutes(20));
        assertThat(browser.get("/en/workspace").statusCode()).isEqualTo(302);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItsLogins() {
        var browser = new Browser(site);
        browser.signIn("ana", PASSWORD);
        new Users(site.database().jdbi()).disable("ana", clock.instant());
        assertThat(browser.get("/en/workspace").statusCode()).isEqualTo(302);
        assertThat(new Browser(site).signIn("ana", PASSWORD).body()).contains("Sign-in failed");
    }

    @Test
    void returnPathMayOnlyLeadInsideTheSite() {
        assertThat(LoginRoutes.safeNext("/fa/workspace/sources?x=1")).isEqualTo("/fa/workspace/sources?x=1");
        for (String bad : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/en/\r\nSet-Cookie:x", "/de/x"}) {
            assertThat(LoginRoutes.safeNext(bad)).as(bad).isEmpty();
        }
        var browser = new Browser(site);
        browser.get("/en/login");
        var response = browser.post("/en/login", Map.of("name", "ana", "password", PASSWORD, "next", "//evil.example/"));
        assertThat(response.headers().firstValue("Location")).hasValue("/en/workspace");
    }
}
