package io.atende.knowledge.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An update package of the download centre (R23): one file for one version of one product line. */
@Entity
@Table(name = "download_package")
class UpdatePackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductLine product;

    @Column(name = "product_version", nullable = false)
    private String version;

    @Column(nullable = false)
    private String title;

    @Column(name = "release_notes", nullable = false)
    private String releaseNotes;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by_id", nullable = false)
    private String publishedById;

    @Column(name = "published_by_name", nullable = false)
    private String publishedByName;

    protected UpdatePackage() {
    }

    UpdatePackage(ProductLine product, String version, String title, String releaseNotes, PackageStore.Stored file,
            Instant publishedAt, String publishedById, String publishedByName) {
        this.product = product;
        this.version = version;
        this.title = title;
        this.releaseNotes = releaseNotes;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.key();
        this.publishedAt = publishedAt;
        this.publishedById = publishedById;
        this.publishedByName = publishedByName;
    }

    Long getId() { return id; }
    ProductLine getProduct() { return product; }
    String getVersion() { return version; }
    String getTitle() { return title; }
    String getReleaseNotes() { return releaseNotes; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    long getSize() { return size; }
    String getSha256() { return sha256; }
    String getStorageKey() { return storageKey; }
    Instant getPublishedAt() { return publishedAt; }
    String getPublishedById() { return publishedById; }
    String getPublishedByName() { return publishedByName; }
}
