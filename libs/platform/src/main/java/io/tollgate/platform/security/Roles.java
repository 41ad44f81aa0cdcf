package io.tollgate.platform.security;

/** The roles a Tollgate bearer token may carry in its {@code groups} claim. */
public final class Roles {
    /** Screens names against the lists. */
    public static final String SCREENER = "screener";
    /** Imports and refreshes sanctions lists. */
    public static final String LIST_ADMIN = "list-admin";
    /** Registers trades. */
    public static final String TRADE_CLERK = "trade-clerk";
    /** Decides alerts (first pair of eyes). */
    public static final String ANALYST = "analyst";
    /** Releases held trades (second pair of eyes) and reads reports. */
    public static final String SUPERVISOR = "supervisor";
    /** Reads everything that was decided, for audit. */
    public static final String AUDITOR = "auditor";
    /** Background work between services (re-screening, retries). */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
