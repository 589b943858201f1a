package io.atende.knowledge.selfservice;

/** A product line's user community (R23): where customers talk to each other and to the product's experts. */
public record Community(String name, ProductLine product, String url, String description) {
}
