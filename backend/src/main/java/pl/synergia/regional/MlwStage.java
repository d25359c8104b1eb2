package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.figures.PartnershipFigures.PactFigure;
import pl.synergia.shared.figures.PartnershipFigures.SignatoryFigure;
import pl.synergia.shared.institution.InstitutionType;

/**
 * Where a gmina stands in the MLW on a day, from its Pakts (pure). The stage on a past day is
 * told by the dates the partnership keeps: created, activated (signed), dissolved; a Pakt still
 * in drafting is in its present status since its last status change, and a draft before that.
 * Of several Pakts of a gmina the most advanced counts (active, then consultation, then draft,
 * then dissolved), the newest on a tie.
 */
public final class MlwStage {

    @Schema(name = "MlwStage")
    public enum Stage {
        DRAFT, CONSULTATION, ACTIVE, DISSOLVED;

        int rank() {
            return switch (this) {
                case ACTIVE -> 3;
                case CONSULTATION -> 2;
                case DRAFT -> 1;
                case DISSOLVED -> 0;
            };
        }
    }

    private MlwStage() {
    }

    /** The stage of a Pakt at the end of {@code day}, or empty when it did not exist yet. */
    static Optional<Stage> stageOn(PactFigure pact, LocalDate day, ZoneId zone) {
        if (!onOrBefore(pact.createdAt(), day, zone)) {
            return Optional.empty();
        }
        if (onOrBefore(pact.dissolvedAt(), day, zone)) {
            return Optional.of(Stage.DISSOLVED);
        }
        if (onOrBefore(pact.activatedAt(), day, zone)) {
            return Optional.of(Stage.ACTIVE);
        }
        Stage now = Stage.valueOf(pact.status());
        if ((now == Stage.CONSULTATION || now == Stage.DRAFT) && onOrBefore(pact.statusSince(), day, zone)) {
            return Optional.of(now);
        }
        return Optional.of(Stage.DRAFT);
    }

    /** The Pakt that counts for its gmina on the day, with its stage. */
    record Counted(PactFigure pact, Stage stage) {
    }

    static Optional<Counted> countedOn(List<PactFigure> pactsOfGmina, LocalDate day, ZoneId zone) {
        return pactsOfGmina.stream()
                .flatMap(p -> stageOn(p, day, zone).map(s -> new Counted(p, s)).stream())
                .max(Comparator.comparingInt((Counted c) -> c.stage().rank())
                        .thenComparing(c -> c.pact().createdAt())
                        .thenComparing(c -> c.pact().partnershipId()));
    }

    static boolean onOrBefore(Instant moment, LocalDate day, ZoneId zone) {
        return moment != null && !moment.atZone(zone).toLocalDate().isAfter(day);
    }

    static boolean onOrBefore(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }

    /** A party on the day: joined by then and not withdrawn by then. */
    static boolean partyOn(SignatoryFigure s, LocalDate day) {
        return onOrBefore(s.joinedOn(), day) && !onOrBefore(s.withdrawnOn(), day);
    }

    /**
     * The sector of a signatory: the one the gmina's stakeholder catalogue gives it; a private
     * person is a social leader; an institution not catalogued by its type.
     */
    static String sector(SignatoryFigure s, Map<UUID, InstitutionType> types) {
        if (s.cataloguedSector() != null) {
            return s.cataloguedSector();
        }
        if (s.institutionId() == null) {
            return "SOCIAL_LEADER";
        }
        InstitutionType type = types.get(s.institutionId());
        if (type == null) {
            return "OTHER";
        }
        return switch (type) {
            case OPS, PCPR, WCPR, ROPS, CUS, CWR, CIS, KIS, WTZ, ZAZ -> "SOCIAL_ASSISTANCE";
            case PUP, OHP, EMPLOYMENT_AGENCY -> "LABOUR_MARKET";
            case NGO, OWES, SPOLDZIELNIA, FAMILY_CLUB, LSW -> "CIVIL_SOCIETY";
            case ZGN -> "PUBLIC_ADMINISTRATION";
        };
    }
}
