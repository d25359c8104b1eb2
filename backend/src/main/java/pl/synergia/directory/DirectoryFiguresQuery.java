package pl.synergia.directory;

import static pl.synergia.shared.persistence.NativeValues.day;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.shared.figures.DirectoryFigures;
import pl.synergia.shared.institution.InstitutionType;

/** The directory's published read model for the regional figures: counts per gmina, over its own tables. */
@ApplicationScoped
public class DirectoryFiguresQuery implements DirectoryFigures {

    /** Types whose entity exists in law only while its official status of this kind is valid. */
    static final Map<InstitutionType, OfficialStatusKind> STATUS_OF_TYPE = Map.of(
            InstitutionType.CIS, OfficialStatusKind.CIS_STATUS,
            InstitutionType.KIS, OfficialStatusKind.KIS_REGISTER,
            InstitutionType.WTZ, OfficialStatusKind.WTZ_APPROVAL,
            InstitutionType.ZAZ, OfficialStatusKind.ZAZ_STATUS,
            InstitutionType.OWES, OfficialStatusKind.OWES_ACCREDITATION);

    @Inject
    EntityManager em;

    @Override
    public List<SupplyFigure> supply(Set<InstitutionType> types, Collection<LocalDate> days) {
        if (types.isEmpty() || days.isEmpty()) {
            return List.of();
        }
        String statusOfType = STATUS_OF_TYPE.entrySet().stream()
                .map(e -> "when '" + e.getKey().name() + "' then '" + e.getValue().name() + "'")
                .collect(Collectors.joining(" ", "case i.type ", " end"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.day, i.gmina_teryt, i.type, i.cooperative_profile, "
                + "count(*), coalesce(sum(i.places), 0) "
                + "from institution i cross join unnest(cast(?1 as date[])) as d(day) "
                + "where i.active and i.type = any(cast(?2 as varchar[])) and ("
                + "  (" + statusOfType + ") is null and cast(i.created_at at time zone 'Europe/Warsaw' as date) <= d.day"
                + "  or i.status_kind = (" + statusOfType + ")"
                + "     and (i.status_valid_from is null or i.status_valid_from <= d.day)"
                + "     and (i.status_valid_to is null or i.status_valid_to >= d.day)) "
                + "group by d.day, i.gmina_teryt, i.type, i.cooperative_profile")
                .setParameter(1, array(days.stream().map(LocalDate::toString).toList()))
                .setParameter(2, array(types.stream().map(Enum::name).toList()))
                .getResultList();
        return rows.stream().map(r -> new SupplyFigure(day(r[0]), (String) r[1],
                InstitutionType.valueOf((String) r[2]), (String) r[3], ((Number) r[4]).intValue(),
                ((Number) r[5]).longValue())).toList();
    }

    @Override
    public Map<UUID, InstitutionType> types() {
        Map<UUID, InstitutionType> types = new HashMap<>();
        em.createQuery("select i.id, i.type from Institution i", Object[].class).getResultStream()
                .forEach(r -> types.put((UUID) r[0], (InstitutionType) r[1]));
        return types;
    }

    /** A PostgreSQL array literal of plain values (dates, enum names: no quoting needed). */
    static String array(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }
}
