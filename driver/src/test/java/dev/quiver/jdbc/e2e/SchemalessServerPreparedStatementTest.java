package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightServer;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.PutResult;
import org.apache.arrow.flight.Result;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.NoOpFlightSqlProducer;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionClosePreparedStatementRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementRequest;
import org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementResult;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementQuery;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandPreparedStatementUpdate;
import org.apache.arrow.flight.sql.impl.FlightSql.DoPutUpdateResult;
import org.apache.arrow.flight.sql.impl.FlightSql.TicketStatementQuery;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Flight SQL server that describes nothing: its prepared statements have an empty dataset schema
 * (also for SELECT) and no parameter schema, the two cases the official driver gets wrong
 * (ARROW-FACTS addendum B). Its queries echo the parameter batch they received, so the test sees
 * exactly which Arrow types and values the driver inferred and sent.
 */
class SchemalessServerPreparedStatementTest {

  private BufferAllocator serverAllocator;
  private FlightServer server;
  private EchoProducer producer;

  @BeforeEach
  void start() throws Exception {
    serverAllocator = new RootAllocator();
    producer = new EchoProducer(serverAllocator);
    server =
        FlightServer.builder(serverAllocator, Location.forGrpcInsecure("127.0.0.1", 0), producer)
            .build()
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    producer.close();
    assertThat(serverAllocator.getAllocatedMemory()).as("server bytes").isZero();
    serverAllocator.close();
    LeakChecks.assertDriverMemoryReleased();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:flightsql://127.0.0.1:" + server.getPort() + "?useEncryption=false");
  }

  @Test
  void selectWithAnEmptyDatasetSchemaRunsAsAQueryWithInferredParameterTypes() throws SQLException {
    Timestamp timestamp = Timestamp.valueOf("2020-01-01 00:00:09.123456");
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement("SELECT echo")) {
      assertThat(statement.getMetaData()).as("no dataset schema, nothing known").isNull();
      assertThat(statement.getParameterMetaData().getParameterCount()).isZero();
      statement.setLong(1, 42L);
      statement.setString(2, "x");
      statement.setTimestamp(3, timestamp);
      statement.setBigDecimal(4, new BigDecimal("-12.50"));
      statement.setNull(5, java.sql.Types.INTEGER);
      assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(5);
      assertThat(statement.execute()).as("a SELECT is a query even without a schema").isTrue();
      try (ResultSet result = statement.getResultSet()) {
        assertThat(statement.getMetaData().getColumnCount())
            .as("from the open result")
            .isEqualTo(5);
        assertThat(result.next()).isTrue();
        assertThat(result.getLong(1)).isEqualTo(42L);
        assertThat(result.getString(2)).isEqualTo("x");
        assertThat(result.getTimestamp(3)).isEqualTo(timestamp);
        assertThat(result.getBigDecimal(4)).isEqualTo(new BigDecimal("-12.50"));
        assertThat(result.getObject(5)).isNull();
        assertThat(result.next()).isFalse();
      }
    }
    Schema sent = producer.lastParameterSchema;
    assertThat(sent.getFields()).hasSize(5);
    assertThat(sent.getFields().get(0).getType()).isEqualTo(new ArrowType.Int(64, true));
    assertThat(sent.getFields().get(1).getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
    assertThat(sent.getFields().get(2).getType())
        .isEqualTo(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
    assertThat(sent.getFields().get(3).getType()).isEqualTo(new ArrowType.Decimal(4, 2, 128));
    assertThat(sent.getFields().get(4).getType()).isEqualTo(new ArrowType.Int(32, true));
  }

  @Test
  void aBatchOfAnUpdateIsOneDoPutWithEveryRow() throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement("INSERT INTO anything")) {
      for (int i = 0; i < 3; i++) {
        statement.setInt(1, i);
        statement.addBatch();
      }
      assertThat(statement.executeBatch())
          .containsExactly(
              Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO);
      statement.setInt(1, 7);
      statement.addBatch();
      assertThat(statement.executeBatch())
          .as("a one-row DoPut reports its count")
          .containsExactly(1);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
    assertThat(producer.updateBatches).containsExactly(3, 1, 1);
    assertThat(producer.prepares).as("every execution reused the one handle").hasValue(1);
    assertThat(producer.closedHandles).containsExactly("INSERT INTO anything");
  }

  @Test
  void aFailedServerCloseStillReleasesTheStatementsMemory() throws SQLException {
    try (Connection connection = connect()) {
      PreparedStatement statement = connection.prepareStatement("SELECT fail-close");
      statement.setString(1, "bound and sent");
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).isTrue();
      }
      assertThatThrownBy(statement::close).isInstanceOf(SQLException.class);
      assertThat(statement.isClosed()).isTrue();
    }
    // @AfterEach: no driver memory left, although the server refused the close
  }

  @Test
  void closingTheConnectionClosesTheServerHandle() throws SQLException {
    Connection connection = connect();
    PreparedStatement statement = connection.prepareStatement("SELECT kept open");
    statement.setInt(1, 1);
    statement.executeQuery().close();
    connection.close();
    assertThat(statement.isClosed()).isTrue();
    assertThat(producer.closedHandles).containsExactly("SELECT kept open");
  }

  @Test
  void reExecutionWithoutParametersDoesNotResendTheLastRoot() throws SQLException {
    // the client library re-sends its last (closed) root unless it gets a new one (ARROW-FACTS §2)
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement("INSERT INTO anything")) {
      statement.setInt(1, 1);
      assertThat(statement.executeUpdate()).isEqualTo(1);
      statement.clearParameters();
      assertThat(statement.executeUpdate()).isZero();
    }
    assertThat(producer.updateBatches).containsExactly(1, 0);
  }

  /** Echoes the parameters of the last query DoPut; counts the rows of update DoPuts. */
  private static final class EchoProducer extends NoOpFlightSqlProducer implements AutoCloseable {
    private final BufferAllocator allocator;
    private VectorSchemaRoot lastParameters;
    private volatile Schema lastParameterSchema;
    private final List<Integer> updateBatches = new CopyOnWriteArrayList<>();
    private final List<String> closedHandles = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger prepares =
        new java.util.concurrent.atomic.AtomicInteger();

    EchoProducer(BufferAllocator allocator) {
      this.allocator = allocator;
    }

    @Override
    public void createPreparedStatement(
        ActionCreatePreparedStatementRequest request,
        CallContext context,
        StreamListener<Result> listener) {
      prepares.incrementAndGet();
      ActionCreatePreparedStatementResult result =
          ActionCreatePreparedStatementResult.newBuilder()
              .setPreparedStatementHandle(ByteString.copyFromUtf8(request.getQuery()))
              .build(); // no dataset schema, no parameter schema
      listener.onNext(new Result(Any.pack(result).toByteArray()));
      listener.onCompleted();
    }

    @Override
    public void closePreparedStatement(
        ActionClosePreparedStatementRequest request,
        CallContext context,
        StreamListener<Result> listener) {
      String handle = request.getPreparedStatementHandle().toString(StandardCharsets.UTF_8);
      if (handle.equals("SELECT fail-close")) {
        listener.onError(
            CallStatus.INTERNAL.withDescription("refusing to close").toRuntimeException());
        return;
      }
      closedHandles.add(handle);
      listener.onCompleted();
    }

    @Override
    public Runnable acceptPutPreparedStatementQuery(
        CommandPreparedStatementQuery command,
        CallContext context,
        FlightStream flightStream,
        StreamListener<PutResult> ackStream) {
      return () -> {
        synchronized (this) {
          while (flightStream.next()) {
            VectorSchemaRoot incoming = flightStream.getRoot();
            if (lastParameters != null) {
              lastParameters.close();
            }
            lastParameters = VectorSchemaRoot.create(incoming.getSchema(), allocator);
            try (ArrowRecordBatch batch = new VectorUnloader(incoming).getRecordBatch()) {
              new org.apache.arrow.vector.VectorLoader(lastParameters).load(batch);
            }
            lastParameterSchema = incoming.getSchema();
          }
        }
        ackStream.onCompleted();
      };
    }

    @Override
    public FlightInfo getFlightInfoPreparedStatement(
        CommandPreparedStatementQuery command, CallContext context, FlightDescriptor descriptor) {
      Ticket ticket =
          new Ticket(
              Any.pack(
                      TicketStatementQuery.newBuilder()
                          .setStatementHandle(command.getPreparedStatementHandle())
                          .build())
                  .toByteArray());
      return new FlightInfo(
          lastParameterSchema, descriptor, List.of(new FlightEndpoint(ticket)), -1, -1);
    }

    @Override
    public void getStreamStatement(
        TicketStatementQuery ticket, CallContext context, ServerStreamListener listener) {
      synchronized (this) {
        listener.start(lastParameters);
        listener.putNext();
        listener.completed();
      }
    }

    @Override
    public Runnable acceptPutPreparedStatementUpdate(
        CommandPreparedStatementUpdate command,
        CallContext context,
        FlightStream flightStream,
        StreamListener<PutResult> ackStream) {
      return () -> {
        int rows = 0;
        while (flightStream.next()) {
          rows += flightStream.getRoot().getRowCount();
        }
        updateBatches.add(rows);
        byte[] bytes = DoPutUpdateResult.newBuilder().setRecordCount(rows).build().toByteArray();
        try (ArrowBuf buffer = allocator.buffer(bytes.length)) {
          buffer.writeBytes(bytes);
          ackStream.onNext(PutResult.metadata(buffer));
        }
        ackStream.onCompleted();
      };
    }

    @Override
    public synchronized void close() {
      if (lastParameters != null) {
        lastParameters.close();
      }
    }
  }
}
