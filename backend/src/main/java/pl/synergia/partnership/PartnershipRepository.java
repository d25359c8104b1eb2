package pl.synergia.partnership;

/** Queries of the partnership context. */
public class PartnershipRepository {
    /** List filters: TERYT prefix, status, kind; each optional. */
    public record Filter(String teryt, PartnershipStatus status, PartnershipKind kind) {
    }
}
