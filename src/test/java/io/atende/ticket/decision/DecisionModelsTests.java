package io.atende.ticket.decision;

import static io.atende.ticket.TicketProcess.DECISION_PRIORITY;
import static io.atende.ticket.TicketProcess.DECISION_ROUTING;
import static io.atende.ticket.TicketProcess.DECISION_SLA_TARGETS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The DMN files themselves: what the engine and Camunda Modeler need to accept them. */
class DecisionModelsTests {

    private static final String DMN13_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI13_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    static Stream<Path> dmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(DecisionTables.PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("R20, R16: the three decisions the ticket process calls exist, each in the file named by its key")
    void holdsEveryDecisionTheProcessCalls() throws IOException {
        assertThat(dmnFiles().map(file -> file.getFileName().toString()))
                .contains(DECISION_PRIORITY + ".dmn", DECISION_ROUTING + ".dmn", DECISION_SLA_TARGETS + ".dmn");
        for (String key : List.of(DECISION_PRIORITY, DECISION_ROUTING, DECISION_SLA_TARGETS)) {
            assertThat(DecisionTables.load(key).getKey()).isEqualTo(key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    @DisplayName("every DMN file parses in the DMN engine and is a decision table")
    void parsesInTheDmnEngine(Path file) throws IOException {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(file)) {
            List<DmnDecision> decisions = engine.parseDecisions(in);

            assertThat(decisions).isNotEmpty().allSatisfy(decision -> assertThat(decision.isDecisionTable()).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    @DisplayName("every decision sets historyTimeToLive (the engine enforces it at deployment): 180 days")
    void setsHistoryTimeToLiveOnEveryDecision(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DmnModelInstance model = Dmn.readModelFromStream(in);

            assertThat(model.getModelElementsByType(Decision.class)).isNotEmpty().allSatisfy(decision ->
                    assertThat(ParseUtil.parseHistoryTimeToLive(decision.getCamundaHistoryTimeToLiveString()))
                            .isEqualTo(180));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    @DisplayName("every file is DMN 1.3 and lays out each decision, so Camunda Modeler draws it")
    void isDmn13WithAShapePerDecision(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());

        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(DMN13_NS);
        List<String> shapes = attributes(xml.getElementsByTagNameNS(DMNDI13_NS, "DMNShape"), "dmnElementRef");
        List<String> decisions = attributes(xml.getElementsByTagNameNS(DMN13_NS, "decision"), "id");
        assertThat(shapes).containsAll(decisions);
    }

    private static List<String> attributes(NodeList elements, String name) {
        return Stream.iterate(0, i -> i < elements.getLength(), i -> i + 1)
                .map(i -> ((Element) elements.item(i)).getAttribute(name))
                .toList();
    }
}
