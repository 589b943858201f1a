package io.atende.account;

import io.atende.sla.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer company: its offer, its location (for local holidays) and its standing (R4). */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Offer offer;

    /** State (UF), e.g. SP. */
    @Column(nullable = false, length = 2)
    private String state;

    @Column(nullable = false)
    private String city;

    /** The Fly01 segment (R11); set exactly when the offer is FLY01. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fly01_segment", length = 20)
    private Fly01Segment segment;

    /** The CNPJ, 14 digits without punctuation; null when not registered. */
    @Column(length = 14)
    private String document;

    @Column(name = "financial_pendency", nullable = false)
    private boolean financialPendency;

    @Column(name = "contract_active", nullable = false)
    private boolean contractActive = true;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String name, Offer offer, String state, String city) {
        this(name, offer, null, state, city);
    }

    /**
     * A company with its offer; a FLY01 company needs its segment (R11), any other offer has none.
     *
     * @throws IllegalArgumentException when the segment does not fit the offer
     */
    public Company(String name, Offer offer, Fly01Segment segment, String state, String city) {
        if ((offer == Offer.FLY01) != (segment != null)) {
            throw new IllegalArgumentException(offer == Offer.FLY01
                    ? "A FLY01 company needs its segment (R11): " + name
                    : "Only a FLY01 company has a segment: " + name);
        }
        this.name = name;
        this.offer = offer;
        this.segment = segment;
        this.state = state;
        this.city = city;
    }

    public String getDocument() {
        return document;
    }

    /**
     * Registers the CNPJ; punctuation is dropped.
     *
     * @throws IllegalArgumentException when it does not have 14 digits
     */
    public void setDocument(String cnpj) {
        String digits = cnpj == null ? "" : cnpj.replaceAll("\\D", "");
        if (digits.length() != 14) {
            throw new IllegalArgumentException("A CNPJ has 14 digits: " + cnpj);
        }
        this.document = digits;
    }

    /** R4: a company with a financial pendency or without an active contract is blocked. */
    public boolean isBlocked() {
        return financialPendency || !contractActive;
    }

    public void registerFinancialPendency() {
        this.financialPendency = true;
    }

    public void clearFinancialPendency() {
        this.financialPendency = false;
    }

    /** The contract ended or was suspended: the company is blocked like one with a pendency (R4). */
    public void deactivateContract() {
        this.contractActive = false;
    }

    /** The contract is active again: with no pendency the company is no longer blocked (R4). */
    public void activateContract() {
        this.contractActive = true;
    }

    /**
     * A new offer (R5, R11, R14); a FLY01 company needs its segment, any other none.
     *
     * @throws IllegalArgumentException when the segment does not fit the offer
     */
    public void changeOffer(Offer offer, Fly01Segment segment) {
        if ((offer == Offer.FLY01) != (segment != null)) {
            throw new IllegalArgumentException(offer == Offer.FLY01 ? "Uma empresa FLY01 precisa do segmento (R11)."
                    : "Só uma empresa FLY01 tem segmento.");
        }
        this.offer = offer;
        this.segment = segment;
    }

    public Location location() {
        return new Location(state, city);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Offer getOffer() {
        return offer;
    }

    /** The Fly01 segment, or null when the offer is not FLY01. */
    public Fly01Segment getSegment() {
        return segment;
    }

    public String getState() {
        return state;
    }

    public String getCity() {
        return city;
    }

    public boolean hasFinancialPendency() {
        return financialPendency;
    }

    public boolean isContractActive() {
        return contractActive;
    }
}
