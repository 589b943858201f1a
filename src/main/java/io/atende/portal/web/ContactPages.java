package io.atende.portal.web;

import io.atende.account.ContactAccounts;
import io.atende.account.ContactRefusedException;
import io.atende.account.Customer;
import io.atende.portal.internal.AccountLinks;
import jakarta.servlet.http.HttpServletRequest;
import io.atende.ticket.TicketDesk;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R2: the company administrator's contacts pages (the security chain lets only administrators in). */
@Controller
class ContactPages {

    static final int PAGE_SIZE = 20;

    private final ContactAccounts accounts;
    private final AccountLinks links;

    ContactPages(ContactAccounts accounts, AccountLinks links) {
        this.accounts = accounts;
        this.links = links;
    }

    @GetMapping("/contatos")
    String list(HttpServletRequest request, @RequestParam(defaultValue = "0") int pagina, Model model) {
        model.addAttribute("contacts", accounts.contactsOf(CurrentCustomer.of(request),
                PageRequest.of(TicketDesk.pageWithin(pagina), PAGE_SIZE, Sort.by("name"))));
        return "portal/contatos";
    }

    @GetMapping("/contatos/novo")
    String newContact(Model model) {
        model.addAttribute("contact", null);
        return "portal/contato";
    }

    @PostMapping("/contatos/novo")
    String invite(HttpServletRequest request, @RequestParam(defaultValue = "") String nome,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean administrador,
            Model model, RedirectAttributes redirect) {
        try {
            Customer invited = links.invite(CurrentCustomer.of(request), nome, email, administrador);
            redirect.addFlashAttribute("notice", "Convite enviado para " + invited.email()
                    + ". O contato define a própria senha pelo link do e-mail.");
            return "redirect:/contatos";
        } catch (ContactRefusedException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("nome", nome);
            model.addAttribute("email", email);
            model.addAttribute("contact", null);
            return "portal/contato";
        }
    }

    @GetMapping("/contatos/{id}")
    String edit(HttpServletRequest request, @PathVariable long id, Model model) {
        model.addAttribute("contact", accounts.contact(CurrentCustomer.of(request), id));
        return "portal/contato";
    }

    @PostMapping("/contatos/{id}")
    String update(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = "") String nome,
            @RequestParam(defaultValue = "false") boolean administrador,
            @RequestParam(name = "pacotes-no-formulario", required = false) String downloadsOnForm,
            @RequestParam(name = "pacotes", required = false) String downloads, RedirectAttributes redirect) {
        try {
            accounts.update(CurrentCustomer.of(request), id, nome, administrador);
            if (downloadsOnForm != null) {
                // R4: the checkbox is on the form (a form without it leaves the permission as it is)
                accounts.allowDownloads(CurrentCustomer.of(request), id, "sim".equals(downloads));
            }
            redirect.addFlashAttribute("notice", "Contato atualizado.");
            return "redirect:/contatos";
        } catch (ContactRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/contatos/" + id;
        }
    }

    @PostMapping("/contatos/{id}/desativar")
    String deactivate(HttpServletRequest request, @PathVariable long id, RedirectAttributes redirect) {
        try {
            Customer contact = accounts.deactivate(CurrentCustomer.of(request), id);
            redirect.addFlashAttribute("notice", contact.contactName() + " foi desativado(a) e não entra mais no portal.");
        } catch (ContactRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/contatos";
    }
}
