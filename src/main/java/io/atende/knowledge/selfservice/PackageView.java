package io.atende.knowledge.selfservice;

import java.time.Instant;

/** An update package as the pages show it. */
public record PackageView(long id, ProductLine product, String version, String title, String releaseNotes,
        String fileName, long size, String sha256, Instant publishedAt, String publishedBy) {

    static PackageView of(UpdatePackage p) {
        return new PackageView(p.getId(), p.getProduct(), p.getVersion(), p.getTitle(), p.getReleaseNotes(),
                p.getFileName(), p.getSize(), p.getSha256(), p.getPublishedAt(), p.getPublishedByName());
    }
}
