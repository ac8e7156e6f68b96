package dev.quiver.jdbc;

import java.time.Duration;
import java.time.Period;

/**
 * A SQL interval as Arrow's {@code Interval(MONTH_DAY_NANO)} carries it: months, days and
 * nanoseconds, each with its own sign. This is what {@code ResultSet.getObject} returns for such a
 * column (DuckDB's {@code INTERVAL}); it can also be passed to {@code setObject}.
 *
 * <p>The three parts are kept apart because they are not interchangeable: a month has no fixed
 * number of days and a day has no fixed number of seconds across a daylight-saving change. So
 * {@code equals} compares the parts, and {@code 1 month} is not equal to {@code 30 days}.
 *
 * <p>This is a plain value class of the driver's public package, so user code can name it even
 * where the driver jar relocates its Arrow dependency.
 */
public final class Interval {

  private final int months;
  private final int days;
  private final long nanos;

  private Interval(int months, int days, long nanos) {
    this.months = months;
    this.days = days;
    this.nanos = nanos;
  }

  /**
   * An interval of the given parts.
   *
   * @param months whole months (12 make a year)
   * @param days whole days
   * @param nanos the time part in nanoseconds
   * @return the interval
   */
  public static Interval of(int months, int days, long nanos) {
    return new Interval(months, days, nanos);
  }

  /**
   * An interval of a date part and a time part.
   *
   * @param period years, months and days; years count as 12 months
   * @param duration the time part
   * @return the interval
   * @throws ArithmeticException when a part overflows its range (months and days are ints, the time
   *     part is a long of nanoseconds)
   */
  public static Interval of(Period period, Duration duration) {
    if (period == null) {
      throw new NullPointerException("period is null");
    }
    if (duration == null) {
      throw new NullPointerException("duration is null");
    }
    return new Interval(
        Math.toIntExact(period.toTotalMonths()), period.getDays(), duration.toNanos());
  }

  /**
   * The months, a year counting as 12.
   *
   * @return the months part
   */
  public int getMonths() {
    return months;
  }

  /**
   * The days.
   *
   * @return the days part
   */
  public int getDays() {
    return days;
  }

  /**
   * The time part in nanoseconds.
   *
   * @return the nanoseconds part
   */
  public long getNanos() {
    return nanos;
  }

  /**
   * The date part as a {@link Period} (months normalised into years).
   *
   * @return years, months and days
   */
  public Period getPeriod() {
    return Period.of(months / 12, months % 12, days);
  }

  /**
   * The time part as a {@link Duration}.
   *
   * @return the nanoseconds part
   */
  public Duration getDuration() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Interval)) {
      return false;
    }
    Interval that = (Interval) other;
    return months == that.months && days == that.days && nanos == that.nanos;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * months + days) + Long.hashCode(nanos);
  }

  /**
   * ISO-8601 duration form: the date part as {@link Period#toString()} and the time part as {@link
   * Duration#toString()} without its {@code P}, e.g. {@code P1Y2M3DT4H5M6.789S}; {@code P0D} when
   * every part is zero.
   */
  @Override
  public String toString() {
    if (nanos == 0) {
      return getPeriod().toString();
    }
    String time = getDuration().toString();
    if (months == 0 && days == 0) {
      return time;
    }
    return getPeriod() + time.substring(1);
  }
}
