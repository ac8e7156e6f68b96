package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import sqlline.SqlLine;

/**
 * sqlline, a real JDBC client that lives on {@code DatabaseMetaData}, scripted against the driver
 * and the fixture: its metadata commands must run without an error and show the seeded schema.
 */
class SqllineMetadataTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @BeforeAll
  static void seed() {
    FIXTURE.server().executeAdmin("CREATE TABLE parent(id INTEGER PRIMARY KEY, label VARCHAR)");
    FIXTURE
        .server()
        .executeAdmin("CREATE TABLE child(cid INTEGER, pid INTEGER REFERENCES parent(id))");
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void metadataCommandsRunWithoutErrors() throws Exception {
    String script =
        String.join(
            "\n",
            "!tables",
            "!columns parent",
            "!primarykeys parent",
            "!importedkeys child",
            "!exportedkeys parent",
            "!typeinfo",
            "!dbinfo",
            "!metadata getSchemas",
            "!metadata getCatalogs",
            "!quit",
            "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SqlLine sqlLine = new SqlLine();
    sqlLine.setOutputStream(out);
    sqlLine.setErrorStream(err);
    SqlLine.Status status =
        sqlLine.begin(
            new String[] {
              "-d",
              "dev.quiver.jdbc.QuiverDriver",
              "-u",
              FIXTURE.jdbcUrl(),
              "-n",
              "",
              "-p",
              "",
              "--maxWidth=400",
              "--silent=false"
            },
            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
            false);
    String output = out.toString(StandardCharsets.UTF_8);
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(errors).as("sqlline errors; output:%n%s", output).doesNotContain("Error");
    assertThat(errors).doesNotContainIgnoringCase("exception");
    assertThat(status).as(errors).isIn(SqlLine.Status.OK);
    assertThat(output)
        .contains("parent", "child", "label", "pid", "INTEGER", "VARCHAR", "DuckDB")
        .contains("parent_id_pkey")
        .contains("TIMESTAMP WITH TIME ZONE", "getDatabaseProductVersion")
        .contains("memory");
  }
}
