package io.atende.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A browser-less portal session for integration tests: cookies, CSRF tokens from the forms, no redirects followed. */
public final class PortalClient {

    private final String base;
    private final Map<String, String> cookies = new HashMap<>();

    PortalClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A client nobody signed in with (the server gives it a session when it needs one). */
    public static PortalClient anonymous(int port) {
        return new PortalClient(port);
    }

    public static PortalClient loggedIn(int port, String email, String password) {
        PortalClient client = new PortalClient(port);
        Connection.Response response = client.login(email, password);
        if (!response.header("Location").endsWith("/")) {
            throw new IllegalStateException("login failed for " + email + ": " + response.header("Location"));
        }
        return client;
    }

    Connection.Response login(String email, String password) {
        return post("/entrar", csrfFrom("/entrar"), "email", email, "senha", password);
    }

    public Connection.Response get(String path) {
        return execute(connect(path).method(Connection.Method.GET));
    }

    Document page(String path) {
        Connection.Response response = get(path);
        try {
            return response.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSRF token of the first form on {@code path}. */
    public String csrfFrom(String path) {
        Element token = page(path).selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return token.val();
    }

    Connection.Response post(String path, String csrf, String... fields) {
        Connection connection = connect(path).method(Connection.Method.POST);
        if (csrf != null) {
            connection.data("_csrf", csrf);
        }
        for (int i = 0; i < fields.length; i += 2) {
            connection.data(fields[i], fields[i + 1]);
        }
        return execute(connection);
    }

    /** Sends {@code method} to {@code path} with the CSRF token {@code csrf} (none when null) as its only field. */
    public Connection.Response send(String method, String path, String csrf) {
        Connection connection = connect(path).method(Connection.Method.valueOf(method));
        if (csrf != null) {
            connection.data("_csrf", csrf);
        }
        return execute(connection);
    }

    Connection connect(String path) {
        return Jsoup.connect(base + path).cookies(cookies).followRedirects(false).ignoreHttpErrors(true)
                .ignoreContentType(true).maxBodySize(0);
    }

    Connection.Response execute(Connection connection) {
        try {
            Connection.Response response = connection.execute();
            cookies.putAll(response.cookies());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String session() {
        return cookies.get("JSESSIONID");
    }
}
