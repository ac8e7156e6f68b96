package dev.quiver.jdbc.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JDBC search patterns: {@code %}, {@code _} and the escape, as SQL LIKE defines them. */
class LikePatternTest {

  @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%|anything|true",
        "%|''|true",
        "a%|abc|true",
        "a%|bac|false",
        "%c|abc|true",
        "a_c|abc|true",
        "a_c|ac|false",
        "a_c|abbc|false",
        "a%c%e|abcde|true",
        "a%c%e|abcdf|false",
        "%%|x|true",
        "a\\_b|a_b|true",
        "a\\_b|axb|false",
        "a\\%|a%|true",
        "a\\%|ab|false",
        "a\\\\b|a\\b|true",
        "ABC|abc|false",
        "k\\_1|k_1|true",
        "k_1|kx1|true",
        "x\\|x\\|true",
        "%a%a%a%b|aaaaaaaaaaaaaaaaaaaaaaaaab|true",
        "%a%a%a%b|aaaaaaaaaaaaaaaaaaaaaaaaaa|false"
      })
  void matchesLikeSqlLike(String pattern, String value, boolean expected) {
    assertThat(LikePattern.compile(pattern, "\\").matches(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"anything", "''"})
  void nullPatternMatchesEverything(String value) {
    assertThat(LikePattern.compile(null, "\\").matches(value)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"a\\_b,a\\xb,true", "a_b,axb,true"})
  void withoutAnEscapeBackslashIsAPlainCharacter(String pattern, String value, boolean expected) {
    assertThat(LikePattern.compile(pattern, "").matches(value)).isEqualTo(expected);
  }
}
