package io.atende.knowledge.selfservice;

/**
 * R4: the contact may not use the download centre: the company is blocked (financial pendency or inactive
 * contract), the contact is inactive, or the company's administrator did not give the contact the permission. The message says how to regularize.
 */
public class DownloadRefusedException extends RuntimeException {

    /** CST's phone channel, where a blocked company regularizes (R1, R4); the same as the ticket module's. */
    public static final String CST_PHONE = "4003-0015, opção 7";

    private DownloadRefusedException(String message) {
        super(message);
    }

    /** The wording of the ticket module's R4 refusal, for packages. */
    static DownloadRefusedException companyBlocked() {
        return new DownloadRefusedException("O acesso da sua empresa está bloqueado por pendência financeira ou "
                + "contrato inativo, e não é possível baixar pacotes de atualização. Regularize com a CST: telefone "
                + CST_PHONE + ", ou abra um ticket do tipo ADMINISTRATIVO para a CST.");
    }

    /** R4: the company's administrator did not let this contact download packages. */
    static DownloadRefusedException noPermission() {
        return new DownloadRefusedException("O seu usuário não tem permissão para baixar pacotes de atualização. Peça "
                + "ao administrador da sua empresa: ele concede a permissão em Contatos, no Portal do Cliente.");
    }

    static DownloadRefusedException inactiveContact() {
        return new DownloadRefusedException("O seu acesso de contato está desativado. Peça ao administrador da sua "
                + "empresa para reativá-lo, ou fale com a CST: telefone " + CST_PHONE + ".");
    }
}
