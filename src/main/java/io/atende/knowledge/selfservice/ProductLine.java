package io.atende.knowledge.selfservice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The product lines with update packages, communities and a life cycle (R23), each with the support team that
 * publishes its packages (the team ids of {@code io.atende.team.Teams}, the same the routing table sends the
 * product's tickets to). Fly01 and Cloud are services, not installed software: no packages to download.
 */
public enum ProductLine {
    PROTHEUS("Protheus", "suporte-protheus"),
    RM("RM", "suporte-rm"),
    DATASUL("Datasul", "suporte-datasul"),
    LOGIX("Logix", "suporte-logix"),
    SERIE1("Série 1", "suporte-serie1"),
    RMS("RMS", "suporte-rms"),
    FLUIG("fluig", "suporte-fluig");

    private final String label;
    private final String teamId;

    ProductLine(String label, String teamId) {
        this.label = label;
        this.teamId = teamId;
    }

    /** The name customers read, e.g. "Série 1". */
    public String label() {
        return label;
    }

    /** The Camunda group of the team that supports the product and publishes its packages. */
    public String teamId() {
        return teamId;
    }

    /** The product line named {@code value} (its enum name, any case, surrounding blanks ignored); empty otherwise. */
    public static Optional<ProductLine> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip();
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }
}
