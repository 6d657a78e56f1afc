-- Spot placement scores as they were when asked (issue 17), to chart a configuration's scores over
-- time. configuration is the canonical text of what was asked (types or requirements, capacity,
-- per region or per zone); zone_id is '' for a region's score. Times are epoch nanoseconds.
CREATE TABLE placement_scores (
    configuration TEXT NOT NULL,
    time_ns BIGINT NOT NULL,
    region TEXT NOT NULL,
    zone_id TEXT NOT NULL,
    score SMALLINT NOT NULL,
    PRIMARY KEY (configuration, time_ns, region, zone_id)
);

CREATE INDEX placement_scores_by_time ON placement_scores (time_ns);
