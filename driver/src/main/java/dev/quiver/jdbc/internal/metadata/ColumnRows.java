package dev.quiver.jdbc.internal.metadata;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.types.ColumnDescription;
import dev.quiver.jdbc.internal.types.ColumnType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@code getColumns} rows from GetTables' {@code table_schema}: each field of a table's IPC schema
 * becomes one JDBC column row, typed through the driver's one type table ({@link
 * ColumnDescription}, which also applies the {@code ARROW:FLIGHT:SQL:*} metadata the server
 * attached).
 */
final class ColumnRows {

  private static final String AUTO_INCREMENT_KEY = "ARROW:FLIGHT:SQL:IS_AUTO_INCREMENT";
  private static final int UNBOUNDED = Integer.MAX_VALUE;

  private ColumnRows() {}

  /** Decodes Arrow's encapsulated IPC schema message. */
  static Schema decodeSchema(byte[] ipcSchema, String table) throws SQLException {
    try {
      return MessageSerializer.deserializeSchema(
          new ReadChannel(Channels.newChannel(new ByteArrayInputStream(ipcSchema))));
    } catch (IOException | RuntimeException e) {
      throw SqlState.GENERAL_ERROR.exception(
          "The server sent an unreadable schema for table " + table + ": " + e.getMessage(), e);
    }
  }

  /** Adds the rows of {@code schema}'s fields whose names match {@code columnPattern}. */
  static void add(
      MetadataRows rows,
      String catalog,
      String schemaName,
      String table,
      Schema schema,
      LikePattern columnPattern) {
    List<Field> fields = schema.getFields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (!columnPattern.matches(field.getName())) {
        continue;
      }
      ColumnDescription column = ColumnDescription.of(field);
      ColumnType type = column.type();
      rows.add(
          catalog,
          schemaName,
          table,
          column.name(),
          type.jdbcType(),
          type.typeName(),
          columnSize(type),
          null, // BUFFER_LENGTH: unused
          decimalDigits(type),
          radix(type),
          column.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
          column.remarks(),
          null, // COLUMN_DEF: Flight SQL carries no default values
          null, // SQL_DATA_TYPE: unused
          null, // SQL_DATETIME_SUB: unused
          charOctetLength(type),
          i + 1,
          column.nullable() ? "YES" : "NO",
          null,
          null,
          null,
          null,
          autoIncrement(field, column),
          ""); // IS_GENERATEDCOLUMN: Flight SQL does not say
    }
  }

  private static Integer columnSize(ColumnType type) {
    return type.precision() == 0 ? null : type.precision();
  }

  private static Integer decimalDigits(ColumnType type) {
    switch (type.jdbcType()) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
      case Types.DECIMAL:
      case Types.NUMERIC:
      case Types.TIME:
      case Types.TIME_WITH_TIMEZONE:
      case Types.TIMESTAMP:
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return type.scale();
      default:
        return null;
    }
  }

  private static Integer radix(ColumnType type) {
    switch (type.jdbcType()) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
      case Types.DECIMAL:
      case Types.NUMERIC:
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
        return 10;
      default:
        return null;
    }
  }

  /** Bytes of a bounded character column (UTF-8: up to 4 per character); null otherwise. */
  private static Integer charOctetLength(ColumnType type) {
    switch (type.jdbcType()) {
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.NCHAR:
      case Types.NVARCHAR:
        if (type.precision() == 0 || type.precision() == UNBOUNDED) {
          return null;
        }
        return (int) Math.min((long) type.precision() * 4, UNBOUNDED);
      default:
        return null;
    }
  }

  /** "YES"/"NO" when the server said, "" (unknown, as JDBC allows) when it did not. */
  private static String autoIncrement(Field field, ColumnDescription column) {
    Map<String, String> metadata = field.getMetadata();
    if (metadata == null || !metadata.containsKey(AUTO_INCREMENT_KEY)) {
      return "";
    }
    return column.autoIncrement() ? "YES" : "NO";
  }
}
