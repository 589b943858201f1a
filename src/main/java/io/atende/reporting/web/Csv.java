package io.atende.reporting.web;

import io.atende.reporting.internal.ManagersDashboard.Table;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dashboard table as CSV the way a Brazilian spreadsheet opens it: UTF-8 with a byte-order mark, ';' between
 * fields (',' is the decimal mark), fields quoted when needed, and a leading quote-guard against formulas.
 */
final class Csv {

    private Csv() {
    }

    static String of(Table table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(table.columns()));
        for (List<String> row : table.rows()) {
            csv.append(line(row));
        }
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::field).collect(Collectors.joining(";")) + "\r\n";
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?( %)?")) {
            text = "'" + text; // a comment starting "=HYPERLINK(…)" stays text in the spreadsheet
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
