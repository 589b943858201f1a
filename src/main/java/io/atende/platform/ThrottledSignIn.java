package io.atende.platform;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link SignInThrottle} before the password and counts failures after, for any password sign-in
 * (portal form, API Basic): a locked account or address is refused even with the right password, and every
 * other failure reads the same (unknown e-mail, wrong password, deactivated contact: no enumeration).
 */
public final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(account, address);
        if (!wait.isZero()) {
            throw new Throttled(wait);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(account);
            return result;
        } catch (AuthenticationException e) {
            Duration locked = throttle.recordFailure(account, address);
            if (!locked.isZero()) {
                throw new Throttled(locked);
            }
            throw new BadCredentialsException("E-mail ou senha inválidos.");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failures: how long to wait. */
    public static final class Throttled extends AuthenticationException {

        private final Duration wait;

        public Throttled(Duration wait) {
            super("Muitas tentativas de login.");
            this.wait = wait;
        }

        public Duration waitTime() {
            return wait;
        }

        /** The wait in whole minutes, at least one. */
        public long minutes() {
            return Math.max(1, (wait.toSeconds() + 59) / 60);
        }
    }
}
