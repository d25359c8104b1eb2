package pl.synergia.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import pl.synergia.shared.institution.InstitutionRef;

/** Polish wording of the plan context's codes for the printed documents (the same words as the SPA's pl.json). */
final class PolishLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Map<PlanStatus, String> PLAN_STATUS = Map.of(
            PlanStatus.DRAFT, "Szkic",
            PlanStatus.ACTIVE, "W realizacji",
            PlanStatus.COMPLETED, "Zakończony",
            PlanStatus.CLOSED, "Zamknięty");

    private static final Map<StepStatus, String> STEP_STATUS = Map.of(
            StepStatus.PLANNED, "Zaplanowane",
            StepStatus.IN_PROGRESS, "W trakcie",
            StepStatus.DONE, "Zrealizowane",
            StepStatus.STANDBY, "Wstrzymane",
            StepStatus.ABANDONED, "Przerwane",
            StepStatus.CANCELLED, "Anulowane");

    private static final Map<OutcomeKind, String> OUTCOME = Map.of(
            OutcomeKind.JOB_TAKEN, "Podjęcie pracy",
            OutcomeKind.TRAINING_COMPLETED, "Ukończenie szkolenia",
            OutcomeKind.LEFT_PROGRAMME, "Rezygnacja z udziału",
            OutcomeKind.MOVED_TO_CIS, "Przejście do CIS",
            OutcomeKind.MOVED_TO_KIS, "Przejście do KIS",
            OutcomeKind.SOCIAL_COOPERATIVE_JOINED, "Przystąpienie do spółdzielni socjalnej",
            OutcomeKind.OTHER, "Inny rezultat");

    private static final Map<LegalBasis, String> LEGAL_BASIS = Map.of(
            LegalBasis.CONSENT_ART_6_1_A, "Zgoda osoby (art. 6 ust. 1 lit. a RODO)",
            LegalBasis.LEGAL_OBLIGATION_ART_6_1_C, "Obowiązek prawny (art. 6 ust. 1 lit. c RODO)",
            LegalBasis.PUBLIC_TASK_ART_6_1_E, "Zadanie publiczne (art. 6 ust. 1 lit. e RODO)",
            LegalBasis.EXPLICIT_CONSENT_ART_9_2_A, "Wyraźna zgoda na dane szczególne (art. 9 ust. 2 lit. a RODO)",
            LegalBasis.SOCIAL_PROTECTION_ART_9_2_B, "Zabezpieczenie i ochrona socjalna (art. 9 ust. 2 lit. b RODO)",
            LegalBasis.SOCIAL_CARE_ART_9_2_H, "Opieka socjalna (art. 9 ust. 2 lit. h RODO)");

    private static final Map<Referral.Status, String> REFERRAL_STATUS = Map.of(
            Referral.Status.SENT, "Wysłane, czeka na odpowiedź",
            Referral.Status.ACCEPTED, "Przyjęte",
            Referral.Status.REJECTED, "Odrzucone",
            Referral.Status.DONE, "Zrealizowane",
            Referral.Status.WITHDRAWN, "Wycofane");

    private static final Map<ClientSensitive.DisabilityLevel, String> DISABILITY = Map.of(
            ClientSensitive.DisabilityLevel.NONE, "brak",
            ClientSensitive.DisabilityLevel.LIGHT, "lekki",
            ClientSensitive.DisabilityLevel.MODERATE, "umiarkowany",
            ClientSensitive.DisabilityLevel.SEVERE, "znaczny");

    private static final Map<String, String> ACTION = Map.of(
            "READ", "odczyt danych",
            "LIST", "wyświetlenie na liście",
            "CREATE", "zapis nowych danych",
            "UPDATE", "zmiana danych",
            "TRANSITION", "zmiana statusu",
            "WITHDRAW", "wycofanie podstawy udostępnienia",
            "EXPORT", "wydanie kopii danych",
            "ANONYMISE", "anonimizacja");

    private PolishLabels() {
    }

    static String plan(PlanStatus s) {
        return PLAN_STATUS.get(s);
    }

    static String step(StepStatus s) {
        return STEP_STATUS.get(s);
    }

    static String outcome(OutcomeKind k) {
        return OUTCOME.get(k);
    }

    static String basis(LegalBasis b) {
        return LEGAL_BASIS.get(b);
    }

    static String referral(Referral.Status s) {
        return REFERRAL_STATUS.get(s);
    }

    static String disability(ClientSensitive.DisabilityLevel d) {
        return d == null ? "nie podano" : DISABILITY.get(d);
    }

    static String action(String code) {
        return ACTION.getOrDefault(code, code);
    }

    static String yesNo(Boolean value) {
        return value == null ? "nie podano" : value ? "tak" : "nie";
    }

    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    /** "01.03.2026 – 31.12.2026", or an open end. */
    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "—";
        }
        return date(from) + " – " + (to == null ? "bez daty końcowej" : date(to));
    }

    static String institution(InstitutionRef ref) {
        return ref.name() + " (" + ref.type().name() + ")";
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
