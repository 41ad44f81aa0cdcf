package io.tollgate.trade.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Follows the list change feed on a schedule; every replica runs it, the lease lets one at a time do the work. */
@ApplicationScoped
public class ListChangeJob {

    private static final Logger LOG = Logger.getLogger(ListChangeJob.class);

    private final RescreeningService rescreening;

    public ListChangeJob(RescreeningService rescreening) {
        this.rescreening = rescreening;
    }

    @Scheduled(every = "${trade.rescreening.poll-every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        try {
            rescreening.followChanges();
        } catch (RuntimeException e) {
            // the cursor did not move: the next run does the same pass again
            LOG.warnf("re-screening after list change failed, will try again: %s", e.toString());
        }
    }
}
