package io.atende.ouvidoria.web;

import java.util.List;

/** {@code POST /api/ouvidoria}: the earlier tickets the customer escalates and why (R13). */
record OpenOuvidoriaRequest(List<String> ticketNumbers, String description) {
}
