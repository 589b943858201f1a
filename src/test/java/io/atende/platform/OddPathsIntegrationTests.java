package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 12: paths Tomcat or the firewall refuse answer in Portuguese, never Tomcat's English page with its version. */
@AtendeIntegrationTest
class OddPathsIntegrationTests {

    @LocalServerPort int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/tickets/%00", "/api/tickets/1%2F2", "/api/tickets/%2e%2e%2fadmin", "/tickets/%00",
            "/tickets/1%2F2", "/acao/%00", "/engine-rest/task/%00"})
    @DisplayName("400 in Portuguese: JSON on the APIs, a page otherwise")
    void refusedInPortuguese(String path) throws Exception {
        String answer = raw(path);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContain("HTTP Status", "Apache Tomcat", "Bad Request", "Exception");
        assertThat(answer).containsAnyOf("não são aceitos", "inválid");
    }

    private String raw(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
