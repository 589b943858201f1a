package io.atende.ticket;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All tickets. */
public interface Tickets extends JpaRepository<Ticket, Long> {

    Page<Ticket> findByCompanyId(Long companyId, Pageable pageable);

    Page<Ticket> findByContactId(Long contactId, Pageable pageable);

    List<Ticket> findByParentId(Long parentId);

    Page<Ticket> findByCompanyIdAndStatusIn(Long companyId, Collection<TicketStatus> statuses, Pageable pageable);

    Page<Ticket> findByContactIdAndStatusIn(Long contactId, Collection<TicketStatus> statuses, Pageable pageable);

    @Query("select t.status, count(t) from Ticket t where t.companyId = ?1 group by t.status")
    List<Object[]> countByStatusOfCompany(Long companyId);

    @Query("select t.status, count(t) from Ticket t where t.contactId = ?1 group by t.status")
    List<Object[]> countByStatusOfContact(Long contactId);

    /** Rows of (team, count) of the tickets not closed nor cancelled. */
    @Query("select t.team, count(t) from Ticket t where t.status not in ('FECHADO', 'CANCELADO') and t.team is not null "
            + "group by t.team")
    List<Object[]> countOpenByTeam();
}
