package pl.synergia.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader gets out of a generated PDF: its text as PDFBox extracts it (so a test proves the
 * Polish letters are real text, not glyphs that only look right), page count, title, language and fonts.
 */
public record PdfText(String text, int pages, String title, String language, Set<String> fonts) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                }
            }
            // without the zero-width spaces that give long runs a place to wrap (BreakableText): a reader's
            // search finds the words whole
            String text = new PDFTextStripper().getText(document).replace("\u200B", "");
            return new PdfText(text, document.getNumberOfPages(), document.getDocumentInformation().getTitle(),
                    document.getDocumentCatalog().getLanguage(), fonts);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    /** The text with line breaks folded to spaces, for assertions on phrases that may wrap. */
    public String flat() {
        return text.replaceAll("\\s+", " ");
    }
}
