package io.atende.ticket;

import java.io.IOException;
import java.io.InputStream;

/** A file someone is attaching: the name and type they gave, and a way to read its bytes once. */
public record NewAttachment(String fileName, String contentType, Content content) {

    /** Opens the bytes; called once, the stream is closed by the store. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
