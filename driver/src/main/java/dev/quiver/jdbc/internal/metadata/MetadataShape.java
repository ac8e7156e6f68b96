package dev.quiver.jdbc.internal.metadata;

import static java.util.Objects.requireNonNull;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The columns (names and {@link Types}) of one {@code DatabaseMetaData} result, exactly as the
 * {@code java.sql.DatabaseMetaData} Javadoc lists them, and the Arrow schema that gives those JDBC
 * types through the driver's type table.
 */
final class MetadataShape {

  static final MetadataShape CATALOGS = shape().text("TABLE_CAT").build();
  static final MetadataShape SCHEMAS = shape().text("TABLE_SCHEM").text("TABLE_CATALOG").build();
  static final MetadataShape TABLE_TYPES = shape().text("TABLE_TYPE").build();
  static final MetadataShape TABLES =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS", "TYPE_CAT")
          .text("TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION")
          .build();
  static final MetadataShape COLUMNS =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME")
          .integer("DATA_TYPE")
          .text("TYPE_NAME")
          .integer("COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE")
          .text("REMARKS", "COLUMN_DEF")
          .integer("SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION")
          .text("IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE")
          .smallint("SOURCE_DATA_TYPE")
          .text("IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN")
          .build();
  static final MetadataShape PRIMARY_KEYS =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME")
          .smallint("KEY_SEQ")
          .text("PK_NAME")
          .build();

  /** getImportedKeys, getExportedKeys and getCrossReference. */
  static final MetadataShape KEYS =
      shape()
          .text("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME")
          .text("FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME")
          .smallint("KEY_SEQ", "UPDATE_RULE", "DELETE_RULE")
          .text("FK_NAME", "PK_NAME")
          .smallint("DEFERRABILITY")
          .build();

  static final MetadataShape TYPE_INFO =
      shape()
          .text("TYPE_NAME")
          .integer("DATA_TYPE", "PRECISION")
          .text("LITERAL_PREFIX", "LITERAL_SUFFIX", "CREATE_PARAMS")
          .smallint("NULLABLE")
          .bool("CASE_SENSITIVE")
          .smallint("SEARCHABLE")
          .bool("UNSIGNED_ATTRIBUTE", "FIXED_PREC_SCALE", "AUTO_INCREMENT")
          .text("LOCAL_TYPE_NAME")
          .smallint("MINIMUM_SCALE", "MAXIMUM_SCALE")
          .integer("SQL_DATA_TYPE", "SQL_DATETIME_SUB", "NUM_PREC_RADIX")
          .build();
  static final MetadataShape PROCEDURES =
      shape()
          .text("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME")
          .text("RESERVED1", "RESERVED2", "RESERVED3", "REMARKS")
          .smallint("PROCEDURE_TYPE")
          .text("SPECIFIC_NAME")
          .build();
  static final MetadataShape PROCEDURE_COLUMNS =
      shape()
          .text("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "COLUMN_NAME")
          .smallint("COLUMN_TYPE")
          .integer("DATA_TYPE")
          .text("TYPE_NAME")
          .integer("PRECISION", "LENGTH")
          .smallint("SCALE", "RADIX", "NULLABLE")
          .text("REMARKS", "COLUMN_DEF")
          .integer("SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION")
          .text("IS_NULLABLE", "SPECIFIC_NAME")
          .build();
  static final MetadataShape FUNCTIONS =
      shape()
          .text("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS")
          .smallint("FUNCTION_TYPE")
          .text("SPECIFIC_NAME")
          .build();
  static final MetadataShape FUNCTION_COLUMNS =
      shape()
          .text("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME")
          .smallint("COLUMN_TYPE")
          .integer("DATA_TYPE")
          .text("TYPE_NAME")
          .integer("PRECISION", "LENGTH")
          .smallint("SCALE", "RADIX", "NULLABLE")
          .text("REMARKS")
          .integer("CHAR_OCTET_LENGTH", "ORDINAL_POSITION")
          .text("IS_NULLABLE", "SPECIFIC_NAME")
          .build();
  static final MetadataShape INDEX_INFO =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME")
          .bool("NON_UNIQUE")
          .text("INDEX_QUALIFIER", "INDEX_NAME")
          .smallint("TYPE", "ORDINAL_POSITION")
          .text("COLUMN_NAME", "ASC_OR_DESC")
          .bigint("CARDINALITY", "PAGES")
          .text("FILTER_CONDITION")
          .build();
  static final MetadataShape UDTS =
      shape()
          .text("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME")
          .integer("DATA_TYPE")
          .text("REMARKS")
          .smallint("BASE_TYPE")
          .build();
  static final MetadataShape SUPER_TYPES =
      shape()
          .text("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME")
          .text("SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME")
          .build();
  static final MetadataShape SUPER_TABLES =
      shape().text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME").build();
  static final MetadataShape ATTRIBUTES =
      shape()
          .text("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME")
          .integer("DATA_TYPE")
          .text("ATTR_TYPE_NAME")
          .integer("ATTR_SIZE", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE")
          .text("REMARKS", "ATTR_DEF")
          .integer("SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION")
          .text("IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE")
          .smallint("SOURCE_DATA_TYPE")
          .build();
  static final MetadataShape COLUMN_PRIVILEGES =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME")
          .text("GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE")
          .build();
  static final MetadataShape TABLE_PRIVILEGES =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME")
          .text("GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE")
          .build();

  /** getBestRowIdentifier and getVersionColumns. */
  static final MetadataShape ROW_IDENTIFIER =
      shape()
          .smallint("SCOPE")
          .text("COLUMN_NAME")
          .integer("DATA_TYPE")
          .text("TYPE_NAME")
          .integer("COLUMN_SIZE", "BUFFER_LENGTH")
          .smallint("DECIMAL_DIGITS", "PSEUDO_COLUMN")
          .build();

  static final MetadataShape PSEUDO_COLUMNS =
      shape()
          .text("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME")
          .integer("DATA_TYPE", "COLUMN_SIZE", "DECIMAL_DIGITS", "NUM_PREC_RADIX")
          .text("COLUMN_USAGE", "REMARKS")
          .integer("CHAR_OCTET_LENGTH")
          .text("IS_NULLABLE")
          .build();
  static final MetadataShape CLIENT_INFO_PROPERTIES =
      shape().text("NAME").integer("MAX_LEN").text("DEFAULT_VALUE", "DESCRIPTION").build();

  private final List<String> names;
  private final List<Integer> jdbcTypes;
  private final Schema schema;

  private MetadataShape(List<String> names, List<Integer> jdbcTypes) {
    this.names = Collections.unmodifiableList(names);
    this.jdbcTypes = Collections.unmodifiableList(jdbcTypes);
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      fields.add(new Field(names.get(i), FieldType.nullable(arrowType(jdbcTypes.get(i))), null));
    }
    this.schema = new Schema(fields);
  }

  /** Column names in order. */
  List<String> names() {
    return names;
  }

  /** The {@link Types} code of each column, in order. */
  List<Integer> jdbcTypes() {
    return jdbcTypes;
  }

  int columnCount() {
    return names.size();
  }

  /** The Arrow schema of the result: every column nullable, JDBC types via the type table. */
  Schema schema() {
    return schema;
  }

  private static ArrowType arrowType(int jdbcType) {
    switch (jdbcType) {
      case Types.VARCHAR:
        return ArrowType.Utf8.INSTANCE;
      case Types.SMALLINT:
        return new ArrowType.Int(16, true);
      case Types.INTEGER:
        return new ArrowType.Int(32, true);
      case Types.BIGINT:
        return new ArrowType.Int(64, true);
      case Types.BOOLEAN:
        return ArrowType.Bool.INSTANCE;
      default:
        throw new IllegalArgumentException("no metadata column type for " + jdbcType);
    }
  }

  private static Builder shape() {
    return new Builder();
  }

  /** Collects columns in order. */
  private static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Integer> types = new ArrayList<>();

    Builder text(String... columns) {
      return add(Types.VARCHAR, columns);
    }

    Builder smallint(String... columns) {
      return add(Types.SMALLINT, columns);
    }

    Builder integer(String... columns) {
      return add(Types.INTEGER, columns);
    }

    Builder bigint(String... columns) {
      return add(Types.BIGINT, columns);
    }

    Builder bool(String... columns) {
      return add(Types.BOOLEAN, columns);
    }

    private Builder add(int type, String... columns) {
      for (String column : columns) {
        names.add(requireNonNull(column, "column is null"));
        types.add(type);
      }
      return this;
    }

    MetadataShape build() {
      return new MetadataShape(names, types);
    }
  }
}
