package io.atende.portal;

import io.atende.account.Customer;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stand-ins for the survey (R21) and Ouvidoria (R13) services until their modules are merged: a
 * module that provides a {@link SurveyPort} or {@link OuvidoriaPort} bean replaces them.
 */
@Configuration(proxyBeanMethods = false)
class PortalPorts {

    @Bean
    @ConditionalOnMissingBean
    SurveyPort survey() {
        return new SurveyPort() {
            @Override
            public Optional<Invitation> invitation(Customer viewer, String ticketNumber) {
                return Optional.empty();
            }

            @Override
            public void answer(Customer viewer, String ticketNumber, boolean satisfied, String comment) {
                throw new PortalUnavailableException("A pesquisa de satisfação ainda não está disponível no portal. "
                        + "Você receberá o convite por e-mail quando o atendimento for concluído.");
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    OuvidoriaPort ouvidoria() {
        return new OuvidoriaPort() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String escalate(Customer customer, List<String> earlierTickets, String text) {
                throw new PortalUnavailableException("A Ouvidoria ainda não recebe pedidos pelo portal. Ligue para "
                        + "4003-0015, opção 8, com o número dos tickets anteriores.");
            }
        };
    }
}
