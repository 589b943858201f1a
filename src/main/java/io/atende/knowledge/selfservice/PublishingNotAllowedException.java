package io.atende.knowledge.selfservice;

/** The agent is neither a process administrator nor a member of the product line's team. */
public class PublishingNotAllowedException extends RuntimeException {

    public PublishingNotAllowedException(String message) {
        super(message);
    }
}
