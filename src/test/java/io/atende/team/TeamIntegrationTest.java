package io.atende.team;

import io.atende.AtendeIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The team tests run in the one shared application context. A second context in the same JVM
 * would register a second engine named "default", and the engine REST API of one context could
 * then answer from the other's engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AtendeIntegrationTest
@interface TeamIntegrationTest {
}
