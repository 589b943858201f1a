package io.atende.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** All tickets. */
public interface Tickets extends JpaRepository<Ticket, Long> {

    // Lists are slices (no count of all rows) ordered by owner, then newest first: the order of the
    // (owner, opened_at desc) indexes, so a page reads its rows straight from the index (V7).
    // The bound on opened_at (far in the future: it excludes nothing) makes the (owner, opened_at) index the one
    // that serves two conditions, so H2 prefers it to the foreign key's single-column index and reads the page in
    // index order instead of sorting all the owner's tickets.
    Slice<Ticket> findByCompanyIdAndOpenedAtBeforeOrderByCompanyIdAscOpenedAtDesc(Long companyId, Instant before,
            Pageable pageable);

    Slice<Ticket> findByContactIdAndOpenedAtBeforeOrderByContactIdAscOpenedAtDesc(Long contactId, Instant before,
            Pageable pageable);

    List<Ticket> findByParentId(Long parentId);

    /**
     * The ticket with its row locked until the transaction ends: a second verdict on the same proposal waits for
     * the first and then sees the ticket changed (one winner, the others 409; issue 12).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    java.util.Optional<Ticket> findForChange(@org.springframework.data.repository.query.Param("id") Long id);

    Slice<Ticket> findByStatusAndCompanyIdOrderByStatusAscCompanyIdAscOpenedAtDesc(TicketStatus status, Long companyId,
            Pageable pageable);

    Slice<Ticket> findByStatusAndContactIdOrderByStatusAscContactIdAscOpenedAtDesc(TicketStatus status, Long contactId,
            Pageable pageable);

    /** The company's tickets in {@code status}, counted up to {@code limit} (an index range, never a scan). */
    @Query(value = "select count(*) from (select 1 from ticket where status = ?2 and company_id = ?1 limit ?3) capped",
            nativeQuery = true)
    long countOfCompanyInStatus(Long companyId, String status, int limit);

    /** The contact's tickets in {@code status}, counted up to {@code limit}. */
    @Query(value = "select count(*) from (select 1 from ticket where status = ?2 and contact_id = ?1 limit ?3) capped",
            nativeQuery = true)
    long countOfContactInStatus(Long contactId, String status, int limit);

    /** Rows of (team, count) of the tickets in one of {@code open} (an index range on status, not a scan). */
    @Query("select t.team, count(t) from Ticket t where t.status in ?1 and t.team is not null group by t.team")
    List<Object[]> countByTeamIn(Collection<TicketStatus> open);
}
