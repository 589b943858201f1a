package io.atende.billing.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A statement as CSV for Brazilian spreadsheets: UTF-8, fields separated by ';', decimal comma,
 * one line per ticket and rate, then the total. Text that a spreadsheet could run as a formula is
 * prefixed with an apostrophe.
 */
public final class StatementCsv {

    public static final String HEADER = "ticket;assunto;minutos_registrados;minutos_faturados;valor_hora;"
            + "valor_hora_vigente_desde;valor";

    private StatementCsv() {
    }

    public static String render(Statement statement) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Statement.Line line : statement.lines()) {
            csv.append(row(line.ticket().toString(), line.subject(), Integer.toString(line.minutesRegistered()),
                    Integer.toString(line.minutesBilled()), line.hourlyRate().decimalComma(),
                    line.rateEffectiveFrom().toString(), line.amount().decimalComma()));
        }
        csv.append(row("TOTAL", "", Integer.toString(statement.minutesRegistered()),
                Integer.toString(statement.minutesBilled()), "", "", statement.total().decimalComma()));
        return csv.toString();
    }

    private static String row(String... cells) {
        return Stream.of(cells).map(StatementCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && List.of('=', '+', '-', '@', '\t', '\r').contains(text.charAt(0))
                && !text.matches("-?\\d+(,\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
