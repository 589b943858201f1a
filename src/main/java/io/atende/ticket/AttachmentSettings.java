package io.atende.ticket;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are stored and what is accepted (R7: several files, videos included, no zip
 * needed). {@code allowedExtensions} is checked case-insensitively against the file name.
 */
@ConfigurationProperties("atende.attachments")
public record AttachmentSettings(
        @DefaultValue("./data/attachments") Path directory,
        @DefaultValue("100MB") DataSize maxFileSize,
        @DefaultValue("10") int maxFilesPerUpload,
        @DefaultValue({"png", "jpg", "jpeg", "gif", "webp", "bmp", "pdf", "txt", "log", "csv", "xml", "json",
                "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "eml", "msg",
                "mp4", "webm", "mov", "avi", "mkv", "zip"}) Set<String> allowedExtensions) {

    /** The extensions as a readable list for messages. */
    public String allowedList() {
        return String.join(", ", List.copyOf(new java.util.TreeSet<>(allowedExtensions)));
    }
}
