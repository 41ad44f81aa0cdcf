package io.tollgate.screening.domain.matching;

import java.util.List;

/** The spelling rules of {@code matching/spelling-rules.tsv}: rewrite a token into its canonical spelling. */
final class SpellingRules {

    enum Scope { START, END, ANY, MID, DOUBLES }

    record Rule(Scope scope, String from, String to, String unless, int minLength) {
    }

    /** Letters a start/end rule must leave untouched, so that short tokens keep their form. */
    private static final int MIN_STEM = 2;

    private final List<Rule> rules;

    SpellingRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The canonical spelling of a lower-case ASCII token. */
    String apply(String token) {
        String s = token;
        for (Rule r : rules) {
            if (s.length() < r.minLength) {
                continue;
            }
            switch (r.scope) {
                case START -> {
                    if (s.startsWith(r.from) && s.length() - r.from.length() >= MIN_STEM) {
                        s = r.to + s.substring(r.from.length());
                    }
                }
                case END -> {
                    if (s.endsWith(r.from) && s.length() - r.from.length() >= MIN_STEM) {
                        s = s.substring(0, s.length() - r.from.length()) + r.to;
                    }
                }
                case ANY -> s = replaceAll(s, r, 0);
                case MID -> s = replaceAll(s, r, 1);
                case DOUBLES -> s = collapseDoubles(s);
            }
        }
        return s;
    }

    private static String replaceAll(String s, Rule r, int from) {
        int at = s.indexOf(r.from, from);
        if (at < 0) {
            return s;
        }
        StringBuilder sb = null;
        int copied = 0;
        while (at >= 0) {
            int end = at + r.from.length();
            boolean blocked = !r.unless.isEmpty() && end < s.length() && r.unless.indexOf(s.charAt(end)) >= 0;
            if (!blocked) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 4);
                }
                sb.append(s, copied, at).append(r.to);
                copied = end;
            }
            at = s.indexOf(r.from, blocked ? at + 1 : end);
        }
        if (sb == null) {
            return s;
        }
        sb.append(s, copied, s.length());
        return sb.toString();
    }

    static String collapseDoubles(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == s.charAt(i - 1)) {
                StringBuilder sb = new StringBuilder(s.length());
                sb.append(s.charAt(0));
                for (int j = 1; j < s.length(); j++) {
                    if (s.charAt(j) != s.charAt(j - 1)) {
                        sb.append(s.charAt(j));
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }
}
