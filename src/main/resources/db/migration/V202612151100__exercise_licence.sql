-- The licence of each exercise's content (issue 18): CC-BY-4.0 unless the exercise chose another.
ALTER TABLE exercise ADD COLUMN licence VARCHAR(20) DEFAULT 'CC_BY_4_0' NOT NULL;
ALTER TABLE exercise ADD CONSTRAINT exercise_licence_ck
    CHECK (licence IN ('CC_BY_4_0', 'CC_BY_SA_4_0', 'CC0_1_0', 'LIBRE_USO_MX'));
