package io.atende.ouvidoria.web;

import java.util.List;

/**
 * {@code POST /api/admin/ouvidoria}: an escalation the customer made by phone (R13, option 8),
 * recorded by an agent: the contact, the earlier tickets or the occurrence, and the complaint.
 */
record RecordOuvidoriaRequest(String contactEmail, List<String> ticketNumbers, String occurrence, String description) {
}
