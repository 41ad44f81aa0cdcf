package io.tollgate.trade.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of goods: HS code, description, quantity and value in the trade's currency. */
public record GoodsLine(String hsCode, String description, BigDecimal quantity, BigDecimal value) {

    public GoodsLine {
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
    }

    /** The HS code as digits only, so 8542.31 and 854231 compare alike. */
    public String hsDigits() {
        return hsCode.replaceAll("\\D", "");
    }
}
