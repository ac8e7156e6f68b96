package dev.quiver.jdbc.internal.types;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Everything {@code ResultSetMetaData} reports about one column: the {@link ColumnType} from the
 * type table, refined by the Flight SQL column metadata the server attached to the field
 * (FlightSql.proto, {@code CommandStatementQuery}: {@code ARROW:FLIGHT:SQL:*} keys).
 */
public final class ColumnDescription {

  static final String PREFIX = "ARROW:FLIGHT:SQL:";
  static final String TYPE_NAME = PREFIX + "TYPE_NAME";
  static final String PRECISION = PREFIX + "PRECISION";
  static final String SCALE = PREFIX + "SCALE";
  static final String CATALOG_NAME = PREFIX + "CATALOG_NAME";
  static final String DB_SCHEMA_NAME = PREFIX + "DB_SCHEMA_NAME";
  /** The key Arrow Java's {@code FlightSqlColumnMetadata} writes instead of DB_SCHEMA_NAME. */
  static final String SCHEMA_NAME = PREFIX + "SCHEMA_NAME";
  static final String TABLE_NAME = PREFIX + "TABLE_NAME";
  static final String IS_AUTO_INCREMENT = PREFIX + "IS_AUTO_INCREMENT";
  static final String IS_CASE_SENSITIVE = PREFIX + "IS_CASE_SENSITIVE";
  static final String IS_READ_ONLY = PREFIX + "IS_READ_ONLY";
  static final String IS_SEARCHABLE = PREFIX + "IS_SEARCHABLE";
  static final String REMARKS = PREFIX + "REMARKS";

  private final String name;
  private final ColumnType type;
  private final boolean nullable;
  private final String catalogName;
  private final String schemaName;
  private final String tableName;
  private final boolean autoIncrement;
  private final boolean caseSensitive;
  private final boolean readOnly;
  private final boolean searchable;
  private final String remarks;

  private ColumnDescription(Field field, DictionaryProvider dictionaries) {
    Map<String, String> metadata = field.getMetadata() == null ? Map.of() : field.getMetadata();
    ColumnType base = TypeTable.columnType(field, dictionaries);
    this.name = field.getName() == null ? "" : field.getName();
    this.type =
        base.withServerOverrides(
            emptyToNull(metadata.get(TYPE_NAME)),
            parseInt(metadata.get(PRECISION)),
            parseInt(metadata.get(SCALE)));
    this.nullable = field.isNullable();
    this.catalogName = orEmpty(metadata.get(CATALOG_NAME));
    String schema = metadata.get(DB_SCHEMA_NAME);
    this.schemaName = orEmpty(schema != null ? schema : metadata.get(SCHEMA_NAME));
    this.tableName = orEmpty(metadata.get(TABLE_NAME));
    this.autoIncrement = flag(metadata.get(IS_AUTO_INCREMENT), false);
    this.caseSensitive = flag(metadata.get(IS_CASE_SENSITIVE), base.caseSensitive());
    // Query results are not updatable through this driver unless the server says otherwise.
    this.readOnly = flag(metadata.get(IS_READ_ONLY), true);
    this.searchable = flag(metadata.get(IS_SEARCHABLE), true);
    this.remarks = metadata.get(REMARKS);
  }

  /** The description of {@code field} (a dictionary-encoded field in the IPC form). */
  public static ColumnDescription of(Field field) {
    return of(field, null);
  }

  /**
   * The description of {@code field}, resolving dictionary encoding through {@code dictionaries}
   * (may be null); see {@link TypeTable#columnType(Field, DictionaryProvider)}.
   */
  public static ColumnDescription of(Field field, DictionaryProvider dictionaries) {
    return new ColumnDescription(requireNonNull(field, "field is null"), dictionaries);
  }

  /** The field name (label and name are the same in Arrow). */
  public String name() {
    return name;
  }

  /** The JDBC type, with the server's TYPE_NAME, PRECISION and SCALE where present. */
  public ColumnType type() {
    return type;
  }

  public boolean nullable() {
    return nullable;
  }

  /** The catalog name, {@code ""} when the server did not send one (JDBC convention). */
  public String catalogName() {
    return catalogName;
  }

  /** The schema name, {@code ""} when unknown. */
  public String schemaName() {
    return schemaName;
  }

  /** The table name, {@code ""} when unknown. */
  public String tableName() {
    return tableName;
  }

  public boolean autoIncrement() {
    return autoIncrement;
  }

  public boolean caseSensitive() {
    return caseSensitive;
  }

  public boolean readOnly() {
    return readOnly;
  }

  public boolean searchable() {
    return searchable;
  }

  /** The server's column comment, or {@code null}. */
  public String remarks() {
    return remarks;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static Integer parseInt(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      // A malformed hint from the server is ignored rather than failing every metadata call.
      return null;
    }
  }

  /** Arrow Java writes "1"/"0"; other servers write "true"/"false". */
  private static boolean flag(String value, boolean absent) {
    if (value == null) {
      return absent;
    }
    String v = value.trim();
    return "1".equals(v) || "true".equalsIgnoreCase(v);
  }
}
