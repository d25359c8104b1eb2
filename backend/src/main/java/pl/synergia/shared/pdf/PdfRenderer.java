package pl.synergia.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.Variant;
import pl.synergia.shared.time.PolishTime;

/**
 * Renders the documents people sign or keep (plan for signature, data-subject export, pact, minutes):
 * a classpath template {@code pdf/<name>.html} (well-formed XHTML, Qute syntax, every value HTML-escaped)
 * becomes a tagged PDF (PDF/UA structure) with DejaVu Sans embedded, so Polish diacritics come out as
 * real text that can be searched, copied and read aloud.
 *
 * <p>Dates: {@code {someLocalDate.pl}} prints {@code 23.11.2026}; {@code {someInstant.pl}} and
 * {@code {someOffsetDateTime.pl}} print {@code 23.11.2026 16:30} in Europe/Warsaw time.
 * Templates may share a layout with {@code {#include pdf/layout}...{/include}}.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String TEMPLATE_ROOT = "pdf/";

    private final Engine engine;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] italic = font("DejaVuSans-Oblique.ttf");

    static {
        // openhtmltopdf logs every rendering step at INFO on its own loggers; keep warnings only
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    public PdfRenderer() {
        engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addValueResolver(dateResolver())
                .addResultMapper(new BreakableText())
                .addLocator(PdfRenderer::locate)
                .removeStandaloneLines(true)
                .strictRendering(true)
                .build();
    }

    /**
     * Renders {@code pdf/<name>.html} with {@code data} into PDF bytes.
     *
     * @throws IllegalArgumentException if there is no such template
     */
    public byte[] render(String name, Map<String, Object> data) {
        Template template = templates.computeIfAbsent(name, this::load);
        return toPdf(template.data(data).render());
    }

    /** Renders a template to XHTML only (for tests and debugging of templates). */
    public String renderXhtml(String name, Map<String, Object> data) {
        return templates.computeIfAbsent(name, this::load).data(data).render();
    }

    private Template load(String name) {
        Template template = engine.getTemplate(TEMPLATE_ROOT + name);
        if (template == null) {
            throw new IllegalArgumentException("No PDF template " + name);
        }
        return template;
    }

    byte[] toPdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(italic), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    private static Optional<TemplateLocation> locate(String id) {
        String path = id.endsWith(".html") ? id : id + ".html";
        if (PdfRenderer.class.getClassLoader().getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
            }
        });
    }

    private static ValueResolver dateResolver() {
        return ValueResolver.builder()
                .appliesTo(ctx -> "pl".equals(ctx.getName()) && (ctx.getBase() instanceof LocalDate
                        || ctx.getBase() instanceof Instant || ctx.getBase() instanceof OffsetDateTime))
                .resolveSync(ctx -> {
                    Object base = ctx.getBase();
                    if (base instanceof LocalDate d) {
                        return DATE.format(d);
                    }
                    if (base instanceof Instant i) {
                        return DATE_TIME.format(i.atZone(PolishTime.ZONE));
                    }
                    return DATE_TIME.format(((OffsetDateTime) base).atZoneSameInstant(PolishTime.ZONE));
                })
                .build();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
