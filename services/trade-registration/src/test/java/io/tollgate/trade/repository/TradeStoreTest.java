package io.tollgate.trade.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tollgate.trade.domain.Location;
import io.tollgate.trade.domain.PartialDate;
import io.tollgate.trade.domain.Party;
import io.tollgate.trade.domain.PartyRole;
import io.tollgate.trade.domain.PartyType;
import io.tollgate.trade.domain.SettlementRail;
import io.tollgate.trade.domain.Trade;
import io.tollgate.trade.domain.TradeStatus;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TradeStoreTest {

    @Inject
    TradeStore store;

    private long storedTrade() {
        Trade t = new Trade("STORE-1", LocalDate.of(2026, 11, 2), new BigDecimal("10.0000"), "EUR",
                SettlementRail.SWIFT, Location.of("DE"), Location.of("FR"), List.of(),
                List.of(new Party(PartyRole.BUYER, "Jean Dupont", PartyType.PERSON, "FR",
                        Optional.of(new PartialDate(1970, 12, 0)), List.of(), List.of())));
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // never due for the retry job: the REST tests run it and count what it screens
        Instant never = at.plus(java.time.Duration.ofDays(3650));
        return QuarkusTransaction.requiringNew().call(() -> store.insert(t, new TradeStore.Registration("store-test",
                UUID.randomUUID().toString(), "hash", at, never)));
    }

    @Test
    void shouldWriteAStandingBackAndMoveTheVersionOn() {
        long id = storedTrade();
        QuarkusTransaction.requiringNew().run(() -> {
            TradeStore.Standing s = store.standing(id).orElseThrow();
            s.status = TradeStatus.CLEARED;
            s.reportDueDate = LocalDate.of(2026, 12, 1);
            s.decidedAt = Instant.parse("2026-11-02T10:00:00Z");
            store.save(s);
        });

        TradeStore.Standing read = QuarkusTransaction.requiringNew().call(() -> store.standing(id).orElseThrow());
        assertEquals(TradeStatus.CLEARED, read.status);
        assertEquals(LocalDate.of(2026, 12, 1), read.reportDueDate);
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), read.decidedAt);
        assertEquals(1, read.version);
        TradeEntity entity = QuarkusTransaction.requiringNew().call(() -> store.find(id).orElseThrow());
        assertEquals(TradeStatus.CLEARED, entity.status, "Hibernate reads what the store wrote");
        assertEquals(1, entity.version);
    }

    @Test
    void shouldRefuseToWriteBackAStandingSomeoneElseChangedSince() {
        long id = storedTrade();
        TradeStore.Standing mine = QuarkusTransaction.requiringNew().call(() -> store.standing(id).orElseThrow());
        // e.g. a supervisor releases the trade while a re-screening decides it
        QuarkusTransaction.requiringNew().run(() -> store.find(id).orElseThrow().status = TradeStatus.HELD);

        mine.status = TradeStatus.CLEARED;
        assertThrows(OptimisticLockException.class, () -> QuarkusTransaction.requiringNew().run(() -> store.save(mine)));
        TradeEntity entity = QuarkusTransaction.requiringNew().call(() -> store.find(id).orElseThrow());
        assertEquals(TradeStatus.HELD, entity.status);
    }

    @Test
    void shouldReadBackTheTradeAsRegisteredWithAPartialBirthDate() {
        long id = storedTrade();
        Trade read = QuarkusTransaction.requiringNew().call(() -> store.trade(id).orElseThrow());
        assertEquals(Optional.of(new PartialDate(1970, 12, 0)), read.parties().get(0).birthDate());
        assertEquals("1970-12", read.parties().get(0).birthDate().orElseThrow().toString());
        assertEquals(Optional.of(TradeStatus.PENDING_SCREENING),
                QuarkusTransaction.requiringNew().call(() -> store.status(id)));
    }
}
