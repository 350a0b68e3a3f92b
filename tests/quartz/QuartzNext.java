// Prints Quartz 2.3's next fire times for a batch of cron expressions: the reference for
// TestCronQuartzDifferential. Reads lines "id<TAB>zone<TAB>afterEpochMs<TAB>count<TAB>expression" on stdin,
// writes "id<TAB>OK<TAB>ms ms ..." or "id<TAB>ERR<TAB>message". Run with java's single-file source mode.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

public class QuartzNext {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", 5);
            if (f.length < 5)
                continue;
            String[] result = new String[1];
            Thread worker = new Thread(() -> result[0] = run(f));
            worker.setDaemon(true);
            worker.start();
            worker.join(2000);
            if (worker.isAlive()) {
                stop(worker);
                out.println(f[0] + "\tHANG\t");
            } else {
                out.println(result[0]);
            }
        }
        out.flush();
        System.exit(0);
    }

    // Some inputs send Quartz into an endless loop: each case runs in its own thread with a deadline, and a
    // looping thread is stopped so that it does not eat the CPU the other cases need (Thread.stop works up to 19).
    @SuppressWarnings("removal")
    static void stop(Thread t) {
        try {
            t.stop();
        } catch (Throwable ignored) {
            t.setPriority(Thread.MIN_PRIORITY);
        }
    }

    static String run(String[] f) {
            StringBuilder b = new StringBuilder(f[0]).append('\t');
            StringBuilder times = new StringBuilder();
            try {
                CronExpression e = new CronExpression(f[4]);
                e.setTimeZone(TimeZone.getTimeZone(f[1]));
                Date t = new Date(Long.parseLong(f[2]));
                int count = Integer.parseInt(f[3]);
                for (int i = 0; i < count; ++i) {
                    t = e.getTimeAfter(t);
                    if (t == null)
                        break;
                    times.append(i == 0 ? "" : " ").append(t.getTime());
                }
                b.append("OK\t").append(times);
            } catch (java.text.ParseException ex) {
                b.append("ERR\t").append(String.valueOf(ex.getMessage()).replace('\t', ' ').replace('\n', ' '));
            } catch (Throwable ex) {
                // Accepted by the parser but the evaluator blows up: we must reject these.
                b.append("THROW\t").append(ex.getClass().getSimpleName());
            }
        return b.toString();
    }
}
