package dev.quiver.jdbc.internal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.client.ConnectionClients;
import dev.quiver.jdbc.internal.client.DriverAllocator;
import dev.quiver.jdbc.internal.config.ConnectionUrlParser;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.CallHeaders;
import org.apache.arrow.flight.CallInfo;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.FlightServerMiddleware;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.NoOpFlightProducer;
import org.apache.arrow.flight.RequestContext;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads FlightInfo endpoints spread over two real Flight servers on loopback: no location, the
 * reuse-connection URI, another host, failover past an unreachable location. The servers serve
 * tickets {@code "start:count:batchSize"} as BIGINT values start..start+count-1.
 */
class FlightBatchSourceTest {

  private static final Schema SCHEMA =
      new Schema(List.of(Field.nullable("v", new ArrowType.Int(64, true))));

  private BufferAllocator serverAllocator;
  private TestServer primary;
  private TestServer other;
  private BufferAllocator connectionAllocator;
  private ConnectionClients clients;

  @BeforeEach
  void start() throws Exception {
    serverAllocator = new RootAllocator();
    primary = new TestServer(serverAllocator);
    other = new TestServer(serverAllocator);
    connectionAllocator = DriverAllocator.newConnectionAllocator("test-connection");
    clients =
        ConnectionClients.connect(
            ConnectionUrlParser.parse(
                "jdbc:flightsql://127.0.0.1:"
                    + primary.server.getPort()
                    + "?useEncryption=false&header.x-test=from-driver",
                null),
            connectionAllocator);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      clients.close();
      assertThat(connectionAllocator.getAllocatedMemory()).isZero();
      connectionAllocator.close();
      assertThat(DriverAllocator.allocatedMemory()).isZero();
    } finally {
      primary.close();
      other.close();
      assertThat(serverAllocator.getAllocatedMemory()).isZero();
      serverAllocator.close();
    }
  }

  @Test
  void readsEveryEndpointInOrderAcrossHosts() throws Exception {
    int deadPort = unusedPort();
    FlightInfo info =
        info(
            SCHEMA,
            new FlightEndpoint(new Ticket(ticket(0, 2500, 1000))),
            new FlightEndpoint(new Ticket(ticket(2500, 10, 4)), Location.reuseConnection()),
            new FlightEndpoint(new Ticket(ticket(2510, 3000, 1024)), other.location()),
            new FlightEndpoint(
                new Ticket(ticket(5510, 5, 5)),
                Location.forGrpcInsecure("127.0.0.1", deadPort),
                other.location()));

    List<Long> values = new ArrayList<>();
    try (FlightBatchSource source = newSource(info)) {
      assertThat(source.schema()).isEqualTo(SCHEMA);
      VectorSchemaRoot batch;
      while ((batch = source.nextBatch()) != null) {
        BigIntVector vector = (BigIntVector) batch.getVector(0);
        for (int i = 0; i < batch.getRowCount(); i++) {
          values.add(vector.get(i));
        }
      }
      assertThat(source.nextBatch()).isNull();
    }

    assertThat(values).hasSize(5515);
    for (int i = 0; i < values.size(); i++) {
      assertThat(values.get(i)).isEqualTo(i);
    }
    // The other host got the connection's headers too.
    assertThat(other.seenHeaders).isNotEmpty().allMatch("from-driver"::equals);
    assertThat(primary.seenHeaders).isNotEmpty().allMatch("from-driver"::equals);
  }

  @Test
  void readsEveryUnorderedEndpointOnceAcrossHostsInParallel() throws Exception {
    int deadPort = unusedPort();
    List<FlightEndpoint> endpoints = new ArrayList<>();
    long start = 0;
    for (int i = 0; i < 12; i++) {
      int count = 500 + 97 * i;
      byte[] ticket = ticket(start, count, 64);
      switch (i % 4) {
        case 0:
          endpoints.add(new FlightEndpoint(new Ticket(ticket)));
          break;
        case 1:
          endpoints.add(new FlightEndpoint(new Ticket(ticket), Location.reuseConnection()));
          break;
        case 2:
          endpoints.add(new FlightEndpoint(new Ticket(ticket), other.location()));
          break;
        default:
          endpoints.add(
              new FlightEndpoint(
                  new Ticket(ticket),
                  Location.forGrpcInsecure("127.0.0.1", deadPort),
                  other.location()));
      }
      start += count;
    }
    FlightInfo info = info(false, SCHEMA, endpoints.toArray(new FlightEndpoint[0]));

    List<Long> values = new ArrayList<>();
    try (FlightBatchSource source = newSource(info)) {
      VectorSchemaRoot batch;
      while ((batch = source.nextBatch()) != null) {
        BigIntVector vector = (BigIntVector) batch.getVector(0);
        for (int i = 0; i < batch.getRowCount(); i++) {
          values.add(vector.get(i));
        }
      }
    }

    long total = start;
    assertThat(values).hasSize((int) total).doesNotHaveDuplicates();
    assertThat(values).allMatch(v -> v >= 0 && v < total);
  }

  @Test
  void closingAHalfReadParallelResultReleasesEverything() throws Exception {
    List<FlightEndpoint> endpoints = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      endpoints.add(new FlightEndpoint(new Ticket(ticket(i * 100_000L, 100_000, 1000))));
    }
    FlightInfo info = info(false, SCHEMA, endpoints.toArray(new FlightEndpoint[0]));
    FlightBatchSource source = newSource(info);
    for (int i = 0; i < 3; i++) {
      assertThat(source.nextBatch()).isNotNull();
    }
    source.close();
    assertThatThrownBy(source::nextBatch)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY010");
  }

  @Test
  void arrowReaderMovesTheBatchesOfEveryEndpointAcrossHosts() throws Exception {
    FlightInfo info =
        info(
            SCHEMA,
            new FlightEndpoint(new Ticket(ticket(0, 2500, 1000))),
            new FlightEndpoint(new Ticket(ticket(2500, 3000, 1024)), other.location()),
            new FlightEndpoint(new Ticket(ticket(5500, 7, 7)), Location.reuseConnection()));
    List<Long> values = new ArrayList<>();
    FlightBatchSource source = newSource(info);
    BatchSourceReader reader = BatchSourceReader.open(source, 0, source);
    VectorSchemaRoot root = reader.getVectorSchemaRoot();
    while (reader.loadNextBatch()) {
      BigIntVector vector = (BigIntVector) root.getVector(0);
      for (int i = 0; i < root.getRowCount(); i++) {
        values.add(vector.get(i));
      }
    }
    reader.releaseRoot();
    reader.close(); // closes the source, and with it the result's allocator
    assertThat(values).hasSize(5507);
    for (int i = 0; i < values.size(); i++) {
      assertThat(values.get(i)).isEqualTo(i);
    }
  }

  @Test
  void schemaComesFromTheFirstStreamWhenTheFlightInfoHasNone() throws Exception {
    FlightInfo info = info(null, new FlightEndpoint(new Ticket(ticket(7, 3, 3))));
    try (FlightBatchSource source = newSource(info)) {
      assertThat(source.schema()).isEqualTo(SCHEMA);
      VectorSchemaRoot batch = source.nextBatch();
      assertThat(((BigIntVector) batch.getVector(0)).get(0)).isEqualTo(7);
    }
  }

  @Test
  void noEndpointsMeansNoBatches() throws Exception {
    try (FlightBatchSource source = newSource(info(SCHEMA))) {
      assertThat(source.schema()).isEqualTo(SCHEMA);
      assertThat(source.nextBatch()).isNull();
    }
  }

  @Test
  void closingHalfWayReleasesEverything() throws Exception {
    FlightInfo info = info(SCHEMA, new FlightEndpoint(new Ticket(ticket(0, 1_000_000, 4096))));
    BufferAllocator resultAllocator =
        connectionAllocator.newChildAllocator("result", 0, Long.MAX_VALUE);
    FlightBatchSource source = new FlightBatchSource(info, clients, resultAllocator);
    assertThat(source.nextBatch().getRowCount()).isEqualTo(4096);
    assertThat(resultAllocator.getAllocatedMemory()).isPositive();
    source.close();
    source.close(); // idempotent
    assertThat(connectionAllocator.getAllocatedMemory()).isZero();
    assertThatThrownBy(source::nextBatch)
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY010");
  }

  @Test
  void serverErrorOnDoGetIsMappedAndNotFailedOver() throws Exception {
    FlightInfo info =
        info(
            SCHEMA,
            new FlightEndpoint(
                new Ticket("fail".getBytes(StandardCharsets.UTF_8)),
                other.location(),
                primary.location()));
    try (FlightBatchSource source = newSource(info)) {
      assertThatThrownBy(source::nextBatch)
          .isInstanceOf(SQLException.class)
          .hasMessage("no such ticket")
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42S02");
    }
  }

  @Test
  void onlyUnsupportedLocationsIsFeatureNotSupported() throws Exception {
    FlightInfo info =
        info(
            SCHEMA,
            new FlightEndpoint(
                new Ticket(ticket(0, 1, 1)), new Location(new URI("http://127.0.0.1:1"))));
    try (FlightBatchSource source = newSource(info)) {
      assertThatThrownBy(source::nextBatch)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("0A000");
    }
  }

  @Test
  void allLocationsUnreachableIsConnectionFailure() throws Exception {
    FlightInfo info =
        info(
            SCHEMA,
            new FlightEndpoint(
                new Ticket(ticket(0, 1, 1)), Location.forGrpcInsecure("127.0.0.1", unusedPort())));
    try (FlightBatchSource source = newSource(info)) {
      assertThatThrownBy(source::nextBatch)
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("08006");
    }
  }

  private FlightBatchSource newSource(FlightInfo info) {
    return new FlightBatchSource(
        info, clients, connectionAllocator.newChildAllocator("result", 0, Long.MAX_VALUE));
  }

  private static FlightInfo info(Schema schema, FlightEndpoint... endpoints) {
    return info(true, schema, endpoints);
  }

  private static FlightInfo info(boolean ordered, Schema schema, FlightEndpoint... endpoints) {
    return new FlightInfo(
        schema,
        FlightDescriptor.command(new byte[0]),
        List.of(endpoints),
        -1,
        -1,
        ordered,
        IpcOption.DEFAULT);
  }

  private static byte[] ticket(long start, int count, int batchSize) {
    return (start + ":" + count + ":" + batchSize).getBytes(StandardCharsets.UTF_8);
  }

  private static int unusedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A Flight server on 127.0.0.1 that serves number tickets and records the x-test header. */
  private static final class TestServer implements AutoCloseable {
    final FlightServer server;
    final Producer producer;
    final List<String> seenHeaders = new CopyOnWriteArrayList<>();

    TestServer(BufferAllocator allocator) throws Exception {
      FlightServerMiddleware.Key<FlightServerMiddleware> key =
          FlightServerMiddleware.Key.of("record-headers");
      producer = new Producer(allocator);
      server =
          FlightServer.builder(allocator, Location.forGrpcInsecure("127.0.0.1", 0), producer)
              .middleware(key, this::recordHeaders)
              .build()
              .start();
    }

    private FlightServerMiddleware recordHeaders(
        CallInfo info, CallHeaders headers, RequestContext context) {
      String value = headers.get("x-test");
      seenHeaders.add(value == null ? "<missing>" : value);
      return new FlightServerMiddleware() {
        @Override
        public void onBeforeSendingHeaders(CallHeaders outgoing) {}

        @Override
        public void onCallCompleted(CallStatus status) {}

        @Override
        public void onCallErrored(Throwable err) {}
      };
    }

    Location location() {
      return Location.forGrpcInsecure("127.0.0.1", server.getPort());
    }

    @Override
    public void close() throws Exception {
      producer.stop();
      server.close();
      producer.awaitIdle();
    }
  }

  private static final class Producer extends NoOpFlightProducer {
    private final BufferAllocator allocator;
    private final AtomicInteger activeStreams = new AtomicInteger();
    private volatile boolean stopping;

    Producer(BufferAllocator allocator) {
      this.allocator = allocator;
    }

    @Override
    public void getStream(CallContext context, Ticket ticket, ServerStreamListener listener) {
      String[] parts = new String(ticket.getBytes(), StandardCharsets.UTF_8).split(":");
      if (parts.length != 3) {
        listener.error(CallStatus.NOT_FOUND.withDescription("no such ticket").toRuntimeException());
        return;
      }
      activeStreams.incrementAndGet();
      try {
        serve(parts, listener);
      } finally {
        activeStreams.decrementAndGet();
      }
    }

    void stop() {
      stopping = true;
    }

    /** Waits for handlers still finishing a cancelled stream, which own server memory. */
    void awaitIdle() throws InterruptedException {
      long deadline = System.currentTimeMillis() + 10_000;
      while (activeStreams.get() > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(10);
      }
    }

    private void serve(String[] parts, ServerStreamListener listener) {
      long start = Long.parseLong(parts[0]);
      int count = Integer.parseInt(parts[1]);
      int batchSize = Integer.parseInt(parts[2]);
      try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator)) {
        listener.start(root);
        BigIntVector vector = (BigIntVector) root.getVector(0);
        for (int offset = 0; offset < count && !listener.isCancelled(); offset += batchSize) {
          int rows = Math.min(batchSize, count - offset);
          vector.allocateNew(rows);
          for (int i = 0; i < rows; i++) {
            vector.set(i, start + offset + i);
          }
          root.setRowCount(rows);
          // A stalled client (it stopped reading) keeps isReady false; the cancel notice is
          // delivered on this same call's executor, so the loop also ends when the test stops.
          while (!listener.isReady() && !listener.isCancelled() && !stopping) {
            Thread.onSpinWait();
          }
          if (stopping) {
            listener.error(CallStatus.CANCELLED.withDescription("stopping").toRuntimeException());
            return;
          }
          listener.putNext();
        }
        listener.completed();
      }
    }
  }
}
