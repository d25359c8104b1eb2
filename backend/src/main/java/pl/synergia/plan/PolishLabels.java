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

    private static final Map<String, String> ACTION = Map.ofEntries(
            Map.entry("READ", "odczyt danych"),
            Map.entry("LIST", "wyświetlenie na liście"),
            Map.entry("CREATE", "zapis nowych danych"),
            Map.entry("UPDATE", "zmiana danych"),
            Map.entry("TRANSITION", "zmiana statusu"),
            Map.entry("WITHDRAW", "wycofanie podstawy udostępnienia"),
            Map.entry("EXPORT", "wydanie kopii danych"),
            Map.entry("ANONYMISE", "anonimizacja"),
            Map.entry("HAND_OVER", "przekazanie sprawy"),
            Map.entry("SEARCH", "wyszukanie osoby przez inspektora ochrony danych"),
            Map.entry("ERASE", "usunięcie danych na żądanie"));

    private static final Map<DiagnosisArea, String> AREA = Map.of(
            DiagnosisArea.PROFESSIONAL_SITUATION, "Sytuacja zawodowa",
            DiagnosisArea.EDUCATION_AND_SKILLS, "Wykształcenie i umiejętności",
            DiagnosisArea.HEALTH, "Zdrowie",
            DiagnosisArea.HOUSING, "Mieszkanie",
            DiagnosisArea.FAMILY, "Rodzina",
            DiagnosisArea.FINANCES, "Finanse",
            DiagnosisArea.MOBILITY, "Mobilność",
            DiagnosisArea.DIGITAL, "Kompetencje cyfrowe");

    private static final Map<Assessment, String> ASSESSMENT = Map.of(
            Assessment.STRENGTH, "zasób",
            Assessment.NEED, "potrzeba",
            Assessment.NOT_EXPLORED, "nie zbadano");

    private static final Map<String, String> CLIENT_FIELD = Map.ofEntries(Map.entry("firstName", "Imię"),
            Map.entry("lastName", "Nazwisko"), Map.entry("pesel", "PESEL"), Map.entry("birthDate", "Data urodzenia"),
            Map.entry("phone", "Telefon"), Map.entry("email", "E-mail"), Map.entry("gminaTeryt", "Gmina (TERYT)"),
            Map.entry("sensitive.disabilityLevel", "Niepełnosprawność"), Map.entry("sensitive.addiction", "Uzależnienie"),
            Map.entry("sensitive.homeless", "Bezdomność"), Map.entry("sensitive.socialAssistanceSince", "Pomoc społeczna od"),
            Map.entry("sensitive.notes", "Uwagi (dane szczególnej kategorii)"));

    private static final Map<FollowUp.Checkpoint, String> CHECKPOINT = Map.of(
            FollowUp.Checkpoint.EXIT, "Przy zakończeniu",
            FollowUp.Checkpoint.MONTHS_3, "3 miesiące po zakończeniu",
            FollowUp.Checkpoint.MONTHS_6, "6 miesięcy po zakończeniu");

    private static final Map<FollowUp.Status, String> FOLLOW_UP = Map.of(
            FollowUp.Status.EMPLOYED, "pracuje",
            FollowUp.Status.IN_TRAINING, "uczy się lub szkoli",
            FollowUp.Status.UNEMPLOYED, "bez pracy",
            FollowUp.Status.UNKNOWN, "brak informacji");

    private static final Map<EmploymentRegime, String> REGIME = Map.of(
            EmploymentRegime.EMPLOYMENT_ACT_2004, "ustawa z 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy",
            EmploymentRegime.LABOUR_MARKET_ACT_2025, "ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia");

    private PolishLabels() {
    }

    static String area(DiagnosisArea a) {
        return AREA.get(a);
    }

    static String checkpoint(FollowUp.Checkpoint c) {
        return CHECKPOINT.get(c);
    }

    /** One changed field of a rectification: "Nazwisko: Kowalska → Nowak"; a special-category field only "zmieniono". */
    static String clientChange(ClientChangeResponse.Field f) {
        String label = CLIENT_FIELD.getOrDefault(f.field(), f.field());
        return f.specialCategory() ? label + ": zmieniono (wartości nie są zapisywane)" : label + ": " + text(f.oldValue()) + " → " + text(f.newValue());
    }

    static String followUp(FollowUp.Status s) {
        return FOLLOW_UP.get(s);
    }

    /** The act the plan runs under, with why when an earlier agreement keeps the 2004 act. */
    static String regime(PlanResponse.Regime r) {
        return REGIME.get(r.code()) + (r.agreementSignedOn() == null ? ""
                : " (umowa zawarta " + date(r.agreementSignedOn()) + ", przed 1 czerwca 2025 r.)");
    }

    /** A diagnosis for print: who made it and when, how long it is valid, each area; withheld areas say so. */
    static ExportDocument.DiagnosisSection diagnosis(PlanResponse.Diagnosis d) {
        return new ExportDocument.DiagnosisSection("Diagnoza z " + date(d.madeOn()) + ", ważna do " + date(d.validUntil()) + " — "
                + d.madeBy() + ", " + d.institution().name(), text(d.summary()),
                d.areas().stream().map(a -> new ExportDocument.AreaRow(AREA.get(a.area()),
                        a.withheld() ? "dane szczególnej kategorii — niedostępne dla tej instytucji" : ASSESSMENT.get(a.assessment()),
                        text(a.notes()))).toList());
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
