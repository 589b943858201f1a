package io.atende.ticket.web;

import io.atende.team.SignedInAgent;
import io.atende.ticket.Impact;
import io.atende.ticket.InvalidTicketException;
import io.atende.ticket.RelatedArticles;
import io.atende.ticket.internal.StaffDesk;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNotFoundException;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketStateException;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Urgency;
import io.atende.ticket.process.Reclassification;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff ticket page: the whole ticket for the agents who work it. A task form shows at most 4,000
 * characters of a description or history; this page shows all of it, and the form's note links here.
 * The reader is the agent signed in to Tasklist in the same browser (the staff chain, team.StaffPagesSecurity, answers
 * 401 to anybody else); they may read the ticket when they belong to its current team, to Manutenção (which fixes
 * non-conformities of every team), to CST, are process administrators or were asked for help in one of its internal
 * notes ({@link StaffTicketAccess}, this page's {@code @PreAuthorize}). A refusal never shows any of the ticket's
 * content. The same readers write on it here (issue 15): internal notes, which the customer never
 * reads, and replies to the customer that leave the status as it is. When the knowledge module is present (issue
 * 14) the page lists the articles matching the ticket and, once it is solved, offers the agents who write its
 * product line's articles to start one from it.
 */
@Controller
class StaffTicketPage {

    /** The ticket's readers (see the class comment): members of its team, Manutenção, CST, administrators, ... */
    static final String READERS = "@staffTicketAccess.mayWorkOn(#number, principal)";
    /** Two agents writing on one ticket at once: the later one is tried again this many times. */
    static final int ATTEMPTS = 5;

    private final StaffTickets tickets;
    private final StaffDesk desk;
    private final Reclassification reclassification;
    private final TicketLookup lookup;
    private final ObjectProvider<RelatedArticles> articles;

    StaffTicketPage(StaffTickets tickets, StaffDesk desk, Reclassification reclassification,
            TicketLookup lookup, ObjectProvider<RelatedArticles> articles) {
        this.tickets = tickets;
        this.desk = desk;
        this.reclassification = reclassification;
        this.lookup = lookup;
        this.articles = articles;
    }

    @GetMapping(StaffTicketLinks.PATH + "{number}")
    @PreAuthorize(READERS)
    public String ticket(@PathVariable String number, @RequestParam(name = "enviado", required = false) String sent,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return withTicket(number, response, model, ticket -> {
            if ("nota".equals(sent)) {
                model.addAttribute("sucesso", "Nota interna registrada. O cliente não a vê.");
            } else if ("resposta".equals(sent)) {
                model.addAttribute("sucesso", "Resposta enviada ao cliente (e-mail e histórico). O status não mudou.");
            } else if ("classificacao".equals(sent)) {
                model.addAttribute("sucesso", "Classificação alterada; o prazo de SLA foi recalculado e registrado.");
            }
            articles(agent, TicketNumber.parse(number).orElseThrow(), model);
            return "equipe/ticket";
        });
    }

    @PostMapping(StaffTicketLinks.PATH + "{number}/notas")
    @PreAuthorize(READERS)
    public String note(@PathVariable String number, @RequestParam(name = "texto", required = false) String text,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return withTicket(number, response, model, ticket -> write(agent, number, text, "nota",
                response, model, n -> desk.addNote(n, agent.userId(), agent.name(), text)));
    }

    @PostMapping(StaffTicketLinks.PATH + "{number}/respostas")
    @PreAuthorize(READERS)
    public String reply(@PathVariable String number, @RequestParam(name = "texto", required = false) String text,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return withTicket(number, response, model, ticket -> write(agent, number, text,
                "resposta", response, model, n -> desk.replyToCustomer(n, agent.name(), text)));
    }

    @PostMapping(StaffTicketLinks.PATH + "{number}/classificacao")
    @PreAuthorize(READERS)
    public String reclassify(@PathVariable String number, @RequestParam(name = "impacto", required = false) String impact,
            @RequestParam(name = "urgencia", required = false) String urgency,
            @RequestParam(name = "motivo", required = false) String reason, @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        return withTicket(number, response, model, ticket -> write(agent, number, reason,
                "classificacao", response, model, n -> reclassification.reclassify(n, parse(Impact.class, impact, "impacto"),
                        parse(Urgency.class, urgency, "urgência"), reason, agent.name())));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketException(field, "Escolha o " + field.replace("urgência", "nível de urgência")
                    + " na lista.");
        }
    }

    private String write(SignedInAgent agent, String number, String text, String what, HttpServletResponse response,
            Model model, Consumer<TicketNumber> change) {
        TicketNumber ticketNumber = TicketNumber.parse(number).orElseThrow();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    change.accept(ticketNumber);
                    return "redirect:" + StaffTicketLinks.PATH + ticketNumber + "?enviado=" + what + "#historico";
                } catch (OptimisticLockingFailureException | org.camunda.bpm.engine.OptimisticLockingException e) {
                    if (attempt == ATTEMPTS) {
                        throw new TicketStateException("Outras pessoas estão alterando o ticket " + ticketNumber
                                + " agora. Recarregue a página e envie de novo.");
                    }
                }
            }
        } catch (InvalidTicketException e) {
            return refused(agent, HttpStatus.BAD_REQUEST, e.getMessage(), what, text, ticketNumber, response, model);
        } catch (TicketStateException e) {
            return refused(agent, HttpStatus.CONFLICT, e.getMessage(), what, text, ticketNumber, response, model);
        } catch (TicketNotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "equipe/nao-encontrado";
        }
    }

    /** The page again, with what went wrong and the text as typed, so nothing is lost. */
    private String refused(SignedInAgent agent, HttpStatus status, String message, String what, String text,
            TicketNumber number, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("ticket", tickets.view(number).orElseThrow());
        articles(agent, number, model);
        model.addAttribute("erro", message);
        model.addAttribute("nota".equals(what) ? "textoNota" : "resposta".equals(what) ? "textoResposta" : "textoMotivo",
                text);
        return "equipe/ticket";
    }

    /**
     * Issue 14: the articles matching the ticket ({@code artigos}, absent without the knowledge module) and whether
     * the agent may start one from it ({@code criarArtigo}: a solved ticket, an agent who writes its product's
     * articles; the knowledge module's POST checks the same again).
     */
    private void articles(SignedInAgent agent, TicketNumber number, Model model) {
        RelatedArticles related = articles.getIfAvailable();
        Optional<Ticket> ticket = lookup.byNumber(number);
        if (related == null || ticket.isEmpty()) {
            return;
        }
        Ticket t = ticket.get();
        model.addAttribute("artigos", related.forTicket(t));
        model.addAttribute("criarArtigo", t.getSolution() != null
                && (t.getStatus() == TicketStatus.RESOLVIDO || t.getStatus() == TicketStatus.FECHADO)
                && related.mayDraftFrom(agent, t));
    }

    /** The ticket for the agent who may work on it ({@code @PreAuthorize}), or the 404 page when there is no such ticket. */
    private String withTicket(String number, HttpServletResponse response, Model model,
            Function<StaffTicketView, String> page) {
        Optional<StaffTicketView> ticket = TicketNumber.parse(number).flatMap(tickets::view);
        if (ticket.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "equipe/nao-encontrado";
        }
        model.addAttribute("ticket", ticket.get());
        return page.apply(ticket.get());
    }
}
