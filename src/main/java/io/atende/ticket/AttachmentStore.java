package io.atende.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks files against the attachment rules and stores them outside any web root under a random
 * key. A transaction that rolls back removes the files it wrote.
 */
@Component
class AttachmentStore {

    private final Attachments attachments;
    private final AttachmentSettings settings;
    private final Clock clock;

    AttachmentStore(Attachments attachments, AttachmentSettings settings, Clock clock) {
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
    }

    List<String> check(List<NewAttachment> files) {
        if (files == null || files.isEmpty()) {
            throw new AttachmentRefusedException("Envie ao menos um arquivo.");
        }
        if (files.size() > settings.maxFilesPerUpload()) {
            throw new AttachmentRefusedException("Envie no máximo " + settings.maxFilesPerUpload() + " arquivos por vez.");
        }
        List<String> names = new ArrayList<>();
        for (NewAttachment file : files) {
            String name = safeName(file.fileName());
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!settings.allowedExtensions().contains(extension)) {
                throw new AttachmentRefusedException("O arquivo '" + name + "' não é de um tipo aceito. Tipos aceitos: "
                        + settings.allowedList() + ".");
            }
            names.add(name);
        }
        return names;
    }

    List<Attachment> store(Ticket ticket, HistoryEntry entry, String author, List<NewAttachment> files) {
        List<String> names = check(files);
        Instant now = clock.instant();
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String key = UUID.randomUUID().toString();
            Path target = path(key);
            deleteOnRollback(target);
            Written written = write(files.get(i), target, names.get(i));
            String type = MediaTypeFactory.getMediaType(names.get(i)).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
            stored.add(attachments.save(new Attachment(ticket.getId(), entry == null ? null : entry.getId(), names.get(i),
                    type, written.size(), written.sha256(), key, now, author)));
        }
        return stored;
    }

    private record Written(long size, String sha256) {
    }

    private Written write(NewAttachment file, Path target, String name) {
        long max = settings.maxFileSize().toBytes();
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = new DigestInputStream(file.content().open(), digest);
                    OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > max) {
                        throw new AttachmentRefusedException("O arquivo '" + name + "' passa do limite de "
                                + settings.maxFileSize().toMegabytes() + " MB por arquivo.");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new AttachmentRefusedException("O arquivo '" + name + "' está vazio.");
            }
            return new Written(size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store attachment " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path path(String key) {
        return settings.directory().resolve(key.substring(0, 2)).resolve(key);
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
            name = "arquivo";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
