package io.atende.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as customers read them: Brasília wall-clock time (the rules' time zone). */
public final class Brasilia {

    public static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'às' HH:mm");

    private Brasilia() {
    }

    /** e.g. "05/12/2025 às 23:59 (horário de Brasília)"; null stays null. */
    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.atZone(ZONE)) + " (horário de Brasília)";
    }
}
