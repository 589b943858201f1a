package io.atende.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.sla.HolidayOnCall;
import io.atende.sla.internal.OnCallAction;
import io.atende.sla.internal.OnCallChange;
import io.atende.sla.internal.OnCallEdit;
import io.atende.team.WebappSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * R15, the holiday on-call duty without the API: CST and process administrators see each calendar's holidays with
 * their plantão, publish, replace and remove one with a reason; every change, the API's too, is in the history with
 * who, when, before, after and why; bad input and stale forms change nothing; nobody else sees or changes anything.
 */
@AtendeIntegrationTest
class HolidayOnCallPageIntegrationTests {

    /** 2028: a year no other test publishes duty for. */
    static final String NATAL = "2028-12-25";
    static final String TIRADENTES = "2028-04-21";
    static final String PROCLAMACAO = "2028-11-15";
    /** The São Paulo city anniversary: no national holiday, a duty for local customers only. */
    static final String SAO_PAULO_ANIVERSARIO = "2028-01-25";

    @Autowired HolidayOnCall onCall;
    @Autowired TestRestTemplate http;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @AfterEach
    void withdrawEverything() {
        for (String calendar : onCall.holidayCalendars()) {
            onCall.list(calendar, 2028).forEach(duty -> onCall.withdraw(calendar, duty.day(),
                    OnCallEdit.unchecked("demo", "Demo", "Limpeza do teste")));
        }
    }

    @Test
    @DisplayName("Every route: anonymous 401, an agent of another team 403, CST and administrators in; refused ones write nothing")
    void onlyCstAndAdministrators() {
        HttpHeaders anonymous = WebappSession.open(rest);
        HttpHeaders rm = WebappSession.signedInToTasklist(rest, "agente-suporte-rm");
        int before = changesOn(NATAL).size();
        int beforeCst = changesOn("cst", NATAL).size();

        ResponseEntity<String> stranger = get("/equipe/plantao", anonymous);
        assertThat(stranger.getStatusCode().value()).isEqualTo(401);
        assertThat(Jsoup.parse(stranger.getBody()).getElementById("entrar")).isNotNull();
        ResponseEntity<String> agent = get("/equipe/plantao?ano=2028", rm);
        assertThat(agent.getStatusCode().value()).isEqualTo(403);
        assertThat(Jsoup.parse(agent.getBody()).getElementById("sem-acesso").text()).contains("CST");
        assertThat(post("suporte", NATAL, publish("08:00-12:00", "Motivo."), anonymous).getStatusCode().value())
                .isEqualTo(401);
        assertThat(post("suporte", NATAL, publish("08:00-12:00", "Motivo."), rm).getStatusCode().value())
                .isEqualTo(403);
        assertThat(post("suporte", NATAL, form("acao", "remover", "motivo", "Motivo."), rm).getStatusCode().value())
                .isEqualTo(403);

        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        assertThat(get("/equipe/plantao", cst).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/equipe/plantao?ano=2028&calendario=suporte&data=" + NATAL, admin).getStatusCode().value())
                .isEqualTo(200);
        assertThat(onCall.find("suporte", LocalDate.parse(NATAL))).isEmpty();
        assertThat(changesOn(NATAL)).hasSize(before);

        assertThat(post("suporte", NATAL, publish("08:00-12:00", "Escala de Natal."), cst).getStatusCode().value())
                .isEqualTo(302);
        assertThat(post("cst", NATAL, publish("09:00-12:00", "Escala da CST."), admin).getStatusCode().value())
                .isEqualTo(302);
        assertThat(onCall.find("suporte", LocalDate.parse(NATAL))).isPresent();
        assertThat(onCall.find("cst", LocalDate.parse(NATAL))).isPresent();
        assertThat(changesOn(NATAL)).hasSize(before + 1);
        assertThat(changesOn("cst", NATAL)).hasSize(beforeCst + 1).first()
                .satisfies(c -> assertThat(c.userId()).isEqualTo("demo"));
    }

    @Test
    @DisplayName("The year's national holidays per calendar that stops on holidays, each with its plantão or 'sem plantão'; "
            + "a local holiday's plantão is listed too")
    void showsTheYearsHolidaysWithTheirDuty() {
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        assertThat(post("suporte", SAO_PAULO_ANIVERSARIO, publish("08:00-12:00", "Aniversário de São Paulo."), cst)
                .getStatusCode().value()).isEqualTo(302);
        assertThat(post("suporte", NATAL, form("horas", "13:00-17:00; 08:00-12:00", "observacao", "Plantão de Natal",
                "motivo", "Escala de Natal.", "versao", ""), cst).getStatusCode().value()).isEqualTo(302);

        Document page = Jsoup.parse(get("/equipe/plantao?ano=2028&alterado", cst).getBody());

        assertThat(page.getElementById("sucesso").text()).contains("histórico");
        assertThat(page.select("#ano option[selected]").text()).isEqualTo("2028");
        assertThat(page.select("section[id^=calendario-]").eachAttr("id")).contains("calendario-suporte",
                "calendario-cst", "calendario-fly01-varejo").doesNotContain("calendario-cloud", "calendario-prime-24x7");
        assertThat(row(page, "cst", TIRADENTES).text()).contains("21/04/2028", "Tiradentes", "sem plantão");
        assertThat(row(page, "suporte", NATAL).select("td.plantao").text()).isEqualTo("08:00-12:00, 13:00-17:00");
        assertThat(row(page, "suporte", NATAL).text()).contains("Natal", "Plantão de Natal", "Alterar");
        assertThat(row(page, "suporte", NATAL).selectFirst("a").attr("href"))
                .isEqualTo("/equipe/plantao?calendario=suporte&data=" + NATAL + "#editar");
        assertThat(row(page, "suporte", "2028-02-28").text()).contains("Carnaval", "sem plantão", "Publicar");
        assertThat(row(page, "suporte", SAO_PAULO_ANIVERSARIO).text()).contains("Sem feriado nacional", "08:00-12:00");
        assertThat(row(page, "cst", SAO_PAULO_ANIVERSARIO)).isNull();
    }

    @Test
    @DisplayName("CST publishes, changes and removes a plantão; the history says who, when, what before and after, and why, "
            + "newest first")
    void publishesChangesAndRemovesWithTheirHistory() {
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");

        assertThat(post("suporte", NATAL, publish("08:00-12:00", "Escala de Natal."), cst).getStatusCode().value())
                .isEqualTo(302);
        Document form = Jsoup.parse(get("/equipe/plantao?calendario=suporte&data=" + NATAL, cst).getBody());
        assertThat(form.getElementById("horas").val()).isEqualTo("08:00-12:00");
        assertThat(form.getElementById("publicar").text()).isEqualTo("Alterar plantão");
        String version = form.select("#form-plantao input[name=versao]").val();
        assertThat(post("suporte", NATAL, form("horas", "08:00-14:00", "observacao", "Meio período", "motivo",
                "Mais chamados no Natal.", "versao", version), cst).getStatusCode().value()).isEqualTo(302);
        assertThat(onCall.find("suporte", LocalDate.parse(NATAL)).orElseThrow().hours()).containsExactly("08:00-14:00");
        String removal = Jsoup.parse(get("/equipe/plantao?calendario=suporte&data=" + NATAL, cst).getBody())
                .select("#form-remover input[name=versao]").val();
        assertThat(post("suporte", NATAL, form("acao", "remover", "motivo", "Equipe de folga.", "versao", removal), cst)
                .getStatusCode().value()).isEqualTo(302);

        assertThat(onCall.find("suporte", LocalDate.parse(NATAL))).isEmpty();
        assertThat(changesOn(NATAL)).extracting(OnCallChange::action).startsWith(OnCallAction.WITHDRAWN,
                OnCallAction.CHANGED, OnCallAction.PUBLISHED);
        OnCallChange changed = changesOn(NATAL).get(1);
        assertThat(changed.userId()).isEqualTo("agente-cst");
        assertThat(changed.name()).isEqualTo("Juliana Rocha");
        assertThat(changed.hoursBefore()).containsExactly("08:00-12:00");
        assertThat(changed.hoursAfter()).containsExactly("08:00-14:00");
        assertThat(changed.noteAfter()).isEqualTo("Meio período");
        assertThat(changed.reason()).isEqualTo("Mais chamados no Natal.");
        assertThat(changed.at()).isNotNull();
        List<String> history = Jsoup.parse(get("/equipe/plantao?ano=2028", cst).getBody())
                .select("#historico-plantao tbody tr").eachText();
        assertThat(history.subList(0, 3)).satisfiesExactly(
                r -> assertThat(r).contains("Juliana Rocha (agente-cst)", "suporte", "25/12/2028", "removido",
                        "08:00-14:00 — Meio período", "sem plantão", "Equipe de folga."),
                r -> assertThat(r).contains("alterado", "08:00-12:00", "08:00-14:00 — Meio período",
                        "Mais chamados no Natal."),
                r -> assertThat(r).contains("publicado", "sem plantão", "08:00-12:00", "Escala de Natal."));
    }

    @Test
    @DisplayName("Bad input: 400 with the Portuguese message and the typed values on the page; nothing written, no history")
    void refusesBadInputWritingNothing() {
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        int before = changesOn(TIRADENTES).size();

        ResponseEntity<String> noReason = post("suporte", TIRADENTES, form("horas", "08:00-12:00", "observacao",
                "Plantão de Tiradentes", "motivo", "  ", "versao", "-1"), cst);
        assertRefused(noReason, 400, "Diga o motivo");
        Document page = Jsoup.parse(noReason.getBody());
        assertThat(page.getElementById("horas").val()).isEqualTo("08:00-12:00");
        assertThat(page.getElementById("observacao").val()).isEqualTo("Plantão de Tiradentes");
        ResponseEntity<String> inverted = post("suporte", TIRADENTES, publish("12:00-08:00", "Escala."), cst);
        assertRefused(inverted, 400, "está invertido");
        assertThat(Jsoup.parse(inverted.getBody()).getElementById("horas").val()).isEqualTo("12:00-08:00");
        assertThat(Jsoup.parse(inverted.getBody()).getElementById("motivo").text()).isEqualTo("Escala.");
        assertRefused(post("suporte", TIRADENTES, publish("08:00-12:00, 11:00-14:00", "Escala."), cst), 400, "se sobrepõe");
        assertRefused(post("suporte", TIRADENTES, publish("8h-12h", "Escala."), cst), 400, "Não foi possível ler");
        assertRefused(post("suporte", TIRADENTES, publish(" ", "Escala."), cst), 400, "Informe o horário");
        assertRefused(post("suporte", TIRADENTES, form("horas", "08:00-12:00", "observacao", "x".repeat(201), "motivo",
                "Escala.", "versao", "-1"), cst), 400, "no máximo 200");
        assertRefused(post("suporte", TIRADENTES, form("acao", "remover", "motivo", "Escala.", "versao", "-1"), cst), 400,
                "Não há plantão publicado");
        assertRefused(post("suporte", "21-04-2028", publish("08:00-12:00", "Escala."), cst), 400, "use AAAA-MM-DD");
        assertRefused(get("/equipe/plantao?ano=dois-mil", cst), 400, "não é válido");
        assertRefused(get("/equipe/plantao?calendario=suporte&data=amanha", cst), 400, "use AAAA-MM-DD");
        assertRefused(post("nao-existe", TIRADENTES, publish("08:00-12:00", "Escala."), cst), 404, "não está entre");
        assertRefused(post("cloud", TIRADENTES, publish("08:00-12:00", "Escala."), cst), 404, "suporte");
        assertThat(postWithoutToken("suporte", TIRADENTES, publish("08:00-12:00", "Escala."), cst).getStatusCode().value())
                .isEqualTo(403);

        assertThat(onCall.find("suporte", LocalDate.parse(TIRADENTES))).isEmpty();
        assertThat(changesOn(TIRADENTES)).hasSize(before);
    }

    @Test
    @DisplayName("Someone else changed the day since the form was shown: 409, their plantão kept, nothing recorded")
    void refusesAStaleForm() {
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        Document empty = Jsoup.parse(get("/equipe/plantao?calendario=suporte&data=" + PROCLAMACAO, cst).getBody());
        String seen = empty.select("#form-plantao input[name=versao]").val();
        assertThat(seen).isEqualTo("-1");
        assertThat(api("PUT", "/api/admin/on-call/suporte/" + PROCLAMACAO, Map.of("hours", List.of("09:00-11:00"),
                "reason", "Publicado pela API.")).getStatusCode().value()).isEqualTo(200);
        int before = changesOn(PROCLAMACAO).size();

        ResponseEntity<String> stale = post("suporte", PROCLAMACAO, form("horas", "08:00-12:00", "motivo", "Escala.",
                "versao", seen), cst);

        assertRefused(stale, 409, "Outra pessoa alterou");
        assertThat(Jsoup.parse(stale.getBody()).getElementById("horas").val()).isEqualTo("09:00-11:00");
        assertThat(Jsoup.parse(stale.getBody()).getElementById("motivo").text()).isEqualTo("Escala.");
        String current = Jsoup.parse(stale.getBody()).select("#form-remover input[name=versao]").val();
        assertRefused(post("suporte", PROCLAMACAO, form("acao", "remover", "motivo", "Folga.", "versao",
                String.valueOf(Long.parseLong(current) + 1)), cst), 409, "Outra pessoa alterou");
        assertThat(onCall.find("suporte", LocalDate.parse(PROCLAMACAO)).orElseThrow().hours()).containsExactly("09:00-11:00");
        assertThat(changesOn(PROCLAMACAO)).hasSize(before);
    }

    @Test
    @DisplayName("The API's changes are in the history too: its caller, an optional reason; the same plantão again records nothing")
    void recordsTheApisChanges() {
        String url = "/api/admin/on-call/cst/" + TIRADENTES;
        int before = changesOn("cst", TIRADENTES).size();

        assertThat(api("PUT", url, Map.of("hours", List.of("08:00-12:00"), "reason", "Escala de Tiradentes."))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api("PUT", url, Map.of("hours", List.of("08:00-12:00"))).getStatusCode().value()).isEqualTo(200);
        assertThat(api("PUT", url, Map.of("hours", List.of("08:00-10:00"), "note", "Curto")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(api("DELETE", url + "?reason=Cancelado", null).getStatusCode().value()).isEqualTo(204);

        List<OnCallChange> all = changesOn("cst", TIRADENTES);
        List<OnCallChange> changes = all.subList(0, all.size() - before);
        assertThat(changes).extracting(OnCallChange::action).containsExactly(OnCallAction.WITHDRAWN,
                OnCallAction.CHANGED, OnCallAction.PUBLISHED);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.userId()).isEqualTo("demo");
            assertThat(c.name()).isNotBlank();
            assertThat(c.calendarId()).isEqualTo("cst");
        });
        assertThat(changes).extracting(OnCallChange::reason).containsExactly("Cancelado", null, "Escala de Tiradentes.");
        assertThat(changes.get(1).hoursBefore()).containsExactly("08:00-12:00");
        assertThat(changes.get(1).noteAfter()).isEqualTo("Curto");
        assertThat(changes.get(0).hoursAfter()).isEmpty();

        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        assertThat(Jsoup.parse(get("/equipe/plantao?ano=2028", cst).getBody()).select("#historico-plantao tbody tr")
                .first().text()).contains("(demo)", "cst", "21/04/2028", "removido", "Cancelado");
    }

    private List<OnCallChange> changesOn(String date) {
        return onCall.history("suporte", LocalDate.parse(date));
    }

    private List<OnCallChange> changesOn(String calendar, String date) {
        return onCall.history(calendar, LocalDate.parse(date));
    }

    private static Element row(Document page, String calendar, String date) {
        return page.selectFirst("#calendario-" + calendar + " tr[data-dia=" + date + "]");
    }

    private static void assertRefused(ResponseEntity<String> response, int status, String message) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(Jsoup.parse(response.getBody()).getElementById("erro").text()).contains(message);
    }

    private static MultiValueMap<String, String> publish(String hours, String reason) {
        return form("horas", hours, "motivo", reason, "versao", "");
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    /** Posts as a browser would: with the session's CSRF token (read from a page of the session that has a form). */
    private ResponseEntity<String> post(String calendar, String date, MultiValueMap<String, String> form,
            HttpHeaders session) {
        ResponseEntity<String> page = get("/entrar", session);
        WebappSession.keepCookies(session, page);
        var token = page.getBody() == null ? null : Jsoup.parse(page.getBody()).selectFirst("input[name=_csrf]");
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
        fields.set("_csrf", token == null ? "" : token.attr("value"));
        return postWithoutToken(calendar, date, fields, session);
    }

    private ResponseEntity<String> postWithoutToken(String calendar, String date, MultiValueMap<String, String> form,
            HttpHeaders session) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/equipe/plantao/" + calendar + "/" + date, HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private ResponseEntity<String> api(String method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("demo", "demo").exchange(url, HttpMethod.valueOf(method), new HttpEntity<>(body, headers),
                String.class);
    }
}
