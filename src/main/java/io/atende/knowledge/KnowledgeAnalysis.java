package io.atende.knowledge;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers {@link PortugueseAnalyzer} with the Lucene backend ({@code hibernate.search.backend.analysis.configurer}). */
public class KnowledgeAnalysis implements LuceneAnalysisConfigurer {

    static final String PORTUGUESE = "portugues";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PORTUGUESE).instance(new PortugueseAnalyzer());
    }
}
