package org.spotspec.archive;

import org.junit.jupiter.api.BeforeEach;
import org.spotspec.testing.RealPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The placement score store on a real PostgreSQL server, each test in a schema of its own. */
@ExtendWith(RealPostgres.class)
class PostgresScoreStoreTest extends ScoreStoreContract {
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
}
