package pl.synergia.shared.importjob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import pl.synergia.shared.csv.CsvCells;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;

/**
 * An uploaded CSV file split into rows, each with the line of the file it starts on. Problems
 * with the file as a whole (encoding, CSV syntax, header) are thrown as problems at once, so the
 * user hears about them before a job is even queued; row problems are the job's.
 */
public final class CsvImportFile {

    /** The columns a kind of file has: every header it may carry, and those it must. */
    public record Layout(String description, List<String> headers, List<String> required) {
    }

    /** One data row: the cells of the known columns (as the user meant them) by header, and the line it starts on. */
    public record Row(int line, Map<String, String> cells, int cellCount) {
        public String get(String header) {
            return cells.get(header);
        }
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? ?(\\d+)", Pattern.CASE_INSENSITIVE);

    private final List<Row> rows;
    private final int headerCount;

    private CsvImportFile(List<Row> rows, int headerCount) {
        this.rows = rows;
        this.headerCount = headerCount;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Cells in the header row; a data row with another count is a row error. */
    public int headerCount() {
        return headerCount;
    }

    public static CsvImportFile parse(byte[] bytes, Layout layout) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == CsvCells.BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw empty();
        }
        char delimiter = delimiterOf(text);
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        String[] columns = null;
        int headerCount = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record, layout);
                    headerCount = record.size();
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < Math.min(record.size(), columns.length); c++) {
                    cells.put(columns[c], CsvCells.unprotect(record.get(c)));
                }
                rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), cells, record.size()));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw notCsv(e.getMessage());
        }
        return new CsvImportFile(rows, headerCount);
    }

    /** 422: a file without a header row and data rows. */
    public static ProblemException empty() {
        return new ProblemException(422, ProblemType.UNPROCESSABLE, "Invalid import file",
                "The file is empty.", List.of(new FieldError("file", "required", "must have a header row and data rows")));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, ProblemType.MALFORMED_BODY, "Malformed import file",
                    "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and send it again.",
                    List.of(new FieldError("file", "not-utf-8", "must be UTF-8 encoded")));
        }
    }

    /** Polish spreadsheets save CSV with semicolons; the header row tells which one the file uses. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long commas = first.chars().filter(ch -> ch == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String[] header(CSVRecord record, Layout layout) {
        List<FieldError> errors = new ArrayList<>();
        String[] columns = new String[record.size()];
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < record.size(); c++) {
            String name = record.get(c).strip().toLowerCase(Locale.ROOT);
            if (!layout.headers().contains(name)) {
                errors.add(new FieldError(name.isEmpty() ? "column " + (c + 1) : name, "unknown-column",
                        "is not a column of the " + layout.description() + "; expected some of " + String.join(", ", layout.headers())));
            } else if (!seen.add(name)) {
                errors.add(new FieldError(name, "duplicate", "appears more than once in the header row"));
            } else {
                columns[c] = name;
            }
        }
        for (String required : layout.required()) {
            if (!seen.contains(required)) {
                errors.add(new FieldError(required, "missing-column", "is a required column of the header row"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, ProblemType.UNPROCESSABLE, "Invalid import file",
                    "The header row (line 1) does not match the " + layout.description() + " format; nothing was imported.", errors);
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        return Arrays.stream(record.values()).allMatch(v -> v == null || v.isBlank());
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static ProblemException notCsv(String message) {
        Matcher line = LINE_IN_MESSAGE.matcher(message == null ? "" : message);
        String where = line.find() ? " near line " + line.group(1) : "";
        return new ProblemException(400, ProblemType.MALFORMED_BODY, "Malformed import file",
                "The file is not valid CSV" + where + " (check the quotes).",
                List.of(new FieldError("file", "not-csv", "is not valid CSV" + where)));
    }
}
