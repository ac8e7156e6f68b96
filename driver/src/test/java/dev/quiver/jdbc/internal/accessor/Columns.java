package dev.quiver.jdbc.internal.accessor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.IntervalDayVector;
import org.apache.arrow.vector.IntervalMonthDayNanoVector;
import org.apache.arrow.vector.IntervalYearVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.TimeSecVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.ViewVarBinaryVector;
import org.apache.arrow.vector.ViewVarCharVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.IntervalUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Builds one-column vectors from Java values for tests; {@code null} values become SQL NULL.
 * Every vector is handed to the tracker, which closes it after the test.
 */
public final class Columns {

  private final BufferAllocator allocator;
  private final Consumer<AutoCloseable> tracker;

  public Columns(BufferAllocator allocator, Consumer<AutoCloseable> tracker) {
    this.allocator = allocator;
    this.tracker = tracker;
  }

  /** Hands {@code resource} to the test's tracker, which closes it after the test. */
  public void track(AutoCloseable resource) {
    tracker.accept(resource);
  }

  public BufferAllocator allocator() {
    return allocator;
  }

  public static Field field(String name, ArrowType type) {
    return new Field(name, FieldType.nullable(type), null);
  }

  public static Field field(String name, ArrowType type, Map<String, String> metadata) {
    return new Field(name, new FieldType(true, type, null, metadata), null);
  }

  /** An empty vector of {@code field}, tracked. */
  public FieldVector vector(Field field) {
    FieldVector vector = field.createVector(allocator);
    tracker.accept(vector);
    return vector;
  }

  private <V extends BaseFixedWidthVector> V fixed(ArrowType type, int count) {
    @SuppressWarnings("unchecked")
    V vector = (V) vector(field("c", type));
    vector.allocateNew(count);
    vector.setValueCount(count);
    return vector;
  }

  public BitVector bools(Boolean... values) {
    BitVector v = fixed(ArrowType.Bool.INSTANCE, values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, values[i] ? 1 : 0);
      }
    }
    return v;
  }

  /** An integer vector of the given width and signedness holding {@code values} (raw bits). */
  public FieldVector ints(int bitWidth, boolean signed, Long... values) {
    BaseFixedWidthVector v = fixed(new ArrowType.Int(bitWidth, signed), values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
        continue;
      }
      long x = values[i];
      if (v instanceof TinyIntVector) {
        ((TinyIntVector) v).set(i, (byte) x);
      } else if (v instanceof SmallIntVector) {
        ((SmallIntVector) v).set(i, (short) x);
      } else if (v instanceof IntVector) {
        ((IntVector) v).set(i, (int) x);
      } else if (v instanceof BigIntVector) {
        ((BigIntVector) v).set(i, x);
      } else if (v instanceof UInt1Vector) {
        ((UInt1Vector) v).set(i, (int) x);
      } else if (v instanceof UInt2Vector) {
        ((UInt2Vector) v).set(i, (int) x);
      } else if (v instanceof UInt4Vector) {
        ((UInt4Vector) v).set(i, (int) x);
      } else {
        ((UInt8Vector) v).set(i, x);
      }
    }
    return v;
  }

  public FieldVector floats(FloatingPointPrecision precision, Double... values) {
    BaseFixedWidthVector v = fixed(new ArrowType.FloatingPoint(precision), values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else if (v instanceof Float2Vector) {
        ((Float2Vector) v).setWithPossibleTruncate(i, values[i].floatValue());
      } else if (v instanceof Float4Vector) {
        ((Float4Vector) v).set(i, values[i].floatValue());
      } else {
        ((Float8Vector) v).set(i, values[i]);
      }
    }
    return v;
  }

  public FieldVector decimals(int precision, int scale, int bitWidth, BigDecimal... values) {
    BaseFixedWidthVector v = fixed(new ArrowType.Decimal(precision, scale, bitWidth), values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        v.setNull(i);
      } else if (v instanceof DecimalVector) {
        ((DecimalVector) v).set(i, values[i]);
      } else {
        ((Decimal256Vector) v).set(i, values[i]);
      }
    }
    return v;
  }

  /** Utf8, LargeUtf8 or Utf8View, by {@code type}. */
  public FieldVector strings(ArrowType type, String... values) {
    return strings(field("c", type), values);
  }

  public FieldVector strings(Field field, String... values) {
    FieldVector v = vector(field);
    v.allocateNew();
    for (int i = 0; i < values.length; i++) {
      byte[] bytes = values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8);
      setBytes(v, i, bytes);
    }
    v.setValueCount(values.length);
    return v;
  }

  /** Binary, LargeBinary, BinaryView or FixedSizeBinary, by {@code type}. */
  public FieldVector binaries(ArrowType type, byte[]... values) {
    return binaries(field("c", type), values);
  }

  public FieldVector binaries(Field field, byte[]... values) {
    FieldVector v = vector(field);
    v.allocateNew();
    for (int i = 0; i < values.length; i++) {
      setBytes(v, i, values[i]);
    }
    v.setValueCount(values.length);
    return v;
  }

  private static void setBytes(FieldVector v, int i, byte[] bytes) {
    if (bytes == null) {
      if (v instanceof FixedSizeBinaryVector) {
        ((FixedSizeBinaryVector) v).setNull(i);
      } else {
        ((org.apache.arrow.vector.VariableWidthFieldVector) v).setNull(i);
      }
    } else if (v instanceof VarCharVector) {
      ((VarCharVector) v).setSafe(i, bytes);
    } else if (v instanceof LargeVarCharVector) {
      ((LargeVarCharVector) v).setSafe(i, bytes);
    } else if (v instanceof ViewVarCharVector) {
      ((ViewVarCharVector) v).setSafe(i, bytes);
    } else if (v instanceof VarBinaryVector) {
      ((VarBinaryVector) v).setSafe(i, bytes);
    } else if (v instanceof LargeVarBinaryVector) {
      ((LargeVarBinaryVector) v).setSafe(i, bytes);
    } else if (v instanceof ViewVarBinaryVector) {
      ((ViewVarBinaryVector) v).setSafe(i, bytes);
    } else {
      ((FixedSizeBinaryVector) v).setSafe(i, bytes);
    }
  }

  public FieldVector dates(org.apache.arrow.vector.types.DateUnit unit, Long... rawValues) {
    BaseFixedWidthVector v = fixed(new ArrowType.Date(unit), rawValues.length);
    for (int i = 0; i < rawValues.length; i++) {
      if (rawValues[i] == null) {
        v.setNull(i);
      } else if (v instanceof DateDayVector) {
        ((DateDayVector) v).set(i, rawValues[i].intValue());
      } else {
        ((DateMilliVector) v).set(i, rawValues[i]);
      }
    }
    return v;
  }

  /** A time vector holding raw values counted in {@code unit}. */
  public FieldVector times(TimeUnit unit, Long... rawValues) {
    int width = unit == TimeUnit.SECOND || unit == TimeUnit.MILLISECOND ? 32 : 64;
    BaseFixedWidthVector v = fixed(new ArrowType.Time(unit, width), rawValues.length);
    for (int i = 0; i < rawValues.length; i++) {
      if (rawValues[i] == null) {
        v.setNull(i);
      } else if (v instanceof TimeSecVector) {
        ((TimeSecVector) v).set(i, rawValues[i].intValue());
      } else if (v instanceof TimeMilliVector) {
        ((TimeMilliVector) v).set(i, rawValues[i].intValue());
      } else if (v instanceof TimeMicroVector) {
        ((TimeMicroVector) v).set(i, rawValues[i]);
      } else {
        ((TimeNanoVector) v).set(i, rawValues[i]);
      }
    }
    return v;
  }

  /** A timestamp vector ({@code zone} null = without zone) holding raw epoch values. */
  public TimeStampVector timestamps(TimeUnit unit, String zone, Long... rawValues) {
    TimeStampVector v = fixed(new ArrowType.Timestamp(unit, zone), rawValues.length);
    for (int i = 0; i < rawValues.length; i++) {
      if (rawValues[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, rawValues[i]);
      }
    }
    return v;
  }

  public IntervalYearVector yearMonths(Integer... months) {
    IntervalYearVector v = fixed(new ArrowType.Interval(IntervalUnit.YEAR_MONTH), months.length);
    for (int i = 0; i < months.length; i++) {
      if (months[i] == null) {
        v.setNull(i);
      } else {
        v.set(i, months[i]);
      }
    }
    return v;
  }

  public IntervalDayVector dayTimes(int days, int millis) {
    IntervalDayVector v = fixed(new ArrowType.Interval(IntervalUnit.DAY_TIME), 1);
    v.set(0, days, millis);
    return v;
  }

  public IntervalMonthDayNanoVector monthDayNanos(int months, int days, long nanos) {
    IntervalMonthDayNanoVector v =
        fixed(new ArrowType.Interval(IntervalUnit.MONTH_DAY_NANO), 1);
    v.set(0, months, days, nanos);
    return v;
  }

  public DurationVector durations(TimeUnit unit, long... rawValues) {
    DurationVector v = fixed(new ArrowType.Duration(unit), rawValues.length);
    for (int i = 0; i < rawValues.length; i++) {
      v.set(i, rawValues[i]);
    }
    return v;
  }

  public NullVector nulls(int count) {
    NullVector v = (NullVector) vector(field("c", ArrowType.Null.INSTANCE));
    v.setValueCount(count);
    return v;
  }

  /** Decimal values for {@link #decimals}. */
  public static BigDecimal[] bd(String... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] == null ? null : new BigDecimal(values[i]);
    }
    return out;
  }
}
