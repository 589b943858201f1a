package io.atende.knowledge.selfservice;

import java.nio.file.Path;

/** A package's file on disk, for a download. */
public record StoredPackage(PackageView details, String contentType, Path path) {
}
