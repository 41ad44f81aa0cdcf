package io.tollgate.trade.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Retries the screening of PENDING_SCREENING trades; each trade's own back-off decides when it is due again. */
@ApplicationScoped
public class PendingScreeningJob {

    private final PendingScreeningRetry retry;

    public PendingScreeningJob(PendingScreeningRetry retry) {
        this.retry = retry;
    }

    @Scheduled(every = "${trade.screening.retry.poll-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        retry.retryPending();
    }
}
