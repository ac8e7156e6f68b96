package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.fixture.FixtureServerExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A dictionary-encoded column over several batches: the driver moves each batch out of the Flight
 * stream into its own memory, and the dictionaries must still decode every row.
 */
class DictionaryEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static final List<String> COLORS = List.of("red", "green", "blue");
  private static final int BATCHES = 3;
  private static final int ROWS_PER_BATCH = 1000;

  private static BufferAllocator dataAllocator;
  private static byte[] ipcStream;

  @BeforeAll
  static void register() throws IOException {
    dataAllocator = new RootAllocator();
    ipcStream = writeStream();
    FIXTURE.server().registerArrowTable("colors", DictionaryEndToEndTest::reader);
  }

  @AfterAll
  static void releaseData() {
    assertThat(dataAllocator.getAllocatedMemory()).isZero();
    dataAllocator.close();
  }

  @AfterEach
  void noLeaks() {
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void dictionaryColumnDecodesInEveryBatch() throws SQLException {
    List<String> colors = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM quiver_arrow.colors")) {
      while (result.next()) {
        long id = result.getLong("id");
        ids.add(id);
        colors.add(result.getString("color"));
        assertThat(result.wasNull()).isEqualTo(id % 5 == 4);
      }
    }
    assertThat(ids).hasSize(BATCHES * ROWS_PER_BATCH);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo(i);
      assertThat(colors.get(i)).isEqualTo(i % 5 == 4 ? null : COLORS.get(i % 3));
    }
  }

  private static ArrowStreamReader reader() {
    return new ArrowStreamReader(new ByteArrayInputStream(ipcStream), dataAllocator);
  }

  /** ids 0..n-1; color = COLORS[id % 3], NULL when id % 5 == 4; dictionary id 1. */
  private static byte[] writeStream() throws IOException {
    DictionaryEncoding encoding = new DictionaryEncoding(1L, false, new ArrowType.Int(32, true));
    try (VarCharVector dictionaryValues = new VarCharVector("colors", dataAllocator)) {
      dictionaryValues.allocateNew();
      for (int i = 0; i < COLORS.size(); i++) {
        dictionaryValues.setSafe(i, COLORS.get(i).getBytes(StandardCharsets.UTF_8));
      }
      dictionaryValues.setValueCount(COLORS.size());
      DictionaryProvider.MapDictionaryProvider provider =
          new DictionaryProvider.MapDictionaryProvider();
      provider.put(new Dictionary(dictionaryValues, encoding));
      Schema schema =
          new Schema(
              List.of(
                  Field.nullable("id", new ArrowType.Int(64, true)),
                  new Field(
                      "color",
                      new FieldType(true, new ArrowType.Int(32, true), encoding),
                      null)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, dataAllocator);
          ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, out)) {
        writer.start();
        BigIntVector id = (BigIntVector) root.getVector("id");
        IntVector color = (IntVector) root.getVector("color");
        for (int batch = 0; batch < BATCHES; batch++) {
          id.allocateNew(ROWS_PER_BATCH);
          color.allocateNew(ROWS_PER_BATCH);
          for (int i = 0; i < ROWS_PER_BATCH; i++) {
            int row = batch * ROWS_PER_BATCH + i;
            id.set(i, row);
            if (row % 5 == 4) {
              color.setNull(i);
            } else {
              color.set(i, row % 3);
            }
          }
          root.setRowCount(ROWS_PER_BATCH);
          writer.writeBatch();
        }
        writer.end();
      }
      return out.toByteArray();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
