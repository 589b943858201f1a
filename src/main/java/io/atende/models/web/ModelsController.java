package io.atende.models.web;

import io.atende.models.LiveModels;
import io.atende.models.internal.ModelState;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/models} (process administrators): which version of each model is live and who deployed it,
 * the live text (to bring a process owner's change into the repository), and adopting the release's version.
 */
@RestController
@RequestMapping("/api/admin/models")
class ModelsController {

    private final LiveModels models;

    ModelsController(LiveModels models) {
        this.models = models;
    }

    @GetMapping
    List<ModelState> list() {
        return models.states();
    }

    @GetMapping("/{key}/live")
    ResponseEntity<?> live(@PathVariable String key) {
        return models.liveText(key)
                .<ResponseEntity<?>>map(text -> ResponseEntity.ok().contentType(new MediaType("text", "xml",
                        java.nio.charset.StandardCharsets.UTF_8)).body(text))
                .orElseGet(() -> notFound(key));
    }

    @PostMapping("/{key}/release")
    ResponseEntity<?> adoptRelease(@PathVariable String key, Principal by) {
        return models.adoptRelease(key, by.getName()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(key));
    }

    private static ResponseEntity<ProblemDetail> notFound(String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nenhum modelo desta versão "
                + "do Atende tem a chave '" + key + "'. As chaves estão em GET /api/admin/models.");
        problem.setTitle("Modelo não encontrado");
        problem.setType(URI.create("https://atende.io/problems/not-found"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
