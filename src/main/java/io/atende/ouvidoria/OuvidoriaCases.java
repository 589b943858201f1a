package io.atende.ouvidoria;

import org.springframework.data.jpa.repository.JpaRepository;

/** All Ouvidoria cases; used inside this module only. */
interface OuvidoriaCases extends JpaRepository<OuvidoriaCase, Long> {
}
