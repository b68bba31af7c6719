-- 유망 상권: the user's own weight presets (the built-in ones live in code). weights = "SALES=2.0,TREND=1.0,…".
CREATE TABLE recommend_preset (
    name      VARCHAR(60) PRIMARY KEY,
    weights   VARCHAR(400) NOT NULL,
    saved_at  TIMESTAMP NOT NULL
);
