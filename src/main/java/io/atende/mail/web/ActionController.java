package io.atende.mail.web;

import io.atende.mail.MailSettings;
import io.atende.mail.internal.ActionTokens.Status;
import io.atende.mail.internal.OneClickActions;
import io.atende.ticket.InvalidTicketException;
import io.atende.ticket.Ticket;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind a one-click link. GET only shows what the action will do (mail scanners and
 * previews follow links); the page's button POSTs, with CSRF, to confirm.
 */
@Controller
class ActionController {

    private static final Logger log = LoggerFactory.getLogger(ActionController.class);

    private final OneClickActions actions;
    private final MailSettings settings;

    ActionController(OneClickActions actions, MailSettings settings) {
        this.actions = actions;
        this.settings = settings;
    }

    @GetMapping("/acao/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        OneClickActions.Preview preview = actions.preview(token);
        if (preview.status() != Status.VALID) {
            return invalid(preview.status(), model, response);
        }
        model.addAttribute("action", preview.action());
        model.addAttribute("ticketNumber", preview.ticketNumber());
        model.addAttribute("ticketSubject", preview.ticketSubject());
        model.addAttribute("token", token);
        model.addAttribute("reasonMax", Ticket.CUSTOMER_TEXT_MAX);
        // the ticket moved on (e.g. the proposal was contested through another link): say so, offer no button
        model.addAttribute("unavailable", preview.unavailable());
        model.addAttribute("portalUrl", settings.portalUrl());
        return "acao/confirmar";
    }

    @PostMapping("/acao/{token}")
    String confirm(@PathVariable String token, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response) {
        OneClickActions.Outcome outcome;
        try {
            outcome = actions.confirm(token, reason);
        } catch (RuntimeException refused) {
            // The ticket refused (e.g. the window ended) or the form is incomplete: nothing changed, token unspent.
            log.info("One-click action refused: {}", refused.getMessage());
            OneClickActions.Preview preview = actions.preview(token);
            if (preview.status() != Status.VALID) {
                return invalid(preview.status(), model, response);
            }
            // a bad form (no reason, a reason over the limit) is the sender's to mend; anything else is the ticket's state
            response.setStatus(refused instanceof IllegalArgumentException || refused instanceof InvalidTicketException
                    ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
            model.addAttribute("action", preview.action());
            model.addAttribute("ticketNumber", preview.ticketNumber());
            model.addAttribute("ticketSubject", preview.ticketSubject());
            model.addAttribute("token", token);
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("unavailable", preview.unavailable());
            model.addAttribute("portalUrl", settings.portalUrl());
            model.addAttribute("reasonMax", Ticket.CUSTOMER_TEXT_MAX);
            model.addAttribute("reason", reason == null || reason.length() <= Ticket.CUSTOMER_TEXT_MAX ? reason
                    : reason.substring(0, Ticket.CUSTOMER_TEXT_MAX));
            return "acao/confirmar";
        }
        if (outcome.status() != Status.VALID) {
            return invalid(outcome.status(), model, response);
        }
        model.addAttribute("message", outcome.message());
        model.addAttribute("portalUrl", settings.portalUrl());
        return "acao/concluido";
    }

    private String invalid(Status status, Model model, HttpServletResponse response) {
        response.setStatus(status == Status.FORGED ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("status", status.name());
        model.addAttribute("portalUrl", settings.portalUrl());
        return "acao/invalido";
    }
}
