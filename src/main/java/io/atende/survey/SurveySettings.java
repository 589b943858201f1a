package io.atende.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the survey module ({@code atende.survey.*}, R21).
 *
 * @param expiresAfter how long an invitation may be answered (R21 decision: 30 days, exact instant)
 */
@ConfigurationProperties("atende.survey")
public record SurveySettings(
        @DefaultValue("P30D") Duration expiresAfter) {
}
