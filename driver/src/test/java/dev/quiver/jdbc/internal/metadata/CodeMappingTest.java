package dev.quiver.jdbc.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Types;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlTransactionIsolationLevel;
import org.apache.arrow.flight.sql.impl.FlightSql.XdbcDataType;
import org.junit.jupiter.api.Test;

/** The protocol codes that are NOT the JDBC codes they look like. */
class CodeMappingTest {

  @Test
  void xdbcWideCharIsNcharNotRowId() {
    // XDBC WCHAR is -8, which is java.sql.Types.ROWID.
    assertThat(XdbcDataType.XDBC_WCHAR_VALUE).isEqualTo(Types.ROWID);
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_WCHAR_VALUE)).isEqualTo(Types.NCHAR);
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_WVARCHAR_VALUE)).isEqualTo(Types.NVARCHAR);
  }

  @Test
  void odbcOnlyCodesBecomeJdbcCodes() {
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_DATETIME_VALUE)).isEqualTo(Types.TIMESTAMP);
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_INTERVAL_VALUE)).isEqualTo(Types.OTHER);
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_UNKNOWN_TYPE_VALUE)).isEqualTo(Types.OTHER);
  }

  @Test
  void sharedCodesAndJdbcOnlyCodesPassThrough() {
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_INTEGER_VALUE)).isEqualTo(Types.INTEGER);
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_BIT_VALUE)).isEqualTo(Types.BIT);
    assertThat(XdbcTypes.toJdbc(XdbcDataType.XDBC_TIMESTAMP_VALUE)).isEqualTo(Types.TIMESTAMP);
    assertThat(XdbcTypes.toJdbc(Types.BOOLEAN)).isEqualTo(Types.BOOLEAN);
  }

  @Test
  void isolationOrdinalsBecomeConnectionConstants() {
    assertThat(IsolationLevels.toJdbc(SqlTransactionIsolationLevel.SQL_TRANSACTION_NONE_VALUE))
        .isEqualTo(Connection.TRANSACTION_NONE);
    assertThat(
            IsolationLevels.toJdbc(
                SqlTransactionIsolationLevel.SQL_TRANSACTION_READ_UNCOMMITTED_VALUE))
        .isEqualTo(Connection.TRANSACTION_READ_UNCOMMITTED);
    assertThat(
            IsolationLevels.toJdbc(
                SqlTransactionIsolationLevel.SQL_TRANSACTION_READ_COMMITTED_VALUE))
        .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(
            IsolationLevels.toJdbc(
                SqlTransactionIsolationLevel.SQL_TRANSACTION_REPEATABLE_READ_VALUE))
        .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(
            IsolationLevels.toJdbc(SqlTransactionIsolationLevel.SQL_TRANSACTION_SERIALIZABLE_VALUE))
        .isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    assertThat(IsolationLevels.toJdbc(99)).isEqualTo(Connection.TRANSACTION_NONE);
    assertThat(IsolationLevels.toOrdinal(Connection.TRANSACTION_SERIALIZABLE))
        .isEqualTo(SqlTransactionIsolationLevel.SQL_TRANSACTION_SERIALIZABLE_VALUE);
    assertThat(IsolationLevels.toOrdinal(3)).isNull();
  }

  @Test
  void versionPartsAreReadFromProductVersions() {
    assertThat(DriverMetaData.versionPart("v1.4.4", 0)).isEqualTo(1);
    assertThat(DriverMetaData.versionPart("v1.4.4", 1)).isEqualTo(4);
    assertThat(DriverMetaData.versionPart("0.1.0-SNAPSHOT", 1)).isEqualTo(1);
    assertThat(DriverMetaData.versionPart("", 0)).isZero();
    assertThat(DriverMetaData.versionPart("unknown", 1)).isZero();
  }
}
