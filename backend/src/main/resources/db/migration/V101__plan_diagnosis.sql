-- Case work (issue #15), part 2: the socio-professional diagnosis of a plan (seed 002: the OPS's
-- social-work tools begin with the interview and the diagnosis). Each area is a strength, a need
-- or not explored, with notes; the diagnosis says who made it, when, and until when it is valid.
-- Health, housing and finances hold special-category data (docs/adr/0040): only institutions with
-- an article 9 basis see or write them.
CREATE TABLE plan_diagnosis (
    id               UUID PRIMARY KEY,
    plan_id          UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    institution_id   UUID          NOT NULL REFERENCES institution (id),
    made_on          DATE          NOT NULL,
    valid_until      DATE          NOT NULL,
    summary          VARCHAR(2000),
    made_by_subject  VARCHAR(255)  NOT NULL,
    made_by_name     VARCHAR(255)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT plan_diagnosis_validity_check CHECK (made_on <= valid_until)
);

CREATE INDEX plan_diagnosis_plan_idx ON plan_diagnosis (plan_id, made_on DESC, recorded_at DESC);

CREATE TABLE diagnosis_area (
    diagnosis_id  UUID          NOT NULL REFERENCES plan_diagnosis (id) ON DELETE CASCADE,
    area          VARCHAR(40)   NOT NULL
        CONSTRAINT diagnosis_area_area_check CHECK (area IN ('PROFESSIONAL_SITUATION', 'EDUCATION_AND_SKILLS', 'HEALTH',
            'HOUSING', 'FAMILY', 'FINANCES', 'MOBILITY', 'DIGITAL')),
    assessment    VARCHAR(20)   NOT NULL
        CONSTRAINT diagnosis_area_assessment_check CHECK (assessment IN ('STRENGTH', 'NEED', 'NOT_EXPLORED')),
    notes         VARCHAR(2000),
    PRIMARY KEY (diagnosis_id, area)
);
