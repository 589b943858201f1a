package io.atende.portal.web;

import io.atende.account.ContactNotFoundException;
import io.atende.account.Customer;
import io.atende.portal.internal.ActiveContactFilter;
import io.atende.portal.internal.PortalActionRefusedException;
import io.atende.portal.internal.PortalUnavailableException;
import io.atende.ticket.TicketNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every portal page has: the logged-in contact ({@code me}) and the company's block (R4) for
 * the banner; not-found pages that look the same for a missing ticket and another company's.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
class PortalAdvice {

    static final String HELP_LINE = "4003-0015, opção 7";

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        Customer me = (Customer) request.getAttribute(ActiveContactFilter.CUSTOMER);
        model.addAttribute("me", me);
        model.addAttribute("blocked", me != null && me.companyBlocked());
        model.addAttribute("helpLine", HELP_LINE);
    }

    @ExceptionHandler({TicketNotFoundException.class, ContactNotFoundException.class})
    String notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        common(request, model);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", e.getMessage());
        return "portal/nao-encontrado";
    }

    @ExceptionHandler(PortalActionRefusedException.class)
    String refused(PortalActionRefusedException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        common(request, model);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("message", e.getMessage());
        return "portal/indisponivel";
    }

    @ExceptionHandler(PortalUnavailableException.class)
    String unavailable(PortalUnavailableException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        common(request, model);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("message", e.getMessage());
        return "portal/indisponivel";
    }
}
