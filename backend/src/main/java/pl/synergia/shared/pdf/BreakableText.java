package pl.synergia.shared.pdf;

import java.util.List;

import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;
import io.quarkus.qute.Variant;

/**
 * Escapes a value for the PDF's HTML and gives an over-long run of characters without a space (a
 * URL, an e-mail address, a reference typed without spaces) a place to wrap: a zero-width space
 * every {@value #STEP} characters of a run longer than {@value #LONGEST}. Tables then never need
 * {@code word-wrap: break-word}, which made the PDF library break ordinary words ("Realizacj a",
 * "Dane szc zególne") in narrow columns.
 */
final class BreakableText implements ResultMapper {

    static final int LONGEST = 30;
    static final int STEP = 20;
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private static final java.util.regex.Pattern LONG_RUN = java.util.regex.Pattern.compile("[^\\s\u200B]{" + (LONGEST + 1) + ",}");

    private final HtmlEscaper escaper = new HtmlEscaper(List.of(Variant.TEXT_HTML));

    @Override
    public boolean appliesTo(Origin origin, Object result) {
        return escaper.appliesTo(origin, result);
    }

    @Override
    public String map(Object result, Expression expression) {
        return escaper.map(breakable(result.toString()), expression);
    }

    /** The text with a zero-width space every {@link #STEP} characters of each run longer than {@link #LONGEST}. */
    static String breakable(String text) {
        java.util.regex.Matcher run = LONG_RUN.matcher(text);
        if (!run.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int at = 0;
        do {
            out.append(text, at, run.start());
            String token = run.group();
            for (int i = 0; i < token.length(); i += STEP) {
                if (i > 0) {
                    out.append(ZERO_WIDTH_SPACE);
                }
                out.append(token, i, Math.min(token.length(), i + STEP));
            }
            at = run.end();
        } while (run.find());
        return out.append(text, at, text.length()).toString();
    }
}
