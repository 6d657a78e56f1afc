package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.archive.ArchiveException.Reason;
import org.spotspec.testing.RealPostgres;

/** The contract on a real PostgreSQL server, each test in a schema of its own. */
@ExtendWith(RealPostgres.class)
class PostgresPriceArchiveTest extends PriceArchiveContract {
    private RealPostgres.Server server;
    private String url;

    @BeforeEach
    void schema(RealPostgres.Server server) {
        this.server = server;
        this.url = server.freshSchemaUrl();
    }

    @Override
    PriceArchive openArchive() {
        var password = server.password() == null ? null : server.password().toCharArray();
        return PriceArchives.openPostgres(url, server.user(), password, Duration.ofSeconds(10));
    }

    @Override
    Connection rawConnection() throws SQLException {
        return DriverManager.getConnection(url, server.properties());
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void anUnreachableServerGivesAClearMessageWithoutThePassword() {
        var dead = "jdbc:postgresql://127.0.0.1:1/spotspec?password=hunter2";

        assertThatThrownBy(() -> PriceArchives.openPostgres(dead, "ana", "s3cret".toCharArray(), Duration.ofSeconds(1)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("Cannot reach the price archive")
                .hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("hunter2").hasMessageNotContaining("s3cret")
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.CONNECTION);
    }

    @Test
    void theLocationNamesTheServerButNeverThePassword() {
        try (var archive = open()) {
            assertThat(archive.location()).startsWith("jdbc:postgresql://");
        }
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://h/db?user=a&password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }
}
