package io.atende.knowledge.selfservice.web;

import io.atende.knowledge.selfservice.Communities;
import io.atende.knowledge.selfservice.LifeCycleCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** R23: the public pages of the Central de Ajuda that need no login: communities and the life-cycle calendar. */
@Controller
class HelpPages {

    private final Communities communities;
    private final LifeCycleCalendar lifeCycle;

    HelpPages(Communities communities, LifeCycleCalendar lifeCycle) {
        this.communities = communities;
        this.lifeCycle = lifeCycle;
    }

    @GetMapping("/ajuda/comunidades")
    String communities(Model model) {
        model.addAttribute("comunidades", communities.all());
        return "autoatendimento/comunidades";
    }

    @GetMapping("/ajuda/ciclo-de-vida")
    String lifeCycle(Model model) {
        model.addAttribute("produtos", lifeCycle.today());
        return "autoatendimento/ciclo-de-vida";
    }
}
