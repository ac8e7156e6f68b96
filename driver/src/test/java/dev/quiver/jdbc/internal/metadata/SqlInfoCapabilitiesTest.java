package dev.quiver.jdbc.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.result.BatchSource;
import dev.quiver.jdbc.internal.result.InMemoryBatchSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.flight.FlightProducer.ServerStreamListener;
import org.apache.arrow.flight.sql.SqlInfoBuilder;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlNullOrdering;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlOuterJoinsSupportLevel;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedCaseSensitivity;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedTransaction;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportsConvert;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlTransactionIsolationLevel;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capabilities decoded from hand-built GetSqlInfo results: Arrow's own {@link SqlInfoBuilder}
 * (which writes several int32 enums as int64 and the outer-join level as a bitmask), and results
 * with ids missing, which must give the defaults and never an exception.
 */
class SqlInfoCapabilitiesTest {

  private BufferAllocator allocator;

  @BeforeEach
  void setUp() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void noLeak() {
    assertThat(allocator.getAllocatedMemory()).isZero();
    allocator.close();
  }

  @Test
  void missingIdsGiveDefaultsForEveryScalarMethod() throws Exception {
    FakeBackend backend = new FakeBackend(new SqlInfoBuilder());
    QuiverDatabaseMetaData metaData = new QuiverDatabaseMetaData(backend);
    // Every no-argument scalar method answers without an exception.
    for (Method method : DatabaseMetaData.class.getMethods()) {
      Class<?> type = method.getReturnType();
      boolean scalar =
          type == boolean.class || type == int.class || type == long.class || type == String.class;
      if (method.getParameterCount() == 0 && scalar) {
        try {
          method.invoke(metaData);
        } catch (InvocationTargetException e) {
          throw new AssertionError(method.getName() + " failed on missing SqlInfo", e.getCause());
        }
      }
    }
    assertThat(metaData.getDatabaseProductName()).isEmpty();
    assertThat(metaData.getIdentifierQuoteString()).isEqualTo("\"");
    assertThat(metaData.getSearchStringEscape()).isEqualTo("\\");
    assertThat(metaData.getSQLKeywords()).isEmpty();
    assertThat(metaData.supportsTransactions()).isFalse();
    assertThat(metaData.getDefaultTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
    assertThat(metaData.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE)).isTrue();
    assertThat(metaData.getMaxRowSize()).isZero();
    assertThat(metaData.supportsOuterJoins()).isFalse();
    assertThat(metaData.nullsAreSortedHigh()).isFalse();
    assertThat(metaData.nullsAreSortedAtEnd()).isFalse();
    assertThat(metaData.storesMixedCaseIdentifiers()).isFalse();
    assertThat(metaData.supportsConvert(Types.INTEGER, Types.VARCHAR)).isFalse();
    assertThat(backend.calls.get()).as("SqlInfo fetched once and cached").isEqualTo(1);
  }

  @Test
  void int64EnumsBitmaskOuterJoinsAndIsolationOrdinalsAreDecoded() throws SQLException {
    SqlInfoBuilder builder =
        new SqlInfoBuilder()
            .withFlightSqlServerName("Example")
            .withFlightSqlServerVersion("v12.3.4")
            .withFlightSqlServerTransaction(
                SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_TRANSACTION)
            .withSqlTransactionsSupported(true)
            // SqlInfoBuilder writes these three as int64 (trap 8)
            .withSqlIdentifierCase(SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_LOWERCASE)
            .withSqlNullOrdering(SqlNullOrdering.SQL_NULLS_SORTED_HIGH)
            .withSqlDefaultTransactionIsolation(
                SqlTransactionIsolationLevel.SQL_TRANSACTION_REPEATABLE_READ_VALUE)
            .withSqlSupportedTransactionsIsolationLevels(
                SqlTransactionIsolationLevel.SQL_TRANSACTION_READ_COMMITTED,
                SqlTransactionIsolationLevel.SQL_TRANSACTION_REPEATABLE_READ)
            // ... and this as a bitmask (FULL = 4), although the proto says ordinal
            .withSqlOuterJoinSupportLevel(SqlOuterJoinsSupportLevel.SQL_FULL_OUTER_JOINS)
            .withSqlKeywords(new String[] {"LIMIT", "select", "QUALIFY", "FROM"})
            .withSqlMaxRowSize(123)
            .withSqlSupportsConvert(
                Map.of(
                    SqlSupportsConvert.SQL_CONVERT_INTEGER_VALUE,
                    List.of(SqlSupportsConvert.SQL_CONVERT_VARCHAR_VALUE)));
    QuiverDatabaseMetaData metaData = new QuiverDatabaseMetaData(new FakeBackend(builder));
    assertThat(metaData.getDatabaseProductName()).isEqualTo("Example");
    assertThat(metaData.getDatabaseMajorVersion()).isEqualTo(12);
    assertThat(metaData.getDatabaseMinorVersion()).isEqualTo(3);
    assertThat(metaData.storesLowerCaseIdentifiers()).isTrue();
    assertThat(metaData.storesMixedCaseIdentifiers()).isFalse();
    assertThat(metaData.nullsAreSortedHigh()).isTrue();
    assertThat(metaData.supportsTransactions()).isTrue();
    // Flight SQL REPEATABLE_READ is ordinal 3; JDBC's constant is 4.
    assertThat(metaData.getDefaultTransactionIsolation())
        .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(metaData.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED))
        .isTrue();
    assertThat(metaData.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE))
        .isFalse();
    assertThat(metaData.supportsFullOuterJoins()).isTrue();
    assertThat(metaData.supportsLimitedOuterJoins()).isTrue();
    assertThat(metaData.getSQLKeywords()).isEqualTo("LIMIT,QUALIFY");
    assertThat(metaData.getMaxRowSize()).isEqualTo(123);
    assertThat(metaData.supportsConvert(Types.INTEGER, Types.VARCHAR)).isTrue();
    assertThat(metaData.supportsConvert(Types.VARCHAR, Types.INTEGER)).isFalse();
  }

  @Test
  void proto32BitEnumsAndOrdinalOuterJoinLevelAreDecodedToo() throws SQLException {
    CapabilityMetaData metaData =
        capabilities(
            Map.of(
                SqlInfo.SQL_IDENTIFIER_CASE.getNumber(),
                SqlSupportedCaseSensitivity.SQL_CASE_SENSITIVITY_UPPERCASE_VALUE,
                SqlInfo.SQL_OUTER_JOINS_SUPPORT_LEVEL.getNumber(),
                SqlOuterJoinsSupportLevel.SQL_LIMITED_OUTER_JOINS_VALUE));
    assertThat(metaData.storesUpperCaseIdentifiers()).isTrue();
    assertThat(metaData.supportsLimitedOuterJoins()).isTrue();
    assertThat(metaData.supportsFullOuterJoins()).isFalse();
  }

  @Test
  void aValueOfTheWrongKindIsAClearError() {
    CapabilityMetaData metaData =
        capabilities(Map.of(SqlInfo.FLIGHT_SQL_SERVER_NAME.getNumber(), Boolean.TRUE));
    assertThatThrownBy(metaData::getDatabaseProductName)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("FLIGHT_SQL_SERVER_NAME")
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HY000"));
  }

  private static CapabilityMetaData capabilities(Map<Integer, Object> values) {
    return QuiverDatabaseMetaData.withSqlInfo(new FailingBackend(), SqlInfoValues.of(values));
  }

  /** Serves a SqlInfoBuilder's answer as the result of every call, counting the calls. */
  private final class FakeBackend implements MetadataBackend {
    private final SqlInfoBuilder builder;
    final AtomicInteger calls = new AtomicInteger();

    FakeBackend(SqlInfoBuilder builder) {
      this.builder = builder;
    }

    @Override
    public Connection connection() {
      return null;
    }

    @Override
    public String url() {
      return null;
    }

    @Override
    public BatchSource execute(FlightCall call) {
      calls.incrementAndGet();
      Capture capture = new Capture();
      builder.send(List.of(), capture);
      return capture.source();
    }

    @Override
    public BufferAllocator newResultAllocator() {
      return allocator.newChildAllocator("result", 0, Long.MAX_VALUE);
    }

    @Override
    public ResultSet resultSet(BatchSource source) {
      throw new UnsupportedOperationException("not needed by capability tests");
    }
  }

  /** A backend for tests that never reach the server. */
  private static final class FailingBackend implements MetadataBackend {
    @Override
    public Connection connection() {
      return null;
    }

    @Override
    public String url() {
      return null;
    }

    @Override
    public BatchSource execute(FlightCall call) throws SQLException {
      throw new SQLException("no server in this test");
    }

    @Override
    public BufferAllocator newResultAllocator() throws SQLException {
      throw new SQLException("no server in this test");
    }

    @Override
    public ResultSet resultSet(BatchSource source) throws SQLException {
      throw new SQLException("no server in this test");
    }
  }

  /**
   * Receives the builder's batch (allocated from its own root allocator) and copies it through
   * Arrow IPC into this test's allocator, as a Flight stream would.
   */
  private final class Capture implements ServerStreamListener {
    private final List<VectorSchemaRoot> copies = new ArrayList<>();
    private VectorSchemaRoot root;

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void setOnCancelHandler(Runnable handler) {}

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void start(VectorSchemaRoot root, DictionaryProvider dictionaries, IpcOption option) {
      this.root = root;
    }

    @Override
    public void putNext() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ArrowStreamWriter writer = new ArrowStreamWriter(root, null, bytes)) {
        writer.writeBatch();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (ArrowStreamReader reader =
          new ArrowStreamReader(new ByteArrayInputStream(bytes.toByteArray()), allocator)) {
        reader.loadNextBatch();
        VectorSchemaRoot copy =
            VectorSchemaRoot.create(reader.getVectorSchemaRoot().getSchema(), allocator);
        copy.allocateNew();
        for (int i = 0; i < copy.getFieldVectors().size(); i++) {
          reader.getVectorSchemaRoot().getVector(i).makeTransferPair(copy.getVector(i)).transfer();
        }
        copy.setRowCount(reader.getVectorSchemaRoot().getRowCount());
        copies.add(copy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void putNext(ArrowBuf metadata) {
      putNext();
    }

    @Override
    public void putMetadata(ArrowBuf metadata) {}

    @Override
    public void error(Throwable error) {
      throw new AssertionError(error);
    }

    @Override
    public void completed() {}

    BatchSource source() {
      return new InMemoryBatchSource(copies.get(0).getSchema(), copies);
    }
  }
}
