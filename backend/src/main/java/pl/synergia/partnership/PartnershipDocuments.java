package pl.synergia.partnership;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** PDF documents of a partnership: the agreement with its annex of signatories, and ZSL minutes. */
@ApplicationScoped
public class PartnershipDocuments {

    public static final String PDF = "application/pdf";

    public record Pdf(String fileName, byte[] content) {
    }

    public Pdf agreement(UUID partnershipId, Integer versionNumber) {
        throw new UnsupportedOperationException();
    }

    public Pdf minutes(UUID partnershipId, UUID meetingId) {
        throw new UnsupportedOperationException();
    }

    static Response response(Pdf pdf) {
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
    }
}
