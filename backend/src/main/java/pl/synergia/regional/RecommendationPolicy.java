package pl.synergia.regional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;

/**
 * The rules of a recommendation of the region (issue #11): it is addressed to a gmina or a powiat;
 * the addressees are the OPS of the gmina, or every OPS and PUP of the powiat (docs/regional.md);
 * a coordinator of an addressee acknowledges it, then marks it implemented or declined — declined
 * with a reason. Pure: tested without the application.
 */
public final class RecommendationPolicy {

    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 2000;
    public static final int INDICATORS_MAX = 10;

    /** The level of the territory a recommendation is addressed to. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RecommendationLevel", description = "GMINA or POWIAT")
    public enum Level {
        GMINA, POWIAT;

        public static Level of(String teryt) {
            return teryt.length() == 7 ? GMINA : POWIAT;
        }
    }

    private RecommendationPolicy() {
    }

    /** The kinds of institution a recommendation to a territory of this level is addressed to. */
    public static Set<InstitutionType> addressedTypes(Level level) {
        return level == Level.GMINA ? EnumSet.of(InstitutionType.OPS) : EnumSet.of(InstitutionType.OPS, InstitutionType.PUP);
    }

    /**
     * Whether an institution of this type in this gmina is an addressee of a recommendation to this
     * territory: the gmina's OPS for a gmina; an OPS or PUP in the powiat for a powiat.
     */
    public static boolean addresses(String territory, String institutionGmina, InstitutionType institutionType) {
        if (institutionGmina == null || institutionType == null) {
            return false;
        }
        Level level = Level.of(territory);
        boolean inside = level == Level.GMINA ? institutionGmina.equals(territory) : institutionGmina.startsWith(territory);
        return inside && addressedTypes(level).contains(institutionType);
    }

    /** The territories (a gmina, its powiat) whose recommendations an institution of this type in this gmina receives. */
    public static List<String> addressableTerritories(String institutionGmina, InstitutionType institutionType) {
        List<String> territories = new java.util.ArrayList<>();
        if (institutionGmina != null && institutionType != null) {
            if (addressedTypes(Level.GMINA).contains(institutionType)) {
                territories.add(institutionGmina);
            }
            if (addressedTypes(Level.POWIAT).contains(institutionType)) {
                territories.add(institutionGmina.substring(0, 4));
            }
        }
        return territories;
    }

    /** Where a recommendation in this status may move next. */
    public static Set<RecommendationStatus> next(RecommendationStatus from) {
        return switch (from) {
            case ISSUED -> EnumSet.of(RecommendationStatus.ACKNOWLEDGED);
            case ACKNOWLEDGED -> EnumSet.of(RecommendationStatus.IMPLEMENTED, RecommendationStatus.DECLINED);
            case IMPLEMENTED, DECLINED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    /**
     * Checks a move: 409 when the status may not move there; 422 when a decline gives no reason, or
     * a reason is given where none is taken (acknowledging).
     *
     * @return the reason as stored (stripped; null when none)
     */
    public static String requireTransition(RecommendationStatus from, RecommendationStatus to, String reason) {
        if (!next(from).contains(to)) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Transition not allowed",
                    "A recommendation " + from + " cannot become " + to + (from.closed() ? ": it is closed." : "."), List.of());
        }
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (to == RecommendationStatus.DECLINED && stripped == null) {
            throw ProblemException.unprocessable(List.of(new FieldError("reason", "required", "a declined recommendation needs a reason")));
        }
        if (to == RecommendationStatus.ACKNOWLEDGED && stripped != null) {
            throw ProblemException.unprocessable(List.of(new FieldError("reason", "not-allowed",
                    "acknowledging takes no reason; give it when marking the recommendation implemented or declined")));
        }
        return stripped;
    }
}
