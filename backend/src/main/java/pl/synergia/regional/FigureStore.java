package pl.synergia.regional;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.regional.MlwStage.Counted;
import pl.synergia.shared.figures.PartnershipFigures.PactFigure;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;

/** The regional context's own tables: what the refresh writes and reads besides the read models. */
@ApplicationScoped
public class FigureStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final java.util.Comparator<ValueRow> STORAGE_ORDER = java.util.Comparator.comparing(ValueRow::indicator)
            .thenComparing(ValueRow::period).thenComparing(r -> r.unit().length()).thenComparing(ValueRow::key)
            .thenComparing(ValueRow::unit);

    @Inject
    EntityManager em;

    /** The TERYT tree and the latest population of each unit (shared reference data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Territory territory() {
        List<String> gminas = em.createQuery("select g.teryt from Gmina g", String.class).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (teryt) teryt, population from territory_population "
                + "order by teryt, year desc").getResultList();
        Map<String, Long> population = new HashMap<>();
        rows.forEach(r -> population.put((String) r[0], ((Number) r[1]).longValue()));
        return new Territory(gminas, population);
    }

    /** Rewrites regional_unit from the TERYT dictionary: names and their place in Polish order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnits() {
        em.createNativeQuery("delete from regional_unit").executeUpdate();
        em.createNativeQuery("insert into regional_unit (teryt, level, name, powiat_name, name_order) "
                + "select code, 'VOIVODESHIP', name, null, row_number() over (order by name collate \"pl-x-icu\", code) from voivodeship "
                + "union all "
                + "select code, 'POWIAT', name, null, row_number() over (order by name collate \"pl-x-icu\", code) from powiat "
                + "union all "
                + "select g.teryt, 'GMINA', g.name, p.name, "
                + "row_number() over (order by g.name collate \"pl-x-icu\", p.name collate \"pl-x-icu\", g.teryt) "
                + "from gmina g join powiat p on p.code = g.powiat_code").executeUpdate();
    }

    /** Years with imported need figures. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Integer> needYears() {
        @SuppressWarnings("unchecked")
        List<Number> years = em.createNativeQuery("select distinct year from need_figure").getResultList();
        return years.stream().map(Number::intValue).toList();
    }

    /** A year's need figures: gmina → figure → value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Map<String, Long>> need(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select gmina_teryt, figure, value from need_figure where year = ?1")
                .setParameter(1, year).getResultList();
        Map<String, Map<String, Long>> need = new HashMap<>();
        rows.forEach(r -> need.computeIfAbsent((String) r[0], g -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue()));
        return need;
    }

    /**
     * Replaces every value of a year (its months and the year) and marks its periods computed, in
     * the caller's transaction, under the lock that keeps two instances from writing at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceYear(int year, List<ValueRow> rows, LocalDate today, Instant computedAt) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('synergia.regional-refresh'))").getSingleResult();
        em.createNativeQuery("delete from indicator_value where year = ?1").setParameter(1, year).executeUpdate();
        // in the order a list reads them: the values of one indicator and period stand together on disk
        rows.sort(STORAGE_ORDER);
        copy(year, rows, computedAt);
        em.createNativeQuery("delete from regional_period where year = ?1").setParameter(1, year).executeUpdate();
        List<String> periods = new java.util.ArrayList<>(Periods.daysOf(year, today).stream()
                .map(d -> Periods.month(d.getYear(), d.getMonthValue())).toList());
        periods.add(Integer.toString(year));
        for (String period : periods) {
            em.createNativeQuery("insert into regional_period (period, year, as_of, computed_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, period).setParameter(2, year).setParameter(3, Periods.asOf(period, today))
                    .setParameter(4, computedAt).executeUpdate();
        }
    }

    /** COPY: the rows of a national year go in by the hundred thousand, streamed as CSV (never one large string). */
    private void copy(int year, List<ValueRow> rows, Instant computedAt) {
        em.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy indicator_value (indicator_code, period, level, "
                        + "breakdown, unit_teryt, year, value, numerator, denominator, suppressed, computed_at) from stdin "
                        + "with (format csv)", new CsvRows(year, rows, computedAt.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The rows as CSV lines, made one at a time as COPY reads them. */
    private static final class CsvRows extends Reader {
        private final Iterator<ValueRow> rows;
        private final String year;
        private final String computedAt;
        private String line = "";
        private int position;

        CsvRows(int year, List<ValueRow> rows, String computedAt) {
            this.rows = rows.iterator();
            this.year = Integer.toString(year);
            this.computedAt = computedAt;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int copied = 0;
            while (copied < length) {
                if (position == line.length()) {
                    if (!rows.hasNext()) {
                        return copied == 0 ? -1 : copied;
                    }
                    line = line(rows.next());
                    position = 0;
                }
                int n = Math.min(length - copied, line.length() - position);
                line.getChars(position, position + n, buffer, offset + copied);
                position += n;
                copied += n;
            }
            return copied;
        }

        private String line(ValueRow r) {
            return r.indicator() + ',' + r.period() + ',' + Indicator.Level.ofCode(r.unit()).name() + ",\""
                    + r.key().replace("\"", "\"\"") + "\"," + r.unit() + ',' + year + ',' + plain(r.value()) + ','
                    + plain(r.numerator()) + ',' + plain(r.denominator()) + ',' + r.suppressed() + ',' + computedAt + '\n';
        }

        private static String plain(java.math.BigDecimal value) {
            return value == null ? "" : value.toPlainString();
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /** Replaces the list of MLW gminas with where each stands today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceMlwGminas(List<PactFigure> pacts, Map<UUID, InstitutionType> types, LocalDate today, Instant computedAt) {
        em.createNativeQuery("delete from mlw_gmina").executeUpdate();
        Map<String, List<PactFigure>> byGmina = pacts.stream().collect(Collectors.groupingBy(PactFigure::gminaTeryt));
        for (Map.Entry<String, List<PactFigure>> gmina : byGmina.entrySet()) {
            Optional<Counted> counted = MlwStage.countedOn(gmina.getValue(), today, PolishTime.ZONE);
            if (counted.isEmpty()) {
                continue;
            }
            PactFigure p = counted.get().pact();
            MlwStage.Stage stage = counted.get().stage();
            Map<String, Integer> bySector = new TreeMap<>();
            if (stage != MlwStage.Stage.DISSOLVED) {
                p.signatories().stream().filter(s -> MlwStage.partyOn(s, today))
                        .forEach(s -> bySector.merge(MlwStage.sector(s, types), 1, Integer::sum));
            }
            em.createNativeQuery("insert into mlw_gmina (gmina_teryt, stage, stage_since, partnership_id, stakeholders, "
                    + "zsl_established_on, zsl_members, variant_code, variant_status, signatories, signatories_by_sector, computed_at) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb), ?12)")
                    .unwrap(NativeQuery.class)
                    .setParameter(1, gmina.getKey()).setParameter(2, stage.name())
                    .setParameter(3, since(p, stage), LocalDate.class)
                    .setParameter(4, stage == MlwStage.Stage.ACTIVE ? p.partnershipId() : null, UUID.class)
                    .setParameter(5, p.stakeholders())
                    .setParameter(6, p.zslEstablishedOn(), LocalDate.class)
                    .setParameter(7, p.zslMembers())
                    .setParameter(8, p.variantCode(), String.class)
                    .setParameter(9, p.variantStatus(), String.class)
                    .setParameter(10, bySector.values().stream().mapToInt(Integer::intValue).sum())
                    .setParameter(11, json(bySector))
                    .setParameter(12, computedAt)
                    .executeUpdate();
        }
    }

    private static LocalDate since(PactFigure p, MlwStage.Stage stage) {
        Instant at = switch (stage) {
            case ACTIVE -> p.activatedAt();
            case DISSOLVED -> p.dissolvedAt();
            case DRAFT, CONSULTATION -> p.statusSince();
        };
        return at == null ? null : at.atZone(PolishTime.ZONE).toLocalDate();
    }

    private static String json(Map<String, Integer> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
