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

    @Column(name = "financial_pendency", nullable = false)
    private boolean financialPendency;

    @Column(name = "contract_active", nullable = false)
    private boolean contractActive = true;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String name, Offer offer, String state, String city) {
        this.name = name;
        this.offer = offer;
        this.state = state;
        this.city = city;
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
