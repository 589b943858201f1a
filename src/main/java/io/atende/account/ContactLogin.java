package io.atende.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts log in with their e-mail and password; a deactivated contact cannot (R2). */
@Service
class ContactLogin implements UserDetailsService {

    static final String ROLE_CONTACT = "CONTACT";
    static final String ROLE_ADMINISTRATOR = "COMPANY_ADMIN";

    private final Contacts contacts;

    ContactLogin(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Contact contact = contacts.findByEmail(email.trim())
                .filter(c -> c.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown contact"));
        return User.withUsername(contact.getEmail())
                .password(contact.getPasswordHash())
                .disabled(!contact.isActive())
                .roles(contact.isAdministrator() ? new String[] {ROLE_CONTACT, ROLE_ADMINISTRATOR} : new String[] {ROLE_CONTACT})
                .build();
    }
}
