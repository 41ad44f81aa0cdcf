package io.tollgate.trade.domain.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trade party as registered beside the listed entity, field by field, each field marked as agreeing, conflicting,
 * agreeing in part, or not comparable (one side says nothing). It helps an analyst read an alert; it decides nothing
 * (the score and its explanation come from the screening service's matcher).
 */
public final class PartyComparison {

    private PartyComparison() {
    }

    /** How the two sides of a field compare. */
    public enum Verdict {
        AGREES, PARTLY, CONFLICTS, NOT_COMPARABLE
    }

    /** One field: what the party says, what the list says, and how they compare, with a short why. */
    public record Row(String field, List<String> party, List<String> listed, Verdict verdict, String note) {
    }

    /** The rows for names, type, birth dates, countries, identifiers and owners, in that order. */
    public static List<Row> compare(ComparedSubject party, ListedRecord listed) {
        List<Row> rows = new ArrayList<>();
        rows.add(names(party.name(), listed.names()));
        rows.add(type(party.type(), listed.type()));
        rows.add(birthDates(party.birthDate().map(List::of).orElse(List.of()), listed.birthDates()));
        rows.add(countries(party.country().map(List::of).orElse(List.of()), listed.countries()));
        rows.add(identifiers(party.identifiers(), listed.identifiers()));
        rows.add(owners(party.owners(), listed.relations()));
        return rows;
    }

    static Row names(String name, List<String> listed) {
        if (listed.isEmpty()) {
            return new Row("Names", List.of(name), listed, Verdict.NOT_COMPARABLE, "the list gives no name");
        }
        Set<String> tokens = tokens(name);
        boolean shared = false;
        boolean spelled = false;
        for (String l : listed) {
            Set<String> other = tokens(l);
            if (other.equals(tokens)) {
                return new Row("Names", List.of(name), listed, Verdict.AGREES, "the same name as listed: " + l);
            }
            shared |= other.stream().anyMatch(tokens::contains);
            spelled |= other.stream().anyMatch(o -> tokens.stream().anyMatch(t -> nearly(t, o)));
        }
        if (shared) {
            return new Row("Names", List.of(name), listed, Verdict.PARTLY, "some words of the name are listed");
        }
        return spelled ? new Row("Names", List.of(name), listed, Verdict.PARTLY,
                "the same words spelled differently (the score explanation says how they were matched)")
                : new Row("Names", List.of(name), listed, Verdict.CONFLICTS,
                "no word in common with a listed name (the score explanation says how they were matched)");
    }

    static Row type(String party, String listed) {
        if (listed == null || listed.isBlank() || listed.equalsIgnoreCase("unknown")) {
            return new Row("Type", List.of(party), List.of(), Verdict.NOT_COMPARABLE, "the list gives no type");
        }
        return party.equalsIgnoreCase(listed)
                ? new Row("Type", List.of(party), List.of(listed), Verdict.AGREES, "")
                : new Row("Type", List.of(party), List.of(listed), Verdict.CONFLICTS, "a different kind of party");
    }

    static Row birthDates(List<String> party, List<String> listed) {
        if (party.isEmpty() || listed.isEmpty()) {
            return new Row("Birth dates", party, listed, Verdict.NOT_COMPARABLE,
                    party.isEmpty() ? "no birth date registered" : "the list gives no birth date");
        }
        String given = party.get(0);
        for (String l : listed) {
            if (dateFits(given, l)) {
                return new Row("Birth dates", party, listed, Verdict.AGREES, "fits " + l);
            }
        }
        return new Row("Birth dates", party, listed, Verdict.CONFLICTS, "fits none of the listed dates");
    }

    // a listed date or range (from..to) and a date known to the year, month or day: equal as far as both are known
    private static boolean dateFits(String given, String listed) {
        int range = listed.indexOf("..");
        if (range >= 0) {
            String from = listed.substring(0, range);
            String to = listed.substring(range + 2);
            String g = given.substring(0, 4);
            return g.compareTo(from.substring(0, Math.min(4, from.length()))) >= 0
                    && g.compareTo(to.substring(0, Math.min(4, to.length()))) <= 0;
        }
        int n = Math.min(given.length(), listed.length());
        return given.regionMatches(0, listed, 0, n);
    }

    static Row countries(List<String> party, List<String> listed) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(listed));
        if (party.isEmpty() || distinct.isEmpty()) {
            return new Row("Countries", party, distinct, Verdict.NOT_COMPARABLE,
                    party.isEmpty() ? "no country registered" : "the list gives no country");
        }
        return distinct.stream().anyMatch(c -> c.equalsIgnoreCase(party.get(0)))
                ? new Row("Countries", party, distinct, Verdict.AGREES, "")
                : new Row("Countries", party, distinct, Verdict.CONFLICTS, "not among the listed countries");
    }

    static Row identifiers(List<ListedRecord.Identifier> party, List<ListedRecord.Identifier> listed) {
        List<String> ours = party.stream().map(i -> i.type() + " " + i.value()).toList();
        List<String> theirs = listed.stream().map(i -> i.type() + " " + i.value()).toList();
        if (party.isEmpty() || listed.isEmpty()) {
            return new Row("Identifiers", ours, theirs, Verdict.NOT_COMPARABLE,
                    party.isEmpty() ? "no identifier registered" : "the list gives no identifier");
        }
        boolean sameType = false;
        for (ListedRecord.Identifier p : party) {
            for (ListedRecord.Identifier l : listed) {
                if (kind(p.type()).equals(kind(l.type()))) {
                    if (plain(p.value()).equals(plain(l.value()))) {
                        return new Row("Identifiers", ours, theirs, Verdict.AGREES, "the same " + l.type());
                    }
                    sameType = true;
                }
            }
        }
        return sameType ? new Row("Identifiers", ours, theirs, Verdict.CONFLICTS,
                "an identifier of the same kind with another value")
                : new Row("Identifiers", ours, theirs, Verdict.NOT_COMPARABLE, "no identifier of the same kind");
    }

    static Row owners(List<String> party, List<String> relations) {
        if (party.isEmpty() || relations.isEmpty()) {
            return new Row("Owners and relations", party, relations, Verdict.NOT_COMPARABLE,
                    party.isEmpty() ? "no owner declared" : "the list states no relation");
        }
        for (String owner : party) {
            Set<String> o = tokens(owner);
            for (String r : relations) {
                if (!o.isEmpty() && tokens(r).containsAll(o)) {
                    return new Row("Owners and relations", party, relations, Verdict.AGREES,
                            owner + " is named in the list's relations");
                }
            }
        }
        return new Row("Owners and relations", party, relations, Verdict.NOT_COMPARABLE,
                "no declared owner is named in the list's relations");
    }

    // two words of four letters or more at most two edits apart: Serguei / Sergei, Lavrof / Lavrov
    static boolean nearly(String a, String b) {
        if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 2;
    }

    // trade-registration's identifier names and the screening service's for the same thing
    private static String kind(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "BIC", "SWIFT_BIC" -> "BIC";
            case "CRYPTO_ADDRESS", "DIGITAL_CURRENCY_ADDRESS" -> "CRYPTO";
            default -> t;
        };
    }

    private static String plain(String value) {
        return value.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    }

    // the words of a name, without accents, case or punctuation, in any order ("LAVROV, Sergei" = "Sergei Lavrov")
    static Set<String> tokens(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
        out.remove("");
        return out;
    }
}
