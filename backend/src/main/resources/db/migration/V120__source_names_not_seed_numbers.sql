-- Issue #16: no "seed 00x" in what a person reads. The reference data cite the project's source
-- documents by their file numbers ("seed 002"); a caseworker knows them by publisher and title.
-- Every text column of the reference tables (catalogue, cooperative models, organisational
-- variants, partnership templates) gets the names instead. No table with personal data is touched.
DO $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        WHERE c.table_schema = current_schema()
          AND c.table_name IN ('legal_regime', 'institution_type', 'target_group', 'eligibility_criterion', 'service',
                               'cooperative_model', 'organisational_variant', 'partnership_template',
                               'partnership_template_section')
          AND c.data_type IN ('text', 'character varying')
          AND c.is_generated = 'NEVER'
    LOOP
        EXECUTE format(
            'UPDATE %1$I SET %2$I = '
            || 'regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(%2$I, '
            || '''seeds 000 (and|/) 001'', ''materiały WRZOS „Modelowy system na rzecz integracji społecznej”'', ''g''), '
            || '''seed 00[01]'', ''materiały WRZOS „Modelowy system na rzecz integracji społecznej”'', ''g''), '
            || '''seed 002'', ''FISE, „Charakterystyka instytucji wsparcia” (zał. 1)'', ''g''), '
            || '''seed 003'', ''CRZL, „W sieci dobrych połączeń” (spółdzielczość socjalna)'', ''g''), '
            || '''seed 004'', ''„Kompleksowe formy reintegracji społeczno-zawodowej w środowisku lokalnym” (MLW i RPW, 2014)'', ''g'') '
            || 'WHERE %2$I ~ ''seeds? 00[0-4]''',
            col.table_name, col.column_name);
    END LOOP;
END $$;
