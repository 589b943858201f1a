package io.atende;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.account.CustomerDirectory;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.Channel;
import io.atende.ticket.Product;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff route ({@code /equipe/**}, as Spring MVC maps them now, so a new one is included without anybody listing
 * it) is closed to whoever is not signed in to the Camunda webapps: nobody signed in and a customer signed in to the
 * portal (in the same browser) get 302, 401 or 403 for every HTTP method of every route, with a valid CSRF token so
 * that it is the authorization that refuses, never a page (200), a bad request (400), a missing thing (404) or an
 * error (500). And the staff chain has a rule for each of them: a process administrator is let through to every GET
 * route (not 401/403), so a new route nobody wrote a rule for (denied to all by default) fails here too.
 */
@AtendeIntegrationTest
class StaffRoutesDeniedByDefaultIntegrationTests {

    static final Set<Integer> REFUSED = Set.of(302, 401, 403);
    static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @LocalServerPort int port;

    TestRestTemplate rest;
    String ticketNumber;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void aTicket() {
        ticketNumber = desk.open(customers.byEmail(ANA).orElseThrow(), TicketFixtures.supportDraft(Channel.PORTAL,
                Product.PROTHEUS), null).number().toString();
    }

    /** A route: an HTTP method and a path with its variables filled. */
    record Route(String method, String pattern, String path) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyStaffRouteRefusesAnonymousAndCustomers() {
        List<Route> routes = staffRoutes();
        assertThat(routes).as("the staff routes found").hasSizeGreaterThan(30)
                .anyMatch(r -> r.method().equals("POST")).anyMatch(r -> r.pattern().startsWith("/equipe/tickets/"));

        PortalClient anonymous = PortalClient.anonymous(port);
        String anonymousToken = anonymous.csrfFrom("/entrar");
        PortalClient customer = PortalClient.loggedIn(port, ANA, "demo");
        String customerToken = customer.csrfFrom("/tickets/novo");

        List<String> open = new ArrayList<>();
        for (Route route : routes) {
            Connection.Response byAnonymous = anonymous.send(route.method(), route.path(), token(route, anonymousToken));
            if (!REFUSED.contains(byAnonymous.statusCode())) {
                open.add(route + " anonymous: " + byAnonymous.statusCode());
            }
            Connection.Response byCustomer = customer.send(route.method(), route.path(), token(route, customerToken));
            if (!REFUSED.contains(byCustomer.statusCode())) {
                open.add(route + " customer: " + byCustomer.statusCode());
            } else if (byCustomer.statusCode() == 401) {
                // the staff sign-in page, nothing of the route's own page
                assertThat(Jsoup.parse(byCustomer.body()).getElementById("entrar")).as(route.toString()).isNotNull();
            }
        }
        assertThat(open).as("staff routes answered without a staff login").isEmpty();
    }

    @Test
    void everyStaffRouteHasARuleThatLetsAnAdministratorIn() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        List<String> closed = new ArrayList<>();
        for (Route route : staffRoutes()) {
            if (!route.method().equals("GET")) {
                continue; // writes are not sent: they would change the shared demo data
            }
            ResponseEntity<String> page = rest.exchange(route.path(), HttpMethod.GET, new HttpEntity<>(admin),
                    String.class);
            if (page.getStatusCode().value() == 401 || page.getStatusCode().value() == 403) {
                closed.add(route + ": " + page.getStatusCode().value());
            }
        }
        assertThat(closed).as("staff routes without a rule (denied to everybody)").isEmpty();
    }

    private static String token(Route route, String token) {
        return route.method().equals("GET") ? null : token;
    }

    /** Every (method, path) Spring MVC maps under /equipe, with plausible values for the path variables. */
    private List<Route> staffRoutes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST", "PUT", "DELETE")
                    : methods.stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/equipe") && !pattern.startsWith("/equipe/") && !pattern.startsWith("/equipe.")) {
                    continue;
                }
                for (String method : names) {
                    if (seen.add(method + " " + pattern)) {
                        routes.add(new Route(method, pattern, fill(pattern)));
                    }
                }
            }
        }
        return routes;
    }

    private String fill(String pattern) {
        Map<String, String> values = Map.of("number", ticketNumber, "calendarId", "suporte", "date", "2026-12-25");
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll(":.*", "");
            matcher.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(name, "1")));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
