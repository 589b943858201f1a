package io.atende;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module; modules use each other's root-package API only, without cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AtendeApplication.class);

    @Test
    void modulesUseOnlyEachOthersApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagram() {
        new Documenter(MODULES).writeModulesAsPlantUml();
    }
}
