package dev.quiver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void keepsItsThreePartsApart() {
    Interval interval = Interval.of(14, -3, 4_000_000_005L);
    assertThat(interval.getMonths()).isEqualTo(14);
    assertThat(interval.getDays()).isEqualTo(-3);
    assertThat(interval.getNanos()).isEqualTo(4_000_000_005L);
    assertThat(interval.getPeriod()).isEqualTo(Period.of(1, 2, -3));
    assertThat(interval.getDuration()).isEqualTo(Duration.ofSeconds(4, 5));
  }

  @Test
  void aMonthIsNotThirtyDaysAndADayIsNotTwentyFourHours() {
    assertThat(Interval.of(1, 0, 0)).isNotEqualTo(Interval.of(0, 30, 0));
    assertThat(Interval.of(0, 1, 0)).isNotEqualTo(Interval.of(0, 0, 86_400_000_000_000L));
    assertThat(Interval.of(1, 2, 3))
        .isEqualTo(Interval.of(1, 2, 3))
        .hasSameHashCodeAs(Interval.of(1, 2, 3));
  }

  @Test
  void printsIso8601() {
    assertThat(Interval.of(0, 0, 0)).hasToString("P0D");
    assertThat(Interval.of(14, 3, 0)).hasToString("P1Y2M3D");
    assertThat(Interval.of(0, 0, 1_500_000_000L)).hasToString("PT1.5S");
    assertThat(Interval.of(14, 3, 14_706_789_000_000L)).hasToString("P1Y2M3DT4H5M6.789S");
    assertThat(Interval.of(-1, 0, -1)).hasToString("P-1MT-0.000000001S");
  }

  @Test
  void buildsFromPeriodAndDuration() {
    assertThat(Interval.of(Period.of(1, 2, 3), Duration.ofNanos(4)))
        .isEqualTo(Interval.of(14, 3, 4));
    assertThatThrownBy(() -> Interval.of(null, Duration.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period is null");
    assertThatThrownBy(() -> Interval.of(Period.ofYears(200_000_000), Duration.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }
}
