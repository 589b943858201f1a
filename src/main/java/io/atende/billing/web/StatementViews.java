package io.atende.billing.web;

import io.atende.billing.internal.Statement;
import io.atende.billing.internal.StatementCsv;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a statement as a CSV download or a readable HTML page (Thymeleaf escapes every value). */
@Component
class StatementViews {

    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** The byte order mark tells Excel the file is UTF-8, so "Dúvida" is not shown as "DÃºvida". */
    static final String UTF8_BOM = "\uFEFF";

    private final ITemplateEngine templates;

    StatementViews(ITemplateEngine templates) {
        this.templates = templates;
    }

    ResponseEntity<String> csv(Statement statement) {
        String name = "extrato-consultoria-" + statement.companyId() + "-" + statement.month() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(CSV)
                .body(UTF8_BOM + StatementCsv.render(statement));
    }

    ResponseEntity<String> html(Statement statement) {
        Context context = new Context(PT_BR);
        context.setVariable("statement", statement);
        context.setVariable("monthName", statement.month().atDay(1)
                .format(DateTimeFormatter.ofPattern("MMMM 'de' yyyy", PT_BR)));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(templates.process("billing/statement", context));
    }
}
