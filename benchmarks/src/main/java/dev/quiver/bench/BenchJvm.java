package dev.quiver.bench;

/**
 * JVM flags of every benchmark fork ({@code @Fork(jvmArgsAppend = ...)}), sized for a 2-core
 * machine. The fixture server runs in the same fork as the client it serves.
 */
final class BenchJvm {
  /** Arrow's memory module reads {@code java.nio.Buffer.address} (ARROW-FACTS.md section 5). */
  static final String ADD_OPENS = "--add-opens=java.base/java.nio=ALL-UNNAMED";

  static final String HEAP = "-Xmx3g";
  static final String MIN_HEAP = "-Xms1g";
  static final String GC = "-XX:+UseParallelGC";

  private BenchJvm() {}
}
