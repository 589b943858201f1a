package io.atende.ouvidoria;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ouvidoria module ({@code atende.ouvidoria.*}, R13).
 *
 * @param responseBusinessDays the response target: the case is due at 23:59:59 Brasília of this
 *     many business days of {@code calendar} after the day it was opened
 * @param calendar the business calendar of the target (see atende.sla.calendars)
 */
@ConfigurationProperties("atende.ouvidoria")
public record OuvidoriaSettings(
        @DefaultValue("10") int responseBusinessDays,
        @DefaultValue("ouvidoria") String calendar) {

    public OuvidoriaSettings {
        if (responseBusinessDays < 1 || responseBusinessDays > 60) {
            throw new IllegalArgumentException("atende.ouvidoria.response-business-days must be between 1 and 60, was "
                    + responseBusinessDays);
        }
    }
}
