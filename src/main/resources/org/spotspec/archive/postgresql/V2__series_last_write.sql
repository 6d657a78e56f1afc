-- When a fetch last wrote to each series, for the Archive view's "last sync".
ALTER TABLE series ADD COLUMN last_write BIGINT;
