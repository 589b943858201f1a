package io.atende.ticket;

/** R4: the company has a financial pendency (or no active contract); only CST may be contacted. */
public class CompanyBlockedException extends RuntimeException {

    /** CST's phone channel, where a blocked company regularizes (R1, R4). */
    public static final String CST_PHONE = "4003-0015, opção 7";

    public CompanyBlockedException() {
        super("O acesso da sua empresa está bloqueado por pendência financeira ou contrato inativo, e não é "
                + "possível abrir tickets. Regularize com a CST: telefone " + CST_PHONE + ", ou abra um ticket "
                + "do tipo ADMINISTRATIVO para a CST.");
    }
}
