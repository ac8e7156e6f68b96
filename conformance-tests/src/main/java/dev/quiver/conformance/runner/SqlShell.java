package dev.quiver.conformance.runner;

import java.util.ArrayList;
import java.util.List;
import sqlline.SqlLine;

/**
 * {@code ./quiver sql}: sqlline over the Quiver driver. With {@code --url} it connects there;
 * without, it starts the embedded DuckDB fixture (seeded like the conformance run) and connects to
 * it. Every other argument goes to sqlline unchanged (e.g. {@code -n user -p secret}, {@code
 * --run=script.sql}).
 */
public final class SqlShell {
  private static final String DRIVER = "dev.quiver.jdbc.QuiverDriver";

  private SqlShell() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    List<String> sqllineArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--url") && i + 1 < args.length) {
        url = args[++i];
      } else if (args[i].startsWith("--url=")) {
        url = args[i].substring("--url=".length());
      } else {
        sqllineArgs.add(args[i]);
      }
    }
    EmbeddedFixture fixture = null;
    if (url == null) {
      fixture = EmbeddedFixture.start();
      url = fixture.jdbcUrl();
      System.out.println("Embedded DuckDB fixture at " + url);
    }
    List<String> all = new ArrayList<>(List.of("-d", DRIVER, "-u", url));
    if (!sqllineArgs.contains("-n")) {
      all.addAll(List.of("-n", "", "-p", ""));
    }
    all.addAll(sqllineArgs);
    int exit;
    try {
      SqlLine.Status status = SqlLine.start(all.toArray(new String[0]), null, true);
      exit = status == SqlLine.Status.OK ? 0 : 1;
    } finally {
      if (fixture != null) {
        fixture.close();
      }
    }
    System.exit(exit);
  }
}
