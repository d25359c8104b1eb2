-- Directory search by institution type (issue #3, found by the benchmark, docs/benchmark.md):
-- type=SPOLDZIELNIA, type=OPS, ... sorted by name. Without an index on (type, name) PostgreSQL
-- walks the whole name index in order and skips the other types; names of one type share their
-- first words ("Spółdzielnia Socjalna …", "Centrum Integracji Społecznej …"), so the rows it
-- wants sit together far down the index (type=SPOLDZIELNIA: every entry named before "Spółdzielnia" is skipped for the
-- first page: 57,676). With this index a one-type page is read in order directly, and the count of a
-- type filter is answered from the index alone (id is in it). Partial on active entries, which
-- is what the search shows unless includeInactive=true.
CREATE INDEX institution_active_type_name_idx ON institution (type, name, id) WHERE active;
