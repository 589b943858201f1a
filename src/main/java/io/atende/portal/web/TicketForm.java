package io.atende.portal.web;

/** The new-ticket form's fields, as posted (R16); checked by {@link TicketPages}. */
public class TicketForm {

    private String type = "SUPORTE";
    private String product;
    private String routine;
    private String version;
    private String environment;
    private String subject;
    private String description;
    private String impact;
    private String urgency;
    private String parentNumber;
    private boolean billingAccepted;
    /** R7: the articles the page suggested while the ticket was written (ids, comma-separated; set by the script). */
    private String shownArticles;

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getRoutine() { return routine; }
    public void setRoutine(String routine) { this.routine = routine; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getEnvironment() { return environment; }
    public void setEnvironment(String environment) { this.environment = environment; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getImpact() { return impact; }
    public void setImpact(String impact) { this.impact = impact; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getParentNumber() { return parentNumber; }
    public void setParentNumber(String parentNumber) { this.parentNumber = parentNumber; }
    public boolean isBillingAccepted() { return billingAccepted; }
    public void setBillingAccepted(boolean billingAccepted) { this.billingAccepted = billingAccepted; }

    public String getShownArticles() {
        return shownArticles;
    }

    public void setShownArticles(String shownArticles) {
        this.shownArticles = shownArticles;
    }
}
