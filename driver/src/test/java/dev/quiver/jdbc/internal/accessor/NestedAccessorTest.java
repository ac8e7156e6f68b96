package dev.quiver.jdbc.internal.accessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.jdbc.internal.result.BatchSource;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Struct;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.DenseUnionVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.LargeListViewVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.ListViewVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.RunEndEncodedVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.complex.UnionVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.holders.NullableIntHolder;
import org.apache.arrow.vector.holders.NullableVarCharHolder;
import org.apache.arrow.vector.types.Types.MinorType;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.Test;

/** Lists as java.sql.Array, structs, maps, unions, dictionaries, run-end encoding. */
class NestedAccessorTest extends ArrowTest {

  private static final FieldType INT32 = FieldType.nullable(new ArrowType.Int(32, true));

  /** Rows [1, 2, 3], [], null, [null, 5]: written through each list kind's own API. */
  private static final Integer[][] ROWS = {{1, 2, 3}, {}, null, {null, 5}};

  private ListVector list() {
    ListVector v = track(ListVector.empty("c", allocator));
    IntVector data = (IntVector) v.addOrGetVector(INT32).getVector();
    v.allocateNew();
    int next = 0;
    for (int row = 0; row < ROWS.length; row++) {
      if (ROWS[row] == null) {
        v.setNull(row);
        continue;
      }
      v.startNewValue(row);
      for (Integer value : ROWS[row]) {
        setInt(data, next++, value);
      }
      v.endValue(row, ROWS[row].length);
    }
    data.setValueCount(next);
    v.setValueCount(ROWS.length);
    return v;
  }

  private LargeListVector largeList() {
    LargeListVector v = track(LargeListVector.empty("c", allocator));
    IntVector data = (IntVector) v.addOrGetVector(INT32).getVector();
    v.allocateNew();
    int next = 0;
    for (int row = 0; row < ROWS.length; row++) {
      if (ROWS[row] == null) {
        v.setNull(row);
        continue;
      }
      v.startNewValue(row);
      for (Integer value : ROWS[row]) {
        setInt(data, next++, value);
      }
      v.endValue(row, ROWS[row].length);
    }
    data.setValueCount(next);
    v.setValueCount(ROWS.length);
    return v;
  }

  private FieldVector listView(boolean large) {
    FieldVector v =
        large
            ? track(LargeListViewVector.empty("c", allocator))
            : track(ListViewVector.empty("c", allocator));
    IntVector data =
        (IntVector)
            (large
                    ? ((LargeListViewVector) v).addOrGetVector(INT32)
                    : ((ListViewVector) v).addOrGetVector(INT32))
                .getVector();
    v.allocateNew();
    // Views may share and reorder elements: store the elements backwards and point into them.
    List<Integer> flat = new ArrayList<>();
    int[] offsets = new int[ROWS.length];
    for (int row = ROWS.length - 1; row >= 0; row--) {
      offsets[row] = flat.size();
      if (ROWS[row] != null) {
        flat.addAll(java.util.Arrays.asList(ROWS[row]));
      }
    }
    for (int i = 0; i < flat.size(); i++) {
      setInt(data, i, flat.get(i));
    }
    data.setValueCount(flat.size());
    for (int row = 0; row < ROWS.length; row++) {
      if (large) {
        LargeListViewVector l = (LargeListViewVector) v;
        if (ROWS[row] == null) {
          l.setNull(row);
        } else {
          l.setValidity(row, 1);
          l.setOffset(row, offsets[row]);
          l.setSize(row, ROWS[row].length);
        }
      } else {
        ListViewVector l = (ListViewVector) v;
        if (ROWS[row] == null) {
          l.setNull(row);
        } else {
          l.setValidity(row, 1);
          l.setOffset(row, offsets[row]);
          l.setSize(row, ROWS[row].length);
        }
      }
    }
    v.setValueCount(ROWS.length);
    return v;
  }

  private static void setInt(IntVector data, int index, Integer value) {
    if (value == null) {
      data.setNull(index);
    } else {
      data.setSafe(index, value);
    }
  }

  private void assertListRows(FieldVector vector) throws SQLException {
    ColumnAccessor a = Accessors.create(vector);
    Array first = a.getArray(0);
    assertThat(first.getBaseType()).isEqualTo(Types.INTEGER);
    assertThat(first.getBaseTypeName()).isEqualTo("INTEGER");
    assertThat((Object[]) first.getArray()).isInstanceOf(Integer[].class).containsExactly(1, 2, 3);
    assertThat((Object[]) first.getArray(2, 2)).containsExactly(2, 3);
    assertThat((Object[]) a.getArray(1).getArray()).isEmpty();
    assertThat(a.isNull(2)).isTrue();
    assertThat((Object[]) a.getArray(3).getArray()).containsExactly(null, 5);
    assertThat(a.getObject(0)).isInstanceOf(Array.class);
    assertThat((Object) a.getObject(0, List.class)).isEqualTo(List.of(1, 2, 3));
    assertThat(a.getString(3)).isEqualTo("[null, 5]");
  }

  @Test
  void listReadsAsSqlArray() throws SQLException {
    assertListRows(list());
  }

  @Test
  void largeListReadsAsSqlArray() throws SQLException {
    assertListRows(largeList());
  }

  @Test
  void listViewReadsAsSqlArray() throws SQLException {
    assertListRows(listView(false));
  }

  @Test
  void largeListViewReadsAsSqlArray() throws SQLException {
    assertListRows(listView(true));
  }

  @Test
  void fixedSizeListReadsAsSqlArray() throws SQLException {
    FixedSizeListVector v = track(FixedSizeListVector.empty("c", 2, allocator));
    IntVector data = (IntVector) v.addOrGetVector(INT32).getVector();
    v.allocateNew();
    for (int row = 0; row < 2; row++) {
      v.setNotNull(row);
      data.setSafe(2 * row, 10 * row);
      data.setSafe(2 * row + 1, 10 * row + 1);
    }
    data.setValueCount(4);
    v.setValueCount(2);
    ColumnAccessor a = Accessors.create(v);
    assertThat((Object[]) a.getArray(1).getArray()).containsExactly(10, 11);
  }

  @Test
  void arrayStaysReadableAfterTheVectorIsClosedAndFailsAfterFree() throws SQLException {
    ListVector v = list();
    Array array = Accessors.create(v).getArray(0);
    v.close();
    assertThat((Object[]) array.getArray()).containsExactly(1, 2, 3);
    array.free();
    assertThatThrownBy(array::getArray).hasFieldOrPropertyWithValue("SQLState", "HY010");
  }

  @Test
  void arrayIndexOutsideTheArrayFailsWith22023() throws SQLException {
    Array array = Accessors.create(list()).getArray(0);
    assertThatThrownBy(() -> array.getArray(0, 1)).hasFieldOrPropertyWithValue("SQLState", "22023");
    assertThatThrownBy(() -> array.getArray(3, 2)).hasFieldOrPropertyWithValue("SQLState", "22023");
    assertThat((Object[]) array.getArray(4, 0)).isEmpty();
  }

  @Test
  void arrayResultSetWithoutAFactoryIsNotSupported() throws SQLException {
    Array array = Accessors.create(list()).getArray(0);
    assertThatThrownBy(array::getResultSet)
        .isInstanceOf(SQLFeatureNotSupportedException.class)
        .hasMessageContaining("Array.getResultSet()");
  }

  @Test
  void arrayResultSetHasOneBasedIndexAndValueColumns() throws Exception {
    CapturingFactory factory = new CapturingFactory();
    Array array = Accessors.create(list(), null, factory).getArray(0);
    try (ResultSet rs = array.getResultSet()) {
      assertThat(rs).isNotNull();
      VectorSchemaRoot root = factory.source.nextBatch();
      assertThat(factory.source.schema().getFields())
          .extracting(Field::getName)
          .containsExactly("INDEX", "VALUE");
      assertThat(root.getRowCount()).isEqualTo(3);
      BigIntVector index = (BigIntVector) root.getVector("INDEX");
      IntVector value = (IntVector) root.getVector("VALUE");
      assertThat(List.of(index.get(0), index.get(1), index.get(2))).containsExactly(1L, 2L, 3L);
      assertThat(List.of(value.get(0), value.get(1), value.get(2))).containsExactly(1, 2, 3);
      assertThat(factory.source.nextBatch()).isNull();
    }
    try (ResultSet rs = array.getResultSet(2, 1)) {
      assertThat(rs).isNotNull();
      VectorSchemaRoot root = factory.source.nextBatch();
      assertThat(((BigIntVector) root.getVector(0)).get(0)).isEqualTo(2L);
      assertThat(((IntVector) root.getVector(1)).get(0)).isEqualTo(2);
    }
    // the leak check after the test proves the copies were released by closing the result sets
  }

  @Test
  void arrayResultSetCopiesVariableWidthElements() throws Exception {
    ListVector v = track(ListVector.empty("c", allocator));
    VarCharVector data =
        (VarCharVector) v.addOrGetVector(FieldType.nullable(ArrowType.Utf8.INSTANCE)).getVector();
    v.allocateNew();
    v.startNewValue(0);
    data.setSafe(0, "first".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    data.setNull(1);
    data.setSafe(2, "third".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    data.setValueCount(3);
    v.endValue(0, 3);
    v.setValueCount(1);
    CapturingFactory factory = new CapturingFactory();
    Array array = Accessors.create(v, null, factory).getArray(0);
    assertThat(array.getBaseType()).isEqualTo(Types.VARCHAR);
    try (ResultSet rs = array.getResultSet(2, 2)) {
      assertThat(rs).isNotNull();
      VectorSchemaRoot root = factory.source.nextBatch();
      VarCharVector value = (VarCharVector) root.getVector("VALUE");
      assertThat(root.getRowCount()).isEqualTo(2);
      assertThat(value.isNull(0)).isTrue();
      assertThat(new String(value.get(1), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("third");
      assertThat(((BigIntVector) root.getVector("INDEX")).get(1)).isEqualTo(3L);
    }
  }

  @Test
  void arrayResultSetAfterTheBatchIsReleasedFailsWithHy010() throws SQLException {
    ListVector v = list();
    Array array = Accessors.create(v, null, new CapturingFactory()).getArray(0);
    v.clear();
    assertThatThrownBy(array::getResultSet).hasFieldOrPropertyWithValue("SQLState", "HY010");
  }

  @Test
  void structReadsAsSqlStructAndAsMap() throws SQLException {
    StructVector v = track(StructVector.empty("s", allocator));
    IntVector a = v.addOrGet("a", INT32, IntVector.class);
    VarCharVector b =
        v.addOrGet("b", FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    v.allocateNew();
    v.setIndexDefined(0);
    a.setSafe(0, 7);
    b.setSafe(0, "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    v.setNull(1);
    a.setValueCount(2);
    b.setValueCount(2);
    v.setValueCount(2);
    ColumnAccessor accessor = Accessors.create(v);
    Struct struct = (Struct) accessor.getObject(0);
    assertThat(struct.getSQLTypeName()).isEqualTo("STRUCT");
    assertThat(struct.getAttributes()).containsExactly(7, "x");
    assertThat((Object) accessor.getObject(0, Map.class)).isEqualTo(Map.of("a", 7, "b", "x"));
    assertThat(accessor.getString(0)).isEqualTo("{a=7, b=x}");
    assertThat(accessor.isNull(1)).isTrue();
    assertThatThrownBy(() -> struct.getAttributes(Map.of("t", String.class)))
        .isInstanceOf(SQLFeatureNotSupportedException.class);
  }

  @Test
  void mapReadsAsJavaMapInEntryOrder() throws SQLException {
    MapVector v = track(MapVector.empty("m", allocator, false));
    StructVector entries =
        (StructVector)
            v.addOrGetVector(FieldType.notNullable(ArrowType.Struct.INSTANCE)).getVector();
    IntVector keys =
        entries.addOrGet(
            MapVector.KEY_NAME,
            FieldType.notNullable(new ArrowType.Int(32, true)),
            IntVector.class);
    VarCharVector values =
        entries.addOrGet(
            MapVector.VALUE_NAME, FieldType.nullable(ArrowType.Utf8.INSTANCE), VarCharVector.class);
    v.allocateNew();
    v.startNewValue(0);
    String[] texts = {"two", null};
    int[] keyValues = {2, 1};
    for (int i = 0; i < 2; i++) {
      entries.setIndexDefined(i);
      keys.setSafe(i, keyValues[i]);
      if (texts[i] == null) {
        values.setNull(i);
      } else {
        values.setSafe(i, texts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    v.endValue(0, 2);
    keys.setValueCount(2);
    values.setValueCount(2);
    entries.setValueCount(2);
    v.setValueCount(1);
    Object map = Accessors.create(v).getObject(0);
    Map<Object, Object> expected = new LinkedHashMap<>();
    expected.put(2, "two");
    expected.put(1, null);
    assertThat(map).isInstanceOf(Map.class).isEqualTo(expected);
    assertThat(new ArrayList<Object>(((Map<?, ?>) map).keySet())).containsExactly(2, 1);
  }

  @Test
  void denseUnionReadsEachRowAsItsBranch() throws SQLException {
    DenseUnionVector v = track(DenseUnionVector.empty("u", allocator));
    v.allocateNew();
    byte intId = v.registerNewTypeId(Field.nullable("i", new ArrowType.Int(32, true)));
    byte textId = v.registerNewTypeId(Field.nullable("s", ArrowType.Utf8.INSTANCE));
    v.setTypeId(0, intId);
    v.setSafe(0, intHolder(42));
    v.setTypeId(1, textId);
    v.setSafe(1, textHolder(v, "hi"));
    v.setTypeId(2, intId);
    v.setSafe(2, intHolder(-1));
    v.setValueCount(3);
    ColumnAccessor a = Accessors.create(v);
    assertThat(a.getObject(0)).isEqualTo(42);
    assertThat(a.getObject(1)).isEqualTo("hi");
    assertThat(a.getInt(2)).isEqualTo(-1);
    assertThat(a.getString(0)).isEqualTo("42");
    assertThatThrownBy(() -> a.getInt(1)).hasFieldOrPropertyWithValue("SQLState", "22018");
  }

  @Test
  void sparseUnionReadsEachRowAsItsBranch() throws SQLException {
    UnionVector v = track(UnionVector.empty("u", allocator));
    v.allocateNew();
    v.setType(0, MinorType.INT);
    v.setSafe(0, intHolder(7));
    v.setType(1, MinorType.VARCHAR);
    v.setSafe(1, textHolder(v, "seven"));
    v.setValueCount(2);
    ColumnAccessor a = Accessors.create(v);
    assertThat(a.getObject(0)).isEqualTo(7);
    assertThat(a.getObject(1)).isEqualTo("seven");
    assertThat(a.isNull(0)).isFalse();
  }

  @Test
  void sparseUnionWithTypeIdsOtherThanArrowJavasOwnFindsItsBranches() throws SQLException {
    // DuckDB and other writers number branches 0, 1, ...; Arrow Java's UnionVector reports its
    // MinorType ordinals in getField(), so branches must be found through the vector itself
    Field field =
        new Field(
            "u",
            FieldType.nullable(
                new ArrowType.Union(
                    org.apache.arrow.vector.types.UnionMode.Sparse, new int[] {0, 1})),
            java.util.List.of(
                Field.nullable("num", new ArrowType.Int(32, true)),
                Field.nullable("str", ArrowType.Utf8.INSTANCE)));
    UnionVector v = (UnionVector) track(field.createVector(allocator));
    v.allocateNew();
    org.apache.arrow.vector.IntVector numbers =
        (org.apache.arrow.vector.IntVector) v.getChildrenFromFields().get(0);
    org.apache.arrow.vector.VarCharVector strings =
        (org.apache.arrow.vector.VarCharVector) v.getChildrenFromFields().get(1);
    numbers.setSafe(0, 2);
    numbers.setNull(1);
    numbers.setNull(2);
    strings.setNull(0);
    strings.setSafe(1, "a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    strings.setNull(2);
    numbers.setValueCount(3);
    strings.setValueCount(3);
    v.getTypeBuffer().setByte(0, 0);
    v.getTypeBuffer().setByte(1, 1);
    v.getTypeBuffer().setByte(2, 0);
    v.setValueCount(3);
    ColumnAccessor a = Accessors.create(v);
    assertThat(a.getObject(0)).isEqualTo(2);
    assertThat(a.getObject(1)).isEqualTo("a");
    assertThat(a.isNull(2)).isTrue();
    assertThat(v.getChildrenFromFields()).as("no branch added").hasSize(2);
  }

  private static NullableIntHolder intHolder(int value) {
    NullableIntHolder holder = new NullableIntHolder();
    holder.isSet = 1;
    holder.value = value;
    return holder;
  }

  private NullableVarCharHolder textHolder(FieldVector owner, String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.apache.arrow.memory.ArrowBuf buf = track(allocator.buffer(bytes.length));
    buf.setBytes(0, bytes);
    NullableVarCharHolder holder = new NullableVarCharHolder();
    holder.isSet = 1;
    holder.buffer = buf;
    holder.start = 0;
    holder.end = bytes.length;
    return holder;
  }

  @Test
  void dictionaryEncodedColumnReadsItsDecodedValues() throws SQLException {
    VarCharVector dictionaryValues = track(new VarCharVector("d", allocator));
    dictionaryValues.allocateNew();
    dictionaryValues.setSafe(0, "red".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    dictionaryValues.setSafe(1, "green".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    dictionaryValues.setValueCount(2);
    DictionaryEncoding encoding = new DictionaryEncoding(7L, false, new ArrowType.Int(32, true));
    Dictionary dictionary = new Dictionary(dictionaryValues, encoding);
    DictionaryProvider.MapDictionaryProvider provider =
        new DictionaryProvider.MapDictionaryProvider(dictionary);
    // the in-memory form, as FlightStream.getRoot() has it: the field's type is the index type
    Field field = new Field("c", new FieldType(true, encoding.getIndexType(), encoding), null);
    IntVector indices = (IntVector) columns().vector(field);
    indices.allocateNew(3);
    indices.set(0, 1);
    indices.set(1, 0);
    indices.setNull(2);
    indices.setValueCount(3);
    ColumnAccessor a = Accessors.create(indices, provider);
    assertThat(a.getString(0)).isEqualTo("green");
    assertThat(a.getObject(1)).isEqualTo("red");
    assertThat(a.isNull(2)).isTrue();
    assertThat(dev.quiver.jdbc.internal.types.TypeTable.columnType(field, provider).jdbcType())
        .isEqualTo(Types.VARCHAR);
    assertThatThrownBy(() -> Accessors.create(indices))
        .hasFieldOrPropertyWithValue("SQLState", "HY000")
        .hasMessageContaining("dictionary id 7");
  }

  @Test
  void runEndEncodedColumnReadsTheValueOfEachRun() throws SQLException {
    Field field =
        new Field(
            "r",
            FieldType.nullable(ArrowType.RunEndEncoded.INSTANCE),
            List.of(
                Field.notNullable("run_ends", new ArrowType.Int(32, true)),
                Field.nullable("values", new ArrowType.Int(64, true))));
    RunEndEncodedVector v = (RunEndEncodedVector) columns().vector(field);
    v.allocateNew();
    IntVector runEnds = (IntVector) v.getRunEndsVector();
    BigIntVector values = (BigIntVector) v.getValuesVector();
    // runs: rows 0-1 -> 10, row 2 -> null, rows 3-5 -> 30
    runEnds.setSafe(0, 2);
    runEnds.setSafe(1, 3);
    runEnds.setSafe(2, 6);
    runEnds.setValueCount(3);
    values.setSafe(0, 10);
    values.setNull(1);
    values.setSafe(2, 30);
    values.setValueCount(3);
    v.setValueCount(6);
    ColumnAccessor a = Accessors.create(v);
    assertThat(a.getLong(0)).isEqualTo(10);
    assertThat(a.getLong(1)).isEqualTo(10);
    assertThat(a.isNull(2)).isTrue();
    assertThat(a.getObject(5)).isEqualTo(30L);
    assertThat(a.getString(3)).isEqualTo("30");
  }

  /** Captures the batch source; the result set it returns closes the source on close(). */
  static final class CapturingFactory implements ResultSetFactory {
    BatchSource source;

    @Override
    public ResultSet create(BatchSource batchSource) {
      this.source = batchSource;
      return (ResultSet)
          Proxy.newProxyInstance(
              ResultSet.class.getClassLoader(),
              new Class<?>[] {ResultSet.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  batchSource.close();
                  return null;
                }
                throw new UnsupportedOperationException(method.getName());
              });
    }
  }
}
