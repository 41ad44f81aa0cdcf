package io.tollgate.screening.domain.list.bis;

import io.tollgate.platform.data.Sha256;
import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.Countries;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.ListedName;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.PartialDate;
import io.tollgate.screening.domain.list.SourceRecordRef;
import io.tollgate.screening.domain.list.support.CsvHeader;
import io.tollgate.screening.domain.list.support.Dates;
import io.tollgate.screening.domain.list.support.DelimitedReader;
import io.tollgate.screening.domain.list.support.IsoCountryCodes;
import io.tollgate.screening.domain.list.support.ListFileChooser;
import io.tollgate.screening.domain.list.support.ParseStatisticsBuilder;
import io.tollgate.screening.domain.list.support.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * Parses the BIS Denied Persons List, tab-separated with a header row. The DPL has no ids and publishes one row
 * per name and address, so rows with the same name and effective date (one denial order) are merged into one
 * entity with all its addresses. The source id is derived: {@code dpl-} and the first 16 hex digits of the
 * SHA-256 of the upper-cased, single-spaced name, {@code |} and the ISO effective date. It changes only when
 * the name or the effective date is corrected, not when an address is.
 */
public final class BisDplTsvParser implements ListParser {

    /** The format name recorded with each version. */
    public static final String FORMAT = "bis-dpl-tsv";
    /** The program every DPL entity carries, as in the US CSL. */
    public static final String PROGRAM = "DPL";

    private static final String[] REQUIRED = {"Name", "Street_Address", "City", "State", "Country", "Postal_Code",
        "Effective_Date", "Expiration_Date", "FR_Citation"};
    private static final CSVFormat TSV = CSVFormat.DEFAULT.builder().setDelimiter('\t').get();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        return ListFileChooser.first(files, BisDplTsvParser::looksLikeDpl).isPresent();
    }

    private static boolean looksLikeDpl(byte[] head) {
        String text = ListFileChooser.headText(head);
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        return first.contains("\t") && first.contains("Street_Address") && first.contains("Effective_Date")
                && first.contains("FR_Citation");
    }

    /** One denial order being assembled from its rows. */
    private static final class Order {
        final ListedEntityBuilder builder;
        final Set<String> citations = new LinkedHashSet<>();
        String expiration;
        String standardOrder;

        Order(ListedEntityBuilder builder) {
            this.builder = builder;
        }
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String file = ListFileChooser.choose(files, BisDplTsvParser::looksLikeDpl, "a BIS Denied Persons List");
        ParseStatisticsBuilder stats = new ParseStatisticsBuilder();
        Map<String, Order> byKey = new LinkedHashMap<>();
        Map<String, String> keyById = new HashMap<>();
        try (InputStream in = files.open(file); DelimitedReader reader = new DelimitedReader(file, in, TSV)) {
            CsvHeader header = new CsvHeader(reader.next().orElseThrow(
                    () -> new ListFormatException("the file is empty", file + " line 1")));
            header.require(file, REQUIRED);
            reader.forEachDataRow(header, stats, (row, location) -> {
                String name = header.get(row, "Name");
                if (name == null) {
                    throw new ListFormatException("row has no Name", location);
                }
                String effectiveText = header.get(row, "Effective_Date");
                Optional<PartialDate> effective = Dates.monthDayYear(effectiveText);
                if (effective.isEmpty()) {
                    stats.warn(location, "unreadable Effective_Date '" + effectiveText + "'");
                }
                String key = key(name, effective.map(PartialDate::toString).orElse(effectiveText));
                Order order = byKey.get(key);
                if (order == null) {
                    String id = id(key);
                    String clash = keyById.putIfAbsent(id, key);
                    if (clash != null) {
                        throw new ListFormatException("derived id " + id + " is shared by '" + clash + "' and '"
                                + key + "'", location);
                    }
                    order = new Order(new ListedEntityBuilder(source, id)
                            .type(EntityType.UNKNOWN) // the DPL does not say whether a party is a person or a firm
                            .name(ListedName.primary(name))
                            .program(PROGRAM)
                            .listedOn(effective.orElse(null))
                            .sourceRecord(new SourceRecordRef(file, row.line(), "Name=" + name)));
                    byKey.put(key, order);
                }
                addRow(order, header, row, location, stats);
            });
        } catch (IOException e) {
            throw new ListFormatException("cannot read the file: " + e.getMessage(), file, e);
        }
        List<ListedEntity> entities = new ArrayList<>(byKey.size());
        for (Order o : byKey.values()) {
            o.builder.remarks(Texts.join("; ",
                    o.expiration == null ? null : "Denial expires " + o.expiration,
                    o.standardOrder == null ? null : "standard order: " + o.standardOrder,
                    o.citations.isEmpty() ? null : "Federal Register: " + String.join(" | ", o.citations)));
            entities.add(o.builder.build());
        }
        return new ParsedList(FORMAT, entities, stats.build(entities));
    }

    private static void addRow(Order order, CsvHeader h, DelimitedReader.Row row, String location,
                               ParseStatisticsBuilder stats) {
        String country = h.get(row, "Country");
        String code = IsoCountryCodes.isCode(country) ? country.toUpperCase(Locale.ROOT)
                : Countries.code(country).orElse(null);
        Address address = new Address(h.get(row, "Street_Address"), h.get(row, "City"), h.get(row, "State"),
                h.get(row, "Postal_Code"), country, code);
        if (Texts.join(" ", address.street(), address.city(), address.region(), address.postalCode(),
                address.country()) != null) {
            order.builder.address(address);
        }
        String citation = h.get(row, "FR_Citation");
        if (citation != null) {
            order.citations.add(citation);
        }
        String expirationText = h.get(row, "Expiration_Date");
        if (expirationText != null) {
            Optional<PartialDate> expiration = Dates.monthDayYear(expirationText);
            if (expiration.isEmpty()) {
                stats.warn(location, "unreadable Expiration_Date '" + expirationText + "'");
            } else if (order.expiration == null || expiration.get().toString().compareTo(order.expiration) > 0) {
                order.expiration = expiration.get().toString();
            }
        }
        String standard = h.get(row, "Standard_Order");
        if (standard != null && order.standardOrder == null) {
            order.standardOrder = standard;
        }
    }

    /** The grouping key: the name as a compliance officer would read it, and the effective date. */
    static String key(String name, String effectiveDate) {
        String n = Texts.clean(Normalizer.normalize(name, Normalizer.Form.NFKC)).toUpperCase(Locale.ROOT);
        return n + "|" + (effectiveDate == null ? "" : effectiveDate);
    }

    /** The derived source id of a key. */
    static String id(String key) {
        byte[] digest = Sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        return "dpl-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
