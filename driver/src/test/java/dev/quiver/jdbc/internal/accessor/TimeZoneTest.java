package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JDBC's zone rules under several JVM default zones: UTC (where zone bugs hide), Asia/Kolkata
 * (+05:30, a half-hour offset) and America/New_York (daylight saving). Expected values come from
 * java.time applied to the rule, never from the accessors.
 */
class TimeZoneTest extends ArrowTest {

  private TimeZone originalDefault;

  @BeforeEach
  void rememberDefaultZone() {
    originalDefault = TimeZone.getDefault();
  }

  @AfterEach
  void restoreDefaultZone() {
    TimeZone.setDefault(originalDefault);
  }

  private static void useDefault(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
  }

  private static Calendar calendarIn(String zone) {
    return new GregorianCalendar(TimeZone.getTimeZone(zone));
  }

  private static long micros(LocalDateTime wallClock) {
    return wallClock.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + wallClock.getNano() / 1_000;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York"})
  void zoneLessTimestampReadsTheSameWallClockInEveryDefaultZone(String zone) throws SQLException {
    useDefault(zone);
    LocalDateTime wall = LocalDateTime.of(2021, 7, 1, 23, 30, 15, 123_456_000);
    ColumnAccessor a =
        Accessors.create(columns().timestamps(TimeUnit.MICROSECOND, null, micros(wall)));
    Timestamp timestamp = a.getTimestamp(0, null);
    assertThat(timestamp.toLocalDateTime()).isEqualTo(wall);
    assertThat(timestamp.getNanos()).isEqualTo(123_456_000);
    assertThat(timestamp.toInstant()).isEqualTo(wall.atZone(ZoneId.of(zone)).toInstant());
    assertThat(a.getString(0)).isEqualTo("2021-07-01 23:30:15.123456");
    assertThat(a.getObject(0, LocalDateTime.class)).isEqualTo(wall);
    assertThat(a.getDate(0, null).toLocalDate()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(a.getTime(0, null).toLocalTime()).isEqualTo(LocalTime.of(23, 30, 15));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York"})
  void calendarZoneWinsForZoneLessTimestamps(String zone) throws SQLException {
    useDefault(zone);
    LocalDateTime wall = LocalDateTime.of(2021, 1, 15, 10, 0);
    ColumnAccessor a =
        Accessors.create(columns().timestamps(TimeUnit.MICROSECOND, null, micros(wall)));
    assertThat(a.getTimestamp(0, calendarIn("UTC")).toInstant())
        .isEqualTo(wall.toInstant(ZoneOffset.UTC));
    assertThat(a.getTimestamp(0, calendarIn("Asia/Tokyo")).toInstant())
        .isEqualTo(wall.atZone(ZoneId.of("Asia/Tokyo")).toInstant());
    assertThat(a.getDate(0, calendarIn("UTC")).getTime())
        .isEqualTo(LocalDate.of(2021, 1, 15).toEpochDay() * 86_400_000L);
    assertThat(a.getTime(0, calendarIn("UTC")).getTime()).isEqualTo(10 * 3_600_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York"})
  void zonedTimestampIsTheSameInstantInEveryZoneAndIgnoresCalendars(String zone)
      throws SQLException {
    useDefault(zone);
    Instant instant = Instant.parse("2021-03-04T20:00:00.000000001Z");
    long nanos = instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    ColumnAccessor a =
        Accessors.create(columns().timestamps(TimeUnit.NANOSECOND, "Etc/UTC", nanos));
    assertThat(a.getTimestamp(0, null).toInstant()).isEqualTo(instant);
    assertThat(a.getTimestamp(0, calendarIn("Asia/Tokyo")).toInstant()).isEqualTo(instant);
    assertThat(a.getObject(0, Instant.class)).isEqualTo(instant);
    assertThat(a.getString(0)).isEqualTo("2021-03-04 20:00:00.000000001+00:00");
    // the date and time of an instant are those the default zone (or the calendar) shows
    ZonedDateTime shown = instant.atZone(ZoneId.of(zone));
    assertThat(a.getDate(0, null).toLocalDate()).isEqualTo(shown.toLocalDate());
    assertThat(a.getTime(0, null).toLocalTime()).isEqualTo(shown.toLocalTime().withNano(0));
    assertThat(a.getDate(0, calendarIn("Asia/Kolkata")).getTime())
        .isEqualTo(
            LocalDate.of(2021, 3, 5).atStartOfDay(ZoneId.of("Asia/Kolkata")).toEpochSecond()
                * 1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York"})
  void dateAndTimeReadTheSameInEveryDefaultZone(String zone) throws SQLException {
    useDefault(zone);
    LocalDate day = LocalDate.of(1999, 12, 31);
    ColumnAccessor date = Accessors.create(columns().dates(DateUnit.DAY, day.toEpochDay()));
    assertThat(date.getDate(0, null).toLocalDate()).isEqualTo(day);
    assertThat(date.getDate(0, null).toString()).isEqualTo("1999-12-31");
    assertThat(date.getDate(0, null).getTime())
        .isEqualTo(day.atStartOfDay(ZoneId.of(zone)).toEpochSecond() * 1000);
    LocalTime time = LocalTime.of(0, 15, 30, 250_000_000);
    ColumnAccessor t =
        Accessors.create(columns().times(TimeUnit.MILLISECOND, time.toNanoOfDay() / 1_000_000));
    assertThat(t.getTime(0, null).toString()).isEqualTo("00:15:30");
    assertThat(t.getTime(0, null).getTime() % 1000).isIn(250L, -750L);
    assertThat(t.getTime(0, calendarIn("UTC")).getTime()).isEqualTo(930_250L);
    assertThat(t.getObject(0, LocalTime.class)).isEqualTo(time);
  }

  @Test
  void wallClockInADaylightSavingGapMovesForwardByTheGap() throws SQLException {
    useDefault("America/New_York");
    // 2021-03-14 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT
    LocalDateTime gap = LocalDateTime.of(2021, 3, 14, 2, 30);
    ColumnAccessor a = Accessors.create(columns().timestamps(TimeUnit.SECOND, null,
        gap.toEpochSecond(ZoneOffset.UTC)));
    assertThat(a.getTimestamp(0, null).toInstant()).isEqualTo(Instant.parse("2021-03-14T07:30:00Z"));
    assertThat(a.getTimestamp(0, null).toLocalDateTime()).isEqualTo(gap.plusHours(1));
    // the stored wall clock itself is not affected
    assertThat(a.getObject(0, LocalDateTime.class)).isEqualTo(gap);
  }

  @Test
  void wallClockInADaylightSavingOverlapTakesTheEarlierOffset() throws SQLException {
    useDefault("America/New_York");
    // 2021-11-07 01:30 happens twice: first in EDT (-04:00), then in EST (-05:00)
    LocalDateTime overlap = LocalDateTime.of(2021, 11, 7, 1, 30);
    ColumnAccessor a = Accessors.create(columns().timestamps(TimeUnit.MILLISECOND, null,
        overlap.toEpochSecond(ZoneOffset.UTC) * 1000));
    assertThat(a.getTimestamp(0, null).toInstant()).isEqualTo(Instant.parse("2021-11-07T05:30:00Z"));
    assertThat(a.getTimestamp(0, null).toLocalDateTime()).isEqualTo(overlap);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York"})
  void zoneLessStringsAreWallClockInTheDefaultZone(String zone) throws SQLException {
    useDefault(zone);
    ColumnAccessor a =
        Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, "2021-07-01 12:00:00"));
    assertThat(a.getTimestamp(0, null).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2021, 7, 1, 12, 0));
    assertThat(a.getTimestamp(0, calendarIn("UTC")).toInstant())
        .isEqualTo(Instant.parse("2021-07-01T12:00:00Z"));
  }
}
