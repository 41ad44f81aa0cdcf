package io.tollgate.screening.domain.matching;

import io.tollgate.screening.domain.list.BirthDate;
import io.tollgate.screening.domain.list.EntityType;
import io.tollgate.screening.domain.list.IdentifierType;
import io.tollgate.screening.domain.list.PartialDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a prepared query against a prepared listed entity: the best-matching name, adjusted by the party
 * type and by secondary evidence (birth date, countries, gender, identifiers). The score is the sum of its
 * components, clamped to [0,1] by a final {@code bounds} component, so an explanation always adds up.
 */
final class EntityScorer {

    /** A weak alias (OFAC "weak a.k.a.", UN "low quality") is weaker evidence than a real name. */
    static final double WEAK_ALIAS = 0.10;
    /** Query and entity are clearly different kinds of party (a person against a vessel). */
    static final double TYPE_CONFLICT = 0.35;
    /** Organization against vessel or aircraft: shipping companies and their ships share names. */
    static final double TYPE_RELATED = 0.15;
    /** A person against an entity whose type the list does not give. */
    static final double TYPE_UNKNOWN = 0.05;
    /** Type inferred from the name of an untyped query (ANY) disagrees with the entity's type. */
    static final double TYPE_INFERRED_CONFLICT = 0.10;

    static final double BIRTH_EXACT = 0.06;
    static final double BIRTH_MONTH = 0.04;
    static final double BIRTH_YEAR = 0.03;
    static final double BIRTH_DAY_DIFFERS = -0.04;
    static final double BIRTH_NEAR = 0.0;
    static final double BIRTH_FEW_YEARS = -0.12;
    static final double BIRTH_FAR = -0.25;
    static final double COUNTRY_MATCH = 0.03;
    static final double COUNTRY_MISMATCH = -0.05;
    static final double GENDER_MISMATCH = -0.10;
    /** An exact identifier hit lifts the score to at least this, whatever the names say. */
    static final double IDENTIFIER_FLOOR = 0.98;
    /** The same bank by BIC8 against BIC11 (another branch): a hit, a little below an exact one. */
    static final double IDENTIFIER_BANK_FLOOR = 0.92;
    static final double IDENTIFIER_MIN_LIFT = 0.10;
    /** Both are vessels with IMO numbers and the numbers differ: a different hull. */
    static final double IMO_CONFLICT = -0.30;

    /**
     * A personal name made only of the most frequent name words (Ali Hassan, John Smith) scores no more than this on
     * the name alone: just under the default threshold, so that a matching birth date, country or identifier lifts
     * it to an alert and the name alone does not.
     */
    static final double COMMON_NAME_CAP = MatchThreshold.DEFAULT - 0.02;

    /** The outcome for one entity. */
    record Scored(double score, int form, List<ScoreComponent> components) {
    }

    private EntityScorer() {
    }

    /**
     * The best name score over the query's forms and the entity's forms (all, or only {@code only} when given),
     * weak aliases discounted; {@code form} receives the entity form.
     */
    static double bestName(PreparedQuery q, PreparedEntity e, int[] only, int[] form) {
        double best = -1;
        int bestForm = 0;
        int count = only == null ? e.forms.length : only.length;
        for (NameForm qf : q.forms) {
            for (int x = 0; x < count; x++) {
                int k = only == null ? x : only[x];
                double s = NameComparator.score(qf, e.forms[k]) - (e.weak[k] ? WEAK_ALIAS : 0);
                if (s > best) {
                    best = s;
                    bestForm = k;
                    if (s >= 1) {
                        form[0] = bestForm;
                        return best;
                    }
                }
            }
        }
        form[0] = bestForm;
        return best;
    }

    /** Scores the entity on all its names; with {@code explain} the components are listed. */
    static Scored score(PreparedQuery q, PreparedEntity e, boolean explain) {
        return score(q, e, null, explain);
    }

    /**
     * Scores the entity on the given names only (null: all), as the index does with the names its keys found;
     * with {@code explain} the components are listed, otherwise only the score is computed.
     */
    static Scored score(PreparedQuery q, PreparedEntity e, int[] only, boolean explain) {
        List<ScoreComponent> parts = explain ? new ArrayList<>() : null;
        int[] formHolder = new int[1];
        double sum;
        int form;
        if (q.forms.length == 0 || e.forms.length == 0) {
            sum = 0;
            form = 0;
            add(parts, "name.none", q.query.name(), "", 0);
        } else {
            sum = bestName(q, e, only, formHolder);
            form = formHolder[0];
            if (explain) {
                NameForm best = null;
                double bestScore = -1;
                for (NameForm qf : q.forms) {
                    double s = NameComparator.score(qf, e.forms[form]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = qf;
                    }
                }
                parts.addAll(NameComparator.compare(best, e.forms[form], true).components());
                if (e.weak[form]) {
                    parts.add(new ScoreComponent("name.weak_alias", "", e.publishedName(form), -WEAK_ALIAS));
                }
            }
        }
        sum += commonName(q, e, form, sum, parts);
        if (explain && q.forms.length > 0 && !q.forms[0].titlesRemoved.isEmpty()) {
            // titles never carry a match: shown so the analyst sees what was read past
            add(parts, "name.title-removed", q.forms[0].titlesRemoved, "", 0);
        }
        if (!q.evasion.isEmpty()) {
            // shown, not scored: the name was read as displayed; the analyst sees what it hid behind
            add(parts, "evasion-characters", String.join("; ", q.evasion), "", 0);
        }
        sum += type(q, e, parts);
        sum += birthDate(q.query.birthDate(), e, parts);
        sum += countries(q.query.countries(), e.countries, parts);
        sum += gender(q.query.gender(), e.gender, parts);
        sum += identifiers(q, e, sum, parts);
        double clamped = Math.max(0, Math.min(1, sum));
        if (clamped != sum) {
            add(parts, "bounds", "", "", clamped - sum);
        }
        return new Scored(clamped, form, parts == null ? List.of() : parts);
    }

    /**
     * Holds a name-only match of a common personal name just under the threshold (see {@link #COMMON_NAME_CAP}): the
     * query is made only of common name words, or the listed name that matched is made only of given names and common
     * name words and the (Latin-written) query has more words than it (ALI, Muhammad found in Taha Muhammad Ali; Abdul
     * Qadir in Abdul Qadir Bajamal: the listed name says no more than its given names do; a name from another script
     * may write one word apart, عبد الله / Abdullah).
     */
    private static double commonName(PreparedQuery q, PreparedEntity e, int form, double nameScore,
                                     List<ScoreComponent> parts) {
        boolean person = q.query.type() == QueryType.PERSON
                || (q.query.type() == QueryType.ANY && q.inferredType != QueryType.ORGANIZATION);
        if (!person || nameScore <= COMMON_NAME_CAP || (e.type != EntityType.PERSON && e.type != EntityType.UNKNOWN)) {
            return 0;
        }
        boolean common = q.commonOnly || (e.forms.length > 0 && forenamesOnly(e.forms[form])
                && PersonNameEvidence.latin(q.forms[0]) && words(q.forms[0]) > words(e.forms[form]));
        if (!common) {
            return 0;
        }
        double penalty = COMMON_NAME_CAP - nameScore;
        add(parts, "name.common-name-penalty", q.forms[0].normalized, "", penalty);
        return penalty;
    }

    private static boolean forenamesOnly(NameForm f) {
        int n = 0;
        for (NameToken t : f.tokens) {
            if (t.role == TokenRole.WORD) {
                if (!t.forename) {
                    return false;
                }
                n++;
            }
        }
        return n >= 1 && n <= 3;
    }

    private static int words(NameForm f) {
        int n = 0;
        for (NameToken t : f.tokens) {
            n += t.role == TokenRole.WORD ? 1 : 0;
        }
        return n;
    }

    private static double type(PreparedQuery q, PreparedEntity e, List<ScoreComponent> parts) {
        double delta = 0;
        QueryType declared = q.query.type();
        EntityType t = e.type;
        if (declared == QueryType.ANY) {
            QueryType inferred = q.inferredType;
            if ((inferred == QueryType.PERSON && t != EntityType.PERSON && t != EntityType.UNKNOWN)
                    || (inferred == QueryType.ORGANIZATION && t == EntityType.PERSON)) {
                delta = -TYPE_INFERRED_CONFLICT;
            }
        } else if (t == EntityType.UNKNOWN) {
            delta = declared == QueryType.ORGANIZATION ? 0 : -TYPE_UNKNOWN;
        } else if (!declared.name().equals(t.name())) {
            boolean person = declared == QueryType.PERSON || t == EntityType.PERSON;
            delta = person ? -TYPE_CONFLICT
                    : (declared == QueryType.ORGANIZATION || t == EntityType.ORGANIZATION) ? -TYPE_RELATED : -TYPE_CONFLICT;
        }
        if (delta != 0 && parts != null) {
            String qv = declared == QueryType.ANY ? "any (" + q.inferredType.name().toLowerCase() + ")" : declared.name().toLowerCase();
            add(parts, "entity_type", qv, t.apiName(), delta);
        }
        return delta;
    }

    static double birthDate(PartialDate query, PreparedEntity e, List<ScoreComponent> parts) {
        if (query == null || e.birthDateParts.length == 0) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestIndex = 0;
        for (int i = 0; i < e.birthDateParts.length; i++) {
            double v = compareDate(query, e.birthDateParts[i]);
            if (v > best) {
                best = v;
                bestIndex = i;
            }
        }
        if (parts != null) {
            BirthDate d = e.birthDates.get(bestIndex);
            String cv = d.isRange() ? d.from() + ".." + d.to() : d.from().toString();
            add(parts, "birth_date", query.toString(), cv, best);
        }
        return best;
    }

    /** Compares with a listed date given as {from year, month, day, to year, approximate, range}. */
    private static double compareDate(PartialDate q, int[] d) {
        boolean approximate = d[4] == 1;
        if (d[5] == 1) {
            if (q.year() >= d[0] && q.year() <= d[3]) {
                return BIRTH_YEAR;
            }
            int gap = Math.min(Math.abs(q.year() - d[0]), Math.abs(q.year() - d[3]));
            return yearGap(gap, true);
        }
        if (q.year() != d[0]) {
            return yearGap(Math.abs(q.year() - d[0]), approximate);
        }
        if (!q.hasMonth() || d[1] == 0) {
            return BIRTH_YEAR;
        }
        if (q.month() != d[1]) {
            return BIRTH_DAY_DIFFERS;
        }
        if (!q.hasDay() || d[2] == 0) {
            return BIRTH_MONTH;
        }
        return q.day() == d[2] ? BIRTH_EXACT : BIRTH_DAY_DIFFERS;
    }

    private static double yearGap(int gap, boolean approximate) {
        if (gap <= 1) {
            return BIRTH_NEAR;
        }
        if (gap <= 4 || approximate) {
            return approximate && gap <= 4 ? BIRTH_NEAR : BIRTH_FEW_YEARS;
        }
        return BIRTH_FAR;
    }

    private static double countries(java.util.Set<String> query, String[] listed, List<ScoreComponent> parts) {
        if (query.isEmpty() || listed.length == 0) {
            return 0;
        }
        for (String c : query) {
            if (Arrays.binarySearch(listed, c) >= 0) {
                if (parts != null) {
                    add(parts, "country", String.join(",", new java.util.TreeSet<>(query)), c, COUNTRY_MATCH);
                }
                return COUNTRY_MATCH;
            }
        }
        if (parts != null) {
            // the texts only when explaining: every scored candidate passes here
            add(parts, "country", String.join(",", new java.util.TreeSet<>(query)), String.join(",", listed),
                    COUNTRY_MISMATCH);
        }
        return COUNTRY_MISMATCH;
    }

    private static double gender(String query, String listed, List<ScoreComponent> parts) {
        if (query == null || listed == null) {
            return 0;
        }
        String q = query.startsWith("m") ? "male" : query.startsWith("f") ? "female" : query;
        String l = listed.startsWith("m") ? "male" : listed.startsWith("f") ? "female" : listed;
        if (!q.equals(l)) {
            add(parts, "gender", q, l, GENDER_MISMATCH);
            return GENDER_MISMATCH;
        }
        return 0;
    }

    private static double identifiers(PreparedQuery q, PreparedEntity e, double sumSoFar, List<ScoreComponent> parts) {
        if (q.identifiers.isEmpty() || e.identifiers.length == 0) {
            return 0;
        }
        double best = 0;
        PreparedIdentifier bestQ = null;
        PreparedIdentifier bestL = null;
        boolean queryImo = false;
        boolean listedImo = false;
        for (PreparedIdentifier qi : q.identifiers) {
            queryImo |= qi.type() == IdentifierType.IMO;
            for (PreparedIdentifier li : e.identifiers) {
                listedImo |= li.type() == IdentifierType.IMO;
                double s = qi.strength(li);
                if (s > best) {
                    best = s;
                    bestQ = qi;
                    bestL = li;
                }
            }
        }
        if (best > 0) {
            double floor = best >= 1 ? IDENTIFIER_FLOOR : IDENTIFIER_BANK_FLOOR;
            double lift = Math.max(IDENTIFIER_MIN_LIFT, floor - sumSoFar);
            String feature = best >= 1 ? "identifier" : "identifier.same_bank";
            add(parts, feature, bestQ.raw(), bestL.type().name().toLowerCase() + " " + bestL.raw(), lift);
            return lift;
        }
        if (queryImo && listedImo) {
            add(parts, "identifier.imo_differs", imo(q.identifiers), imo(List.of(e.identifiers)), IMO_CONFLICT);
            return IMO_CONFLICT;
        }
        return 0;
    }

    private static String imo(List<PreparedIdentifier> ids) {
        StringBuilder sb = new StringBuilder();
        for (PreparedIdentifier p : ids) {
            if (p.type() == IdentifierType.IMO) {
                sb.append(sb.length() > 0 ? "," : "").append(p.value());
            }
        }
        return sb.toString();
    }

    private static void add(List<ScoreComponent> parts, String feature, String q, String c, double contribution) {
        if (parts != null) {
            parts.add(new ScoreComponent(feature, q, c, contribution));
        }
    }
}
