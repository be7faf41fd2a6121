package org.blogsearch.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a server give its memory back to the system once it is idle. {@code java -jar} carries no JVM
 * flags, and by default the JVM keeps every page of heap a burst of searches made it take; but these
 * few flags can be set at run time: without a collection for {@link #PERIODIC_GC_MILLIS}, G1 runs a
 * concurrent one, after which the heap shrinks to what is live plus at most a fifth. They do not bound
 * the heap under load; only {@code -Xmx} does (see the README). A flag given on the command line or
 * in {@code JAVA_TOOL_OPTIONS} is left as it is.
 */
final class IdleHeap {

  private static final Logger LOG = LoggerFactory.getLogger(IdleHeap.class);
  private static final long PERIODIC_GC_MILLIS = 10_000;

  private IdleHeap() {}

  static void returnMemoryWhenIdle() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    if (vm == null || !atDefault(vm, "MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval")) {
      return;
    }
    try {
      // The minimum free ratio may never exceed the maximum, so it goes down first.
      vm.setVMOption("MinHeapFreeRatio", "10");
      vm.setVMOption("MaxHeapFreeRatio", "20");
      vm.setVMOption("G1PeriodicGCInterval", Long.toString(PERIODIC_GC_MILLIS));
    } catch (IllegalArgumentException e) {
      // A JVM without these flags, or one that does not let them change, keeps its own sizing.
      LOG.debug("heap flags not changed: {}", e.toString());
    }
  }

  private static boolean atDefault(HotSpotDiagnosticMXBean vm, String... flags) {
    try {
      for (String flag : flags) {
        if (vm.getVMOption(flag).getOrigin() != VMOption.Origin.DEFAULT) {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
