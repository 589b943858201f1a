package io.atende.models.web;

import io.atende.models.LiveModels;
import io.atende.models.ModelState;
import io.atende.team.SignedInAgent;
import io.atende.team.WebappLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /equipe/modelos}: the process administrator signed in to the Camunda webapps sees which version of each
 * model new tickets get, who deployed it (a release or Camunda Modeler), and whether it is the release's.
 */
@Controller
class ModelsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("America/Sao_Paulo"));

    private final WebappLogins logins;
    private final LiveModels models;

    ModelsPage(WebappLogins logins, LiveModels models) {
        this.logins = logins;
        this.models = models;
    }

    @GetMapping("/equipe/modelos")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<SignedInAgent> agent = logins.agentOf(request);
        if (agent.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return "equipe/entrar";
        }
        if (!agent.get().isMemberOfAny(List.of(Groups.CAMUNDA_ADMIN))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "equipe/modelos-sem-acesso";
        }
        model.addAttribute("models", models.states().stream().map(ModelsPage::row).toList());
        return "equipe/modelos";
    }

    record Row(String key, String kind, String resource, String version, String origin, String deployedBy,
            String deployedAt, String packaged, String atStart, boolean attention) {
    }

    static Row row(ModelState s) {
        String origin = switch (s.origin()) {
            case RELEASE -> "Versão do Atende";
            case OWNER -> "Dono do processo";
        };
        String packaged = s.packagedIsLive() ? "sim" : "não";
        String atStart = s.atStart() == null ? "—" : switch (s.atStart()) {
            case DEPLOYED -> "implantado (novo)";
            case UNCHANGED -> "sem mudança";
            case UPDATED -> "atualizado por esta versão";
            case OWNER_KEPT -> "mantida a versão do dono (esta versão não muda o modelo)";
            case CONFLICT -> "conflito: esta versão muda o modelo, mantida a do dono";
            case REPLACED_OWNER -> "substituída a versão do dono (on-conflict=release)";
        };
        return new Row(s.key(), s.kind().name(), s.resource(), s.liveVersion() == 0 ? "—" : "v" + s.liveVersion(),
                origin, s.deployedBy() == null ? "—" : s.deployedBy(),
                s.deployedAt() == null ? "—" : WHEN.format(s.deployedAt()), packaged, atStart,
                s.atStart() == io.atende.models.StartOutcome.CONFLICT);
    }
}
