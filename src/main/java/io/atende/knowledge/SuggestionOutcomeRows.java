package io.atende.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

/** The suggestions' outcomes (R7). */
interface SuggestionOutcomeRows extends JpaRepository<SuggestionOutcome, Long> {
}
