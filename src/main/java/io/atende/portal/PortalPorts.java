package io.atende.portal;

import io.atende.account.Customer;
import io.atende.ouvidoria.InvalidOuvidoriaRequestException;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.ouvidoria.OuvidoriaStateException;
import io.atende.portal.internal.OuvidoriaPort;
import io.atende.portal.internal.PortalActionRefusedException;
import io.atende.portal.internal.SurveyPort;
import io.atende.survey.InvalidSurveyAnswerException;
import io.atende.survey.SatisfactionSurvey;
import io.atende.survey.SurveyAnswer;
import io.atende.survey.SurveyDesk;
import io.atende.survey.SurveyNotFoundException;
import io.atende.survey.SurveyStateException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's survey (R21) and Ouvidoria (R13) pages on the survey and Ouvidoria modules. */
@Configuration(proxyBeanMethods = false)
class PortalPorts {

    @Bean
    SurveyPort survey(SurveyDesk desk) {
        return new SurveyPort() {
            @Override
            public Optional<Invitation> invitation(Customer viewer, String ticketNumber) {
                try {
                    SatisfactionSurvey s = desk.ofTicket(viewer, ticketNumber);
                    return Optional.of(new Invitation(ticketNumber, s.getExpiresAt(),
                            s.getAnswer() == null ? null : s.getAnswer() == SurveyAnswer.BOM, s.getComment()));
                } catch (SurveyNotFoundException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void answer(Customer viewer, String ticketNumber, boolean satisfied, String comment) {
                try {
                    desk.answerTicket(viewer, ticketNumber, satisfied ? "BOM" : "RUIM", comment);
                } catch (SurveyStateException | InvalidSurveyAnswerException e) {
                    throw new PortalActionRefusedException(e.getMessage());
                }
            }
        };
    }

    @Bean
    OuvidoriaPort ouvidoria(OuvidoriaDesk desk) {
        return new OuvidoriaPort() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String escalate(Customer customer, List<String> earlierTickets, String text) {
                try {
                    return desk.open(customer, earlierTickets, text).number().toString();
                } catch (InvalidOuvidoriaRequestException | OuvidoriaStateException e) {
                    throw new PortalActionRefusedException(e.getMessage());
                }
            }
        };
    }
}
