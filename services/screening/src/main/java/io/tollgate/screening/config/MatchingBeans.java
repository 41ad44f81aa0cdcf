package io.tollgate.screening.config;

import io.tollgate.screening.domain.matching.NameKnowledge;
import io.tollgate.screening.domain.matching.PairScorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the pure matching domain available to the services: the name knowledge is loaded once. Singletons, not
 * application-scoped beans: the matcher calls into the name knowledge for every token it compares, and a client proxy
 * looked the instance up in the application context on each of those calls.
 */
@ApplicationScoped
public class MatchingBeans {

    @Produces
    @Singleton
    NameKnowledge nameKnowledge() {
        return NameKnowledge.loadDefault();
    }

    @Produces
    @Singleton
    PairScorer pairScorer(NameKnowledge knowledge) {
        return new PairScorer(knowledge);
    }
}
