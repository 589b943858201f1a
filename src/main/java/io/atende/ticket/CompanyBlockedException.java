package io.atende.ticket;

/** R4: the company has a financial pendency (or no active contract); only CST may be contacted. */
public class CompanyBlockedException extends RuntimeException {

    public CompanyBlockedException() {
        super("O acesso da sua empresa está bloqueado por pendência financeira ou contrato inativo, e não é "
                + "possível abrir tickets. Regularize com a CST: telefone 4003-0015, opção 7, ou abra um ticket "
                + "do tipo ADMINISTRATIVO para a CST.");
    }
}
