package pl.synergia.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import pl.synergia.partnership.PartnershipPolicy.Party;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;

/** The partnership rules on their own: no application, no database, no HTTP. */
class PartnershipPolicyTest {

    private static final Party OPS = Party.institution(InstitutionType.OPS);
    private static final Party PUP = Party.institution(InstitutionType.PUP);
    private static final Party NGO = Party.institution(InstitutionType.NGO);
    private static final Party CIS = Party.institution(InstitutionType.CIS);
    private static final Party PERSON = Party.person();

    @Nested
    class Activation {

        @Test
        void aPaktNeedsThreeJoinedSignatoriesOfAnyKind() {
            assertTrue(PartnershipPolicy.activation(PartnershipKind.PACT, List.of(OPS, CIS, PERSON)).met());
            assertTrue(PartnershipPolicy.activation(PartnershipKind.PACT, List.of(CIS, CIS, CIS, PERSON)).met());
        }

        @Test
        void aPaktWithTwoSaysHowManyAreRequiredAndHowManyJoined() {
            PartnershipResponse.Activation activation = PartnershipPolicy.activation(PartnershipKind.PACT, List.of(OPS, PERSON));
            assertFalse(activation.met());
            FieldError missing = activation.missing().get(0);
            assertEquals("too-few-signatories", missing.code());
            assertEquals(Map.of("required", 3, "joined", 2), missing.params());
            assertEquals(PartnershipPolicy.PACT_MINIMUM, missing.params().get("required"));
        }

        @Test
        void aCooperationAgreementNeedsExactlyOneOpsPupAndNgo() {
            assertTrue(PartnershipPolicy.activation(PartnershipKind.COOPERATION_AGREEMENT, List.of(NGO, OPS, PUP)).met());
        }

        @Test
        void aCooperationAgreementNamesTheMissingTheDuplicateAndTheExtraParties() {
            PartnershipResponse.Activation activation = PartnershipPolicy.activation(PartnershipKind.COOPERATION_AGREEMENT,
                    List.of(OPS, OPS, CIS, PERSON));
            assertFalse(activation.met());
            assertEquals(List.of("duplicate-party", "missing-party", "missing-party", "extra-party"),
                    activation.missing().stream().map(FieldError::code).toList());
            assertEquals(Map.of("type", "OPS", "joined", 2L), activation.missing().get(0).params());
            assertEquals(Set.of("PUP", "NGO"), Set.of(activation.missing().get(1).params().get("type"),
                    activation.missing().get(2).params().get("type")));
            assertEquals(Map.of("joined", 2L), activation.missing().get(3).params());
        }
    }

    @Nested
    class Transitions {

        @Test
        void aPaktIsNeverDissolvedOnRequest() {
            assertEquals(Set.of(), PartnershipPolicy.allowedTransitions(PartnershipKind.PACT, PartnershipStatus.ACTIVE));
            ProblemException refused = assertThrows(ProblemException.class, () -> PartnershipPolicy.requireTransition(
                    PartnershipKind.PACT, PartnershipStatus.ACTIVE, PartnershipStatus.DISSOLVED, "we agree"));
            assertEquals(409, refused.status());
        }

        @Test
        void aCooperationAgreementIsDissolvedOnRequestWithAReason() {
            assertEquals(Set.of(PartnershipStatus.DISSOLVED),
                    PartnershipPolicy.allowedTransitions(PartnershipKind.COOPERATION_AGREEMENT, PartnershipStatus.ACTIVE));
            PartnershipPolicy.requireTransition(PartnershipKind.COOPERATION_AGREEMENT, PartnershipStatus.ACTIVE,
                    PartnershipStatus.DISSOLVED, "Strony zgodnie rozwiązują porozumienie");
            ProblemException noReason = assertThrows(ProblemException.class, () -> PartnershipPolicy.requireTransition(
                    PartnershipKind.COOPERATION_AGREEMENT, PartnershipStatus.ACTIVE, PartnershipStatus.DISSOLVED, " "));
            assertEquals(422, noReason.status());
            assertEquals("reason", noReason.errors().get(0).field());
        }

        @Test
        void aDraftGoesToConsultationAndConsultationBackOrToActive() {
            assertEquals(Set.of(PartnershipStatus.CONSULTATION),
                    PartnershipPolicy.allowedTransitions(PartnershipKind.PACT, PartnershipStatus.DRAFT));
            assertEquals(Set.of(PartnershipStatus.DRAFT, PartnershipStatus.ACTIVE),
                    PartnershipPolicy.allowedTransitions(PartnershipKind.PACT, PartnershipStatus.CONSULTATION));
            ProblemException skipped = assertThrows(ProblemException.class, () -> PartnershipPolicy.requireTransition(
                    PartnershipKind.PACT, PartnershipStatus.DRAFT, PartnershipStatus.ACTIVE, null));
            assertEquals(409, skipped.status());
        }

        @Test
        void aDissolvedPartnershipGoesNowhere() {
            for (PartnershipKind kind : PartnershipKind.values()) {
                assertEquals(Set.of(), PartnershipPolicy.allowedTransitions(kind, PartnershipStatus.DISSOLVED));
            }
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void anActivePaktLeftWithTwoIsDissolvedAndTheReasonSaysWhy() {
            Optional<String> reason = PartnershipPolicy.dissolutionOnWithdrawal(PartnershipKind.PACT, PartnershipStatus.ACTIVE, 2,
                    "Fundacja Przykład");
            assertTrue(reason.orElseThrow().contains("poniżej trzech (pozostało 2)"));
            assertTrue(reason.orElseThrow().contains("Fundacja Przykład"));
        }

        @Test
        void anActivePaktLeftWithThreeGoesOn() {
            assertTrue(PartnershipPolicy.dissolutionOnWithdrawal(PartnershipKind.PACT, PartnershipStatus.ACTIVE, 3, "x").isEmpty());
        }

        @Test
        void anyPartyLeavingAnActiveCooperationAgreementDissolvesIt() {
            assertTrue(PartnershipPolicy.dissolutionOnWithdrawal(PartnershipKind.COOPERATION_AGREEMENT, PartnershipStatus.ACTIVE, 5,
                    "PUP").orElseThrow().startsWith("Porozumienie § 5 ust. 3"));
        }

        @Test
        void aPartnershipNotYetActiveIsNeverDissolvedByAWithdrawal() {
            for (PartnershipKind kind : PartnershipKind.values()) {
                assertTrue(PartnershipPolicy.dissolutionOnWithdrawal(kind, PartnershipStatus.CONSULTATION, 0, "x").isEmpty());
            }
        }
    }

    @Nested
    class Signatories {

        @Test
        void dissolutionCancelsOpenInvitationsOnly() {
            Instant at = Instant.parse("2026-03-02T10:00:00Z");
            Signatory invited = signatory(SignatoryStatus.INVITED);
            Signatory joined = signatory(SignatoryStatus.JOINED);
            Signatory declined = signatory(SignatoryStatus.DECLINED);
            PartnershipPolicy.closeOnDissolution(List.of(invited, joined, declined), at);
            assertEquals(SignatoryStatus.CANCELLED, invited.status);
            assertEquals(at, invited.closedAt);
            assertEquals(PartnershipPolicy.CLOSED_BY_DISSOLUTION, invited.closedBy);
            assertEquals(SignatoryStatus.JOINED, joined.status);
            assertNull(joined.closedAt);
            assertEquals(SignatoryStatus.DECLINED, declined.status);
            assertNull(declined.closedBy);
        }

        @Test
        void whatTheCallerMayDoWithASignatory() {
            assertEquals(List.of(SignatoryAction.ACCEPT, SignatoryAction.DECLINE, SignatoryAction.CANCEL), PartnershipPolicy
                    .signatoryActions(PartnershipStatus.DRAFT, SignatoryStatus.INVITED, true, true));
            assertEquals(List.of(SignatoryAction.CANCEL), PartnershipPolicy
                    .signatoryActions(PartnershipStatus.ACTIVE, SignatoryStatus.INVITED, false, true));
            assertEquals(List.of(SignatoryAction.WITHDRAW), PartnershipPolicy
                    .signatoryActions(PartnershipStatus.ACTIVE, SignatoryStatus.JOINED, true, true));
            assertEquals(List.of(), PartnershipPolicy.signatoryActions(PartnershipStatus.DISSOLVED, SignatoryStatus.JOINED, true, true));
        }

        @Test
        void aCooperationAgreementTakesOnlyItsThreeParties() {
            assertTrue(PartnershipPolicy.mayBeParty(PartnershipKind.COOPERATION_AGREEMENT, InstitutionType.NGO));
            assertFalse(PartnershipPolicy.mayBeParty(PartnershipKind.COOPERATION_AGREEMENT, InstitutionType.CIS));
            assertTrue(PartnershipPolicy.mayBeParty(PartnershipKind.PACT, InstitutionType.CIS));
        }

        private static Signatory signatory(SignatoryStatus status) {
            Signatory s = new Signatory();
            s.id = UUID.randomUUID();
            s.status = status;
            return s;
        }
    }
}
