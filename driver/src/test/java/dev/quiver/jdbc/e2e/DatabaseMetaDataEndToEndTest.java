package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code DatabaseMetaData} through the driver from the fixture, compared with what DuckDB's own
 * JDBC driver says about the same schema created in-process.
 */
class DatabaseMetaDataEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static final String[] SCHEMA = {
    "CREATE SCHEMA s2",
    "CREATE TABLE t(id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, d DECIMAL(10,2),"
        + " ts TIMESTAMP, big BIGINT, dbl DOUBLE, flag BOOLEAN, day DATE)",
    "CREATE TABLE u(a INTEGER, b INTEGER, c VARCHAR, PRIMARY KEY (b, a))",
    "CREATE TABLE f(x INTEGER REFERENCES t(id), y INTEGER, z INTEGER,"
        + " FOREIGN KEY (y, z) REFERENCES u(b, a))",
    "CREATE TABLE s2.o(k INTEGER, \"Mixed Case\" VARCHAR)",
    "CREATE TABLE a_b(k_1 INTEGER, kx1 INTEGER)",
    "CREATE TABLE axb(k INTEGER)",
    "CREATE VIEW v AS SELECT id, name FROM t"
  };

  private static Connection duckDb;
  private Connection connection;

  @BeforeAll
  static void seed() throws SQLException {
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      for (String sql : SCHEMA) {
        FIXTURE.server().executeAdmin(sql);
        statement.execute(sql);
      }
    }
  }

  @AfterAll
  static void closeDuckDb() throws SQLException {
    duckDb.close();
  }

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
  }

  @AfterEach
  void closeAndCheckLeaks() throws SQLException {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void catalogsEqualDuckDb() throws SQLException {
    assertThat(rows(connection.getMetaData().getCatalogs()))
        .isEqualTo(rows(duckDb.getMetaData().getCatalogs()));
  }

  @Test
  void schemasEqualDuckDbInBothForms() throws SQLException {
    DatabaseMetaData quiver = connection.getMetaData();
    DatabaseMetaData duck = duckDb.getMetaData();
    assertThat(rows(quiver.getSchemas())).isEqualTo(rows(duck.getSchemas()));
    assertThat(rows(quiver.getSchemas("memory", "s%")))
        .isEqualTo(rows(duck.getSchemas("memory", "s%")))
        .hasSize(1);
    assertThat(rows(quiver.getSchemas(null, "main")))
        .isEqualTo(rows(duck.getSchemas(null, "main")));
  }

  @Test
  void tablesEqualDuckDbWithBaseTableReportedAsTable() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (List<Object> row : rows(duckDb.getMetaData().getTables(null, null, "%", null))) {
      List<Object> mapped = new ArrayList<>(row);
      if ("BASE TABLE".equals(mapped.get(3))) {
        mapped.set(3, "TABLE");
      }
      expected.add(mapped);
    }
    // DuckDB 1.4 orders by type name with "BASE TABLE" first; TABLE sorts after LOCAL TEMPORARY,
    // and there are no temporary tables here, so the orders agree.
    assertThat(rows(connection.getMetaData().getTables(null, null, "%", null))).isEqualTo(expected);
    assertThat(
            column(connection.getMetaData().getTables(null, null, null, new String[] {"VIEW"}), 3))
        .containsExactly("v");
    assertThat(rows(connection.getMetaData().getTables(null, null, "%", new String[0]))).isEmpty();
  }

  @Test
  void tableTypesAreFlightSqlNames() throws SQLException {
    assertThat(column(connection.getMetaData().getTableTypes(), 1))
        .containsExactly("LOCAL TEMPORARY", "TABLE", "VIEW");
  }

  @Test
  void temporaryTablesOfTheSessionAreVisibleToItsMetadataOnly() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("CREATE TEMP TABLE scratch(q INTEGER)");
    }
    try (ResultSet tables = connection.getMetaData().getTables(null, null, "scratch", null)) {
      assertThat(tables.next()).isTrue();
      assertThat(tables.getString("TABLE_CAT")).isEqualTo("temp");
      assertThat(tables.getString("TABLE_TYPE")).isEqualTo("LOCAL TEMPORARY");
      assertThat(tables.next()).isFalse();
    }
    try (Connection other = DriverManager.getConnection(FIXTURE.jdbcUrl())) {
      assertThat(rows(other.getMetaData().getTables(null, null, "scratch", null))).isEmpty();
    }
  }

  @Test
  void columnsEqualDuckDbWhereBothAreMeaningful() throws SQLException {
    // COLUMN_SIZE, NUM_PREC_RADIX, COLUMN_DEF and the IS_* flags differ by design (DuckDB reports
    // integer precision in bits; Flight SQL carries no defaults); the rest must agree.
    String[] compared = {
      "TABLE_CAT",
      "TABLE_SCHEM",
      "TABLE_NAME",
      "COLUMN_NAME",
      "TYPE_NAME",
      "NULLABLE",
      "ORDINAL_POSITION",
      "IS_NULLABLE"
    };
    List<List<Object>> expected =
        rows(duckDb.getMetaData().getColumns(null, null, "%", null), compared);
    List<List<Object>> actual =
        rows(connection.getMetaData().getColumns(null, null, "%", null), compared);
    assertThat(actual).isEqualTo(expected);
    // DATA_TYPE agrees for the scalar types both map the same way.
    List<List<Object>> expectedTypes =
        rows(duckDb.getMetaData().getColumns(null, null, "t", null), "COLUMN_NAME", "DATA_TYPE");
    assertThat(
            rows(
                connection.getMetaData().getColumns(null, null, "t", null),
                "COLUMN_NAME",
                "DATA_TYPE"))
        .isEqualTo(expectedTypes);
    try (ResultSet d = connection.getMetaData().getColumns("memory", "main", "t", "d")) {
      assertThat(d.next()).isTrue();
      assertThat(d.getInt("DATA_TYPE")).isEqualTo(Types.DECIMAL);
      assertThat(d.getInt("COLUMN_SIZE")).isEqualTo(10);
      assertThat(d.getInt("DECIMAL_DIGITS")).isEqualTo(2);
      assertThat(d.next()).isFalse();
    }
  }

  @Test
  void patternsHonourTheSearchStringEscape() throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String escape = metaData.getSearchStringEscape();
    assertThat(escape).isEqualTo(duckDb.getMetaData().getSearchStringEscape());
    assertThat(column(metaData.getTables(null, null, "a" + escape + "_b", null), 3))
        .containsExactly("a_b");
    assertThat(column(metaData.getTables(null, null, "a_b", null), 3))
        .containsExactly("a_b", "axb");
    assertThat(column(metaData.getColumns(null, null, "a" + escape + "_b", "k" + escape + "_1"), 4))
        .containsExactly("k_1");
    assertThat(column(metaData.getColumns(null, null, "a" + escape + "_b", "k_1"), 4))
        .containsExactly("k_1", "kx1");
    assertThat(column(metaData.getColumns(null, "s2", "o", "Mixed%"), 4))
        .containsExactly("Mixed Case");
    assertThat(rows(metaData.getTables(null, null, "' OR 1=1 --", null))).isEmpty();
  }

  @Test
  void primaryKeysEqualDuckDbExceptTheKeyName() throws SQLException {
    String[] compared = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ"};
    List<List<Object>> expected =
        rows(duckDb.getMetaData().getPrimaryKeys(null, null, "u"), compared);
    // JDBC orders primary keys by COLUMN_NAME; DuckDB's driver orders them by KEY_SEQ.
    expected.sort(java.util.Comparator.comparing(row -> (String) row.get(3)));
    assertThat(rows(connection.getMetaData().getPrimaryKeys(null, null, "u"), compared))
        .isEqualTo(expected)
        .hasSize(2);
    assertThat(column(connection.getMetaData().getPrimaryKeys(null, null, "u"), 6))
        .containsOnly("u_b_a_pkey");
  }

  @Test
  void foreignKeysEqualDuckDb() throws SQLException {
    DatabaseMetaData quiver = connection.getMetaData();
    DatabaseMetaData duck = duckDb.getMetaData();
    assertThat(rows(quiver.getImportedKeys(null, null, "f")))
        .isEqualTo(rows(duck.getImportedKeys(null, null, "f")))
        .hasSize(3);
    assertThat(rows(quiver.getExportedKeys(null, "main", "u")))
        .isEqualTo(rows(duck.getExportedKeys(null, "main", "u")))
        .hasSize(2);
    assertThat(rows(quiver.getCrossReference(null, "main", "t", null, "main", "f")))
        .isEqualTo(rows(duck.getCrossReference(null, "main", "t", null, "main", "f")))
        .hasSize(1);
    assertThatThrownBy(() -> quiver.getPrimaryKeys(null, null, null))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22023"));
  }

  @Test
  void typeInfoListsDuckDbTypesOrderedByJdbcType() throws SQLException {
    List<List<Object>> types = rows(connection.getMetaData().getTypeInfo());
    assertThat(types).hasSizeGreaterThan(20);
    List<Integer> dataTypes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (List<Object> row : types) {
      names.add((String) row.get(0));
      dataTypes.add(((Number) row.get(1)).intValue());
    }
    assertThat(dataTypes).isSorted();
    assertThat(names).contains("INTEGER", "VARCHAR", "DECIMAL", "TIMESTAMP", "BLOB", "UUID");
    assertThat(dataTypes.get(names.indexOf("INTEGER"))).isEqualTo(Types.INTEGER);
    assertThat(dataTypes.get(names.indexOf("VARCHAR"))).isEqualTo(Types.VARCHAR);
    assertThat(dataTypes.get(names.indexOf("DATE"))).isEqualTo(Types.DATE);
    assertThat(dataTypes.get(names.indexOf("INTERVAL"))).isEqualTo(Types.OTHER);
    try (ResultSet decimal = connection.getMetaData().getTypeInfo()) {
      while (decimal.next()) {
        if ("DECIMAL".equals(decimal.getString("TYPE_NAME"))) {
          assertThat(decimal.getString("CREATE_PARAMS")).isEqualTo("precision,scale");
          assertThat(decimal.getInt("PRECISION")).isEqualTo(38);
          assertThat(decimal.getShort("NULLABLE")).isEqualTo((short) DatabaseMetaData.typeNullable);
        }
      }
    }
  }

  @Test
  void capabilitiesTellTheTruthAboutDuckDb() throws SQLException {
    DatabaseMetaData quiver = connection.getMetaData();
    DatabaseMetaData duck = duckDb.getMetaData();
    String version;
    try (Statement statement = duckDb.createStatement();
        ResultSet result = statement.executeQuery("SELECT version()")) {
      result.next();
      version = result.getString(1);
    }
    assertThat(quiver.getDatabaseProductName()).isEqualTo("DuckDB");
    assertThat(quiver.getDatabaseProductVersion()).isEqualTo(version);
    assertThat(quiver.getDatabaseMajorVersion()).isEqualTo(1);
    assertThat(quiver.getIdentifierQuoteString()).isEqualTo(duck.getIdentifierQuoteString());
    assertThat(quiver.storesMixedCaseIdentifiers()).isEqualTo(duck.storesMixedCaseIdentifiers());
    assertThat(quiver.storesLowerCaseIdentifiers()).isEqualTo(duck.storesLowerCaseIdentifiers());
    assertThat(quiver.storesUpperCaseIdentifiers()).isEqualTo(duck.storesUpperCaseIdentifiers());
    assertThat(quiver.isReadOnly()).isFalse();
    List<String> keywords = List.of(quiver.getSQLKeywords().split(","));
    assertThat(keywords).contains("PRAGMA", "QUALIFY").doesNotContain("SELECT", "FROM");
    assertThat(quiver.getNumericFunctions()).contains("abs");
    assertThat(quiver.getStringFunctions()).contains("upper");
    assertThat(quiver.getTimeDateFunctions()).contains("date_part");
    assertThat(quiver.getSystemFunctions()).contains("version");
    assertThat(quiver.nullsAreSortedAtEnd()).isTrue();
    assertThat(quiver.supportsFullOuterJoins()).isTrue();
    assertThat(quiver.supportsUnionAll()).isTrue();
    assertThat(quiver.supportsConvert(Types.INTEGER, Types.VARCHAR)).isTrue();
    assertThat(quiver.supportsConvert(Types.DATE, Types.INTEGER)).isFalse();
    // The fixture implements BeginTransaction/EndTransaction; DuckDB has no savepoints and runs
    // transactions at the level its own JDBC driver reports.
    assertThat(quiver.supportsTransactions()).isTrue();
    assertThat(quiver.getDefaultTransactionIsolation())
        .isEqualTo(duckDb.getMetaData().getDefaultTransactionIsolation());
    assertThat(quiver.supportsSavepoints()).isFalse();
    assertThat(quiver.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY)).isTrue();
    assertThat(quiver.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)).isFalse();
    assertThat(quiver.getConnection()).isSameAs(connection);
    assertThat(quiver.getURL()).isEqualTo(FIXTURE.jdbcUrl().replaceAll("\\?.*", ""));
    assertThat(connection.getMetaData()).isSameAs(quiver);
  }

  @Test
  void metadataResultsAreOrdinaryResultSets() throws SQLException {
    ResultSet tables = connection.getMetaData().getTables("memory", "main", "t", null);
    assertThat(tables.getStatement()).isNull();
    assertThat(tables.next()).isTrue();
    assertThat(tables.getString(3)).isEqualTo("t");
    assertThat(tables.getString("REMARKS")).isNull();
    assertThat(tables.wasNull()).isTrue();
    assertThat(tables.getObject("TABLE_NAME")).isEqualTo("t");
    assertThat(tables.next()).isFalse();
    tables.close();
    assertThat(tables.isClosed()).isTrue();
    assertThatThrownBy(tables::next).isInstanceOf(SQLException.class);
  }

  @Test
  void closingTheConnectionFreesMetadataResultsLeftOpen() throws SQLException {
    Connection other = DriverManager.getConnection(FIXTURE.jdbcUrl());
    ResultSet leftOpen = other.getMetaData().getColumns(null, null, "%", null);
    assertThat(leftOpen.next()).isTrue();
    other.close();
    assertThat(leftOpen.isClosed()).isTrue();
    assertThatThrownBy(() -> other.getMetaData().getCatalogs())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08003"));
  }

  /** Every row of {@code result} as a list of {@code getObject} values (numbers widened). */
  static List<List<Object>> rows(ResultSet result) throws SQLException {
    try (ResultSet closing = result) {
      ResultSetMetaData metaData = closing.getMetaData();
      String[] names = new String[metaData.getColumnCount()];
      for (int i = 0; i < names.length; i++) {
        names[i] = metaData.getColumnLabel(i + 1);
      }
      return rowsOf(closing, names);
    }
  }

  static List<List<Object>> rows(ResultSet result, String... columns) throws SQLException {
    try (ResultSet closing = result) {
      return rowsOf(closing, columns);
    }
  }

  private static List<List<Object>> rowsOf(ResultSet result, String... columns)
      throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    while (result.next()) {
      List<Object> row = new ArrayList<>();
      for (String column : columns) {
        Object value = result.getObject(column);
        row.add(value instanceof Number ? (Object) ((Number) value).longValue() : value);
      }
      rows.add(row);
    }
    return rows;
  }

  static List<String> column(ResultSet result, int column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet closing = result) {
      while (closing.next()) {
        values.add(Objects.toString(closing.getObject(column), null));
      }
    }
    return values;
  }
}
