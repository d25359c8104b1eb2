package pl.synergia.regional;

import static pl.synergia.shared.persistence.NativeValues.day;
import static pl.synergia.shared.persistence.NativeValues.instant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.regional.Indicator.Level;

/**
 * The reads of every request: the precomputed tables only (indicator_value, regional_period,
 * mlw_gmina) and the TERYT dictionary for names. Never a read model, never a plan.
 */
@ApplicationScoped
public class FigureQueries {

    /** A computed period: the day it describes and when it was computed. */
    public record PeriodInfo(String period, LocalDate asOf, Instant computedAt) {
    }

    /** How a list of values is ordered. */
    public enum ValueSort {
        NAME("name"), VALUE("value"), UNIT("unit");

        final String param;

        ValueSort(String param) {
            this.param = param;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    public Optional<PeriodInfo> period(String period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select period, as_of, computed_at from regional_period where period = ?1")
                .setParameter(1, period).getResultList();
        return rows.stream().findFirst().map(FigureQueries::periodInfo);
    }

    /** The latest computed month (or year, when {@code years}). */
    public Optional<PeriodInfo> latest(boolean years) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select period, as_of, computed_at from regional_period "
                + "where length(period) = ?1 order by period desc limit 1").setParameter(1, years ? 4 : 7).getResultList();
        return rows.stream().findFirst().map(FigureQueries::periodInfo);
    }

    /** Computed periods of one kind (months or years) from {@code from} to {@code to}, oldest first. */
    public List<PeriodInfo> periods(boolean years, String from, String to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select period, as_of, computed_at from regional_period "
                + "where length(period) = ?1 and period >= ?2 and period <= ?3 order by period")
                .setParameter(1, years ? 4 : 7).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(FigureQueries::periodInfo).toList();
    }

    private static PeriodInfo periodInfo(Object[] r) {
        return new PeriodInfo((String) r[0], day(r[1]), instant(r[2]));
    }

    /** One page of a list of values and how many units the list has. */
    public record ValueList(List<UnitValue> items, long total) {
    }

    /**
     * Units of a level within a TERYT prefix, with the value of one indicator, breakdown part and
     * period; all of them when {@code limit} is null. One query: the units are regional_unit
     * (names and their Polish order precomputed), the count comes with the page.
     */
    public ValueList values(Indicator indicator, Level level, String prefix, String period, String breakdown, ValueSort sort,
            boolean descending, Integer offset, Integer limit) {
        Query query = em.createNativeQuery("select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, "
                + "coalesce(v.suppressed, false) as hidden, " + shown(indicator) + " as shown, count(*) over () as total "
                + "from regional_unit u left join indicator_value v on v.indicator_code = :indicator and v.period = :period "
                + "and v.level = :level and v.breakdown = :breakdown and v.unit_teryt = u.teryt "
                + "where u.level = :level and u.teryt like :prefix "
                + "order by " + orderBy(sort, descending) + (limit == null ? "" : " offset :offset limit :limit"))
                .setParameter("indicator", indicator.code()).setParameter("period", period).setParameter("level", level.name())
                .setParameter("breakdown", breakdown).setParameter("prefix", prefix + "%");
        if (limit != null) {
            query.setParameter("offset", offset).setParameter("limit", limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<UnitValue> values = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            boolean hidden = (Boolean) r[6];
            values.add(new UnitValue((String) r[0], level, (String) r[1], (String) r[2], number(r[7]),
                    hidden ? null : number(r[4]), hidden ? null : number(r[5]), hidden));
        }
        long total = rows.isEmpty() ? countUnits(level, prefix) : ((Number) rows.get(0)[8]).longValue();
        return new ValueList(values, total);
    }

    /** Units of a level within a TERYT prefix (for a page beyond the last one). */
    public long countUnits(Level level, String prefix) {
        return ((Number) em.createNativeQuery("select count(*) from regional_unit where level = :level and teryt like :prefix")
                .setParameter("level", level.name()).setParameter("prefix", prefix + "%").getSingleResult()).longValue();
    }

    /** The value shown: hidden → null; missing → 0 for a count (its period was computed), else null. */
    private static String shown(Indicator indicator) {
        return "case when v.suppressed then null else coalesce(v.value" + (indicator.missingMeansZero() ? ", 0" : "") + ") end";
    }

    private static String orderBy(ValueSort sort, boolean descending) {
        String direction = descending ? " desc" : " asc";
        return switch (sort) {
            case NAME -> "u.name_order" + direction;
            case UNIT -> "u.teryt" + direction;
            // hidden and unknown values last, whichever the direction
            case VALUE -> "shown" + direction + " nulls last, u.name_order";
        };
    }

    /** A unit's values of every indicator (totals) for a period: indicator code → row. */
    public Map<String, UnitValue> unitValues(String unit, String period, Map<String, Indicator> indicators) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select indicator_code, value, numerator, denominator, suppressed "
                + "from indicator_value where unit_teryt = ?1 and period = ?2 and breakdown = ''")
                .setParameter(1, unit).setParameter(2, period).getResultList();
        Map<String, UnitValue> values = new java.util.HashMap<>();
        Level level = Level.ofCode(unit);
        for (Object[] r : rows) {
            if (indicators.containsKey((String) r[0])) {
                values.put((String) r[0], new UnitValue(unit, level, "", null, number(r[1]), number(r[2]),
                        number(r[3]), (Boolean) r[4]));
            }
        }
        return values;
    }

    /** Stored values of one indicator and unit, breakdown part → period → value; for series and breakdowns. */
    public List<Object[]> stored(Indicator indicator, String unit, List<String> periods, String breakdown) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select period, breakdown, value, suppressed from indicator_value "
                + "where indicator_code = ?1 and unit_teryt = ?2 and period = any(cast(?3 as varchar[]))"
                + (breakdown == null ? "" : " and breakdown = ?4"))
                .setParameter(1, indicator.code()).setParameter(2, unit)
                .setParameter(3, "{" + String.join(",", periods) + "}");
        if (breakdown != null) {
            query.setParameter(4, breakdown);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> r[2] = number(r[2]));
        return rows;
    }

    private static final String MLW_COLUMNS = "select m.gmina_teryt, g.name, p.name as powiat_name, m.stage, m.stage_since, "
            + "m.partnership_id, m.stakeholders, m.zsl_established_on, m.zsl_members, m.variant_code, m.variant_status, "
            + "m.signatories, cast(m.signatories_by_sector as varchar) ";
    private static final String MLW_FROM = "from mlw_gmina m join gmina g on g.teryt = m.gmina_teryt "
            + "join powiat p on p.code = g.powiat_code where m.gmina_teryt like :prefix and (:stage = '' or m.stage = :stage) ";

    /** Gminas in the MLW within a TERYT prefix, optionally of one stage, by name. */
    public List<MlwGmina> mlwGminas(String prefix, String stage, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MLW_COLUMNS + MLW_FROM
                + "order by g.name, p.name collate \"pl-x-icu\", m.gmina_teryt offset :offset limit :limit")
                .setParameter("prefix", prefix + "%").setParameter("stage", stage == null ? "" : stage)
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(FigureQueries::mlw).toList();
    }

    public long countMlwGminas(String prefix, String stage) {
        return ((Number) em.createNativeQuery("select count(*) " + MLW_FROM).setParameter("prefix", prefix + "%")
                .setParameter("stage", stage == null ? "" : stage).getSingleResult()).longValue();
    }

    public Optional<MlwGmina> mlwGmina(String teryt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MLW_COLUMNS + MLW_FROM).setParameter("prefix", teryt)
                .setParameter("stage", "").getResultList();
        return rows.stream().findFirst().map(FigureQueries::mlw);
    }

    /** When the MLW list was last written (null before the first refresh, or when no gmina has a Pakt). */
    public Instant mlwComputedAt() {
        return instant(em.createNativeQuery("select max(computed_at) from mlw_gmina").getSingleResult());
    }

    private static MlwGmina mlw(Object[] r) {
        Map<String, Integer> bySector;
        try {
            bySector = JSON.readValue((String) r[12], new TypeReference<java.util.TreeMap<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new MlwGmina((String) r[0], (String) r[1], (String) r[2], MlwStage.Stage.valueOf((String) r[3]), day(r[4]),
                (java.util.UUID) r[5], ((Number) r[6]).intValue(), day(r[7]), ((Number) r[8]).intValue(), (String) r[9],
                (String) r[10], ((Number) r[11]).intValue(), bySector);
    }

    /** Values (totals) of some indicators for every voivodeship: voivodeship → indicator → value (hidden ones left out). */
    public Map<String, Map<String, BigDecimal>> voivodeshipValues(String period, List<String> indicators) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select unit_teryt, indicator_code, value from indicator_value "
                + "where indicator_code = any(cast(:codes as varchar[])) and period = :period and level = 'VOIVODESHIP' "
                + "and breakdown = '' and not suppressed")
                .setParameter("codes", "{" + String.join(",", indicators) + "}").setParameter("period", period).getResultList();
        Map<String, Map<String, BigDecimal>> values = new java.util.TreeMap<>();
        rows.forEach(r -> values.computeIfAbsent((String) r[0], v -> new java.util.HashMap<>()).put((String) r[1], number(r[2])));
        return values;
    }

    /** The voivodeships: code → name. */
    public Map<String, String> voivodeships() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        em.createQuery("select v.code, v.name from Voivodeship v order by v.code", Object[].class).getResultStream()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    /** Name of a unit (voivodeship, powiat or gmina) and, for a gmina, its powiat's. */
    public Optional<String[]> unitName(String unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, powiat_name from regional_unit where teryt = ?1")
                .setParameter(1, unit).getResultList();
        return rows.stream().findFirst().map(r -> new String[] { (String) r[0], (String) r[1] });
    }

    /** A stored number as the API shows it: a whole number without decimals (a count), else as stored (12.50). */
    static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = (BigDecimal) value;
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0 ? number.setScale(0) : number;
    }
}
