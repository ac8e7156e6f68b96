package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.jdbc.internal.jdbc.QuiverResultSetMetaData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dictionary-encoded column through Arrow IPC, read back the way {@code FlightStream} reads
 * batches (the same in-memory field form and a reader that is the {@code DictionaryProvider}).
 */
class IpcRoundTripTest extends ArrowTest {

  static List<Samples.Sample> samples() {
    return Samples.all();
  }

  /** Every sample type reads the same after an IPC round trip as before it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyTypeReadsTheSameAfterAnIpcRoundTrip(Samples.Sample sample) throws Exception {
    FieldVector vector = sample.build(columns());
    ColumnAccessor before = Accessors.create(vector);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VectorSchemaRoot written = new VectorSchemaRoot(List.of(vector.getField()), List.of(vector));
    written.setRowCount(vector.getValueCount());
    try (ArrowStreamWriter writer = new ArrowStreamWriter(written, null, bytes)) {
      writer.start();
      writer.writeBatch();
      writer.end();
    }
    try (ArrowStreamReader reader =
        new ArrowStreamReader(new ByteArrayInputStream(bytes.toByteArray()), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      FieldVector read = reader.getVectorSchemaRoot().getVector(0);
      ColumnAccessor after = Accessors.create(read, reader);
      for (int row = 0; row < vector.getValueCount(); row++) {
        assertThat(after.isNull(row)).isEqualTo(before.isNull(row));
        assertThat(after.getString(row)).as("row %d", row).isEqualTo(before.getString(row));
      }
      assertThat(
              new QuiverResultSetMetaData(reader.getVectorSchemaRoot().getSchema())
                  .getColumnType(1))
          .isEqualTo(sample.jdbcType());
    }
  }

  @Test
  void dictionaryEncodedColumnReadFromAStreamDecodesAndReportsItsValueType() throws Exception {
    VarCharVector dictionaryValues = track(new VarCharVector("colors", allocator));
    dictionaryValues.allocateNew();
    dictionaryValues.setSafe(0, "red".getBytes(StandardCharsets.UTF_8));
    dictionaryValues.setSafe(1, "green".getBytes(StandardCharsets.UTF_8));
    dictionaryValues.setValueCount(2);
    DictionaryEncoding encoding = new DictionaryEncoding(1L, false, new ArrowType.Int(32, true));
    DictionaryProvider.MapDictionaryProvider provider =
        new DictionaryProvider.MapDictionaryProvider(new Dictionary(dictionaryValues, encoding));
    Field field = new Field("color", new FieldType(true, encoding.getIndexType(), encoding), null);
    IntVector indices = (IntVector) columns().vector(field);
    indices.allocateNew(3);
    indices.set(0, 1);
    indices.set(1, 0);
    indices.setNull(2);
    indices.setValueCount(3);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (VectorSchemaRoot root =
            new VectorSchemaRoot(List.of(field), List.<FieldVector>of(indices));
        ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, bytes)) {
      root.setRowCount(3);
      writer.start();
      writer.writeBatch();
      writer.end();
    }

    try (ArrowStreamReader reader =
        new ArrowStreamReader(new ByteArrayInputStream(bytes.toByteArray()), allocator)) {
      assertThat(reader.loadNextBatch()).isTrue();
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      QuiverResultSetMetaData metadata = new QuiverResultSetMetaData(root.getSchema(), reader);
      assertThat(metadata.getColumnType(1)).isEqualTo(Types.VARCHAR);
      assertThat(metadata.getColumnClassName(1)).isEqualTo("java.lang.String");
      ColumnAccessor accessor = Accessors.create(root.getVector(0), reader);
      assertThat(accessor.getString(0)).isEqualTo("green");
      assertThat(accessor.getObject(1)).isEqualTo("red");
      assertThat(accessor.isNull(2)).isTrue();
    }
  }
}
