package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-click links' tokens: {@code base64url(v1|action|ticket|contact|expiresEpochSecond|nonce)}
 * + "." + {@code base64url(HMAC-SHA256)} with the configured secret. Signed (no forged link works),
 * expiring, and single-use (the nonce is written when the action commits).
 */
@Component
public class ActionTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The development secret of application.yml; only the embedded (laptop) start may use it. */
    static final String DEVELOPMENT_SECRET = "atende-dev-secret-change-me-in-production";

    ActionTokens(MailSettings settings, DataSource dataSource, Clock clock) {
        String configured = settings.tokens().secret();
        if (!settings.embedded().enabled() && (configured.equals(DEVELOPMENT_SECRET) || configured.length() < 32)) {
            // Anyone who read the source could forge links with the development secret.
            throw new IllegalStateException("atende.mail.tokens.secret (ATENDE_MAIL_TOKEN_SECRET) must be set to a "
                    + "random value of at least 32 characters when the embedded mail server is off");
        }
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** What a token allows: one action on one ticket, as its contact, until {@code expiresAt}. */
    public record ActionToken(String action, long ticketNumber, long contactId, Instant expiresAt, String nonce) {
    }

    /** Why a token cannot be used (VALID when it can). */
    public enum Status { VALID, FORGED, EXPIRED, USED }

    public record Verification(Status status, ActionToken token) {
    }

    public String create(String action, long ticketNumber, long contactId, Instant expiresAt) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = String.join("|", "v1", action, Long.toString(ticketNumber), Long.toString(contactId),
                Long.toString(expiresAt.getEpochSecond()), HexFormat.of().formatHex(nonce));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    /** Checks signature, expiry and use; changes nothing. */
    public Verification verify(String token) {
        Optional<ActionToken> parsed = parse(token);
        if (parsed.isEmpty()) {
            return new Verification(Status.FORGED, null);
        }
        ActionToken t = parsed.get();
        if (clock.instant().isAfter(t.expiresAt())) {
            return new Verification(Status.EXPIRED, t);
        }
        if (used(t.nonce())) {
            return new Verification(Status.USED, t);
        }
        return new Verification(Status.VALID, t);
    }

    /** Marks the token used in the current transaction; false when it already was. */
    public boolean consume(ActionToken token) {
        try {
            jdbc.sql("insert into mail_action_token_use (nonce, action, ticket_number, used_at) values (:n, :a, :t, :at)")
                    .param("n", token.nonce()).param("a", token.action()).param("t", token.ticketNumber())
                    .param("at", Outbox.utc(clock.instant())).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private boolean used(String nonce) {
        return jdbc.sql("select count(*) from mail_action_token_use where nonce = :n").param("n", nonce)
                .query(Long.class).single() > 0;
    }

    private Optional<ActionToken> parse(String token) {
        try {
            if (token == null || token.length() > 1000) {
                return Optional.empty();
            }
            int dot = token.indexOf('.');
            if (dot < 1) {
                return Optional.empty();
            }
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 6 || !parts[0].equals("v1")) {
                return Optional.empty();
            }
            return Optional.of(new ActionToken(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                    Instant.ofEpochSecond(Long.parseLong(parts[4])), parts[5]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
