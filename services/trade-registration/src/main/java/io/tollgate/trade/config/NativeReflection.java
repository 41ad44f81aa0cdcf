package io.tollgate.trade.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tollgate.trade.api.TradeApi;
import io.tollgate.trade.domain.ReasonKind;
import io.tollgate.trade.domain.TradeStatus;

/**
 * Types Jackson (de)serialises outside REST resources, registered so a native image can still reflect on them: the
 * stored request (its hash is the idempotency check) and decision reasons with their kind and outcome enums, and the
 * screening service's NDJSON answer, which {@code ScreeningClient} reads line by line itself rather than through the
 * REST client. REST resource parameters and return types need no entry here: Quarkus registers those itself.
 * {@code tools/native-check.sh} checks that every class named here reaches the native image's configuration.
 */
@RegisterForReflection(targets = {TradeApi.TradeRequest.class, TradeApi.PartyData.class, TradeApi.Place.class,
        TradeApi.Goods.class, TradeApi.Identifier.class, TradeApi.Owner.class, TradeApi.Reason.class,
        ReasonKind.class, TradeStatus.class},
        classNames = {"io.tollgate.trade.client.ScreeningApiModel$ScreeningResponseDto",
                "io.tollgate.trade.client.ScreeningApiModel$HitDto",
                "io.tollgate.trade.client.ScreeningApiModel$ComponentDto",
                "io.tollgate.trade.client.ScreeningApiModel$ScreeningRequestDto",
                "io.tollgate.trade.client.ScreeningApiModel$IdentifierDto"})
public class NativeReflection {
}
