package io.atende.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit of staff changes to companies. */
interface CompanyChanges extends JpaRepository<CompanyChange, Long> {

    List<CompanyChange> findTop50ByCompanyIdOrderByAtDescIdDesc(Long companyId);
}
