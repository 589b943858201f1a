package io.atende.knowledge.selfservice.web;

import io.atende.knowledge.selfservice.PackageView;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An update package as a table row reads it: product name, size in KB/MB, date in Brasília. */
record PackageRow(long id, String product, String version, String title, String releaseNotes, String fileName,
        String size, String sha256, String publishedAt, String publishedBy) {

    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static PackageRow of(PackageView p) {
        return new PackageRow(p.id(), p.product().label(), p.version(), p.title(), p.releaseNotes(), p.fileName(),
                size(p.size()), p.sha256(), DAY.format(p.publishedAt().atZone(BRASILIA)), p.publishedBy());
    }

    static String size(long bytes) {
        DecimalFormat one = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pt-BR")));
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return one.format(bytes / 1024.0) + " KB";
        }
        return one.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
