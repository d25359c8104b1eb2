package pl.synergia.shared.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the partnerships (public acts of a gmina) tell the region about the MLW; implemented by the partnership context. */
public interface PartnershipFigures {

    /** Every MLW Pakt (kind PACT) with the dates that tell its stage on any day. */
    List<PactFigure> pacts();

    /**
     * One Pakt: its status now and since when; when it was created, activated (signed) and
     * dissolved; when its stakeholder catalogue was started and how many stakeholders it has;
     * the ZSL (established on, members now); the organisational variant the gmina chose
     * (CHOSEN, IN_PROGRESS or DONE; null when none) with the day it was decided and, when DONE,
     * finished (the day of its last change where the gmina gave no date); and the signatories.
     */
    record PactFigure(UUID partnershipId, String gminaTeryt, String status, Instant statusSince, Instant createdAt,
            Instant activatedAt, Instant dissolvedAt, Instant catalogueStartedAt, int stakeholders,
            LocalDate zslEstablishedOn, int zslMembers, String variantCode, String variantStatus,
            LocalDate variantDecidedOn, LocalDate variantFinishedOn, List<SignatoryFigure> signatories) {
    }

    /**
     * A party that joined: the institution (null for a private person, e.g. a sołtys), the sector the
     * gmina's stakeholder catalogue gives it (null when it is not catalogued), and the days it
     * joined and withdrew (null while it is a party).
     */
    record SignatoryFigure(UUID institutionId, String cataloguedSector, LocalDate joinedOn, LocalDate withdrawnOn) {
    }
}
