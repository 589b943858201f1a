package io.atende.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API as the starter configures it, plus one mapping: a task completion refused
 * by a listener's validation ({@link BadUserRequestException}, wrapped by the engine and the REST
 * resource) answers 400 with the listener's message instead of 500.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfig {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(RefusedInputMapper.class, 1);
            }
        };
    }

    /** The task resources wrap engine exceptions in a RestException (500); look inside it. */
    @Priority(1)
    static class RefusedInputMapper implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BadUserRequestException refused) {
                    return ExceptionHandlerHelper.getInstance().getResponse(refused);
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
