package pl.synergia.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;

/**
 * The rules of a partnership in one place, pure (no database, no HTTP, no clock of their own):
 * who may be a party, what moving to ACTIVE requires, which transitions a request may make, when a
 * withdrawal dissolves the partnership (Pakt § 5 ust. 3, porozumienie § 5 ust. 3; ADR 0014), and how
 * a signatory is closed. The services load the data, ask these rules, and store the outcome.
 */
final class PartnershipPolicy {

    /** Minimum of JOINED signatories of an active Pakt (§ 5 ust. 3). */
    static final int PACT_MINIMUM = 3;

    /** The three parties of a cooperation agreement (seeds 000/001); the directory's OPS type covers MOPS and GOPS. */
    static final Set<InstitutionType> COOPERATION_PARTIES = EnumSet.of(InstitutionType.OPS, InstitutionType.PUP, InstitutionType.NGO);

    /** Who closes the open invitations of a dissolved partnership, as its signatories' record says. */
    static final String CLOSED_BY_DISSOLUTION = "rozwiązanie porozumienia";

    private static final String SIGNATORIES = "signatories";

    private PartnershipPolicy() {
    }

    /** A joined signatory as the rules see it: a private person, or an institution of a type. */
    record Party(boolean privatePerson, InstitutionType type) {

        static Party person() {
            return new Party(true, null);
        }

        static Party institution(InstitutionType type) {
            return new Party(false, type);
        }
    }

    /** The institution types that may initiate or join a partnership of this kind (any, for a Pakt). */
    static boolean mayBeParty(PartnershipKind kind, InstitutionType type) {
        return kind != PartnershipKind.COOPERATION_AGREEMENT || COOPERATION_PARTIES.contains(type);
    }

    /** What a transition request may do now; a Pakt is dissolved only by § 5 ust. 3, never on request. */
    static Set<PartnershipStatus> allowedTransitions(PartnershipKind kind, PartnershipStatus status) {
        Set<PartnershipStatus> next = EnumSet.noneOf(PartnershipStatus.class);
        next.addAll(status.next());
        if (kind == PartnershipKind.PACT) {
            next.remove(PartnershipStatus.DISSOLVED);
        }
        return next;
    }

    /**
     * Checks a transition a user asks for: 409 when the status may not move there, or when a Pakt is
     * to be dissolved on request; 422 when a cooperation agreement is dissolved without a reason
     * (§ 5 ust. 4: with the consent of all parties, which the reason records).
     */
    static void requireTransition(PartnershipKind kind, PartnershipStatus from, PartnershipStatus to, String reason) {
        if (!from.canMoveTo(to)) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Transition not allowed",
                    "A " + from + " partnership cannot become " + to + "; allowed: " + allowedTransitions(kind, from) + ".",
                    List.of());
        }
        if (to == PartnershipStatus.DISSOLVED) {
            if (kind == PartnershipKind.PACT) {
                throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "A Pakt is not dissolved on request",
                        "Pakt § 5 ust. 3: it may be dissolved only when fewer than three active signatories remain; "
                                + "that happens when signatories withdraw.", List.of());
            }
            if (reason == null || reason.isBlank()) {
                throw ProblemException.unprocessable(List.of(new FieldError("reason", "required",
                        "say why the parties dissolve the agreement (§ 5 ust. 4: with the consent of all parties)")));
            }
        }
    }

    /**
     * What moving to ACTIVE still needs, one stable code per unmet requirement with the values to word it:
     * {@code too-few-signatories} (required, joined), {@code missing-party} (type), {@code duplicate-party}
     * (type, joined), {@code extra-party} (joined: signatories that are neither OPS, PUP nor NGO).
     */
    static PartnershipResponse.Activation activation(PartnershipKind kind, List<Party> joined) {
        List<FieldError> missing = new ArrayList<>();
        String requirement;
        if (kind == PartnershipKind.PACT) {
            requirement = "At least three joined signatories (Pakt § 5 ust. 3)";
            if (joined.size() < PACT_MINIMUM) {
                missing.add(new FieldError(SIGNATORIES, "too-few-signatories", "at least three joined signatories are needed; "
                        + joined.size() + " joined", Map.of("required", PACT_MINIMUM, "joined", joined.size())));
            }
        } else {
            requirement = "Exactly one joined OPS, one joined PUP and one joined NGO, and no other party";
            for (InstitutionType type : COOPERATION_PARTIES) {
                long n = joined.stream().filter(s -> !s.privatePerson() && s.type() == type).count();
                if (n == 0) {
                    missing.add(new FieldError(SIGNATORIES, "missing-party", "a joined " + type + " is needed",
                            Map.of("type", type.name())));
                } else if (n > 1) {
                    missing.add(new FieldError(SIGNATORIES, "duplicate-party", "only one " + type + " may be a party; " + n
                            + " joined", Map.of("type", type.name(), "joined", n)));
                }
            }
            long others = joined.stream().filter(s -> s.privatePerson() || !COOPERATION_PARTIES.contains(s.type())).count();
            if (others > 0) {
                missing.add(new FieldError(SIGNATORIES, "extra-party", others + " joined signatories are neither OPS, PUP nor NGO",
                        Map.of("joined", others)));
            }
        }
        return new PartnershipResponse.Activation(requirement, missing.isEmpty(), missing);
    }

    /**
     * Whether a withdrawal dissolves the partnership, and why: an ACTIVE Pakt left with fewer than
     * {@value #PACT_MINIMUM} joined signatories, or an ACTIVE cooperation agreement left by any party.
     *
     * @param joinedLeft the joined signatories after the withdrawal
     * @param withdrawn  the name of who withdrew
     */
    static Optional<String> dissolutionOnWithdrawal(PartnershipKind kind, PartnershipStatus status, long joinedLeft,
            String withdrawn) {
        if (status != PartnershipStatus.ACTIVE) {
            return Optional.empty();
        }
        if (kind == PartnershipKind.PACT) {
            return joinedLeft < PACT_MINIMUM
                    ? Optional.of("Pakt § 5 ust. 3: liczba czynnych Sygnatariuszy spadła poniżej trzech (pozostało " + joinedLeft
                            + ") po wystąpieniu: " + withdrawn + ".")
                    : Optional.empty();
        }
        return Optional.of("Porozumienie § 5 ust. 3: wystąpienie Strony (" + withdrawn + ") oznacza rozwiązanie Porozumienia.");
    }

    /** A signatory leaves (declined, cancelled, withdrawn): its status, when and by whom. */
    static void close(Signatory s, SignatoryStatus status, Instant at, String by) {
        s.status = status;
        s.closedAt = at;
        s.closedBy = by;
    }

    /** Dissolution cancels every open invitation; joined and closed signatories stay as they are. */
    static void closeOnDissolution(List<Signatory> signatories, Instant at) {
        signatories.stream().filter(s -> s.status == SignatoryStatus.INVITED)
                .forEach(s -> close(s, SignatoryStatus.CANCELLED, at, CLOSED_BY_DISSOLUTION));
    }

    /**
     * What the caller may do with a signatory: accept or decline an invitation made to those it acts
     * for, cancel an invitation of a partnership it manages, withdraw a joined signatory it acts for;
     * nothing once the partnership is dissolved.
     */
    static List<SignatoryAction> signatoryActions(PartnershipStatus partnership, SignatoryStatus signatory, boolean actsFor,
            boolean manages) {
        List<SignatoryAction> actions = new ArrayList<>();
        if (partnership == PartnershipStatus.DISSOLVED) {
            return actions;
        }
        if (signatory == SignatoryStatus.INVITED && actsFor) {
            actions.add(SignatoryAction.ACCEPT);
            actions.add(SignatoryAction.DECLINE);
        }
        if (signatory == SignatoryStatus.INVITED && manages) {
            actions.add(SignatoryAction.CANCEL);
        }
        if (signatory == SignatoryStatus.JOINED && actsFor) {
            actions.add(SignatoryAction.WITHDRAW);
        }
        return actions;
    }
}
