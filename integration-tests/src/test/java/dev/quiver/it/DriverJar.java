package dev.quiver.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the packaged driver jar and this module's main classes are, for fresh JVMs. */
final class DriverJar {

  private DriverJar() {}

  /**
   * The quiver-jdbc jar on this test's classpath. Fails when the classpath holds the driver's
   * classes directory instead (a build that stopped before {@code package}).
   */
  static Path path() {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      String name = path.getFileName().toString();
      if (name.startsWith("quiver-jdbc-") && name.endsWith(".jar")) {
        return path;
      }
    }
    throw new IllegalStateException(
        "quiver-jdbc-<version>.jar is not on the test classpath (run `mvn verify`, which packages"
            + " the driver before these tests): "
            + System.getProperty("java.class.path"));
  }

  /** The directory or jar holding {@code type}'s class file. */
  static Path codeSourceOf(Class<?> type) {
    try {
      Path path = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.exists(path)) {
        throw new IllegalStateException(path + " does not exist");
      }
      return path;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
