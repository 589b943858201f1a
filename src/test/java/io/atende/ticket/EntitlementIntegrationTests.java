package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.Contact;
import io.atende.account.Contacts;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.ticket.internal.ChannelNotAllowedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** R4, R5: who may open a ticket on which channel, enforced by TicketDesk.open for every channel. */
@AtendeIntegrationTest
class EntitlementIntegrationTests {

    /** A demo contact of each offer (README.md). */
    static final Map<Offer, String> CONTACT_OF = Map.of(Offer.PADRAO, ANA, Offer.PRIME, JOAO, Offer.FLY01, CARLA,
            Offer.CLOUD, PEDRO);

    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired ChannelEntitlement entitlement;
    @Autowired TestRestTemplate http;
    @Autowired Companies companies;
    @Autowired Contacts contacts;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    static boolean allowedByR5(Offer offer, Channel channel) {
        return switch (channel) {
            case TELEFONE, PORTAL, APP, FLUIG -> true;
            case CHAT -> Set.of(Offer.CLOUD, Offer.PRIME, Offer.FLY01).contains(offer);
            case EMAIL -> offer == Offer.PRIME;
        };
    }

    static Stream<Arguments> everyOfferAndChannel() {
        return Stream.of(Offer.values()).flatMap(offer -> Stream.of(Channel.values())
                .map(channel -> Arguments.of(offer, channel, allowedByR5(offer, channel))));
    }

    @ParameterizedTest(name = "{0} on {1} → allowed: {2}")
    @MethodSource("everyOfferAndChannel")
    @DisplayName("R5: every offer × channel opens a ticket or is refused naming the customer's channels")
    void opensOrRefusesEveryOfferAndChannel(Offer offer, Channel channel, boolean allowed) {
        Customer customer = customers.byEmail(CONTACT_OF.get(offer)).orElseThrow();
        assertThat(customer.offer()).isEqualTo(offer);
        TicketDraft draft = supportDraft(channel, Product.PROTHEUS);
        long before = tickets.count();

        if (allowed) {
            Ticket ticket = desk.open(customer, draft, null);
            assertThat(ticket.getChannel()).isEqualTo(channel);
            assertThat(tickets.count()).isEqualTo(before + 1);
        } else {
            List<Channel> theirs = Stream.of(Channel.values()).filter(c -> allowedByR5(offer, c)).toList();
            assertThatThrownBy(() -> desk.open(customer, draft, null))
                    .isInstanceOfSatisfying(ChannelNotAllowedException.class, e -> {
                        assertThat(e.channel()).isEqualTo(channel);
                        assertThat(e.allowedChannels()).containsExactlyElementsOf(theirs);
                    })
                    .hasMessageContaining("O canal " + channel + " não está disponível para a oferta " + offer);
            assertThat(tickets.count()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Channel.class)
    @DisplayName("R4: a company with a financial pendency opens no support ticket on any channel; told to call CST")
    void refusesBlockedCompanyOnEveryChannel(Channel channel) {
        Customer maria = customers.byEmail(MARIA).orElseThrow();
        assertThat(maria.companyBlocked()).isTrue();
        long before = tickets.count();

        assertThatThrownBy(() -> desk.open(maria, supportDraft(channel, Product.PROTHEUS), null))
                .isInstanceOf(CompanyBlockedException.class)
                .hasMessageContaining("Regularize com a CST")
                .hasMessageContaining("4003-0015, opção 7");
        assertThat(tickets.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("R4: a blocked company may still open an ADMINISTRATIVO ticket, which goes to CST")
    void letsBlockedCompanyReachCst() {
        Customer maria = customers.byEmail(MARIA).orElseThrow();

        Ticket ticket = desk.open(maria, administrativeDraft(), null);

        assertThat(tickets.findById(ticket.getId()).orElseThrow().getTeam()).isEqualTo("cst");
    }

    @Test
    @DisplayName("R4: a company whose contract is inactive is blocked too, and may still reach CST")
    void blocksCompanyWithInactiveContract() {
        String email = "ti@contratoencerrado.com.br";
        tx.executeWithoutResult(s -> {
            if (contacts.findByEmail(email).isEmpty()) {
                Company company = new Company("Contrato Encerrado Ltda", Offer.CLOUD, "SP", "São Paulo");
                company.deactivateContract();
                contacts.save(new Contact(companies.save(company), "TI", email, true));
            }
        });
        Customer customer = customers.byEmail(email).orElseThrow();

        assertThat(customer.companyBlocked()).isTrue();
        assertThatThrownBy(() -> desk.open(customer, supportDraft(Channel.CHAT, Product.CLOUD), null))
                .isInstanceOf(CompanyBlockedException.class).hasMessageContaining("4003-0015, opção 7");
        assertThat(desk.open(customer, administrativeDraft(), null).getType()).isEqualTo(TicketType.ADMINISTRATIVO);
    }

    @Test
    @DisplayName("R13: Ouvidoria takes phone, portal and chat from every offer, chat included for PADRAO")
    void ouvidoriaHasItsOwnChannels() {
        for (Offer offer : Offer.values()) {
            assertThat(entitlement.allowedChannels(offer, ServicePurpose.OUVIDORIA))
                    .containsExactly(Channel.PORTAL, Channel.CHAT, Channel.TELEFONE);
        }
        assertThat(entitlement.allowedChannels(Offer.PADRAO, ServicePurpose.ATENDIMENTO))
                .containsExactly(Channel.PORTAL, Channel.APP, Channel.FLUIG, Channel.TELEFONE);
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            ANA + ",   CHAT,  403",
            ANA + ",   EMAIL, 403",
            PEDRO + ", EMAIL, 403",
            JOAO + ",  EMAIL, 201",
            CARLA + ", CHAT,  201",
            PEDRO + ", CHAT,  201",
            ANA + ",   APP,   201"
    })
    @DisplayName("R5: POST /api/tickets with a channel: 201, or 403 problem+json naming the allowed channels")
    void apiAppliesChannelRules(String email, String channel, int status) {
        ResponseEntity<JsonNode> response = post(email, ticketJson(channel));

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = response.getBody();
            assertThat(problem.get("type").asText()).isEqualTo("https://atende.io/problems/channel-not-allowed");
            assertThat(problem.get("channel").asText()).isEqualTo(channel);
            Offer offer = customers.byEmail(email).orElseThrow().offer();
            List<String> theirs = Stream.of(Channel.values()).filter(c -> allowedByR5(offer, c)).map(Enum::name).toList();
            assertThat(problem.get("allowedChannels")).extracting(JsonNode::asText).containsExactlyElementsOf(theirs);
            assertThat(problem.get("detail").asText()).contains("Use um destes canais: " + String.join(", ", theirs));
        } else {
            assertThat(response.getBody().get("channel").asText()).isEqualTo(channel);
        }
    }

    @Test
    @DisplayName("R4: POST /api/tickets by a blocked company: 403 problem+json with CST's phone option")
    void apiRefusesBlockedCompanyWithCstPhone() {
        ResponseEntity<JsonNode> response = post(MARIA, ticketJson("PORTAL"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("https://atende.io/problems/company-blocked");
        assertThat(response.getBody().get("cstPhone").asText()).isEqualTo("4003-0015, opção 7");
        assertThat(response.getBody().get("detail").asText()).contains("Regularize com a CST");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ANA, JOAO, MARIA})
    @DisplayName("R5: a customer cannot declare a phone ticket (the agent taking the call records it): 400, nothing opened")
    void apiRefusesPhoneChannelFromCustomers(String email) {
        long before = tickets.count();

        ResponseEntity<JsonNode> response = post(email, ticketJson("telefone"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("field").asText()).isEqualTo("channel");
        assertThat(response.getBody().get("detail").asText()).contains("registrado pela equipe")
                .contains("PORTAL, CHAT, APP, FLUIG, EMAIL");
        assertThat(tickets.count()).isEqualTo(before);
    }

    private static Map<String, Object> ticketJson(String channel) {
        Map<String, Object> json = new HashMap<>(Map.of("type", "SUPORTE", "product", "PROTHEUS", "subject",
                "Faturamento falha", "description", "Erro ao gerar a nota.", "impact", "MEDIO", "urgency", "MEDIA"));
        json.put("channel", channel);
        return json;
    }

    private ResponseEntity<JsonNode> post(String email, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(email, "demo").exchange("/api/tickets", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }
}
