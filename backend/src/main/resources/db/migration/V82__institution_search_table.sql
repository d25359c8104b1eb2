-- The directory search reads a maintained search table (issue #14, ADR 0036): one row per
-- institution with the columns a result row shows, the names of its gmina and powiat, the folded
-- text its words are matched against (name, address, gmina, powiat), that text's words as a
-- tsvector (word-start matching: "lodz" finds "Łódź", "legionowo" the gmina's entries) and the
-- codes of its active offerings (the service and target-group filters). Kept by triggers on
-- institution, offering and gmina in the same transaction as the change, so a search never sees
-- a state the directory did not have.
CREATE TABLE institution_search (
    institution_id     UUID         PRIMARY KEY REFERENCES institution (id) ON DELETE CASCADE,
    type               VARCHAR(32)  NOT NULL,
    stakeholder_role   VARCHAR(16)  NOT NULL,
    name               VARCHAR(300) COLLATE "pl-x-icu" NOT NULL,
    city               VARCHAR(128),
    gmina_teryt        VARCHAR(7)   NOT NULL,
    gmina_name         VARCHAR(128) COLLATE "pl-x-icu" NOT NULL,
    status_kind        VARCHAR(32),
    status_valid_from  DATE,
    status_valid_to    DATE,
    active             BOOLEAN      NOT NULL,
    -- ' ' || folded name: a word starts where a non-alphanumeric character precedes it
    name_text          TEXT         NOT NULL,
    -- ' ' || folded name, street, postal code, city, gmina and powiat
    search_text        TEXT         NOT NULL,
    words              TSVECTOR     NOT NULL,
    service_codes      VARCHAR(64)[] NOT NULL
);

-- what the search shows unless includeInactive=true: active entries
CREATE INDEX institution_search_words_idx ON institution_search USING gin (words) WHERE active;
CREATE INDEX institution_search_trgm_idx ON institution_search USING gin (search_text gin_trgm_ops) WHERE active;
CREATE INDEX institution_search_services_idx ON institution_search USING gin (service_codes) WHERE active;
CREATE INDEX institution_search_name_idx ON institution_search (name, institution_id) WHERE active;
CREATE INDEX institution_search_type_name_idx ON institution_search (type, name, institution_id) WHERE active;
CREATE INDEX institution_search_gmina_name_idx ON institution_search (gmina_name, name, institution_id) WHERE active;
CREATE INDEX institution_search_teryt_idx ON institution_search (gmina_teryt varchar_pattern_ops, name, institution_id) WHERE active;

-- The rows of these institutions, written again from the directory's tables (one id from the
-- triggers, every id after a bulk load: bench/generate.sql).
CREATE FUNCTION institution_search_refresh(institutions UUID[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO institution_search AS s (institution_id, type, stakeholder_role, name, city, gmina_teryt, gmina_name,
            status_kind, status_valid_from, status_valid_to, active, name_text, search_text, words, service_codes)
    SELECT i.id, i.type, i.stakeholder_role, i.name, i.city, i.gmina_teryt, g.name, i.status_kind, i.status_valid_from,
           i.status_valid_to, i.active, ' ' || synergia_fold(i.name), t.text, strip(to_tsvector('simple', t.text)),
           coalesce(o.codes, '{}')
    FROM institution i
    JOIN gmina g ON g.teryt = i.gmina_teryt
    JOIN powiat p ON p.code = g.powiat_code
    CROSS JOIN LATERAL (SELECT ' ' || synergia_fold(concat_ws(' ', i.name, i.street, i.postal_code, i.city, g.name, p.name))
                        AS text) t
    LEFT JOIN (SELECT o.institution_id, array_agg(DISTINCT o.service_code ORDER BY o.service_code) AS codes FROM offering o
               WHERE o.institution_id = ANY (institutions) AND o.status = 'ACTIVE' GROUP BY o.institution_id) o
           ON o.institution_id = i.id
    WHERE i.id = ANY (institutions)
    ON CONFLICT (institution_id) DO UPDATE SET type = excluded.type, stakeholder_role = excluded.stakeholder_role,
        name = excluded.name, city = excluded.city, gmina_teryt = excluded.gmina_teryt, gmina_name = excluded.gmina_name,
        status_kind = excluded.status_kind, status_valid_from = excluded.status_valid_from,
        status_valid_to = excluded.status_valid_to, active = excluded.active, name_text = excluded.name_text,
        search_text = excluded.search_text, words = excluded.words, service_codes = excluded.service_codes;
$$;

CREATE FUNCTION institution_search_on_institution() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM institution_search_refresh(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;
CREATE TRIGGER institution_search_sync AFTER INSERT OR UPDATE ON institution
    FOR EACH ROW EXECUTE FUNCTION institution_search_on_institution();

CREATE FUNCTION institution_search_on_offering() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM institution_search_refresh(ARRAY[OLD.institution_id]);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.institution_id <> OLD.institution_id) THEN
        PERFORM institution_search_refresh(ARRAY[NEW.institution_id]);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER institution_search_sync AFTER INSERT OR UPDATE OR DELETE ON offering
    FOR EACH ROW EXECUTE FUNCTION institution_search_on_offering();

-- the TERYT register is immutable in practice; a renamed gmina or powiat still reaches its entries
CREATE FUNCTION institution_search_on_gmina() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM institution_search_refresh(ARRAY(SELECT i.id FROM institution i WHERE i.gmina_teryt = NEW.teryt));
    RETURN NULL;
END;
$$;
CREATE TRIGGER institution_search_sync AFTER UPDATE OF name, powiat_code ON gmina
    FOR EACH ROW EXECUTE FUNCTION institution_search_on_gmina();

CREATE FUNCTION institution_search_on_powiat() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM institution_search_refresh(ARRAY(SELECT i.id FROM institution i JOIN gmina g ON g.teryt = i.gmina_teryt
                                             WHERE g.powiat_code = NEW.code));
    RETURN NULL;
END;
$$;
CREATE TRIGGER institution_search_sync AFTER UPDATE OF name ON powiat
    FOR EACH ROW EXECUTE FUNCTION institution_search_on_powiat();

-- the entries already there
SELECT institution_search_refresh(ARRAY(SELECT id FROM institution));
ANALYZE institution_search;
