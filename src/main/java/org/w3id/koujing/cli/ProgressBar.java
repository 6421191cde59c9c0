package org.w3id.koujing.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.w3id.koujing.ops.BuildOperation;

/**
 * A progress bar on one terminal line, redrawn a few times a second: the articles done of about how
 * many, articles per second, and the time left at that pace. Meant for a terminal only: the command
 * shows it when there is a console.
 */
final class ProgressBar implements BuildOperation.Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private long drawn;
    private boolean shown;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void update(int done, int expected) {
        long now = System.nanoTime();
        if (now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        shown = true;
        out.print("\r" + line(done, expected, (now - start) / 1e9));
        out.flush();
    }

    /** Clears the bar, so that what is printed next starts on a clean line. */
    synchronized void clear() {
        if (shown) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }

    static String line(int done, int expected, double seconds) {
        int total = Math.max(expected, done);
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? clock((total - done) / rate) : "--:--";
        return String.format(Locale.ROOT, "[%s%s] %d/%d articles  %.0f articles/s  %s left",
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, rate, left);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
