package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;

/**
 * The portal's counters and gauges for the day of a round, written at {@code /metrics} in the
 * Prometheus text format (version 0.0.4). A small registry of our own rather than MicroProfile
 * Metrics: Payara Micro 6 serves that one at {@code /metrics} of the root application with its own
 * security (a realm, not the staff session), and its API is not in the build; see docs/operations.md.
 *
 * <p>A counter is a name, a help text and fixed labels ({@code feature="admission"}); counting is
 * a {@link LongAdder} increment, nothing else. Gauges are read when the page is asked for.
 */
@ApplicationScoped
public class Metrics {

    /** One series of a family: its labels as written, e.g. {@code {feature="admission",outcome="accepted"}}. */
    private record Family(String help, String type, Map<String, LongAdder> counters, Map<String, DoubleSupplier> gauges) {
    }

    private final Map<String, Family> families = new ConcurrentHashMap<>();

    /** Adds one to the counter {@code name} with the given labels (pairs: name, value, ...). */
    public void count(String name, String help, String... labels) {
        counter(name, help, labels).increment();
    }

    /** The counter {@code name} with the given labels: keep it to count without a look-up. */
    public LongAdder counter(String name, String help, String... labels) {
        Family family = families.computeIfAbsent(name, n -> new Family(help, "counter", new ConcurrentHashMap<>(), Map.of()));
        return family.counters().computeIfAbsent(labels(labels), l -> new LongAdder());
    }

    /** Registers (or replaces) a gauge read each time the metrics are written. */
    public void gauge(String name, String help, DoubleSupplier value, String... labels) {
        families.computeIfAbsent(name, n -> new Family(help, "gauge", Map.of(), new ConcurrentHashMap<>()))
                .gauges().put(labels(labels), value);
    }

    /** Registers a counter kept elsewhere (a feature's own adder), read each time the metrics are written. */
    public void counted(String name, String help, DoubleSupplier total, String... labels) {
        families.computeIfAbsent(name, n -> new Family(help, "counter", Map.of(), new ConcurrentHashMap<>()))
                .gauges().put(labels(labels), total);
    }

    /** The current value of a counter or gauge series (0 if unknown): for the staff page and the tests. */
    public double value(String name, String... labels) {
        Family family = families.get(name);
        if (family == null) {
            return 0;
        }
        String key = labels(labels);
        LongAdder counter = family.counters().get(key);
        if (counter != null) {
            return counter.sum();
        }
        DoubleSupplier gauge = family.gauges().get(key);
        return gauge == null ? 0 : read(gauge);
    }

    /** The sum of the counter {@code name} over every series whose labels include {@code label="value"}. */
    public double sum(String name, String label, String value) {
        Family family = families.get(name);
        if (family == null) {
            return 0;
        }
        String part = label + "=\"" + value + "\"";
        double total = 0;
        for (Map.Entry<String, LongAdder> e : family.counters().entrySet()) {
            if (e.getKey().contains(part)) {
                total += e.getValue().sum();
            }
        }
        return total;
    }

    private static double read(DoubleSupplier gauge) {
        try {
            return gauge.getAsDouble();
        } catch (RuntimeException e) {
            // A gauge whose source is away (the database for a moment) is written as NaN, not as an error page.
            return Double.NaN;
        }
    }

    static String labels(String... pairs) {
        if (pairs.length == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            s.append(i == 0 ? "" : ",").append(pairs[i]).append("=\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return s.append('}').toString();
    }

    /** Every family in the Prometheus text format, sorted by name. */
    public String exposition() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(families).forEach((name, family) -> {
            out.append("# HELP ").append(name).append(' ').append(family.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
            out.append("# TYPE ").append(name).append(' ').append(family.type()).append('\n');
            new TreeMap<>(family.counters()).forEach((labels, counter) -> out.append(name).append(labels).append(' ')
                    .append(counter.sum()).append('\n'));
            new TreeMap<>(family.gauges()).forEach((labels, gauge) -> out.append(name).append(labels).append(' ')
                    .append(format(read(gauge))).append('\n'));
        });
        return out.toString();
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
