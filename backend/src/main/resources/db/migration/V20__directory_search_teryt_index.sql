-- Directory search by territory (issue #3, found by the benchmark, docs/benchmark.md): the TERYT
-- prefix filter (voivodeship "14", powiat "1408", gmina "1408011") is matched on
-- institution.gmina_teryt. Before, it was matched on the joined gmina, so PostgreSQL read every
-- institution to find those of a voivodeship, for the page and again for its count.
--
-- varchar_pattern_ops: LIKE '14%' becomes a btree range whatever the database collation (the
-- production default is not "C"); it serves equality too. Partial on active entries, which is
-- what the search shows unless includeInactive=true. INCLUDE (id): the count query of a page,
-- count(i.id), is answered from the index alone.
CREATE INDEX institution_active_gmina_prefix_idx ON institution (gmina_teryt varchar_pattern_ops) INCLUDE (id)
    WHERE active;
