package io.atende.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

/** The synonym groups of the search. */
interface SynonymGroups extends JpaRepository<SynonymGroup, Long> {
}
