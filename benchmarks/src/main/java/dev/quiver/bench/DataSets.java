package dev.quiver.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that creates each benchmark's tables. The fixture and the in-process DuckDB variant run
 * exactly the same statements, so every variant reads the same data.
 */
public final class DataSets {
  /** The four column types of the narrow scan, repeated five times in the wide one. */
  private static final String[] TYPES = {"BIGINT", "DOUBLE", "VARCHAR", "TIMESTAMP"};

  /** Rows of the {@code points} table (point and small queries). */
  public static final int POINT_ROWS = 100_000;

  /** The schema with {@link #METADATA_TABLES} tables for {@code getColumns}. */
  public static final String METADATA_SCHEMA = "meta_bench";

  public static final int METADATA_TABLES = 1_000;
  public static final int METADATA_COLUMNS_PER_TABLE = 5;

  private DataSets() {}

  /** The scan table of a shape: {@code narrow} (4 columns) or {@code wide} (20 columns). */
  public static String scanTable(String shape) {
    return "scan_" + shape;
  }

  /** Creates {@link #scanTable} with {@code rows} rows and no NULLs. */
  public static String createScanTable(String shape, int rows) {
    int repeats;
    switch (shape) {
      case "narrow":
        repeats = 1;
        break;
      case "wide":
        repeats = 5;
        break;
      default:
        throw new IllegalArgumentException(
            "Unknown shape '" + shape + "'; expected narrow or wide");
    }
    StringBuilder select = new StringBuilder();
    for (int r = 0; r < repeats; r++) {
      for (String type : TYPES) {
        if (select.length() > 0) {
          select.append(", ");
        }
        select.append(columnExpression(type, r)).append(" AS c").append(r).append('_');
        select.append(type.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return "CREATE TABLE "
        + scanTable(shape)
        + " AS SELECT "
        + select
        + " FROM range("
        + rows
        + ") t(i)";
  }

  private static String columnExpression(String type, int offset) {
    switch (type) {
      case "BIGINT":
        return "(i + " + offset + ")::BIGINT";
      case "DOUBLE":
        return "((i + " + offset + ") * 1.5)::DOUBLE";
      case "VARCHAR":
        return "'row-' || (i + " + offset + ")";
      case "TIMESTAMP":
        return "TIMESTAMP '2024-01-01 00:00:00' + to_microseconds((i + " + offset + ") * 1001)";
      default:
        throw new IllegalArgumentException(type);
    }
  }

  /** {@code points(id BIGINT PRIMARY KEY, d, s, ts)} with ids 0 .. POINT_ROWS-1. */
  public static List<String> createPoints() {
    return List.of(
        "CREATE TABLE points (id BIGINT PRIMARY KEY, d DOUBLE, s VARCHAR, ts TIMESTAMP)",
        "INSERT INTO points SELECT i, i * 0.25, 'point-' || i,"
            + " TIMESTAMP '2024-01-01 00:00:00' + to_seconds(i) FROM range("
            + POINT_ROWS
            + ") t(i)");
  }

  /** The empty table the batch benchmark inserts into. */
  public static String createBatchTarget() {
    return "CREATE TABLE batch_target (id BIGINT, d DOUBLE, s VARCHAR, ts TIMESTAMP)";
  }

  /** A schema with {@link #METADATA_TABLES} tables of {@link #METADATA_COLUMNS_PER_TABLE}. */
  public static List<String> createMetadataTables() {
    List<String> sql = new ArrayList<>();
    sql.add("CREATE SCHEMA " + METADATA_SCHEMA);
    for (int t = 0; t < METADATA_TABLES; t++) {
      sql.add(
          String.format(
              "CREATE TABLE %s.table_%04d (id BIGINT, name VARCHAR, amount DECIMAL(18, 2),"
                  + " created TIMESTAMP, active BOOLEAN)",
              METADATA_SCHEMA, t));
    }
    return sql;
  }
}
