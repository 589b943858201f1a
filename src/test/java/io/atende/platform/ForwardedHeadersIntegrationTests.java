package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Issue 12: behind a TLS proxy (X-Forwarded-Proto: https) the production start sends HSTS and redirects to https. */
@AtendeIntegrationTest
class ForwardedHeadersIntegrationTests {

    @Autowired TestRestTemplate http;

    @Test
    @DisplayName("The production profile trusts the proxy's forwarded headers")
    void productionProfileSetsTheStrategy() throws IOException {
        List<PropertySource<?>> postgres = new YamlPropertySourceLoader().load("postgres",
                new ClassPathResource("application-postgres.yml"));
        assertThat(postgres.get(0).getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    @DisplayName("A request the proxy received over https gets HSTS and an https redirect to the login page")
    void forwardedHttpsIsSecure() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-Proto", "https");
        headers.set("X-Forwarded-Host", "atende.example.com");
        ResponseEntity<String> response = http.withRedirects(Redirects.DONT_FOLLOW)
                .exchange("/tickets/novo", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(response.getHeaders().getLocation()).hasScheme("https").hasHost("atende.example.com");
        assertThat(response.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");

        ResponseEntity<String> plain = http.withRedirects(Redirects.DONT_FOLLOW).getForEntity("/tickets/novo", String.class);
        assertThat(plain.getHeaders().getFirst("Strict-Transport-Security")).isNull();
    }

    @Test
    @DisplayName("Issue 24: behind the proxy every route sends HSTS, the Camunda webapps and Swagger UI included")
    void everyRouteSendsHstsOverHttps() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-Proto", "https");
        for (String path : List.of("/camunda/app/tasklist/", "/camunda/app/welcome/default/", "/swagger-ui/index.html",
                "/ajuda", "/engine-rest/engine", "/api/tickets", "/equipe/artigos")) {
            ResponseEntity<String> response = http.withRedirects(Redirects.DONT_FOLLOW)
                    .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getHeaders().getFirst("Strict-Transport-Security")).as(path).contains("max-age=");
        }
        ResponseEntity<String> plain = http.withRedirects(Redirects.DONT_FOLLOW).getForEntity("/camunda/app/tasklist/",
                String.class);
        assertThat(plain.getHeaders().getFirst("Strict-Transport-Security")).isNull();
    }

    @Test
    @DisplayName("Issue 24: Swagger UI has a CSP that allows only its own scripts; /ajuda has the documented portal CSP")
    void swaggerUiAndHelpCentreCsp() {
        ResponseEntity<String> swagger = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(swagger.getStatusCode().value()).isEqualTo(200);
        String docsCsp = swagger.getHeaders().getFirst("Content-Security-Policy");
        assertThat(docsCsp).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(org.jsoup.Jsoup.parse(swagger.getBody()).select("script:not([src])")).as("no inline script").isEmpty();

        String helpCsp = http.getForEntity("/ajuda", String.class).getHeaders().getFirst("Content-Security-Policy");
        assertThat(helpCsp).isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'");
    }
}
