-- map-gminas-cis-kis-places (weight 10): GET /api/v1/regional/values?indicator=CIS_KIS_PLACES_PER_10K&level=GMINA&size=500
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
SELECT c.oid, a.attnum, a.attname, c.relname, n.nspname, a.attnotnull OR (t.typtype = 'd' AND t.typnotnull), a.attidentity != '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE '%nextval(%' FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON (c.relnamespace = n.oid) JOIN pg_catalog.pg_attribute a ON (c.oid = a.attrelid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) LEFT JOIN pg_catalog.pg_attrdef d ON (d.adrelid = a.attrelid AND d.adnum = a.attnum) JOIN (SELECT 17612 AS oid , 1 AS attnum UNION ALL SELECT 17612, 3 UNION ALL SELECT 17612, 4) vals ON (c.oid = vals.oid AND a.attnum = vals.attnum) where c.oid in (17612);
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by u.name_order asc offset $7 limit $8;
--   parameters: CIS_KIS_PLACES_PER_10K | 2026-12 | GMINA |  | GMINA | 14% | 0 | 500
SELECT c.oid, a.attnum, a.attname, c.relname, n.nspname, a.attnotnull OR (t.typtype = 'd' AND t.typnotnull), a.attidentity != '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE '%nextval(%' FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON (c.relnamespace = n.oid) JOIN pg_catalog.pg_attribute a ON (c.oid = a.attrelid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) LEFT JOIN pg_catalog.pg_attrdef d ON (d.adrelid = a.attrelid AND d.adnum = a.attnum) JOIN (SELECT 17744 AS oid , 1 AS attnum UNION ALL SELECT 17744, 3 UNION ALL SELECT 17744, 4 UNION ALL SELECT 17590, 7 UNION ALL SELECT 17590, 8 UNION ALL SELECT 17590, 9) vals ON (c.oid = vals.oid AND a.attnum = vals.attnum) where c.oid in (17590,17744);
;
;

-- map-gminas-people (weight 6): GET /api/v1/regional/values?indicator=PEOPLE_ACTIVE_PLAN_PER_10K&level=GMINA&size=500
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by u.name_order asc offset $7 limit $8;
--   parameters: PEOPLE_ACTIVE_PLAN_PER_10K | 2026-12 | GMINA |  | GMINA | 14% | 0 | 500

-- map-gminas-white-spots (weight 3): GET /api/v1/regional/values?indicator=GMINAS_WITHOUT_CIS_KIS_IN_POWIAT&level=GMINA&size=500
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by u.name_order asc offset $7 limit $8;
--   parameters: GMINAS_WITHOUT_CIS_KIS_IN_POWIAT | 2026-12 | GMINA |  | GMINA | 14% | 0 | 500

-- powiats-referrals (weight 5): GET /api/v1/regional/values?indicator=REFERRALS_SENT&level=POWIAT&size=100&sort=-value
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by shown desc nulls last, u.name_order offset $7 limit $8;
--   parameters: REFERRALS_SENT | 2026-12 | POWIAT |  | POWIAT | 14% | 0 | 100

-- powiats-mlw (weight 3): GET /api/v1/regional/values?indicator=MLW_ACTIVE_SHARE&level=POWIAT&size=100&sort=-value
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by shown desc nulls last, u.name_order offset $7 limit $8;
--   parameters: MLW_ACTIVE_SHARE | 2026-12 | POWIAT |  | POWIAT | 14% | 0 | 100

-- gminas-of-legionowski (weight 4): GET /api/v1/regional/values?indicator=STEPS_STARTED&level=GMINA&unit=1408&size=100
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 1408
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by u.name_order asc offset $7 limit $8;
--   parameters: STEPS_STARTED | 2026-12 | GMINA |  | GMINA | 1408% | 0 | 100

-- profile-legionowo (weight 5): GET /api/v1/regional/gminas/1408011/profile
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 1408011
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select indicator_code, value, numerator, denominator, suppressed from indicator_value where unit_teryt = $1 and period = $2 and breakdown = '';
--   parameters: 1408011 | 2026-12
SELECT c.oid, a.attnum, a.attname, c.relname, n.nspname, a.attnotnull OR (t.typtype = 'd' AND t.typnotnull), a.attidentity != '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE '%nextval(%' FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON (c.relnamespace = n.oid) JOIN pg_catalog.pg_attribute a ON (c.oid = a.attrelid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) LEFT JOIN pg_catalog.pg_attrdef d ON (d.adrelid = a.attrelid AND d.adnum = a.attnum) JOIN (SELECT 17590 AS oid , 1 AS attnum UNION ALL SELECT 17590, 10) vals ON (c.oid = vals.oid AND a.attnum = vals.attnum) where c.oid in (17590);
select indicator_code, value, numerator, denominator, suppressed from indicator_value where unit_teryt = $1 and period = $2 and breakdown = '';
--   parameters: 1408011 | 2026
select indicator_code, value, numerator, denominator, suppressed from indicator_value where unit_teryt = $1 and period = $2 and breakdown = '';
--   parameters: 1408 | 2026-12
select indicator_code, value, numerator, denominator, suppressed from indicator_value where unit_teryt = $1 and period = $2 and breakdown = '';
--   parameters: 1408 | 2026
select indicator_code, value, numerator, denominator, suppressed from indicator_value where unit_teryt = $1 and period = $2 and breakdown = '';
--   parameters: 14 | 2026-12
select indicator_code, value, numerator, denominator, suppressed from indicator_value where unit_teryt = $1 and period = $2 and breakdown = '';
--   parameters: 14 | 2026
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 1408
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 14
select m.gmina_teryt, g.name, p.name as powiat_name, m.stage, m.stage_since, m.partnership_id, m.stakeholders, m.zsl_established_on, m.zsl_members, m.variant_code, m.variant_status, m.signatories, cast(m.signatories_by_sector as varchar) from mlw_gmina m join gmina g on g.teryt = m.gmina_teryt join powiat p on p.code = g.powiat_code where m.gmina_teryt like $1 and ($2 = '' or m.stage = $3);
--   parameters: 1408011 |  | 
SELECT c.oid, a.attnum, a.attname, c.relname, n.nspname, a.attnotnull OR (t.typtype = 'd' AND t.typnotnull), a.attidentity != '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE '%nextval(%' FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON (c.relnamespace = n.oid) JOIN pg_catalog.pg_attribute a ON (c.oid = a.attrelid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) LEFT JOIN pg_catalog.pg_attrdef d ON (d.adrelid = a.attrelid AND d.adnum = a.attnum) JOIN (SELECT 17623 AS oid , 1 AS attnum UNION ALL SELECT 16426, 2 UNION ALL SELECT 16410, 2 UNION ALL SELECT 17623, 2 UNION ALL SELECT 17623, 3 UNION ALL SELECT 17623, 4 UNION ALL SELECT 17623, 5 UNION ALL SELECT 17623, 6 UNION ALL SELECT 17623, 7 UNION ALL SELECT 17623, 8 UNION ALL SELECT 17623, 9 UNION ALL SELECT 17623, 10) vals ON (c.oid = vals.oid AND a.attnum = vals.attnum) where c.oid in (16410,16426,17623);

-- series-people-voivodeship (weight 4): GET /api/v1/regional/series?indicator=PEOPLE_ACTIVE_PLAN&unit=14
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 14
select period, as_of, computed_at from regional_period where length(period) = $1 and period >= $2 and period <= $3 order by period;
--   parameters: 7 | 0000 | 9999-99
select period, breakdown, value, suppressed from indicator_value where indicator_code = $1 and unit_teryt = $2 and period = any(cast($3 as varchar[])) and breakdown = $4;
--   parameters: PEOPLE_ACTIVE_PLAN | 14 | {2024-01,2024-02,2024-03,2024-04,2024-05,2024-06,2024-07,2024-08,2024-09,2024-10,2024-11,2024-12,2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11,2026-12} | 
SELECT c.oid, a.attnum, a.attname, c.relname, n.nspname, a.attnotnull OR (t.typtype = 'd' AND t.typnotnull), a.attidentity != '' OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE '%nextval(%' FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON (c.relnamespace = n.oid) JOIN pg_catalog.pg_attribute a ON (c.oid = a.attrelid) JOIN pg_catalog.pg_type t ON (a.atttypid = t.oid) LEFT JOIN pg_catalog.pg_attrdef d ON (d.adrelid = a.attrelid AND d.adnum = a.attnum) JOIN (SELECT 17590 AS oid , 2 AS attnum UNION ALL SELECT 17590, 4) vals ON (c.oid = vals.oid AND a.attnum = vals.attnum) where c.oid in (17590);

-- breakdown-steps-voivodeship (weight 3): GET /api/v1/regional/breakdown?indicator=STEPS_STARTED&unit=14
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 14
select period, breakdown, value, suppressed from indicator_value where indicator_code = $1 and unit_teryt = $2 and period = any(cast($3 as varchar[]));
--   parameters: STEPS_STARTED | 14 | {2026-12}

-- breakdown-referrals-powiat (weight 2): GET /api/v1/regional/breakdown?indicator=REFERRALS_SENT&unit=1408
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select name, powiat_name from regional_unit where teryt = $1;
--   parameters: 1408
select period, breakdown, value, suppressed from indicator_value where indicator_code = $1 and unit_teryt = $2 and period = any(cast($3 as varchar[]));
--   parameters: REFERRALS_SENT | 1408 | {2026-12}

-- mlw-gminas (weight 2): GET /api/v1/regional/mlw-gminas?size=50
select i1_0.id,i1_0.active,i1_0.city,i1_0.cooperation_areas,i1_0.cooperative_profile,i1_0.created_at,i1_0.email,i1_0.external_id,i1_0.gmina_teryt,i1_0.krs,i1_0.legal_basis,i1_0.legal_form,i1_0.name,i1_0.nip,i1_0.operator_id,i1_0.operator_name,i1_0.phone,i1_0.places,i1_0.postal_code,i1_0.register_entry,i1_0.regon,i1_0.search_text,i1_0.stakeholder_role,i1_0.status_granted_by,i1_0.status_kind,i1_0.status_valid_from,i1_0.status_valid_to,i1_0.statutory_tasks,i1_0.street,i1_0.type,i1_0.updated_at,i1_0.version,i1_0.website from institution i1_0 where i1_0.id=$1;
--   parameters: ea79cbce-b5f2-5ab3-94ea-65741d58ce94
select g1_0.teryt,g1_0.name,g1_0.powiat_code,g1_0.type from gmina g1_0 where g1_0.teryt=$1;
--   parameters: 1465011
select p1_0.code,p1_0.name,p1_0.type,p1_0.voivodeship_code from powiat p1_0 where p1_0.code=$1;
--   parameters: 1465
select v1_0.code,v1_0.name from voivodeship v1_0 where v1_0.code=$1;
--   parameters: 14
select count(*) from mlw_gmina m join gmina g on g.teryt = m.gmina_teryt join powiat p on p.code = g.powiat_code where m.gmina_teryt like $1 and ($2 = '' or m.stage = $3);
--   parameters: 14% |  | 
select max(computed_at) from mlw_gmina;
select m.gmina_teryt, g.name, p.name as powiat_name, m.stage, m.stage_since, m.partnership_id, m.stakeholders, m.zsl_established_on, m.zsl_members, m.variant_code, m.variant_status, m.signatories, cast(m.signatories_by_sector as varchar) from mlw_gmina m join gmina g on g.teryt = m.gmina_teryt join powiat p on p.code = g.powiat_code where m.gmina_teryt like $1 and ($2 = '' or m.stage = $3) order by g.name, p.name collate "pl-x-icu", m.gmina_teryt offset $4 limit $5;
--   parameters: 14% |  |  | 0 | 50

-- catalogue (weight 1): GET /api/v1/regional/indicators
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 4

-- national-gminas-by-name (weight 5): GET /api/v1/regional/values?indicator=CIS_KIS_PLACES_PER_10K&level=GMINA&size=2500
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by u.name_order asc offset $7 limit $8;
--   parameters: CIS_KIS_PLACES_PER_10K | 2026-12 | GMINA |  | GMINA | % | 0 | 2500

-- national-gminas-by-value (weight 3): GET /api/v1/regional/values?indicator=CIS_KIS_PLACES_PER_10K&level=GMINA&size=2500&sort=-value
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by shown desc nulls last, u.name_order offset $7 limit $8;
--   parameters: CIS_KIS_PLACES_PER_10K | 2026-12 | GMINA |  | GMINA | % | 0 | 2500

-- national-gminas-people (weight 2): GET /api/v1/regional/values?indicator=PEOPLE_ACTIVE_PLAN&level=GMINA&size=2500&sort=-value
select period, as_of, computed_at from regional_period where length(period) = $1 order by period desc limit 1;
--   parameters: 7
select u.teryt, u.name, u.powiat_name, v.value, v.numerator, v.denominator, coalesce(v.suppressed, false) as hidden, case when v.suppressed then null else coalesce(v.value, 0) end as shown, count(*) over () as total from regional_unit u left join indicator_value v on v.indicator_code = $1 and v.period = $2 and v.level = $3 and v.breakdown = $4 and v.unit_teryt = u.teryt where u.level = $5 and u.teryt like $6 order by shown desc nulls last, u.name_order offset $7 limit $8;
--   parameters: PEOPLE_ACTIVE_PLAN | 2026-12 | GMINA |  | GMINA | % | 0 | 2500

