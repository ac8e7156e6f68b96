package dev.quiver.jdbc.internal.jdbc;

import static java.util.Objects.requireNonNull;

import dev.quiver.jdbc.internal.result.BatchSource;
import java.sql.SQLException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The batches of a query result, read as part of its {@link Execution}: every wait for data runs in
 * the execution's context (so cancel and the timeouts reach the DoGet in flight), a stopped
 * execution fails every later read with its HY008/HYT00 exception, and the execution finishes when
 * the last batch has arrived or the result is closed (from then on the query timeout no longer
 * runs).
 */
final class ExecutionBatchSource implements BatchSource {

  private final BatchSource delegate;
  private final Execution execution;

  ExecutionBatchSource(BatchSource delegate, Execution execution) {
    this.delegate = requireNonNull(delegate, "delegate is null");
    this.execution = requireNonNull(execution, "execution is null");
  }

  @Override
  public Schema schema() throws SQLException {
    return execution.isFinished() ? delegate.schema() : execution.call(delegate::schema);
  }

  @Override
  public VectorSchemaRoot nextBatch() throws SQLException {
    if (execution.isFinished()) {
      return delegate.nextBatch(); // the end was reached: the delegate answers null again
    }
    VectorSchemaRoot batch = execution.call(delegate::nextBatch);
    if (batch == null) {
      execution.complete();
    } else {
      execution.received(batch.getRowCount());
    }
    return batch;
  }

  @Override
  public DictionaryProvider dictionaryProvider() {
    return delegate.dictionaryProvider();
  }

  @Override
  public void abort() {
    delegate.abort();
  }

  @Override
  public void close() throws SQLException {
    try {
      delegate.close();
    } finally {
      execution.finish();
    }
  }
}
