package dev.quiver.jdbc.internal.types;

import static java.util.Objects.requireNonNull;

/**
 * The JDBC view of one Arrow type: the {@code java.sql.Types} code, the type name, size
 * information, and the class {@code getObject} returns. Produced only by {@link TypeTable}.
 */
public final class ColumnType {

  private final TypeFamily family;
  private final int jdbcType;
  private final String typeName;
  private final int precision;
  private final int scale;
  private final boolean signed;
  private final int displaySize;
  private final String className;
  private final boolean caseSensitive;

  ColumnType(
      TypeFamily family,
      int jdbcType,
      String typeName,
      int precision,
      int scale,
      boolean signed,
      int displaySize,
      String className,
      boolean caseSensitive) {
    this.family = requireNonNull(family, "family is null");
    this.jdbcType = jdbcType;
    this.typeName = requireNonNull(typeName, "typeName is null");
    this.precision = precision;
    this.scale = scale;
    this.signed = signed;
    this.displaySize = displaySize;
    this.className = requireNonNull(className, "className is null");
    this.caseSensitive = caseSensitive;
  }

  /** How the accessor reads the vector. */
  public TypeFamily family() {
    return family;
  }

  /** The {@link java.sql.Types} code. */
  public int jdbcType() {
    return jdbcType;
  }

  /** The type name reported by {@code getColumnTypeName}. */
  public String typeName() {
    return typeName;
  }

  /** Digits for numbers, characters for strings and date-times, bytes for binaries; 0 if n/a. */
  public int precision() {
    return precision;
  }

  /** Fraction digits for decimals and date-times; 0 otherwise. */
  public int scale() {
    return scale;
  }

  /** Whether values can be negative. */
  public boolean signed() {
    return signed;
  }

  /** The normal maximum width in characters of {@code getString}. */
  public int displaySize() {
    return displaySize;
  }

  /** The fully-qualified name of the class {@code getObject(int)} returns. */
  public String className() {
    return className;
  }

  /** Whether values compare case-sensitively (strings only). */
  public boolean caseSensitive() {
    return caseSensitive;
  }

  /** A copy with the server's type name, precision and scale where the server sent them. */
  ColumnType withServerOverrides(String serverTypeName, Integer serverPrecision, Integer serverScale) {
    return new ColumnType(
        family,
        jdbcType,
        serverTypeName != null ? serverTypeName : typeName,
        serverPrecision != null ? serverPrecision : precision,
        serverScale != null ? serverScale : scale,
        signed,
        displaySize,
        className,
        caseSensitive);
  }

  @Override
  public String toString() {
    return typeName + "(jdbcType=" + jdbcType + ", precision=" + precision + ", scale=" + scale
        + ", class=" + className + ")";
  }
}
