package org.yadman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokensTest {
    private final Instant now = Instant.parse("2026-06-01T12:00:00Z");
    private final FormTokens tokens = new FormTokens(new byte[32]);

    @Test
    void changingAnyOneCharacterOfATokenInvalidatesIt() {
        String token = tokens.issue(now);
        assertThat(tokens.valid(token, now)).isTrue();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        for (int i = 0; i < token.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == token.charAt(i)) continue;
                String changed = token.substring(0, i) + c + token.substring(i + 1);
                assertThat(tokens.valid(changed, now)).as("position %d -> %s", i, c).isFalse();
            }
        }
    }

    @Test
    void tokensExpireAndDoNotComeFromTheFutureOrFromAnotherInstance() {
        String token = tokens.issue(now);
        assertThat(tokens.valid(token, now.plus(FormTokens.LIFETIME).minusSeconds(1))).isTrue();
        assertThat(tokens.valid(token, now.plus(FormTokens.LIFETIME))).isFalse();
        assertThat(tokens.valid(token, now.minus(FormTokens.SKEW).minus(Duration.ofSeconds(1)))).isFalse();
        byte[] otherSecret = new byte[32];
        otherSecret[0] = 1;
        assertThat(new FormTokens(otherSecret).valid(token, now)).isFalse();
        assertThat(tokens.valid(null, now)).isFalse();
        assertThat(tokens.valid("", now)).isFalse();
    }
}
