-- The watcher's memory (issue 15): its event history, the last snapshot of each account and
-- region, and the last verdict of each price alert. Times are epoch nanoseconds (INTEGER), so
-- they sort and compare as numbers on both engines and an event's time comes back exactly.

-- AUTOINCREMENT: a key is never reused, even after the newest events are deleted, so a key an
-- Events tab or a script remembers never names another event.
CREATE TABLE events (
    event_key INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ns INTEGER NOT NULL,
    account TEXT NOT NULL,
    region TEXT NOT NULL,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    message TEXT NOT NULL,
    severity TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX events_by_time ON events (time_ns, event_key);

-- The badge counts these often; few rows stay unacknowledged.
CREATE INDEX events_unacknowledged ON events (event_key) WHERE acknowledged = 0;

-- When each account and region was last polled: tells "polled, nothing there" from "never polled".
CREATE TABLE watch_regions (
    account TEXT NOT NULL,
    region TEXT NOT NULL,
    polled_ns INTEGER NOT NULL,
    PRIMARY KEY (account, region)
) WITHOUT ROWID;

-- The requests and instances of each account and region as last seen (item_kind: request | instance).
CREATE TABLE watch_items (
    account TEXT NOT NULL,
    region TEXT NOT NULL,
    item_kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    state TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (account, region, item_kind, item_id)
) WITHOUT ROWID;

-- Each price alert's state by rule and series, and since when.
CREATE TABLE alert_states (
    alert_key TEXT NOT NULL PRIMARY KEY,
    state TEXT NOT NULL,
    changed_ns INTEGER NOT NULL
) WITHOUT ROWID;
