package io.atende.knowledge.selfservice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes package files outside any web root under a random key, with their size and SHA-256. A file over the
 * limit or empty is removed at once; a transaction that rolls back removes the file it wrote, so a refused upload
 * leaves neither a row nor a file.
 */
@Component
class PackageStore {

    /** What was written: the key the row keeps, and what the customer is shown. */
    record Stored(String key, String fileName, String contentType, long size, String sha256) {
    }

    private final SelfServiceSettings settings;

    PackageStore(SelfServiceSettings settings) {
        this.settings = settings;
    }

    /**
     * The cleaned file name when it has an accepted extension.
     *
     * @throws PackageRefusedException otherwise
     */
    String checkName(String given) {
        String name = safeName(given);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!settings.packageExtensions().contains(extension)) {
            throw new PackageRefusedException("O arquivo '" + name + "' não é de um tipo aceito. Tipos aceitos: "
                    + settings.extensionList() + ".");
        }
        return name;
    }

    /** Writes {@code content} in the current transaction; must run inside one. */
    Stored write(String fileName, PackageContent content) {
        String name = checkName(fileName);
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        deleteOnRollback(target);
        long max = settings.maxPackageSize().toBytes();
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = new DigestInputStream(content.open(), digest);
                    OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > max) {
                        throw new PackageRefusedException("O arquivo '" + name + "' passa do limite de "
                                + settings.maxPackageSize().toMegabytes() + " MB por pacote.");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new PackageRefusedException("O arquivo '" + name + "' está vazio.");
            }
            String type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
            return new Stored(key, name, type, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store package " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path path(String key) {
        return settings.packagesDirectory().resolve(key.substring(0, 2)).resolve(key);
    }

    private static void deleteOnRollback(Path file) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // an orphan file is harmless: no row points to it
                    }
                }
            }
        });
    }

    /** Keeps the last path segment, drops control and reserved characters, caps the length. */
    static String safeName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "pacote";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
