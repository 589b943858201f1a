package io.atende.billing.internal;

import io.atende.billing.ConsultingTimeEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All registered consulting time; used inside this module only. */
public interface ConsultingTimeEntries extends JpaRepository<ConsultingTimeEntry, Long> {

    List<ConsultingTimeEntry> findByTicketIdOrderByWorkedAtAscIdAsc(Long ticketId);

    List<ConsultingTimeEntry> findByCompanyIdAndWorkedAtBeforeOrderByWorkedAtAscIdAsc(Long companyId, Instant before);
}
