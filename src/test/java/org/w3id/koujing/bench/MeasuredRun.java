package org.w3id.koujing.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs another program's main in this JVM and, as the JVM exits, prints its peak memory on standard
 * error as one line: {@code measured: cpu N s, peak heap N MB (old generation N MB), peak rss N MB},
 * the CPU time being that of the whole process, all threads and the JVM's own included. Heap is the
 * sum of the heap pools' peaks, capped at the maximum heap (an upper bound: the pools need not peak
 * together); the old generation's peak is what the program kept alive; RSS is the process's high-water mark as Linux counts it,
 * memory-mapped store files included.
 */
public final class MeasuredRun {

    public static final String PREFIX = "measured: ";

    private MeasuredRun() {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(PREFIX + peaks())));
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    static String peaks() {
        long heap = 0;
        long old = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    old = Math.max(old, pool.getPeakUsage().getUsed());
                }
            }
        }
        long rss = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no RSS to report
        }
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : -1;
        return String.format(Locale.ROOT, "cpu %.1f s, peak heap %d MB (old generation %d MB), peak rss %d MB",
                cpu, Math.min(heap, Runtime.getRuntime().maxMemory()) >> 20, old >> 20, rss < 0 ? -1 : rss >> 20);
    }
}
