package dev.quiver.jdbc.distributed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 for fault tests: it forwards every connection to a target, and can cut
 * connections abruptly (an RST, as when a machine or a network path dies), either all at once or
 * every Nth connection shortly after it was opened.
 *
 * <p>Each proxied connection uses two daemon threads named {@code tcp-proxy-*}; {@link #close()}
 * cuts every connection and waits for all of them to end.
 */
final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final ServerSocket server;
  private final Thread acceptor;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private volatile int dropEvery; // 0 = never
  private volatile int dropAfterMillisMax = 200;
  private volatile boolean closed;

  TcpProxy(String targetHost, int targetPort) throws IOException {
    this.target =
        new InetSocketAddress(requireNonNull(targetHost, "targetHost is null"), targetPort);
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Connections accepted so far. */
  int acceptedConnections() {
    return accepted.get();
  }

  /** Connections cut so far. */
  long droppedConnections() {
    return dropped.get();
  }

  /**
   * Every {@code n}th new connection is cut at a random moment up to {@code withinMillis} after it
   * was opened; 0 turns this off.
   */
  void dropEveryNthConnection(int n, int withinMillis) {
    this.dropAfterMillisMax = Math.max(1, withinMillis);
    this.dropEvery = n;
  }

  /** Cuts every open connection now. New connections are still accepted. */
  void dropAll() {
    for (Link link : links) {
      link.cut();
    }
  }

  @Override
  public void close() throws Exception {
    closed = true;
    server.close();
    dropAll();
    acceptor.join(5_000);
    List<Thread> all;
    synchronized (threads) {
      all = new ArrayList<>(threads);
    }
    for (Thread thread : all) {
      thread.join(5_000);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      int number = accepted.incrementAndGet();
      try {
        Socket upstream = new Socket();
        upstream.connect(target, 5_000);
        Link link = new Link(client, upstream);
        links.add(link);
        start(() -> link.pump(client, upstream), "tcp-proxy-up-" + number);
        start(() -> link.pump(upstream, client), "tcp-proxy-down-" + number);
        int every = dropEvery;
        if (every > 0 && number % every == 0) {
          int delay = ThreadLocalRandom.current().nextInt(dropAfterMillisMax);
          start(
              () -> {
                try {
                  Thread.sleep(delay);
                } catch (InterruptedException ignored) {
                  Thread.currentThread().interrupt();
                }
                link.cut();
              },
              "tcp-proxy-cut-" + number);
        }
      } catch (IOException e) {
        closeQuietly(client);
      }
    }
  }

  private void start(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    synchronized (threads) {
      threads.removeIf(t -> !t.isAlive());
      threads.add(thread);
    }
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  private final class Link {
    private final Socket client;
    private final Socket upstream;
    private final java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();

    Link(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    void pump(Socket from, Socket to) {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = from.getInputStream();
          OutputStream out = to.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException ignored) {
        // cut or closed by the other side
      } finally {
        close(false);
      }
    }

    /** An abrupt cut: linger 0 makes close() send an RST instead of a FIN. */
    void cut() {
      if (!done.get()) {
        dropped.incrementAndGet();
      }
      close(true);
    }

    private void close(boolean abrupt) {
      if (!done.compareAndSet(false, true)) {
        return;
      }
      links.remove(this);
      for (Socket socket : new Socket[] {client, upstream}) {
        try {
          if (abrupt) {
            socket.setSoLinger(true, 0);
          }
        } catch (IOException ignored) {
          // already closed
        }
        closeQuietly(socket);
      }
    }
  }
}
