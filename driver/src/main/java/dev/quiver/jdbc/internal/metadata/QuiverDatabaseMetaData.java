package dev.quiver.jdbc.internal.metadata;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.result.BatchSource;
import dev.quiver.jdbc.internal.result.InMemoryBatchSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.flight.sql.impl.FlightSql.SqlInfo;
import org.apache.arrow.flight.sql.util.TableRef;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@code DatabaseMetaData} of one connection. Capabilities come from GetSqlInfo, fetched on first
 * use and kept for the connection's life ({@link DialectMetaData}, {@link CapabilityMetaData});
 * catalog methods run the Flight SQL catalog commands and reshape the answers into JDBC's columns;
 * methods Flight SQL has no command for return an empty result of exactly JDBC's columns. Every
 * result is an ordinary forward-only result set whose buffers the connection frees if the
 * application does not.
 */
public final class QuiverDatabaseMetaData extends CapabilityMetaData {

  private final MetadataBackend backend;
  private final Set<ResultSet> openResults = ConcurrentHashMap.newKeySet();
  private final Object sqlInfoLock = new Object();
  private volatile SqlInfoValues sqlInfo;

  public QuiverDatabaseMetaData(MetadataBackend backend) {
    this.backend = requireNonNull(backend, "backend is null");
  }

  /** A metadata object whose SqlInfo is already known (unit tests of the capability rules). */
  static QuiverDatabaseMetaData withSqlInfo(MetadataBackend backend, SqlInfoValues values) {
    QuiverDatabaseMetaData metaData = new QuiverDatabaseMetaData(backend);
    metaData.sqlInfo = requireNonNull(values, "values is null");
    return metaData;
  }

  @Override
  SqlInfoValues info() throws SQLException {
    SqlInfoValues values = sqlInfo;
    if (values == null) {
      synchronized (sqlInfoLock) {
        values = sqlInfo;
        if (values == null) {
          // An empty id list asks for every id the server knows (one round trip, then cached).
          values =
              SqlInfoValues.decode(
                  ProtocolRows.read(backend.execute(client -> client.getSqlInfo(new int[0]))));
          sqlInfo = values;
        }
      }
    }
    return values;
  }

  /**
   * Bulk ingest (SqlInfo {@code FLIGHT_SQL_SERVER_BULK_INGESTION}); true when the server does not
   * say, so the ingest is tried and the server's own answer reported.
   */
  public boolean supportsBulkIngestion() throws SQLException {
    return info().bool(SqlInfo.FLIGHT_SQL_SERVER_BULK_INGESTION, true);
  }

  /**
   * Ingest inside a transaction (SqlInfo {@code FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED}).
   */
  public boolean supportsIngestTransactions() throws SQLException {
    return info().bool(SqlInfo.FLIGHT_SQL_SERVER_INGEST_TRANSACTIONS_SUPPORTED, false);
  }

  /** Closes the metadata results the application left open (called when the connection closes). */
  public void closeResults() throws SQLException {
    SQLException failure = null;
    for (ResultSet result : new ArrayList<>(openResults)) {
      try {
        result.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Connection getConnection() {
    return backend.connection();
  }

  @Override
  public String getURL() {
    return backend.url();
  }

  /** {@code ""}: the driver has no user name until authentication is configured. */
  @Override
  public String getUserName() {
    return "";
  }

  // ---- catalog commands ----

  @Override
  public ResultSet getCatalogs() throws SQLException {
    MetadataRows rows = new MetadataRows(MetadataShape.CATALOGS);
    for (Map<String, Object> row : read(client -> client.getCatalogs())) {
      rows.add(ProtocolRows.requiredString(row, "catalog_name"));
    }
    return result(rows.sort(order(0)));
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    return getSchemas(null, null);
  }

  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
    MetadataRows rows = new MetadataRows(MetadataShape.SCHEMAS);
    for (Map<String, Object> row : read(client -> client.getSchemas(catalog, schemaPattern))) {
      rows.add(
          ProtocolRows.requiredString(row, "db_schema_name"),
          ProtocolRows.string(row, "catalog_name"));
    }
    return result(rows.sort(order(1, 0)));
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    MetadataRows rows = new MetadataRows(MetadataShape.TABLE_TYPES);
    for (Map<String, Object> row : read(client -> client.getTableTypes())) {
      rows.add(ProtocolRows.requiredString(row, "table_type"));
    }
    return result(rows.sort(order(0)));
  }

  @Override
  public ResultSet getTables(
      String catalog, String schemaPattern, String tableNamePattern, String[] types)
      throws SQLException {
    MetadataRows rows = new MetadataRows(MetadataShape.TABLES);
    if (types != null && types.length == 0) {
      return result(rows); // an empty type list includes no table
    }
    List<String> typeList = types == null ? null : Arrays.asList(types);
    for (Map<String, Object> row :
        read(
            client ->
                client.getTables(catalog, schemaPattern, tableNamePattern, typeList, false))) {
      rows.add(
          ProtocolRows.string(row, "catalog_name"),
          ProtocolRows.string(row, "db_schema_name"),
          ProtocolRows.requiredString(row, "table_name"),
          ProtocolRows.requiredString(row, "table_type"),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    return result(rows.sort(order(3, 0, 1, 2)));
  }

  @Override
  public ResultSet getColumns(
      String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
      throws SQLException {
    // Flight SQL has no GetColumns: the columns are the fields of GetTables' table_schema, and
    // the column pattern is matched here.
    LikePattern columns = LikePattern.compile(columnNamePattern, getSearchStringEscape());
    MetadataRows rows = new MetadataRows(MetadataShape.COLUMNS);
    for (Map<String, Object> row :
        read(client -> client.getTables(catalog, schemaPattern, tableNamePattern, null, true))) {
      String table = ProtocolRows.requiredString(row, "table_name");
      Object bytes = row.get("table_schema");
      if (!(bytes instanceof byte[])) {
        throw SqlState.GENERAL_ERROR.exception(
            "The server sent no table_schema for table " + table);
      }
      Schema schema = ColumnRows.decodeSchema((byte[]) bytes, table);
      ColumnRows.add(
          rows,
          ProtocolRows.string(row, "catalog_name"),
          ProtocolRows.string(row, "db_schema_name"),
          table,
          schema,
          columns);
    }
    return result(rows.sort(order(0, 1, 2, 16)));
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    TableRef ref = TableRef.of(catalog, schema, requireTable(table));
    MetadataRows rows = new MetadataRows(MetadataShape.PRIMARY_KEYS);
    for (Map<String, Object> row : read(client -> client.getPrimaryKeys(ref))) {
      rows.add(
          ProtocolRows.string(row, "catalog_name"),
          ProtocolRows.string(row, "db_schema_name"),
          ProtocolRows.requiredString(row, "table_name"),
          ProtocolRows.requiredString(row, "column_name"),
          ProtocolRows.integer(row, "key_sequence"),
          ProtocolRows.string(row, "key_name"));
    }
    return result(rows.sort(order(3)));
  }

  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table)
      throws SQLException {
    TableRef ref = TableRef.of(catalog, schema, requireTable(table));
    return keys(read(client -> client.getImportedKeys(ref)), order(0, 1, 2, 8));
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table)
      throws SQLException {
    TableRef ref = TableRef.of(catalog, schema, requireTable(table));
    return keys(read(client -> client.getExportedKeys(ref)), order(4, 5, 6, 8));
  }

  @Override
  public ResultSet getCrossReference(
      String parentCatalog,
      String parentSchema,
      String parentTable,
      String foreignCatalog,
      String foreignSchema,
      String foreignTable)
      throws SQLException {
    TableRef primary = TableRef.of(parentCatalog, parentSchema, requireTable(parentTable));
    TableRef foreign = TableRef.of(foreignCatalog, foreignSchema, requireTable(foreignTable));
    return keys(read(client -> client.getCrossReference(primary, foreign)), order(4, 5, 6, 8));
  }

  /** The three key commands share one result schema (read by name) and JDBC shape. */
  private ResultSet keys(List<Map<String, Object>> protocolRows, Comparator<Object[]> order)
      throws SQLException {
    MetadataRows rows = new MetadataRows(MetadataShape.KEYS);
    for (Map<String, Object> row : protocolRows) {
      rows.add(
          ProtocolRows.string(row, "pk_catalog_name"),
          ProtocolRows.string(row, "pk_db_schema_name"),
          ProtocolRows.requiredString(row, "pk_table_name"),
          ProtocolRows.requiredString(row, "pk_column_name"),
          ProtocolRows.string(row, "fk_catalog_name"),
          ProtocolRows.string(row, "fk_db_schema_name"),
          ProtocolRows.requiredString(row, "fk_table_name"),
          ProtocolRows.requiredString(row, "fk_column_name"),
          ProtocolRows.integer(row, "key_sequence"),
          // Flight SQL's UpdateDeleteRules ordinals equal JDBC's importedKey* constants.
          ProtocolRows.integer(row, "update_rule"),
          ProtocolRows.integer(row, "delete_rule"),
          ProtocolRows.string(row, "fk_key_name"),
          ProtocolRows.string(row, "pk_key_name"),
          DatabaseMetaData.importedKeyNotDeferrable); // Flight SQL has no deferrability
    }
    return result(rows.sort(order));
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    MetadataRows rows = new MetadataRows(MetadataShape.TYPE_INFO);
    for (Map<String, Object> row : read(client -> client.getXdbcTypeInfo())) {
      Integer dataType = ProtocolRows.integer(row, "data_type");
      rows.add(
          ProtocolRows.requiredString(row, "type_name"),
          dataType == null ? null : XdbcTypes.toJdbc(dataType),
          ProtocolRows.integer(row, "column_size"),
          ProtocolRows.string(row, "literal_prefix"),
          ProtocolRows.string(row, "literal_suffix"),
          createParams(row.get("create_params")),
          ProtocolRows.integer(row, "nullable"),
          row.get("case_sensitive"),
          ProtocolRows.integer(row, "searchable"),
          row.get("unsigned_attribute"),
          row.get("fixed_prec_scale"),
          row.get("auto_increment"),
          ProtocolRows.string(row, "local_type_name"),
          ProtocolRows.integer(row, "minimum_scale"),
          ProtocolRows.integer(row, "maximum_scale"),
          ProtocolRows.integer(row, "sql_data_type"),
          ProtocolRows.integer(row, "datetime_subcode"),
          ProtocolRows.integer(row, "num_prec_radix"));
    }
    // JDBC orders by DATA_TYPE; the sort is stable, so the server's order decides within a type.
    return result(rows.sort(order(1)));
  }

  private static String createParams(Object value) {
    if (value instanceof List) {
      List<String> params = new ArrayList<>();
      for (Object param : (List<?>) value) {
        params.add(String.valueOf(param));
      }
      return String.join(",", params);
    }
    return value == null ? null : value.toString();
  }

  // ---- JDBC methods with no Flight SQL command: empty results of JDBC's columns ----

  @Override
  public ResultSet getProcedures(String catalog, String schemaPattern, String procedurePattern)
      throws SQLException {
    return empty(MetadataShape.PROCEDURES);
  }

  @Override
  public ResultSet getProcedureColumns(
      String catalog, String schemaPattern, String procedurePattern, String columnPattern)
      throws SQLException {
    return empty(MetadataShape.PROCEDURE_COLUMNS);
  }

  @Override
  public ResultSet getFunctions(String catalog, String schemaPattern, String functionPattern)
      throws SQLException {
    return empty(MetadataShape.FUNCTIONS);
  }

  @Override
  public ResultSet getFunctionColumns(
      String catalog, String schemaPattern, String functionPattern, String columnPattern)
      throws SQLException {
    return empty(MetadataShape.FUNCTION_COLUMNS);
  }

  @Override
  public ResultSet getIndexInfo(
      String catalog, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    return empty(MetadataShape.INDEX_INFO);
  }

  @Override
  public ResultSet getUDTs(String catalog, String schemaPattern, String typePattern, int[] types)
      throws SQLException {
    return empty(MetadataShape.UDTS);
  }

  @Override
  public ResultSet getSuperTypes(String catalog, String schemaPattern, String typePattern)
      throws SQLException {
    return empty(MetadataShape.SUPER_TYPES);
  }

  @Override
  public ResultSet getSuperTables(String catalog, String schemaPattern, String tablePattern)
      throws SQLException {
    return empty(MetadataShape.SUPER_TABLES);
  }

  @Override
  public ResultSet getAttributes(
      String catalog, String schemaPattern, String typePattern, String attributePattern)
      throws SQLException {
    return empty(MetadataShape.ATTRIBUTES);
  }

  @Override
  public ResultSet getColumnPrivileges(
      String catalog, String schema, String table, String columnPattern) throws SQLException {
    return empty(MetadataShape.COLUMN_PRIVILEGES);
  }

  @Override
  public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tablePattern)
      throws SQLException {
    return empty(MetadataShape.TABLE_PRIVILEGES);
  }

  @Override
  public ResultSet getBestRowIdentifier(
      String catalog, String schema, String table, int scope, boolean nullable)
      throws SQLException {
    return empty(MetadataShape.ROW_IDENTIFIER);
  }

  @Override
  public ResultSet getVersionColumns(String catalog, String schema, String table)
      throws SQLException {
    return empty(MetadataShape.ROW_IDENTIFIER);
  }

  @Override
  public ResultSet getPseudoColumns(
      String catalog, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    return empty(MetadataShape.PSEUDO_COLUMNS);
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return empty(MetadataShape.CLIENT_INFO_PROPERTIES);
  }

  // ---- plumbing ----

  private List<Map<String, Object>> read(MetadataBackend.FlightCall call) throws SQLException {
    return ProtocolRows.read(backend.execute(call)).rows();
  }

  private ResultSet empty(MetadataShape shape) throws SQLException {
    return result(new MetadataRows(shape));
  }

  private ResultSet result(MetadataRows rows) throws SQLException {
    BufferAllocator allocator = backend.newResultAllocator();
    VectorSchemaRoot root;
    try {
      root = rows.toRoot(allocator);
    } catch (RuntimeException e) {
      allocator.close();
      throw SqlState.GENERAL_ERROR.exception("Cannot build a metadata result: " + e, e);
    }
    TrackedSource source = new TrackedSource(new InMemoryBatchSource(root), allocator);
    ResultSet result;
    try {
      result = backend.resultSet(source);
    } catch (SQLException | RuntimeException e) {
      source.close();
      throw e;
    }
    source.owner = result;
    openResults.add(result);
    return result;
  }

  private static String requireTable(String table) throws SQLException {
    if (table == null) {
      throw SqlState.INVALID_PARAMETER_VALUE.exception("The table name must not be null");
    }
    return table;
  }

  /** Orders rows by the given columns, nulls first (JDBC's order for metadata results). */
  private static Comparator<Object[]> order(int... columns) {
    return (left, right) -> {
      for (int column : columns) {
        int compared = compare(left[column], right[column]);
        if (compared != 0) {
          return compared;
        }
      }
      return 0;
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object left, Object right) {
    if (left == null || right == null) {
      return left == null ? (right == null ? 0 : -1) : 1;
    }
    return ((Comparable) left).compareTo(right);
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type != null && type.isInstance(this)) {
      return type.cast(this);
    }
    throw SqlState.INVALID_ATTRIBUTE_VALUE.exception(
        "QuiverDatabaseMetaData does not implement " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type != null && type.isInstance(this);
  }

  /** An in-memory source that frees its allocator and forgets its result set when closed. */
  private final class TrackedSource implements BatchSource {
    private final InMemoryBatchSource delegate;
    private final BufferAllocator allocator;
    private ResultSet owner;
    private boolean closed;

    TrackedSource(InMemoryBatchSource delegate, BufferAllocator allocator) {
      this.delegate = delegate;
      this.allocator = allocator;
    }

    @Override
    public Schema schema() {
      return delegate.schema();
    }

    @Override
    public VectorSchemaRoot nextBatch() {
      return delegate.nextBatch();
    }

    @Override
    public synchronized void close() throws SQLException {
      if (closed) {
        return;
      }
      closed = true;
      delegate.close();
      if (owner != null) {
        openResults.remove(owner);
      }
      try {
        allocator.close();
      } catch (RuntimeException leak) {
        throw SqlState.GENERAL_ERROR.exception(
            "Metadata result memory was not fully released: " + leak.getMessage(), leak);
      }
    }
  }
}
