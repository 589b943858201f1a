package io.atende.account.web;

import io.atende.account.internal.AccountChangeException;
import io.atende.account.CompanyAdministration.CompanyView;
import io.atende.account.CompanyAdministration.NewCompany;
import io.atende.account.CompanyAdministration;
import io.atende.account.ContractTerms.TargetOverride;
import io.atende.account.CustomerDirectory;
import io.atende.account.Fly01Segment;
import io.atende.account.Offer;
import io.atende.account.PrimeContract;
import io.atende.account.PrimeContractAdministration;
import io.atende.team.SignedInAgent;
import io.atende.team.Teams;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Companies for staff, without SQL (issue 15): CST (which handles financial matters, R4, R8) and process
 * administrators see each company, register and lift its financial pendency; administrators also change its
 * contract, offer, Fly01 segment and CNPJ, the Prime contract and its targets (R14, R20, R22), and create companies.
 * Every change with its reason in the company's history.
 */
@Controller
class CompanyAdminPage {

    static final String PATH = "/equipe/empresas";

    private final CompanyAdministration companies;
    private final PrimeContractAdministration primeContracts;
    private final CustomerDirectory customers;
    private final Teams teams;

    CompanyAdminPage(CompanyAdministration companies, PrimeContractAdministration primeContracts,
            CustomerDirectory customers, Teams teams) {
        this.companies = companies;
        this.primeContracts = primeContracts;
        this.customers = customers;
        this.teams = teams;
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "busca", required = false) String query,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        model.addAttribute("busca", query == null ? "" : query);
        model.addAttribute("administrador", agent.groupIds().contains(Groups.CAMUNDA_ADMIN));
        model.addAttribute("empresas", companies.search(query));
        return "equipe/empresas";
    }

    @GetMapping(PATH + "/nova")
    String newCompany(Model model) {
        return creationForm(model, Map.of("contratoAtivo", "sim"));
    }

    @PostMapping(PATH + "/nova")
    String create(@RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        try {
            String segment = form.get("segmento");
            Long id = companies.create(new NewCompany(form.get("nome"), form.get("cnpj"),
                    parse(Offer.class, form.get("oferta"), "a oferta"),
                    segment == null || segment.isBlank() ? null : parse(Fly01Segment.class, segment, "o segmento"),
                    form.get("uf"), form.get("cidade"), "sim".equals(form.get("contratoAtivo"))), form.get("motivo"),
                    actor(agent));
            return "redirect:" + PATH + "/" + id + "?criada";
        } catch (AccountChangeException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("erro", "Outra pessoa acabou de criar uma empresa com esse nome ou CNPJ. Confira a "
                    + "situação na lista de empresas antes de enviar de novo.");
        }
        return creationForm(model, form);
    }

    private String creationForm(Model model, Map<String, String> typed) {
        model.addAttribute("digitado", typed);
        model.addAttribute("ofertas", Offer.values());
        model.addAttribute("segmentos", Fly01Segment.values());
        model.addAttribute("ufs", CompanyAdministration.STATES);
        return "equipe/empresa-nova";
    }

    @GetMapping(PATH + "/{id}")
    String company(@PathVariable String id, @RequestParam(name = "alterado", required = false) String changed,
            @RequestParam(name = "criada", required = false) String created,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        if (changed != null) {
            model.addAttribute("sucesso", "Alteração registrada no histórico da empresa.");
        }
        if (created != null) {
            model.addAttribute("sucesso", "Empresa criada e registrada no histórico.");
        }
        return show(id, agent, response, model);
    }

    @PostMapping(PATH + "/{id}/pendencia")
    String pendency(@PathVariable String id, @RequestParam(name = "acao", required = false) String action,
            @RequestParam(name = "motivo", required = false) String reason,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model, reason,
                n -> companies.setFinancialPendency(n, "registrar".equals(action), reason, actor(agent)));
    }

    @PostMapping(PATH + "/{id}/contrato")
    String contract(@PathVariable String id, @RequestParam(name = "acao", required = false) String action,
            @RequestParam(name = "motivo", required = false) String reason,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model, reason,
                n -> companies.setContractActive(n, "ativar".equals(action), reason, actor(agent)));
    }

    @PostMapping(PATH + "/{id}/oferta")
    String offer(@PathVariable String id, @RequestParam(name = "oferta", required = false) String offer,
            @RequestParam(name = "segmento", required = false) String segment,
            @RequestParam(name = "motivo", required = false) String reason,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model, reason,
                n -> companies.changeOffer(n, parse(Offer.class, offer, "a oferta"),
                        segment == null || segment.isBlank() ? null : parse(Fly01Segment.class, segment, "o segmento"),
                        reason, actor(agent)));
    }

    @PostMapping(PATH + "/{id}/cnpj")
    String document(@PathVariable String id, @RequestParam(name = "cnpj", required = false) String cnpj,
            @RequestParam(name = "motivo", required = false) String reason,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model, reason,
                n -> companies.setDocument(n, cnpj, reason, actor(agent)));
    }

    @PostMapping(PATH + "/{id}/prime")
    String createPrimeContract(@PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model,
                typed("prime", form, model), n -> primeContracts.create(n, "sim".equals(form.get("plantao24x7")),
                        team(form.get("equipe")), form.get("motivo"), actor(agent)));
    }

    @PostMapping(PATH + "/{id}/prime/termos")
    String changePrimeTerms(@PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model,
                typed("prime-termos", form, model), n -> primeContracts.changeTerms(n, version(form.get("versao")),
                        "sim".equals(form.get("plantao24x7")), team(form.get("equipe")), form.get("motivo"),
                        actor(agent)));
    }

    @PostMapping(PATH + "/{id}/prime/metas")
    String changePrimeTargets(@PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model,
                typed("prime-metas", form, model), n -> primeContracts.changeTargets(n, version(form.get("versao")),
                        targets(form), form.get("motivo"), actor(agent)));
    }

    @PostMapping(PATH + "/{id}/prime/remover")
    String removePrimeContract(@PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        return change(id, agent, response, model,
                typed("prime-remover", form, model), n -> primeContracts.remove(n, version(form.get("versao")),
                        form.get("motivo"), actor(agent)));
    }

    /** Which form was sent and what it held, kept on the page when the change is refused; answers the reason. */
    private static String typed(String formId, Map<String, String> form, Model model) {
        model.addAttribute("enviado", formId);
        model.addAttribute("digitado", form);
        return form.get("motivo");
    }

    /** The customization team of a contract: blank for none named, else a team of the catalogue (R22). */
    private String team(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (!teams.exists(id.strip())) {
            throw new AccountChangeException("Escolha a equipe das customizações na lista.");
        }
        return id.strip();
    }

    /** The targets typed for each classification ({@code horas_URGENTE}, {@code dias_URGENTE}); blank keeps R20's. */
    private static Map<String, TargetOverride> targets(Map<String, String> form) {
        Map<String, TargetOverride> targets = new HashMap<>();
        for (String classification : PrimeContract.CLASSIFICATIONS) {
            targets.put(classification, new TargetOverride(
                    number(form.get("horas_" + classification), "A meta de atendimento de " + classification
                            + " é um número inteiro de horas úteis (em branco: a da tabela, R20)."),
                    number(form.get("dias_" + classification), "A meta de manutenção de " + classification
                            + " é um número inteiro de dias úteis (em branco: a da tabela, R20).")));
        }
        return targets;
    }

    private static Integer number(String typed, String message) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new AccountChangeException(message);
        }
    }

    /** The contract's version the form was drawn from; absent: no check beyond the transaction's own. */
    private static Long version(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new AccountChangeException("Abra a página da empresa de novo e envie o formulário dela.");
        }
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
        model.addAttribute("prime", primeContracts.view(company.get().id()).orElse(null));
        Map<String, String> teamNames = new LinkedHashMap<>();
        teams.ids().forEach(t -> teamNames.put(t, teams.name(t)));
        model.addAttribute("equipes", teamNames);
        model.addAttribute("administradorEmpresa", customers.administratorOf(company.get().id()).orElse(null));
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

}
