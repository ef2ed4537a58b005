package org.scoexplorer;

import java.lang.management.ManagementFactory;

/**
 * Milliseconds since the JVM started, for start-up measurements. Events are stamped with
 * {@link System#nanoTime()} (cheap) and converted when reported, so the management classes load
 * after the measured frames. Not from ProcessHandle's start time: on Linux that is derived from the
 * boot time in whole seconds and was found up to a second off.
 */
public final class StartupClock {
    private StartupClock() {}

    private static final boolean TRACE = Boolean.getBoolean("sco.startup.trace");

    /** With {@code -Dsco.startup.trace=true}: prints a start-up phase and its time to stderr. */
    public static void trace(String phase) {
        if (TRACE) {
            System.err.println("startup: " + sinceJvmStart(System.nanoTime()) + " ms " + phase
                    + " [" + Thread.currentThread().getName() + "]");
        }
    }

    public static long sinceJvmStart(long eventNanos) {
        long uptimeNow = ManagementFactory.getRuntimeMXBean().getUptime();
        return uptimeNow - (System.nanoTime() - eventNanos) / 1_000_000;
    }
}
