package io.atende.ticket.web;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.ticket.Attachments;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** R7: several files at once, videos included, downloaded only as attachments, never across companies. */
@AtendeIntegrationTest
class TicketAttachmentsIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired Attachments attachments;

    @Test
    @DisplayName("R7: two files (a screenshot and a video) upload at once and show on the history entry")
    void attachesSeveralFilesAndListsThemInHistory() {
        String number = openTicket();

        ResponseEntity<JsonNode> upload = upload(ANA, number, file("tela.png", "png-bytes"), file("erro.mp4", "video"));

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(upload.getBody().findValuesAsText("fileName")).containsExactly("tela.png", "erro.mp4");
        JsonNode history = http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + number + "/history", JsonNode.class).getBody();
        JsonNode entry = history.get(history.size() - 1);
        assertThat(entry.get("kind").asText()).isEqualTo("ATTACHMENTS_ADDED");
        assertThat(entry.get("attachments").findValuesAsText("fileName")).containsExactly("tela.png", "erro.mp4");
    }

    @Test
    @DisplayName("A download is always a file (Content-Disposition: attachment, nosniff) with the bytes sent")
    void downloadsAsAttachment() {
        String number = openTicket();
        String href = upload(ANA, number, file("relatorio.csv", "a;b\n1;2\n")).getBody().get(0).get("href").asText();

        ResponseEntity<byte[]> download = http.withBasicAuth(ANA, "demo").getForEntity(href, byte[].class);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("relatorio.csv");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("a;b\n1;2\n");
        assertThat(http.withBasicAuth(JOAO, "demo").getForEntity(href, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("A hostile file name is reduced to a plain name; a refused type stores nothing")
    void sanitizesNamesAndRefusesTypes() {
        String number = openTicket();
        long before = attachments.count();

        ResponseEntity<JsonNode> refused = upload(ANA, number, file("ok.png", "x"), file("virus.exe", "MZ"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("virus.exe").contains("png");
        assertThat(attachments.count()).isEqualTo(before);

        ResponseEntity<JsonNode> hostile = upload(ANA, number, file("../../etc/<script>x<\\script>.png", "x"));
        assertThat(hostile.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(hostile.getBody().get(0).get("fileName").asText()).doesNotContain("/", "<", ">").endsWith(".png");
    }

    @Test
    @DisplayName("Another company cannot attach to or list a ticket (404)")
    void isolatesCompanies() {
        String number = openTicket();
        assertThat(upload(JOAO, number, file("a.png", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth(JOAO, "demo").getForEntity("/api/tickets/" + number + "/attachments", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String openTicket() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(ANA, "demo").exchange("/api/tickets", HttpMethod.POST,
                new HttpEntity<>(TicketApiIntegrationTests.ticketJson(), headers), JsonNode.class).getBody()
                .get("number").asText();
    }

    private static ByteArrayResource file(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private ResponseEntity<JsonNode> upload(String user, String number, ByteArrayResource... files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        for (ByteArrayResource f : files) {
            body.add("files", f);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").exchange("/api/tickets/" + number + "/attachments", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }
}
