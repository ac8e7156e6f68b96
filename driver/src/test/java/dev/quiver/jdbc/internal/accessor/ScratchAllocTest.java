package dev.quiver.jdbc.internal.accessor;

import java.lang.management.ManagementFactory;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;

class ScratchAllocTest extends ArrowTest {
  static long alloc() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  @Test
  void measure() throws Exception {
    Long[] micros = new Long[1024];
    String[] strs = new String[1024];
    for (int i = 0; i < 1024; i++) { micros[i] = 1_600_000_000_000_000L + i * 1_000_123L; strs[i] = "value-" + i; }
    for (String zone : new String[] {"UTC", "Asia/Kolkata", "America/New_York"}) {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
      ColumnAccessor a = Accessors.create(columns().timestamps(TimeUnit.MICROSECOND, null, micros));
      long sink = 0;
      for (int i = 0; i < 3_000_000; i++) sink += a.getTimestamp(i & 1023, null).getNanos();
      long before = alloc();
      for (int i = 0; i < 1_000_000; i++) sink += a.getTimestamp(i & 1023, null).getNanos();
      System.out.println("MEASURE getTimestamp zone-less " + zone + ": " + (alloc() - before) / 1_000_000.0 + " B/call " + sink);
    }
    ColumnAccessor s = Accessors.create(columns().strings(ArrowType.Utf8.INSTANCE, strs));
    long sink = 0;
    for (int i = 0; i < 3_000_000; i++) sink += s.getString(i & 1023).length();
    long before = alloc();
    for (int i = 0; i < 1_000_000; i++) sink += s.getString(i & 1023).length();
    System.out.println("MEASURE getString utf8: " + (alloc() - before) / 1_000_000.0 + " B/call " + sink);
    java.util.TimeZone.setDefault(null);
  }
}
