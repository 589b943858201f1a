package io.atende.reporting.internal;

import io.atende.ouvidoria.OuvidoriaStatistics;
import io.atende.reporting.OpenedCounts;
import io.atende.survey.SurveyStatistics;
import io.atende.ticket.StaffFormat;
import io.atende.ticket.TicketStatistics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the managers' dashboard (issue 15; R16, R20, R21, R13) over a period and a set of teams, read
 * through the read APIs of the modules that own the data ({@link TicketStatistics}, {@link SurveyStatistics},
 * {@link OuvidoriaStatistics}: aggregate queries over their tables); the tables of tickets by opening date are drawn
 * from {@link OpenedCounts} (counted once per page). Each table is a list of rows of text cells, the same the page
 * shows and the CSV exports.
 */
@Component
@Transactional(readOnly = true)
public class ManagersDashboard {

    /** A table: its column titles and rows, cells as text. */
    public record Table(String id, String title, List<String> columns, List<List<String>> rows) {
    }

    static final List<String> BUCKET_NAMES = List.of("até 1 h", "1 a 4 h", "4 a 8 h", "8 a 24 h", "mais de 24 h",
            "sem resposta ainda");

    /** The statuses of open work (every one but the closed). */
    static final List<String> OPEN_STATUSES = java.util.Arrays.stream(io.atende.ticket.TicketStatus.values())
            .filter(st -> !st.isClosed())
            .map(Enum::name).toList();

    private final TicketStatistics tickets;
    private final SurveyStatistics surveys;
    private final OuvidoriaStatistics ouvidoria;

    ManagersDashboard(TicketStatistics tickets, SurveyStatistics surveys, OuvidoriaStatistics ouvidoria) {
        this.tickets = tickets;
        this.surveys = surveys;
        this.ouvidoria = ouvidoria;
    }

    /** R20: tickets opened in the period, per team and classification, with and without a missed support target. */
    public Table slaCompliance(List<OpenedCounts.Count> counts) {
        Map<List<String>, long[]> sums = sum(counts, c -> c.priority().isEmpty() ? null : List.of(c.team(), c.priority()));
        List<List<String>> rows = new ArrayList<>();
        sums.forEach((key, v) -> rows.add(List.of(key.get(0), key.get(1), String.valueOf(v[0]), String.valueOf(v[0] - v[1]),
                String.valueOf(v[1]), percent(v[0] - v[1], v[0]))));
        return new Table("sla", "Cumprimento do SLA de atendimento (R20)",
                List.of("Equipe", "Classificação", "Abertos", "No prazo", "Prazo vencido", "% no prazo"), rows);
    }

    /** How long the first answer took, per team, for tickets opened in the period. */
    public Table firstResponse(List<OpenedCounts.Count> counts) {
        Map<String, long[]> perTeam = new java.util.TreeMap<>();
        for (OpenedCounts.Count c : counts) {
            long[] buckets = perTeam.computeIfAbsent(c.team(), t -> new long[BUCKET_NAMES.size()]);
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] += c.bucket(i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        perTeam.forEach((team, buckets) -> {
            List<String> row = new ArrayList<>();
            row.add(team);
            for (long n : buckets) {
                row.add(String.valueOf(n));
            }
            rows.add(row);
        });
        List<String> columns = new ArrayList<>();
        columns.add("Equipe");
        columns.addAll(BUCKET_NAMES);
        return new Table("resposta", "Tempo até a primeira resposta", columns, rows);
    }

    /** Tickets, breached and transferred summed per key (sorted); a null key leaves the count out. */
    private static Map<List<String>, long[]> sum(List<OpenedCounts.Count> counts,
            java.util.function.Function<OpenedCounts.Count, List<String>> key) {
        Map<List<String>, long[]> sums = new java.util.TreeMap<>((x, y) -> String.join("\u0000", x)
                .compareTo(String.join("\u0000", y)));
        for (OpenedCounts.Count c : counts) {
            List<String> k = key.apply(c);
            if (k != null) {
                long[] v = sums.computeIfAbsent(k, x -> new long[3]);
                v[0] += c.tickets();
                v[1] += c.breached();
                v[2] += c.transferred();
            }
        }
        return sums;
    }

    /** Open tickets now, per team and status. */
    public Table backlog(Collection<String> teams) {
        List<List<String>> rows = new ArrayList<>();
        tickets.backlog(teams, OPEN_STATUSES).forEach(b -> rows.add(List.of(b.team(), b.status(),
                String.valueOf(b.tickets()))));
        return new Table("backlog", "Fila agora, por equipe e situação", List.of("Equipe", "Situação", "Tickets"), rows);
    }

    /** Tickets opened in the period per channel (R5). */
    public Table perChannel(List<OpenedCounts.Count> counts) {
        return counted("canal", "Tickets abertos por canal (R5)", "Canal", counts, OpenedCounts.Count::channel);
    }

    /** Tickets opened in the period per product. */
    public Table perProduct(List<OpenedCounts.Count> counts) {
        return counted("produto", "Tickets abertos por produto", "Produto", counts,
                c -> c.product().isEmpty() ? "(sem produto)" : c.product());
    }

    /** R16's aim, the ticket reaches the right team at once: the share of tickets never transferred. */
    public Table transfers(List<OpenedCounts.Count> counts) {
        List<List<String>> rows = new ArrayList<>();
        sum(counts, c -> List.of(c.team())).forEach((key, v) -> rows.add(List.of(key.get(0), String.valueOf(v[0]),
                String.valueOf(v[2]), percent(v[0] - v[2], v[0]))));
        return new Table("transferencias", "Transferências (R16: o ticket certo na equipe certa)",
                List.of("Equipe (atual)", "Abertos", "Transferidos", "% sem transferência"), rows);
    }

    /** R21: survey answers in the period per team. */
    public Table satisfaction(Instant from, Instant to, Collection<String> teams) {
        List<List<String>> rows = new ArrayList<>();
        surveys.answersPerTeam(from, to, teams).forEach(a -> rows.add(List.of(a.team(), String.valueOf(a.good()),
                String.valueOf(a.bad()), percent(a.good(), a.good() + a.bad()))));
        return new Table("satisfacao", "Satisfação (R21)", List.of("Equipe", "BOM", "RUIM", "% BOM"), rows);
    }

    /** R21: the latest comments of RUIM answers in the period. */
    public Table badComments(Instant from, Instant to, Collection<String> teams) {
        List<List<String>> rows = new ArrayList<>();
        surveys.latestBadComments(from, to, teams, 20).forEach(c -> rows.add(List.of(c.team(),
                c.subjectKind() + " " + c.subjectNumber(), StaffFormat.when(c.answeredAt()), c.comment())));
        return new Table("comentarios", "Comentários das respostas RUIM (os 20 mais recentes)",
                List.of("Equipe", "Sobre", "Respondido em", "Comentário"), rows);
    }

    /** R13: Ouvidoria cases opened in the period, by status (the Ouvidoria is not per team). */
    public Table ouvidoria(Instant from, Instant to) {
        List<List<String>> rows = new ArrayList<>();
        ouvidoria.openedPerStatus(from, to).forEach(c -> rows.add(List.of(c.status(), String.valueOf(c.cases()),
                String.valueOf(c.late()))));
        return new Table("ouvidoria", "Manifestações de Ouvidoria (R13)", List.of("Situação", "Manifestações",
                "Com prazo vencido"), rows);
    }

    /** Tickets per item, most first (then by name). */
    private static Table counted(String id, String title, String column, List<OpenedCounts.Count> counts,
            java.util.function.Function<OpenedCounts.Count, String> item) {
        List<java.util.Map.Entry<List<String>, long[]>> sums = new ArrayList<>(sum(counts, c -> List.of(item.apply(c)))
                .entrySet());
        sums.sort(java.util.Map.Entry.<List<String>, long[]>comparingByValue((x, y) -> Long.compare(y[0], x[0])));
        List<List<String>> rows = new ArrayList<>();
        sums.forEach(e -> rows.add(List.of(e.getKey().get(0), String.valueOf(e.getValue()[0]))));
        return new Table(id, title, List.of(column, "Tickets"), rows);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * part / whole).replace('.', ',') + " %";
    }
}
