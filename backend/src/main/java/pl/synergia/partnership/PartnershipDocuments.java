package pl.synergia.partnership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import pl.synergia.shared.body.MinutesDocument;
import pl.synergia.shared.pdf.PdfRenderer;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.territory.GminaRef;

/**
 * PDF documents of a partnership: the agreement (its text and, as the annex, the list of
 * signatories with representative, date joined and a signature line) and the minutes of a ZSL
 * meeting with its attendance list. Templates: {@code pdf/partnership-agreement.html} and, through
 * {@link MinutesDocument}, {@code pdf/body-minutes.html}.
 */
@ApplicationScoped
public class PartnershipDocuments {

    public static final String PDF = "application/pdf";

    public record Pdf(String fileName, byte[] content) {
    }

    /** One section of the text, split into lines (paragraphs and list items). */
    public record SectionView(String number, String heading, List<String> lines) {
    }

    public record SignatoryView(String name, String function, String representative, String representativeFunction,
            LocalDate joinedOn) {
    }

    public record WithdrawnView(String name, LocalDate joinedOn, LocalDate withdrawnOn, String reason) {
    }

    @Inject
    PdfRenderer renderer;

    @Inject
    Clock clock;

    @Inject
    PartnershipRepository repository;

    @Inject
    PartnershipViews views;

    @Inject
    ZslService zsl;

    @Inject
    MinutesDocument minutesDocument;

    /** The agreement in the given version; by default the signed one if there is one, else the newest. */
    @Transactional
    public Pdf agreement(UUID partnershipId, Integer versionNumber) {
        Partnership p = repository.require(partnershipId);
        PartnershipVersion v = (versionNumber != null ? repository.version(p.id, versionNumber)
                : repository.signedVersion(p.id).or(() -> repository.latestVersion(p.id)))
                .orElseThrow(() -> ProblemException.notFound("This partnership has no version " + versionNumber + "."));
        PartnershipTemplate template = repository.template(p.templateCode);
        GminaRef gmina = views.gmina(p.gminaTeryt);

        List<SignatoryView> signatories = new ArrayList<>();
        List<WithdrawnView> withdrawn = new ArrayList<>();
        for (Signatory s : repository.signatories(p.id)) {
            if (s.status == SignatoryStatus.JOINED) {
                signatories.add(new SignatoryView(views.displayName(s), s.privatePerson() ? s.personFunction : null,
                        s.representativeName, s.representativeFunction, s.joinedOn));
            } else if (s.status == SignatoryStatus.WITHDRAWN) {
                withdrawn.add(new WithdrawnView(views.displayName(s), s.joinedOn, s.withdrawnOn, s.withdrawalReason));
            }
        }
        signatories.sort(java.util.Comparator.comparing(SignatoryView::joinedOn).thenComparing(SignatoryView::name));

        Map<String, Object> data = new HashMap<>();
        data.put("documentTitle", template.title);
        data.put("subtitle", template.subtitle);
        data.put("title", p.title);
        data.put("gminaLabel", "Gmina " + gmina.name() + " (" + gmina.type() + "), powiat " + gmina.powiatName() + ", województwo "
                + gmina.voivodeshipName() + " · TERYT " + gmina.teryt());
        data.put("versionLabel", v.signed ? "Wersja " + v.number + ", podpisana " + PdfDates.date(v.signedAt)
                : "Wersja " + v.number + (PartnershipMapper.isAmendment(p, v) ? " – projekt zmiany (niepodpisana)" : " – projekt (niepodpisana)"));
        data.put("statusLabel", statusLabel(p));
        data.put("footerLabel", (p.kind == PartnershipKind.PACT ? "Pakt" : "Porozumienie") + ", wersja " + v.number);
        data.put("sections", v.sections.stream().map(s -> new SectionView(s.number, s.heading, lines(s.body))).toList());
        data.put("annexTitle", template.annexTitle);
        data.put("signatories", signatories);
        data.put("withdrawn", withdrawn);
        data.put("dissolution", p.status == PartnershipStatus.DISSOLVED ? p.dissolutionReason : null);
        data.put("dissolvedAt", p.dissolvedAt);
        data.put("generatedAt", clock.instant());
        String kind = p.kind == PartnershipKind.PACT ? "pakt" : "porozumienie";
        return new Pdf(kind + "-" + p.id.toString().substring(0, 8) + "-wersja-" + v.number + ".pdf",
                renderer.render("partnership-agreement", data));
    }

    /** The minutes of a ZSL meeting with the attendance list (the working bodies' minutes document). */
    @Transactional
    public Pdf minutes(UUID partnershipId, UUID meetingId) {
        Partnership p = repository.require(partnershipId);
        ZslMeeting meeting = zsl.findMeeting(p, meetingId, false);
        Map<UUID, ZslMember> members = zsl.members(p);
        GminaRef gmina = views.gmina(p.gminaTeryt);
        List<MinutesDocument.Attendee> attendance = members.values().stream().filter(m -> meeting.attendance.contains(m.id))
                .map(m -> new MinutesDocument.Attendee(m.personName, ZslService.rolePl(m.role),
                        views.displayName(repository.signatory(p.id, m.signatoryId).orElseThrow())))
                .toList();
        MinutesDocument.Body body = new MinutesDocument.Body("Zespołu Synergii Lokalnej", "ZSL", p.title,
                "Gmina " + gmina.name() + ", powiat " + gmina.powiatName(), "Oddelegowany(-a) przez", "protokol-zsl");
        MinutesDocument.Pdf pdf = minutesDocument.render(body, new MinutesDocument.Meeting(meeting.heldOn, meeting.place,
                meeting.agenda, meeting.minutes, meeting.decisions, meeting.recordedBy, meeting.recordedAt), attendance,
                members.values().stream().filter(m -> m.activeOn(meeting.heldOn)).count());
        return new Pdf(pdf.fileName(), pdf.content());
    }

    private static String statusLabel(Partnership p) {
        return switch (p.status) {
            case DRAFT -> "projekt";
            case CONSULTATION -> "w konsultacjach";
            case ACTIVE -> "obowiązuje od " + PdfDates.date(p.activatedAt) + ", na czas nieokreślony";
            case DISSOLVED -> "rozwiązane " + PdfDates.date(p.dissolvedAt);
        };
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static Response response(Pdf pdf) {
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** Dates in labels built in Java, in the same form the templates print them. */
    static final class PdfDates {
        private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

        private PdfDates() {
        }

        static String date(Instant instant) {
            return DATE.format(instant.atZone(PolishTime.ZONE));
        }
    }
}
