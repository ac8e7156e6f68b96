package dev.quiver.jdbc.internal.client;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one connection uses to fetch result endpoints in parallel ({@code threadPoolSize} of
 * them at most). Threads start on demand, end after a short idle time, and all end when the
 * connection closes, so an idle or closed connection holds no thread.
 *
 * <p>Tasks run here must never wait for the application (only for the network): a fetch task stops
 * when its endpoint's small buffer is full and is submitted again once the reader took a batch. So
 * several results of one connection can share the threads without one starving another.
 */
public final class FetchThreads implements Executor, AutoCloseable {

  private static final long IDLE_SECONDS = 5;
  private static final long CLOSE_WAIT_SECONDS = 5;
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();

  private final int size;
  private final ThreadPoolExecutor executor;

  /**
   * @param size the most threads at once (threadPoolSize)
   */
  public FetchThreads(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
    this.size = size;
    this.executor =
        new ThreadPoolExecutor(
            size,
            size,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads("quiver-fetch-" + CONNECTIONS.incrementAndGet()));
    executor.allowCoreThreadTimeOut(true);
  }

  /** The most threads fetching at once. */
  public int size() {
    return size;
  }

  /**
   * Runs {@code task} on a fetch thread.
   *
   * @throws RejectedExecutionException once the connection is closed
   */
  @Override
  public void execute(Runnable task) {
    executor.execute(requireNonNull(task, "task is null"));
  }

  /** Ends every thread; running tasks are interrupted (their streams were already cancelled). */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
