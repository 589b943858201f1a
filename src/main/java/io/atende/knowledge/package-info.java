/**
 * Central de Ajuda (issue 14; R7, R23): the knowledge base (articles, Portuguese search, suggestions while a ticket
 * is written) and the self-service pages that avoid a ticket (download centre, communities, software life cycle).
 */
@ApplicationModule(
        displayName = "Central de Ajuda",
        allowedDependencies = {"account", "team", "ticket"})
package io.atende.knowledge;

import org.springframework.modulith.ApplicationModule;
