/**
 * Column accessors: one {@link dev.quiver.jdbc.internal.accessor.ColumnAccessor} subclass per Arrow
 * vector family, chosen by {@link dev.quiver.jdbc.internal.accessor.Accessors#create} from the type
 * table ({@code internal.types}); {@link dev.quiver.jdbc.internal.accessor.Conversions} is the one
 * narrowing and parsing policy; {@link dev.quiver.jdbc.internal.accessor.ArrowArray} and {@link
 * dev.quiver.jdbc.internal.accessor.ArrowStruct} are the {@code java.sql.Array} and {@code
 * java.sql.Struct} values.
 *
 * <p>Use from the cursor: create one accessor per column with {@code Accessors.create(vector,
 * dictionaries, resultSetFactory)}, where {@code dictionaries} is the stream's {@code
 * DictionaryProvider} (a {@code FlightStream} is one) and {@code resultSetFactory} turns the {@code
 * BatchSource} of {@code Array.getResultSet} into a result set. Accessors hold the vector objects,
 * not their buffers: since {@code FlightStream} reloads the same root on every batch, the accessors
 * of a root stay valid across batches; create new ones for a new root object. Per row: check {@code
 * isNull(row)} (and set {@code wasNull}), then call the typed getter only for non-null values.
 * Accessors are not thread-safe (neither are result sets).
 */
package dev.quiver.jdbc.internal.accessor;
