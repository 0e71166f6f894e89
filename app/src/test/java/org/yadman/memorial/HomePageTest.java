package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

class HomePageTest {
    @Test
    void persianHomeIsRightToLeftWithPersianDigitsAndStrictHeaders() {
        try (var site = RunningSite.start()) {
            site.database().jdbi().useHandle(h -> h.execute("INSERT INTO source (name) VALUES ('a'), ('b')"));
            var response = site.get("/fa/");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<html lang=\"fa\" dir=\"rtl\">").contains("<strong>۲</strong>");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void rootRedirectsToTheBrowsersLanguage() {
        try (var site = RunningSite.start()) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.baseUrl() + "/"))
                    .header("Accept-Language", "en-GB,en;q=0.9").build();
            assertThat(site.send(request).headers().firstValue("Location")).hasValue("/en/");
            assertThat(site.get("/").headers().firstValue("Location")).hasValue("/fa/");
        }
    }

    @Test
    void syntheticBannerOnEveryPageIncludingErrors() {
        try (var site = RunningSite.start(true)) {
            assertThat(site.get("/en/").body()).contains("Synthetic demonstration data");
            var missing = site.get("/en/no-such-page");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("Synthetic demonstration data").contains("Not found");
        }
    }
}
