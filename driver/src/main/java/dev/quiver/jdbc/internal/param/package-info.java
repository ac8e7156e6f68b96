/**
 * JDBC parameter values to Arrow parameter batches.
 *
 * <p>The flow: a setter's argument becomes a canonical Java value ({@link
 * dev.quiver.jdbc.internal.param.ParameterValues}); {@link
 * dev.quiver.jdbc.internal.param.ParameterBindings} keeps the current row and the batched rows,
 * converting each value at once when the server's parameter schema types it; {@link
 * dev.quiver.jdbc.internal.param.ParameterRoots} writes rows into Arrow roots, one record batch per
 * DoPut, cutting very large batches into chunks.
 *
 * <p>There is one converter per Arrow vector family (bool, integers, floating point, decimals,
 * text, binary, date, time, timestamp, interval/duration, list, null). They share the driver's one
 * narrowing policy ({@link dev.quiver.jdbc.internal.accessor.Conversions}): 22003 out of range,
 * 22018 unparsable text, 22007 bad date/time text, 07006 a pairing JDBC does not allow. Time values
 * are always counted in the column's own unit (never milliseconds into a microsecond column). When
 * the server does not type a parameter (no schema, or Arrow's Null type), the type is inferred from
 * the values ({@link dev.quiver.jdbc.internal.param.NaturalTypes}, {@link
 * dev.quiver.jdbc.internal.param.TypeInference}).
 *
 * <p>The package needs no server: it is tested on its own.
 */
package dev.quiver.jdbc.internal.param;
