package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.UUID;

/**
 * Utf8, LargeUtf8 and Utf8View: CHAR/VARCHAR/LONGVARCHAR. Every getter of table B-6 parses the text
 * by the rules of {@link Conversions} and {@link DateTimes}.
 */
final class StringAccessor extends ColumnAccessor {

  private final org.apache.arrow.vector.FieldVector vector;
  private final Utf8Reader reader;

  StringAccessor(org.apache.arrow.vector.FieldVector vector, String typeDescription) {
    super(typeDescription);
    this.vector = requireNonNull(vector, "vector is null");
    this.reader = new Utf8Reader(vector);
  }

  @Override
  public boolean isNull(int row) {
    return vector.isNull(row);
  }

  @Override
  public Object getObject(int row) {
    return reader.string(row);
  }

  @Override
  public String getString(int row) {
    return reader.string(row);
  }

  @Override
  public boolean getBoolean(int row) throws SQLException {
    return Conversions.parseBoolean(getString(row));
  }

  @Override
  public byte getByte(int row) throws SQLException {
    return Conversions.toByte(Conversions.parseLong(getString(row), "byte"));
  }

  @Override
  public short getShort(int row) throws SQLException {
    return Conversions.toShort(Conversions.parseLong(getString(row), "short"));
  }

  @Override
  public int getInt(int row) throws SQLException {
    return Conversions.toInt(Conversions.parseLong(getString(row), "int"));
  }

  @Override
  public long getLong(int row) throws SQLException {
    return Conversions.parseLong(getString(row), "long");
  }

  @Override
  public float getFloat(int row) throws SQLException {
    return Conversions.toFloat(Conversions.parseDouble(getString(row)));
  }

  @Override
  public double getDouble(int row) throws SQLException {
    return Conversions.parseDouble(getString(row));
  }

  @Override
  public BigDecimal getBigDecimal(int row) throws SQLException {
    return Conversions.parseBigDecimal(getString(row));
  }

  @Override
  public Date getDate(int row, Calendar calendar) throws SQLException {
    LocalDate date =
        DateTimes.parseLocalDateTime(getString(row), DateTimes.zoneOf(calendar)).toLocalDate();
    return DateTimes.dateOfLocal(date.toEpochDay(), calendar);
  }

  @Override
  public Time getTime(int row, Calendar calendar) throws SQLException {
    return DateTimes.timeOfLocal(DateTimes.parseTime(getString(row)).toNanoOfDay(), calendar);
  }

  @Override
  public Timestamp getTimestamp(int row, Calendar calendar) throws SQLException {
    java.time.temporal.TemporalAccessor parsed = DateTimes.parseTimestamp(getString(row));
    if (DateTimes.hasOffset(parsed)) {
      Instant instant = DateTimes.instant(parsed, ZoneId.systemDefault());
      return DateTimes.timestampOfInstant(instant.getEpochSecond(), instant.getNano());
    }
    // a wall clock: the same rules as a zone-less TIMESTAMP column
    LocalDateTime local = DateTimes.localDateTime(parsed, ZoneId.systemDefault());
    return DateTimes.timestampOfLocal(
        local.toEpochSecond(java.time.ZoneOffset.UTC), local.getNano(), calendar);
  }

  @Override
  public Reader getCharacterStream(int row) {
    return new StringReader(getString(row));
  }

  @Override
  public <T> T getObject(int row, Class<T> type) throws SQLException {
    Object value;
    if (type == UUID.class) {
      value = Conversions.parseUuid(getString(row));
    } else if (type == LocalDate.class) {
      value = DateTimes.parseLocalDateTime(getString(row), ZoneId.systemDefault()).toLocalDate();
    } else if (type == LocalTime.class) {
      value = DateTimes.parseTime(getString(row));
    } else if (type == LocalDateTime.class) {
      value = DateTimes.parseLocalDateTime(getString(row), ZoneId.systemDefault());
    } else if (type == Instant.class) {
      value = DateTimes.parseInstant(getString(row), ZoneId.systemDefault());
    } else if (type == OffsetDateTime.class || type == ZonedDateTime.class) {
      ZoneId zone = ZoneId.systemDefault();
      ZonedDateTime zoned = DateTimes.parseInstant(getString(row), zone).atZone(zone);
      value = type == ZonedDateTime.class ? zoned : zoned.toOffsetDateTime();
    } else {
      return super.getObject(row, type);
    }
    return type.cast(value);
  }
}
