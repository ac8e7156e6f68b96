package dev.quiver.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.conformance.Capability;
import dev.quiver.conformance.Check;
import dev.quiver.conformance.ConformanceTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

@Capability(value = "Concurrency", order = 85)
class ConcurrencyChecks {

  @Check(id = "CONC-01", value = "8 connections on 8 threads each get their own right answers")
  void connectionsOnThreads(ConformanceTarget target) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> sums = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        sums.add(
            pool.submit(
                () -> {
                  long sum = 0;
                  try (Connection connection = target.connect();
                      Statement statement = connection.createStatement()) {
                    for (int q = 0; q < 10; q++) {
                      try (ResultSet rs =
                          statement.executeQuery("SELECT " + (offset * 100 + q) + " AS v")) {
                        assertThat(rs.next()).isTrue();
                        sum += rs.getLong(1);
                      }
                    }
                  }
                  return sum;
                }));
      }
      for (int t = 0; t < 8; t++) {
        long expected = 10L * t * 100 + 45;
        assertThat(sums.get(t).get(60, TimeUnit.SECONDS)).as("thread %d", t).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Check(id = "CONC-02", value = "two result sets of one connection can be read interleaved")
  void interleavedResults(ConformanceTarget target) throws SQLException {
    try (Connection connection = target.connect();
        Statement first = connection.createStatement();
        Statement second = connection.createStatement();
        ResultSet a = first.executeQuery("SELECT 1 AS v UNION ALL SELECT 2 ORDER BY v");
        ResultSet b = second.executeQuery("SELECT 10 AS v UNION ALL SELECT 20 ORDER BY v")) {
      assertThat(a.next()).isTrue();
      assertThat(b.next()).isTrue();
      assertThat(a.getInt(1)).isEqualTo(1);
      assertThat(b.getInt(1)).isEqualTo(10);
      assertThat(a.next()).isTrue();
      assertThat(b.next()).isTrue();
      assertThat(a.getInt(1)).isEqualTo(2);
      assertThat(b.getInt(1)).isEqualTo(20);
      assertThat(a.next()).isFalse();
      assertThat(b.next()).isFalse();
    }
  }
}
