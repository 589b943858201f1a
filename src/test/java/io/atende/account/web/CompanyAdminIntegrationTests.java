package io.atende.account.web;

import static io.atende.ticket.TicketFixtures.MARIA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.CompanyAdministration;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.team.WebappSession;
import io.atende.ticket.CompanyBlockedException;
import io.atende.ticket.Impact;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 15, administration without SQL: CST lifts and registers a company's financial pendency (R4; lifting it
 * unblocks at once), administrators change contract, offer (with the Fly01 segment, R11) and CNPJ; every change
 * with who, when and why; nobody else changes anything.
 */
@AtendeIntegrationTest
class CompanyAdminIntegrationTests {

    @Autowired CustomerDirectory customers;
    @Autowired Companies companies;
    @Autowired CompanyAdministration administration;
    @Autowired TicketDesk desk;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    @DisplayName("R4: CST lifts the pendency and the blocked customer opens a support ticket at once; registered again, "
            + "blocked again; both in the company's history with who and why")
    void cstLiftsAndRegistersThePendency() {
        var maria = customers.byEmail(MARIA).orElseThrow();
        long company = maria.companyId();
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        assertThatThrownBy(() -> desk.open(maria, supportDraft(Impact.MEDIO, Urgency.MEDIA), null))
                .isInstanceOf(CompanyBlockedException.class);
        try {
            ResponseEntity<String> lifted = post(company, "pendencia", form("acao", "retirar", "motivo",
                    "Boleto 123 pago em 05/12."), cst);

            assertThat(lifted.getStatusCode().value()).isEqualTo(302);
            var unblocked = customers.byEmail(MARIA).orElseThrow();
            assertThat(unblocked.companyBlocked()).isFalse();
            assertThat(desk.open(unblocked, supportDraft(Impact.MEDIO, Urgency.MEDIA), null).getTeam()).isNotNull();
        } finally {
            ResponseEntity<String> again = post(company, "pendencia", form("acao", "registrar", "motivo",
                    "Nova fatura vencida."), cst);
            assertThat(again.getStatusCode().value()).isEqualTo(302);
        }
        assertThat(customers.byEmail(MARIA).orElseThrow().companyBlocked()).isTrue();
        Document page = Jsoup.parse(get("/equipe/empresas/" + company, cst).getBody());
        assertThat(page.select("#historico-empresa tbody tr").eachText()).anyMatch(r -> r.contains("Juliana Rocha (agente-cst)")
                && r.contains("Pendência financeira retirada. Motivo: Boleto 123 pago em 05/12."))
                .anyMatch(r -> r.contains("Pendência financeira registrada. Motivo: Nova fatura vencida."));
        assertThat(page.getElementById("form-oferta")).isNull(); // CST does not change offers
    }

    @Test
    @DisplayName("Without a reason, or to what the company already is: 400 with the message, nothing changed")
    void refusesChangesWithoutAReasonOrWithoutChange() {
        long company = customers.byEmail(MARIA).orElseThrow().companyId();
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        int before = administration.view(company).orElseThrow().changes().size();

        ResponseEntity<String> noReason = post(company, "pendencia", form("acao", "retirar", "motivo", " "), cst);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.getBody()).getElementById("erro").text()).contains("Diga o motivo");
        ResponseEntity<String> same = post(company, "pendencia", form("acao", "registrar", "motivo", "De novo."), cst);
        assertThat(same.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(same.getBody()).getElementById("erro").text()).contains("já tem pendência");

        assertThat(customers.byEmail(MARIA).orElseThrow().companyBlocked()).isTrue();
        assertThat(administration.view(company).orElseThrow().changes()).hasSize(before);
    }

    @Test
    @DisplayName("R5/R11: the administrator changes offer (FLY01 needs its segment), CNPJ (unique) and contract")
    void theAdministratorChangesOfferCnpjAndContract() {
        Company company = companies.findByName("Empresa do Teste de Administração Ltda")
                .orElseGet(() -> companies.save(new Company("Empresa do Teste de Administração Ltda", Offer.PADRAO, "SP",
                        "Campinas")));
        long id = company.getId();
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");

        ResponseEntity<String> noSegment = post(id, "oferta", form("oferta", "FLY01", "segmento", "", "motivo",
                "Migrou para o Fly01."), admin);
        assertThat(noSegment.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(noSegment.getBody()).getElementById("erro").text()).contains("segmento");
        assertThat(post(id, "oferta", form("oferta", "FLY01", "segmento", "VAREJO", "motivo", "Migrou para o Fly01."),
                admin).getStatusCode().value()).isEqualTo(302);
        assertThat(companies.findById(id).orElseThrow().getSegment()).hasToString("VAREJO");

        assertThat(post(id, "cnpj", form("cnpj", "11.222.333/0001-81", "motivo", "Cadastro."), admin)
                .getStatusCode().value()).isEqualTo(400); // Padaria Pão Quente's
        assertThat(post(id, "cnpj", form("cnpj", "99.888.777/0001-66", "motivo", "Cadastro."), admin)
                .getStatusCode().value()).isEqualTo(302);
        assertThat(post(id, "contrato", form("acao", "desativar", "motivo", "Contrato encerrado."), admin)
                .getStatusCode().value()).isEqualTo(302);
        assertThat(companies.findById(id).orElseThrow().isBlocked()).isTrue();

        Document page = Jsoup.parse(get("/equipe/empresas/" + id, admin).getBody());
        assertThat(page.getElementById("cnpj").text()).isEqualTo("99.888.777/0001-66");
        assertThat(page.select("#historico-empresa tbody tr")).hasSize(3);
        assertThat(Jsoup.parse(get("/equipe/empresas?busca=99888777", admin).getBody()).select("#empresas tbody tr")
                .eachText()).singleElement().asString().contains("Empresa do Teste de Administração Ltda", "Bloqueada");
    }

    @Test
    @DisplayName("CST may not change the contract's terms; other agents, strangers and unknown companies get nothing")
    void onlyCstAndAdministrators() {
        long company = customers.byEmail(MARIA).orElseThrow().companyId();
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        assertThat(post(company, "oferta", form("oferta", "PRIME", "motivo", "x"), cst).getStatusCode().value())
                .isEqualTo(403);
        assertThat(post(company, "contrato", form("acao", "ativar", "motivo", "x"), cst).getStatusCode().value())
                .isEqualTo(403);
        HttpHeaders rm = WebappSession.signedInToTasklist(rest, "agente-suporte-rm");
        assertThat(get("/equipe/empresas", rm).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/equipe/empresas", new HttpHeaders()).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/equipe/empresas/99999999", cst).getStatusCode().value()).isEqualTo(404);
        assertThat(customers.byEmail(MARIA).orElseThrow().offer()).isEqualTo(Offer.PADRAO);
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

    private ResponseEntity<String> post(long company, String action, MultiValueMap<String, String> form,
            HttpHeaders session) {
        ResponseEntity<String> page = get("/equipe/empresas/" + company, session);
        WebappSession.keepCookies(session, page);
        var token = page.getBody() == null ? null : Jsoup.parse(page.getBody()).selectFirst("input[name=_csrf]");
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
        fields.set("_csrf", token == null ? "" : token.attr("value"));
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/equipe/empresas/" + company + "/" + action, HttpMethod.POST,
                new HttpEntity<>(fields, headers), String.class);
    }
}
