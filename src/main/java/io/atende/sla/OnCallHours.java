package io.atende.sla;

import io.atende.sla.internal.InvalidOnCallException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a day's on-call hours, {@code "HH:MM-HH:MM"} each, refusing unreadable, inverted or overlapping ones. */
final class OnCallHours {

    static final int MAX_INTERVALS = 12;
    private static final Pattern INTERVAL = Pattern.compile("\\s*(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})\\s*");

    private OnCallHours() {
    }

    /**
     * The intervals, earliest first.
     *
     * @throws InvalidOnCallException naming the interval at fault
     */
    static List<WorkingInterval> parse(List<String> hours) {
        if (hours == null || hours.isEmpty() || hours.size() > MAX_INTERVALS) {
            throw new InvalidOnCallException("hours", "Informe de 1 a %d intervalos de plantão em hours, por exemplo"
                    .formatted(MAX_INTERVALS) + " [\"08:00-12:00\", \"13:00-17:00\"] (horário de Brasília).");
        }
        List<WorkingInterval> intervals = new ArrayList<>();
        for (String text : hours) {
            WorkingInterval interval = interval(text);
            for (WorkingInterval other : intervals) {
                if (other.overlaps(interval)) {
                    throw new InvalidOnCallException("hours", "O intervalo \"%s\" se sobrepõe a \"%s\"; informe intervalos"
                            .formatted(interval.entry(), other.entry()) + " sem sobreposição.");
                }
            }
            intervals.add(interval);
        }
        intervals.sort(Comparator.comparingInt(WorkingInterval::startSecond));
        return List.copyOf(intervals);
    }

    private static WorkingInterval interval(String text) {
        Matcher m = text == null ? null : INTERVAL.matcher(text);
        if (m == null || !m.matches()) {
            throw unreadable(text);
        }
        int start = second(text, m.group(1), m.group(2));
        int end = second(text, m.group(3), m.group(4));
        if (end <= start) {
            throw new InvalidOnCallException("hours", "O intervalo \"%s\" está invertido ou vazio: o fim deve ser depois"
                    .formatted(text.trim()) + " do início.");
        }
        return new WorkingInterval(start, end, "%s:%s-%s:%s".formatted(m.group(1), m.group(2), m.group(3), m.group(4)));
    }

    private static int second(String text, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int min = Integer.parseInt(minutes);
        if (min > 59 || h > 24 || (h == 24 && min > 0)) {
            throw unreadable(text);
        }
        return h * 3600 + min * 60;
    }

    private static InvalidOnCallException unreadable(String text) {
        return new InvalidOnCallException("hours", "Não foi possível ler o intervalo \"%s\"; escreva-o como \"08:00-12:00\""
                .formatted(text) + " (24:00 pode encerrar o dia).");
    }
}
