package io.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ticket's status machine on its own (no Spring, no engine): every transition the lifecycle makes, and the
 * refusals that keep a ticket from an illegal state — a refused call changes nothing.
 */
class TicketTests {

    static final Instant T0 = Instant.parse("2026-12-07T13:00:00Z");
    static final Instant DUE = T0.plus(Duration.ofHours(10));

    static Ticket opened() {
        Ticket ticket = Ticket.open(new TicketDraft(TicketType.SUPORTE, Channel.PORTAL, Product.PROTHEUS,
                "MATA010", "12.1.2410", Environment.PRODUCAO, "Erro ao gravar", "Erro ao gravar o pedido.",
                Impact.ALTO, Urgency.ALTA), 1L, 2L, "Cliente", null, T0);
        setId(ticket, 10_000_001L); // the database's sequence gives it; messages name the ticket
        return ticket;
    }

    static Ticket classified() {
        Ticket ticket = opened();
        ticket.classify(Priority.URGENTE, "suporte-protheus", DUE, T0);
        return ticket;
    }

    static Ticket inAnalysis() {
        Ticket ticket = classified();
        ticket.startAnalysis("ana", T0.plusSeconds(60));
        return ticket;
    }

    static Ticket resolved() {
        Ticket ticket = inAnalysis();
        ticket.resolve("Aplique o pacote.", "ana", T0.plus(Duration.ofDays(9)), T0.plusSeconds(120));
        return ticket;
    }

    static Ticket closed() {
        Ticket ticket = resolved();
        ticket.accept("Cliente", T0.plusSeconds(180));
        ticket.closeAtEndOfProposal(T0.plusSeconds(180));
        return ticket;
    }

    @Test
    @DisplayName("FECHADO is the one end of the status machine; CANCELADO does not exist (nothing could reach it)")
    void closedIsTheOnlyEnd() {
        assertThat(Arrays.stream(TicketStatus.values()).filter(TicketStatus::isClosed))
                .containsExactly(TicketStatus.FECHADO);
        assertThat(Arrays.stream(TicketStatus.values()).map(Enum::name)).doesNotContain("CANCELADO");
        assertThat(opened().isClosed()).isFalse();
        assertThat(resolved().isClosed()).isFalse();
        assertThat(closed().isClosed()).isTrue();
    }

    // --- opening ---
    @Test
    @DisplayName("R16, R20: opened ABERTO without classification; classified once with team and deadline")
    void opensAndClassifiesOnce() {
        Ticket ticket = opened();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(ticket.getPriority()).isNull();

        ticket.classify(Priority.URGENTE, "suporte-protheus", DUE, T0);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(ticket.getPriority()).isEqualTo(Priority.URGENTE);
        assertThat(ticket.getTeam()).isEqualTo("suporte-protheus");
        assertThat(ticket.getSlaDueAt()).isEqualTo(DUE);
    }

    @Test
    @DisplayName("a second classification is refused: a correction is a reclassification (R20)")
    void refusesASecondClassification() {
        Ticket ticket = classified();
        int entries = ticket.getHistory().size();

        assertThatThrownBy(() -> ticket.classify(Priority.BAIXO, "cst", DUE.plusSeconds(3600), T0))
                .isInstanceOf(TicketStateException.class).hasMessageContaining("já foi classificado");

        assertThat(ticket.getPriority()).isEqualTo(Priority.URGENTE);
        assertThat(ticket.getTeam()).isEqualTo("suporte-protheus");
        assertThat(ticket.getSlaDueAt()).isEqualTo(DUE);
        assertThat(ticket.getHistory()).hasSize(entries);
    }

    @Test
    @DisplayName("a classification of a ticket in analysis or closed is refused")
    void refusesClassifyingOutsideTheQueue() {
        assertThatThrownBy(() -> inAnalysis().classify(Priority.BAIXO, "cst", DUE, T0))
                .isInstanceOf(TicketStateException.class);
        assertThatThrownBy(() -> closed().classify(Priority.BAIXO, "cst", DUE, T0))
                .isInstanceOf(TicketStateException.class);
    }

    @Test
    @DisplayName("a classification without team or deadline is a programming error, refused")
    void refusesAnIncompleteClassification() {
        assertThatThrownBy(() -> opened().classify(Priority.BAIXO, null, DUE, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opened().classify(Priority.BAIXO, "cst", null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- analysis ---
    @Test
    @DisplayName("R17: taken → EM_ANALISE; asking the customer stops the clock; the reply brings it back ABERTO")
    void asksAndResumesOnTheReply() {
        Ticket ticket = inAnalysis();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.EM_ANALISE);

        ticket.requestInformation("Qual é a versão?", "ana", T0.plusSeconds(120));
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.AGUARDANDO_CLIENTE);
        assertThat(ticket.getSlaDueAt()).isNull();

        assertThat(ticket.reply("12.1.2410", "Cliente", T0.plusSeconds(180))).isTrue();
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
        ticket.restartSla(DUE.plus(Duration.ofDays(1)));
        assertThat(ticket.getSlaDueAt()).isEqualTo(DUE.plus(Duration.ofDays(1)));
    }

    @Test
    @DisplayName("R20: the support clock does not restart while the ticket waits for the customer, is with "
            + "Manutenção, has a pending proposal or is closed")
    void refusesRestartingTheClockOutsideAnalysis() {
        Ticket waiting = inAnalysis();
        waiting.requestInformation("Qual é a versão?", "ana", T0.plusSeconds(120));
        Ticket maintenance = inAnalysis();
        maintenance.forwardToMaintenance("Falha no padrão.", "ana", DUE, T0.plusSeconds(120));

        for (Ticket ticket : List.of(waiting, maintenance, resolved(), closed())) {
            Instant before = ticket.getSlaDueAt();
            assertThatThrownBy(() -> ticket.restartSla(DUE.plus(Duration.ofDays(2))))
                    .as(ticket.getStatus().name()).isInstanceOf(TicketStateException.class);
            assertThat(ticket.getSlaDueAt()).isEqualTo(before);
        }
        assertThatThrownBy(() -> inAnalysis().restartSla(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the team resumes without the reply only while it waits for the customer")
    void resumesOnlyWhileWaiting() {
        Ticket ticket = inAnalysis();
        assertThatThrownBy(() -> ticket.resumeWithoutReply("por telefone", "ana", T0))
                .isInstanceOf(TicketStateException.class);
        ticket.requestInformation("Qual é a versão?", "ana", T0.plusSeconds(120));

        ticket.resumeWithoutReply("O cliente respondeu por telefone.", "ana", T0.plusSeconds(180));

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("R22: Manutenção's correction becomes the proposal")
    void maintenanceResolves() {
        Ticket ticket = inAnalysis();
        ticket.forwardToMaintenance("Falha no padrão.", "ana", DUE, T0.plusSeconds(120));
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.EM_MANUTENCAO);
        assertThatThrownBy(() -> ticket.requestInformation("?", "ana", T0)).isInstanceOf(TicketStateException.class);

        ticket.resolve("Corrigido no pacote.", "bruno", T0.plus(Duration.ofDays(9)), T0.plusSeconds(240));

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
        assertThat(ticket.getMaintenanceDueAt()).isNull();
    }

    // --- transfer ---
    @Test
    @DisplayName("R16: a transfer hands the ticket to the other team's queue, counted, deadline kept")
    void transfers() {
        Ticket ticket = inAnalysis();

        ticket.transfer("cst", "É dúvida de uso.", "ana", T0.plusSeconds(120));

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(ticket.getTeam()).isEqualTo("cst");
        assertThat(ticket.getTransferCount()).isEqualTo(1);
        assertThat(ticket.getSlaDueAt()).isEqualTo(DUE);
    }

    @Test
    @DisplayName("a transfer to the team that holds the ticket is refused and changes nothing")
    void refusesTheSameTeam() {
        Ticket ticket = inAnalysis();
        int entries = ticket.getHistory().size();

        assertThatThrownBy(() -> ticket.transfer("suporte-protheus", "engano", "ana", T0.plusSeconds(120)))
                .isInstanceOf(TicketStateException.class)
                .hasMessage("O ticket 10000001 já está com a equipe suporte-protheus; escolha outra equipe.");

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.EM_ANALISE);
        assertThat(ticket.getTransferCount()).isZero();
        assertThat(ticket.getHistory()).hasSize(entries);
    }

    @Test
    @DisplayName("a transfer without a destination, or outside the analysis, is refused")
    void refusesWithoutDestinationOrOutsideAnalysis() {
        assertThatThrownBy(() -> inAnalysis().transfer(" ", null, "ana", T0))
                .isInstanceOf(InvalidTicketException.class);
        assertThatThrownBy(() -> resolved().transfer("cst", null, "ana", T0))
                .isInstanceOf(TicketStateException.class);
        assertThatThrownBy(() -> closed().transfer("cst", null, "ana", T0))
                .isInstanceOf(TicketStateException.class);
    }

    // --- proposal ---
    @Test
    @DisplayName("R18: a contest within the window brings the ticket back to the team")
    void contestReturnsToTheTeam() {
        Ticket ticket = resolved();

        ticket.contest("Não resolveu.", "Cliente", T0.plus(Duration.ofDays(1)));

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(ticket.getContestDeadline()).isNull();
    }

    @Test
    @DisplayName("R18: after the window a contest is refused")
    void refusesALateContest() {
        Ticket ticket = resolved();

        assertThatThrownBy(() -> ticket.contest("Tarde.", "Cliente", T0.plus(Duration.ofDays(10))))
                .isInstanceOf(TicketStateException.class).hasMessageContaining("terminou");
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
    }

    @Test
    @DisplayName("R18: accepted → FECHADO (ACCEPTED); window ended → FECHADO (CONTEST_WINDOW_ENDED)")
    void closes() {
        Ticket accepted = closed();
        assertThat(accepted.getStatus()).isEqualTo(TicketStatus.FECHADO);
        assertThat(accepted.getCloseReason()).isEqualTo(CloseReason.ACCEPTED);

        Ticket silent = resolved();
        silent.closeWhenContestWindowEnds(T0.plus(Duration.ofDays(10)));
        assertThat(silent.isClosed()).isTrue();
        assertThat(silent.getCloseReason()).isEqualTo(CloseReason.CONTEST_WINDOW_ENDED);
    }

    @Test
    @DisplayName("only a pending proposal closes")
    void refusesClosingWithoutAProposal() {
        assertThatThrownBy(() -> inAnalysis().closeAtEndOfProposal(T0)).isInstanceOf(TicketStateException.class);
        assertThatThrownBy(() -> closed().closeWhenContestWindowEnds(T0)).isInstanceOf(TicketStateException.class);
    }

    // --- closed ---
    @Test
    @DisplayName("R19: a closed ticket takes no reply, team reply, attachment or verdict; a follow-up continues it")
    void refusesEverythingButNotes() {
        Ticket ticket = closed();
        int entries = ticket.getHistory().size();

        assertThatThrownBy(() -> ticket.reply("Obrigado", "Cliente", T0)).isInstanceOf(TicketStateException.class)
                .hasMessageContaining("acompanhamento");
        assertThatThrownBy(() -> ticket.replyAsTeam("Olá", "ana", T0)).isInstanceOf(TicketStateException.class);
        assertThatThrownBy(() -> ticket.recordAttachments(List.of("log.txt"), "Cliente", AuthorKind.CUSTOMER, T0))
                .isInstanceOf(TicketStateException.class);
        assertThatThrownBy(() -> ticket.contest("Não", "Cliente", T0)).isInstanceOf(TicketStateException.class);
        assertThatThrownBy(() -> ticket.accept("Cliente", T0)).isInstanceOf(TicketStateException.class);
        assertThat(ticket.getHistory()).hasSize(entries);

        ticket.addInternalNote("Cliente satisfeito.", "ana", "Ana", T0.plusSeconds(600));
        assertThat(ticket.getHistory()).hasSize(entries + 1);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.FECHADO);
    }

    private static void setId(Ticket ticket, long id) {
        try {
            Field field = Ticket.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(ticket, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
