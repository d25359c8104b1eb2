package pl.synergia.directory;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.synergia.shared.csv.CsvCells;
import pl.synergia.shared.web.SortField.Sort;

/**
 * Writes the directory as CSV. The matching ids are taken once, then the entries are loaded and
 * written a batch at a time, so a national directory streams without being held in memory.
 */
@ApplicationScoped
public class DirectoryExportService {

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";


    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private static final int BATCH = 500;

    @Inject
    InstitutionRepository repository;

    @Inject
    InstitutionSearch searchTable;

    public StreamingOutput csv(InstitutionFilter filter, Sort<InstitutionSort> sort) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> searchTable.ids(filter, sort));
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(CsvCells.BOM);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(InstitutionCsv.headers());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                List<List<String>> rows = QuarkusTransaction.requiringNew().call(() -> repository
                        .findAllWithTerritory(batch).stream().map(InstitutionCsv::row).toList());
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            printer.flush();
            writer.flush();
        };
    }
}
