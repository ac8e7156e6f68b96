package dev.quiver.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Quiver's extensions of {@link Connection}, reached with {@code
 * connection.unwrap(QuiverConnection.class)}: bulk ingest of Arrow data into a table through Flight
 * SQL {@code CommandStatementIngest} (one DoPut streaming every batch), without SQL text and
 * without a row-by-row {@code INSERT}.
 *
 * <p>Ingest runs in the connection's transaction when auto-commit is off, provided the server says
 * it can (SqlInfo {@code FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED}); otherwise it is refused
 * (0A000) rather than silently committed on its own. With auto-commit on, the server commits the
 * ingest as one unit. Server errors carry the same SQLStates as any statement (for example 42S01
 * when the table exists and {@link IngestOptions.IfExists#FAIL} was asked, 42S02 when it is missing
 * and {@link IngestOptions.IfMissing#FAIL} was asked).
 *
 * <p>Ingest is never used behind the application's back: a batch of {@code INSERT} statements is
 * sent as the statements it is. See the README section "Extension API" for why.
 */
public interface QuiverConnection extends Connection {

  /**
   * Streams every remaining batch of {@code data} into {@code table} in one Flight SQL ingest call.
   *
   * <p>Ownership: the reader stays the caller's; it is read to its end (or to the first error) but
   * not closed. Batches are sent as they are, without copying or converting values; the server
   * decides how Arrow types map to its column types. Dictionary-encoded columns travel as
   * dictionaries (the reader is the dictionary provider); a server may refuse them (the fixture
   * server does).
   *
   * @param table the table name, unquoted (the server quotes it); not null or empty
   * @param data the batches; its schema names the columns
   * @param options what to do when the table exists or not, catalog/schema, temporary, extra server
   *     options
   * @return the number of rows the server reports as ingested
   * @throws SQLException 0A000 when the server does not support ingest (SqlInfo {@code
   *     FLIGHT_SQL_SERVER_BULK_INGESTION}), or not inside a transaction; the server's error mapped
   *     to its SQLState otherwise. A failed ingest is cancelled on the server, which then keeps
   *     nothing of it (the fixture server runs every ingest in a transaction).
   */
  long ingest(String table, ArrowReader data, IngestOptions options) throws SQLException;

  /**
   * Ingests the rows after the cursor of {@code rows} (any driver's result set) into {@code table}.
   *
   * <p>When {@code rows} is a Quiver result whose cursor has not moved yet and which has no
   * dictionary-encoded column, its Arrow batches are sent as they arrived from the server (zero
   * copy, see {@link QuiverResultSet#arrowReader()}); the result is then closed at the end.
   * Otherwise each row is read with {@code getObject} and written into Arrow batches of at most
   * {@link IngestOptions#batchRows()} rows, using the column types of {@link
   * ResultSet#getMetaData()} (the same conversions as {@code PreparedStatement} parameters); the
   * result set is read to its end but not closed. Columns of types the driver cannot send (OTHER,
   * JAVA_OBJECT, ARRAY, STRUCT, ...) are refused with 0A000 before anything is sent: cast them in
   * the query.
   *
   * @return the number of rows the server reports as ingested
   */
  long ingest(String table, ResultSet rows, IngestOptions options) throws SQLException;

  /**
   * Whether the server says it supports bulk ingest (SqlInfo {@code
   * FLIGHT_SQL_SERVER_BULK_INGESTION}); true when the server does not say, in which case {@link
   * #ingest} tries and reports the server's answer.
   */
  boolean supportsIngest() throws SQLException;
}
