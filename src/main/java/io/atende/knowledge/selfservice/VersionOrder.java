package io.atende.knowledge.selfservice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as people read them: runs of digits compared as numbers ({@code 12.1.2410} after {@code 12.1.33}),
 * runs of letters as text ignoring case, a version with more parts after its prefix ({@code 12.1.2410a} after
 * {@code 12.1.2410}).
 */
final class VersionOrder implements Comparator<String> {

    static final Comparator<String> NEWEST_FIRST = new VersionOrder().reversed();
    private static final Pattern PART = Pattern.compile("[0-9]+|[A-Za-z]+");

    @Override
    public int compare(String a, String b) {
        List<String> left = parts(a);
        List<String> right = parts(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = part(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static List<String> parts(String version) {
        Matcher m = PART.matcher(version);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }

    private static int part(String a, String b) {
        boolean leftNumber = Character.isDigit(a.charAt(0));
        boolean rightNumber = Character.isDigit(b.charAt(0));
        if (leftNumber != rightNumber) {
            return leftNumber ? 1 : -1; // 12.1.1 after 12.1.beta
        }
        if (leftNumber) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return a.compareToIgnoreCase(b);
    }
}
