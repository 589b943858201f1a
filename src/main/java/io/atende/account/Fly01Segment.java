package io.atende.account;

/** The business segment of a Fly01 small-business customer; each has its SAC Fly01 hours (R11). */
public enum Fly01Segment {
    BELEZA_ESTETICA, JURIDICO, MANUFATURA, PET_SHOP, SAUDE, VAREJO, APP_GESTAO, LOJA_VIRTUAL;

    /** The id of this segment's business calendar, e.g. {@code fly01-beleza-estetica} (see calendars.yml). */
    public String calendarId() {
        return "fly01-" + name().toLowerCase().replace('_', '-');
    }
}
