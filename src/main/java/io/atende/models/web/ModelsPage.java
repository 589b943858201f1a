package io.atende.models.web;

import io.atende.models.LiveModels;
import io.atende.models.internal.ModelState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    private final LiveModels models;

    ModelsPage(LiveModels models) {
        this.models = models;
    }

    /** Process administrators only: the staff chain's rule for {@code /equipe/modelos} (team.StaffPagesSecurity). */
    @GetMapping("/equipe/modelos")
    String page(Model model) {
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
                s.atStart() == io.atende.models.internal.StartOutcome.CONFLICT);
    }
}
