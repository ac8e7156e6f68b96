package dev.quiver.jdbc.internal.accessor;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.VariableWidthFieldVector;

/**
 * Reads the bytes of one value of a variable-width (or fixed-size binary) vector. Offset-based
 * vectors are copied through a reusable scratch array, so reading a string allocates only the
 * {@code String}; view vectors (whose values may be inlined) go through {@code get}.
 */
final class Utf8Reader {

  private final FieldVector vector;
  private byte[] scratch = new byte[64];

  Utf8Reader(FieldVector vector) {
    if (!(vector instanceof VariableWidthFieldVector) && !(vector instanceof FixedSizeBinaryVector)) {
      throw new IllegalArgumentException("Not a variable-width vector: " + vector.getField());
    }
    this.vector = vector;
  }

  String string(int row) {
    if (vector instanceof BaseVariableWidthVector) {
      BaseVariableWidthVector v = (BaseVariableWidthVector) vector;
      int length = v.getValueLength(row);
      return decode(v.getDataBuffer(), v.getStartOffset(row), length);
    }
    if (vector instanceof BaseLargeVariableWidthVector) {
      BaseLargeVariableWidthVector v = (BaseLargeVariableWidthVector) vector;
      long start = v.getOffsetBuffer().getLong((long) row * BaseLargeVariableWidthVector.OFFSET_WIDTH);
      return decode(v.getDataBuffer(), start, v.getValueLength(row));
    }
    return new String(bytes(row), StandardCharsets.UTF_8);
  }

  private String decode(ArrowBuf data, long start, int length) {
    if (scratch.length < length) {
      scratch = new byte[Math.max(length, scratch.length * 2)];
    }
    data.getBytes(start, scratch, 0, length);
    return new String(scratch, 0, length, StandardCharsets.UTF_8);
  }

  /** A fresh copy of the value's bytes. */
  byte[] bytes(int row) {
    if (vector instanceof FixedSizeBinaryVector) {
      return ((FixedSizeBinaryVector) vector).get(row);
    }
    return ((VariableWidthFieldVector) vector).get(row);
  }
}
