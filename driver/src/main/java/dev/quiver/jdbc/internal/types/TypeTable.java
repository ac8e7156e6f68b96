package dev.quiver.jdbc.internal.types;

import static java.util.Objects.requireNonNull;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * The one Arrow to JDBC type table (DESIGN.md "Types"). A single {@link ArrowType.ArrowTypeVisitor}
 * decides, for every Arrow type, both the JDBC metadata and the {@link TypeFamily} that selects the
 * accessor; result-set metadata and the accessor factory both call {@link #columnType(Field)}.
 *
 * <p>Dictionary-encoded fields: see {@link #columnType(Field, DictionaryProvider)}.
 */
public final class TypeTable {

  /** Field metadata key naming an extension type that this JVM has not registered. */
  static final String EXTENSION_NAME_KEY = "ARROW:extension:name";

  static final String UUID_EXTENSION = "arrow.uuid";
  static final String JSON_EXTENSION = "arrow.json";

  /** Precision and display size for values of unbounded length (strings, binaries, nested). */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  private TypeTable() {}

  /** The JDBC type of {@code field}, from its Arrow type only (no Flight SQL metadata). */
  public static ColumnType columnType(Field field) {
    requireNonNull(field, "field is null");
    return field.getType().accept(new Mapping(field));
  }

  /**
   * The JDBC type of {@code field}, resolving dictionary encoding through {@code dictionaries}.
   *
   * <p>Arrow Java has two forms of a dictionary-encoded field. In the IPC ("message") form, as in
   * {@code FlightInfo.getSchema()}, {@code getType()} is the value type. In the in-memory form, as
   * in {@code FlightStream.getRoot()}, {@code getType()} is the index type and the value type is
   * the dictionary vector's. With the dictionary at hand the value type comes from it (either
   * form); without it the field is taken to be in the message form.
   */
  public static ColumnType columnType(Field field, DictionaryProvider dictionaries) {
    requireNonNull(field, "field is null");
    DictionaryEncoding encoding = field.getDictionary();
    if (encoding != null && dictionaries != null) {
      Dictionary dictionary = dictionaries.lookup(encoding.getId());
      if (dictionary != null) {
        return columnType(dictionary.getVector().getField(), dictionaries);
      }
    }
    return columnType(field);
  }

  private static ColumnType of(
      TypeFamily family,
      int jdbcType,
      String name,
      int precision,
      int scale,
      boolean signed,
      int displaySize,
      Class<?> valueClass) {
    return new ColumnType(
        family, jdbcType, name, precision, scale, signed, displaySize, valueClass.getName(), false);
  }

  private static ColumnType text(int jdbcType, String name) {
    return new ColumnType(
        TypeFamily.STRING,
        jdbcType,
        name,
        UNBOUNDED,
        0,
        false,
        UNBOUNDED,
        String.class.getName(),
        true);
  }

  /** The single dispatch over Arrow types. */
  private static final class Mapping implements ArrowType.ArrowTypeVisitor<ColumnType> {

    private final Field field;

    Mapping(Field field) {
      this.field = field;
    }

    private String extensionName() {
      Map<String, String> metadata = field.getMetadata();
      return metadata == null ? null : metadata.get(EXTENSION_NAME_KEY);
    }

    @Override
    public ColumnType visit(ArrowType.Null type) {
      return of(TypeFamily.NULL, Types.NULL, "NULL", 0, 0, false, 4, Object.class);
    }

    @Override
    public ColumnType visit(ArrowType.Bool type) {
      return of(TypeFamily.BOOLEAN, Types.BOOLEAN, "BOOLEAN", 1, 0, false, 5, Boolean.class);
    }

    @Override
    public ColumnType visit(ArrowType.Int type) {
      boolean signed = type.getIsSigned();
      switch (type.getBitWidth()) {
        case 8:
          return signed
              ? of(TypeFamily.INTEGER, Types.TINYINT, "TINYINT", 3, 0, true, 4, Byte.class)
              : of(TypeFamily.INTEGER, Types.SMALLINT, "UTINYINT", 3, 0, false, 3, Short.class);
        case 16:
          return signed
              ? of(TypeFamily.INTEGER, Types.SMALLINT, "SMALLINT", 5, 0, true, 6, Short.class)
              : of(TypeFamily.INTEGER, Types.INTEGER, "USMALLINT", 5, 0, false, 5, Integer.class);
        case 32:
          return signed
              ? of(TypeFamily.INTEGER, Types.INTEGER, "INTEGER", 10, 0, true, 11, Integer.class)
              : of(TypeFamily.INTEGER, Types.BIGINT, "UINTEGER", 10, 0, false, 10, Long.class);
        case 64:
          return signed
              ? of(TypeFamily.INTEGER, Types.BIGINT, "BIGINT", 19, 0, true, 20, Long.class)
              : of(
                  TypeFamily.UNSIGNED_BIGINT,
                  Types.NUMERIC,
                  "UBIGINT",
                  20,
                  0,
                  false,
                  20,
                  java.math.BigDecimal.class);
        default:
          throw new IllegalArgumentException("Arrow Int bit width " + type.getBitWidth());
      }
    }

    @Override
    public ColumnType visit(ArrowType.FloatingPoint type) {
      switch (type.getPrecision()) {
        case HALF:
          // 11 significant bits: 3 decimal digits; "-6.55E4" is the widest text.
          return of(TypeFamily.FLOATING_POINT, Types.REAL, "FLOAT2", 3, 0, true, 10, Float.class);
        case SINGLE:
          return of(TypeFamily.FLOATING_POINT, Types.REAL, "REAL", 7, 0, true, 15, Float.class);
        case DOUBLE:
        default:
          return of(
              TypeFamily.FLOATING_POINT, Types.DOUBLE, "DOUBLE", 15, 0, true, 24, Double.class);
      }
    }

    @Override
    public ColumnType visit(ArrowType.Decimal type) {
      int precision = type.getPrecision();
      int scale = type.getScale();
      // sign, digits, and a decimal point when there is a fraction
      int display = precision + 1 + (scale > 0 ? 1 : 0);
      return of(
          TypeFamily.DECIMAL,
          Types.DECIMAL,
          "DECIMAL",
          precision,
          scale,
          true,
          display,
          java.math.BigDecimal.class);
    }

    @Override
    public ColumnType visit(ArrowType.Utf8 type) {
      if (JSON_EXTENSION.equals(extensionName())) {
        return text(Types.VARCHAR, "JSON");
      }
      return text(Types.VARCHAR, "VARCHAR");
    }

    @Override
    public ColumnType visit(ArrowType.LargeUtf8 type) {
      if (JSON_EXTENSION.equals(extensionName())) {
        return text(Types.LONGVARCHAR, "JSON");
      }
      return text(Types.LONGVARCHAR, "LONGVARCHAR");
    }

    @Override
    public ColumnType visit(ArrowType.Utf8View type) {
      return text(Types.VARCHAR, "VARCHAR");
    }

    @Override
    public ColumnType visit(ArrowType.Binary type) {
      return binary(Types.VARBINARY, "VARBINARY", UNBOUNDED);
    }

    @Override
    public ColumnType visit(ArrowType.LargeBinary type) {
      return binary(Types.LONGVARBINARY, "LONGVARBINARY", UNBOUNDED);
    }

    @Override
    public ColumnType visit(ArrowType.BinaryView type) {
      return binary(Types.VARBINARY, "VARBINARY", UNBOUNDED);
    }

    @Override
    public ColumnType visit(ArrowType.FixedSizeBinary type) {
      if (type.getByteWidth() == 16 && UUID_EXTENSION.equals(extensionName())) {
        return uuid();
      }
      return binary(Types.BINARY, "BINARY", type.getByteWidth());
    }

    private ColumnType binary(int jdbcType, String name, int byteWidth) {
      // getString renders bytes as hex: two characters per byte
      int display = byteWidth == UNBOUNDED ? UNBOUNDED : 2 * byteWidth;
      return of(TypeFamily.BINARY, jdbcType, name, byteWidth, 0, false, display, byte[].class);
    }

    private ColumnType uuid() {
      return of(TypeFamily.UUID, Types.OTHER, "UUID", 36, 0, false, 36, java.util.UUID.class);
    }

    @Override
    public ColumnType visit(ArrowType.Date type) {
      return of(TypeFamily.DATE, Types.DATE, "DATE", 10, 0, false, 10, java.sql.Date.class);
    }

    @Override
    public ColumnType visit(ArrowType.Time type) {
      int digits = fractionDigits(type.getUnit());
      // hh:mm:ss plus '.' and the fraction digits
      int width = 8 + (digits > 0 ? digits + 1 : 0);
      return of(
          TypeFamily.TIME, Types.TIME, "TIME", width, digits, false, width, java.sql.Time.class);
    }

    @Override
    public ColumnType visit(ArrowType.Timestamp type) {
      int digits = fractionDigits(type.getUnit());
      // yyyy-mm-dd hh:mm:ss plus '.' and the fraction digits
      int width = 19 + (digits > 0 ? digits + 1 : 0);
      if (type.getTimezone() == null) {
        return of(
            TypeFamily.TIMESTAMP,
            Types.TIMESTAMP,
            "TIMESTAMP",
            width,
            digits,
            false,
            width,
            java.sql.Timestamp.class);
      }
      // plus the "+hh:mm" offset
      return of(
          TypeFamily.TIMESTAMP_WITH_TIME_ZONE,
          Types.TIMESTAMP_WITH_TIMEZONE,
          "TIMESTAMP WITH TIME ZONE",
          width + 6,
          digits,
          false,
          width + 6,
          java.sql.Timestamp.class);
    }

    @Override
    public ColumnType visit(ArrowType.Interval type) {
      switch (type.getUnit()) {
        case YEAR_MONTH:
          return of(
              TypeFamily.INTERVAL_YEAR_MONTH,
              Types.OTHER,
              "INTERVAL YEAR TO MONTH",
              0,
              0,
              true,
              64,
              java.time.Period.class);
        case DAY_TIME:
          return of(
              TypeFamily.INTERVAL_DAY_TIME,
              Types.OTHER,
              "INTERVAL DAY TO SECOND",
              0,
              3,
              true,
              64,
              java.time.Duration.class);
        case MONTH_DAY_NANO:
        default:
          return of(
              TypeFamily.INTERVAL_MONTH_DAY_NANO,
              Types.OTHER,
              "INTERVAL",
              0,
              9,
              true,
              64,
              dev.quiver.jdbc.Interval.class);
      }
    }

    @Override
    public ColumnType visit(ArrowType.Duration type) {
      return of(
          TypeFamily.DURATION,
          Types.OTHER,
          "DURATION",
          0,
          fractionDigits(type.getUnit()),
          true,
          64,
          java.time.Duration.class);
    }

    @Override
    public ColumnType visit(ArrowType.List type) {
      return array();
    }

    @Override
    public ColumnType visit(ArrowType.LargeList type) {
      return array();
    }

    @Override
    public ColumnType visit(ArrowType.FixedSizeList type) {
      return array();
    }

    @Override
    public ColumnType visit(ArrowType.ListView type) {
      return array();
    }

    @Override
    public ColumnType visit(ArrowType.LargeListView type) {
      return array();
    }

    private ColumnType array() {
      return of(
          TypeFamily.LIST, Types.ARRAY, "ARRAY", 0, 0, false, UNBOUNDED, java.sql.Array.class);
    }

    @Override
    public ColumnType visit(ArrowType.Struct type) {
      return of(
          TypeFamily.STRUCT, Types.STRUCT, "STRUCT", 0, 0, false, UNBOUNDED, java.sql.Struct.class);
    }

    @Override
    public ColumnType visit(ArrowType.Map type) {
      return of(
          TypeFamily.MAP, Types.JAVA_OBJECT, "MAP", 0, 0, false, UNBOUNDED, java.util.Map.class);
    }

    @Override
    public ColumnType visit(ArrowType.Union type) {
      // A union reads as the value of its current branch: when every branch has the same JDBC
      // type, the column has that type; otherwise it is OTHER and getObject's class varies.
      List<Field> children = field.getChildren();
      ColumnType common = null;
      for (Field child : children) {
        ColumnType branch = columnType(child);
        if (common == null) {
          common = branch;
        } else if (common.jdbcType() != branch.jdbcType()
            || !common.className().equals(branch.className())) {
          common = null;
          break;
        }
      }
      if (common == null || children.isEmpty()) {
        return of(TypeFamily.UNION, Types.OTHER, "UNION", 0, 0, true, UNBOUNDED, Object.class);
      }
      return new ColumnType(
          TypeFamily.UNION,
          common.jdbcType(),
          common.typeName(),
          common.precision(),
          common.scale(),
          common.signed(),
          common.displaySize(),
          common.className(),
          common.caseSensitive());
    }

    @Override
    public ColumnType visit(ArrowType.RunEndEncoded type) {
      // children: run_ends, values
      ColumnType values = columnType(field.getChildren().get(1));
      return new ColumnType(
          TypeFamily.RUN_END_ENCODED,
          values.jdbcType(),
          values.typeName(),
          values.precision(),
          values.scale(),
          values.signed(),
          values.displaySize(),
          values.className(),
          values.caseSensitive());
    }

    @Override
    public ColumnType visit(ArrowType.ExtensionType type) {
      // A registered extension reads through its storage vector.
      if (UUID_EXTENSION.equals(type.extensionName())
          && type.storageType() instanceof ArrowType.FixedSizeBinary
          && ((ArrowType.FixedSizeBinary) type.storageType()).getByteWidth() == 16) {
        return uuid();
      }
      return type.storageType().accept(this);
    }
  }

  /** Digits after the decimal point that a time unit carries. */
  static int fractionDigits(org.apache.arrow.vector.types.TimeUnit unit) {
    switch (unit) {
      case SECOND:
        return 0;
      case MILLISECOND:
        return 3;
      case MICROSECOND:
        return 6;
      case NANOSECOND:
      default:
        return 9;
    }
  }
}
