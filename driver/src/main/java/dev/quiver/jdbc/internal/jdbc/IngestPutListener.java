package dev.quiver.jdbc.internal.jdbc;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.PutResult;
import org.apache.arrow.flight.sql.impl.FlightSql.DoPutUpdateResult;
import org.apache.arrow.memory.ArrowBuf;

/**
 * The server's side of one ingest DoPut: the {@code DoPutUpdateResult} record count (decoded at
 * once, so no PutResult buffer is held, unlike Arrow's {@code SyncPutListener} with results it
 * never reads), and whether and how the call ended. The ingest loop checks {@link #isDone()} so a
 * server that fails early stops the upload.
 */
final class IngestPutListener implements FlightClient.PutListener {

  private final CountDownLatch done = new CountDownLatch(1);
  private final Object readiness = new Object();
  private volatile long recordCount = -1;
  private volatile boolean countReceived;
  private volatile Throwable error;

  @Override
  public void onNext(PutResult result) {
    // Flight closes the result after this returns; the count is decoded before that.
    try {
      ArrowBuf metadata = result.getApplicationMetadata();
      if (!countReceived && metadata != null && metadata.readableBytes() > 0) {
        recordCount = DoPutUpdateResult.parseFrom(metadata.nioBuffer()).getRecordCount();
        countReceived = true;
      }
    } catch (Exception malformed) {
      error =
          CallStatus.INTERNAL
              .withDescription("The server's ingest result is not a DoPutUpdateResult")
              .withCause(malformed)
              .toRuntimeException();
    }
  }

  @Override
  public void onError(Throwable t) {
    if (error == null) {
      error = t;
    }
    finish();
  }

  @Override
  public void onCompleted() {
    finish();
  }

  private void finish() {
    done.countDown();
    signalReady();
  }

  private void signalReady() {
    synchronized (readiness) {
      readiness.notifyAll();
    }
  }

  boolean isDone() {
    return done.getCount() == 0;
  }

  /**
   * Waits until the outgoing stream can take a batch (gRPC flow control, so a large ingest holds a
   * bounded number of batches) or the call has ended.
   */
  void awaitReady(FlightClient.ClientStreamListener stream) throws InterruptedException {
    // Flight sets the call's on-ready handler itself when the put starts, so readiness is polled;
    // the end of the call wakes the wait at once.
    synchronized (readiness) {
      while (!stream.isReady() && !isDone()) {
        readiness.wait(1);
      }
    }
  }

  /** Blocks until the call ends; throws the call's error. */
  @Override
  public void getResult() {
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CallStatus.CANCELLED
          .withDescription("Interrupted while waiting for the ingest result")
          .toRuntimeException();
    }
    Throwable failure = error;
    if (failure instanceof FlightRuntimeException) {
      throw (FlightRuntimeException) failure;
    }
    if (failure != null) {
      throw CallStatus.UNKNOWN
          .withDescription(String.valueOf(failure.getMessage()))
          .withCause(failure)
          .toRuntimeException();
    }
  }

  /** Waits (bounded) for the call to end after the client gave up on it; never throws. */
  void awaitEndQuietly() {
    try {
      done.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The error the call ended with; null while it runs or when it completed normally. */
  Throwable error() {
    return error;
  }

  /** The server's record count; -1 when it sent none (Flight SQL: unknown). */
  long recordCount() {
    return countReceived ? recordCount : -1;
  }
}
