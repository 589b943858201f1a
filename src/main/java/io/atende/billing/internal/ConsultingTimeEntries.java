package io.atende.billing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All registered consulting time; used inside this module only. */
interface ConsultingTimeEntries extends JpaRepository<ConsultingTimeEntry, Long> {

    List<ConsultingTimeEntry> findByTicketIdOrderByWorkedAtAscIdAsc(Long ticketId);

    List<ConsultingTimeEntry> findByCompanyIdAndWorkedAtBeforeOrderByWorkedAtAscIdAsc(Long companyId, Instant before);
}
