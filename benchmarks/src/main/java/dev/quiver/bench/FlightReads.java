package dev.quiver.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads a Flight SQL result straight from the Arrow vectors: the practical limit of any JDBC driver
 * over the same stream. It still builds the Java values a JDBC getter must return (a {@code String}
 * per VARCHAR, a {@code Timestamp} per TIMESTAMP), so the gap to a driver is the driver's own
 * overhead, not skipped work. Columns are read one at a time per batch, and each conversion takes
 * the cheapest correct route (strings decoded from the Arrow buffer through one reused array;
 * timestamps without {@code LocalDateTime} when the JVM's zone has a fixed offset).
 */
final class FlightReads {
  private static final long MICROS_PER_SECOND = 1_000_000L;

  /**
   * 1582-10-15T00:00Z. Before it {@code java.sql.Timestamp} shows Julian calendar fields, so only
   * {@code Timestamp.valueOf(LocalDateTime)} keeps the wall clock there.
   */
  private static final long GREGORIAN_CUTOVER_SECONDS = -12_219_292_800L;

  private static final ZoneRules ZONE = ZoneId.systemDefault().getRules();

  /** The JVM zone's offset when it never changes (e.g. UTC), else {@code null}. */
  private static final ZoneOffset FIXED_OFFSET =
      ZONE.isFixedOffset() ? ZONE.getOffset(Instant.EPOCH) : null;

  private FlightReads() {}

  /**
   * Reads every endpoint of {@code info} on {@code client} (the fixture serves every endpoint
   * itself, so endpoint locations are not followed) and closes each stream.
   *
   * @param boxed true to build the objects {@code getObject} returns ({@code Long}, {@code
   *     Double}), false for primitives
   * @return the number of rows
   */
  static long read(FlightSqlClient client, FlightInfo info, boolean boxed, Blackhole blackhole)
      throws Exception {
    long rows = 0;
    for (FlightEndpoint endpoint : info.getEndpoints()) {
      try (FlightStream stream = client.getStream(endpoint.getTicket())) {
        while (stream.next()) {
          VectorSchemaRoot root = stream.getRoot();
          readBatch(root.getFieldVectors(), root.getRowCount(), boxed, blackhole);
          rows += root.getRowCount();
        }
      }
    }
    return rows;
  }

  /** Reads every value of one batch, as {@link #read} does for each batch of a stream. */
  static void readBatch(
      List<FieldVector> vectors, int rowCount, boolean boxed, Blackhole blackhole) {
    for (FieldVector vector : vectors) {
      if (vector instanceof BigIntVector) {
        readLongs((BigIntVector) vector, rowCount, boxed, blackhole);
      } else if (vector instanceof Float8Vector) {
        readDoubles((Float8Vector) vector, rowCount, boxed, blackhole);
      } else if (vector instanceof VarCharVector) {
        readStrings((VarCharVector) vector, rowCount, blackhole);
      } else if (vector instanceof TimeStampMicroVector) {
        readTimestamps((TimeStampMicroVector) vector, rowCount, blackhole);
      } else {
        throw new IllegalStateException(
            "Column "
                + vector.getName()
                + " is "
                + vector.getField().getType()
                + "; not benchmarked");
      }
    }
  }

  private static void readLongs(BigIntVector v, int rows, boolean boxed, Blackhole blackhole) {
    for (int i = 0; i < rows; i++) {
      if (v.isNull(i)) {
        blackhole.consume((Object) null);
      } else if (boxed) {
        blackhole.consume(Long.valueOf(v.get(i)));
      } else {
        blackhole.consume(v.get(i));
      }
    }
  }

  private static void readDoubles(Float8Vector v, int rows, boolean boxed, Blackhole blackhole) {
    for (int i = 0; i < rows; i++) {
      if (v.isNull(i)) {
        blackhole.consume((Object) null);
      } else if (boxed) {
        blackhole.consume(Double.valueOf(v.get(i)));
      } else {
        blackhole.consume(v.get(i));
      }
    }
  }

  private static void readStrings(VarCharVector v, int rows, Blackhole blackhole) {
    ArrowBuf data = v.getDataBuffer();
    byte[] scratch = new byte[64];
    for (int i = 0; i < rows; i++) {
      if (v.isNull(i)) {
        blackhole.consume((Object) null);
        continue;
      }
      long start = v.getStartOffset(i);
      int length = (int) (v.getEndOffset(i) - start);
      if (length > scratch.length) {
        scratch = new byte[Math.max(length, scratch.length * 2)];
      }
      data.getBytes(start, scratch, 0, length);
      blackhole.consume(new String(scratch, 0, length, StandardCharsets.UTF_8));
    }
  }

  private static void readTimestamps(TimeStampMicroVector v, int rows, Blackhole blackhole) {
    for (int i = 0; i < rows; i++) {
      blackhole.consume(v.isNull(i) ? null : timestamp(v.get(i)));
    }
  }

  /**
   * A TIMESTAMP without time zone is wall-clock time, which JDBC returns as a {@code Timestamp}
   * showing the same wall clock in the JVM's zone (JDBC 4.3 section 16, DESIGN.md).
   */
  static Timestamp timestamp(long epochMicros) {
    long seconds = Math.floorDiv(epochMicros, MICROS_PER_SECOND);
    int nanos = (int) Math.floorMod(epochMicros, MICROS_PER_SECOND) * 1_000;
    if (FIXED_OFFSET != null && seconds >= GREGORIAN_CUTOVER_SECONDS) {
      Timestamp timestamp = new Timestamp((seconds - FIXED_OFFSET.getTotalSeconds()) * 1_000L);
      timestamp.setNanos(nanos);
      return timestamp;
    }
    return Timestamp.valueOf(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC));
  }
}
