package pl.synergia.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.synergia.testsupport.PdfText;

/** Plain unit test: the renderer needs no container. */
class PdfRendererTest {

    record Person(String name, LocalDate born) {
    }

    record Step(String title, String service, String planned, String actual, String status, String needs) {
    }

    /** A step row as the plan's signature document prints it. */
    private static final List<Step> STEPS = List.of(
            new Step("Kontrakt socjalny z OPS", "Praca socjalna", "08.12.2026 – 06.02.2027", "—", "W trakcie", "—"),
            new Step("Zajęcia reintegracyjne w Centrum Integracji Społecznej", "Reintegracja zawodowa",
                    "15.12.2026 – 30.06.2027", "15.12.2026 –", "Zaplanowany", "Niepełnosprawność, mieszkanie"));

    private final PdfRenderer renderer = new PdfRenderer();

    private Map<String, Object> data(String title, List<String> items) {
        return Map.of("title", title,
                "person", new Person("Zażółć Gęśląjaźń", LocalDate.of(1987, 3, 9)),
                "generatedAt", Instant.parse("2026-11-23T15:30:00Z"),
                "items", items);
    }

    @Test
    void polishLettersAreRealTextInAnEmbeddedFont() {
        PdfText pdf = PdfText.of(renderer.render("test-sample", data("Plan działania — próba",
                List.of("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż", "„cudzysłów” – półpauza"))));

        assertTrue(pdf.flat().contains("Osoba: Zażółć Gęśląjaźń, urodzona 09.03.1987"), pdf.text());
        assertTrue(pdf.flat().contains("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"), pdf.text());
        assertTrue(pdf.flat().contains("„cudzysłów” – półpauza"), pdf.text());
        // Instant in Polish time (CET in November: UTC+1)
        assertTrue(pdf.flat().contains("Wygenerowano 23.11.2026 16:30"), pdf.text());
        assertTrue(pdf.flat().contains("Strona 1 z 1"), pdf.text());
        assertEquals("Plan działania — próba", pdf.title());
        assertEquals("pl", pdf.language());
        assertFalse(pdf.fonts().isEmpty());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("DejaVuSans")), pdf.fonts().toString());
    }

    @Test
    void valuesAreEscapedNotInterpretedAsMarkup() {
        PdfText pdf = PdfText.of(renderer.render("test-sample",
                data("<b>tytuł</b> & co", List.of("<script>alert(1)</script>", "a < b && c > d"))));

        assertTrue(pdf.flat().contains("<script>alert(1)</script>"), pdf.text());
        assertTrue(pdf.flat().contains("a < b && c > d"), pdf.text());
        assertEquals("<b>tytuł</b> & co", pdf.title());
    }

    @Test
    void longContentFlowsOverPagesWithNumbers() {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            items.add("Krok " + i + ": spotkanie z doradcą zawodowym w Łodzi");
        }
        PdfText pdf = PdfText.of(renderer.render("test-sample", data("Długi dokument", items)));

        assertTrue(pdf.pages() > 1, "pages: " + pdf.pages());
        assertTrue(pdf.flat().contains("Krok 150: spotkanie z doradcą zawodowym w Łodzi"));
        assertTrue(pdf.flat().contains("Strona " + pdf.pages() + " z " + pdf.pages()), pdf.text());
    }

    @Test
    void aMissingTemplateOrValueIsAnErrorNotAnEmptyDocument() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render("no-such-template", Map.of()));
        assertThrows(RuntimeException.class, () -> renderer.render("test-sample", Map.of("title", "x")));
    }

    @Test
    void tableCellsNeverBreakAWordInTheMiddle() {
        // narrow columns (the data-subject export's 12 %, a six-column plan table) and long Polish words
        List<String> items = List.of("Kontrakt socjalny z OPS", "Niepełnosprawność", "08.12.2026 – 06.02.2027",
                "W trakcie", "Przeciwdziałanie wykluczeniu społecznemu", "Centrum Integracji Społecznej w Wieliszewie");
        PdfText pdf = PdfText.of(renderer.render("test-table", Map.of("title", "Tabela", "items", items, "steps", STEPS)));

        String words = pdf.flat();
        for (String header : List.of("Dane szczególne", "Realizacja", "Termin planowany", "Potrzeby", "Zapisał(a)")) {
            assertTrue(words.contains(header), "the header \"" + header + "\" is broken: " + pdf.text());
        }
        for (String word : List.of("Niepełnosprawność", "Przeciwdziałanie", "wykluczeniu", "społecznemu", "Wieliszewie",
                "reintegracyjne", "Zaplanowany", "mieszkanie")) {
            assertTrue(words.contains(word), "\"" + word + "\" is broken: " + pdf.text());
        }
    }

    @Test
    void aLongRunWithoutSpacesGetsPlacesToWrapAndStaysReadable() {
        String url = "https://bip.legionowo.example.pl/ogloszenia/2026/program-integracji-spolecznej";
        String marked = BreakableText.breakable("Zob. " + url + " oraz zwykłe słowa");
        assertTrue(marked.startsWith("Zob. https://bip.legionow\u200Bo.example"), marked);
        assertEquals("Zob. " + url + " oraz zwykłe słowa", marked.replace("\u200B", ""));
        assertEquals("Niepełnosprawność i przeciwdziałanie", BreakableText.breakable("Niepełnosprawność i przeciwdziałanie"));

        PdfText pdf = PdfText.of(renderer.render("test-table", Map.of("title", "Adres", "items", List.of(url), "steps", STEPS)));
        assertTrue(pdf.text().replaceAll("[\\s\u200B]", "").contains(url), pdf.text());
    }
}
