package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.tools.commandline.SchemaCrawlerCommandLine;

/**
 * SchemaCrawler, which walks every {@code DatabaseMetaData} method a schema tool uses, run at
 * maximum info level against the driver and the fixture: it must finish successfully and report the
 * seeded tables, columns and keys.
 */
class SchemaCrawlerMetadataTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @BeforeAll
  static void seed() {
    FIXTURE.server().executeAdmin("CREATE TABLE owners(id INTEGER PRIMARY KEY, name VARCHAR)");
    FIXTURE
        .server()
        .executeAdmin(
            "CREATE TABLE pets(pet_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners(id),"
                + " born DATE, weight DECIMAL(6,2))");
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void detailsAtMaximumInfoLevelDescribeTheSchema(@TempDir Path directory) throws Exception {
    Path output = directory.resolve("details.txt");
    int exitCode =
        SchemaCrawlerCommandLine.execute(
            new String[] {
              "--url=" + FIXTURE.jdbcUrl(),
              "--user=",
              "--password=",
              "--info-level=maximum",
              "--command=details",
              "--output-format=text",
              "--output-file=" + output
            });
    String report = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    assertThat(exitCode).as(report).isZero();
    assertThat(report)
        .contains("owners", "pets", "owner_id", "DECIMAL(6,2)", "pets_owner_id_id_fkey");
  }
}
