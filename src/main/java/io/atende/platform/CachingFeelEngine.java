package io.atende.platform;

import camundajar.impl.scala.collection.immutable.$colon$colon;
import camundajar.impl.scala.collection.immutable.List;
import camundajar.impl.scala.collection.immutable.Nil$;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FEEL engine of feel-scala 1.19 with two costs taken out of every evaluation, found by profiling
 * ticket opening (docs/performance.md, figure 1): the expression text is parsed again on every call,
 * and the root context builds every built-in function anew ({@code new BuiltinFunctions(...)}, about
 * two thirds of a DMN cell's time). A decision table evaluates one unary test per non-empty cell, so
 * opening one ticket ran a few hundred parses and built-in tables.
 *
 * <p>This engine parses (and validates) each expression text once, keeping the result for that text,
 * and builds the built-in functions once; each evaluation still gets its own context and failure
 * collector, so evaluations stay independent. Expressions are immutable syntax trees and the built-in
 * functions hold no state, so both are safe to share between threads. A text that fails to parse or to
 * validate, and any evaluation that throws, takes feel-scala's own path, so errors and messages are
 * the library's. The texts are those of the deployed decision tables and expressions (a few hundred);
 * past {@value #MAX_CACHED} texts, new ones are evaluated without being kept.
 *
 * <p>It relies on two private methods of {@link FeelEngine} ({@code validate} and {@code eval} with
 * an evaluation context); when they are missing (another feel-scala version), it logs a warning and
 * behaves exactly as {@link FeelEngine}. {@code CachingFeelEngineTests} compares the two.
 */
public class CachingFeelEngine extends FeelEngine {

    static final int MAX_CACHED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(CachingFeelEngine.class);
    private static final MethodHandle VALIDATE;
    private static final MethodHandle EVAL;

    static {
        MethodHandle validate = null;
        MethodHandle eval = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(FeelEngine.class, MethodHandles.lookup());
            validate = lookup.findSpecial(FeelEngine.class, "validate",
                    MethodType.methodType(Either.class, ParsedExpression.class), FeelEngine.class);
            eval = lookup.findSpecial(FeelEngine.class, "eval",
                    MethodType.methodType(EvaluationResult.class, ParsedExpression.class, EvalContext.class),
                    FeelEngine.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("FEEL expressions are evaluated without caching: this feel-scala version lacks {}", e.toString());
            validate = null;
            eval = null;
        }
        VALIDATE = validate;
        EVAL = eval;
    }

    /** A text's parse result and whether it passed validation (only then is the fast path taken). */
    private record Compiled(Either<Failure, ParsedExpression> parsed, boolean valid) {
    }

    private final FunctionProvider functions;
    private final Map<String, Compiled> expressions = new ConcurrentHashMap<>();
    private final Map<String, Compiled> unaryTests = new ConcurrentHashMap<>();

    public CachingFeelEngine(FunctionProvider functionProvider, ValueMapper valueMapper,
            FeelEngine.Configuration configuration, FeelEngineClock clock) {
        super(functionProvider, valueMapper, configuration, clock);
        // The same providers, in the same order, as FeelEngine's root context: built-ins first.
        this.functions = new FunctionProvider.CompositeFunctionProvider(providers(
                new BuiltinFunctions(clock, valueMapper), functionProvider));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<FunctionProvider> providers(FunctionProvider first, FunctionProvider second) {
        List nil = Nil$.MODULE$;
        return new $colon$colon(first, new $colon$colon(second, nil));
    }

    /** Whether evaluations take the cached path (false only on an unexpected feel-scala version). */
    public static boolean caching() {
        return EVAL != null;
    }

    @Override
    public Either<Failure, Object> evalExpression(String expression, Context context) {
        if (EVAL == null) {
            return super.evalExpression(expression, context);
        }
        return evaluate(compiled(expressions, expression, this::parseExpression), context);
    }

    @Override
    public Either<Failure, Object> evalUnaryTests(String expression, Context context) {
        if (EVAL == null) {
            return super.evalUnaryTests(expression, context);
        }
        Either<Failure, Object> result = evaluate(compiled(unaryTests, expression, this::parseUnaryTests), context);
        if (result instanceof Right<Failure, Object> right) {
            // As FeelEngine.evalUnaryTests: the outcome read as a boolean (null is false).
            return new Right<>(BoxesRunTime.boxToBoolean(BoxesRunTime.unboxToBoolean(right.value())));
        }
        return result;
    }

    /** How many expression texts and unary-test texts are kept (for tests). */
    int cachedTexts() {
        return expressions.size() + unaryTests.size();
    }

    @SuppressWarnings("unchecked")
    private Either<Failure, Object> evaluate(Compiled compiled, Context context) {
        if (compiled.parsed().isLeft()) {
            return (Either<Failure, Object>) (Either<?, ?>) compiled.parsed();
        }
        ParsedExpression parsed = compiled.parsed().toOption().get();
        if (!compiled.valid()) {
            return eval(parsed, context); // the library's own failure
        }
        try {
            EvalContext root = EvalContext.create(valueMapper(), functions);
            return ((EvaluationResult) EVAL.invoke(this, parsed, root.merge(context))).toEither();
        } catch (Throwable e) {
            // FeelEngine.evaluate turns an exception into a failed result with its own message: let it.
            return eval(parsed, context);
        }
    }

    private Compiled compiled(Map<String, Compiled> cache, String text,
            Function<String, Either<Failure, ParsedExpression>> parser) {
        Compiled found = cache.get(text);
        if (found != null) {
            return found;
        }
        Compiled compiled = compile(parser.apply(text));
        if (cache.size() < MAX_CACHED) {
            cache.putIfAbsent(text, compiled);
        }
        return compiled;
    }

    private Compiled compile(Either<Failure, ParsedExpression> parsed) {
        if (parsed.isLeft()) {
            return new Compiled(parsed, false);
        }
        try {
            Either<?, ?> validated = (Either<?, ?>) VALIDATE.invoke(this, parsed.toOption().get());
            return new Compiled(parsed, validated.isRight());
        } catch (Throwable e) {
            return new Compiled(parsed, false);
        }
    }
}
