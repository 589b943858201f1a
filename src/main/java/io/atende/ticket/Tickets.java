package io.atende.ticket;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All tickets. */
public interface Tickets extends JpaRepository<Ticket, Long> {

    Page<Ticket> findByCompanyId(Long companyId, Pageable pageable);

    Page<Ticket> findByContactId(Long contactId, Pageable pageable);

    List<Ticket> findByParentId(Long parentId);
}
