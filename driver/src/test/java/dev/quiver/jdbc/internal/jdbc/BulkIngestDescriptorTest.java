package dev.quiver.jdbc.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import dev.quiver.jdbc.IngestOptions;
import org.apache.arrow.flight.FlightDescriptor;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableExistsOption;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableNotExistOption;
import org.junit.jupiter.api.Test;

/** The CommandStatementIngest the options become (Flight SQL's ingest command fields). */
class BulkIngestDescriptorTest {

  private static CommandStatementIngest command(IngestOptions options) throws Exception {
    FlightDescriptor descriptor = BulkIngest.descriptor("t", options, null);
    return Any.parseFrom(descriptor.getCommand()).unpack(CommandStatementIngest.class);
  }

  @Test
  void everyOptionTravelsInTheCommand() throws Exception {
    CommandStatementIngest command =
        command(
            IngestOptions.builder()
                .ifMissing(IngestOptions.IfMissing.FAIL)
                .ifExists(IngestOptions.IfExists.REPLACE)
                .catalog("memory")
                .schema("main")
                .temporary(true)
                .serverOption("k", "v")
                .build());
    assertThat(command.getTable()).isEqualTo("t");
    assertThat(command.getTableDefinitionOptions().getIfNotExist())
        .isEqualTo(TableNotExistOption.TABLE_NOT_EXIST_OPTION_FAIL);
    assertThat(command.getTableDefinitionOptions().getIfExists())
        .isEqualTo(TableExistsOption.TABLE_EXISTS_OPTION_REPLACE);
    assertThat(command.getCatalog()).isEqualTo("memory");
    assertThat(command.getSchema()).isEqualTo("main");
    assertThat(command.getTemporary()).isTrue();
    assertThat(command.getOptionsMap()).containsExactly(java.util.Map.entry("k", "v"));
    assertThat(command.hasTransactionId()).isFalse();
  }

  @Test
  void absentCatalogAndSchemaAreLeftUnset() throws Exception {
    CommandStatementIngest command = command(IngestOptions.createOrAppend());
    assertThat(command.hasCatalog()).isFalse();
    assertThat(command.hasSchema()).isFalse();
    assertThat(command.getTableDefinitionOptions().getIfNotExist())
        .isEqualTo(TableNotExistOption.TABLE_NOT_EXIST_OPTION_CREATE);
    assertThat(command.getTableDefinitionOptions().getIfExists())
        .isEqualTo(TableExistsOption.TABLE_EXISTS_OPTION_APPEND);
  }
}
