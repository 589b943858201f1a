package io.atende.knowledge.selfservice.web;

import io.atende.knowledge.selfservice.DownloadCentre;
import io.atende.knowledge.selfservice.ProductLine;
import io.atende.knowledge.selfservice.StoredPackage;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * R23, R4: the download centre for customers, behind the portal's login. A blocked company or an inactive contact
 * gets the R4 refusal (403) on the list and on every file, whatever the package.
 */
@Controller
class DownloadPages {

    static final String PATH = "/ajuda/downloads";

    private final DownloadCentre centre;
    private final SignedInContact contacts;

    DownloadPages(DownloadCentre centre, SignedInContact contacts) {
        this.centre = centre;
        this.contacts = contacts;
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, @RequestParam(name = "produto", required = false) String product,
            @RequestParam(name = "versao", required = false) String version, Model model) {
        ProductLine chosen = ProductLine.parse(product).orElse(null);
        DownloadCentre.Listing listing = centre.available(contacts.of(request).orElse(null), chosen,
                chosen == null ? null : version);
        model.addAttribute("produtos", ProductLine.values());
        model.addAttribute("produto", chosen);
        model.addAttribute("versoes", listing.versions());
        model.addAttribute("versao", chosen == null || version == null ? "" : version.strip());
        model.addAttribute("pacotes", listing.packages().stream().map(PackageRow::of).toList());
        return "autoatendimento/downloads";
    }

    /** Always a download, never shown inline. */
    @GetMapping(PATH + "/{id}/arquivo")
    ResponseEntity<Resource> download(HttpServletRequest request, @PathVariable long id) {
        StoredPackage file = centre.open(contacts.of(request).orElse(null), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.details().fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.details().size())
                .body(new FileSystemResource(file.path()));
    }
}
