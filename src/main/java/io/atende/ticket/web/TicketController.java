package io.atende.ticket.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Ticket;
import io.atende.ticket.Attachment;
import io.atende.ticket.NewAttachment;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketDesk;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer API for tickets (HTTP Basic with the contact's e-mail and password). */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private static final int MAX_PAGE_SIZE = 100;

    private final TicketDesk desk;
    private final TicketAttachments attachments;
    private final CustomerDirectory customers;

    TicketController(TicketDesk desk, TicketAttachments attachments, CustomerDirectory customers) {
        this.desk = desk;
        this.attachments = attachments;
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<TicketResponse> open(Authentication auth, @RequestBody(required = false) OpenTicketRequest request) {
        Ticket ticket = desk.open(customer(auth), TicketRequests.draft(request), request.parentNumber());
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.number())).body(TicketResponse.of(ticket));
    }

    @GetMapping
    TicketListResponse list(Authentication auth, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var slice = desk.list(customer(auth), page, Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return new TicketListResponse(slice.map(TicketResponse::of).getContent(), slice.getNumber(), slice.getSize(),
                slice.hasNext());
    }

    @GetMapping("/{number}")
    TicketResponse get(Authentication auth, @PathVariable String number) {
        return TicketResponse.of(desk.find(customer(auth), number));
    }

    @GetMapping("/{number}/history")
    List<HistoryResponse> history(Authentication auth, @PathVariable String number) {
        Customer customer = customer(auth);
        Map<Long, List<AttachmentResponse>> files = attachments.list(customer, number).stream()
                .filter(a -> a.getHistoryId() != null)
                .collect(Collectors.groupingBy(Attachment::getHistoryId,
                        Collectors.mapping(a -> AttachmentResponse.of(number, a), Collectors.toList())));
        return desk.history(customer, number).stream()
                .map(item -> HistoryResponse.of(item, files.getOrDefault(item.id(), List.of()))).toList();
    }

    @PostMapping(path = "/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<AttachmentResponse>> attach(Authentication auth, @PathVariable String number,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        List<NewAttachment> uploads = files == null ? List.of() : files.stream()
                .map(f -> new NewAttachment(f.getOriginalFilename(), f.getContentType(), f::getInputStream)).toList();
        List<AttachmentResponse> stored = attachments.attach(customer(auth), number, uploads).stream()
                .map(a -> AttachmentResponse.of(number, a)).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping("/{number}/attachments")
    List<AttachmentResponse> attachments(Authentication auth, @PathVariable String number) {
        return attachments.list(customer(auth), number).stream().map(a -> AttachmentResponse.of(number, a)).toList();
    }

    /** Always a download (Content-Disposition: attachment), never rendered by the browser. */
    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<Resource> download(Authentication auth, @PathVariable String number, @PathVariable long id) {
        TicketAttachments.StoredFile file = attachments.open(customer(auth), number, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.attachment().getContentType()))
                .contentLength(file.attachment().getSize())
                .body(new FileSystemResource(file.path()));
    }

    @PostMapping("/{number}/replies")
    TicketResponse reply(Authentication auth, @PathVariable String number, @RequestBody(required = false) TextRequest body) {
        String text = TicketRequests.requiredText("text", body == null ? null : body.text(), TicketRequests.TEXT_MAX);
        return TicketResponse.of(desk.reply(customer(auth), number, text));
    }

    @PostMapping("/{number}/acceptance")
    TicketResponse accept(Authentication auth, @PathVariable String number) {
        return TicketResponse.of(desk.accept(customer(auth), number));
    }

    @PostMapping("/{number}/contestation")
    TicketResponse contest(Authentication auth, @PathVariable String number, @RequestBody(required = false) TextRequest body) {
        String reason = TicketRequests.requiredText("reason", body == null ? null : body.reason(), TicketRequests.TEXT_MAX);
        return TicketResponse.of(desk.contest(customer(auth), number, reason));
    }

    private Customer customer(Authentication auth) {
        return customers.byEmail(auth.getName()).orElseThrow();
    }
}
