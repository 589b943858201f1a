package io.atende.knowledge;

import io.atende.knowledge.internal.InvalidArticleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The synonym groups of the search (issue 14): process owners keep them on {@code /equipe/artigos/sinonimos}, one
 * group per line; the release's groups ({@code knowledge/synonyms.txt}) are written once, when there are none. The
 * search expands a query with the other words of every group one of its words or phrases belongs to, at query
 * time, so a change applies to the next search without indexing again.
 */
@Service
public class Synonyms {

    /** A change of the groups, published so every reader drops its copy after the commit. */
    record Changed() {
    }

    static final String RELEASE_FILE = "knowledge/synonyms.txt";
    static final int MAX_GROUPS = 500;
    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);

    private final SynonymGroups groups;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** The groups, folded, and when they were read: another node's change is read within a minute. */
    private record Cache(List<List<Term>> groups, long readAt) {
    }

    private final AtomicReference<Cache> folded = new AtomicReference<>();

    Synonyms(SynonymGroups groups, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.groups = groups;
        this.clock = clock;
        this.events = events;
    }

    /** Writes the release's groups when there are none (a new installation). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seed() {
        if (groups.count() > 0) {
            return;
        }
        ClassPathResource file = new ClassPathResource(RELEASE_FILE);
        if (!file.exists()) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            List<List<String>> parsed = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            parsed.forEach(g -> groups.save(new SynonymGroup(g, "Atende", clock.instant())));
            log.info("Central de Ajuda: {} synonym group(s) written from {}", parsed.size(), RELEASE_FILE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RELEASE_FILE, e);
        }
        folded.set(null);
    }

    @Transactional(readOnly = true)
    public List<List<String>> groups() {
        return groups.findAll().stream().map(SynonymGroup::terms).toList();
    }

    /** The groups as text, one per line, as the screen edits them. */
    @Transactional(readOnly = true)
    public String text() {
        return String.join("\n", groups().stream().map(g -> String.join(", ", g)).toList());
    }

    /** Replaces every group with those of the text (one per line, words or phrases separated by commas). */
    @Transactional
    public int replace(String text, String author) {
        List<List<String>> parsed = parse(text == null ? "" : text);
        groups.deleteAllInBatch();
        parsed.forEach(g -> groups.save(new SynonymGroup(g, author, clock.instant())));
        events.publishEvent(new Changed());
        return parsed.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(Changed event) {
        folded.set(null);
    }

    /**
     * For each group the query touches, its other words and phrases (quoted), as one query text: with the search's OR
     * between words, "nfe rejeitada" also finds "nota fiscal eletrônica". A word or phrase of a group touches the
     * query when its terms, read as the search reads Portuguese (plurals, accents), appear in the query's in a row:
     * "rejeitadas" touches the group of "rejeitada".
     */
    public List<String> alternatives(String query) {
        List<String> q = PortugueseAnalyzer.terms(query);
        List<String> alternatives = new ArrayList<>();
        for (List<Term> group : folded()) {
            if (group.stream().anyMatch(term -> contains(q, term.terms()))) {
                Set<String> extra = new LinkedHashSet<>();
                group.stream().filter(term -> !contains(q, term.terms())).forEach(term -> extra.add(
                        term.text().contains(" ") || term.text().contains("-") ? "\"" + term.text() + "\"" : term.text()));
                if (!extra.isEmpty()) {
                    alternatives.add(String.join(" ", extra));
                }
            }
        }
        return alternatives;
    }

    /** A word or phrase of a group, and its terms as the search reads them. */
    private record Term(String text, List<String> terms) {
    }

    private static boolean contains(List<String> terms, List<String> phrase) {
        if (phrase.isEmpty() || phrase.size() > terms.size()) {
            return false;
        }
        for (int i = 0; i + phrase.size() <= terms.size(); i++) {
            if (terms.subList(i, i + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    private List<List<Term>> folded() {
        Cache current = folded.get();
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > 60_000_000_000L) {
            current = new Cache(groups().stream().map(g -> g.stream().map(t -> new Term(t, PortugueseAnalyzer.terms(t)))
                    .toList()).toList(), now);
            folded.set(current);
        }
        return current.groups();
    }

    static List<List<String>> parse(String text) {
        List<List<String>> parsed = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String t : l.split(",")) {
                String term = t.strip().toLowerCase(Locale.ROOT);
                if (term.contains("\"")) {
                    throw new InvalidArticleException("sinonimos", "Linha " + line + ": tire as aspas; separe as "
                            + "palavras com vírgulas.");
                }
                if (!term.isEmpty() && !terms.contains(term)) {
                    terms.add(term);
                }
            }
            if (terms.size() < 2) {
                throw new InvalidArticleException("sinonimos", "Linha " + line + ": um grupo precisa de ao menos duas "
                        + "palavras separadas por vírgula (\"" + l + "\").");
            }
            if (String.join(", ", terms).length() > 400) {
                throw new InvalidArticleException("sinonimos", "Linha " + line + ": o grupo passa de 400 caracteres.");
            }
            parsed.add(terms);
        }
        if (parsed.size() > MAX_GROUPS) {
            throw new InvalidArticleException("sinonimos", "São " + parsed.size() + " grupos; o limite é " + MAX_GROUPS
                    + ".");
        }
        return parsed;
    }
}
