package dev.quiver.jdbc.internal.types;

/**
 * How the values of an Arrow vector are read. The type table decides the family together with
 * the JDBC metadata, in one visit of the Arrow type, so the accessor chosen for a column and the
 * metadata reported for it cannot disagree.
 */
public enum TypeFamily {
  NULL,
  BOOLEAN,
  /** Int8..Int64 and UInt8..UInt32: every value fits a Java {@code long}. */
  INTEGER,
  /** UInt64: values above {@code Long.MAX_VALUE} exist. */
  UNSIGNED_BIGINT,
  FLOATING_POINT,
  DECIMAL,
  STRING,
  BINARY,
  /** The canonical {@code arrow.uuid} extension, stored as FixedSizeBinary(16). */
  UUID,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_WITH_TIME_ZONE,
  INTERVAL_YEAR_MONTH,
  INTERVAL_DAY_TIME,
  INTERVAL_MONTH_DAY_NANO,
  DURATION,
  LIST,
  STRUCT,
  MAP,
  UNION,
  /** Run-end encoded: rows map to the physical index of the values child. */
  RUN_END_ENCODED
}
