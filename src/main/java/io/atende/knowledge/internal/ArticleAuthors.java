package io.atende.knowledge.internal;

import io.atende.team.SignedInAgent;
import io.atende.ticket.Product;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Who writes which articles (issue 14): an article of a product line is written by the members of that line's team,
 * an article without a product by the CST, any article by the process administrators.
 */
public final class ArticleAuthors {

    /** The team that writes each product line's articles. */
    public static final Map<Product, String> TEAMS = teams();
    /** The team that writes the articles without a product. */
    public static final String CST = "cst";

    private ArticleAuthors() {
    }

    private static Map<Product, String> teams() {
        Map<Product, String> teams = new EnumMap<>(Product.class);
        for (Product p : Product.values()) {
            teams.put(p, "suporte-" + p.name().toLowerCase(Locale.ROOT));
        }
        teams.put(Product.FLY01, "sac-fly01");
        teams.put(Product.CLOUD, "cloud");
        return teams;
    }

    /** The team that writes the articles of {@code product} (null: without a product). */
    public static String team(Product product) {
        return product == null ? CST : TEAMS.get(product);
    }

    public static boolean admin(SignedInAgent agent) {
        return agent.groupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    /** Whether the agent may write (and start from a ticket) the articles of {@code product}. */
    public static boolean mayWrite(SignedInAgent agent, Product product) {
        return admin(agent) || agent.groupIds().contains(team(product));
    }
}
