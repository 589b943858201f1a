package io.atende.portal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password strong enough (R1, R3), stated on the page as {@link #RULES}: length first
 * (NIST SP 800-63B), then not the e-mail and not a well-known password. No composition rules.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final List<String> RULES = List.of(
            "ter pelo menos " + MIN_LENGTH + " caracteres (frases longas são ótimas, espaços valem);",
            "não ser o seu e-mail nem conter o seu nome de usuário do e-mail;",
            "não ser uma senha conhecida ou muito comum (como \"123456789012\" ou \"senha@123456\").");

    private final Set<String> common;

    PasswordRules() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("portal/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules {@code password} breaks, in Portuguese; empty when it is acceptable. */
    public List<String> problems(String password, String confirmation, String email) {
        List<String> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            problems.add("A senha precisa ter pelo menos " + MIN_LENGTH + " caracteres.");
        }
        if (value.length() > MAX_LENGTH) {
            problems.add("A senha aceita no máximo " + MAX_LENGTH + " caracteres.");
        }
        String lower = value.toLowerCase(Locale.ROOT).strip();
        String mail = email == null ? "" : email.toLowerCase(Locale.ROOT);
        String user = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
        if (!mail.isEmpty() && (lower.equals(mail) || (user.length() >= 4 && lower.contains(user)))) {
            problems.add("A senha não pode ser o seu e-mail nem conter o seu nome de usuário.");
        }
        if (common.contains(lower) || isRepetition(lower)) {
            problems.add("Essa senha é conhecida ou fácil de adivinhar. Escolha outra, por exemplo uma frase.");
        }
        if (confirmation != null && !value.equals(confirmation)) {
            problems.add("A confirmação não é igual à senha.");
        }
        return problems;
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc": one short block repeated. */
    private static boolean isRepetition(String value) {
        for (int block = 1; block <= 4 && block < value.length(); block++) {
            String unit = value.substring(0, block);
            if (unit.repeat(value.length() / block + 1).startsWith(value)) {
                return true;
            }
        }
        return false;
    }
}
