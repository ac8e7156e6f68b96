package dev.quiver.conformance.runner;

import dev.quiver.conformance.SeedData;
import dev.quiver.fixture.FixtureServer;

/** The default target: the DuckDB fixture in this JVM, seeded with {@link SeedData}. */
public final class EmbeddedFixture implements AutoCloseable {
  private final FixtureServer server;

  private EmbeddedFixture(FixtureServer server) {
    this.server = server;
  }

  public static EmbeddedFixture start() throws Exception {
    FixtureServer server = FixtureServer.builder().build();
    try {
      server.start();
      for (String sql : SeedData.statements()) {
        server.executeAdmin(sql);
      }
      return new EmbeddedFixture(server);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  public String jdbcUrl() {
    return server.jdbcUrl();
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
