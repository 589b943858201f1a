package io.atende.portal.web;

import io.atende.portal.internal.AccountLinks;
import io.atende.portal.internal.PasswordRules;
import io.atende.portal.internal.PortalFormat;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login, forgotten password (R3) and the e-mailed links that set a password (R1, R2, R3). */
@Controller
class LoginPages {

    private final AccountLinks links;

    LoginPages(AccountLinks links) {
        this.links = links;
    }

    @GetMapping("/entrar")
    String login(Authentication auth) {
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "portal/entrar";
    }

    @GetMapping("/esqueci-senha")
    String forgotten() {
        return "portal/esqueci-senha";
    }

    /** R3: the same answer whether the e-mail is known or not. */
    @PostMapping("/esqueci-senha")
    String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
        if (email.length() <= 320) {
            links.requestReset(email);
        }
        model.addAttribute("sent", true);
        return "portal/esqueci-senha";
    }

    @GetMapping({"/primeiro-acesso/{token}", "/redefinir-senha/{token}"})
    String passwordForm(@PathVariable String token, Model model) {
        return links.target(token).map(target -> {
            model.addAttribute("target", target);
            model.addAttribute("expires", PortalFormat.dateTime(target.expiresAt()));
            model.addAttribute("token", token);
            model.addAttribute("rules", PasswordRules.RULES);
            return "portal/definir-senha";
        }).orElse("portal/link-invalido");
    }

    @PostMapping({"/primeiro-acesso/{token}", "/redefinir-senha/{token}"})
    String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String senha,
            @RequestParam(defaultValue = "") String confirmacao, Model model) {
        var target = links.target(token);
        if (target.isEmpty()) {
            return "portal/link-invalido";
        }
        List<String> problems = links.setPassword(token, senha, confirmacao);
        if (problems.isEmpty()) {
            return "redirect:/entrar?senha-definida";
        }
        model.addAttribute("target", target.get());
        model.addAttribute("expires", PortalFormat.dateTime(target.get().expiresAt()));
        model.addAttribute("token", token);
        model.addAttribute("rules", PasswordRules.RULES);
        model.addAttribute("problems", problems);
        return "portal/definir-senha";
    }
}
