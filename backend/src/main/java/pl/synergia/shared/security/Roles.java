package pl.synergia.shared.security;

import java.util.List;

/** Realm roles of the Synergia Keycloak realm (deploy/keycloak/synergia-realm.json). */
public final class Roles {
    /** Caseworker of an institution. */
    public static final String STAFF = "staff";
    /** Lead of an institution: manages its directory entry, team and partnerships. */
    public static final String COORDINATOR = "coordinator";
    /** Regional (ROPS) analyst: aggregates only, never personal data. */
    public static final String REGIONAL_ANALYST = "regional-analyst";
    /** Platform administrator. */
    public static final String ADMIN = "admin";
    /** Data-protection officer of an institution: reviews who accessed the data of the clients it serves. */
    public static final String DPO = "dpo";
    /** A third-party system calling the API with a service account. */
    public static final String INTEGRATION = "integration";

    /** Every role of the application, in a stable order. Other token roles (Keycloak defaults) are ignored. */
    public static final List<String> ALL = List.of(STAFF, COORDINATOR, REGIONAL_ANALYST, ADMIN, DPO, INTEGRATION);

    private Roles() {
    }
}
