package dev.quiver.jdbc.internal.memory;

import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import sun.misc.Unsafe;

/**
 * Arrow's {@code org.apache.arrow.memory.util.MemoryUtil} without {@code --add-opens}.
 *
 * <p>In the single driver jar, the shade plugin rewrites every reference to Arrow's {@code
 * MemoryUtil} into a reference to this class (see the driver {@code pom.xml}), and leaves Arrow's
 * own class out. The public members are exactly Arrow 18.3.0's, with the same meaning.
 *
 * <p>Why Arrow's class needs the flag: its static initializer calls {@code
 * Buffer.address.setAccessible(true)} and the private {@code DirectByteBuffer(long, int)}
 * constructor, both refused by the module system unless {@code java.nio} is opened. This class gets
 * the same two things without deep reflection:
 *
 * <ul>
 *   <li>the offset of {@code Buffer.address} comes from {@code Unsafe.objectFieldOffset}, which
 *       needs the {@link Field} object only, not access to it;
 *   <li>a direct buffer over foreign memory is a {@code duplicate()} of a real direct buffer (made
 *       by the JDK's own constructor, so every field has its JDK value) whose {@code address},
 *       {@code capacity} and {@code limit} are then set, which is what the private constructor
 *       does. A self-check at class initialization proves the result reads and writes the given
 *       memory; if it ever did not (a JDK that changed {@code Buffer}'s fields), {@link
 *       #directBuffer} throws {@link UnsupportedOperationException}, like Arrow does, instead of
 *       returning a wrong buffer.
 * </ul>
 *
 * <p>{@code sun.misc.Unsafe} is exported by the {@code jdk.unsupported} module, so no flag is
 * needed for it. JDK 24 and newer print a one-time warning on its first memory-access call unless
 * started with {@code --sun-misc-unsafe-memory-access=allow} (JEP 471/498); Netty prints the same
 * warning, so the driver does not make it worse.
 */
public final class MemoryUtil {

  /** If the native byte order is little-endian. */
  public static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

  private static final Unsafe UNSAFE = loadUnsafe();
  private static final long BYTE_ARRAY_BASE_OFFSET = UNSAFE.arrayBaseOffset(byte[].class);
  private static final long ADDRESS_OFFSET = fieldOffset(Buffer.class, "address");
  private static final long CAPACITY_OFFSET = fieldOffset(Buffer.class, "capacity");
  private static final long LIMIT_OFFSET = fieldOffset(Buffer.class, "limit");

  /**
   * A real direct buffer that every buffer from {@link #directBuffer} duplicates. Its memory is
   * never used; a duplicate keeps it reachable through the JDK's attachment field, which is
   * harmless since it lives as long as this class anyway.
   */
  private static final ByteBuffer TEMPLATE = ByteBuffer.allocateDirect(1);

  /** Null when the self-check passed, else why foreign-memory buffers are unavailable. */
  private static final String DIRECT_BUFFER_FAILURE = checkDirectBuffers();

  private MemoryUtil() {}

  /** The address of a direct {@link ByteBuffer}'s memory. */
  public static long getByteBufferAddress(ByteBuffer buf) {
    return UNSAFE.getLong(buf, ADDRESS_OFFSET);
  }

  /**
   * A direct, big-endian {@link ByteBuffer} over {@code capacity} bytes at {@code address}, with
   * position 0 and limit {@code capacity}. It does not own the memory.
   */
  public static ByteBuffer directBuffer(long address, int capacity) {
    if (DIRECT_BUFFER_FAILURE != null) {
      throw new UnsupportedOperationException(
          "Direct buffers over Arrow memory are not available on this JVM: "
              + DIRECT_BUFFER_FAILURE);
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("Capacity is negative, has to be positive or 0");
    }
    return wrap(address, capacity);
  }

  public static void copyMemory(long srcAddress, long destAddress, long bytes) {
    UNSAFE.copyMemory(srcAddress, destAddress, bytes);
  }

  public static void copyToMemory(byte[] src, long srcIndex, long destAddress, long bytes) {
    UNSAFE.copyMemory(src, BYTE_ARRAY_BASE_OFFSET + srcIndex, null, destAddress, bytes);
  }

  public static void copyFromMemory(long srcAddress, byte[] dest, long destIndex, long bytes) {
    UNSAFE.copyMemory(null, srcAddress, dest, BYTE_ARRAY_BASE_OFFSET + destIndex, bytes);
  }

  public static byte getByte(long address) {
    return UNSAFE.getByte(address);
  }

  public static void putByte(long address, byte value) {
    UNSAFE.putByte(address, value);
  }

  public static short getShort(long address) {
    return UNSAFE.getShort(address);
  }

  public static void putShort(long address, short value) {
    UNSAFE.putShort(address, value);
  }

  public static int getInt(long address) {
    return UNSAFE.getInt(address);
  }

  public static void putInt(long address, int value) {
    UNSAFE.putInt(address, value);
  }

  public static long getLong(long address) {
    return UNSAFE.getLong(address);
  }

  public static void putLong(long address, long value) {
    UNSAFE.putLong(address, value);
  }

  public static void setMemory(long address, long bytes, byte value) {
    UNSAFE.setMemory(address, bytes, value);
  }

  public static int getInt(byte[] bytes, int index) {
    return UNSAFE.getInt(bytes, BYTE_ARRAY_BASE_OFFSET + index);
  }

  public static long getLong(byte[] bytes, int index) {
    return UNSAFE.getLong(bytes, BYTE_ARRAY_BASE_OFFSET + index);
  }

  public static long allocateMemory(long bytes) {
    return UNSAFE.allocateMemory(bytes);
  }

  public static void freeMemory(long address) {
    UNSAFE.freeMemory(address);
  }

  private static ByteBuffer wrap(long address, int capacity) {
    // duplicate() runs the JDK's DirectByteBuffer constructor: mark -1, position 0, big-endian,
    // no cleaner (only the original frees memory), no memory segment. Then the three fields the
    // private DirectByteBuffer(long, int) constructor sets differently.
    ByteBuffer buffer = TEMPLATE.duplicate();
    UNSAFE.putLong(buffer, ADDRESS_OFFSET, address);
    UNSAFE.putInt(buffer, CAPACITY_OFFSET, capacity);
    UNSAFE.putInt(buffer, LIMIT_OFFSET, capacity);
    return buffer;
  }

  private static String checkDirectBuffers() {
    int size = 16;
    long address = UNSAFE.allocateMemory(size);
    try {
      for (int i = 0; i < size; i++) {
        UNSAFE.putByte(address + i, (byte) (i + 1));
      }
      ByteBuffer buffer = wrap(address, size);
      if (!buffer.isDirect()
          || buffer.capacity() != size
          || buffer.limit() != size
          || buffer.position() != 0
          || buffer.order() != ByteOrder.BIG_ENDIAN
          || buffer.isReadOnly()
          || getByteBufferAddress(buffer) != address) {
        return "a buffer made over foreign memory has unexpected state " + buffer;
      }
      for (int i = 0; i < size; i++) {
        if (buffer.get(i) != (byte) (i + 1)) {
          return "a buffer made over foreign memory does not read that memory";
        }
      }
      buffer.put(3, (byte) 42);
      ByteBuffer slice = buffer.position(8).slice();
      if (UNSAFE.getByte(address + 3) != 42
          || slice.capacity() != 8
          || getByteBufferAddress(slice) != address + 8) {
        return "a buffer made over foreign memory does not write or slice that memory";
      }
      return null;
    } finally {
      UNSAFE.freeMemory(address);
    }
  }

  private static Unsafe loadUnsafe() {
    try {
      // jdk.unsupported opens sun.misc to everyone, so this needs no JVM flag.
      Field field = Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return (Unsafe) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("sun.misc.Unsafe is not available on this JVM", e);
    }
  }

  private static long fieldOffset(Class<?> type, String name) {
    try {
      return UNSAFE.objectFieldOffset(type.getDeclaredField(name));
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getName() + "." + name + " not found", e);
    }
  }
}
