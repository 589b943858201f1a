package io.atende.knowledge.selfservice.web;

import io.atende.knowledge.selfservice.DownloadCentre;
import io.atende.knowledge.selfservice.LifeCycleCalendar;
import io.atende.knowledge.selfservice.NewPackage;
import io.atende.knowledge.selfservice.PackageRefusedException;
import io.atende.knowledge.selfservice.ProductLine;
import io.atende.knowledge.selfservice.PublishingNotAllowedException;
import io.atende.team.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * R23: staff publish update packages on {@code /equipe/downloads}, signed in to Tasklist: process administrators
 * for every product line, each support team for its own. Others get 403 (this page's {@code @PreAuthorize}), nobody
 * signed in 401 (the staff chain, team.StaffPagesSecurity).
 */
@Controller
class StaffDownloadPage {

    static final String PATH = "/equipe/downloads";

    private final DownloadCentre centre;
    private final LifeCycleCalendar lifeCycle;

    StaffDownloadPage(DownloadCentre centre, LifeCycleCalendar lifeCycle) {
        this.centre = centre;
        this.lifeCycle = lifeCycle;
    }

    /** Those who publish for at least one product line. */
    static final String PUBLISHERS = "!@downloadCentre.publishableBy(principal).isEmpty()";

    @GetMapping(PATH)
    @PreAuthorize(PUBLISHERS)
    public String page(@RequestParam(name = "publicado", required = false) String published,
            @AuthenticationPrincipal SignedInAgent agent, Model model) {
        Set<ProductLine> allowed = centre.publishableBy(agent);
        if (published != null) {
            model.addAttribute("sucesso", "Pacote publicado. Os clientes já podem baixá-lo.");
        }
        return show(allowed, Map.of(), model);
    }

    @PostMapping(PATH)
    @PreAuthorize(PUBLISHERS)
    public String publish(@RequestParam Map<String, String> form,
            @RequestParam(name = "arquivo", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        Set<ProductLine> allowed = centre.publishableBy(agent);
        try {
            centre.publish(agent, new NewPackage(ProductLine.parse(form.get("produto")).orElse(null),
                    form.get("versao"), form.get("titulo"), form.get("notas"),
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file::getInputStream));
            return "redirect:" + PATH + "?publicado";
        } catch (PublishingNotAllowedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("erro", e.getMessage());
        } catch (PackageRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
        }
        return show(allowed, form, model);
    }

    private String show(Set<ProductLine> allowed, Map<String, String> typed, Model model) {
        model.addAttribute("produtos", allowed);
        // suggestions for the version field: the versions of the life-cycle calendar
        model.addAttribute("versoesConhecidas", allowed.stream().flatMap(p -> lifeCycle.versionsOf(p).stream())
                .distinct().toList());
        model.addAttribute("digitado", typed);
        model.addAttribute("pacotes", centre.all().stream().map(PackageRow::of).toList());
        return "autoatendimento/equipe-downloads";
    }
}
