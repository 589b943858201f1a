package io.atende.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All customer companies. */
public interface Companies extends JpaRepository<Company, Long> {

    Optional<Company> findByName(String name);

    Optional<Company> findByDocument(String document);
}
