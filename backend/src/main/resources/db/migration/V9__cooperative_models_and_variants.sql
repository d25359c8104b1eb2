-- Social-cooperative models of seed 003 (profiles, founders, support tools) and the organisational
-- variants a gmina chooses in the MLW procedure of seed 004, as catalogue dictionaries; and the
-- profile of a social cooperative in the directory (integration / service / mixed).
CREATE TABLE cooperative_model (
    code            VARCHAR(60) PRIMARY KEY,
    category        VARCHAR(20) NOT NULL
        CONSTRAINT cooperative_model_category_check CHECK (category IN ('PROFILE', 'FOUNDERS', 'SUPPORT')),
    position        INTEGER     NOT NULL,
    name_pl         TEXT        NOT NULL,
    name_en         TEXT        NOT NULL,
    description_pl  TEXT        NOT NULL,
    description_en  TEXT        NOT NULL,
    source          TEXT
);

CREATE TABLE organisational_variant (
    code            VARCHAR(60) PRIMARY KEY,
    position        INTEGER     NOT NULL,
    name_pl         TEXT        NOT NULL,
    name_en         TEXT        NOT NULL,
    description_pl  TEXT        NOT NULL,
    description_en  TEXT        NOT NULL,
    source          TEXT
);

ALTER TABLE institution
    ADD COLUMN cooperative_profile VARCHAR(20)
        CONSTRAINT institution_cooperative_profile_check
        CHECK (cooperative_profile IN ('INTEGRATION', 'SERVICE', 'MIXED')),
    ADD CONSTRAINT institution_cooperative_profile_type_check
        CHECK (cooperative_profile IS NULL OR type = 'SPOLDZIELNIA');
