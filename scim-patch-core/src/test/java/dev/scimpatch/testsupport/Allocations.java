package dev.scimpatch.testsupport;

import java.lang.reflect.Method;

/** What the cost tests count instead of time: the bytes a thread allocates. */
public final class Allocations {
  private Allocations() {}

  private static final Object THREADS;
  private static final Method ALLOCATED;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * {@return the bytes this thread has allocated so far} Read from
   * {@code com.sun.management.ThreadMXBean}, looked up reflectively: the core's module does not read
   * {@code java.management}, and need not.
   */
  public static long allocatedBytes() {
    try {
      return (long) ALLOCATED.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
