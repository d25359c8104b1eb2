package pl.synergia.shared.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every foreign key of the schema has an index whose leading columns are the key's columns (in any
 * order), not partial: a read that follows the key (a plan's goals, a client's referrals) or a
 * delete of the referenced row (the anonymisation, a retention run) then finds the referencing rows
 * by the index instead of scanning the table (issue #14: plan reads scanned plan_goal and
 * plan_outcome at a million plans). Read from pg_constraint and pg_index after Flyway, so a key a
 * later migration adds without its index fails here.
 */
@QuarkusTest
class ForeignKeyIndexTest {

    @Inject
    EntityManager em;

    @Test
    void everyForeignKeyHasAnIndexOnItsColumns() {
        @SuppressWarnings("unchecked")
        List<String> missing = em.createNativeQuery("""
                select c.conrelid::regclass::text || '(' || (
                         select string_agg(a.attname, ', ' order by k.ord)
                         from unnest(c.conkey) with ordinality k(attnum, ord)
                         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) || ') -> '
                       || c.confrelid::regclass::text || ' [' || c.conname || ']'
                from pg_constraint c
                where c.contype = 'f'
                  and c.connamespace = 'public'::regnamespace
                  and c.conparentid = 0
                  and not exists (
                      select 1 from pg_index i
                      cross join lateral (select string_to_array(i.indkey::text, ' ')::int2[] as cols) k
                      where i.indrelid = c.conrelid
                        and i.indpred is null
                        and i.indnkeyatts >= cardinality(c.conkey)
                        and trim_array(k.cols, cardinality(k.cols) - cardinality(c.conkey)) @> c.conkey
                        and trim_array(k.cols, cardinality(k.cols) - cardinality(c.conkey)) <@ c.conkey)
                order by 1
                """).getResultList();
        assertEquals(List.of(), missing, "foreign keys without an index on their columns (add one in a migration)");
    }
}
