package io.atende.knowledge.selfservice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpdatePackages extends JpaRepository<UpdatePackage, Long> {

    List<UpdatePackage> findByProduct(ProductLine product);

    boolean existsByProduct(ProductLine product);
}
