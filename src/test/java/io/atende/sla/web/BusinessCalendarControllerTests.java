package io.atende.sla.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.atende.sla.SlaConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The public due-date endpoint over the shipped calendars, and each of its errors. */
@WebMvcTest(BusinessCalendarController.class)
@AutoConfigureMockMvc(addFilters = false) // security is configured elsewhere; this endpoint is public
@Import(SlaConfiguration.class)
class BusinessCalendarControllerTests {

    private static final String URL = "/api/business-calendar/due-date";

    @Autowired
    private MockMvc mvc;

    private ResultActions dueDate(String query) throws Exception {
        return mvc.perform(get(URL + "?" + query));
    }

    private static void isProblem(ResultActions result, String detailFragment) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString(detailFragment)));
    }

    @Test
    @DisplayName("R8: business hours on CST skip the lunch break; the answer is in Brasília time")
    void answersDueDateInBusinessHours() throws Exception {
        dueDate("calendar=cst&state=SP&city=São Paulo&start=2026-03-02T13:00:00Z&businessHours=3")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                // 13:00Z is 10:00 in Brasília: 10–12 (2h), 13:30 + 1h.
                .andExpect(jsonPath("$.dueAt").value("2026-03-02T14:30:00-03:00"));
    }

    @Test
    @DisplayName("R18: business days end at 23:59:59 Brasília; 20 Nov is a holiday")
    void answersDueDateInBusinessDays() throws Exception {
        dueDate("calendar=dias-uteis&state=SP&city=Sao%20Paulo&start=2026-11-13T15:00:00-03:00&businessDays=7")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value("2026-11-25T23:59:59-03:00"));
    }

    @Test
    void worksWithoutLocation() throws Exception {
        dueDate("calendar=suporte&start=2026-02-13T18:00:00-03:00&businessHours=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value("2026-02-18T08:00:00-03:00"));
    }

    @Test
    void refusesUnknownCalendarListingTheValidOnes() throws Exception {
        isProblem(dueDate("calendar=plantao&start=2026-03-02T10:00:00-03:00&businessHours=1"),
                "O calendário \"plantao\" não existe; use um destes:");
        dueDate("calendar=plantao&start=2026-03-02T10:00:00-03:00&businessHours=1")
                .andExpect(jsonPath("$.detail").value(allOf(containsString("cst"), containsString("fly01-varejo"),
                        containsString("suporte"))));
    }

    @Test
    void refusesUnreadableStartShowingAnExample() throws Exception {
        isProblem(dueDate("calendar=suporte&start=13/11/2026&businessHours=1"),
                "use, por exemplo, start=2026-11-13T17:00:00-03:00");
        isProblem(dueDate("calendar=suporte&start=2026-11-13T17:00:00&businessHours=1"), "ISO-8601 com fuso");
    }

    @Test
    void refusesBothOrNeitherCount() throws Exception {
        isProblem(dueDate("calendar=suporte&start=2026-03-02T10:00:00-03:00&businessHours=1&businessDays=1"),
                "Informe exatamente um de businessHours");
        isProblem(dueDate("calendar=suporte&start=2026-03-02T10:00:00-03:00"), "Informe exatamente um de businessHours");
    }

    @Test
    void refusesNegativeCounts() throws Exception {
        isProblem(dueDate("calendar=suporte&start=2026-03-02T10:00:00-03:00&businessHours=-1"), "não podem ser negativos");
        isProblem(dueDate("calendar=suporte&start=2026-03-02T10:00:00-03:00&businessDays=-2"), "não podem ser negativos");
    }

    @Test
    void refusesNonNumericAndHugeCountsAndMissingParameters() throws Exception {
        isProblem(dueDate("calendar=suporte&start=2026-03-02T10:00:00-03:00&businessHours=dez"),
                "businessHours=\"dez\" deve ser um número inteiro");
        isProblem(dueDate("calendar=suporte&start=2026-03-02T10:00:00-03:00&businessHours=999999999"), "fora do limite");
        isProblem(dueDate("start=2026-03-02T10:00:00-03:00&businessHours=1"), "Informe o parâmetro calendar");
    }
}
