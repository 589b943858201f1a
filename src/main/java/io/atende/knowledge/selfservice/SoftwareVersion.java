package io.atende.knowledge.selfservice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One version of a product line in the life-cycle calendar (R23): released on a day, supported until another. */
public record SoftwareVersion(ProductLine product, String version, LocalDate released, LocalDate endOfSupport) {

    /** Where a version stands on a day. */
    public enum Standing { SUPPORTED, ENDING, UNSUPPORTED }

    /** The version's standing on {@code today}, and how many days of support are left. */
    public record Status(Standing standing, long daysLeft) {

        /** What customers read: "suportada", "fim do suporte em N dias", "sem suporte". */
        public String label() {
            return switch (standing) {
                case SUPPORTED -> "suportada";
                case ENDING -> daysLeft == 0 ? "fim do suporte hoje"
                        : "fim do suporte em " + daysLeft + (daysLeft == 1 ? " dia" : " dias");
                case UNSUPPORTED -> "sem suporte";
            };
        }
    }

    /**
     * Supported through {@code endOfSupport} included; {@link Standing#ENDING} when fewer than {@code warningDays}
     * days are left.
     */
    public Status statusOn(LocalDate today, int warningDays) {
        long left = ChronoUnit.DAYS.between(today, endOfSupport);
        if (left < 0) {
            return new Status(Standing.UNSUPPORTED, 0);
        }
        return new Status(left < warningDays ? Standing.ENDING : Standing.SUPPORTED, left);
    }
}
