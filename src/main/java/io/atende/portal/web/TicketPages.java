package io.atende.portal.web;

import io.atende.account.Customer;
import io.atende.portal.internal.PortalFormat;
import io.atende.portal.internal.PortalTickets;
import io.atende.ticket.AttachmentRefusedException;
import io.atende.ticket.AttachmentSettings;
import io.atende.ticket.Channel;
import io.atende.ticket.CompanyBlockedException;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.InvalidTicketException;
import io.atende.ticket.NewAttachment;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketStateException;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import io.atende.knowledge.ArticleNotFoundException;
import io.atende.knowledge.SuggestionOutcomes;
import io.atende.ticket.Product;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening a ticket (R16, R19) and the ticket page: history, files, reply, accept, contest (R17–R19). */
@Controller
class TicketPages {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TicketPages.class);

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = Ticket.CUSTOMER_TEXT_MAX;

    private final TicketDesk desk;
    private final TicketAttachments attachments;
    private final PortalTickets views;
    private final AttachmentSettings limits;
    private final SuggestionOutcomes suggestions;

    TicketPages(TicketDesk desk, TicketAttachments attachments, PortalTickets views, AttachmentSettings limits,
            SuggestionOutcomes suggestions) {
        this.suggestions = suggestions;
        this.desk = desk;
        this.attachments = attachments;
        this.views = views;
        this.limits = limits;
    }

    @GetMapping("/tickets/novo")
    String newTicket(HttpServletRequest request, @RequestParam(required = false) String acompanhamento, Model model) {
        Customer me = CurrentCustomer.of(request);
        TicketForm form = new TicketForm();
        if (acompanhamento != null) {
            // R19: pre-filled from the earlier ticket, which must be one the contact may see (else 404)
            Ticket parent = desk.find(me, acompanhamento);
            form.setType(me.companyBlocked() ? TicketType.ADMINISTRATIVO.name() : parent.getType().name());
            form.setProduct(parent.getProduct() == null ? null : parent.getProduct().name());
            form.setRoutine(parent.getRoutine());
            form.setVersion(parent.getProductVersion());
            form.setEnvironment(parent.getEnvironment() == null ? null : parent.getEnvironment().name());
            form.setSubject(abbreviate("Acompanhamento do ticket " + parent.number() + ": " + parent.getSubject()));
            form.setImpact(parent.getImpact().name());
            form.setUrgency(parent.getUrgency().name());
            form.setParentNumber(parent.number().toString());
        } else if (me.companyBlocked()) {
            form.setType(TicketType.ADMINISTRATIVO.name());
        }
        return formPage(me, form, Map.of(), model);
    }

    @PostMapping("/tickets/novo")
    String open(HttpServletRequest request, @ModelAttribute("form") TicketForm form,
            @RequestParam(name = "anexos", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Customer me = CurrentCustomer.of(request);
        Map<String, String> errors = new LinkedHashMap<>();
        TicketDraft draft = draft(form, errors);
        if (!errors.isEmpty()) {
            return formPage(me, form, errors, model);
        }
        try {
            Ticket ticket = desk.open(me, draft, form.getParentNumber(), uploads(files));
            recordShown(me, draft, ticket, form.getShownArticles());
            redirect.addFlashAttribute("notice", "Ticket " + ticket.number() + " aberto. A equipe responde dentro do "
                    + "prazo de SLA mostrado abaixo; você também receberá as novidades por e-mail.");
            return "redirect:/tickets/" + ticket.number();
        } catch (CompanyBlockedException | AttachmentRefusedException e) {
            errors.put("geral", e.getMessage());
        } catch (InvalidTicketException e) {
            errors.put(e.field(), e.getMessage());
        } catch (io.atende.ticket.TicketNotFoundException e) {
            // the hidden follow-up link names a ticket the contact may not see (or none): the form stays (issue 24)
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            String parent = form.getParentNumber().strip();
            errors.put("geral", "O ticket de origem '" + (parent.length() > 20 ? parent.substring(0, 20) + "…" : parent)
                    + "' não está entre os "
                    + "tickets que você pode ver, por isso o vínculo foi retirado. Confira o texto e envie de novo para "
                    + "abrir um ticket sem vínculo, ou abra o acompanhamento a partir do ticket em “Meus tickets”.");
            form.setParentNumber(null);
        }
        return formPage(me, form, errors, model);
    }

    /** R7: "Isso resolveu" on a suggested article: no ticket is opened, the deflection is counted. */
    @PostMapping("/tickets/novo/resolvido")
    String resolvedBySuggestion(HttpServletRequest request, @RequestParam(name = "artigo", required = false) String article,
            @RequestParam(name = "produto", required = false) String product, RedirectAttributes redirect) {
        Customer me = CurrentCustomer.of(request);
        Product chosen = null;
        try {
            chosen = product == null || product.isBlank() ? null : Product.valueOf(product);
        } catch (IllegalArgumentException e) {
            // an unknown product is not counted against any
        }
        try {
            String title = suggestions.resolved(me.companyId(), me.contactId(), chosen, Long.valueOf(article));
            redirect.addFlashAttribute("notice", "Que bom que o artigo “" + title + "” resolveu. Nenhum ticket foi "
                    + "aberto; se precisar, é só abrir um a qualquer momento.");
            return "redirect:/";
        } catch (NumberFormatException | ArticleNotFoundException e) {
            redirect.addFlashAttribute("error", "Esse artigo não está mais disponível. Continue escrevendo o ticket ou "
                    + "busque outro na Central de Ajuda.");
            return "redirect:/tickets/novo";
        }
    }

    private void recordShown(Customer me, TicketDraft draft, Ticket ticket, String shown) {
        if (shown == null || shown.isBlank()) {
            return;
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (String id : shown.split(",")) {
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                // not an article id: ignored
            }
        }
        try {
            suggestions.openedAnyway(me.companyId(), me.contactId(), draft.product(), ticket.getId(), ids);
        } catch (RuntimeException e) {
            log.warn("Ticket {}: the suggestions shown were not recorded", ticket.number(), e);
        }
    }

    @GetMapping("/tickets/{number}")
    String ticket(HttpServletRequest request, @PathVariable String number, Model model) {
        model.addAttribute("ticket", views.view(CurrentCustomer.of(request), number));
        model.addAttribute("limits", limits);
        return "portal/ticket";
    }

    @PostMapping("/tickets/{number}/respostas")
    String reply(HttpServletRequest request, @PathVariable String number, @RequestParam(defaultValue = "") String texto,
            @RequestParam(name = "anexos", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        Customer me = CurrentCustomer.of(request);
        if (texto.isBlank() || texto.length() > TEXT_MAX) {
            return fail(redirect, number, "Escreva a sua resposta (até " + TEXT_MAX + " caracteres).");
        }
        return act(redirect, number, () -> desk.reply(me, number, texto.strip(), uploads(files)),
                "Resposta enviada à equipe.");
    }

    @PostMapping("/tickets/{number}/aceite")
    String accept(HttpServletRequest request, @PathVariable String number, RedirectAttributes redirect) {
        Customer me = CurrentCustomer.of(request);
        return act(redirect, number, () -> desk.accept(me, number), "Solução aceita. O ticket foi encerrado.");
    }

    @PostMapping("/tickets/{number}/contestacao")
    String contest(HttpServletRequest request, @PathVariable String number,
            @RequestParam(defaultValue = "") String motivo, RedirectAttributes redirect) {
        Customer me = CurrentCustomer.of(request);
        if (motivo.isBlank() || motivo.length() > TEXT_MAX) {
            return fail(redirect, number, "Explique por que a solução não resolveu (até " + TEXT_MAX + " caracteres).");
        }
        return act(redirect, number, () -> desk.contest(me, number, motivo.strip()),
                "Solução contestada. O ticket voltou para a equipe, com um novo prazo de atendimento.");
    }

    /** Same isolation as the API: the ticket (or an ancestor) must be one the contact may see; always a download. */
    @GetMapping("/tickets/{number}/anexos/{id}")
    ResponseEntity<Resource> download(HttpServletRequest request, @PathVariable String number, @PathVariable long id) {
        TicketAttachments.StoredFile file = attachments.open(CurrentCustomer.of(request), number, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.attachment().getContentType()))
                .contentLength(file.attachment().getSize())
                .body(new FileSystemResource(file.path()));
    }

    private String act(RedirectAttributes redirect, String number, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (TicketStateException | AttachmentRefusedException | CompanyBlockedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (org.springframework.dao.OptimisticLockingFailureException
                | org.springframework.dao.PessimisticLockingFailureException
                | org.camunda.bpm.engine.OptimisticLockingException e) {
            redirect.addFlashAttribute("error", "O ticket mudou neste mesmo instante. Confira e tente novamente.");
        }
        return "redirect:/tickets/" + number;
    }

    private static String fail(RedirectAttributes redirect, String number, String message) {
        redirect.addFlashAttribute("error", message);
        return "redirect:/tickets/" + number;
    }

    private String formPage(Customer me, TicketForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", me.companyBlocked() ? List.of(TicketType.ADMINISTRATIVO)
                : List.of(TicketType.values()));
        model.addAttribute("typeLabels", labels(TicketType.values(), PortalFormat::type));
        model.addAttribute("products", labels(Product.values(), PortalFormat::product));
        model.addAttribute("environments", labels(Environment.values(), PortalFormat::environment));
        model.addAttribute("impacts", labels(Impact.values(), PortalFormat::impact));
        model.addAttribute("urgencies", labels(Urgency.values(), PortalFormat::urgency));
        model.addAttribute("limits", limits);
        return "portal/novo-ticket";
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.name(), label.apply(v)));
        return labels;
    }

    private static TicketDraft draft(TicketForm form, Map<String, String> errors) {
        TicketType type = value(TicketType.class, form.getType(), "type", "Escolha o tipo de atendimento.", errors);
        Product product = type == TicketType.ADMINISTRATIVO ? optional(Product.class, form.getProduct())
                : value(Product.class, form.getProduct(), "product", "Escolha o produto.", errors);
        Impact impact = value(Impact.class, form.getImpact(), "impact", "Escolha o impacto.", errors);
        Urgency urgency = value(Urgency.class, form.getUrgency(), "urgency", "Escolha a urgência.", errors);
        String subject = text(form.getSubject(), SUBJECT_MAX, "subject", "Escreva o assunto", errors);
        String description = text(form.getDescription(), TEXT_MAX, "description", "Descreva o que aconteceu", errors);
        if (type == TicketType.CONSULTORIA_TELEFONICA && !form.isBillingAccepted()) {
            errors.put("billingAccepted", "Para Consultoria Telefônica, confirme que leu e aceita as condições de cobrança.");
        }
        String routine = trimmed(form.getRoutine(), 200, "routine", errors);
        String version = trimmed(form.getVersion(), 50, "version", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new TicketDraft(type, Channel.PORTAL, product, routine, version,
                optional(Environment.class, form.getEnvironment()), subject, description, impact, urgency);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String field, String message,
            Map<String, String> errors) {
        E parsed = optional(type, value);
        if (parsed == null) {
            errors.put(field, message);
        }
        return parsed;
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String text(String value, int max, String field, String what, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, what + ".");
            return null;
        }
        return trimmed(value, max, field, errors);
    }

    private static String trimmed(String value, int max, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.put(field, "Use no máximo " + max + " caracteres.");
        }
        return value.strip();
    }

    private static String abbreviate(String subject) {
        return subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /** The files actually chosen (a form without files posts one empty part). */
    static List<NewAttachment> uploads(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty() || !isBlank(f.getOriginalFilename()))
                .map(f -> new NewAttachment(f.getOriginalFilename(), f.getContentType(), f::getInputStream)).toList();
    }

    private static boolean isBlank(String name) {
        return name == null || name.isBlank();
    }
}
