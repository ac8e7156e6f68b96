package dev.quiver.jdbc.internal.metadata;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlSupportedTransaction;

/**
 * Transactions and limits from GetSqlInfo. A missing SqlInfo id gives the conservative answer (no
 * transactions, 0 = no limit or unknown), never an error. Subclassed only by {@link
 * QuiverDatabaseMetaData}, which adds the result-set methods.
 */
abstract class CapabilityMetaData extends DialectMetaData {

  // ---- transactions ----

  /**
   * Transactions are usable through JDBC only when the server implements the Flight SQL transaction
   * actions (SqlInfo 8), whatever its database can do (SqlInfo 563).
   */
  @Override
  public boolean supportsTransactions() throws SQLException {
    long flightSql =
        info()
            .number(
                SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION,
                SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_NONE_VALUE);
    return flightSql != SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_NONE_VALUE
        && info().bool(SqlInfo.SQL_TRANSACTIONS_SUPPORTED, true);
  }

  @Override
  public boolean supportsSavepoints() throws SQLException {
    return info()
                .number(
                    SqlInfo.FLIGHT_SQL_SERVER_TRANSACTION,
                    SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_NONE_VALUE)
            == SqlSupportedTransaction.SQL_SUPPORTED_TRANSACTION_SAVEPOINT_VALUE
        && info().bool(SqlInfo.SQL_SAVEPOINTS_SUPPORTED, false);
  }

  @Override
  public boolean supportsMultipleTransactions() throws SQLException {
    return supportsTransactions();
  }

  @Override
  public int getDefaultTransactionIsolation() throws SQLException {
    if (!supportsTransactions()) {
      return Connection.TRANSACTION_NONE;
    }
    return IsolationLevels.toJdbc(info().number(SqlInfo.SQL_DEFAULT_TRANSACTION_ISOLATION, 0));
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int level) throws SQLException {
    if (level == Connection.TRANSACTION_NONE) {
      return !supportsTransactions();
    }
    Integer ordinal = IsolationLevels.toOrdinal(level);
    return ordinal != null
        && supportsTransactions()
        && info().bit(SqlInfo.SQL_SUPPORTED_TRANSACTIONS_ISOLATION_LEVELS, ordinal);
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
    return supportsTransactions()
        && !dataDefinitionCausesTransactionCommit()
        && !dataDefinitionIgnoredInTransactions();
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
    return supportsTransactions() && !supportsDataDefinitionAndDataManipulationTransactions();
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
    return info().bool(SqlInfo.SQL_DATA_DEFINITION_CAUSES_TRANSACTION_COMMIT, false);
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
    return info().bool(SqlInfo.SQL_DATA_DEFINITIONS_IN_TRANSACTIONS_IGNORED, false);
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() {
    return false;
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() {
    return false;
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() {
    return false;
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() {
    return false;
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() {
    return false;
  }

  // ---- limits (SqlInfo 541-561; 0 = no limit or unknown, as JDBC defines) ----

  private int limit(SqlInfo id) throws SQLException {
    return (int) Math.min(Math.max(info().number(id, 0), 0), Integer.MAX_VALUE);
  }

  @Override
  public int getMaxBinaryLiteralLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_BINARY_LITERAL_LENGTH);
  }

  @Override
  public int getMaxCharLiteralLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_CHAR_LITERAL_LENGTH);
  }

  @Override
  public int getMaxColumnNameLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_COLUMN_NAME_LENGTH);
  }

  @Override
  public int getMaxColumnsInGroupBy() throws SQLException {
    return limit(SqlInfo.SQL_MAX_COLUMNS_IN_GROUP_BY);
  }

  @Override
  public int getMaxColumnsInIndex() throws SQLException {
    return limit(SqlInfo.SQL_MAX_COLUMNS_IN_INDEX);
  }

  @Override
  public int getMaxColumnsInOrderBy() throws SQLException {
    return limit(SqlInfo.SQL_MAX_COLUMNS_IN_ORDER_BY);
  }

  @Override
  public int getMaxColumnsInSelect() throws SQLException {
    return limit(SqlInfo.SQL_MAX_COLUMNS_IN_SELECT);
  }

  @Override
  public int getMaxColumnsInTable() throws SQLException {
    return limit(SqlInfo.SQL_MAX_COLUMNS_IN_TABLE);
  }

  @Override
  public int getMaxConnections() throws SQLException {
    return limit(SqlInfo.SQL_MAX_CONNECTIONS);
  }

  @Override
  public int getMaxCursorNameLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_CURSOR_NAME_LENGTH);
  }

  @Override
  public int getMaxIndexLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_INDEX_LENGTH);
  }

  @Override
  public int getMaxSchemaNameLength() throws SQLException {
    return limit(SqlInfo.SQL_DB_SCHEMA_NAME_LENGTH);
  }

  @Override
  public int getMaxProcedureNameLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_PROCEDURE_NAME_LENGTH);
  }

  @Override
  public int getMaxCatalogNameLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_CATALOG_NAME_LENGTH);
  }

  @Override
  public int getMaxRowSize() throws SQLException {
    return limit(SqlInfo.SQL_MAX_ROW_SIZE);
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
    return info().bool(SqlInfo.SQL_MAX_ROW_SIZE_INCLUDES_BLOBS, false);
  }

  @Override
  public int getMaxStatementLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_STATEMENT_LENGTH);
  }

  @Override
  public int getMaxStatements() throws SQLException {
    return limit(SqlInfo.SQL_MAX_STATEMENTS);
  }

  @Override
  public int getMaxTableNameLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_TABLE_NAME_LENGTH);
  }

  @Override
  public int getMaxTablesInSelect() throws SQLException {
    return limit(SqlInfo.SQL_MAX_TABLES_IN_SELECT);
  }

  @Override
  public int getMaxUserNameLength() throws SQLException {
    return limit(SqlInfo.SQL_MAX_USERNAME_LENGTH);
  }

  @Override
  public long getMaxLogicalLobSize() {
    return 0;
  }
}
