package vn.edu.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.AdmissionSteps;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;
import vn.edu.portal.it.Samples;

/**
 * The peak morning of admission, against a running portal on MariaDB (see
 * {@code bench/admission-burst.sh}, which starts the server, kills it or the database when asked,
 * and runs the three phases of this class in order). Not a test: it prints figures and a
 * verdict on the database, and never runs in {@code mvn verify}.
 *
 * <ol>
 * <li>{@code prepare}: a department, schools and an open round (through the admin console),
 * then families filling the real form through every step (child, residence, family, choices and
 * consent, both papers, the e-mail code), until their drafts wait at the last step; the code
 * each one was mailed is read from the outbox table. The rate of whole forms is reported.</li>
 * <li>{@code burst}: every family presses "submit" at once, through {@code connections} open
 * connections, for at most {@code seconds}. Some press it twice at the same moment, some again
 * after their receipt, and a few pairs of drafts are for the same child. A request that fails
 * (server gone, database gone, waiting page) is retried with the same draft, as a parent's
 * browser would, after the Retry-After the server gave or a short back-off.</li>
 * <li>{@code verify}: every code a family was shown is in the database once, for its draft;
 * no draft made two applications; no child has two active ones; the same-child pairs gave one.</li>
 * </ol>
 */
public final class AdmissionBurst {

    private static final Pattern RECEIPT = Pattern.compile("id=\"application-code\">([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})<");
    private static final Pattern MAILED_CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final int YEAR = 2032;

    private final String base;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final Path work;

    private AdmissionBurst() {
        base = System.getProperty("bench.base", "http://127.0.0.1:8181");
        jdbcUrl = System.getProperty("bench.jdbc", "jdbc:mysql://127.0.0.1:3306/portal_bench");
        jdbcUser = System.getProperty("bench.user", "portal");
        jdbcPassword = System.getProperty("bench.password", "portal-it-password");
        work = Path.of(System.getProperty("bench.work", "target/bench"));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("it.database", "mariadb");
        AdmissionBurst bench = new AdmissionBurst();
        Files.createDirectories(bench.work);
        switch (args.length == 0 ? "" : args[0]) {
            case "prepare" -> bench.prepare(Integer.getInteger("bench.drafts", 5000), Integer.getInteger("bench.schools", 4),
                    Integer.getInteger("bench.threads", 16));
            case "burst" -> bench.burst(Integer.getInteger("bench.connections", 64), Integer.getInteger("bench.seconds", 60));
            case "verify" -> System.exit(bench.verify() ? 0 : 1);
            default -> {
                System.err.println("usage: AdmissionBurst prepare|burst|verify (settings as -Dbench.* properties)");
                System.exit(2);
            }
        }
        // The HTTP client's threads would keep the JVM alive.
        System.exit(0);
    }

    // ------------------------------------------------------------------ prepare

    /** One family's draft at the last step: what its "submit" sends, and who it is. */
    record Draft(String school, String token, String code, String personalId, String email) {
        String line() {
            return String.join("\t", school, token, code, personalId, email);
        }

        static Draft of(String line) {
            String[] f = line.split("\t");
            return new Draft(f[0], f[1], f[2], f[3], f[4]);
        }
    }

    private void prepare(int drafts, int schools, int threads) throws Exception {
        PortalClient admin = AdminActions.departmentAdminOn(base);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            slugs.add(AdminActions.createSchool(admin, ItAccounts.uniqueSlug("bench"), "Trường Tiểu học Cao Điểm " + (i + 1)));
        }
        PortalClient.Page round = AdmissionSteps.createCampaign(admin, YEAR, true);
        for (int i = 0; i < slugs.size(); i++) {
            round = AdmissionSteps.addSchool(admin, round, slugs.get(i), 50, 50, "Phường Cao Điểm " + (i + 1));
        }
        byte[] pdf = Samples.pdf();
        byte[] png = Samples.png(400, 300);
        ConcurrentLinkedQueue<Draft> ready = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        LongAdder failed = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try (Connection db = connect()) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < drafts; n = next.getAndIncrement()) {
                        try {
                            ready.add(fill(n, slugs.get(n % slugs.size()), pdf, png));
                        } catch (RuntimeException | Error e) {
                            failed.increment();
                            System.err.println("draft " + n + ": " + e);
                        }
                        if (n > 0 && n % 500 == 0) {
                            System.out.printf("  %d forms filled, %.1f/s%n", n, n / seconds(start));
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.HOURS);
            double elapsed = seconds(start);
            List<Draft> withCodes = mailedCodes(db, new ArrayList<>(ready));
            Files.write(work.resolve("drafts.tsv"), withCodes.stream().map(Draft::line).toList());
            report("prepare", String.format("%d whole application forms (17 requests each: the form, then start, four steps, two papers and the code,"
                    + " each a post answered 303 and the GET it names) in %.1f s: %.1f forms/s,"
                    + " %.0f requests/s; %d failed", ready.size(), elapsed, ready.size() / elapsed, ready.size() * 17 / elapsed,
                    failed.sum()));
        }
    }

    /**
     * One family through the form. Every 200th draft reuses the ID of the one before it: the
     * same child registered twice at once, which the database must refuse once.
     */
    private Draft fill(int n, String school, byte[] pdf, byte[] png) {
        int serial = n % 200 == 199 ? n - 1 : n;
        String personalId = "079" + "2" + "26" + String.format("%06d", serial);
        String email = "ph" + n + "@bench.example.com";
        Map<String, String> v = AdmissionSteps.family(personalId, "2026-03-14", "MALE",
                n % 3 == 0 ? "Phường Ngoài Tuyến" : "Phường Cao Điểm " + (1 + n % 4), email);
        PortalClient parent = new PortalClient(base);
        PortalClient.Page p = parent.submit(enter(parent, "/s/" + school + "/tuyen-sinh/dang-ky"), "apply", Map.of(), "start");
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "childName", "personalId", "birthDate", "sex", "birthPlace", "ethnicity"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "curProvince", "curWard", "curStreet", "permProvince", "permWard", "permStreet"));
        p = AdmissionSteps.step(parent, p, AdmissionSteps.pick(v, "motherName", "motherBirthYear", "declarantName", "declarantRelation", "phone", "email"));
        p = AdmissionSteps.step(parent, p, Map.of("consent", "true"));
        p = parent.submitFile(p, "apply", "birthCert", "khai-sinh.pdf", "application/pdf", pdf, "next");
        p = parent.submitFile(p, "apply", "residence", "cu-tru.png", "image/png", png, "next");
        if (!p.text().contains("Bước 6 / 6")) {
            throw new IllegalStateException("draft " + n + " did not reach the last step: " + p.text());
        }
        String token = p.doc().getElementById("token").val();
        parent.submit(p, "apply", Map.of(), "sendCode");
        return new Draft(school, token, "", personalId, email);
    }

    /**
     * The form as a new visitor gets it: when every place is taken, the waiting page, which a browser
     * reloads with its ticket after Retry-After seconds until the form comes.
     */
    private static PortalClient.Page enter(PortalClient parent, String path) {
        PortalClient.Page page = parent.get(path);
        for (int i = 0; i < 120 && page.status() == 503; i++) {
            var again = page.doc().selectFirst("a[href*=ve=]");
            if (again == null) {
                break;
            }
            sleep(1000L * Math.min(5, page.headers().firstValueAsLong("Retry-After").orElse(2)));
            page = parent.get(again.attr("href"));
        }
        return page;
    }

    /** The code mailed to each family, from the outbox table (as the family would read its e-mail). */
    private static List<Draft> mailedCodes(Connection db, List<Draft> drafts) throws SQLException {
        Map<String, String> codes = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT recipient, body FROM mail_message WHERE recipient LIKE ?"
                + " AND purpose = 'admission.code' ORDER BY id")) {
            q.setString(1, "%@bench.example.com");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Matcher m = MAILED_CODE.matcher(rs.getString(2));
                    if (m.find()) {
                        codes.put(rs.getString(1), m.group(1));
                    }
                }
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            String code = codes.get(d.email());
            if (code != null) {
                out.add(new Draft(d.school(), d.token(), code, d.personalId(), d.email()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ burst

    /** What one press of "submit" gave. */
    record Outcome(String code, boolean refusedAsSameChild, long nanos) {
    }

    private void burst(int connections, int seconds) throws Exception {
        List<Draft> all = Files.readAllLines(work.resolve("drafts.tsv")).stream().map(Draft::of).toList();
        // The first drafts warm the server's compiled code up (the submit path runs for the first
        // time here); they are checked with the rest but not counted in the figures.
        int warmup = Math.min(Integer.getInteger("bench.warmup", 500), all.size() / 5);
        List<Draft> drafts = all.subList(warmup, all.size());
        List<Runnable> presses = new ArrayList<>();
        Map<String, String> shown = new ConcurrentHashMap<>();
        Map<String, Set<String>> shownPerDraft = new ConcurrentHashMap<>();
        Set<String> refusedSameChild = ConcurrentHashMap.newKeySet();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        LongAdder retries = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder waited = new LongAdder();
        LongAdder doubles = new LongAdder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Runnable press = () -> {
                Outcome o = press(http, d, deadline, retries, errors, waited);
                if (o == null) {
                    return;
                }
                latencies.add(o.nanos());
                if (o.refusedAsSameChild()) {
                    refusedSameChild.add(d.token());
                } else {
                    shown.put(d.token(), o.code());
                    shownPerDraft.computeIfAbsent(d.token(), t -> ConcurrentHashMap.newKeySet()).add(o.code());
                }
            };
            // One family in twenty presses twice at the same moment (a double click).
            if (i % 20 == 3) {
                doubles.increment();
                presses.add(() -> {
                    Thread twin = new Thread(press);
                    twin.start();
                    press.run();
                    try {
                        twin.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } else {
                presses.add(press);
            }
        }
        Collections.shuffle(presses, new java.util.Random(42));
        // And one in twenty presses again once everything else has been sent (a reload).
        for (int i = 0; i < drafts.size(); i += 20) {
            presses.add(presses.get(i));
            doubles.increment();
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<java.util.concurrent.Future<?>> warming = new ArrayList<>();
        for (Draft d : all.subList(0, warmup)) {
            warming.add(pool.submit(() -> {
                Outcome o = press(http, d, deadline, new LongAdder(), new LongAdder(), new LongAdder());
                if (o != null && o.refusedAsSameChild()) {
                    refusedSameChild.add(d.token());
                } else if (o != null) {
                    shown.put(d.token(), o.code());
                }
            }));
        }
        for (var w : warming) {
            w.get();
        }
        long start = System.nanoTime();
        for (Runnable p : presses) {
            pool.submit(p);
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double elapsed = seconds(start);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long inconsistent = shownPerDraft.values().stream().filter(s -> s.size() > 1).count();
        Files.write(work.resolve("shown.tsv"), shown.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
        Files.write(work.resolve("refused-same-child.tsv"), new ArrayList<>(refusedSameChild));
        Set<String> measured = new HashSet<>();
        drafts.forEach(d -> {
            if (shown.containsKey(d.token())) {
                measured.add(shown.get(d.token()));
            }
        });
        report("burst", String.format("after %d warm-up submits: %d drafts, %d presses of submit (%d double or repeated) over %d connections in %.1f s:"
                        + " %d applications accepted, %.0f accepted/s; latency of an answered press p50 %s, p99 %s, max %s;"
                        + " %d presses answered with the waiting page, %d retried after a failed request (%d failures seen);"
                        + " %d same-child drafts refused; %d drafts shown two different codes",
                warmup, drafts.size(), presses.size(), doubles.sum(), connections, elapsed, measured.size(), measured.size() / elapsed,
                millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0), waited.sum(), retries.sum(), errors.sum(),
                refusedSameChild.size(), inconsistent));
    }

    /**
     * Presses "submit" for one draft, as a browser would send it (the plain form: token, step 6,
     * the code, the button as {@code action=submit}), follows the 303 to the receipt as a browser
     * does (the latency is of both requests), and retries like a parent until an answer or the deadline.
     */
    private Outcome press(HttpClient http, Draft d, long deadline, LongAdder retries, LongAdder errors, LongAdder waited) {
        String body = "token=" + d.token() + "&step=6&code=" + d.code() + "&action=submit";
        URI uri = URI.create(base + "/s/" + d.school() + "/tuyen-sinh/dang-ky");
        long backoff = 200;
        while (System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(120)) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 303) {
                    r = http.send(HttpRequest.newBuilder(uri.resolve(r.headers().firstValue("Location").orElseThrow()))
                            .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                }
                long took = System.nanoTime() - t0;
                if (r.statusCode() == 200) {
                    Matcher m = RECEIPT.matcher(r.body());
                    if (m.find()) {
                        return new Outcome(m.group(1), false, took);
                    }
                    if (r.body().contains("Trẻ này đã có một hồ sơ")) {
                        return new Outcome(null, true, took);
                    }
                }
                if (r.statusCode() == 503 || r.statusCode() == 429) {
                    waited.increment();
                    long after = r.headers().firstValueAsLong("Retry-After").orElse(2);
                    sleep(Math.min(after, 5) * 1000);
                    continue;
                }
                errors.increment();
                if (errors.sum() < 20) {
                    System.err.println("press " + d.token() + ": " + r.statusCode() + " " + text(r.body()));
                }
            } catch (IOException e) {
                errors.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            retries.increment();
            sleep(backoff);
            backoff = Math.min(backoff * 2, 3000);
        }
        return null;
    }

    private static String text(String html) {
        String t = html.replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ");
        return t.length() > 300 ? t.substring(0, 300) : t;
    }

    // ------------------------------------------------------------------ verify

    private boolean verify() throws Exception {
        Map<String, String> shown = new HashMap<>();
        for (String line : Files.readAllLines(work.resolve("shown.tsv"))) {
            String[] f = line.split("\t");
            shown.put(f[0], f[1]);
        }
        List<Draft> drafts = Files.readAllLines(work.resolve("drafts.tsv")).stream().map(Draft::of).toList();
        Map<String, String> inDb = new HashMap<>();
        Map<String, Integer> perToken = new HashMap<>();
        Map<String, Integer> activePerChild = new HashMap<>();
        Map<String, Integer> perCode = new HashMap<>();
        try (Connection db = connect(); PreparedStatement q = db.prepareStatement(
                "SELECT a.draft_token, a.code, a.active_child FROM admission_application a JOIN admission_campaign c"
                        + " ON c.id = a.campaign_id WHERE c.school_year = ?")) {
            q.setInt(1, YEAR);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    inDb.put(rs.getString(1), rs.getString(2));
                    perToken.merge(rs.getString(1), 1, Integer::sum);
                    perCode.merge(rs.getString(2), 1, Integer::sum);
                    if (rs.getString(3) != null) {
                        activePerChild.merge(rs.getString(3), 1, Integer::sum);
                    }
                }
            }
        }
        long lost = shown.entrySet().stream().filter(e -> !e.getValue().equals(inDb.get(e.getKey()))).count();
        long twoPerDraft = perToken.values().stream().filter(n -> n > 1).count();
        long twoPerCode = perCode.values().stream().filter(n -> n > 1).count();
        long twoPerChild = activePerChild.values().stream().filter(n -> n > 1).count();
        Path refusedFile = work.resolve("refused-same-child.tsv");
        Set<String> refused = Files.exists(refusedFile) ? new HashSet<>(Files.readAllLines(refusedFile)) : Set.of();
        List<Draft> neither = drafts.stream().filter(d -> !shown.containsKey(d.token()) && !inDb.containsKey(d.token())).toList();
        long refusedSameChild = neither.stream().filter(d -> refused.contains(d.token())).count();
        long unanswered = neither.size() - refusedSameChild;
        long committedNotShown = inDb.keySet().stream().filter(t -> !shown.containsKey(t)).count();
        boolean ok = lost == 0 && twoPerDraft == 0 && twoPerCode == 0 && twoPerChild == 0;
        report("verify", String.format("%d applications in the database, %d codes shown to families; shown but not in the"
                        + " database (lost): %d; drafts with two applications: %d; codes twice: %d; children with two active"
                        + " applications: %d; in the database but never shown (the answer was cut off, a retry would show it): %d;"
                        + " drafts refused as the same child as another (as they should be): %d;"
                        + " drafts neither shown nor stored (no answer before the deadline): %d -> %s",
                inDb.size(), shown.size(), lost, twoPerDraft, twoPerCode, twoPerChild, committedNotShown, refusedSameChild, unanswered,
                ok ? "OK: nothing lost, nothing duplicated" : "FAILED"));
        return ok;
    }

    // ------------------------------------------------------------------ helpers

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    private void report(String phase, String line) {
        String out = "[" + phase + "] " + line;
        System.out.println(out);
        try {
            Files.writeString(work.resolve("report.txt"), out + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return String.format("%.0f ms", sorted.get(Math.max(0, i)) / 1e6);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
