package io.tollgate.screening.domain.list.ofac;

import io.tollgate.screening.domain.list.Address;
import io.tollgate.screening.domain.list.EntityLink;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.Identifier;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.ListFiles;
import io.tollgate.screening.domain.list.ListFormatException;
import io.tollgate.screening.domain.list.ListParser;
import io.tollgate.screening.domain.list.ListedEntity;
import io.tollgate.screening.domain.list.ListedEntityBuilder;
import io.tollgate.screening.domain.list.NameKind;
import io.tollgate.screening.domain.list.NameQuality;
import io.tollgate.screening.domain.list.ParseStatistics;
import io.tollgate.screening.domain.list.ParsedList;
import io.tollgate.screening.domain.list.SourceRecordRef;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the OFAC legacy CSV set ({@code sdn.csv} with the optional {@code alt.csv}, {@code add.csv} and
 * {@code sdn_comments.csv}), joining the files by ent_num. Each file is streamed once; memory holds only the
 * entities being built.
 */
public final class OfacLegacyCsvParser implements ListParser {

    public static final String FORMAT = "ofac-legacy-csv";

    static final String SDN = "sdn.csv";
    static final String ALT = "alt.csv";
    static final String ADD = "add.csv";
    static final String COMMENTS = "sdn_comments.csv";

    /** OFAC cuts the Remarks column at this many characters and continues it in sdn_comments.csv. */
    static final int REMARKS_FIELD_LIMIT = 1000;

    private static final int SDN_COLUMNS = 12;
    private static final int ALT_COLUMNS = 5;
    private static final int ADD_COLUMNS = 6;
    private static final int COMMENTS_COLUMNS = 2;

    private final OfacRemarksParser remarksParser;
    private final CountryLookup countries;

    public OfacLegacyCsvParser() {
        this.countries = new CountryLookup();
        this.remarksParser = new OfacRemarksParser(RemarkLabels.standard(), countries);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(ListFiles files) throws IOException {
        Optional<String> sdn = primaryFile(files);
        return sdn.isPresent() && LegacyCsvFile.looksLike(files, sdn.get(), SDN_COLUMNS);
    }

    @Override
    public ParsedList parse(String source, ListFiles files) throws ListFormatException {
        String sdnName = primaryFile(files).orElseThrow(() ->
                new ListFormatException("no sdn.csv in the publication (files: " + files.names() + ")", "publication"));
        Warnings warnings = new Warnings();
        Map<String, Pending> byId = new LinkedHashMap<>();
        long records = LegacyCsvFile.read(files, sdnName, SDN_COLUMNS, (r, location) -> {
            Pending p = sdnRecord(source, sdnName, r, location);
            if (byId.putIfAbsent(p.builder.sourceId(), p) != null) {
                throw new ListFormatException(sdnName + ": ent_num " + p.builder.sourceId() + " appears twice", location);
            }
        });
        if (byId.isEmpty()) {
            throw new ListFormatException(sdnName + " holds no entries", sdnName);
        }
        records += optional(files, ALT, ALT_COLUMNS, byId, warnings, this::altRecord);
        records += optional(files, ADD, ADD_COLUMNS, byId, warnings, this::addRecord);
        records += optional(files, COMMENTS, COMMENTS_COLUMNS, byId, warnings, (p, r, location) ->
                p.overflow.append(r.get(1)));
        return assemble(byId, records, warnings);
    }

    /** Parses each entity's joined remarks, resolves link targets to ent_nums and builds the entities. */
    private ParsedList assemble(Map<String, Pending> byId, long records, Warnings warnings) {
        Map<String, String> idByName = new HashMap<>();
        for (Pending p : byId.values()) {
            idByName.putIfAbsent(nameKey(p.primaryName), p.builder.sourceId());
        }
        List<ListedEntity> entities = new ArrayList<>(byId.size());
        long remarksTotal = 0;
        long remarksFull = 0;
        for (Pending p : byId.values()) {
            String remarks = p.remarks();
            if (remarks != null) {
                remarksTotal++;
                boolean cutShort = isCutShort(remarks, p.overflow.length() > 0);
                if (cutShort) {
                    warnings.add(p.location, "remarks cut at " + REMARKS_FIELD_LIMIT
                            + " characters and no " + COMMENTS + " to continue them");
                }
                RemarkFacts facts = remarksParser.parse(remarks, cutShort);
                if (facts.fullyParsed()) {
                    remarksFull++;
                }
                facts.applyTo(p.builder);
                p.links.addAll(facts.links());
                p.builder.remarks(remarks);
            }
            for (EntityLink l : p.links) {
                p.builder.link(resolve(l, idByName, byId));
            }
            entities.add(p.builder.build());
        }
        long names = entities.stream().mapToLong(e -> e.names().size()).sum();
        long addresses = entities.stream().mapToLong(e -> e.addresses().size()).sum();
        long identifiers = entities.stream().mapToLong(e -> e.identifiers().size()).sum();
        ParseStatistics stats = new ParseStatistics(records, entities.size(), names, addresses, identifiers,
                remarksTotal, remarksFull, warnings.count(), warnings.samples());
        return new ParsedList(FORMAT, entities, stats);
    }

    /** A remarks field OFAC cut at its column limit without publishing the rest in sdn_comments.csv. */
    static boolean isCutShort(String remarks, boolean hadOverflow) {
        return !hadOverflow && remarks.length() >= REMARKS_FIELD_LIMIT && !remarks.trim().endsWith(".");
    }

    private Pending sdnRecord(String source, String file, CSVRecord r, String location) throws ListFormatException {
        String id = r.get(0).trim();
        String name = OfacFields.value(r.get(1));
        if (name == null) {
            throw new ListFormatException(file + ": ent_num " + id + " has no name", location);
        }
        EntityType type = type(r.get(2), location);
        boolean person = type == EntityType.PERSON;
        ListedEntityBuilder b = new ListedEntityBuilder(source, id)
                .type(type)
                .name(OfacFields.name(name, NameKind.PRIMARY, NameQuality.STRONG, person))
                .sourceRecord(new SourceRecordRef(file, lineOf(location), null));
        OfacFields.programs(r.get(3)).forEach(b::program);
        String flagCode = countries.country(OfacFields.value(r.get(9))).orElse(null);
        // a vessel's flag state is its nationality in maritime law
        b.nationality(flagCode);
        String callSign = OfacFields.value(r.get(5));
        if (callSign != null) {
            b.identifier(new Identifier(IdentifierType.CALL_SIGN, callSign,
                    flagCode != null && flagCode.length() == 2 ? flagCode : null, null));
        }
        // kept untrimmed: sdn_comments.csv continues the text exactly where the column was cut, maybe after a space
        String remarks = OfacFields.value(r.get(11)) == null ? null : r.get(11);
        Pending p = new Pending(b, person, name, location, remarks);
        String owner = OfacFields.value(r.get(10));
        if (owner != null) {
            p.links.add(new EntityLink("owned or controlled by", owner, null));
        }
        return p;
    }

    private void altRecord(Pending p, CSVRecord r, String location) {
        String name = OfacFields.value(r.get(3));
        if (name == null) {
            return;
        }
        String kind = r.get(2).trim().toLowerCase(Locale.ROOT);
        // aka and nka (now known as) are current names; fka is a former one. Weak aliases are only in the remarks.
        NameKind nameKind = kind.equals("fka") ? NameKind.FORMER : NameKind.ALIAS;
        p.builder.name(OfacFields.name(name, nameKind, NameQuality.STRONG, p.person));
    }

    private void addRecord(Pending p, CSVRecord r, String location) {
        String street = OfacFields.value(r.get(2));
        String cityLine = OfacFields.value(r.get(3));
        String country = OfacFields.value(r.get(4));
        if (street == null && cityLine == null && country == null) {
            return; // OFAC writes an all-empty address row for many entries
        }
        // OFAC packs city, state/province and postal code in one column with no reliable order: kept whole as city
        p.builder.address(new Address(street, cityLine, null, null, country,
                country == null ? null : countries.code(country).orElse(null)));
    }

    private long optional(ListFiles files, String name, int columns, Map<String, Pending> byId, Warnings warnings,
                          Joiner joiner) throws ListFormatException {
        Optional<String> file = files.find(name);
        if (file.isEmpty()) {
            return 0;
        }
        return LegacyCsvFile.read(files, file.get(), columns, (r, location) -> {
            Pending p = byId.get(r.get(0).trim());
            if (p == null) {
                warnings.add(location, "ent_num " + r.get(0).trim() + " is not in " + SDN);
                return;
            }
            joiner.join(p, r, location);
        });
    }

    private static EntityLink resolve(EntityLink l, Map<String, String> idByName, Map<String, Pending> byId) {
        String target = l.targetName();
        String id = idByName.get(nameKey(target));
        if (id == null && !target.endsWith(".")) {
            // the remarks' closing full stop was taken off the last clause, and with it a name's own ("S.A.")
            id = idByName.get(nameKey(target + "."));
        }
        if (id == null) {
            return l;
        }
        return new EntityLink(l.relation(), byId.get(id).primaryName, id);
    }

    private static String nameKey(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }

    private static EntityType type(String raw, String location) throws ListFormatException {
        String v = OfacFields.value(raw);
        if (v == null) {
            return EntityType.ORGANIZATION; // OFAC leaves the type of companies and groups empty
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.PERSON;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> throw new ListFormatException("unknown SDN_Type '" + v + "'", location);
        };
    }

    private static long lineOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf(' ') + 1));
    }

    private static Optional<String> primaryFile(ListFiles files) {
        Optional<String> sdn = files.find(SDN);
        if (sdn.isPresent()) {
            return sdn;
        }
        // a lone file (an upload has no name) or a lone CSV under another name is taken as the primary file;
        // accepts() still checks its content
        if (files.names().size() == 1) {
            return Optional.of(files.names().get(0));
        }
        List<String> csv = files.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        return csv.size() == 1 ? Optional.of(csv.get(0)) : Optional.empty();
    }

    /** Adds one row of a secondary file to its entity. */
    @FunctionalInterface
    private interface Joiner {
        void join(Pending p, CSVRecord r, String location);
    }

    /** An entity while the secondary files are joined to it. */
    private static final class Pending {
        final ListedEntityBuilder builder;
        final boolean person;
        final String primaryName;
        final String location;
        final String sdnRemarks;
        final StringBuilder overflow = new StringBuilder();
        final List<EntityLink> links = new ArrayList<>();

        Pending(ListedEntityBuilder builder, boolean person, String primaryName, String location, String sdnRemarks) {
            this.builder = builder;
            this.person = person;
            this.primaryName = primaryName;
            this.location = location;
            this.sdnRemarks = sdnRemarks;
        }

        /** The remarks with their sdn_comments.csv continuation, which picks up mid-word where the column ended. */
        String remarks() {
            String joined = overflow.length() == 0 ? sdnRemarks : (sdnRemarks == null ? "" : sdnRemarks) + overflow;
            return joined == null || joined.isBlank() ? null : joined.trim();
        }
    }
}
