package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wall clock to java.sql conversion against the JDK's own: {@code Timestamp.valueOf}, {@code
 * Date.valueOf}, {@code Time.valueOf} without a calendar, and a {@code GregorianCalendar} of the
 * calendar's zone with one. Covers random dates over the whole range and every half hour around
 * daylight-saving changes, including 30-minute DST (Lord Howe) and a skipped day (Apia).
 */
class DateTimesTest {

  private TimeZone originalDefault;

  @BeforeEach
  void rememberDefaultZone() {
    originalDefault = TimeZone.getDefault();
  }

  @AfterEach
  void restoreDefaultZone() {
    TimeZone.setDefault(originalDefault);
  }

  private static long epochSecond(LocalDateTime wall) {
    return wall.toEpochSecond(ZoneOffset.UTC);
  }

  private static long viaCalendar(LocalDateTime wall, String zone) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
    calendar.clear();
    int year = wall.getYear();
    calendar.set(Calendar.ERA, year <= 0 ? GregorianCalendar.BC : GregorianCalendar.AD);
    calendar.set(
        year <= 0 ? 1 - year : year,
        wall.getMonthValue() - 1,
        wall.getDayOfMonth(),
        wall.getHour(),
        wall.getMinute(),
        wall.getSecond());
    return calendar.getTimeInMillis();
  }

  private static void assertSameAsJdk(LocalDateTime wall, String zone) {
    Timestamp actual = DateTimes.timestampOfLocal(epochSecond(wall), wall.getNano(), null);
    assertThat(actual).as("%s in %s", wall, zone).isEqualTo(Timestamp.valueOf(wall));
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
    Timestamp withCalendar =
        DateTimes.timestampOfLocal(epochSecond(wall), wall.getNano(), calendar);
    assertThat(withCalendar.getTime() - wall.getNano() / 1_000_000)
        .as("%s with a %s calendar", wall, zone)
        .isEqualTo(viaCalendar(wall, zone));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UTC",
        "Asia/Kolkata",
        "America/New_York",
        "Europe/London",
        "Australia/Lord_Howe",
        "Pacific/Apia"
      })
  void randomWallClocksMatchTheJdk(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    Random random = new Random(42);
    long first = LocalDate.of(-500, 1, 1).toEpochDay();
    long last = LocalDate.of(12000, 1, 1).toEpochDay();
    for (int i = 0; i < 20_000; i++) {
      long day = first + (long) (random.nextDouble() * (last - first));
      LocalDateTime wall =
          LocalDate.ofEpochDay(day)
              .atTime(LocalTime.ofNanoOfDay((long) (random.nextDouble() * 86_400e9)));
      assertSameAsJdk(wall, zone);
      if (i % 100 == 0) {
        wall = wall.withNano(0).withSecond(i % 200 == 0 ? 0 : 50); // whole seconds and minutes
      }
      LocalDate date = wall.toLocalDate();
      assertThat(DateTimes.dateOfLocal(day, null)).isEqualTo(Date.valueOf(date));
      // text: LocalDate/LocalDateTime's ISO form with a space, fraction without trailing zeros
      String iso = wall.toString().replace('T', ' ');
      String expected =
          wall.getNano() != 0
              ? iso.replaceAll("0+$", "") // only the fraction can end in zeros
              : wall.getSecond() == 0 ? iso + ":00" : iso;
      assertThat(DateTimes.formatLocal(epochSecond(wall), wall.getNano())).isEqualTo(expected);
      assertThat(DateTimes.formatDate(day)).isEqualTo(date.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "America/New_York|2021-03-13T00:00|2021-03-15T00:00",
        "America/New_York|2021-11-06T00:00|2021-11-08T00:00",
        "Australia/Lord_Howe|2021-04-03T00:00|2021-04-05T00:00",
        "Australia/Lord_Howe|2021-10-02T00:00|2021-10-04T00:00",
        "Pacific/Apia|2011-12-28T00:00|2012-01-01T00:00",
        "Europe/London|1968-10-25T00:00|1968-10-29T00:00"
      })
  void everyHalfHourAroundZoneChangesMatchesTheJdk(String spec) {
    String[] parts = spec.split("\\|");
    TimeZone.setDefault(TimeZone.getTimeZone(parts[0]));
    LocalDateTime end = LocalDateTime.parse(parts[2]);
    for (LocalDateTime wall = LocalDateTime.parse(parts[1]);
        wall.isBefore(end);
        wall = wall.plusMinutes(15)) {
      assertSameAsJdk(wall, parts[0]);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Kolkata", "America/New_York", "Europe/London"})
  void timesOfDayMatchTheJdk(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    for (int second = 0; second < 86_400; second += 601) {
      LocalTime time = LocalTime.ofSecondOfDay(second);
      assertThat(DateTimes.timeOfLocal(time.toNanoOfDay(), null)).isEqualTo(Time.valueOf(time));
    }
  }
}
