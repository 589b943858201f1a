package io.atende.knowledge.selfservice.web;

import org.springframework.beans.factory.ObjectProvider;
import io.atende.account.Customer;
import io.atende.knowledge.selfservice.DownloadRefusedException;
import io.atende.knowledge.selfservice.PackageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every self-service page of the Central de Ajuda has: the signed-in contact ({@code me}, null for a visitor)
 * for the menu and the company's block (R4) for the banner; the R4 refusal as a 403 page.
 */
@ControllerAdvice(assignableTypes = {DownloadPages.class, HelpPages.class})
class HelpPageAdvice {

    /** A provider: web slices of other modules' tests load every advice, not the components it reads. */
    private final ObjectProvider<SignedInContact> contacts;

    HelpPageAdvice(ObjectProvider<SignedInContact> contacts) {
        this.contacts = contacts;
    }

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        Customer me = contacts.getObject().of(request).filter(Customer::active).orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("blocked", me != null && me.companyBlocked());
        model.addAttribute("helpLine", DownloadRefusedException.CST_PHONE);
    }

    @ExceptionHandler(DownloadRefusedException.class)
    String refused(DownloadRefusedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        common(request, model);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("message", e.getMessage());
        return "autoatendimento/downloads-bloqueado";
    }

    @ExceptionHandler(PackageNotFoundException.class)
    String notFound(PackageNotFoundException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        common(request, model);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", e.getMessage());
        return "autoatendimento/nao-encontrado";
    }
}
