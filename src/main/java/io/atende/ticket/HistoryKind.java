package io.atende.ticket;

/** What a history entry records, with the Portuguese label readers see. */
public enum HistoryKind {
    OPENED("Ticket aberto"),
    CLASSIFIED("Classificação"),
    CLASSIFICATION_PENDING("Classificação pendente"),
    ANALYSIS_STARTED("Análise iniciada"),
    INFORMATION_REQUESTED("Informações solicitadas ao cliente"),
    CUSTOMER_REPLY("Resposta do cliente"),
    SOLUTION_PROPOSED("Proposta de solução"),
    CONTESTED("Solução contestada"),
    ACCEPTED("Solução aceita"),
    CLOSED("Ticket fechado"),
    FORWARDED_TO_MAINTENANCE("Encaminhado para Manutenção"),
    TRANSFERRED("Transferido"),
    SLA_BREACHED("Prazo de SLA vencido"),
    FOLLOW_UP_OPENED("Ticket de acompanhamento aberto"),
    ATTACHMENTS_ADDED("Anexos adicionados"),
    ESCALATED_TO_OUVIDORIA("Levado à Ouvidoria");

    private final String label;

    HistoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
