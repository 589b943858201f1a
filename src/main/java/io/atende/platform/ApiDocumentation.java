package io.atende.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the JSON API only (not the portal's pages), HTTP
 * Basic, and the one error format every operation may answer with, {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.info(new Info().title("Atende API").version("1")
                    .description("Tickets (R16–R19), attachments, contacts (R2) and staff activation (R1). Lists are "
                            + "paginated (page, size; at most 100). Errors are application/problem+json (RFC 9457) "
                            + "with a Portuguese detail that says what to do."));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Customer API: the contact's e-mail and password. /api/admin/**: a Camunda user."));
            components.addSchemas(PROBLEM, new ObjectSchema()
                    .addProperty("type", new StringSchema().format("uri"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema().format("uri"))
                    .addProperty("field", new StringSchema().description("the request field at fault, when one is")));
            api.setComponents(components);
            api.addSecurityItem(new SecurityRequirement().addList("basic"));
            Map<String, String> errors = Map.of(
                    "400", "Invalid request; the detail names the field and the accepted values",
                    "401", "Not authenticated",
                    "403", "Not allowed (e.g. company blocked, R4; not the company administrator, R2)",
                    "404", "Not found among what the caller may see (another company's data looks the same)",
                    "409", "Not allowed in the current state (e.g. contest window ended; last administrator)");
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().forEach(op ->
                        errors.forEach((code, text) -> {
                            if (op.getResponses() != null && !op.getResponses().containsKey(code)) {
                                op.getResponses().addApiResponse(code, new ApiResponse().description(text)
                                        .content(new Content().addMediaType("application/problem+json",
                                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                            }
                        })));
            }
        };
    }
}
