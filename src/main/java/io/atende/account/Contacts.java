package io.atende.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All contacts of all companies. */
public interface Contacts extends JpaRepository<Contact, Long> {

    @Query("select c from Contact c join fetch c.company where c.email = lower(?1)")
    Optional<Contact> findByEmail(String email);

    @Query("select c from Contact c join fetch c.company where c.company.id = ?1 and c.administrator = true and c.active = true order by c.id")
    java.util.List<Contact> findActiveAdministrators(Long companyId);

    Page<Contact> findByCompanyId(Long companyId, Pageable pageable);

    /** Contacts whose e-mail, name or company name contains {@code like} (lower case, with %), or whose company has that CNPJ. */
    @Query("select c from Contact c join fetch c.company co where lower(c.email) like ?1 or lower(c.name) like ?1 "
            + "or lower(co.name) like ?1 or co.document = ?2 order by co.name, c.name")
    java.util.List<Contact> search(String like, String document, Pageable page);

    long countByCompanyIdAndAdministratorTrueAndActiveTrue(Long companyId);
}
