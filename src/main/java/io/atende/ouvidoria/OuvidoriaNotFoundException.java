package io.atende.ouvidoria;

/** No Ouvidoria case with that number that the reader may see (404). */
public class OuvidoriaNotFoundException extends RuntimeException {

    public OuvidoriaNotFoundException(String number) {
        super("Manifestação de Ouvidoria " + number + " não encontrada entre as que você pode ver.");
    }
}
