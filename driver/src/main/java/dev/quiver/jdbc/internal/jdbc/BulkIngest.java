package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import dev.quiver.jdbc.IngestOptions;
import dev.quiver.jdbc.internal.error.FlightErrors;
import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.metadata.QuiverDatabaseMetaData;
import dev.quiver.jdbc.internal.param.ResultSetArrowReader;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient.Transaction;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableExistsOption;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableNotExistOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Flight SQL bulk ingest ({@code CommandStatementIngest}) for {@link QuiverConnection}: one DoPut
 * that streams every batch, honouring gRPC flow control, in the connection's transaction when there
 * is one.
 *
 * <p>The DoPut is driven here rather than by {@code FlightSqlClient.executeIngest}, because that
 * method leaves the call open when reading the data fails part-way (it neither completes nor
 * cancels the stream), sends no dictionaries, and does not wait for flow control. Here a failure on
 * the client side cancels the call, so the server discards what it received.
 */
final class BulkIngest {

  private final QuiverConnection connection;

  BulkIngest(QuiverConnection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  boolean supported() throws SQLException {
    return metaData().supportsBulkIngestion();
  }

  long ingest(String table, ArrowReader data, IngestOptions options) throws SQLException {
    checkArguments(table, options);
    if (data == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("ingest: data is null");
    }
    return send(table, data, options, null);
  }

  long ingest(String table, ResultSet rows, IngestOptions options) throws SQLException {
    checkArguments(table, options);
    if (rows == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("ingest: rows is null");
    }
    checkCapabilities();
    QuiverResultSet quiverRows = quiverResult(rows);
    if (quiverRows != null && quiverRows.batchesAvailableWithoutDictionaries()) {
      // Zero copy: the result's own batches go out as they came in.
      try (quiverRows) {
        return send(table, quiverRows.arrowReader(), options, null);
      }
    }
    BufferAllocator allocator = connection.newResultAllocator();
    try {
      try (ResultSetArrowReader reader =
          ResultSetArrowReader.open(rows, allocator, options.batchRows())) {
        return send(table, reader, options, reader);
      } catch (IOException closeFailure) {
        throw SqlState.GENERAL_ERROR.exception(
            "Releasing the ingest batches failed: " + closeFailure.getMessage(), closeFailure);
      }
    } finally {
      allocator.close();
    }
  }

  private long send(
      String table, ArrowReader data, IngestOptions options, ResultSetArrowReader rowReader)
      throws SQLException {
    checkCapabilities();
    Transaction transaction = connection.transactions().forStatement();
    FlightDescriptor descriptor = descriptor(table, options, transaction);
    FlightClient client = connection.clients().clientFor(Location.reuseConnection());
    VectorSchemaRoot root;
    try {
      root = data.getVectorSchemaRoot();
    } catch (IOException e) {
      throw readFailure(e, rowReader);
    }
    IngestPutListener put = new IngestPutListener();
    FlightClient.ClientStreamListener stream;
    try {
      stream = client.startPut(descriptor, root, data, put);
    } catch (RuntimeException e) {
      throw FlightErrors.toSqlException(e, FlightErrors.Phase.ESTABLISHED);
    }
    try {
      while (!put.isDone() && data.loadNextBatch()) {
        put.awaitReady(stream);
        if (put.isDone()) {
          break; // the server ended the call early: its answer is the result
        }
        stream.putNext();
      }
      stream.completed();
      stream.getResult();
      return put.recordCount();
    } catch (IOException | InterruptedException | RuntimeException failure) {
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (put.isDone()) {
        // The server ended the call: its own error is the answer, whatever failed here after it.
        Throwable serverError = put.error();
        RuntimeException answer =
            serverError instanceof RuntimeException
                ? (RuntimeException) serverError
                : failure instanceof RuntimeException ? (RuntimeException) failure : null;
        if (answer != null) {
          throw FlightErrors.toSqlException(answer, FlightErrors.Phase.ESTABLISHED);
        }
      }
      // The client failed: cancel the call so the server keeps nothing of this ingest.
      stream.error(
          CallStatus.CANCELLED
              .withDescription("The client stopped the ingest: " + failure.getMessage())
              .toRuntimeException());
      put.awaitEndQuietly();
      if (failure instanceof IOException) {
        throw readFailure((IOException) failure, rowReader);
      }
      if (failure instanceof InterruptedException) {
        throw SqlState.OPERATION_CANCELLED.exception("Interrupted during ingest", failure);
      }
      throw FlightErrors.toSqlException((RuntimeException) failure, FlightErrors.Phase.ESTABLISHED);
    }
  }

  private void checkCapabilities() throws SQLException {
    connection.checkOpen();
    QuiverDatabaseMetaData metaData = metaData();
    if (!metaData.supportsBulkIngestion()) {
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "The server does not support bulk ingest (SqlInfo FLIGHT_SQL_SERVER_BULK_INGESTION)");
    }
    if (!connection.getAutoCommit() && !metaData.supportsIngestTransactions()) {
      // Ingesting outside the open transaction would commit behind the application's back.
      throw SqlState.FEATURE_NOT_SUPPORTED.exception(
          "The server cannot ingest inside a transaction (SqlInfo"
              + " FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED); ingest with auto-commit on");
    }
  }

  private QuiverDatabaseMetaData metaData() throws SQLException {
    return (QuiverDatabaseMetaData) connection.getMetaData();
  }

  /** The Quiver result behind {@code rows} (also through a pool's wrapper), or null. */
  private static QuiverResultSet quiverResult(ResultSet rows) throws SQLException {
    if (rows instanceof QuiverResultSet) {
      return (QuiverResultSet) rows;
    }
    if (rows.isWrapperFor(dev.quiver.jdbc.QuiverResultSet.class)) {
      dev.quiver.jdbc.QuiverResultSet unwrapped =
          rows.unwrap(dev.quiver.jdbc.QuiverResultSet.class);
      return unwrapped instanceof QuiverResultSet ? (QuiverResultSet) unwrapped : null;
    }
    return null;
  }

  private static void checkArguments(String table, IngestOptions options) throws SQLException {
    if (table == null || table.isEmpty()) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("ingest: the table name is null or empty");
    }
    if (options == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("ingest: options is null");
    }
  }

  static FlightDescriptor descriptor(String table, IngestOptions options, Transaction transaction) {
    CommandStatementIngest.Builder command =
        CommandStatementIngest.newBuilder()
            .setTable(table)
            .setTemporary(options.temporary())
            .setTableDefinitionOptions(
                TableDefinitionOptions.newBuilder()
                    .setIfNotExist(
                        options.ifMissing() == IngestOptions.IfMissing.CREATE
                            ? TableNotExistOption.TABLE_NOT_EXIST_OPTION_CREATE
                            : TableNotExistOption.TABLE_NOT_EXIST_OPTION_FAIL)
                    .setIfExists(existsOption(options.ifExists())))
            .putAllOptions(options.serverOptions());
    if (options.catalog() != null) {
      command.setCatalog(options.catalog());
    }
    if (options.schema() != null) {
      command.setSchema(options.schema());
    }
    if (transaction != null) {
      command.setTransactionId(ByteString.copyFrom(transaction.getTransactionId()));
    }
    return FlightDescriptor.command(Any.pack(command.build()).toByteArray());
  }

  private static TableExistsOption existsOption(IngestOptions.IfExists ifExists) {
    switch (ifExists) {
      case APPEND:
        return TableExistsOption.TABLE_EXISTS_OPTION_APPEND;
      case REPLACE:
        return TableExistsOption.TABLE_EXISTS_OPTION_REPLACE;
      case FAIL:
      default:
        return TableExistsOption.TABLE_EXISTS_OPTION_FAIL;
    }
  }

  /** The data's own error: the row converter's SQLException when it has one. */
  private static SQLException readFailure(IOException failure, ResultSetArrowReader rowReader) {
    if (rowReader != null && rowReader.failure() != null) {
      return rowReader.failure();
    }
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return (SQLException) cause;
      }
    }
    return SqlState.GENERAL_ERROR.exception(
        "Reading the data to ingest failed: " + failure.getMessage(), failure);
  }
}
