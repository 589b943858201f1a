package io.atende.ticket.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.team.SignedInAgent;
import io.atende.team.Teams;
import io.atende.ticket.internal.ChannelNotAllowedException;
import io.atende.ticket.CompanyBlockedException;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.InvalidTicketException;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The phone channel (issue 15; seed: Atendimento Telefônico; R4, R5, R10): an agent taking a call finds the caller
 * (e-mail, name, company, CNPJ), confirms who is calling, sees whether the company is blocked (R4: only CST
 * subjects, with the text to read) and whether the contact may open tickets, and opens the ticket for them with
 * channel TELEFONE. Any member of a team (or a process administrator) signed in to Tasklist may take calls.
 */
@Controller
class PhoneTicketPage {

    static final String PATH = "/equipe/telefone";
    static final int RESULTS = 20;

    private final Teams teams;
    private final CustomerDirectory customers;
    private final TicketDesk desk;
    private final Clock clock;

    PhoneTicketPage(Teams teams, CustomerDirectory customers, TicketDesk desk, Clock clock) {
        this.teams = teams;
        this.customers = customers;
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String search(@RequestParam(name = "busca", required = false) String query,
            @RequestParam(name = "aberto", required = false) String opened, Model model) {
        if (opened != null && opened.matches("\\d{1,12}")) {
            model.addAttribute("aberto", opened);
        }
        model.addAttribute("busca", query == null ? "" : query);
        if (query != null && query.strip().length() < 3) {
            model.addAttribute("erro", "Digite ao menos 3 letras do e-mail, do nome ou da empresa, ou o CNPJ.");
        } else if (query != null) {
            model.addAttribute("resultados", customers.searchCallers(query, RESULTS));
        }
        return "equipe/telefone";
    }

    @GetMapping(PATH + "/contatos/{id}")
    String caller(@PathVariable String id, HttpServletResponse response, Model model) {
        return withCaller(id, response, model, caller -> {
            model.addAttribute("inicio", clock.instant().toString());
            model.addAttribute("campos", Map.of());
            return "equipe/telefone-ticket";
        });
    }

    @PostMapping(PATH + "/contatos/{id}")
    String open(@PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return withCaller(id, response, model, caller -> {
            model.addAttribute("inicio", form.getOrDefault("inicio", clock.instant().toString()));
            model.addAttribute("campos", form);
            if (!"sim".equals(form.get("confirmado"))) {
                return refused(response, model, HttpStatus.BAD_REQUEST, "Confirme quem está ligando (nome e e-mail do "
                        + "contato, ou o CNPJ da empresa) antes de abrir o ticket.");
            }
            try {
                Ticket ticket = desk.openByPhone(caller, TicketRequests.phoneDraft(new OpenTicketRequest(
                        form.get("tipo"), null, form.get("produto"), form.get("rotina"), form.get("versao"),
                        form.get("ambiente"), form.get("assunto"), form.get("descricao"), form.get("impacto"),
                        form.get("urgencia"), null)), agent.name(), callStart(form.get("inicio")));
                return "redirect:" + PATH + "?aberto=" + ticket.number();
            } catch (InvalidTicketException e) {
                return refused(response, model, HttpStatus.BAD_REQUEST, e.getMessage());
            } catch (CompanyBlockedException | ChannelNotAllowedException e) {
                return refused(response, model, HttpStatus.CONFLICT, e.getMessage());
            }
        });
    }

    private Instant callStart(String text) {
        try {
            Instant start = text == null ? null : Instant.parse(text);
            Instant now = clock.instant();
            return start == null || start.isAfter(now) || start.isBefore(now.minusSeconds(12 * 3600)) ? now : start;
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    private static String refused(HttpServletResponse response, Model model, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("erro", message);
        return "equipe/telefone-ticket";
    }

    private interface CallerPage {
        String render(Customer caller);
    }

    private String withCaller(String id, HttpServletResponse response, Model model, CallerPage page) {
        Optional<Customer> caller;
        try {
            caller = customers.byContactId(Long.valueOf(id));
        } catch (NumberFormatException e) {
            caller = Optional.empty();
        }
        if (caller.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("mensagem", "Contato não encontrado. Procure de novo pelo e-mail, nome, empresa ou CNPJ.");
            return "equipe/telefone";
        }
        model.addAttribute("contato", caller.get());
        model.addAttribute("bloqueio", caller.get().companyBlocked() ? new CompanyBlockedException().getMessage() : null);
        model.addAttribute("tipos", caller.get().companyBlocked() ? List.of(TicketType.ADMINISTRATIVO)
                : List.of(TicketType.values()));
        model.addAttribute("produtos", Product.values());
        model.addAttribute("ambientes", Environment.values());
        model.addAttribute("impactos", Impact.values());
        model.addAttribute("urgencias", Urgency.values());
        return page.render(caller.get());
    }

}
