package io.tollgate.screening.domain.list;

/**
 * One name of a listed entity, as the source gives it.
 *
 * @param full the whole name as published
 * @param kind primary, alias, former or original-script
 * @param quality strong or weak (OFAC "weak a.k.a.", UN "low quality")
 * @param script ISO 15924 script code when known or detectable (Latn, Cyrl, Arab, …), else null
 * @param given given name(s) when the source splits names, else null
 * @param family family name(s) when the source splits names, else null
 * @param patronymic patronymic / middle name when the source gives one, else null
 */
public record ListedName(String full, NameKind kind, NameQuality quality, String script,
                         String given, String family, String patronymic) {

    public static ListedName primary(String full) {
        return new ListedName(full, NameKind.PRIMARY, NameQuality.STRONG, null, null, null, null);
    }

    public static ListedName alias(String full, NameQuality quality) {
        return new ListedName(full, NameKind.ALIAS, quality, null, null, null, null);
    }
}
