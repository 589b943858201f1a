package io.atende.account;

/** No contact with that id among the company's contacts; another company's contacts look the same (404). */
public class ContactNotFoundException extends RuntimeException {

    public ContactNotFoundException(Object id) {
        super("Contato " + id + " não encontrado entre os contatos da sua empresa.");
    }
}
