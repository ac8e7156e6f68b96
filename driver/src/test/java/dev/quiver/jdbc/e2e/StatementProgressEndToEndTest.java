package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.QuiverStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalDouble;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link QuiverStatement} extension: total_records, rows received and progress. */
class StatementProgressEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static final int ROWS = 10_000;
  private static final int BATCH_ROWS = 1_000;

  @AfterEach
  void leakCheck() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void progressFollowsTheServersTotalRecords() throws Exception {
    try (BufferAllocator allocator = new RootAllocator()) {
      FlightServer server =
          FlightServer.builder(
                  allocator,
                  Location.forGrpcInsecure("127.0.0.1", 0),
                  new CountingProducer(allocator))
              .build()
              .start();
      try (Connection connection =
              DriverManager.getConnection(
                  "jdbc:flightsql://127.0.0.1:" + server.getPort() + "?useEncryption=false");
          Statement statement = connection.createStatement()) {
        QuiverStatement progress = statement.unwrap(QuiverStatement.class);
        assertThat(statement.isWrapperFor(QuiverStatement.class)).isTrue();
        assertThat(progress.getTotalRecords()).isEqualTo(-1);
        assertThat(progress.getProgress()).isEmpty();
        try (ResultSet result = statement.executeQuery("SELECT numbers")) {
          assertThat(progress.getTotalRecords()).isEqualTo(ROWS);
          long rows = 0;
          while (result.next()) {
            rows++;
            assertThat(result.getLong(1)).isEqualTo(rows - 1);
            if (rows == 2 * BATCH_ROWS + 1) {
              assertThat(progress.getRecordsReceived()).isEqualTo(3L * BATCH_ROWS);
              assertThat(progress.getProgress()).hasValue(0.3);
            }
          }
          assertThat(rows).isEqualTo(ROWS);
          assertThat(progress.getRecordsReceived()).isEqualTo(ROWS);
          assertThat(progress.getProgress()).hasValue(1.0);
        }
      } finally {
        server.close();
      }
      assertThat(allocator.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void withoutATotalThereIsACountButNoProgressUntilTheEnd() throws Exception {
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        PreparedStatement statement =
            connection.prepareStatement("SELECT i FROM range(100000) t(i)")) {
      QuiverStatement progress = statement.unwrap(QuiverStatement.class);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(progress.getTotalRecords()).as("the fixture does not announce").isEqualTo(-1);
        assertThat(result.next()).isTrue();
        assertThat(progress.getRecordsReceived()).isPositive();
        assertThat(progress.getProgress()).isEqualTo(OptionalDouble.empty());
        while (result.next()) {
          // read to the end
        }
        assertThat(progress.getRecordsReceived()).isEqualTo(100_000);
        assertThat(progress.getProgress()).hasValue(1.0);
      }
    }
  }

  /** Answers any query with ROWS numbers in batches of BATCH_ROWS, announcing total_records. */
  private static final class CountingProducer extends NoOpFlightSqlProducer {
    private static final Schema SCHEMA =
        new Schema(
            List.of(new Field("n", FieldType.notNullable(new ArrowType.Int(64, true)), null)));
    private final BufferAllocator allocator;

    CountingProducer(BufferAllocator allocator) {
      this.allocator = allocator;
    }

    @Override
    public FlightInfo getFlightInfoStatement(
        CommandStatementQuery command, CallContext context, FlightDescriptor descriptor) {
      TicketStatementQuery ticket =
          TicketStatementQuery.newBuilder()
              .setStatementHandle(ByteString.copyFromUtf8("n"))
              .build();
      FlightEndpoint endpoint = new FlightEndpoint(new Ticket(Any.pack(ticket).toByteArray()));
      return new FlightInfo(SCHEMA, descriptor, List.of(endpoint), -1, ROWS);
    }

    @Override
    public void getStreamStatement(
        TicketStatementQuery ticket, CallContext context, ServerStreamListener listener) {
      try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator)) {
        BigIntVector numbers = (BigIntVector) root.getVector(0);
        listener.start(root);
        for (int start = 0; start < ROWS; start += BATCH_ROWS) {
          numbers.allocateNew(BATCH_ROWS);
          for (int i = 0; i < BATCH_ROWS; i++) {
            numbers.set(i, start + i);
          }
          root.setRowCount(BATCH_ROWS);
          listener.putNext();
        }
        listener.completed();
      }
    }
  }
}
