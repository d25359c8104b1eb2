-- Issue #16: plan numbers a person can say ("OPS-2026/0042"), per lead institution and year,
-- never a UUID on paper or in a file name. The counter is taken with one upsert per new plan
-- (PlanNumbers); the plans already there are numbered in order of creation.
CREATE TABLE plan_number_counter (
    institution_id  UUID     NOT NULL,
    year            INTEGER  NOT NULL,
    last_value      INTEGER  NOT NULL,
    PRIMARY KEY (institution_id, year)
);

ALTER TABLE action_plan ADD COLUMN number VARCHAR(40);

WITH numbered AS (
    SELECT p.id,
           CASE i.type WHEN 'SPOLDZIELNIA' THEN 'SPS' WHEN 'EMPLOYMENT_AGENCY' THEN 'AZ' WHEN 'FAMILY_CLUB' THEN 'KDR'
                       ELSE i.type END AS prefix,
           extract(year FROM p.created_at AT TIME ZONE 'Europe/Warsaw')::int AS year,
           row_number() OVER (PARTITION BY p.lead_institution_id, extract(year FROM p.created_at AT TIME ZONE 'Europe/Warsaw')
                              ORDER BY p.created_at, p.id) AS seq
    FROM action_plan p
    JOIN institution i ON i.id = p.lead_institution_id
)
UPDATE action_plan a
SET number = n.prefix || '-' || n.year || '/' || lpad(n.seq::text, 4, '0')
FROM numbered n
WHERE n.id = a.id;

INSERT INTO plan_number_counter (institution_id, year, last_value)
SELECT lead_institution_id, extract(year FROM created_at AT TIME ZONE 'Europe/Warsaw')::int, count(*)
FROM action_plan
GROUP BY 1, 2;

ALTER TABLE action_plan ALTER COLUMN number SET NOT NULL;
CREATE UNIQUE INDEX action_plan_number_idx ON action_plan (lead_institution_id, number);
