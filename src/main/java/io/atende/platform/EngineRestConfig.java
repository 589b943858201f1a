package io.atende.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API as the starter configures it, plus mappings: a task completion refused
 * by a listener's validation ({@link BadUserRequestException}, wrapped by the engine and the REST
 * resource) answers 400 with the listener's message instead of 500; one refused by the ticket's state
 * ({@link StateConflict}) or lost to a concurrent change (optimistic locking) answers 409.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfig {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(RefusedInputMapper.class, 1);
                register(EngineExceptionMapper.class, 1);
                register(UnexpectedErrorMapper.class, 1);
                register(MalformedJsonMapper.class, 1);
                register(MalformedJsonParseMapper.class, 1);
                register(DeploymentGate.class);
            }
        };
    }

    /** The task resources wrap engine exceptions in a RestException (500); look inside it. */
    @Priority(1)
    static class RefusedInputMapper implements ExceptionMapper<RestException> {

        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.UriInfo request;

        @Override
        public Response toResponse(RestException exception) {
            if (endedUnder(request, exception)) {
                return taskGone();
            }
            if (concurrentChange(exception)) {
                return conflict();
            }
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof NullValueException || cause instanceof TaskAlreadyClaimedException) {
                    return new EngineExceptionMapper().toResponse((ProcessEngineException) cause);
                }
                if (cause instanceof StateConflict late) {
                    return answer(Response.Status.CONFLICT, "StateConflict", late.getMessage());
                }
                if (cause instanceof BadUserRequestException refused) {
                    return ExceptionHandlerHelper.getInstance().getResponse(refused);
                }
                if (cause.getMessage() != null && cause.getMessage().contains("serialization format is prohibited")) {
                    return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "Variáveis serializadas em "
                            + "Java não são aceitas. Envie o valor como JSON (tipo Json ou String).");
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    /**
     * The engine's own exceptions as Camunda's REST maps them, except those it answers 500 although the caller can
     * mend them: a task already claimed by someone else (409), a required value missing (400).
     */
    @Priority(1)
    static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.UriInfo request;

        private static final java.util.regex.Pattern MISSING =
                java.util.regex.Pattern.compile("(?i)cannot find|not found|does(n't| not) exist");

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (endedUnder(request, exception)) {
                return taskGone();
            }
            if (concurrentChange(exception)) {
                return conflict();
            }
            if (exception instanceof TaskAlreadyClaimedException) {
                return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", "A tarefa já foi assumida por "
                        + "outra pessoa. Atualize a lista de tarefas.");
            }
            if (exception instanceof NullValueException) {
                // the engine says "Cannot find task …" through a null check: the resource is missing, not the input
                boolean missing = exception.getMessage() != null
                        && MISSING.matcher(exception.getMessage()).find();
                if (missing && exception.getMessage().startsWith("Cannot find task")) {
                    return taskGone();
                }
                return answer(missing ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
                        missing ? "NotFoundException" : "InvalidRequestException", exception.getMessage());
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    /**
     * Anything else that escapes a REST resource (a NullPointerException in a listener, say): 500 with a code
     * logged with the stack trace, never the exception's class or message in the answer (issue 12).
     */
    @Priority(1)
    static class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

        private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorMapper.class);
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.UriInfo request;
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.HttpHeaders headers;

        @Override
        public Response toResponse(Throwable exception) {
            if (exception instanceof jakarta.ws.rs.WebApplicationException web) {
                return web.getResponse(); // the framework's own answers (404 unknown path, 405, 415, …)
            }
            if (exception instanceof ProcessEngineException engine) {
                return new EngineExceptionMapper().toResponse(engine);
            }
            if (exception instanceof RestException rest) {
                return new RefusedInputMapper().toResponse(rest);
            }
            if (endedUnder(request, exception)) {
                return taskGone();
            }
            if (exception instanceof NullPointerException && withoutBody(headers)) {
                // the resource read its DTO from a body that was not sent (start, complete, … without Content-Type)
                return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "Esta operação precisa de um "
                        + "corpo JSON (Content-Type: application/json), como a documentação da API REST do Camunda "
                        + "descreve; nada foi feito.");
            }
            String code = UUID.randomUUID().toString().substring(0, 8);
            log.error("Engine REST request failed, code {}", code, exception);
            return answer(Response.Status.INTERNAL_SERVER_ERROR, "InternalError", "Erro interno ao atender ao pedido; "
                    + "nada foi registrado pela metade. Se continuar, informe ao suporte o código " + code + ".");
        }
    }

    /** No body was sent: neither a length nor a chunked transfer. */
    static boolean withoutBody(jakarta.ws.rs.core.HttpHeaders headers) {
        return headers != null && headers.getLength() <= 0 && headers.getHeaderString("Transfer-Encoding") == null;
    }

    /**
     * A body that is not JSON, or not the JSON the operation reads: 400 problem+json in Portuguese like the
     * container's own refusals (issue 24; Jackson's mapper answered its English parser message as text/plain). The
     * {@code message} field repeats the detail for clients that read Camunda's error shape (Tasklist).
     */
    static Response malformedJson() {
        String detail = "O corpo da requisição não é um JSON válido para esta operação. Envie um objeto JSON com os "
                + "campos que a documentação da API REST do Camunda descreve; nada foi feito.";
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", Problems.TYPE_BASE + "invalid-request");
        body.put("title", "JSON inválido");
        body.put("status", 400);
        body.put("detail", detail);
        body.put("message", detail);
        return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json").entity(body).build();
    }

    @Priority(1)
    static class MalformedJsonMapper implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
            return malformedJson();
        }
    }

    @Priority(1)
    static class MalformedJsonParseMapper implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
            return malformedJson();
        }
    }

    /**
     * {@code POST /deployment/create} before its body is read (issue 24): a caller who may not create deployments
     * gets 403 whatever they send, and a request that is not multipart/form-data 400 (the resource failed with a
     * NullPointerException on it).
     */
    static class DeploymentGate implements jakarta.ws.rs.container.ContainerRequestFilter {

        @Override
        public void filter(jakarta.ws.rs.container.ContainerRequestContext context) {
            String path = context.getUriInfo().getPath();
            if (!"POST".equals(context.getMethod()) || !path.replaceAll("^/+|/+$", "").equals("deployment/create")) {
                return;
            }
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) EngineUtil
                    .lookupProcessEngine(null).getProcessEngineConfiguration();
            org.camunda.bpm.engine.impl.identity.Authentication caller =
                    configuration.getIdentityService().getCurrentAuthentication();
            if (configuration.isAuthorizationEnabled() && caller != null && !configuration.getAuthorizationService()
                    .isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                            org.camunda.bpm.engine.authorization.Permissions.CREATE,
                            org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT)) {
                context.abortWith(answer(Response.Status.FORBIDDEN, "AuthorizationException", "Sua conta não pode "
                        + "implantar processos nem decisões: isso cabe aos administradores do processo (camunda-admin)."));
                return;
            }
            MediaType type = context.getMediaType();
            if (type == null || !MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)) {
                context.abortWith(answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "Envie a implantação "
                        + "como multipart/form-data, com ao menos um arquivo (.bpmn, .dmn ou .form)."));
            }
        }
    }

    /**
     * Two requests changed one ticket at once (the customer's reply and the team's completion, say): the engine's or
     * the ticket's optimistic lock let one win and rolled the other back whole.
     */
    static boolean concurrentChange(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException
                    || cause instanceof org.springframework.dao.OptimisticLockingFailureException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    // waited too long for the ticket's row lock (jakarta's LockTimeoutException and
                    // PessimisticLockException, Spring's CannotAcquireLockException)
                    || cause instanceof org.springframework.dao.PessimisticLockingFailureException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static Response conflict() {
        return answer(Response.Status.CONFLICT, "OptimisticLockingException", "O ticket mudou enquanto o pedido era "
                + "atendido (por exemplo, o cliente respondeu ao mesmo tempo). Nada foi registrado; atualize a tarefa "
                + "e veja o ticket antes de tentar de novo.");
    }

    private static final java.util.regex.Pattern TASK_PATH = java.util.regex.Pattern.compile("^/?task/([^/]+)/");
    private static final Logger log = LoggerFactory.getLogger(EngineRestConfig.class);

    /**
     * Whatever failed on {@code /task/{id}/…} (a refused variable, a missing permission, even an engine
     * NullPointerException): when the task ended meanwhile — the customer's reply ends "Aguardar resposta do
     * cliente" — the engine read it half-gone, and the true answer is that it is gone.
     */
    static boolean endedUnder(jakarta.ws.rs.core.UriInfo request, Throwable exception) {
        java.util.regex.Matcher task = request == null ? null : TASK_PATH.matcher(request.getPath());
        if (task == null || !task.find() || !anyTaskGone(List.of(task.group(1)))) {
            return false;
        }
        log.info("Task {} ended while a request on it ran ({})", task.group(1), exception.toString());
        return true;
    }

    static Response taskGone() {
        return answer(Response.Status.NOT_FOUND, "NotFoundException", "A tarefa não existe mais: já foi concluída ou "
                + "encerrada (por exemplo, pela resposta do cliente). Atualize a lista de tarefas.");
    }

    static boolean anyTaskGone(List<String> tasks) {
        if (tasks.isEmpty()) {
            return false;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) EngineUtil
                .lookupProcessEngine(null).getProcessEngineConfiguration();
        // the engine's own lookup, without the caller's authorization (which is what failed)
        return configuration.getCommandExecutorTxRequired().execute(context -> tasks.stream()
                .anyMatch(id -> context.getTaskManager().findTaskById(id) == null));
    }

    /** Camunda's REST error shape: {@code {"type": …, "message": …}}. */
    static Response answer(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message == null ? "" : message)).build();
    }
}
