package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.junit.jupiter.api.Test;

/**
 * Primitive getters must not allocate per row. Counts the bytes this thread allocates over a
 * million calls after warm-up (HotSpot's {@code ThreadMXBean.getThreadAllocatedBytes}); a boxed
 * value or a temporary per call would cost at least 16 MB, the threshold allows 1 MB of noise. This
 * checks allocation, not time.
 */
class NoAllocationTest extends ArrowTest {

  private static final int ROWS = 1024;
  private static final int CALLS = 1_000_000;
  private static final long TOLERATED_BYTES = 1_000_000;

  /** A getter call under test; returns something to consume so the JIT keeps the call. */
  @FunctionalInterface
  interface Read {
    long read(ColumnAccessor accessor, int row) throws SQLException;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static long bytesPerMillionCalls(ColumnAccessor accessor, Read read) throws SQLException {
    long sink = 0;
    for (int i = 0; i < 3 * CALLS; i++) { // warm-up: let the JIT compile the path
      int row = i & (ROWS - 1);
      if (!accessor.isNull(row)) {
        sink += read.read(accessor, row);
      }
    }
    long before = allocatedBytes();
    for (int i = 0; i < CALLS; i++) {
      int row = i & (ROWS - 1);
      if (!accessor.isNull(row)) {
        sink += read.read(accessor, row);
      }
    }
    long allocated = allocatedBytes() - before;
    assertThat(sink).isNotEqualTo(Long.MIN_VALUE); // consume the results
    return allocated;
  }

  private FieldVector ints(int bitWidth, boolean signed) {
    Long[] values = new Long[ROWS];
    for (int i = 0; i < ROWS; i++) {
      values[i] = (long) (i % 100);
    }
    return columns().ints(bitWidth, signed, values);
  }

  @Test
  void theMeasurementSeesPerCallAllocation() throws SQLException {
    // control: getString must allocate its String, so the counter has to see it
    ColumnAccessor int64 = Accessors.create(ints(64, true));
    assertThat(bytesPerMillionCalls(int64, (a, r) -> a.getString(r).length()))
        .isGreaterThan(16 * TOLERATED_BYTES);
  }

  @Test
  void integerGettersDoNotAllocate() throws SQLException {
    ColumnAccessor int32 = Accessors.create(ints(32, true));
    ColumnAccessor int64 = Accessors.create(ints(64, true));
    ColumnAccessor uint64 = Accessors.create(ints(64, false));
    assertThat(bytesPerMillionCalls(int32, ColumnAccessor::getInt)).isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(int64, ColumnAccessor::getLong)).isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(int64, ColumnAccessor::getShort)).isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(uint64, ColumnAccessor::getLong)).isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(int32, (a, r) -> (long) a.getDouble(r)))
        .isLessThan(TOLERATED_BYTES);
  }

  @Test
  void floatingAndBooleanGettersDoNotAllocate() throws SQLException {
    Double[] doubles = new Double[ROWS];
    Boolean[] bools = new Boolean[ROWS];
    for (int i = 0; i < ROWS; i++) {
      doubles[i] = i * 0.5;
      bools[i] = i % 3 == 0 ? null : i % 2 == 0;
    }
    ColumnAccessor float8 =
        Accessors.create(columns().floats(FloatingPointPrecision.DOUBLE, doubles));
    ColumnAccessor float4 =
        Accessors.create(columns().floats(FloatingPointPrecision.SINGLE, doubles));
    ColumnAccessor bit = Accessors.create(columns().bools(bools));
    assertThat(bytesPerMillionCalls(float8, (a, r) -> (long) a.getDouble(r)))
        .isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(float8, ColumnAccessor::getLong)).isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(float4, (a, r) -> (long) a.getFloat(r)))
        .isLessThan(TOLERATED_BYTES);
    assertThat(bytesPerMillionCalls(bit, (a, r) -> a.getBoolean(r) ? 1 : 0))
        .isLessThan(TOLERATED_BYTES);
  }

  @Test
  void zonedTimestampAllocatesOnlyTheTimestamp() throws SQLException {
    Long[] micros = new Long[ROWS];
    for (int i = 0; i < ROWS; i++) {
      micros[i] = 1_600_000_000_000_000L + i * 1_000_123L;
    }
    ColumnAccessor zoned =
        Accessors.create(
            columns()
                .timestamps(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, "UTC", micros));
    // a java.sql.Timestamp is 32 bytes with compressed oops, 40 without; allow 48 per call
    assertThat(bytesPerMillionCalls(zoned, (a, r) -> a.getTimestamp(r, null).getNanos()))
        .isLessThan(48L * CALLS);
  }

  @Test
  void wallClockTimestampAllocatesOnlyTheTimestamp() throws SQLException {
    Long[] micros = new Long[ROWS];
    for (int i = 0; i < ROWS; i++) {
      micros[i] = 1_600_000_000_000_000L + i * 1_000_123L;
    }
    ColumnAccessor local =
        Accessors.create(
            columns().timestamps(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, null, micros));
    // the JVM default zone is read once per accessor (per batch), not per row
    assertThat(bytesPerMillionCalls(local, (a, r) -> a.getTimestamp(r, null).getNanos()))
        .isLessThan(48L * CALLS);
  }

  @Test
  void dateAndTimestampStringsAllocateOnlyTheString() throws SQLException {
    Long[] micros = new Long[ROWS];
    Long[] days = new Long[ROWS];
    for (int i = 0; i < ROWS; i++) {
      micros[i] = 1_600_000_000_000_000L + i * 1_000_123L;
      days[i] = 19_000L + i;
    }
    ColumnAccessor local =
        Accessors.create(
            columns().timestamps(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, null, micros));
    ColumnAccessor date =
        Accessors.create(columns().dates(org.apache.arrow.vector.types.DateUnit.DAY, days));
    // a String is 24 bytes plus its Latin-1 byte[] (16 + length, rounded up to 8): 56 bytes for
    // a 10-character date, 64 for a 26-character timestamp; anything more per call is waste
    assertThat(bytesPerMillionCalls(local, (a, r) -> a.getString(r).length()))
        .isLessThan(80L * CALLS);
    assertThat(bytesPerMillionCalls(date, (a, r) -> a.getString(r).length()))
        .isLessThan(64L * CALLS);
  }
}
