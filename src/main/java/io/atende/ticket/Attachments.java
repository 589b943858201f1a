package io.atende.ticket;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All ticket attachments' metadata. */
public interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByTicketIdOrderByUploadedAtAscIdAsc(Long ticketId);

    List<Attachment> findByTicketIdIn(Collection<Long> ticketIds);
}
