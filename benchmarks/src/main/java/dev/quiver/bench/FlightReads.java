package dev.quiver.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.sql.FlightSqlClient;
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
 * overhead, not skipped work. Columns are read one at a time per batch.
 */
final class FlightReads {
  private static final long MICROS_PER_SECOND = 1_000_000L;

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

  private static void readBatch(
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
    for (int i = 0; i < rows; i++) {
      blackhole.consume(v.isNull(i) ? null : new String(v.get(i), StandardCharsets.UTF_8));
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
    return Timestamp.valueOf(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC));
  }
}
