package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The caching FEEL engine answers as Camunda's own ScalaFeelEngine: the same values, the same
 * failures with the same messages, for unary tests (decision table cells) and expressions (inputs,
 * outputs), repeatedly and from several threads at once.
 */
class CachingFeelEngineTests {

    private final FeelEngine plain = new ScalaFeelEngineFactory().createInstance();
    private final FeelEngine caching = new FeelEngineSetup.Factory(List::of).createInstance();

    private static final List<String> UNARY_TESTS = List.of("\"ALTO\"", "\"ALTO\",\"MEDIO\"", "not(\"BAIXO\")",
            "< 3", "[1..5]", ">= limit", "-", "null", "?.length > 1", "date(\"2026-01-01\")", "< date(\"2026-12-25\")",
            "\"unterminated", "unknown(1)", "> \"texto\"", "contains(?, \"LT\")");
    private static final List<String> EXPRESSIONS = List.of("impact", "limit * 2", "impact + \"-\" + urgency",
            "if limit > 3 then \"muitos\" else \"poucos\"", "date(\"2026-01-01\") + duration(\"P1D\")", "missing",
            "limit +", "count([1,2,3])", "string length(impact)", "upper case(urgency)", "1 / 0");
    private static final List<Object> INPUTS = List.of("ALTO", "MEDIO", "BAIXO", 2, 4L, 7.5,
            LocalDate.of(2026, 1, 1), "ALTO-X");

    private static VariableContext variables() {
        return variables(null);
    }

    private static VariableContext variables(Object cellInput) {
        return Variables.createVariables().putValue("impact", "ALTO").putValue("urgency", "MEDIA")
                .putValue("limit", 4).putValue("cellInput", cellInput).asVariableContext();
    }

    @Test
    void unaryTestsAnswerAsTheLibrary() {
        assertThat(CachingFeelEngine.caching()).as("the cached path is taken with this feel-scala").isTrue();
        for (int round = 0; round < 3; round++) { // the first round fills the cache, the others read it
            for (String test : UNARY_TESTS) {
                for (Object input : INPUTS) {
                    VariableContext context = variables(input);
                    assertThat(outcome(() -> caching.evaluateSimpleUnaryTests(test, "cellInput", context)))
                            .as("%s with %s", test, input)
                            .isEqualTo(outcome(() -> plain.evaluateSimpleUnaryTests(test, "cellInput", context)));
                }
            }
        }
    }

    @Test
    void expressionsAnswerAsTheLibrary() {
        for (int round = 0; round < 3; round++) {
            for (String expression : EXPRESSIONS) {
                assertThat(outcome(() -> caching.evaluateSimpleExpression(expression, variables())))
                        .as(expression)
                        .isEqualTo(outcome(() -> plain.evaluateSimpleExpression(expression, variables())));
            }
        }
    }

    @Test
    void parsesEachTextOnce() {
        var engine = new CachingFeelEngine(org.camunda.feel.FeelEngine.defaultFunctionProvider(),
                org.camunda.feel.FeelEngine.defaultValueMapper(), new org.camunda.feel.FeelEngine.Configuration(false),
                org.camunda.feel.FeelEngine.defaultClock());
        var context = new org.camunda.feel.context.Context.StaticContext(
                camundajar.impl.scala.collection.immutable.Map$.MODULE$.empty(),
                camundajar.impl.scala.collection.immutable.Map$.MODULE$.empty());
        for (int i = 0; i < 5; i++) {
            assertThat(String.valueOf(engine.evalExpression("1 + 2", context).toOption().get())).isEqualTo("3");
            engine.evalUnaryTests("< 3", context);
        }
        assertThat(engine.cachedTexts()).isEqualTo(2);
    }

    @Test
    void aFailureIsReportedWithTheLibrarysMessage() {
        Throwable refused = catchThrowable(() -> caching.evaluateSimpleExpression("limit +", variables()));
        assertThat(refused).isNotNull().hasMessageContaining("limit +");
    }

    @Test
    void evaluationsFromManyThreadsStayIndependent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                int limit = i % 10;
                answers.add(pool.submit(() -> caching.evaluateSimpleUnaryTests(">= limit", "cellInput",
                        Variables.createVariables().putValue("cellInput", 5).putValue("limit", limit)
                                .asVariableContext())));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).as("5 >= %d", i % 10).isEqualTo(5 >= i % 10);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A value, or the failure's class and message, so two engines' outcomes compare with equals. */
    private static Object outcome(java.util.concurrent.Callable<Object> evaluation) {
        try {
            return String.valueOf(evaluation.call());
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
