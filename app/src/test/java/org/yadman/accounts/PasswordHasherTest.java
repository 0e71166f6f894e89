package org.yadman.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsAPhcStringThatVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("correct horse battery staple");
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void sameDataGivesDifferentHashesBecauseEachHasItsOwnSalt() {
        assertThat(hasher.hash("the same passphrase")).isNotEqualTo(hasher.hash("the same passphrase"));
    }

    @Test
    void parametersTravelInTheHashSoWeakerOldHashesStillVerifyAndAskToBeRehashed() {
        String old = new PasswordHasher(1024, 1, 1).hash("an older passphrase");
        assertThat(old).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.verify("an older passphrase", old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("x"))).isFalse();
    }

    @Test
    void knownAnswerFromTheReferenceImplementation() {
        // phc-winner-argon2, src/test.c: Argon2id v1.3, t=2, m=2^16 KiB, p=1, "password", salt "somesalt".
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(hasher.verify("password", reference)).isTrue();
        assertThat(hasher.verify("passwore", reference)).isFalse();
    }

    @Test
    void tamperedOrForeignHashesMatchNothing() {
        String hash = hasher.hash("a good long passphrase");
        String tampered = hash.substring(0, hash.length() - 2) + (hash.endsWith("AA") ? "BB" : "AA");
        assertThat(hasher.verify("a good long passphrase", tampered)).isFalse();
        assertThat(hasher.verify("a good long passphrase", hash.replace("argon2id", "argon2i"))).isFalse();
        assertThat(hasher.verify("a good long passphrase", "!disabled")).isFalse();
        assertThat(hasher.verify("a good long passphrase", null)).isFalse();
    }

    @Test
    void persianDigitsAndCompatibilityFormsMeanTheSamePassword() {
        assertThat(Credentials.normalisePassword("رمز ۱۲۳۴ و ٥٦")).isEqualTo("رمز 1234 و 56");
        assertThat(Credentials.normaliseName("  ａｎａ۷ ")).isEqualTo("ana7");
    }

    @Test
    void shortPasswordsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> Credentials.checkPassword("short pass"))
                .hasMessage("password too short: 10 characters, at least 12 required (a few unrelated words make a good one)");
        assertThatThrownBy(() -> Credentials.checkName("a b"))
                .hasMessageContaining("account name 'a b' is not allowed");
    }
}
