package io.atende.knowledge;

import io.atende.knowledge.internal.InvalidArticleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The images of the articles (issue 14): PNG, JPEG, GIF or WebP, recognised by their first bytes (not by the name a
 * browser sends), up to {@link #MAX_BYTES}; stored outside any web root under a random key, served by
 * {@code /ajuda/imagens/{key}} to whoever may read the article. A refused upload writes neither a row nor a file.
 */
@Service
public class ArticleImages {

    static final String PATH = "/ajuda/imagens/";
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** What is served: the bytes and their type. */
    public record Served(byte[] bytes, String contentType, String fileName) {
    }

    private final ArticleImageRows rows;
    private final Articles articles;
    private final Clock clock;
    private final Path directory;

    ArticleImages(ArticleImageRows rows, Articles articles, Clock clock,
            @Value("${atende.knowledge.images-directory:./data/kb-images}") Path directory) {
        this.rows = rows;
        this.articles = articles;
        this.clock = clock;
        this.directory = directory;
    }

    /** Stores an image of the article. */
    @Transactional
    public ArticleImage add(Long articleId, String fileName, byte[] bytes, String author) {
        articles.findById(articleId).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
        if (bytes == null || bytes.length == 0) {
            throw new InvalidArticleException("imagem", "Escolha uma imagem (PNG, JPEG, GIF ou WebP).");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidArticleException("imagem", "A imagem tem %.1f MB; o limite é 5 MB. Reduza-a."
                    .formatted(bytes.length / 1048576.0).replace('.', ','));
        }
        String type = type(bytes).orElseThrow(() -> new InvalidArticleException("imagem", "O arquivo não é uma imagem "
                + "PNG, JPEG, GIF ou WebP."));
        String name = fileName == null || fileName.isBlank() ? "imagem" : Path.of(fileName).getFileName().toString();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        String key = UUID.randomUUID().toString().replace("-", "");
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the image " + file, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // left on disk without a row: harmless, never served
                    }
                }
            }
        });
        return rows.save(new ArticleImage(articleId, key, name, type, bytes.length, sha256(bytes), clock.instant(), author));
    }

    @Transactional(readOnly = true)
    public List<ArticleImage> of(Long articleId) {
        return rows.findByArticleIdOrderByIdDesc(articleId);
    }

    /** The image, when its article may be read by this reader (else empty: a 404, as for an unknown key). */
    @Transactional(readOnly = true)
    public Optional<Served> serve(String key, boolean staff) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return rows.findByStorageKey(key).filter(image -> articles.findById(image.getArticleId())
                .filter(a -> a.visibleTo(staff)).isPresent()).map(image -> {
                    try {
                        return new Served(Files.readAllBytes(file(key)), image.getContentType(), image.getFileName());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the image " + key, e);
                    }
                });
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }

    /** The image type by its first bytes. */
    static Optional<String> type(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
