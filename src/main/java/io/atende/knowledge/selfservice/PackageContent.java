package io.atende.knowledge.selfservice;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of an uploaded package, opened once when it is stored. */
@FunctionalInterface
public interface PackageContent {

    InputStream open() throws IOException;
}
