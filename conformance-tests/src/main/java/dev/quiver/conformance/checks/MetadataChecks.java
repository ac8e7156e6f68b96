package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import dev.quiver.conformance.SeedData;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

@Capability(value = "DatabaseMetaData", order = 60)
class MetadataChecks {

  @Check(id = "META-01", value = "product and driver names and versions are reported")
  void names(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      DatabaseMetaData metaData = connection.getMetaData();
      assertThat(metaData.getDatabaseProductName()).isNotBlank();
      assertThat(metaData.getDatabaseProductVersion()).isNotBlank();
      assertThat(metaData.getDriverName()).isNotBlank();
      assertThat(metaData.getDriverVersion()).isNotBlank();
      assertThat(metaData.getJDBCMajorVersion()).isEqualTo(4);
      assertThat(metaData.getConnection()).isSameAs(connection);
    }
  }

  @Check(id = "META-02", value = "getTables finds a table as TABLE and a view as VIEW")
  void tablesAndViews(ConformanceTarget target) throws SQLException {
    String table = Scratch.tableName();
    String view = table + "_v";
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + table + " (id INTEGER)");
      try {
        Scratch.ddl(connection, "CREATE VIEW " + view + " AS SELECT id FROM " + table);
        DatabaseMetaData metaData = connection.getMetaData();
        assertThat(tableTypes(metaData, table)).containsExactly("TABLE");
        assertThat(tableTypes(metaData, view)).containsExactly("VIEW");
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute("DROP VIEW IF EXISTS " + view);
        } catch (SQLException ignored) {
          // best effort, like Scratch.dropQuietly
        }
        Scratch.dropQuietly(connection, table);
      }
    }
  }

  @Check(id = "META-03", value = "getColumns agrees with the ResultSetMetaData of SELECT *")
  void columnsAgreeWithResultMetadata(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement();
        ResultSet select = statement.executeQuery("SELECT * FROM " + SeedData.VALUES_TABLE);
        ResultSet columns =
            connection.getMetaData().getColumns(null, null, SeedData.VALUES_TABLE, null)) {
      ResultSetMetaData expected = select.getMetaData();
      int position = 0;
      while (columns.next()) {
        position++;
        assertThat(columns.getString("COLUMN_NAME")).isEqualTo(expected.getColumnName(position));
        assertThat(columns.getInt("ORDINAL_POSITION")).isEqualTo(position);
        assertThat(columns.getInt("DATA_TYPE"))
            .as("DATA_TYPE of %s", expected.getColumnName(position))
            .isEqualTo(expected.getColumnType(position));
      }
      assertThat(position).isEqualTo(expected.getColumnCount());
    }
  }

  @Check(id = "META-04", value = "getPrimaryKeys reports the key column and its sequence")
  void primaryKeys(ConformanceTarget target) throws SQLException {
    target.requireSeededDuckDbFixture();
    try (Connection connection = target.connect();
        ResultSet keys =
            connection.getMetaData().getPrimaryKeys(null, null, SeedData.VALUES_TABLE)) {
      assertThat(keys.next()).isTrue();
      assertThat(keys.getString("TABLE_NAME")).isEqualTo(SeedData.VALUES_TABLE);
      assertThat(keys.getString("COLUMN_NAME")).isEqualTo("id");
      assertThat(keys.getShort("KEY_SEQ")).isEqualTo((short) 1);
      assertThat(keys.next()).isFalse();
    }
  }

  @Check(id = "META-05", value = "getTypeInfo lists types with the JDBC columns")
  void typeInfo(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        ResultSet types = connection.getMetaData().getTypeInfo()) {
      ResultSetMetaData shape = types.getMetaData();
      assertThat(shape.getColumnCount()).isGreaterThanOrEqualTo(18);
      assertThat(shape.getColumnName(1)).isEqualToIgnoringCase("TYPE_NAME");
      assertThat(shape.getColumnName(2)).isEqualToIgnoringCase("DATA_TYPE");
      List<Integer> dataTypes = new ArrayList<>();
      while (types.next()) {
        dataTypes.add(types.getInt("DATA_TYPE"));
      }
      assertThat(dataTypes).contains(Types.INTEGER, Types.VARCHAR);
    }
  }

  @Check(id = "META-06", value = "getCatalogs and getSchemas include the current catalog/schema")
  void catalogsAndSchemas(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      DatabaseMetaData metaData = connection.getMetaData();
      List<String> catalogs = new ArrayList<>();
      try (ResultSet rs = metaData.getCatalogs()) {
        while (rs.next()) {
          catalogs.add(rs.getString("TABLE_CAT"));
        }
      }
      List<String> schemas = new ArrayList<>();
      try (ResultSet rs = metaData.getSchemas()) {
        while (rs.next()) {
          schemas.add(rs.getString("TABLE_SCHEM"));
        }
      }
      assertThat(catalogs).isNotEmpty();
      assertThat(schemas).isNotEmpty();
      if (connection.getCatalog() != null) {
        assertThat(catalogs).contains(connection.getCatalog());
      }
      if (connection.getSchema() != null) {
        assertThat(schemas).contains(connection.getSchema());
      }
    }
  }

  @Check(id = "META-07", value = "getTableTypes includes TABLE and VIEW")
  void tableTypes(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        ResultSet rs = connection.getMetaData().getTableTypes()) {
      List<String> types = new ArrayList<>();
      while (rs.next()) {
        types.add(rs.getString("TABLE_TYPE"));
      }
      assertThat(types).contains("TABLE", "VIEW");
    }
  }

  @Check(id = "META-08", value = "getProcedures without server support is empty, JDBC-shaped")
  void emptyButShapedResults(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        ResultSet rs = connection.getMetaData().getProcedures(null, null, "%")) {
      ResultSetMetaData shape = rs.getMetaData();
      assertThat(shape.getColumnCount()).isEqualTo(9);
      assertThat(shape.getColumnName(1)).isEqualToIgnoringCase("PROCEDURE_CAT");
      assertThat(shape.getColumnName(3)).isEqualToIgnoringCase("PROCEDURE_NAME");
      assertThat(shape.getColumnType(8)).isEqualTo(Types.SMALLINT);
    }
  }

  @Check(id = "META-09", value = "LIKE patterns: '_' is a wildcard unless escaped")
  void likeEscape(ConformanceTarget target) throws SQLException {
    String base = Scratch.tableName();
    String underscored = base + "_a";
    String lookalike = base + "xa";
    try (Connection connection = target.connect()) {
      Scratch.ddl(connection, "CREATE TABLE " + underscored + " (id INTEGER)");
      Scratch.ddl(connection, "CREATE TABLE " + lookalike + " (id INTEGER)");
      try {
        DatabaseMetaData metaData = connection.getMetaData();
        String escape = metaData.getSearchStringEscape();
        assertThat(tableNames(metaData, base + "_a")).contains(underscored, lookalike);
        assertThat(tableNames(metaData, base + escape + "_a")).containsExactly(underscored);
        assertThat(tableNames(metaData, base + "%")).contains(underscored, lookalike);
      } finally {
        Scratch.dropQuietly(connection, underscored);
        Scratch.dropQuietly(connection, lookalike);
      }
    }
  }

  @Check(id = "META-10", value = "SQL keywords, quote string and capabilities answer without error")
  void capabilities(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect()) {
      DatabaseMetaData metaData = connection.getMetaData();
      assertThat(metaData.getIdentifierQuoteString()).isNotNull();
      assertThat(metaData.getSQLKeywords()).isNotNull();
      assertThat(metaData.getNumericFunctions()).isNotNull();
      assertThat(metaData.getStringFunctions()).isNotNull();
      metaData.supportsTransactions();
      metaData.supportsBatchUpdates();
      metaData.getDefaultTransactionIsolation();
      metaData.storesLowerCaseIdentifiers();
      metaData.supportsOuterJoins();
      metaData.getMaxColumnNameLength();
      metaData.nullsAreSortedHigh();
      assertThat(metaData.supportsResultSetType(java.sql.ResultSet.TYPE_FORWARD_ONLY)).isTrue();
    }
  }

  private static List<String> tableTypes(DatabaseMetaData metaData, String table)
      throws SQLException {
    List<String> types = new ArrayList<>();
    try (ResultSet rs = metaData.getTables(null, null, table, null)) {
      while (rs.next()) {
        types.add(rs.getString("TABLE_TYPE"));
      }
    }
    return types;
  }

  private static List<String> tableNames(DatabaseMetaData metaData, String pattern)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = metaData.getTables(null, null, pattern, null)) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
