package io.atende.ticket;

/** What a history entry records, with the Portuguese label readers see. */
public enum HistoryKind {
    OPENED("Ticket aberto"),
    CLASSIFIED("Classificação"),
    CLASSIFICATION_PENDING("Classificação pendente"),
    ANALYSIS_STARTED("Análise iniciada"),
    INFORMATION_REQUESTED("Informações solicitadas ao cliente"),
    CUSTOMER_REPLY("Resposta do cliente"),
    ANALYSIS_RESUMED("Análise retomada pela equipe"),
    SOLUTION_PROPOSED("Proposta de solução"),
    CONTESTED("Solução contestada"),
    ACCEPTED("Solução aceita"),
    CLOSED("Ticket fechado"),
    FORWARDED_TO_MAINTENANCE("Encaminhado para Manutenção"),
    TRANSFERRED("Transferido"),
    SLA_BREACHED("Prazo de SLA vencido"),
    FOLLOW_UP_OPENED("Ticket de acompanhamento aberto"),
    ATTACHMENTS_ADDED("Anexos adicionados"),
    ESCALATED_TO_OUVIDORIA("Levado à Ouvidoria"),
    /** Staff only: never shown to the customer (portal, API, e-mails). */
    INTERNAL_NOTE("Nota interna", true),
    TEAM_REPLY("Resposta da equipe"),
    RECLASSIFIED("Reclassificação");

    private final String label;
    private final boolean internal;

    HistoryKind(String label) {
        this(label, false);
    }

    HistoryKind(String label, boolean internal) {
        this.label = label;
        this.internal = internal;
    }

    public String label() {
        return label;
    }

    /** Whether only staff may read entries of this kind (internal notes). */
    public boolean internal() {
        return internal;
    }
}
