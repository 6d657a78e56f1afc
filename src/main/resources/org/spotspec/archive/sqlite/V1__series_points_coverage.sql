-- The price archive, first version. Compact by design: a point is a small series id, epoch
-- seconds and integer micro-dollars, clustered by its primary key (WITHOUT ROWID: no second
-- copy of the key in a rowid table), so a record costs about 16 bytes on disk, index included.
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    region TEXT NOT NULL,
    zone TEXT NOT NULL,
    instance_type TEXT NOT NULL,
    product TEXT NOT NULL,
    UNIQUE (region, zone, instance_type, product)
);

CREATE TABLE points (
    series_id INTEGER NOT NULL,
    time INTEGER NOT NULL,
    micros INTEGER NOT NULL,
    PRIMARY KEY (series_id, time)
) WITHOUT ROWID;

-- The spans each (region, type, product) fetch covered, merged on write: what lies between
-- two spans is a gap, not a price that held.
CREATE TABLE coverage (
    region TEXT NOT NULL,
    instance_type TEXT NOT NULL,
    product TEXT NOT NULL,
    span_from INTEGER NOT NULL,
    span_to INTEGER NOT NULL,
    PRIMARY KEY (region, instance_type, product, span_from)
) WITHOUT ROWID;
