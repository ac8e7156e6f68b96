package dev.quiver.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a new JVM whose command line is only {@code -cp <classpath> <main> <args>}:
 * no JVM option at all, and none smuggled in through the environment ({@code JDK_JAVA_OPTIONS},
 * {@code JAVA_TOOL_OPTIONS} and {@code _JAVA_OPTIONS} are removed).
 */
final class FreshJvm {

  /** What the process wrote and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {
    List<String> stderrLines() {
      return stderr.isEmpty() ? List.of() : Arrays.asList(stderr.split("\\R"));
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  private FreshJvm() {}

  static Result run(Path java, List<Path> classpath, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    Path out = Files.createTempFile("quiver-it-", ".out");
    Path err = Files.createTempFile("quiver-it-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().remove("JDK_JAVA_OPTIONS");
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().remove("_JAVA_OPTIONS");
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out after 120 s: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
