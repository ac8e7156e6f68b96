package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.CancelStatus;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.NoOpFlightSqlProducer;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.TicketStatementQuery;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Once the FlightInfo is known, stopping an execution (cancel, query timeout) sends
 * CancelFlightInfo with it, and a stream the server is still producing ends on the server too. The
 * server here produces a slow stream (one batch every 50 ms) and records what it was told.
 */
class CancelFlightInfoEndToEndTest {

  private BufferAllocator allocator;
  private SlowProducer producer;
  private FlightServer server;
  private Connection connection;

  @BeforeEach
  void start() throws Exception {
    allocator = new RootAllocator();
    producer = new SlowProducer(allocator);
    server =
        FlightServer.builder(allocator, Location.forGrpcInsecure("127.0.0.1", 0), producer)
            .build()
            .start();
    connection =
        DriverManager.getConnection(
            "jdbc:flightsql://127.0.0.1:" + server.getPort() + "?useEncryption=false");
  }

  @AfterEach
  void stop() throws Exception {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
    server.close();
    assertThat(allocator.getAllocatedMemory()).isZero();
    allocator.close();
  }

  @Test
  void cancelWhileReadingSendsCancelFlightInfoAndEndsTheServerStream() throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT slow")) {
      assertThat(result.next()).isTrue();
      statement.cancel();
      // The rows of the batch already delivered stay readable; the next batch fails.
      long rows = 1;
      SQLException failure = null;
      try {
        while (result.next()) {
          rows++;
        }
      } catch (SQLException e) {
        failure = e;
      }
      assertThat((Throwable) failure).isNotNull();
      assertThat(failure.getSQLState()).isEqualTo("HY008");
      assertThat(rows).isLessThanOrEqualTo(SlowProducer.BATCH_ROWS);
      assertThat(producer.cancelRequests.get()).as("CancelFlightInfo calls").isOne();
      assertThat(producer.streamStopped.await(5, TimeUnit.SECONDS))
          .as("the server saw its stream cancelled")
          .isTrue();
    }
  }

  @Test
  void aQueryTimeoutDuringTheReadSendsCancelFlightInfoWithHyt00() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(1);
      long started = System.nanoTime();
      long rows = 0;
      try (ResultSet result = statement.executeQuery("SELECT slow")) {
        SQLException failure = null;
        try {
          while (result.next()) {
            rows++;
          }
        } catch (SQLException e) {
          failure = e;
        }
        assertThat((Throwable) failure).isInstanceOf(SQLTimeoutException.class);
        assertThat(failure.getSQLState()).isEqualTo("HYT00");
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
      assertThat(rows).isPositive().isLessThan(SlowProducer.BATCHES * SlowProducer.BATCH_ROWS);
      // The timer thread sends CancelFlightInfo right after it cancelled the read.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (producer.cancelRequests.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(producer.cancelRequests.get()).isOne();
      assertThat(producer.streamStopped.await(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  /** A statement query whose stream sends BATCHES batches, one every 50 ms. */
  private static final class SlowProducer extends NoOpFlightSqlProducer {
    static final int BATCHES = 200;
    static final int BATCH_ROWS = 100;
    private static final Schema SCHEMA =
        new Schema(
            List.of(new Field("n", FieldType.notNullable(new ArrowType.Int(64, true)), null)));
    private final BufferAllocator allocator;
    final AtomicInteger cancelRequests = new AtomicInteger();
    final CountDownLatch streamStopped = new CountDownLatch(1);

    SlowProducer(BufferAllocator allocator) {
      this.allocator = allocator;
    }

    @Override
    public FlightInfo getFlightInfoStatement(
        CommandStatementQuery command, CallContext context, FlightDescriptor descriptor) {
      TicketStatementQuery ticket =
          TicketStatementQuery.newBuilder()
              .setStatementHandle(ByteString.copyFromUtf8("slow"))
              .build();
      FlightEndpoint endpoint = new FlightEndpoint(new Ticket(Any.pack(ticket).toByteArray()));
      return new FlightInfo(SCHEMA, descriptor, List.of(endpoint), -1, BATCHES * BATCH_ROWS);
    }

    @Override
    public void getStreamStatement(
        TicketStatementQuery ticket, CallContext context, ServerStreamListener listener) {
      boolean cancelled = false;
      try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator)) {
        BigIntVector numbers = (BigIntVector) root.getVector(0);
        listener.start(root);
        for (int batch = 0; batch < BATCHES && !cancelled; batch++) {
          cancelled = listener.isCancelled();
          if (!cancelled) {
            numbers.allocateNew(BATCH_ROWS);
            for (int i = 0; i < BATCH_ROWS; i++) {
              numbers.set(i, (long) batch * BATCH_ROWS + i);
            }
            root.setRowCount(BATCH_ROWS);
            listener.putNext();
            Thread.sleep(50);
          }
        }
        if (!cancelled) {
          listener.completed();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        if (cancelled) {
          streamStopped.countDown(); // after the root is released, so the leak check can follow
        }
      }
    }

    @Override
    public void cancelFlightInfo(
        CancelFlightInfoRequest request,
        CallContext context,
        StreamListener<CancelStatus> listener) {
      cancelRequests.incrementAndGet();
      listener.onNext(CancelStatus.CANCELLED);
      listener.onCompleted();
    }
  }
}
