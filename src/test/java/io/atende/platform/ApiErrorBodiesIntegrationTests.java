package io.atende.platform;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.ticket.Tickets;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Issue 12: every error on the API is Portuguese problem+json, never Spring's or Tomcat's English, never a 500 for bad input. */
@AtendeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorBodiesIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired Tickets tickets;
    @LocalServerPort int port;

    @Test
    @DisplayName("401 without credentials and 403 for a contact on the staff API: problem+json in Portuguese, Basic challenge kept")
    void securityRefusals() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/tickets", String.class);
        assertProblem(anonymous, 401, "HTTP Basic");
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        ResponseEntity<String> contact = http.withBasicAuth(ANA, "demo").getForEntity("/api/contacts", String.class);
        assertProblem(contact, 403, "não tem acesso");
        ResponseEntity<String> staff = http.withBasicAuth(ANA, "demo").getForEntity("/api/admin/mail/outbox", String.class);
        assertThat(staff.getStatusCode().value()).isIn(401, 403);
        assertProblem(staff, staff.getStatusCode().value(), "");
    }

    @Test
    @DisplayName("page beyond any list (999999999, 2147483647): an empty page, not a 500; page=abc: 400 naming the parameter")
    void pages() {
        for (String path : new String[] {"/api/tickets?page=999999999", "/api/tickets?page=2147483647&size=100"}) {
            ResponseEntity<String> deep = http.withBasicAuth(ANA, "demo").getForEntity(path, String.class);
            assertThat(deep.getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(deep.getBody()).contains("\"content\":[]");
        }
        assertThat(http.withBasicAuth(ROBERTO, "demo").getForEntity("/api/contacts?page=2147483647", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertProblem(http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets?page=abc", String.class), 400,
                "O parâmetro 'page'");
        assertProblem(http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets?size=abc", String.class), 400,
                "O parâmetro 'size'");
        assertProblem(http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/abc/history", String.class), 404, "");
    }

    @Test
    @DisplayName("415 for text/plain, 400 for malformed JSON on contacts and on the staff activation, 405 for a wrong method")
    void bodies() {
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        assertProblem(http.withBasicAuth(ANA, "demo").exchange("/api/tickets", HttpMethod.POST,
                new HttpEntity<>("assunto", text), String.class), 415, "application/json");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertProblem(http.withBasicAuth(ROBERTO, "demo").exchange("/api/contacts", HttpMethod.POST,
                new HttpEntity<>("{\"name\": ", json), String.class), 400, "JSON válido");
        assertProblem(http.withBasicAuth("agente-cst", "demo").exchange("/api/admin/companies/1/administrator/activation",
                HttpMethod.POST, new HttpEntity<>("{nao e json", json), String.class), 400, "JSON válido");
        assertProblem(http.withBasicAuth(ANA, "demo").exchange("/api/tickets", HttpMethod.DELETE, null, String.class),
                405, "DELETE");
    }

    @Test
    @DisplayName("A NUL byte in an attachment's file name: 400 in Portuguese, nothing stored, no servlet failure logged")
    void nulInFileName(CapturedOutput log) throws Exception {
        String number = http.withBasicAuth(ANA, "demo").postForEntity("/api/tickets", Map.of("type", "SUPORTE",
                "product", "PROTHEUS", "subject", "Anexo", "description", "Segue.", "impact", "MEDIO", "urgency",
                "MEDIA"), Map.class).getBody().get("number").toString();
        String boundary = "----atende" + System.nanoTime();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\u0000b.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nconteudo\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/tickets/"
                + number + "/attachments").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (ANA + ":demo").getBytes(StandardCharsets.UTF_8)));
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        String answer = read(connection.getErrorStream() != null ? connection.getErrorStream() : connection.getInputStream());

        assertThat(status).isEqualTo(400);
        assertThat(connection.getContentType()).startsWith("application/problem+json");
        assertThat(answer).contains("Nada foi registrado").doesNotContain("Exception", "multipart servlet");
        assertThat(http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + number + "/attachments", String.class)
                .getBody()).isEqualTo("[]");
        assertThat(log.getOut()).doesNotContain("Servlet.service()", "InvalidFileNameException");
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String phrase) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).contains(phrase).contains("\"detail\"")
                .doesNotContain("Unauthorized", "Forbidden", "Bad Request", "Exception", "org.", "Failed to convert",
                        "\"error\"", "timestamp");
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
