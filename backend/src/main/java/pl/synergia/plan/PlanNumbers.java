package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.institution.InstitutionType;

/**
 * Plan numbers a person can say and write down: the lead institution's type, the year and a
 * counter per institution and year ("OPS-2026/0042"). The counter is one row per institution and
 * year, taken with an upsert, so two plans created at once never get the same number.
 */
@ApplicationScoped
public class PlanNumbers {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The next number of the institution's plans this year (Warsaw time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(UUID institution, InstitutionType type) {
        int year = LocalDate.now(clock).getYear();
        Number value = (Number) em.createNativeQuery("""
                INSERT INTO plan_number_counter (institution_id, year, last_value) VALUES (:institution, :year, 1)
                ON CONFLICT (institution_id, year) DO UPDATE SET last_value = plan_number_counter.last_value + 1
                RETURNING last_value""")
                .setParameter("institution", institution)
                .setParameter("year", year)
                .getSingleResult();
        return format(type, year, value.intValue());
    }

    /** "OPS-2026/0042": the prefix of the type, the year, the counter with at least four digits. */
    static String format(InstitutionType type, int year, int value) {
        return prefix(type) + "-" + year + "/" + String.format("%04d", value);
    }

    /** A short prefix: the type's acronym, or a short form for the types without one. */
    static String prefix(InstitutionType type) {
        return switch (type) {
            case SPOLDZIELNIA -> "SPS";
            case EMPLOYMENT_AGENCY -> "AZ";
            case FAMILY_CLUB -> "KDR";
            default -> type.name();
        };
    }

    /** The number as part of a file name ("OPS-2026-0042"). */
    static String forFileName(String number) {
        return number.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
