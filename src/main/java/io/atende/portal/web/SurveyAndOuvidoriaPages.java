package io.atende.portal.web;

import io.atende.account.Customer;
import io.atende.portal.internal.OuvidoriaPort;
import io.atende.portal.internal.PortalTickets;
import io.atende.portal.internal.SurveyPort;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The satisfaction survey of a ticket (R21) and the Ouvidoria escalation (R13), against the
 * portal's {@link SurveyPort} and {@link OuvidoriaPort}; their services are connected at merge.
 */
@Controller
class SurveyAndOuvidoriaPages {

    private final SurveyPort survey;
    private final OuvidoriaPort ouvidoria;
    private final PortalTickets tickets;

    SurveyAndOuvidoriaPages(SurveyPort survey, OuvidoriaPort ouvidoria, PortalTickets tickets) {
        this.survey = survey;
        this.ouvidoria = ouvidoria;
        this.tickets = tickets;
    }

    @GetMapping("/tickets/{number}/pesquisa")
    String surveyPage(HttpServletRequest request, @PathVariable String number, Model model) {
        Customer me = CurrentCustomer.of(request);
        model.addAttribute("ticket", tickets.view(me, number)); // 404 for a ticket the contact may not see
        model.addAttribute("invitation", survey.invitation(me, number).orElse(null));
        return "portal/pesquisa";
    }

    @PostMapping("/tickets/{number}/pesquisa")
    String answer(HttpServletRequest request, @PathVariable String number, @RequestParam(defaultValue = "") String avaliacao,
            @RequestParam(defaultValue = "") String comentario, RedirectAttributes redirect) {
        Customer me = CurrentCustomer.of(request);
        tickets.view(me, number);
        if (!avaliacao.equals("BOM") && !avaliacao.equals("RUIM")) {
            redirect.addFlashAttribute("error", "Escolha uma das duas respostas.");
            return "redirect:/tickets/" + number + "/pesquisa";
        }
        survey.answer(me, number, avaliacao.equals("BOM"), comentario.length() > 2000 ? comentario.substring(0, 2000)
                : comentario.strip());
        redirect.addFlashAttribute("notice", "Obrigado pela sua avaliação.");
        return "redirect:/tickets/" + number;
    }

    @GetMapping("/ouvidoria")
    String ouvidoriaPage(@RequestParam(required = false) String ticket, Model model) {
        model.addAttribute("available", ouvidoria.available());
        model.addAttribute("tickets", ticket == null ? "" : ticket);
        return "portal/ouvidoria";
    }

    @PostMapping("/ouvidoria")
    String escalate(HttpServletRequest request, @RequestParam(defaultValue = "") String tickets,
            @RequestParam(defaultValue = "") String relato, Model model, RedirectAttributes redirect) {
        Customer me = CurrentCustomer.of(request);
        List<String> numbers = Arrays.stream(tickets.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        if (numbers.isEmpty() || relato.isBlank()) {
            model.addAttribute("available", ouvidoria.available());
            model.addAttribute("tickets", tickets);
            model.addAttribute("error", "Informe o número de ao menos um ticket anterior e descreva o que aconteceu (R13).");
            return "portal/ouvidoria";
        }
        numbers.forEach(n -> this.tickets.view(me, n)); // each must be the contact's own / company's (else 404)
        String protocol = ouvidoria.escalate(me, numbers, relato.strip());
        redirect.addFlashAttribute("notice", "Pedido à Ouvidoria registrado: " + protocol + ".");
        return "redirect:/";
    }
}
