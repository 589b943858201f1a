package io.atende.ticket.web;

import java.util.List;

/**
 * Everything the staff ticket page shows, as text: the whole description and every history entry,
 * which the task form can only show cut to 4,000 characters. {@code team} is the team's group id
 * (null before classification), on which access depends.
 */
record StaffTicketView(String number, String status, String team, String teamName, String company,
        String contactName, String contactEmail, String priority, String impact, String urgency, String slaDue, String maintenanceDue,
        String product, String routine, String version, String environment, String subject, String description,
        String openedAt, List<String> attachments, List<Entry> history) {

    /** One history entry; {@code inheritedMark} is non-empty for the entries a follow-up inherited (R19). */
    record Entry(String at, String author, String kind, String text, String inheritedMark, boolean internal) {
    }
}
