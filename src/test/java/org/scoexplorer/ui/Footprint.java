package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The heap in use after garbage collection and the live threads, at one moment of a soak test.
 *
 * <p>The JavaFX software renderer keeps the pictures of effects and cached nodes in a pool of soft
 * references, which a collection keeps while memory is plentiful: the pool grows with use (about
 * 0.2 MB a cycle of the soak) and would pass for a leak. The measurement needs a JVM that clears soft
 * references at every collection ({@code -XX:SoftRefLRUPolicyMSPerMB=0}, set by the soak profile).
 */
record Footprint(long usedHeap, List<String> threads) {

    /** Collects until nothing more is freed, then reads the heap in use and the threads alive. */
    static Footprint measure() throws Exception {
        String softRefs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("SoftRefLRUPolicyMSPerMB").getValue();
        assertThat(softRefs).as("-XX:SoftRefLRUPolicyMSPerMB (run the soak with -Psoak)").isEqualTo("0");
        return new Footprint(settledHeap(), liveThreads());
    }

    static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).sorted()
                .toList();
    }

    private static long settledHeap() throws Exception {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            // a collection has run once this weakly held object is gone (no fixed sleep needed)
            WeakReference<Object> sentinel = new WeakReference<>(new Object());
            waitFor(10, TimeUnit.SECONDS, () -> {
                System.gc();
                return sentinel.get() == null;
            });
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            // settled: a further round freed less than 256 KB (cleaners may free more a round later)
            if (round >= 2 && used > least - 256 * 1024) {
                return Math.min(used, least);
            }
            least = Math.min(least, used);
        }
        return least;
    }

    static long medianHeap(List<Footprint> samples) {
        long[] heaps = samples.stream().mapToLong(Footprint::usedHeap).sorted().toArray();
        return heaps[heaps.length / 2];
    }
}
