package io.atende.knowledge.selfservice;

/** An upload the download centre does not take (missing field, file type, size); nothing was stored. */
public class PackageRefusedException extends RuntimeException {

    public PackageRefusedException(String message) {
        super(message);
    }
}
