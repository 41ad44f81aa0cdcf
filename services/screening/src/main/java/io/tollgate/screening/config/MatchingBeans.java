package io.tollgate.screening.config;

import io.tollgate.screening.domain.matching.NameKnowledge;
import io.tollgate.screening.domain.matching.PairScorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the pure matching domain available to the services: the name knowledge is loaded once. */
@ApplicationScoped
public class MatchingBeans {

    @Produces
    @ApplicationScoped
    NameKnowledge nameKnowledge() {
        return NameKnowledge.loadDefault();
    }

    @Produces
    @ApplicationScoped
    PairScorer pairScorer(NameKnowledge knowledge) {
        return new PairScorer(knowledge);
    }
}
