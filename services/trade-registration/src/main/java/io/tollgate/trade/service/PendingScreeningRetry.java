package io.tollgate.trade.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.tollgate.trade.config.TradeConfig;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import io.tollgate.trade.repository.TradeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Screens trades left PENDING_SCREENING whose next attempt is due, with the service token. Each trade is claimed first
 * (its next attempt moved on in one conditional UPDATE), so replicas running this job at the same time never screen
 * the same trade twice.
 */
@ApplicationScoped
public class PendingScreeningRetry {

    private static final Logger LOG = Logger.getLogger(PendingScreeningRetry.class);

    private final DecisionRecorder recorder;
    private final TradeStore store;
    private final TradeConfig config;

    public PendingScreeningRetry(DecisionRecorder recorder, TradeStore store, TradeConfig config) {
        this.recorder = recorder;
        this.store = store;
        this.config = config;
    }

    /**
     * Screens the due pending trades; returns how many were decided. Stops at the first failure, since the screening
     * service is then most likely still down (or refuses the service token, which is logged as an error).
     */
    public int retryPending() {
        Optional<String> token = config.screening().usableServiceToken();
        if (token.isEmpty()) {
            LOG.debug("no trade.screening.service-token: pending trades wait");
            return 0;
        }
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> store.pendingDue(DecisionRecorder.now(),
                config.screening().retry().batchSize()));
        int decided = 0;
        for (long id : due) {
            if (!claim(id)) {
                continue; // another replica took it
            }
            Trade trade = QuarkusTransaction.requiringNew().call(() -> store.trade(id).orElseThrow());
            DecisionRecorder.Attempt attempt = recorder.screenAndDecide(id, trade, token.get(), DecisionRecorder.SYSTEM,
                    Map.of());
            if (attempt.refused()) {
                LOG.errorf("the screening service refuses trade registration's service token "
                        + "(TOLLGATE_TRADE_SERVICE_TOKEN); pending trades wait until it is replaced");
            }
            if (attempt.status() == TradeStatus.PENDING_SCREENING) {
                break;
            }
            decided++;
        }
        return decided;
    }

    /** Takes a due pending trade for this replica: moves its next attempt past the in-flight grace, if still due. */
    private boolean claim(long tradeId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                var now = DecisionRecorder.now();
                return store.claim(tradeId, now, now.plus(TradeRegistration.IN_FLIGHT_GRACE));
            });
        } catch (PersistenceException | QuarkusTransactionException e) {
            // a lock wait or deadlock with another replica working on the same trade: it is theirs
            LOG.debugf("trade %d not claimed: %s", tradeId, e.toString());
            return false;
        }
    }
}
