package dev.quiver.jdbc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.fixture.FixtureServerExtension;
import dev.quiver.jdbc.QuiverResultSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowReader;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link QuiverResultSet#arrowReader()} against the fixture: the batches hold exactly the rows the
 * getters read, dictionary-encoded columns keep their dictionaries, and the reader and the result
 * set close each other without leaking.
 */
class ArrowNativeEndToEndTest {

  @RegisterExtension static final FixtureServerExtension FIXTURE = new FixtureServerExtension();

  private static final String QUERY =
      "SELECT i AS id, CASE WHEN i % 3 = 0 THEN NULL ELSE 'n' || i END AS name, CAST(i AS DOUBLE) * 0.5 AS half,"
          + " CASE WHEN i % 7 = 0 THEN NULL ELSE i % 2 = 0 END AS even,"
          + " DATE '2020-01-01' + CAST(i % 1000 AS INTEGER) AS day"
          + " FROM range(150000) t(i) ORDER BY i";

  private static final List<String> COLORS = List.of("red", "green", "blue");
  private static BufferAllocator tableAllocator;
  private static byte[] colorStream;

  private Connection connection;

  @BeforeAll
  static void registerDictionaryTable() throws IOException {
    tableAllocator = new RootAllocator();
    colorStream = colorStream();
    FIXTURE
        .server()
        .registerArrowTable(
            "native_colors",
            () -> new ArrowStreamReader(new ByteArrayInputStream(colorStream), tableAllocator));
  }

  @AfterAll
  static void releaseTable() {
    assertThat(tableAllocator.getAllocatedMemory()).isZero();
    tableAllocator.close();
  }

  @BeforeEach
  void connect() throws SQLException {
    connection = DriverManager.getConnection(FIXTURE.jdbcUrl());
  }

  @AfterEach
  void closeAndCheckLeaks() throws SQLException {
    connection.close();
    LeakChecks.assertDriverMemoryReleased();
  }

  @Test
  void batchesHoldExactlyTheRowsTheGettersRead() throws Exception {
    List<List<Object>> byGetters = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(QUERY)) {
      while (result.next()) {
        long id = result.getLong(1);
        String name = result.getString(2);
        double half = result.getDouble(3);
        boolean even = result.getBoolean(4);
        Boolean evenOrNull = result.wasNull() ? null : even;
        LocalDate day = result.getObject(5, LocalDate.class);
        byGetters.add(Arrays.asList(id, name, half, evenOrNull, day));
      }
    }

    List<List<Object>> byBatches = new ArrayList<>();
    int batches = 0;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(QUERY)) {
      ArrowReader reader = result.unwrap(QuiverResultSet.class).arrowReader();
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getSchema().getFields())
          .extracting(Field::getName)
          .containsExactly("id", "name", "half", "even", "day");
      while (reader.loadNextBatch()) {
        batches++;
        BigIntVector id = (BigIntVector) root.getVector(0);
        VarCharVector name = (VarCharVector) root.getVector(1);
        Float8Vector half = (Float8Vector) root.getVector(2);
        BitVector even = (BitVector) root.getVector(3);
        DateDayVector day = (DateDayVector) root.getVector(4);
        for (int row = 0; row < root.getRowCount(); row++) {
          byBatches.add(
              Arrays.asList(
                  id.get(row),
                  name.isNull(row) ? null : new String(name.get(row), StandardCharsets.UTF_8),
                  half.get(row),
                  even.isNull(row) ? null : even.get(row) == 1,
                  LocalDate.ofEpochDay(day.get(row))));
        }
      }
      assertThat(reader.loadNextBatch()).as("stays at the end").isFalse();
      assertThat(reader.bytesRead()).isPositive();
    }
    assertThat(batches).as("a multi-batch result").isGreaterThan(1);
    assertThat(byBatches).hasSize(150_000).isEqualTo(byGetters);
  }

  @Test
  void dictionaryColumnsKeepIndicesAndTheirDictionaries() throws Exception {
    List<String> byGetters = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM quiver_arrow.native_colors")) {
      while (result.next()) {
        byGetters.add(result.getString("color"));
      }
    }
    List<String> byBatches = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM quiver_arrow.native_colors")) {
      ArrowReader reader = result.unwrap(QuiverResultSet.class).arrowReader();
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      DictionaryEncoding encoding = root.getVector("color").getField().getDictionary();
      assertThat(encoding).isNotNull();
      assertThat(reader.getDictionaryIds()).contains(encoding.getId());
      while (reader.loadNextBatch()) {
        IntVector indices = (IntVector) root.getVector("color");
        Dictionary dictionary = reader.lookup(encoding.getId());
        VarCharVector values = (VarCharVector) dictionary.getVector();
        for (int row = 0; row < root.getRowCount(); row++) {
          byBatches.add(
              indices.isNull(row)
                  ? null
                  : new String(values.get(indices.get(row)), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(byBatches).hasSize(3000).isEqualTo(byGetters);
    for (int row = 0; row < byBatches.size(); row++) {
      assertThat(byBatches.get(row)).isEqualTo(row % 5 == 4 ? null : COLORS.get(row % 3));
    }
  }

  @Test
  void theCursorAndTheReaderCannotBeMixed() throws Exception {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet result = statement.executeQuery(QUERY)) {
        QuiverResultSet quiver = result.unwrap(QuiverResultSet.class);
        ArrowReader reader = quiver.arrowReader();
        assertThat(quiver.arrowReader()).as("the same reader again").isSameAs(reader);
        assertThat(result.getMetaData().getColumnCount()).isEqualTo(5);
        assertThatThrownBy(result::next)
            .isInstanceOf(SQLException.class)
            .extracting(e -> ((SQLException) e).getSQLState())
            .isEqualTo("HY010");
      }
      try (ResultSet result = statement.executeQuery(QUERY)) {
        assertThat(result.next()).isTrue();
        assertThatThrownBy(() -> result.unwrap(QuiverResultSet.class).arrowReader())
            .isInstanceOf(SQLException.class)
            .extracting(e -> ((SQLException) e).getSQLState())
            .isEqualTo("HY010");
        assertThat(result.getLong(1)).as("the cursor still works").isZero();
      }
    }
  }

  @Test
  void closingTheReaderClosesTheResultSetAndTheOtherWayRound() throws Exception {
    try (Statement statement = connection.createStatement()) {
      ResultSet first = statement.executeQuery(QUERY);
      ArrowReader reader = first.unwrap(QuiverResultSet.class).arrowReader();
      assertThat(reader.loadNextBatch()).isTrue();
      reader.close();
      assertThat(first.isClosed()).isTrue();

      ResultSet second = statement.executeQuery(QUERY);
      ArrowReader secondReader = second.unwrap(QuiverResultSet.class).arrowReader();
      assertThat(secondReader.loadNextBatch()).isTrue();
      second.close();
      assertThatThrownBy(secondReader::loadNextBatch).isInstanceOf(IOException.class);
      assertThat(secondReader.getVectorSchemaRoot().getRowCount()).isZero();
      secondReader.close(); // harmless after the result closed

      // a reader left open is released with its connection (checked after the test)
      ResultSet third = statement.executeQuery(QUERY);
      assertThat(third.unwrap(QuiverResultSet.class).arrowReader().loadNextBatch()).isTrue();
    }
  }

  @Test
  void maxRowsCutsTheLastBatch() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(1500);
      try (ResultSet result = statement.executeQuery(QUERY)) {
        ArrowReader reader = result.unwrap(QuiverResultSet.class).arrowReader();
        long rows = 0;
        long lastId = -1;
        while (reader.loadNextBatch()) {
          VectorSchemaRoot root = reader.getVectorSchemaRoot();
          rows += root.getRowCount();
          lastId = ((BigIntVector) root.getVector(0)).get(root.getRowCount() - 1);
        }
        assertThat(rows).isEqualTo(1500);
        assertThat(lastId).isEqualTo(1499);
      }
    }
  }

  @Test
  void anEmptyResultGivesTheSchemaAndNoBatch() throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT 1 AS x, 'a' AS y FROM range(10) WHERE false")) {
      ArrowReader reader = result.unwrap(QuiverResultSet.class).arrowReader();
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields())
          .extracting(Field::getName)
          .containsExactly("x", "y");
      assertThat(reader.loadNextBatch()).isFalse();
      assertThat(reader.getVectorSchemaRoot().getRowCount()).isZero();
    }
  }

  /** ids 0..2999 in three batches; color = COLORS[id % 3], NULL when id % 5 == 4. */
  private static byte[] colorStream() throws IOException {
    DictionaryEncoding encoding = new DictionaryEncoding(7L, false, new ArrowType.Int(32, true));
    try (VarCharVector dictionaryValues = new VarCharVector("colors", tableAllocator)) {
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
                      "color", new FieldType(true, new ArrowType.Int(32, true), encoding), null)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, tableAllocator);
          ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, out)) {
        writer.start();
        BigIntVector id = (BigIntVector) root.getVector("id");
        IntVector color = (IntVector) root.getVector("color");
        for (int batch = 0; batch < 3; batch++) {
          id.allocateNew(1000);
          color.allocateNew(1000);
          for (int i = 0; i < 1000; i++) {
            int row = batch * 1000 + i;
            id.set(i, row);
            if (row % 5 == 4) {
              color.setNull(i);
            } else {
              color.set(i, row % 3);
            }
          }
          root.setRowCount(1000);
          writer.writeBatch();
        }
        writer.end();
      }
      return out.toByteArray();
    }
  }
}
