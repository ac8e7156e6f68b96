/**
 * The one Arrow to JDBC type table: {@link dev.quiver.jdbc.internal.types.TypeTable} maps an Arrow
 * field to a {@link dev.quiver.jdbc.internal.types.ColumnType} (java.sql.Types code, name, sizes,
 * getObject class, and the accessor family) in a single {@code ArrowTypeVisitor}; {@link
 * dev.quiver.jdbc.internal.types.ColumnDescription} adds the Flight SQL column metadata. Result-set
 * metadata and the accessor factory both read it, so they cannot disagree.
 */
package dev.quiver.jdbc.internal.types;
