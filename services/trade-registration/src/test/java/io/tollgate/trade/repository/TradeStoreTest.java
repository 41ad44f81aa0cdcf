package io.tollgate.trade.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TradeStoreTest {

    @Inject
    TradeStore store;

    private long storedTrade() {
        TradeEntity t = new TradeEntity();
        t.reference = "STORE-1";
        t.tradeDate = LocalDate.of(2026, 11, 2);
        t.amount = new BigDecimal("10.0000");
        t.currency = "EUR";
        t.paymentRail = "SWIFT";
        t.originCountry = "DE";
        t.destinationCountry = "FR";
        t.corridor = "DE-FR";
        t.status = "PENDING_SCREENING";
        t.registeredBy = "store-test";
        t.registeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> store.insert(t, "store-test", UUID.randomUUID().toString(),
                "hash", t.registeredAt));
        return t.id;
    }

    @Test
    void shouldWriteAStandingBackAndMoveTheVersionOn() {
        long id = storedTrade();
        QuarkusTransaction.requiringNew().run(() -> {
            TradeStore.Standing s = store.standing(id).orElseThrow();
            s.status = "CLEARED";
            s.reportDueDate = LocalDate.of(2026, 12, 1);
            s.decidedAt = Instant.parse("2026-11-02T10:00:00Z");
            store.save(s);
        });

        TradeStore.Standing read = QuarkusTransaction.requiringNew().call(() -> store.standing(id).orElseThrow());
        assertEquals("CLEARED", read.status);
        assertEquals(LocalDate.of(2026, 12, 1), read.reportDueDate);
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), read.decidedAt);
        assertEquals(1, read.version);
        TradeEntity entity = QuarkusTransaction.requiringNew().call(() -> TradeEntity.findById(id));
        assertEquals("CLEARED", entity.status, "Hibernate reads what the store wrote");
        assertEquals(1, entity.version);
    }

    @Test
    void shouldRefuseToWriteBackAStandingSomeoneElseChangedSince() {
        long id = storedTrade();
        TradeStore.Standing mine = QuarkusTransaction.requiringNew().call(() -> store.standing(id).orElseThrow());
        // e.g. a supervisor releases the trade while a re-screening decides it
        QuarkusTransaction.requiringNew().run(() -> {
            TradeEntity t = TradeEntity.findById(id);
            t.status = "HELD";
        });

        mine.status = "CLEARED";
        assertThrows(OptimisticLockException.class, () -> QuarkusTransaction.requiringNew().run(() -> store.save(mine)));
        TradeEntity entity = QuarkusTransaction.requiringNew().call(() -> TradeEntity.findById(id));
        assertEquals("HELD", entity.status);
    }
}
