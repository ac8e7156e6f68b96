package dev.quiver.jdbc.internal.accessor;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.error.SqlState;
import dev.quiver.jdbc.internal.types.ColumnType;
import dev.quiver.jdbc.internal.types.TypeFamily;
import dev.quiver.jdbc.internal.types.TypeTable;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.ExtensionTypeVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.complex.DenseUnionVector;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.RunEndEncodedVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Chooses the accessor of a column. The choice follows {@link TypeTable#columnType}'s {@link
 * TypeFamily}, the same answer that result-set metadata reports, so the two cannot drift.
 */
public final class Accessors {

  private Accessors() {}

  /** The accessor of a column that is not dictionary-encoded; arrays have no result sets. */
  public static ColumnAccessor create(FieldVector vector) throws SQLException {
    return create(vector, null, null);
  }

  /** The accessor of a column whose dictionaries (if any) come from {@code dictionaries}. */
  public static ColumnAccessor create(FieldVector vector, DictionaryProvider dictionaries)
      throws SQLException {
    return create(vector, dictionaries, null);
  }

  /**
   * The accessor of a column.
   *
   * @param dictionaries where dictionary-encoded columns find their values; may be {@code null}
   *     when no column is dictionary-encoded
   * @param resultSetFactory how {@code Array.getResultSet} builds its result set; {@code null}
   *     makes it throw {@code SQLFeatureNotSupportedException}
   * @throws SQLException when a dictionary is missing or a timestamp names an unknown zone
   */
  public static ColumnAccessor create(
      FieldVector vector, DictionaryProvider dictionaries, ResultSetFactory resultSetFactory)
      throws SQLException {
    requireNonNull(vector, "vector is null");
    Field field = vector.getField();
    DictionaryEncoding encoding = field.getDictionary();
    if (encoding != null) {
      Dictionary dictionary = dictionaries == null ? null : dictionaries.lookup(encoding.getId());
      if (dictionary == null) {
        throw SqlState.GENERAL_ERROR.exception(
            "Column '"
                + field.getName()
                + "' is dictionary-encoded (dictionary id "
                + encoding.getId()
                + ") but that dictionary was not received");
      }
      ColumnAccessor values = create(dictionary.getVector(), dictionaries, resultSetFactory);
      return new DictionaryAccessor((BaseIntVector) vector, values);
    }
    // not dictionary-encoded, so the field's own type is the value type
    ColumnType type = TypeTable.columnType(field);
    if (vector instanceof ExtensionTypeVector) {
      FieldVector storage = ((ExtensionTypeVector<?>) vector).getUnderlyingVector();
      if (type.family() == TypeFamily.UUID) {
        return new UuidAccessor((FixedSizeBinaryVector) storage);
      }
      return create(storage, dictionaries, resultSetFactory);
    }
    String description = field.getType().toString();
    switch (type.family()) {
      case NULL:
        return new NullAccessor((NullVector) vector);
      case BOOLEAN:
        return new BooleanAccessor((BitVector) vector);
      case INTEGER:
        return new IntegerAccessor(
            (BaseIntVector) vector, IntegerAccessor.boxFor(type.className()), description);
      case UNSIGNED_BIGINT:
        return new UnsignedBigIntAccessor((UInt8Vector) vector);
      case FLOATING_POINT:
        return new FloatingPointAccessor(
            (FloatingPointVector) vector, type.jdbcType() == Types.DOUBLE, description);
      case DECIMAL:
        return new DecimalAccessor(vector, description);
      case STRING:
        return new StringAccessor(vector, description);
      case BINARY:
        return new BinaryAccessor(vector, description);
      case UUID:
        return new UuidAccessor((FixedSizeBinaryVector) vector);
      case DATE:
        return new DateAccessor(vector, description);
      case TIME:
        return new TimeAccessor(vector, description);
      case TIMESTAMP:
        return new TimestampAccessor(
            (TimeStampVector) vector, (ArrowType.Timestamp) field.getType(), null);
      case TIMESTAMP_WITH_TIME_ZONE:
        ArrowType.Timestamp timestamp = (ArrowType.Timestamp) field.getType();
        return new TimestampAccessor(
            (TimeStampVector) vector, timestamp, DateTimes.zoneOfColumn(timestamp.getTimezone()));
      case INTERVAL_YEAR_MONTH:
      case INTERVAL_DAY_TIME:
      case INTERVAL_MONTH_DAY_NANO:
        return new IntervalAccessor(
            vector, ((ArrowType.Interval) field.getType()).getUnit(), description);
      case DURATION:
        return new DurationAccessor((DurationVector) vector, description);
      case LIST:
        return list(vector, dictionaries, resultSetFactory);
      case STRUCT:
        return struct((StructVector) vector, type, dictionaries, resultSetFactory);
      case MAP:
        return map((MapVector) vector, dictionaries, resultSetFactory);
      case UNION:
        return union(vector, dictionaries, resultSetFactory);
      case RUN_END_ENCODED:
        RunEndEncodedVector ree = (RunEndEncodedVector) vector;
        return new RunEndEncodedAccessor(
            ree, create(ree.getValuesVector(), dictionaries, resultSetFactory));
      default:
        throw new IllegalStateException("No accessor for type family " + type.family());
    }
  }

  private static ColumnAccessor list(
      FieldVector vector, DictionaryProvider dictionaries, ResultSetFactory resultSetFactory)
      throws SQLException {
    FieldVector elementVector = vector.getChildrenFromFields().get(0);
    ColumnAccessor elements = create(elementVector, dictionaries, resultSetFactory);
    return new ListAccessor(
        vector,
        elementVector,
        elements,
        TypeTable.columnType(elementVector.getField(), dictionaries),
        resultSetFactory);
  }

  private static ColumnAccessor struct(
      StructVector vector,
      ColumnType type,
      DictionaryProvider dictionaries,
      ResultSetFactory resultSetFactory)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<ColumnAccessor> children = new ArrayList<>();
    for (FieldVector child : vector.getChildrenFromFields()) {
      names.add(child.getName());
      children.add(create(child, dictionaries, resultSetFactory));
    }
    return new StructAccessor(vector, names, children, type.typeName());
  }

  private static ColumnAccessor map(
      MapVector vector, DictionaryProvider dictionaries, ResultSetFactory resultSetFactory)
      throws SQLException {
    List<FieldVector> entry = vector.getDataVector().getChildrenFromFields();
    return new MapAccessor(
        vector,
        create(entry.get(0), dictionaries, resultSetFactory),
        create(entry.get(1), dictionaries, resultSetFactory));
  }

  private static ColumnAccessor union(
      FieldVector vector, DictionaryProvider dictionaries, ResultSetFactory resultSetFactory)
      throws SQLException {
    List<FieldVector> children = vector.getChildrenFromFields();
    if (!(vector instanceof DenseUnionVector)) {
      // A sparse UnionVector's getField() reports Arrow Java's MinorType ordinals as type ids,
      // not the ids the writer chose (DuckDB uses 0, 1, ...); only the vector itself maps a row's
      // id to its child, so branches are found by child.
      Map<ValueVector, ColumnAccessor> branches = new IdentityHashMap<>();
      for (FieldVector child : children) {
        branches.put(child, create(child, dictionaries, resultSetFactory));
      }
      return new UnionAccessor(vector, branches);
    }
    ArrowType.Union type = (ArrowType.Union) vector.getField().getType();
    int[] typeIds = type.getTypeIds();
    ColumnAccessor[] branches = new ColumnAccessor[128];
    for (int i = 0; i < children.size(); i++) {
      int typeId = typeIds == null ? i : typeIds[i];
      FieldVector child = (FieldVector) ((DenseUnionVector) vector).getVectorByType((byte) typeId);
      branches[typeId] =
          create(child != null ? child : children.get(i), dictionaries, resultSetFactory);
    }
    return new UnionAccessor(vector, branches);
  }
}
