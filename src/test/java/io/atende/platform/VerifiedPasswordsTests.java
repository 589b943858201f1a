package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The API's memory of verified passwords: pays bcrypt once per credential, never for a wrong or changed one. */
class VerifiedPasswordsTests {

    private final AtomicInteger checks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(10), 100);

    @Test
    void aMatchedPasswordIsCheckedAgainstBcryptOnlyOnce() {
        String hash = passwords.encode("segredo-1");

        assertThat(passwords.matches("segredo-1", hash)).isTrue();
        assertThat(passwords.matches("segredo-1", hash)).isTrue();
        assertThat(passwords.matches("segredo-1", hash)).isTrue();

        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAlwaysPaysTheFullCheck() {
        String hash = passwords.encode("segredo-1");

        assertThat(passwords.matches("errada", hash)).isFalse();
        assertThat(passwords.matches("errada", hash)).isFalse();

        assertThat(checks).hasValue(2);
    }

    @Test
    void aChangedPasswordHashIsNotMatchedByTheOldPassword() {
        String oldHash = passwords.encode("segredo-1");
        assertThat(passwords.matches("segredo-1", oldHash)).isTrue();

        String newHash = passwords.encode("segredo-2");

        assertThat(passwords.matches("segredo-1", newHash)).isFalse();
        assertThat(passwords.matches("segredo-2", newHash)).isTrue();
        assertThat(passwords.matches("segredo-2", oldHash)).isFalse();
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        AtomicLong nanos = new AtomicLong();
        VerifiedPasswords shortLived = new VerifiedPasswords(counting, Duration.ofMinutes(10), 100, nanos::get);
        String hash = shortLived.encode("segredo-1");

        assertThat(shortLived.matches("segredo-1", hash)).isTrue();
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(shortLived.matches("segredo-1", hash)).isTrue();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(shortLived.matches("segredo-1", hash)).isTrue();

        assertThat(checks).hasValue(2);
    }
}
