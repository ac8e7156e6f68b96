package dev.quiver.conformance;

import java.util.List;

/**
 * The test schema the embedded fixture is seeded with, and the DuckDB oracle too, so that both hold
 * identical data. Deterministic: no random(), no now().
 */
public final class SeedData {
  /** Rows of {@link #SCAN_TABLE}. */
  public static final int SCAN_ROWS = 100_000;

  /** BIGINT, DOUBLE, VARCHAR, TIMESTAMP columns with a NULL in every column now and then. */
  public static final String SCAN_TABLE = "conformance_scan";

  /** One row per interesting value of the common types, including NULLs. */
  public static final String VALUES_TABLE = "conformance_values";

  private SeedData() {}

  public static List<String> statements() {
    return List.of(
        "CREATE TABLE "
            + SCAN_TABLE
            + " AS SELECT i::BIGINT AS id,"
            + " CASE WHEN i % 97 = 0 THEN NULL ELSE (i * 1.5)::DOUBLE END AS d,"
            + " CASE WHEN i % 89 = 0 THEN NULL ELSE 'row-' || i END AS s,"
            + " CASE WHEN i % 83 = 0 THEN NULL ELSE TIMESTAMP '2024-01-01' + to_seconds(i)"
            + " + to_microseconds(i % 1000) END AS ts"
            + " FROM range("
            + SCAN_ROWS
            + ") t(i)",
        "CREATE TABLE "
            + VALUES_TABLE
            + " (id INTEGER PRIMARY KEY, b BOOLEAN, i8 TINYINT, i16 SMALLINT, i32 INTEGER,"
            + " i64 BIGINT, f32 FLOAT, f64 DOUBLE, dec DECIMAL(18,3), s VARCHAR, bin BLOB,"
            + " d DATE, t TIME, ts TIMESTAMP)",
        "INSERT INTO "
            + VALUES_TABLE
            + " VALUES"
            + " (1, true, 1, 2, 3, 4, 1.5, 2.25, 12.345, 'abc', '\\x01\\x02'::BLOB,"
            + " DATE '2024-02-29', TIME '12:34:56.789', TIMESTAMP '2024-02-29 12:34:56.789123'),"
            + " (2, false, -128, -32768, -2147483648, -9223372036854775808, -0.0, -1e300,"
            + " -999999999999999.999, '', ''::BLOB, DATE '1970-01-01', TIME '00:00:00',"
            + " TIMESTAMP '1970-01-01 00:00:00'),"
            + " (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
            + " (4, true, 127, 32767, 2147483647, 9223372036854775807, 3.4e38, 1.7e308,"
            + " 999999999999999.999, 'zwölf 字 🏹', '\\xFF'::BLOB, DATE '9999-12-31',"
            + " TIME '23:59:59.999999', TIMESTAMP '9999-12-31 23:59:59.999999')");
  }
}
