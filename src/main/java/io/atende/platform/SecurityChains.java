package io.atende.platform;

/**
 * The order of every Spring Security filter chain, in one place: the first chain whose matcher takes a request
 * decides it alone, so a chain that claims a narrow path family must come before the portal's catch-all.
 * docs/architecture.md's Security table lists them in this order.
 */
public final class SecurityChains {

    /** Camunda's engine REST API ({@code /engine-rest/**}): the engine's own HTTP Basic filter decides. */
    public static final int ENGINE_REST = 1;
    /** Cockpit, Tasklist and Admin ({@code /camunda/**}): the webapps' own login, CSRF and headers. */
    public static final int CAMUNDA_WEBAPPS = 2;
    /** The staff pages ({@code /equipe/**}): the Tasklist login of the same session, per-path group rules. */
    public static final int STAFF_PAGES = 3;
    /** The staff API ({@code /api/admin/**}): HTTP Basic with a Camunda user. */
    public static final int STAFF_API = 5;
    /** The actuator ({@code /actuator/**}): health public, the rest for process administrators. */
    public static final int ACTUATOR = 6;
    /** The customer API ({@code /api/**}): HTTP Basic with a contact's e-mail and password. */
    public static final int CUSTOMER_API = 10;
    /** The one-click links of e-mails ({@code /acao/**}): the signed token is the credential. */
    public static final int MAIL_ACTIONS = 20;
    /** The API description ({@code /v3/api-docs}, Swagger UI): public. */
    public static final int PUBLIC_DOCS = 90;
    /** Everything else, the Portal do Cliente: form login of contacts. */
    public static final int PORTAL = 100;

    /**
     * Each Camunda group of a staff member becomes this authority plus the group id ({@code GROUP_cst}), on the staff
     * API and on the staff pages alike.
     */
    public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    private SecurityChains() {
    }
}
