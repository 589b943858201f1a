package io.atende.portal.internal;

import io.atende.account.ContactAccounts;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.portal.AccountMail;
import io.atende.portal.internal.AccountToken.Purpose;
import io.atende.portal.PortalSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mailed links of the account journeys: first access (R1), invitation (R2), forgotten
 * password (R3). A link carries 256 random bits; only their SHA-256 is stored; it works once and
 * expires; setting a password through one voids every other open link of the contact.
 */
@Service
@Transactional
public class AccountLinks {

    private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** R3: at most this many reset e-mails per contact and hour, so the form cannot flood a mailbox. */
    static final int MAX_RESETS_PER_HOUR = 3;

    private final AccountTokens tokens;
    private final ContactAccounts accounts;
    private final CustomerDirectory directory;
    private final PasswordRules rules;
    private final AccountMail mail;
    private final PortalSettings settings;
    private final Clock clock;

    AccountLinks(AccountTokens tokens, ContactAccounts accounts, CustomerDirectory directory, PasswordRules rules,
            AccountMail mail, PortalSettings settings, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.directory = directory;
        this.rules = rules;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a link leads to, for the page that sets the password. */
    public record LinkTarget(String email, String name, boolean firstAccess, Instant expiresAt) {
    }

    /** The outcome of a staff activation: who, and until when the e-mailed link works. */
    public record Activation(Customer administrator, Instant linkExpiresAt) {
    }

    /** R1: CST activates the company's administrator; the e-mail carries the login and the link. */
    public Activation activateAdministrator(Long companyId, String name, String email) {
        Customer admin = accounts.activateAdministrator(companyId, name, email);
        Instant expires = issueAndSend(admin, Purpose.ACTIVATION, settings.activationValidity());
        return new Activation(admin, expires);
    }

    /** R2: the administrator invites a contact, who sets their own password from the e-mail. */
    public Customer invite(Customer administrator, String name, String email, boolean asAdministrator) {
        Customer contact = accounts.invite(administrator, name, email, asAdministrator);
        issueAndSend(contact, Purpose.INVITATION, settings.activationValidity());
        return contact;
    }

    /** R3: sends a reset link to an active contact; says nothing about whether the e-mail is known. */
    public void requestReset(String email) {
        Optional<Customer> contact = email == null ? Optional.empty()
                : directory.byEmail(email.trim()).filter(Customer::active);
        if (contact.isPresent() && tokens.countByContactIdAndPurposeAndCreatedAtAfter(contact.get().contactId(),
                Purpose.RESET, clock.instant().minus(Duration.ofHours(1))) >= MAX_RESETS_PER_HOUR) {
            log.warn("Password reset for contact {} not sent: {} already sent this hour", contact.get().contactId(),
                    MAX_RESETS_PER_HOUR);
        } else if (contact.isPresent()) {
            issueAndSend(contact.get(), Purpose.RESET, settings.resetValidity());
        } else {
            log.info("Password reset asked for an unknown or inactive e-mail");
        }
    }

    /** The contact a still-usable link leads to; empty when it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<LinkTarget> target(String rawToken) {
        return usable(rawToken).flatMap(token -> directory.byContactId(token.contactId())
                .filter(Customer::active)
                .map(c -> new LinkTarget(c.email(), c.contactName(), token.purpose() != Purpose.RESET, token.expiresAt())));
    }

    /**
     * Sets the password if the link is usable and the password follows {@link PasswordRules}; the
     * problems otherwise (empty list = done). The link is spent only on success.
     */
    public List<String> setPassword(String rawToken, String password, String confirmation) {
        Optional<AccountToken> found = usable(rawToken);
        Optional<Customer> contact = found.flatMap(t -> directory.byContactId(t.contactId())).filter(Customer::active);
        if (found.isEmpty() || contact.isEmpty()) {
            return List.of("Este link não vale mais: ele já foi usado ou expirou. Peça um novo em \"Esqueci minha senha\" "
                    + "ou ligue para a CST: 4003-0015, opção 7.");
        }
        List<String> problems = rules.problems(password, confirmation, contact.get().email());
        if (!problems.isEmpty()) {
            return problems;
        }
        accounts.setPassword(contact.get().contactId(), password);
        Instant now = clock.instant();
        tokens.findByContactIdAndUsedAtIsNull(contact.get().contactId()).forEach(t -> t.use(now));
        log.info("Contact {} set a password through a {} link", contact.get().contactId(), found.get().purpose());
        return List.of();
    }

    private Optional<AccountToken> usable(String rawToken) {
        if (rawToken == null || rawToken.length() < 20 || rawToken.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(rawToken)).filter(t -> t.usableAt(now));
    }

    private Instant issueAndSend(Customer contact, Purpose purpose, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        tokens.save(new AccountToken(contact.contactId(), purpose, hash(raw), now, expires));
        String path = purpose == Purpose.RESET ? "/redefinir-senha/" : "/primeiro-acesso/";
        String link = settings.link(path + raw);
        afterCommit(() -> {
            if (purpose == Purpose.RESET) {
                mail.sendPasswordReset(contact.email(), contact.contactName(), link);
            } else {
                mail.sendActivation(contact.email(), contact.contactName(), link);
            }
        });
        return expires;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
