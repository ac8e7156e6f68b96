package dev.quiver.jdbc.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServer;
import dev.quiver.jdbc.internal.config.ConnectionUrlParser;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.memory.BufferAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a connection's clients for other hosts (endpoints elsewhere) carry its credentials and
 * cookies: {@code retainAuth} and {@code retainCookies}, against two real fixture servers.
 */
class ConnectionClientsTest {

  private static final byte[] SHARED_SECRET =
      "a-secret-both-cluster-nodes-share-000".getBytes(StandardCharsets.UTF_8);

  @AfterEach
  void noLeaks() {
    assertThat(DriverAllocator.allocatedMemory()).isZero();
    assertThat(DriverAllocator.openChildAllocators()).isZero();
  }

  private interface ClientsWork {
    void run(ConnectionClients clients) throws Exception;
  }

  private static void withClients(String url, ClientsWork work) throws Exception {
    BufferAllocator allocator = DriverAllocator.newConnectionAllocator("clients-test");
    try (ConnectionClients clients =
        ConnectionClients.connect(ConnectionUrlParser.parse(url, null), allocator)) {
      work.run(clients);
    } finally {
      allocator.close();
    }
  }

  private static FixtureServer node(byte[] secret) {
    FixtureServer.Builder builder = FixtureServer.builder().user("alice", "pw");
    if (secret != null) {
      builder.jwtSecret(secret);
    }
    return builder.build().start();
  }

  @Test
  void callsArrowMakesWithoutCallOptionsAreAuthenticatedToo() throws Exception {
    // ARROW-FACTS trap 2: PreparedStatement.close() and getSqlInfo(SqlInfo...) take no options.
    try (FixtureServer server = node(null)) {
      withClients(
          server.jdbcUrl() + "&user=alice&password=pw",
          clients -> {
            org.apache.arrow.flight.sql.FlightSqlClient.PreparedStatement prepared =
                clients.sqlClient().prepare("SELECT 1");
            prepared.close(); // would fail UNAUTHENTICATED and leak its parameter root otherwise
            assertThat(prepared.isClosed()).isTrue();
            try {
              clients
                  .sqlClient()
                  .getSqlInfo(
                      org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo.FLIGHT_SQL_SERVER_NAME)
                  .getEndpoints();
            } catch (FlightRuntimeException e) {
              // A server may lack SqlInfo; what matters is that it was not refused for auth.
              assertThat(e.status().code()).isNotEqualTo(FlightStatusCode.UNAUTHENTICATED);
            }
          });
    }
  }

  @Test
  void retainAuthSendsTheConnectionsTokenToOtherHosts() throws Exception {
    try (FixtureServer first = node(SHARED_SECRET);
        FixtureServer sameCluster = node(SHARED_SECRET);
        FixtureServer stranger = node(null)) {
      withClients(
          first.jdbcUrl() + "&user=alice&password=pw",
          clients -> {
            // A node that trusts the same signing key accepts the token the connection holds.
            clients.clientFor(sameCluster.location()).handshake();
            // A node with another key proves it was that token, not the password, that was sent.
            FlightClient other = clients.clientFor(stranger.location());
            assertThatThrownBy(other::handshake)
                .isInstanceOfSatisfying(
                    FlightRuntimeException.class,
                    e -> assertThat(e.status().code()).isEqualTo(FlightStatusCode.UNAUTHENTICATED));
          });
    }
  }

  @Test
  void withoutRetainAuthEachHostAuthenticatesWithTheCredentials() throws Exception {
    try (FixtureServer first = node(null);
        FixtureServer stranger = node(null)) {
      withClients(
          first.jdbcUrl() + "&user=alice&password=pw&retainAuth=false",
          clients -> {
            FlightClient other = clients.clientFor(stranger.location());
            other.handshake(); // Basic, answered with the stranger's own token
            other.handshake(); // that token
            clients.sqlClient().execute("SELECT 1"); // the first host still has its token
            assertThat(clients.clientFor(stranger.location())).isSameAs(other); // pooled
          });
    }
  }

  @Test
  void retainCookiesDecidesWhetherOtherHostsShareTheCookieJar() throws Exception {
    try (FixtureServer first = FixtureServer.builder().build().start();
        FixtureServer second = FixtureServer.builder().build().start()) {
      withClients(
          first.jdbcUrl() + "&retainCookies=false",
          clients -> {
            clients.sqlClient().executeUpdate("CREATE TEMP TABLE mine AS SELECT 1 AS x");
            clients.clientFor(second.location()).handshake(); // sets its own session cookie
            assertThat(rows(clients, "SELECT x FROM mine")).isEqualTo(1);
          });
      withClients(
          first.jdbcUrl(),
          clients -> {
            clients.sqlClient().executeUpdate("CREATE TEMP TABLE mine AS SELECT 1 AS x");
            // Shared jar: the second host's session cookie replaces the first one's (both use the
            // Flight session cookie name), as it should for nodes that share sessions.
            clients.clientFor(second.location()).handshake();
            assertThatThrownBy(() -> rows(clients, "SELECT x FROM mine"))
                .isInstanceOf(FlightRuntimeException.class)
                .hasMessageContaining("mine");
          });
    }
  }

  private static long rows(ConnectionClients clients, String sql) throws Exception {
    FlightInfo info = clients.sqlClient().execute(sql);
    long rows = 0;
    try (FlightStream stream =
        clients.sqlClient().getStream(info.getEndpoints().get(0).getTicket())) {
      while (stream.next()) {
        rows += stream.getRoot().getRowCount();
      }
    }
    return rows;
  }

  @Test
  void connectTimeoutBoundsConnectingToAServerThatNeverAnswers() throws Exception {
    // The kernel accepts the TCP connection into the backlog; nothing ever answers on it.
    try (java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      String url =
          "jdbc:flightsql://127.0.0.1:"
              + silent.getLocalPort()
              + "?useEncryption=false&connectTimeoutMs=700";
      long start = System.nanoTime();
      assertThatThrownBy(() -> withClients(url, clients -> {}))
          .isInstanceOfSatisfying(
              SQLException.class,
              e -> {
                assertThat(e.getSQLState()).isEqualTo("08001");
                assertThat(e.getMessage()).contains("connectTimeoutMs=700");
              });
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(java.time.Duration.ofSeconds(10));
    }
  }

  @Test
  void unknownLocationSchemeIsNotSupported() throws Exception {
    try (FixtureServer first = FixtureServer.builder().build().start()) {
      withClients(
          first.jdbcUrl(),
          clients ->
              assertThatThrownBy(
                      () ->
                          clients.clientFor(
                              new org.apache.arrow.flight.Location("http://127.0.0.1:1")))
                  .isInstanceOfSatisfying(
                      SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000")));
    }
  }
}
