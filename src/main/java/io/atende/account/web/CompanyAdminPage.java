package io.atende.account.web;

import io.atende.account.AccountChangeException;
import io.atende.account.CompanyAdministration;
import io.atende.account.CompanyAdministration.CompanyView;
import io.atende.account.Fly01Segment;
import io.atende.account.Offer;
import io.atende.team.SignedInAgent;
import io.atende.team.WebappLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Companies for staff, without SQL (issue 15): CST (which handles financial matters, R4, R8) and process
 * administrators see each company, register and lift its financial pendency; administrators also change its
 * contract, offer, Fly01 segment and CNPJ. Every change with its reason in the company's history.
 */
@Controller
class CompanyAdminPage {

    static final String PATH = "/equipe/empresas";
    static final String CST = "cst";

    private final WebappLogins logins;
    private final CompanyAdministration companies;

    CompanyAdminPage(WebappLogins logins, CompanyAdministration companies) {
        this.logins = logins;
        this.companies = companies;
    }

    private interface Page {
        String render(SignedInAgent agent);
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "busca", required = false) String query, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return as(request, response, model, false, agent -> {
            model.addAttribute("busca", query == null ? "" : query);
            model.addAttribute("empresas", companies.search(query));
            return "equipe/empresas";
        });
    }

    @GetMapping(PATH + "/{id}")
    String company(@PathVariable String id, @RequestParam(name = "alterado", required = false) String changed,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return as(request, response, model, false, agent -> {
            if (changed != null) {
                model.addAttribute("sucesso", "Alteração registrada no histórico da empresa.");
            }
            return show(id, agent, response, model);
        });
    }

    @PostMapping(PATH + "/{id}/pendencia")
    String pendency(@PathVariable String id, @RequestParam(name = "acao", required = false) String action,
            @RequestParam(name = "motivo", required = false) String reason, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return as(request, response, model, false, agent -> change(id, agent, response, model, reason,
                n -> companies.setFinancialPendency(n, "registrar".equals(action), reason, actor(agent))));
    }

    @PostMapping(PATH + "/{id}/contrato")
    String contract(@PathVariable String id, @RequestParam(name = "acao", required = false) String action,
            @RequestParam(name = "motivo", required = false) String reason, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return as(request, response, model, true, agent -> change(id, agent, response, model, reason,
                n -> companies.setContractActive(n, "ativar".equals(action), reason, actor(agent))));
    }

    @PostMapping(PATH + "/{id}/oferta")
    String offer(@PathVariable String id, @RequestParam(name = "oferta", required = false) String offer,
            @RequestParam(name = "segmento", required = false) String segment,
            @RequestParam(name = "motivo", required = false) String reason, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return as(request, response, model, true, agent -> change(id, agent, response, model, reason,
                n -> companies.changeOffer(n, parse(Offer.class, offer, "a oferta"),
                        segment == null || segment.isBlank() ? null : parse(Fly01Segment.class, segment, "o segmento"),
                        reason, actor(agent))));
    }

    @PostMapping(PATH + "/{id}/cnpj")
    String document(@PathVariable String id, @RequestParam(name = "cnpj", required = false) String cnpj,
            @RequestParam(name = "motivo", required = false) String reason, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return as(request, response, model, true, agent -> change(id, agent, response, model, reason,
                n -> companies.setDocument(n, cnpj, reason, actor(agent))));
    }

    private interface Change {
        void apply(Long id);
    }

    private String change(String id, SignedInAgent agent, HttpServletResponse response, Model model, String reason,
            Change change) {
        Optional<Long> number = number(id);
        if (number.isEmpty()) {
            return notFound(response, model);
        }
        try {
            change.apply(number.get());
            return "redirect:" + PATH + "/" + number.get() + "?alterado";
        } catch (AccountChangeException.NotFound e) {
            return notFound(response, model);
        } catch (AccountChangeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("erro", "Outra pessoa alterou a empresa ao mesmo tempo. Confira a situação abaixo e, se "
                    + "ainda for preciso, envie de novo.");
        }
        model.addAttribute("motivo", reason);
        return show(id, agent, response, model);
    }

    private String show(String id, SignedInAgent agent, HttpServletResponse response, Model model) {
        Optional<CompanyView> company = number(id).flatMap(companies::view);
        if (company.isEmpty()) {
            return notFound(response, model);
        }
        model.addAttribute("empresa", company.get());
        model.addAttribute("administrador", agent.groupIds().contains(Groups.CAMUNDA_ADMIN));
        model.addAttribute("ofertas", Offer.values());
        model.addAttribute("segmentos", Fly01Segment.values());
        return "equipe/empresa";
    }

    private static String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("mensagem", "Empresa não encontrada.");
        model.addAttribute("empresas", List.of());
        model.addAttribute("busca", "");
        return "equipe/empresas";
    }

    private static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new AccountChangeException("Escolha " + what + " na lista.");
        }
    }

    private static String actor(SignedInAgent agent) {
        return agent.name() + " (" + agent.userId() + ")";
    }

    /** CST and administrators; {@code adminOnly} for what changes the contract's terms. */
    private String as(HttpServletRequest request, HttpServletResponse response, Model model, boolean adminOnly,
            Page page) {
        Optional<SignedInAgent> agent = logins.agentOf(request);
        if (agent.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return "equipe/entrar";
        }
        boolean admin = agent.get().groupIds().contains(Groups.CAMUNDA_ADMIN);
        if (!admin && (adminOnly || !agent.get().groupIds().contains(CST))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("somenteAdministrador", adminOnly);
            return "equipe/empresas-sem-acesso";
        }
        return page.render(agent.get());
    }
}
