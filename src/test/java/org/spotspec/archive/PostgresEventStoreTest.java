package org.spotspec.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.testing.RealPostgres;

/** The event store contract on a real PostgreSQL server, each test in a schema of its own. */
@ExtendWith(RealPostgres.class)
class PostgresEventStoreTest extends JdbcEventStoreContract {
    private RealPostgres.Server server;
    private String url;

    @BeforeEach
    void schema(RealPostgres.Server server) {
        this.server = server;
        this.url = server.freshSchemaUrl();
    }

    @Override
    PriceArchive openArchive() {
        return server.openArchive(url);
    }

    @Override
    Connection rawConnection() throws SQLException {
        return server.connect(url);
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    List<String> failingInsertTrigger(String id) {
        return List.of("CREATE FUNCTION fail_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.item_id = '" + id + "' THEN RAISE EXCEPTION 'this event may not be stored'; END IF;"
                        + " RETURN NEW; END $$",
                "CREATE TRIGGER fail_event BEFORE INSERT ON events FOR EACH ROW EXECUTE PROCEDURE fail_event()");
    }
}
