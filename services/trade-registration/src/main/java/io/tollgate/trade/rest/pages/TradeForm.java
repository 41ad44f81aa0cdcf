package io.tollgate.trade.rest.pages;

import io.tollgate.trade.api.TradeApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The trade registration form as submitted: the trade's fields, then one value per row for each column of the party
 * and goods tables (a row left blank is no party, no goods line). {@link #toRequest} turns it into the API's
 * {@link TradeApi.TradeRequest}, so the form is checked by the same validation and registered by the same service as
 * the JSON API; a number or date that does not parse is named as the API names it ("wrong type or format").
 */
public class TradeForm {

    /** Party rows and goods rows the empty form offers. */
    static final int PARTY_ROWS = 4;
    static final int GOODS_ROWS = 3;

    @RestForm
    public String csrf;
    /** Drawn when the form is shown: submitting the same form twice registers one trade (the API's Idempotency-Key). */
    @RestForm
    public String idempotencyKey;
    @RestForm
    public String reference;
    @RestForm
    public String tradeDate;
    @RestForm
    public String amount;
    @RestForm
    public String currency;
    @RestForm
    public String paymentRail;
    @RestForm
    public String originCountry;
    @RestForm
    public String originSubdivision;
    @RestForm
    public String destinationCountry;
    @RestForm
    public String destinationSubdivision;
    @RestForm
    public List<String> partyRole = new ArrayList<>();
    @RestForm
    public List<String> partyName = new ArrayList<>();
    @RestForm
    public List<String> partyType = new ArrayList<>();
    @RestForm
    public List<String> partyCountry = new ArrayList<>();
    @RestForm
    public List<String> partyBirthDate = new ArrayList<>();
    @RestForm
    public List<String> identifierType = new ArrayList<>();
    @RestForm
    public List<String> identifierValue = new ArrayList<>();
    @RestForm
    public List<String> ownerName = new ArrayList<>();
    @RestForm
    public List<String> ownerType = new ArrayList<>();
    @RestForm
    public List<String> ownerPercentage = new ArrayList<>();
    @RestForm
    public List<String> goodsHsCode = new ArrayList<>();
    @RestForm
    public List<String> goodsDescription = new ArrayList<>();
    @RestForm
    public List<String> goodsQuantity = new ArrayList<>();
    @RestForm
    public List<String> goodsValue = new ArrayList<>();

    /** An empty form with a fresh key, the trade dated today. */
    static TradeForm empty() {
        TradeForm f = new TradeForm();
        f.idempotencyKey = "form-" + UUID.randomUUID();
        f.tradeDate = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        f.paymentRail = "SWIFT";
        return f;
    }

    /** One party row as shown again. */
    public record PartyRow(int index, String role, String name, String type, String country, String birthDate,
                           String identifierType, String identifierValue, String ownerName, String ownerType,
                           String ownerPercentage) {

        /** The row's number as a person counts (1, 2, …). */
        public int number() {
            return index + 1;
        }
    }

    /** One goods row as shown again. */
    public record GoodsRow(int index, String hsCode, String description, String quantity, String value) {

        /** The row's number as a person counts (1, 2, …). */
        public int number() {
            return index + 1;
        }
    }

    /** The party rows to show: those submitted, and blank ones up to {@link #PARTY_ROWS}. */
    public List<PartyRow> parties() {
        int n = Math.max(PARTY_ROWS, partyName.size());
        List<PartyRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new PartyRow(i, at(partyRole, i), at(partyName, i), at(partyType, i), at(partyCountry, i),
                    at(partyBirthDate, i), at(identifierType, i), at(identifierValue, i), at(ownerName, i),
                    at(ownerType, i), at(ownerPercentage, i)));
        }
        return rows;
    }

    /** The goods rows to show: those submitted, and blank ones up to {@link #GOODS_ROWS}. */
    public List<GoodsRow> goods() {
        int n = Math.max(GOODS_ROWS, goodsDescription.size());
        List<GoodsRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new GoodsRow(i, at(goodsHsCode, i), at(goodsDescription, i), at(goodsQuantity, i),
                    at(goodsValue, i)));
        }
        return rows;
    }

    /**
     * The API's request from the form: blank optional fields as absent, blank rows left out, codes in upper case.
     * Numbers and dates that do not parse are left absent and named in {@code problems}.
     */
    TradeApi.TradeRequest toRequest(List<String> problems) {
        List<TradeApi.PartyData> parties = new ArrayList<>();
        for (int i = 0; i < partyName.size(); i++) {
            if (blank(at(partyName, i)) && blank(at(partyCountry, i)) && blank(at(partyBirthDate, i))
                    && blank(at(identifierValue, i)) && blank(at(ownerName, i))) {
                continue;
            }
            String field = "parties[" + parties.size() + "]";
            List<TradeApi.Identifier> ids = blank(at(identifierValue, i)) ? List.of()
                    : List.of(new TradeApi.Identifier(code(at(identifierType, i)), at(identifierValue, i).strip()));
            List<TradeApi.Owner> owners = blank(at(ownerName, i)) ? List.of()
                    : List.of(new TradeApi.Owner(at(ownerName, i).strip(), lower(at(ownerType, i)),
                    number(field + ".owners[0].percentage", at(ownerPercentage, i), problems)));
            parties.add(new TradeApi.PartyData(code(at(partyRole, i)), optional(at(partyName, i)),
                    lower(at(partyType, i)), code(at(partyCountry, i)), optional(at(partyBirthDate, i)), ids, owners));
        }
        List<TradeApi.Goods> goods = new ArrayList<>();
        for (int i = 0; i < goodsDescription.size(); i++) {
            if (blank(at(goodsHsCode, i)) && blank(at(goodsDescription, i)) && blank(at(goodsQuantity, i))
                    && blank(at(goodsValue, i))) {
                continue;
            }
            String field = "goods[" + goods.size() + "]";
            goods.add(new TradeApi.Goods(optional(at(goodsHsCode, i)), optional(at(goodsDescription, i)),
                    number(field + ".quantity", at(goodsQuantity, i), problems),
                    number(field + ".value", at(goodsValue, i), problems)));
        }
        LocalDate date = null;
        if (!blank(tradeDate)) {
            try {
                date = LocalDate.parse(tradeDate.strip());
            } catch (DateTimeParseException e) {
                problems.add("tradeDate wrong type or format");
            }
        }
        return new TradeApi.TradeRequest(optional(reference), date, number("amount", amount, problems),
                code(currency), code(paymentRail),
                new TradeApi.Place(code(originCountry), code(originSubdivision)),
                new TradeApi.Place(code(destinationCountry), code(destinationSubdivision)), goods, parties);
    }

    private static BigDecimal number(String field, String value, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(field + " wrong type or format");
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String optional(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String code(String s) {
        return blank(s) ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return blank(s) ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
