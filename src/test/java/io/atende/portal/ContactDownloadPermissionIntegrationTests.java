package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * R4, "the contact's permission": the company's administrator takes and gives back a contact's download of update
 * packages on the contact's page; without it the download centre refuses the contact, saying whom to ask.
 */
@AtendeIntegrationTest
class ContactDownloadPermissionIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @Test
    @DisplayName("R4: without the administrator's permission the download centre refuses the contact (403)")
    void administratorGrantsDownloads() {
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient admin = PortalClient.loggedIn(port, company.admin().email(), PortalFixtures.PASSWORD);
        PortalClient contact = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        String page = "/contatos/" + company.contact().contactId();
        assertThat(Jsoup.parse(admin.get(page).body()).getElementById("pacotes").hasAttr("checked")).isTrue();
        assertThat(contact.get("/ajuda/downloads").statusCode()).isEqualTo(200);

        admin.post(page, admin.csrfFrom(page), "nome", company.contact().contactName(), "pacotes-no-formulario", "1");

        var refused = contact.get("/ajuda/downloads");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).text()).contains("não tem permissão para baixar pacotes",
                "administrador da sua empresa");
        assertThat(Jsoup.parse(admin.get(page).body()).getElementById("pacotes").hasAttr("checked")).isFalse();
        admin.post(page, admin.csrfFrom(page), "nome", company.contact().contactName());
        assertThat(contact.get("/ajuda/downloads").statusCode()).as("a form without the checkbox changes nothing")
                .isEqualTo(403);
        assertThat(admin.get("/ajuda/downloads").statusCode()).as("administrators always may").isEqualTo(200);

        admin.post(page, admin.csrfFrom(page), "nome", company.contact().contactName(), "pacotes-no-formulario", "1",
                "pacotes", "sim");
        assertThat(contact.get("/ajuda/downloads").statusCode()).isEqualTo(200);
    }
}
