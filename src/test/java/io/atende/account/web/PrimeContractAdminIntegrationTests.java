package io.atende.account.web;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.JOAO;
import static io.atende.ticket.TicketFixtures.brasilia;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static io.atende.ticket.TicketProcess.VAR_SLA_CALENDAR;
import static io.atende.ticket.TicketProcess.VAR_SLA_TARGETS_SOURCE;
import static io.atende.ticket.TicketProcess.VAR_SUPPORT_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.CompanyAdministration;
import io.atende.account.Contact;
import io.atende.account.Contacts;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.account.PrimeContractAdministration;
import io.atende.team.WebappSession;
import io.atende.ticket.Impact;
import io.atende.ticket.SlaTargets;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 15, administration without SQL: process administrators create companies and keep a Prime company's contract
 * (R14: targets per classification, 24x7; R22: the customization team), each change with who, when and why; CST
 * reads the contract; a new ticket uses the new targets at once.
 */
@AtendeIntegrationTest
class PrimeContractAdminIntegrationTests {

    /** Monday 2026-11-30 18:00 Brasília: one hour before the Prime team's day ends. */
    static final Instant MONDAY_18 = brasilia("2026-11-30T18:00");

    @Autowired CustomerDirectory customers;
    @Autowired Companies companies;
    @Autowired Contacts contacts;
    @Autowired CompanyAdministration administration;
    @Autowired PrimeContractAdministration primeContracts;
    @Autowired TicketDesk desk;
    @Autowired ProcessEngine engine;
    @Autowired TransactionTemplate tx;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R14, R20: a company created on the screen gets its contract; a ticket opened after a target change "
            + "(and after 24x7 is switched on) gets the new due date at once; the one opened before keeps its own")
    void ticketOpenedAfterTargetChangeGetsTheNewDue() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        ResponseEntity<String> created = post("/equipe/empresas/nova", "/equipe/empresas/nova", form("nome",
                "Prime da Tela Ltda", "cnpj", "66.777.888/0001-99", "oferta", "PRIME", "uf", "SP", "cidade", "Campinas",
                "contratoAtivo", "sim", "motivo", "Contrato Prime assinado em 01/12."), admin);
        assertThat(created.getStatusCode().value()).isEqualTo(302);
        long id = companies.findByName("Prime da Tela Ltda").orElseThrow().getId();
        assertThat(created.getHeaders().getLocation()).asString().endsWith("/equipe/empresas/" + id + "?criada");
        assertThat(administration.view(id).orElseThrow().changes()).singleElement().satisfies(c -> {
            assertThat(c.getAction()).isEqualTo("COMPANY_CREATED");
            assertThat(c.getActor()).contains("(demo)");
            assertThat(c.getDetail()).contains("Empresa criada: oferta PRIME", "Campinas / SP", "66.777.888/0001-99",
                    "contrato ativo", "Motivo: Contrato Prime assinado em 01/12.");
        });
        Document page = Jsoup.parse(get("/equipe/empresas/" + id, admin).getBody());
        assertThat(page.getElementById("sem-contrato-prime")).isNotNull();
        assertThat(page.getElementById("administrador-empresa").text()).contains("/administrator/activation");

        assertThat(company(id, "prime", form("equipe", "suporte-datasul", "motivo", "Contrato assinado."), admin)
                .getStatusCode().value()).isEqualTo(302);
        assertThat(company(id, "prime/metas", form("versao", version(id), "horas_URGENTE", "6", "dias_URGENTE", "",
                "motivo", "Aditivo 1: urgente em 6 horas."), admin).getStatusCode().value()).isEqualTo(302);

        Customer gerente = contactOf(id, "gerente@primedatela.com.br");
        ClockUtil.setCurrentTime(Date.from(MONDAY_18));
        Ticket before24x7 = desk.open(gerente, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        String first = instanceOf(before24x7);
        assertThat(runtime().getVariables(first)).containsEntry(VAR_SUPPORT_HOURS.name(), 6)
                .containsEntry(VAR_SLA_TARGETS_SOURCE.name(), SlaTargets.FROM_CONTRACT).containsEntry(VAR_SLA_CALENDAR.name(), "prime");
        // Monday 18–19 (on-call, 1 h), Tuesday 07:00 + 5 h = 12:00 (the table's 10 h would be Tuesday 16:00)
        assertThat(dueOf(first)).isEqualTo(Date.from(brasilia("2026-12-01T12:00")));

        assertThat(company(id, "prime/termos", form("versao", version(id), "plantao24x7", "sim", "equipe",
                "suporte-datasul", "motivo", "Aditivo 2: operação 24x7."), admin).getStatusCode().value()).isEqualTo(302);
        String second = instanceOf(desk.open(gerente, supportDraft(Impact.ALTO, Urgency.ALTA), null));

        assertThat(runtime().getVariables(second)).containsEntry(VAR_SLA_CALENDAR.name(), "prime-24x7");
        // 24x7: Monday 18:00 + 6 h = Tuesday 00:00
        assertThat(dueOf(second)).isEqualTo(Date.from(brasilia("2026-12-01T00:00")));
        assertThat(dueOf(first)).isEqualTo(Date.from(brasilia("2026-12-01T12:00")));

        page = Jsoup.parse(get("/equipe/empresas/" + id, admin).getBody());
        assertThat(page.getElementById("meta-URGENTE").text()).isEqualTo("URGENTE 6 da tabela (R20)");
        assertThat(page.getElementById("prime-24x7").text()).startsWith("Sim");
        assertThat(page.getElementById("prime-equipe").text()).isEqualTo("Suporte Datasul");
        assertThat(page.select("#historico-empresa tbody tr").eachText())
                .anyMatch(r -> r.contains("Contrato Prime criado: sem 24x7, customizações com suporte-datasul"))
                .anyMatch(r -> r.contains("Metas do contrato Prime: URGENTE: atendimento padrão → 6 h, manutenção "
                        + "padrão → padrão. Motivo: Aditivo 1: urgente em 6 horas."))
                .anyMatch(r -> r.contains("de sem 24x7, customizações com suporte-datasul para 24x7"));
    }

    @Test
    @DisplayName("Targets must be whole numbers from 1 (1–999 h, 1–365 days), with a reason and a change; the team one "
            + "of the catalogue; a non-PRIME company has no contract: 400 with the message, what was typed kept, no row")
    void refusesBadTargetsAndNonPrimeCompanies() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        long id = primeCompany("Prime Metas Recusadas Ltda");
        int rows = history(id);

        ResponseEntity<String> zero = company(id, "prime/metas", form("horas_ALTO", "0", "motivo", "Teste."), admin);
        assertThat(zero.getStatusCode().value()).isEqualTo(400);
        assertThat(error(zero)).contains("vai de 1 a 999 horas úteis");
        assertThat(Jsoup.parse(zero.getBody()).getElementById("horas-ALTO").val()).isEqualTo("0");
        assertThat(Jsoup.parse(zero.getBody()).getElementById("motivo-prime-metas").text()).isEqualTo("Teste.");
        ResponseEntity<String> text = company(id, "prime/metas", form("dias_BAIXO", "dez", "motivo", "Teste."), admin);
        assertThat(text.getStatusCode().value()).isEqualTo(400);
        assertThat(error(text)).contains("número inteiro de dias úteis");
        assertThat(error(company(id, "prime/metas", form("dias_BAIXO", "366", "motivo", "Teste."), admin)))
                .contains("1 a 365 dias");
        assertThat(error(company(id, "prime/metas", form("horas_ALTO", "5", "motivo", " "), admin)))
                .contains("Diga o motivo");
        assertThat(error(company(id, "prime/metas", form("motivo", "Nada muda."), admin))).contains("já tem essas metas");
        ResponseEntity<String> team = company(id, "prime/termos", form("equipe", "equipe-inventada", "motivo", "x"),
                admin);
        assertThat(team.getStatusCode().value()).isEqualTo(400);
        assertThat(error(team)).contains("Escolha a equipe");
        assertThat(error(company(id, "prime", form("motivo", "De novo."), admin))).contains("já tem contrato Prime");
        assertThat(primeContracts.view(id).orElseThrow().targets()).allMatch(t -> t.supportHours() == null
                && t.maintenanceDays() == null);

        long padaria = customers.byEmail(ANA).orElseThrow().companyId();
        int padariaRows = history(padaria);
        ResponseEntity<String> notPrime = company(padaria, "prime", form("motivo", "Quer ser Prime."), admin);
        assertThat(notPrime.getStatusCode().value()).isEqualTo(400);
        assertThat(error(notPrime)).contains("Só uma empresa com a oferta PRIME tem contrato Prime");
        assertThat(Jsoup.parse(notPrime.getBody()).getElementById("form-prime")).isNull();
        assertThat(company(padaria, "prime/metas", form("horas_ALTO", "5", "motivo", "x"), admin)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(primeContracts.view(padaria)).isEmpty();
        assertThat(history(padaria)).isEqualTo(padariaRows);
        assertThat(history(id)).isEqualTo(rows);
    }

    @Test
    @DisplayName("A form drawn before another person's change of the contract: 409 'confira a situação', nothing "
            + "written; drawn again, it goes through")
    void conflictWhenTheContractChangedMeanwhile() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        long id = primeCompany("Prime Concorrida Ltda");
        String seen = version(id);
        primeContracts.changeTargets(id, null, java.util.Map.of("NORMAL",
                new io.atende.account.ContractTerms.TargetOverride(20, null)), "Outra aba.", "Outra pessoa (outra)");
        int rows = history(id);

        ResponseEntity<String> stale = company(id, "prime/metas", form("versao", seen, "horas_URGENTE", "3",
                "motivo", "Aditivo."), admin);

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(error(stale)).contains("Confira a situação");
        assertThat(history(id)).isEqualTo(rows);
        assertThat(version(id)).isNotEqualTo(seen);
        assertThat(company(id, "prime/metas", form("versao", version(id), "horas_NORMAL", "20", "horas_URGENTE", "3",
                "motivo", "Aditivo."), admin).getStatusCode().value()).isEqualTo(302);
        assertThat(company(id, "prime/remover", form("versao", seen, "motivo", "Fim."), admin).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("Decision: a company leaves PRIME only once its contract is removed (400 saying so); removed, the "
            + "offer changes and the history keeps what the contract said")
    void offerLeavesPrimeOnlyWithoutContract() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        long id = primeCompany("Prime Que Sai Ltda");
        company(id, "prime/metas", form("horas_URGENTE", "4", "dias_URGENTE", "2", "motivo", "Contrato."), admin);

        ResponseEntity<String> refused = company(id, "oferta", form("oferta", "PADRAO", "motivo", "Não renovou."), admin);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(error(refused)).contains("remova o contrato");
        assertThat(companies.findById(id).orElseThrow().getOffer()).isEqualTo(Offer.PRIME);

        assertThat(company(id, "prime/remover", form("versao", version(id), "motivo", "Não renovou."), admin)
                .getStatusCode().value()).isEqualTo(302);
        assertThat(customers.contractTerms(id).targetOverrides()).isEmpty();
        assertThat(company(id, "oferta", form("oferta", "PADRAO", "motivo", "Não renovou."), admin)
                .getStatusCode().value()).isEqualTo(302);
        assertThat(administration.view(id).orElseThrow().changes().get(1).getDetail())
                .contains("Contrato Prime removido (era: sem 24x7, customizações com a equipe padrão; URGENTE: "
                        + "atendimento 4 h, manutenção 2 dias)");
    }

    @Test
    @DisplayName("CST reads the contract but changes nothing of it nor creates companies (403); other agents 403, "
            + "strangers 401, an unknown company 404")
    void whoMayDoWhat() {
        long acoForte = customers.byEmail(JOAO).orElseThrow().companyId();
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        Document page = Jsoup.parse(get("/equipe/empresas/" + acoForte, cst).getBody());
        assertThat(page.getElementById("meta-URGENTE").text()).isEqualTo("URGENTE 4 2");
        assertThat(page.getElementById("prime-24x7").text()).startsWith("Sim");
        assertThat(page.select("#form-prime, #form-prime-termos, #form-prime-metas, #form-prime-remover")).isEmpty();
        assertThat(Jsoup.parse(get("/equipe/empresas", cst).getBody()).getElementById("nova-empresa")).isNull();
        HttpHeaders rm = WebappSession.signedInToTasklist(rest, "agente-suporte-rm");
        HttpHeaders anonymous = WebappSession.open(rest);
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        assertThat(Jsoup.parse(get("/equipe/empresas", admin).getBody()).getElementById("nova-empresa")).isNotNull();

        for (String action : List.of("prime", "prime/termos", "prime/metas", "prime/remover")) {
            var form = form("horas_URGENTE", "1", "plantao24x7", "sim", "motivo", "Tentativa.");
            assertThat(company(acoForte, action, form, cst).getStatusCode().value()).as(action).isEqualTo(403);
            assertThat(company(acoForte, action, form, rm).getStatusCode().value()).as(action).isEqualTo(403);
            assertThat(company(acoForte, action, form, anonymous).getStatusCode().value()).as(action).isEqualTo(401);
            assertThat(post("/equipe/empresas/99999999/" + action, "/equipe/empresas/nova", form, admin)
                    .getStatusCode().value()).as(action).isEqualTo(404);
        }
        assertThat(get("/equipe/empresas/nova", anonymous).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/equipe/empresas/nova", rm).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/equipe/empresas/nova", cst).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/equipe/empresas/nova", admin).getStatusCode().value()).isEqualTo(200);
        var company = form("nome", "Empresa Proibida Ltda", "oferta", "PADRAO", "uf", "SP", "cidade", "Santos",
                "motivo", "x");
        assertThat(post("/equipe/empresas/nova", "/equipe/empresas", company, cst).getStatusCode().value())
                .isEqualTo(403);
        assertThat(post("/equipe/empresas/nova", "/entrar", company, anonymous).getStatusCode().value())
                .isEqualTo(401);
        assertThat(companies.findByName("Empresa Proibida Ltda")).isEmpty();
        assertThat(customers.contractTerms(acoForte).overrideFor("URGENTE").orElseThrow().supportHours()).isEqualTo(4);
    }

    @Test
    @DisplayName("A creation without name, UF, city or reason, FLY01 without segment, a taken name or CNPJ: 400 with "
            + "the message and what was typed, no company and no history row")
    void refusedCreationLeavesNoRow() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        long before = companies.count();
        String[] good = {"nome", "Empresa Recusada Ltda", "cnpj", "", "oferta", "PADRAO", "segmento", "", "uf", "SP",
                "cidade", "Santos", "contratoAtivo", "sim", "motivo", "Novo cliente."};

        assertRefused(admin, with(good, "nome", " "), "Diga o nome");
        assertRefused(admin, with(good, "nome", "Padaria Pão Quente Ltda"), "Já existe uma empresa chamada");
        assertRefused(admin, with(good, "cnpj", "11.222.333/0001-81"), "Outra empresa já tem o CNPJ");
        assertRefused(admin, with(good, "cnpj", "123"), "14 dígitos");
        assertRefused(admin, with(good, "oferta", "OUTRA"), "Escolha a oferta");
        assertRefused(admin, with(good, "oferta", "FLY01"), "precisa do segmento");
        assertRefused(admin, with(good, "segmento", "VAREJO"), "Só uma empresa FLY01 tem segmento");
        assertRefused(admin, with(good, "uf", "XX"), "Escolha a UF");
        assertRefused(admin, with(good, "cidade", ""), "Diga a cidade");
        ResponseEntity<String> noReason = assertRefused(admin, with(good, "motivo", ""), "Diga o motivo");
        Document page = Jsoup.parse(noReason.getBody());
        assertThat(page.getElementById("nome").val()).isEqualTo("Empresa Recusada Ltda");
        assertThat(page.getElementById("cidade").val()).isEqualTo("Santos");
        assertThat(page.select("#uf option[selected]").text()).isEqualTo("SP");

        assertThat(companies.count()).isEqualTo(before);
        assertThat(companies.findByName("Empresa Recusada Ltda")).isEmpty();

        ResponseEntity<String> fly01 = post("/equipe/empresas/nova", "/equipe/empresas/nova", form(with(with(with(good,
                "oferta", "FLY01"), "segmento", "VAREJO"), "contratoAtivo", "")), admin);
        assertThat(fly01.getStatusCode().value()).isEqualTo(302);
        var created = companies.findByName("Empresa Recusada Ltda").orElseThrow();
        assertThat(created.getSegment()).hasToString("VAREJO");
        assertThat(created.isBlocked()).isTrue(); // contract not active (R4)
        assertThat(created.getDocument()).isNull();
    }

    private ResponseEntity<String> assertRefused(HttpHeaders admin, String[] pairs, String message) {
        ResponseEntity<String> refused = post("/equipe/empresas/nova", "/equipe/empresas/nova", form(pairs), admin);
        assertThat(refused.getStatusCode().value()).as(message).isEqualTo(400);
        assertThat(error(refused)).contains(message);
        return refused;
    }

    private static String[] with(String[] pairs, String key, String value) {
        String[] copy = pairs.clone();
        for (int i = 0; i < copy.length; i += 2) {
            if (copy[i].equals(key)) {
                copy[i + 1] = value;
            }
        }
        return copy;
    }

    /** A PRIME company with a fresh contract (no overrides, not non-stop, no team), made by the service. */
    private long primeCompany(String name) {
        Long id = administration.create(new CompanyAdministration.NewCompany(name, null, Offer.PRIME, null, "SP",
                "São Paulo", true), "Teste.", "Teste (teste)");
        primeContracts.create(id, false, null, "Teste.", "Teste (teste)");
        return id;
    }

    private Customer contactOf(long companyId, String email) {
        tx.executeWithoutResult(s -> contacts.save(new Contact(companies.findById(companyId).orElseThrow(), "Gerente",
                email, true)));
        return customers.byEmail(email).orElseThrow();
    }

    private String version(long companyId) {
        return String.valueOf(primeContracts.view(companyId).orElseThrow().version());
    }

    private int history(long companyId) {
        return administration.view(companyId).orElseThrow().changes().size();
    }

    private RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    private String instanceOf(Ticket ticket) {
        return runtime().createProcessInstanceQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult().getId();
    }

    private Date dueOf(String instance) {
        TaskService tasks = engine.getTaskService();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getDueDate();
    }

    private static String error(ResponseEntity<String> page) {
        var error = Jsoup.parse(page.getBody()).getElementById("erro");
        return error == null ? "" : error.text();
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    private ResponseEntity<String> company(long company, String action, MultiValueMap<String, String> form,
            HttpHeaders session) {
        return post("/equipe/empresas/" + company + "/" + action, "/equipe/empresas/" + company, form, session);
    }

    /** Posts {@code form} with the CSRF token of {@code tokenPage} (or, when it has none, of the portal's login). */
    private ResponseEntity<String> post(String path, String tokenPage, MultiValueMap<String, String> form,
            HttpHeaders session) {
        String token = token(tokenPage, session);
        if (token.isEmpty()) {
            token = token("/entrar", session);
        }
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
        fields.set("_csrf", token);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(fields, headers), String.class);
    }

    private String token(String page, HttpHeaders session) {
        ResponseEntity<String> response = get(page, session);
        WebappSession.keepCookies(session, response);
        var input = response.getBody() == null ? null : Jsoup.parse(response.getBody()).selectFirst("input[name=_csrf]");
        return input == null ? "" : input.attr("value");
    }
}
