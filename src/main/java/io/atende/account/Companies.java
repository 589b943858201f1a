package io.atende.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All customer companies. */
public interface Companies extends JpaRepository<Company, Long> {

    Optional<Company> findByName(String name);

    Optional<Company> findByDocument(String document);

    /**
     * The company, its version raised at the commit: a change elsewhere that rests on what the company is (its Prime
     * contract rests on the PRIME offer) then collides with a concurrent change of the company itself.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @org.springframework.data.jpa.repository.Query("select c from Company c where c.id = ?1")
    Optional<Company> findLockedById(Long id);

    /** Name containing {@code like} (lower case, with %) or CNPJ matching {@code document}; by name. */
    @org.springframework.data.jpa.repository.Query("select c from Company c where lower(c.name) like ?1 "
            + "or c.document like ?2 order by c.name")
    java.util.List<Company> search(String like, String document, org.springframework.data.domain.Pageable page);
}
