package dev.quiver.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the single driver jar holds: only our packages, merged services, licenses, a manifest. */
class DriverJarContentsTest {

  private static JarFile jar;

  @BeforeAll
  static void open() throws IOException {
    jar = new JarFile(DriverJar.path().toFile());
  }

  @AfterAll
  static void close() throws IOException {
    jar.close();
  }

  @Test
  void onlyDevQuiverAndMetaInfAtTheTop() {
    Set<String> tops = new TreeSet<>();
    jar.stream().map(ZipEntry::getName).forEach(name -> tops.add(name.split("/", 2)[0]));
    assertThat(tops).containsExactly("META-INF", "dev");
    assertThat(names())
        .filteredOn(name -> name.startsWith("dev/") && !name.equals("dev/"))
        .allMatch(name -> name.startsWith("dev/quiver/"));
  }

  @Test
  void everyBundledClassIsRelocatedUnderShaded() {
    // A class is either the driver's own (dev.quiver.jdbc and dev.quiver.jdbc.internal.*) or a
    // bundled library's, relocated under dev.quiver.jdbc.shaded.
    assertThat(names())
        .filteredOn(name -> name.endsWith(".class"))
        .allMatch(
            name ->
                name.startsWith("dev/quiver/jdbc/shaded/")
                    || name.startsWith("dev/quiver/jdbc/internal/")
                    || name.matches("dev/quiver/jdbc/[^/]+\\.class"),
            "driver class or relocated library class");
    // The libraries are there, under the relocated names.
    assertThat(names())
        .contains(
            "dev/quiver/jdbc/shaded/org/apache/arrow/flight/sql/FlightSqlClient.class",
            "dev/quiver/jdbc/shaded/io/grpc/netty/NettyChannelBuilder.class",
            "dev/quiver/jdbc/shaded/io/netty/channel/Channel.class",
            "dev/quiver/jdbc/shaded/com/google/protobuf/Any.class",
            "dev/quiver/jdbc/shaded/org/slf4j/LoggerFactory.class");
    // No class outside dev/quiver, also not in a multi-release directory.
    assertThat(names()).noneMatch(name -> name.startsWith("META-INF/versions/"));
  }

  @Test
  void noClassReferencesAnUnrelocatedLibraryPackage() throws IOException {
    // Scans every class file's bytes for internal names of bundled libraries; each occurrence must
    // be the tail of its relocated name (a leftover would fail with NoClassDefFoundError, or
    // worse, bind to another copy of the library on the host's classpath).
    List<String> prefixes =
        List.of(
            "org/apache/arrow/",
            "io/grpc/",
            "io/netty/",
            "io/perfmark/",
            "com/google/",
            "com/fasterxml/",
            "org/apache/commons/",
            "org/slf4j/");
    byte[] shaded = "dev/quiver/jdbc/shaded/".getBytes(StandardCharsets.ISO_8859_1);
    List<String> leftovers = new ArrayList<>();
    for (String name : names()) {
      if (!name.endsWith(".class")) {
        continue;
      }
      byte[] bytes;
      try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
        bytes = in.readAllBytes();
      }
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      for (String prefix : prefixes) {
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
          boolean relocated =
              at >= shaded.length
                  && text.startsWith(
                      new String(shaded, StandardCharsets.ISO_8859_1), at - shaded.length);
          // Inside a longer path or URL ("github.com/google/...", ".*/com/google/..."): not a name.
          boolean partOfPath = at > 0 && (text.charAt(at - 1) == '/' || text.charAt(at - 1) == '.');
          if (!relocated && !partOfPath) {
            leftovers.add(name + " -> " + text.substring(at, Math.min(text.length(), at + 60)));
          }
        }
      }
    }
    assertThat(leftovers).isEmpty();
  }

  @Test
  void arrowMemoryClassesThatNeedAddOpensAreReplaced() {
    assertThat(names())
        .contains(
            "dev/quiver/jdbc/internal/memory/MemoryUtil.class",
            "dev/quiver/jdbc/internal/memory/DefaultAllocationManagerOption.class",
            "dev/quiver/jdbc/internal/memory/QuiverAllocationManager.class")
        .noneMatch(name -> name.contains("/arrow/memory/util/MemoryUtil"))
        .noneMatch(name -> name.contains("/arrow/memory/DefaultAllocationManagerOption"))
        .noneMatch(name -> name.contains("/arrow/memory/netty/"))
        .noneMatch(name -> name.contains("NettyAllocationManager"));
  }

  @Test
  void noNativeLibraries() {
    // netty-tcnative is left out (TLS uses the JDK's engine), so nothing native needs renaming.
    assertThat(names())
        .noneMatch(name -> name.startsWith("META-INF/native"))
        .noneMatch(
            name -> name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".jnilib"));
  }

  @Test
  void servicesAreMergedAndRelocated() throws IOException {
    assertThat(read("META-INF/services/java.sql.Driver").trim())
        .isEqualTo("dev.quiver.jdbc.QuiverDriver");
    assertThat(read("META-INF/services/dev.quiver.jdbc.shaded.org.slf4j.spi.SLF4JServiceProvider"))
        .contains("dev.quiver.jdbc.internal.logging.JulServiceProvider");
    assertThat(read("META-INF/services/dev.quiver.jdbc.shaded.io.grpc.LoadBalancerProvider"))
        .contains("dev.quiver.jdbc.shaded.io.grpc.internal.PickFirstLoadBalancerProvider");
    assertThat(read("META-INF/services/dev.quiver.jdbc.shaded.io.grpc.NameResolverProvider"))
        .contains("dev.quiver.jdbc.shaded.io.grpc.");
    // Every service file names relocated interfaces and implementations only.
    for (String name : names()) {
      if (name.startsWith("META-INF/services/") && !name.endsWith("/")) {
        assertThat(name).matches("META-INF/services/(java\\.sql\\.Driver|dev\\.quiver\\..+)");
        for (String line : read(name).split("\\R")) {
          String implementation = line.replaceAll("#.*", "").trim();
          if (!implementation.isEmpty()) {
            assertThat(implementation).as(name).startsWith("dev.quiver.");
            assertThat(names()).contains(implementation.replace('.', '/') + ".class");
          }
        }
      }
    }
  }

  @Test
  void manifestNamesTheModuleAndVersion() throws IOException {
    Manifest manifest = jar.getManifest();
    assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name"))
        .isEqualTo("dev.quiver.jdbc");
    assertThat(manifest.getMainAttributes().getValue("Implementation-Version")).isNotBlank();
    assertThat(manifest.getMainAttributes().getValue("Multi-Release")).isNull();
  }

  @Test
  void licenseNoticeAndThirdPartyListCoverWhatIsBundled() throws IOException {
    assertThat(read("META-INF/LICENSE"))
        .contains("Apache License", "Version 2.0", "BSD-3-Clause", "QOS.ch");
    assertThat(read("META-INF/NOTICE")).contains("Apache Arrow", "Jackson", "Netty", "gRPC");
    String thirdParty = read("META-INF/THIRD-PARTY.txt");
    // Every bundled artifact that carries Maven coordinates is listed with its exact version.
    List<String> missing = new ArrayList<>();
    for (String name : names()) {
      if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
          properties.load(in);
        }
        String coordinates =
            properties.getProperty("groupId")
                + ":"
                + properties.getProperty("artifactId")
                + ":"
                + properties.getProperty("version");
        if (!coordinates.startsWith("dev.quiver:") && !thirdParty.contains(coordinates + " |")) {
          missing.add(coordinates);
        }
      }
    }
    assertThat(missing).as("bundled but not in META-INF/THIRD-PARTY.txt").isEmpty();
    // Libraries without Maven metadata in their jars (gRPC, protobuf, perfmark).
    assertThat(thirdParty).contains("io.grpc:grpc-core:", "com.google.protobuf:protobuf-java:");
    assertThat(names())
        .anyMatch(name -> name.startsWith("dev/quiver/jdbc/shaded/io/perfmark/"))
        .anyMatch(name -> name.startsWith("dev/quiver/jdbc/shaded/com/google/protobuf/util/"));
    assertThat(thirdParty).contains("io.perfmark:perfmark-api:", "protobuf-java-util:");
  }

  @Test
  void smallerThan25Megabytes() throws IOException {
    long size = Files.size(DriverJar.path());
    System.out.printf("driver jar: %,d bytes%n", size);
    assertThat(size).isLessThan(25L * 1024 * 1024);
  }

  private static List<String> names() {
    return jar.stream().map(ZipEntry::getName).toList();
  }

  private static String read(String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
