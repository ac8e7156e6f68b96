package dev.quiver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's connection property table is generated from {@link ConnectionProperty}; this test
 * fails when they differ. To regenerate the table after changing the enum, run:
 *
 * <pre>mvn -pl driver test -Dtest=ConnectionPropertyTableTest -Dquiver.readme.update=true</pre>
 */
class ConnectionPropertyTableTest {

  static final String START =
      "<!-- connection-properties:start (generated from ConnectionProperty) -->";
  static final String END = "<!-- connection-properties:end -->";

  /** The Markdown table of every property, in enum order. */
  static String table() {
    StringBuilder table = new StringBuilder();
    table.append("| Property | Type | Default | Description |\n");
    table.append("|---|---|---|---|\n");
    for (ConnectionProperty property : ConnectionProperty.values()) {
      String type =
          property.choices().isEmpty()
              ? property.type().name().toLowerCase(java.util.Locale.ROOT)
              : property.choices().stream()
                  .map(c -> "`" + c + "`")
                  .collect(Collectors.joining(" / "));
      table
          .append("| `")
          .append(property.key())
          .append("` | ")
          .append(type)
          .append(" | ")
          .append(property.defaultValue().map(value -> "`" + value + "`").orElse(""))
          .append(" | ")
          .append(property.description().replace("|", "\\|"))
          .append(property.isRequired() ? " (required)" : "")
          .append(" |\n");
    }
    return table.toString();
  }

  @Test
  void readmeTableMatchesTheEnum() throws IOException {
    Path readme = Paths.get(System.getProperty("basedir", ".")).resolve("../README.md").normalize();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as("%s in %s", START, readme).isNotNegative();
    assertThat(end).as("%s in %s", END, readme).isGreaterThan(start);
    String current = text.substring(start + START.length(), end).strip() + "\n";
    String generated = table();
    if (Boolean.getBoolean("quiver.readme.update") && !current.equals(generated)) {
      Files.writeString(
          readme,
          text.substring(0, start + START.length()) + "\n" + generated + text.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current)
        .as(
            "README connection property table is out of date; regenerate with: mvn -pl driver"
                + " test -Dtest=ConnectionPropertyTableTest -Dquiver.readme.update=true")
        .isEqualTo(generated);
  }
}
