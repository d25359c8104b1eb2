package pl.synergia.shared.body;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.pdf.PdfRenderer;

/**
 * The minutes of a meeting of a working body as a Polish PDF (template {@code pdf/body-minutes.html}):
 * date, place, who kept them, the agenda, the attendance list with a signature line per person,
 * the course of the meeting and the decisions.
 */
@ApplicationScoped
public class MinutesDocument {

    /** How the document names the body: "Zespołu Synergii Lokalnej", short "ZSL"; and what it belongs to. */
    public record Body(String nameGenitive, String shortName, String title, String contextLabel, String delegatedByHeading,
            String fileNamePrefix) {
    }

    /** A person present: name, function in the body, who delegated them. */
    public record Attendee(String name, String role, String delegatedBy) {
    }

    /** What a meeting recorded. */
    public record Meeting(LocalDate heldOn, String place, String agenda, String minutes, List<String> decisions,
            String recordedBy, Instant recordedAt) {
    }

    /** A rendered document. */
    public record Pdf(String fileName, byte[] content) {
    }

    @Inject
    PdfRenderer renderer;

    @Inject
    Clock clock;

    /**
     * @param memberCount members serving on the day of the meeting
     */
    public Pdf render(Body body, Meeting meeting, List<Attendee> attendance, long memberCount) {
        Map<String, Object> data = new HashMap<>();
        data.put("bodyName", body.nameGenitive());
        data.put("bodyShort", body.shortName());
        data.put("title", body.title());
        data.put("contextLabel", body.contextLabel());
        data.put("delegatedByHeading", body.delegatedByHeading());
        data.put("heldOn", meeting.heldOn());
        data.put("place", meeting.place());
        data.put("recordedBy", meeting.recordedBy());
        data.put("recordedAt", meeting.recordedAt());
        data.put("agenda", lines(meeting.agenda()));
        data.put("attendance", attendance);
        data.put("memberCount", memberCount);
        data.put("minutes", meeting.minutes() == null ? List.of() : lines(meeting.minutes()));
        data.put("decisions", List.copyOf(meeting.decisions()));
        data.put("generatedAt", clock.instant());
        return new Pdf(body.fileNamePrefix() + "-" + meeting.heldOn() + ".pdf", renderer.render("body-minutes", data));
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
