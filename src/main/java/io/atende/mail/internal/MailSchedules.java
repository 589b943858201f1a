package io.atende.mail.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The dispatcher's and the mailbox reader's rounds on the platform's scheduler; tests switch them off
 * and call them directly.
 */
final class MailSchedules {

    private MailSchedules() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "atende.mail.outbox.scheduled", havingValue = "true", matchIfMissing = true)
    static class OutboxSchedule {

        private final OutboxDispatcher dispatcher;

        OutboxSchedule(OutboxDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Scheduled(fixedDelayString = "${atende.mail.outbox.poll-interval:5s}", initialDelayString = "5s")
        void dispatch() {
            dispatcher.dispatchDue();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "atende.mail.inbound.scheduled", havingValue = "true", matchIfMissing = true)
    static class InboundSchedule {

        private final MailboxReader reader;

        InboundSchedule(MailboxReader reader) {
            this.reader = reader;
        }

        @Scheduled(fixedDelayString = "${atende.mail.inbound.poll-interval:10s}", initialDelayString = "10s")
        void read() {
            reader.poll();
        }
    }
}
