package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code DatabaseMetaData} result has exactly the columns (names, order and {@link
 * java.sql.Types}) that the {@code java.sql.DatabaseMetaData} Javadoc lists, whether the server
 * answers it or the driver returns it empty. Types are written as {@code java.sql.Types} codes: the
 * Javadoc's String = VARCHAR 12, int = INTEGER 4, short = SMALLINT 5, long = BIGINT -5, boolean =
 * BOOLEAN 16.
 */
class MetadataResultShapesTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static Connection connection;

  @FunctionalInterface
  interface MetadataCall {
    ResultSet call(DatabaseMetaData metaData) throws SQLException;
  }

  @BeforeAll
  static void connect() throws SQLException {
    FIXTURE.server().executeAdmin("CREATE TABLE shapes(id INTEGER PRIMARY KEY, v VARCHAR)");
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
  }

  @AfterEach
  void noResultLeft() throws SQLException {
    assertThat(connection.isClosed()).isFalse();
  }

  static Stream<Arguments> shapes() {
    String[] keys = {
      "PKTABLE_CAT:12",
      "PKTABLE_SCHEM:12",
      "PKTABLE_NAME:12",
      "PKCOLUMN_NAME:12",
      "FKTABLE_CAT:12",
      "FKTABLE_SCHEM:12",
      "FKTABLE_NAME:12",
      "FKCOLUMN_NAME:12",
      "KEY_SEQ:5",
      "UPDATE_RULE:5",
      "DELETE_RULE:5",
      "FK_NAME:12",
      "PK_NAME:12",
      "DEFERRABILITY:5"
    };
    String[] rowIdentifier = {
      "SCOPE:5",
      "COLUMN_NAME:12",
      "DATA_TYPE:4",
      "TYPE_NAME:12",
      "COLUMN_SIZE:4",
      "BUFFER_LENGTH:4",
      "DECIMAL_DIGITS:5",
      "PSEUDO_COLUMN:5"
    };
    return Stream.of(
        shape("getCatalogs", m -> m.getCatalogs(), "TABLE_CAT:12"),
        shape("getSchemas()", m -> m.getSchemas(), "TABLE_SCHEM:12", "TABLE_CATALOG:12"),
        shape(
            "getSchemas(c, p)", m -> m.getSchemas(null, "%"), "TABLE_SCHEM:12", "TABLE_CATALOG:12"),
        shape("getTableTypes", m -> m.getTableTypes(), "TABLE_TYPE:12"),
        shape(
            "getTables",
            m -> m.getTables(null, null, "%", null),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "TABLE_TYPE:12",
            "REMARKS:12",
            "TYPE_CAT:12",
            "TYPE_SCHEM:12",
            "TYPE_NAME:12",
            "SELF_REFERENCING_COL_NAME:12",
            "REF_GENERATION:12"),
        shape(
            "getColumns",
            m -> m.getColumns(null, null, "shapes", null),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "COLUMN_NAME:12",
            "DATA_TYPE:4",
            "TYPE_NAME:12",
            "COLUMN_SIZE:4",
            "BUFFER_LENGTH:4",
            "DECIMAL_DIGITS:4",
            "NUM_PREC_RADIX:4",
            "NULLABLE:4",
            "REMARKS:12",
            "COLUMN_DEF:12",
            "SQL_DATA_TYPE:4",
            "SQL_DATETIME_SUB:4",
            "CHAR_OCTET_LENGTH:4",
            "ORDINAL_POSITION:4",
            "IS_NULLABLE:12",
            "SCOPE_CATALOG:12",
            "SCOPE_SCHEMA:12",
            "SCOPE_TABLE:12",
            "SOURCE_DATA_TYPE:5",
            "IS_AUTOINCREMENT:12",
            "IS_GENERATEDCOLUMN:12"),
        shape(
            "getPrimaryKeys",
            m -> m.getPrimaryKeys(null, null, "shapes"),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "COLUMN_NAME:12",
            "KEY_SEQ:5",
            "PK_NAME:12"),
        shape("getImportedKeys", m -> m.getImportedKeys(null, null, "shapes"), keys),
        shape("getExportedKeys", m -> m.getExportedKeys(null, null, "shapes"), keys),
        shape(
            "getCrossReference",
            m -> m.getCrossReference(null, null, "shapes", null, null, "shapes"),
            keys),
        shape(
            "getTypeInfo",
            m -> m.getTypeInfo(),
            "TYPE_NAME:12",
            "DATA_TYPE:4",
            "PRECISION:4",
            "LITERAL_PREFIX:12",
            "LITERAL_SUFFIX:12",
            "CREATE_PARAMS:12",
            "NULLABLE:5",
            "CASE_SENSITIVE:16",
            "SEARCHABLE:5",
            "UNSIGNED_ATTRIBUTE:16",
            "FIXED_PREC_SCALE:16",
            "AUTO_INCREMENT:16",
            "LOCAL_TYPE_NAME:12",
            "MINIMUM_SCALE:5",
            "MAXIMUM_SCALE:5",
            "SQL_DATA_TYPE:4",
            "SQL_DATETIME_SUB:4",
            "NUM_PREC_RADIX:4"),
        shape(
            "getProcedures",
            m -> m.getProcedures(null, null, "%"),
            "PROCEDURE_CAT:12",
            "PROCEDURE_SCHEM:12",
            "PROCEDURE_NAME:12",
            "RESERVED1:12",
            "RESERVED2:12",
            "RESERVED3:12",
            "REMARKS:12",
            "PROCEDURE_TYPE:5",
            "SPECIFIC_NAME:12"),
        shape(
            "getProcedureColumns",
            m -> m.getProcedureColumns(null, null, "%", "%"),
            "PROCEDURE_CAT:12",
            "PROCEDURE_SCHEM:12",
            "PROCEDURE_NAME:12",
            "COLUMN_NAME:12",
            "COLUMN_TYPE:5",
            "DATA_TYPE:4",
            "TYPE_NAME:12",
            "PRECISION:4",
            "LENGTH:4",
            "SCALE:5",
            "RADIX:5",
            "NULLABLE:5",
            "REMARKS:12",
            "COLUMN_DEF:12",
            "SQL_DATA_TYPE:4",
            "SQL_DATETIME_SUB:4",
            "CHAR_OCTET_LENGTH:4",
            "ORDINAL_POSITION:4",
            "IS_NULLABLE:12",
            "SPECIFIC_NAME:12"),
        shape(
            "getFunctions",
            m -> m.getFunctions(null, null, "%"),
            "FUNCTION_CAT:12",
            "FUNCTION_SCHEM:12",
            "FUNCTION_NAME:12",
            "REMARKS:12",
            "FUNCTION_TYPE:5",
            "SPECIFIC_NAME:12"),
        shape(
            "getFunctionColumns",
            m -> m.getFunctionColumns(null, null, "%", "%"),
            "FUNCTION_CAT:12",
            "FUNCTION_SCHEM:12",
            "FUNCTION_NAME:12",
            "COLUMN_NAME:12",
            "COLUMN_TYPE:5",
            "DATA_TYPE:4",
            "TYPE_NAME:12",
            "PRECISION:4",
            "LENGTH:4",
            "SCALE:5",
            "RADIX:5",
            "NULLABLE:5",
            "REMARKS:12",
            "CHAR_OCTET_LENGTH:4",
            "ORDINAL_POSITION:4",
            "IS_NULLABLE:12",
            "SPECIFIC_NAME:12"),
        shape(
            "getIndexInfo",
            m -> m.getIndexInfo(null, null, "shapes", false, true),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "NON_UNIQUE:16",
            "INDEX_QUALIFIER:12",
            "INDEX_NAME:12",
            "TYPE:5",
            "ORDINAL_POSITION:5",
            "COLUMN_NAME:12",
            "ASC_OR_DESC:12",
            "CARDINALITY:-5",
            "PAGES:-5",
            "FILTER_CONDITION:12"),
        shape(
            "getUDTs",
            m -> m.getUDTs(null, null, "%", null),
            "TYPE_CAT:12",
            "TYPE_SCHEM:12",
            "TYPE_NAME:12",
            "CLASS_NAME:12",
            "DATA_TYPE:4",
            "REMARKS:12",
            "BASE_TYPE:5"),
        shape(
            "getSuperTypes",
            m -> m.getSuperTypes(null, null, "%"),
            "TYPE_CAT:12",
            "TYPE_SCHEM:12",
            "TYPE_NAME:12",
            "SUPERTYPE_CAT:12",
            "SUPERTYPE_SCHEM:12",
            "SUPERTYPE_NAME:12"),
        shape(
            "getSuperTables",
            m -> m.getSuperTables(null, null, "%"),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "SUPERTABLE_NAME:12"),
        shape(
            "getAttributes",
            m -> m.getAttributes(null, null, "%", "%"),
            "TYPE_CAT:12",
            "TYPE_SCHEM:12",
            "TYPE_NAME:12",
            "ATTR_NAME:12",
            "DATA_TYPE:4",
            "ATTR_TYPE_NAME:12",
            "ATTR_SIZE:4",
            "DECIMAL_DIGITS:4",
            "NUM_PREC_RADIX:4",
            "NULLABLE:4",
            "REMARKS:12",
            "ATTR_DEF:12",
            "SQL_DATA_TYPE:4",
            "SQL_DATETIME_SUB:4",
            "CHAR_OCTET_LENGTH:4",
            "ORDINAL_POSITION:4",
            "IS_NULLABLE:12",
            "SCOPE_CATALOG:12",
            "SCOPE_SCHEMA:12",
            "SCOPE_TABLE:12",
            "SOURCE_DATA_TYPE:5"),
        shape(
            "getColumnPrivileges",
            m -> m.getColumnPrivileges(null, null, "shapes", "%"),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "COLUMN_NAME:12",
            "GRANTOR:12",
            "GRANTEE:12",
            "PRIVILEGE:12",
            "IS_GRANTABLE:12"),
        shape(
            "getTablePrivileges",
            m -> m.getTablePrivileges(null, null, "%"),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "GRANTOR:12",
            "GRANTEE:12",
            "PRIVILEGE:12",
            "IS_GRANTABLE:12"),
        shape(
            "getBestRowIdentifier",
            m ->
                m.getBestRowIdentifier(null, null, "shapes", DatabaseMetaData.bestRowSession, true),
            rowIdentifier),
        shape("getVersionColumns", m -> m.getVersionColumns(null, null, "shapes"), rowIdentifier),
        shape(
            "getPseudoColumns",
            m -> m.getPseudoColumns(null, null, "%", "%"),
            "TABLE_CAT:12",
            "TABLE_SCHEM:12",
            "TABLE_NAME:12",
            "COLUMN_NAME:12",
            "DATA_TYPE:4",
            "COLUMN_SIZE:4",
            "DECIMAL_DIGITS:4",
            "NUM_PREC_RADIX:4",
            "COLUMN_USAGE:12",
            "REMARKS:12",
            "CHAR_OCTET_LENGTH:4",
            "IS_NULLABLE:12"),
        shape(
            "getClientInfoProperties",
            m -> m.getClientInfoProperties(),
            "NAME:12",
            "MAX_LEN:4",
            "DEFAULT_VALUE:12",
            "DESCRIPTION:12"));
  }

  private static Arguments shape(String method, MetadataCall call, String... columns) {
    return Arguments.of(method, call, List.of(columns));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void columnsAreExactlyJdbcs(String method, MetadataCall call, List<String> expected)
      throws SQLException {
    try (ResultSet result = call.call(connection.getMetaData())) {
      ResultSetMetaData metaData = result.getMetaData();
      List<String> actual = new ArrayList<>();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        actual.add(metaData.getColumnLabel(i) + ":" + metaData.getColumnType(i));
      }
      assertThat(actual).as(method).isEqualTo(expected);
      while (result.next()) {
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
          result.getObject(i); // every value readable with its column's type
        }
      }
    }
  }
}
