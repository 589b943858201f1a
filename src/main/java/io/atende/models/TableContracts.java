package io.atende.models;

import io.atende.account.Offer;
import io.atende.sla.BusinessCalendars;
import io.atende.sla.DeadlineTerms;
import io.atende.team.Teams;
import io.atende.ticket.Channel;
import io.atende.ticket.Impact;
import io.atende.ticket.Priority;
import io.atende.ticket.Product;
import io.atende.ticket.ServicePurpose;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the application needs of each decision table it reads (issue 13.3): the inputs it passes and the outputs
 * it reads, by name and type, and the values a cell may hold (teams that exist, classifications, channels,
 * calendars). {@link ModelCheck} refuses a deployment that breaks them before any ticket uses it.
 */
@Component
class TableContracts {

    /** A column: the input expression or output name, its FEEL type, and the values its literals may take. */
    record Column(String name, String typeRef, Supplier<Set<String>> allowed, Set<String> allowedExpressions,
            boolean required, int min, int max) {

        static Column text(String name, Supplier<Set<String>> allowed) {
            return new Column(name, "string", allowed, Set.of(), false, 0, 0);
        }

        Column requiredCell() {
            return new Column(name, typeRef, allowed, allowedExpressions, true, min, max);
        }

        Column orExpressions(String... expressions) {
            return new Column(name, typeRef, allowed, Set.of(expressions), required, min, max);
        }

        static Column integer(String name, int min, int max) {
            return new Column(name, "integer", null, Set.of(), false, min, max);
        }

        static Column bool(String name) {
            return new Column(name, "boolean", null, Set.of(), true, 0, 0);
        }
    }

    /** A table's contract; {@code rows} names the input values that must each have exactly one row (or none). */
    record Contract(String key, List<Column> inputs, List<Column> outputs, Set<String> rows) {
    }

    private final Map<String, Contract> contracts;

    /** Teams and calendars are read when a deployment is checked (lazily: this is needed to build the engine). */
    TableContracts(ObjectProvider<Teams> teams, ObjectProvider<BusinessCalendars> calendars) {
        Supplier<Set<String>> teamIds = () -> teams.getObject().ids();
        Supplier<Set<String>> calendarIds = () -> new LinkedHashSet<>(calendars.getObject().ids());
        contracts = Map.of(
                "ticket-priority", new Contract("ticket-priority",
                        List.of(Column.text("impact", names(Impact.values())), Column.text("urgency", names(Urgency.values()))),
                        List.of(Column.text("priority", names(Priority.values())).requiredCell()), null),
                "ticket-routing", new Contract("ticket-routing",
                        List.of(Column.text("type", names(TicketType.values())),
                                Column.text("product", names(Product.values())),
                                Column.text("offer", names(Offer.values())), Column.text("contractTeam", teamIds)),
                        List.of(Column.text("team", teamIds).requiredCell().orExpressions("contractTeam")), null),
                "sla-targets", new Contract("sla-targets",
                        List.of(Column.text("priority", names(Priority.values()))),
                        List.of(Column.integer("supportHours", 1, 2000).requiredCell(),
                                Column.integer("maintenanceDays", 1, 365).requiredCell()), null),
                "channel-entitlement", new Contract("channel-entitlement",
                        List.of(Column.text("purpose", names(ServicePurpose.values())),
                                Column.text("offer", names(Offer.values())),
                                Column.text("channel", names(Channel.values()))),
                        List.of(Column.bool("allowed")), null),
                DeadlineTerms.DECISION, new Contract(DeadlineTerms.DECISION,
                        List.of(Column.text("deadline", names(DeadlineTerms.Deadline.values()))),
                        List.of(Column.integer("businessDays", 1, 60), new Column("duration", "string", null, Set.of(),
                                false, 0, 0), Column.text("calendar", calendarIds), Column.integer("percent", 1, 99)),
                        new LinkedHashSet<>(Arrays.stream(DeadlineTerms.Deadline.values()).map(Enum::name).toList())));
    }

    Contract of(String decisionKey) {
        return contracts.get(decisionKey);
    }

    private static Supplier<Set<String>> names(Enum<?>[] values) {
        Set<String> names = new LinkedHashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return () -> names;
    }
}
