package io.atende.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CompanyAdministration;
import io.atende.account.CompanyAdministration.CompanyView;
import io.atende.account.CompanyChange;
import io.atende.account.CustomerDirectory;
import io.atende.account.PrimeContractAdministration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 24: the demo data is written through the account module's write APIs (as staff and CST would), not its
 * repositories, so each demo company's history says it was created by the demo start; a second start adds nothing.
 */
@AtendeIntegrationTest
class DemoDataIntegrationTests {

    @Autowired DemoData demoData;
    @Autowired CompanyAdministration companies;
    @Autowired PrimeContractAdministration primeContracts;
    @Autowired CustomerDirectory directory;
    @Autowired TestRestTemplate http;

    @Test
    void demoCompaniesAreCreatedThroughTheStaffApiWithTheirHistory() {
        for (String name : DemoData.DOCUMENTS.keySet()) {
            CompanyView company = company(name);
            assertThat(company.document()).as(name).isNotEqualTo("—");
            assertThat(byDemo(company, "COMPANY_CREATED")).as(name).hasSize(1);
        }
        assertThat(byDemo(company("Comercial Inadimplente Ltda"), "PENDENCY_SET")).hasSize(1);
        CompanyView acoForte = company("Metalúrgica Aço Forte S.A.");
        assertThat(byDemo(acoForte, "PRIME_CREATED")).hasSize(1);
        assertThat(byDemo(acoForte, "PRIME_TARGETS_CHANGED")).singleElement()
                .satisfies(c -> assertThat(c.getDetail()).contains("URGENTE"));
        assertThat(primeContracts.view(acoForte.id())).hasValueSatisfying(contract -> {
            assertThat(contract.nonStop()).isTrue();
            assertThat(contract.customizationTeam()).isEqualTo("customizacao");
        });
    }

    @Test
    void demoContactsSignInWithTheDemoPassword() {
        assertThat(directory.byEmail("admin@paoquente.com.br")).hasValueSatisfying(c -> assertThat(c.administrator())
                .isTrue());
        assertThat(directory.byEmail("ana@paoquente.com.br")).hasValueSatisfying(c -> assertThat(c.administrator())
                .isFalse());
        for (String email : List.of("admin@paoquente.com.br", "ana@paoquente.com.br", "joao@acoforte.com.br",
                "carla@belavista.com.br", "pedro@nuvemservicos.com.br")) {
            assertThat(http.withBasicAuth(email, DemoData.PASSWORD).getForEntity("/api/tickets", String.class)
                    .getStatusCode().value()).as(email).isEqualTo(200);
        }
    }

    @Test
    void aSecondStartAddsNothing() {
        CompanyView before = company("Metalúrgica Aço Forte S.A.");
        demoData.load();
        assertThat(company("Metalúrgica Aço Forte S.A.").changes()).hasSameSizeAs(before.changes());
        assertThat(companies.search("Padaria Pão Quente")).hasSize(1);
    }

    private CompanyView company(String name) {
        CompanyView found = companies.search(name).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        return companies.view(found.id()).orElseThrow();
    }

    private static List<CompanyChange> byDemo(CompanyView company, String action) {
        return company.changes().stream().filter(c -> c.getAction().equals(action) && c.getActor().equals(DemoData.ACTOR))
                .toList();
    }
}
