package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.apache.arrow.vector.DurationVector;

/** Duration in every unit: OTHER, read as {@link Duration}; {@code getString} gives ISO-8601. */
final class DurationAccessor extends ColumnAccessor {

  private final DurationVector vector;
  private final long unitsPerSecond;

  DurationAccessor(DurationVector vector, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    this.unitsPerSecond = DateTimes.unitsPerSecond(vector.getUnit());
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    long raw = DurationVector.get(vector.getDataBuffer(), row);
    return Duration.ofSeconds(
        DateTimes.seconds(raw, unitsPerSecond), DateTimes.nanos(raw, unitsPerSecond));
  }

  @Override
  public String getString(int row) {
    return getObject(row).toString();
  }
}
