package io.atende.ticket.web;

import io.atende.ticket.TicketNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Addresses of the staff ticket page, as an agent opens them from a task form. The base is the mail
 * module's public URL ({@code atende.mail.public-url}, where the application is reached from outside),
 * read by its name: the mail module depends on this one, so using its settings type would make a cycle.
 */
@Component
public class StaffTicketLinks {

    /** The page's path, followed by the ticket's number. */
    static final String PATH = "/equipe/tickets/";

    private final String publicUrl;

    StaffTicketLinks(@Value("${atende.mail.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The absolute address of the ticket's staff page. */
    public String of(TicketNumber number) {
        return publicUrl + PATH + number;
    }
}
