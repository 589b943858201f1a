package io.atende.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All customer companies. */
public interface Companies extends JpaRepository<Company, Long> {

    Optional<Company> findByName(String name);

    Optional<Company> findByDocument(String document);

    /** Name containing {@code like} (lower case, with %) or CNPJ matching {@code document}; by name. */
    @org.springframework.data.jpa.repository.Query("select c from Company c where lower(c.name) like ?1 "
            + "or c.document like ?2 order by c.name")
    java.util.List<Company> search(String like, String document, org.springframework.data.domain.Pageable page);
}
