package dev.quiver.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The JDKs on this machine: the one running the tests, every JDK under {@code /usr/lib/jvm}, and
 * the homes listed in the system property {@code quiver.it.jdks} (comma-separated). One entry per
 * real path.
 */
final class InstalledJdks {

  /** A JDK home and its major version (from its {@code release} file). */
  record Jdk(Path home, int feature) {
    Path java() {
      return home.resolve("bin").resolve("java");
    }

    @Override
    public String toString() {
      return "JDK " + feature + " (" + home + ")";
    }
  }

  private InstalledJdks() {}

  static List<Jdk> find() {
    Map<Path, Jdk> jdks = new LinkedHashMap<>();
    add(jdks, Paths.get(System.getProperty("java.home")));
    Path system = Paths.get("/usr/lib/jvm");
    if (Files.isDirectory(system)) {
      try (Stream<Path> homes = Files.list(system)) {
        homes.sorted().forEach(home -> add(jdks, home));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String extra = System.getProperty("quiver.it.jdks", "");
    for (String home : extra.split(",")) {
      if (!home.isBlank()) {
        Path path = Paths.get(home.trim());
        if (!add(jdks, path)) {
          throw new IllegalArgumentException("quiver.it.jdks: no JDK at " + path);
        }
      }
    }
    return new ArrayList<>(jdks.values());
  }

  private static boolean add(Map<Path, Jdk> jdks, Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
      return false;
    }
    try (InputStream in = Files.newInputStream(release)) {
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
      String[] parts = version.split("[.\\-+]");
      int feature = Integer.parseInt(parts[0].equals("1") ? parts[1] : parts[0]);
      Path real = home.toRealPath();
      jdks.putIfAbsent(real, new Jdk(real, feature));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
