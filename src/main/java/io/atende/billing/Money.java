package io.atende.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in reais (BRL), always with two decimals (centavos). Arithmetic is exact on
 * {@link BigDecimal}; only the result is rounded, with {@link #ROUNDING} (never {@code double}).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Banker's rounding: half to the even centavo, so repeated roundings do not drift upwards. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        amount = amount.setScale(2, ROUNDING);
    }

    /** Parses "250.00" or "250" (a plain decimal with a point). */
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** The price of {@code minutes} at this hourly rate, rounded once to centavos. */
    public Money forMinutes(long minutes) {
        return new Money(amount.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, ROUNDING));
    }

    /** This amount changed by {@code percent} (e.g. 4.25 or -1.5), rounded once to centavos. */
    public Money adjustedBy(BigDecimal percent) {
        BigDecimal factor = BigDecimal.valueOf(100).add(percent);
        return new Money(amount.multiply(factor).divide(BigDecimal.valueOf(100), 2, ROUNDING));
    }

    /** "1234.56": for machines (JSON). */
    public String plain() {
        return amount.toPlainString();
    }

    /** "1234,56": decimal comma, no grouping (Brazilian spreadsheets). */
    public String decimalComma() {
        return amount.toPlainString().replace('.', ',');
    }

    /** "R$ 1.234,56": for people. */
    public String formatted() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(PT_BR));
        return "R$ " + format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
