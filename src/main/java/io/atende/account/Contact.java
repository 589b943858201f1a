package io.atende.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person of a customer company who may open and follow tickets (R2); one is the administrator. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean administrator;

    @Column(nullable = false)
    private boolean active = true;

    /** R4: the administrator let this contact download update packages (administrators always may). */
    @jakarta.persistence.Column(name = "may_download", nullable = false)
    private boolean mayDownload = true;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(Company company, String name, String email, boolean administrator) {
        this.company = company;
        this.name = name;
        this.email = email.toLowerCase();
        this.administrator = administrator;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Activation by CST (R1) or a new invitation (R2) makes a deactivated contact active again. */
    public void activate() {
        this.active = true;
    }

    /** The administrator grants or takes the download of update packages (R4). */
    public void allowDownloads(boolean allowed) {
        this.mayDownload = allowed;
    }

    public boolean mayDownload() {
        return administrator || mayDownload;
    }

    /** The administrator changes a contact's name and role (R2). */
    public void update(String name, boolean administrator) {
        this.name = name;
        this.administrator = administrator;
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isActive() {
        return active;
    }
}
