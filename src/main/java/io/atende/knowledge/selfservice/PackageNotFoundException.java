package io.atende.knowledge.selfservice;

/** No update package with that id. */
public class PackageNotFoundException extends RuntimeException {

    public PackageNotFoundException() {
        super("Pacote de atualização não encontrado.");
    }
}
