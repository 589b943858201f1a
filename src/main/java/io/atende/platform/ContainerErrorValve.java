package io.atende.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any servlet sees them — {@code %00}, an encoded slash {@code %2F}, an encoded
 * {@code ../} in the path — got Tomcat's English "HTTP Status 400 – Bad Request" page with its version (issue 12).
 * The host's error report valve is replaced by {@link Report}, which answers any error nobody wrote a body for in
 * Portuguese: JSON for the APIs ({@code /api}, {@code /engine-rest}), a short page otherwise. Errors the application
 * answers itself (its error controller) are left as they are.
 */
final class ContainerErrorValve {

    private ContainerErrorValve() {
    }

    /** The host's error report in Portuguese: what nobody else answered (no version, no stack trace). */
    public static class Report extends org.apache.catalina.valves.ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                write(request, response, status);
            } catch (IOException e) {
                // the client went away
            }
        }
    }

    static void write(Request request, Response response, int status) throws IOException {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean api = uri.startsWith("/api/") || uri.startsWith("/engine-rest/");
        String detail = status == 400
                ? "O endereço pedido tem caracteres que não são aceitos (por exemplo %00, %2F ou ../ codificados). "
                        + "Confira o endereço e tente de novo."
                : "O pedido não pôde ser atendido (HTTP " + status + ").";
        response.setCharacterEncoding("UTF-8");
        Writer out = response.getReporter();
        if (out == null) {
            return;
        }
        if (api) {
            response.setContentType("application/problem+json");
            out.write("{\"type\":\"https://atende.io/problems/invalid-request\",\"title\":\"Endereço inválido\","
                    + "\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
        } else {
            response.setContentType("text/html");
            out.write("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>Endereço inválido"
                    + "</title></head><body><h1>Endereço inválido</h1><p>" + detail + "</p><p><a href=\"/\">Voltar "
                    + "ao início</a></p></body></html>");
        }
        out.flush();
    }

    /** Replaces the embedded Tomcat's error report valve with {@link Report}. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // the host's error report valve (Tomcat's English page) is replaced by the Portuguese one
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    for (org.apache.catalina.Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof org.apache.catalina.valves.ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(Report.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
