package dev.quiver.conformance.runner;

import dev.quiver.conformance.SeedData;
import dev.quiver.fixture.FixtureServer;

/**
 * The default target: the DuckDB fixture in this JVM, seeded with {@link SeedData}, requiring a
 * user and password (Basic handshake, then a bearer token) so that every check runs authenticated
 * as it would against a production server.
 */
public final class EmbeddedFixture implements AutoCloseable {
  static final String USER = "conformance";
  static final String PASSWORD = "conformance-password";

  private final FixtureServer server;

  private EmbeddedFixture(FixtureServer server) {
    this.server = server;
  }

  public static EmbeddedFixture start() throws Exception {
    FixtureServer server = FixtureServer.builder().user(USER, PASSWORD).build();
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

  /** The credentials the fixture accepts, as connection properties. */
  public java.util.Properties credentials() {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", PASSWORD);
    return properties;
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
