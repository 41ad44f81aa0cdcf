import java.util.ArrayList;
import java.util.List;

/**
 * The machine's own floor under every latency figure: how long a running thread loses its core to something outside
 * the process (the hypervisor, the kernel, other work). Each thread spins reading the clock for the given seconds and
 * counts every gap between two readings longer than 1 ms; it allocates nothing, so the JVM has no reason to stop it.
 * Run twice: with one spinning thread (one core busy, the other idle) and with one per core (every core busy, as
 * under a saturating load). On a 2026-12-01 machine (a nested virtual machine) one busy core never lost more than 2-5 ms
 * at a time, while two busy cores lost 0.5-3.6 % of their time, the longest gap 5-64 ms depending on the run: a request
 * in flight on a core at such a moment waits that long whatever the service does.
 * Prints, per run: STALLS_<n>T_OVER_5MS count, STALLS_<n>T_MAX_MS, STALLS_<n>T_LOST_PCT (share of the threads' time
 * lost in gaps over 1 ms), where n is the number of threads.
 * Usage: java bench/tools/CpuStalls.java <seconds> [threads ...] (threads default: 1 and the number of cores; a thread
 * count given twice runs once)
 */
public class CpuStalls {

    private static final long GAP_NANOS = 1_000_000L;

    private static final class Spinner extends Thread {
        private final long seconds;
        long overFive;
        long maxGap;
        long lost;

        Spinner(long seconds) {
            this.seconds = seconds;
            setDaemon(true);
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            long last = start;
            while (last < end) {
                long now = System.nanoTime();
                long gap = now - last;
                if (gap > GAP_NANOS) {
                    lost += gap;
                    maxGap = Math.max(maxGap, gap);
                    if (gap > 5 * GAP_NANOS) {
                        overFive++;
                    }
                }
                last = now;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long seconds = Long.parseLong(args[0]);
        List<Integer> runs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            runs.add(Integer.parseInt(args[i]));
        }
        if (runs.isEmpty()) {
            runs = List.of(1, Runtime.getRuntime().availableProcessors());
        }
        runs = runs.stream().distinct().toList(); // one run per thread count, so each figure is printed once
        spin(1, 1); // let the JIT compile the loop before anything is counted
        for (int threads : runs) {
            List<Spinner> spinners = spin(threads, seconds);
            long overFive = 0;
            long maxGap = 0;
            long lost = 0;
            for (Spinner s : spinners) {
                overFive += s.overFive;
                maxGap = Math.max(maxGap, s.maxGap);
                lost += s.lost;
            }
            System.out.printf("STALLS_%dT_OVER_5MS %d%n", threads, overFive);
            System.out.printf("STALLS_%dT_MAX_MS %.3f%n", threads, maxGap / 1e6);
            System.out.printf("STALLS_%dT_LOST_PCT %.3f%n", threads, 100.0 * lost / (threads * seconds * 1e9));
        }
    }

    private static List<Spinner> spin(int threads, long seconds) throws InterruptedException {
        List<Spinner> spinners = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            spinners.add(new Spinner(seconds));
        }
        spinners.forEach(Thread::start);
        for (Spinner s : spinners) {
            s.join();
        }
        return spinners;
    }
}
