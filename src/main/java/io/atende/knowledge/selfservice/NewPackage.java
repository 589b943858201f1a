package io.atende.knowledge.selfservice;

/**
 * An upload to the download centre as typed: {@code product} null when none (or an unknown one) was chosen.
 */
public record NewPackage(ProductLine product, String version, String title, String releaseNotes, String fileName,
        PackageContent content) {
}
