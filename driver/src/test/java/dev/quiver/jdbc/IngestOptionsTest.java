package dev.quiver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The options' defaults, factories and argument checks. */
class IngestOptionsTest {

  @Test
  void defaultsCreateAndFailWhenTheTableExists() {
    IngestOptions options = IngestOptions.builder().build();
    assertThat(options.ifMissing()).isEqualTo(IngestOptions.IfMissing.CREATE);
    assertThat(options.ifExists()).isEqualTo(IngestOptions.IfExists.FAIL);
    assertThat(options.catalog()).isNull();
    assertThat(options.schema()).isNull();
    assertThat(options.temporary()).isFalse();
    assertThat(options.serverOptions()).isEmpty();
    assertThat(options.batchRows()).isEqualTo(IngestOptions.DEFAULT_BATCH_ROWS);
  }

  @Test
  void factoriesNameTheFlightSqlCombinations() {
    assertThat(IngestOptions.append().ifMissing()).isEqualTo(IngestOptions.IfMissing.FAIL);
    assertThat(IngestOptions.append().ifExists()).isEqualTo(IngestOptions.IfExists.APPEND);
    assertThat(IngestOptions.createOrAppend().ifMissing())
        .isEqualTo(IngestOptions.IfMissing.CREATE);
    assertThat(IngestOptions.createOrReplace().ifExists())
        .isEqualTo(IngestOptions.IfExists.REPLACE);
  }

  @Test
  void serverOptionsAreCopiedAndReadOnly() {
    IngestOptions.Builder builder = IngestOptions.builder().serverOption("k", "v");
    IngestOptions options = builder.build();
    builder.serverOption("later", "x");
    assertThat(options.serverOptions()).containsExactly(java.util.Map.entry("k", "v"));
    assertThatThrownBy(() -> options.serverOptions().put("a", "b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> IngestOptions.builder().batchRows(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchRows");
    assertThatThrownBy(() -> IngestOptions.builder().ifMissing(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ifMissing is null");
    assertThatThrownBy(() -> IngestOptions.builder().serverOption("k", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value is null");
  }
}
