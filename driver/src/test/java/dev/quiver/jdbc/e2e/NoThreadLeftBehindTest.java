package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.NoOpFlightProducer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/**
 * After every connection and server is closed, no gRPC thread remains: gRPC ends its shared event
 * loop and executor about a second after the last channel closes. (The driver's only thread of its
 * own, a connection's timer for query and network timeouts, ends with the connection: see {@code
 * CancelAndTimeoutEndToEndTest}.)
 */
class NoThreadLeftBehindTest {

  private static final long GRACE_MILLIS = 15_000;

  @Test
  void closingConnectionsLeavesNoGrpcThread() throws Exception {
    try (BufferAllocator allocator = new RootAllocator()) {
      FlightServer server =
          FlightServer.builder(
                  allocator, Location.forGrpcInsecure("127.0.0.1", 0), new NoOpFlightProducer())
              .build()
              .start();
      try {
        String url = "jdbc:flightsql://127.0.0.1:" + server.getPort() + "?useEncryption=false";
        for (int i = 0; i < 3; i++) {
          try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(connection.isValid(5)).isTrue();
          }
        }
      } finally {
        server.close();
      }
    }
    LeakChecks.assertDriverMemoryReleased();

    long deadline = System.currentTimeMillis() + GRACE_MILLIS;
    List<String> remaining = grpcThreads();
    while (!remaining.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      remaining = grpcThreads();
    }
    assertThat(remaining).as("gRPC threads still alive").isEmpty();
  }

  private static List<String> grpcThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("grpc-"))
        .collect(Collectors.toList());
  }
}
