package dev.quiver.conformance.runner;

import dev.quiver.conformance.DriverKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The explained defects of each driver ({@code known-defects.properties}): why a check fails, shown
 * beside the failure in the reports. An unexplained failure stays unexplained.
 */
final class KnownDefects {
  private static final Properties DEFECTS = load();

  private KnownDefects() {}

  static Optional<String> explain(DriverKind driver, String checkId) {
    return Optional.ofNullable(
        DEFECTS.getProperty(driver.name().toLowerCase(Locale.ROOT) + "." + checkId));
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        KnownDefects.class.getResourceAsStream(
            "/dev/quiver/conformance/known-defects.properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
