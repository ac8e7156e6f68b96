package dev.quiver.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlline as a user runs it: its own JVM, no JVM flag, the driver jar and sqlline's jars on the
 * classpath, a script with a query, a prepared-statement-backed metadata walk and DDL. (The driver
 * module's SqllineMetadataTest covers every metadata command in-process; this one checks the
 * packaged jar in a tool's process.)
 */
class SqllineJarTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  @TempDir Path directory;

  @BeforeAll
  static void seed() {
    ClientFixture.seedItems(FIXTURE, "sqlline_items", 3);
  }

  @Test
  void scriptRunsInAFreshJvmWithoutFlags() throws Exception {
    Path script = directory.resolve("script.sql");
    Files.writeString(
        script,
        String.join(
            "\n",
            "SELECT id, label FROM sqlline_items ORDER BY id;",
            "CREATE TEMP TABLE scratch AS SELECT 40 + 2 AS answer;",
            "SELECT answer FROM scratch;",
            "!tables",
            "!columns sqlline_items",
            "!primarykeys sqlline_items",
            "!quit",
            ""),
        StandardCharsets.UTF_8);
    List<String> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Paths.get(entry).getFileName().toString();
      if (name.startsWith("quiver-jdbc-")
          || name.startsWith("sqlline-")
          || name.startsWith("jline-")) {
        classpath.add(entry);
      }
    }
    assertThat(classpath)
        .anyMatch(entry -> entry.contains("quiver-jdbc-") && entry.endsWith(".jar"));
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-cp",
            String.join(File.pathSeparator, classpath),
            "sqlline.SqlLine",
            "-d",
            "dev.quiver.jdbc.QuiverDriver",
            "-u",
            FIXTURE.jdbcUrl(),
            "-n",
            "",
            "-p",
            "",
            "--maxWidth=200",
            "--run=" + script);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");
    Path out = directory.resolve("out.txt");
    Path err = directory.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process = builder.start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("sqlline finished").isTrue();
    String output = Files.readString(out, StandardCharsets.UTF_8);
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue())
        .as("exit code; stdout:%n%s%nstderr:%n%s", output, errors)
        .isZero();
    assertThat(errors).as("stderr").doesNotContainIgnoringCase("error").doesNotContain("Exception");
    assertThat(output)
        .contains("item 1", "item 3", "42", "sqlline_items", "label", "VARCHAR")
        .contains("sqlline_items_id_pkey");
  }
}
