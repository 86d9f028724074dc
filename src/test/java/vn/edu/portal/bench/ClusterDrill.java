package vn.edu.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.ItAccounts;
import vn.edu.portal.it.PortalClient;

/**
 * Two servers behind a load balancer (see {@code bench/two-nodes.sh}, which starts them and
 * HAProxy, and kills and restarts a server between the phases of this class). Each phase
 * prints what it measured and appends it to the report; state between phases (the school, the
 * staff member's cookie) is kept in a properties file.
 *
 * <ol>
 * <li>{@code before}: a school created and an article published through the balancer show on
 * both servers within five seconds; a staff member logs in through the balancer (the phase
 * prints which server holds the session: the script kills that one).</li>
 * <li>{@code failover}: the same browser comes back through the balancer: it is asked to log in
 * again (not an error), public pages keep answering, and an article published now shows on the
 * surviving server.</li>
 * <li>{@code after}: the killed server, started again, shows the article published while it was
 * down on its pages and in its search (its index replayed the change log).</li>
 * </ol>
 */
public final class ClusterDrill {

    private static final long WITHIN_MILLIS = 5_000;

    private final String balancer = System.getProperty("drill.lb", "http://127.0.0.1:8280");
    private final Map<String, String> servers = Map.of("a", System.getProperty("drill.a", "http://127.0.0.1:8281"),
            "b", System.getProperty("drill.b", "http://127.0.0.1:8282"));
    private final Path work = Path.of(System.getProperty("drill.work", "target/bench"));
    private final Properties state = new Properties();
    private boolean failed;

    public static void main(String[] args) throws IOException {
        System.setProperty("it.database", "mariadb");
        ClusterDrill drill = new ClusterDrill();
        Path file = drill.work.resolve("drill.properties");
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                drill.state.load(in);
            }
        }
        switch (args[0]) {
            case "before" -> drill.before();
            case "failover" -> drill.failover();
            case "after" -> drill.after();
            default -> throw new IllegalArgumentException("phase: before, failover or after");
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            drill.state.store(out, null);
        }
        System.exit(drill.failed ? 1 : 0);
    }

    private void before() {
        PortalClient admin = AdminActions.departmentAdminOn(balancer);
        String school = ItAccounts.uniqueSlug("hai");
        state.setProperty("school", school);
        servers.values().forEach(s -> new PortalClient(s).get("/s/" + school + "/"));
        AdminActions.createSchool(admin, school, "Trường Tiểu học Hai Máy Chủ");
        AdminActions.createAccount(admin, school, school + ".admin", "SCHOOL_ADMIN");
        AdminActions.createAccount(admin, school, school + ".approver", "APPROVER");
        servers.forEach((name, url) -> report("before", "new school routed by server " + name + " after "
                + within(url, "/s/" + school + "/", p -> p.status() == 200)));

        String word = publish(school, "one");
        servers.forEach((name, url) -> report("before", "article published through the balancer: on server " + name
                + ": home " + within(url, "/s/" + school + "/", p -> p.text().contains(word)) + ", search "
                + within(url, "/s/" + school + "/tim-kiem?q=" + word, p -> p.text().contains(word))));

        PortalClient staff = AdminActions.loggedIn(balancer, school + ".admin", ItAccounts.STAFF_PASSWORD);
        HttpCookie session = staff.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("PORTALSESSION")).findFirst().orElseThrow();
        state.setProperty("cookie", session.getValue());
        String holder = session.getValue().contains("~") ? session.getValue().substring(0, session.getValue().indexOf('~')) : "?";
        state.setProperty("holder", holder);
        report("before", "staff logged in through the balancer; the session is on server " + holder);
        System.out.println("HOLDER=" + holder);
    }

    private void failover() {
        String school = state.getProperty("school");
        PortalClient staff = new PortalClient(balancer);
        HttpCookie cookie = new HttpCookie("PORTALSESSION", state.getProperty("cookie"));
        cookie.setPath("/");
        cookie.setVersion(0);
        staff.cookies().getCookieStore().add(URI.create(balancer), cookie);
        PortalClient.Page asked = staff.get("/admin/s/" + school + "/thong-tin");
        boolean clean = asked.status() == 200 && asked.uri().getPath().equals("/login");
        report("failover", "the staff member's next page through the balancer: " + asked.status() + " " + asked.uri().getPath()
                + (clean ? " (asked to log in again, cleanly)" : " (NOT the login page)"));
        check(clean);
        int errors = 0;
        PortalClient reader = new PortalClient(balancer);
        for (int i = 0; i < 100; i++) {
            if (reader.get(i % 2 == 0 ? "/" : "/s/" + school + "/").status() != 200) {
                errors++;
            }
        }
        report("failover", "100 public pages through the balancer with one server down: " + errors + " not 200");
        check(errors == 0);
        PortalClient.Page again = staff.login(school + ".admin", ItAccounts.STAFF_PASSWORD);
        report("failover", "logging in again: " + again.uri().getPath());
        check(again.uri().getPath().startsWith("/admin/"));
        String word = publish(school, "two");
        state.setProperty("word", word);
        String survivor = state.getProperty("holder").equals("a") ? "b" : "a";
        report("failover", "article published while server " + state.getProperty("holder") + " is down: on server "
                + survivor + " after " + within(servers.get(survivor), "/s/" + school + "/tim-kiem?q=" + word,
                p -> p.text().contains(word)) + " (search)");
    }

    private void after() {
        String school = state.getProperty("school");
        String word = state.getProperty("word");
        String restarted = state.getProperty("holder");
        String url = servers.get(restarted);
        report("after", "server " + restarted + " started again: the article published while it was down is on its home after "
                + within(url, "/s/" + school + "/", p -> p.text().contains(word)) + " and in its search after "
                + within(url, "/s/" + school + "/tim-kiem?q=" + word, p -> p.text().contains(word))
                + " (the index replayed the change log since its last commit)");
    }

    private String publish(String school, String tag) {
        String word = "haimay" + tag + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        PortalClient approver = AdminActions.loggedIn(balancer, school + ".approver", ItAccounts.STAFF_PASSWORD);
        PortalClient.Page published = approver.submit(approver.get("/admin/s/" + school + "/bai-viet/soan"), "edit",
                Map.of("title", "Tin hai máy chủ " + word, "summary", "Tóm tắt", "body_input", "<p>Nội dung " + word + "</p>"),
                "publish");
        if (!published.text().contains("Đã đăng")) {
            throw new IllegalStateException("not published: " + published.text());
        }
        return word;
    }

    /** "N ms" until the page satisfies the condition; "NOT within 5000 ms" (and a failed drill) after five seconds. */
    private String within(String server, String path, Predicate<PortalClient.Page> condition) {
        PortalClient client = new PortalClient(server);
        long start = System.nanoTime();
        while (System.nanoTime() - start < WITHIN_MILLIS * 1_000_000) {
            if (condition.test(client.get(path))) {
                return (System.nanoTime() - start) / 1_000_000 + " ms";
            }
            pause();
        }
        failed = true;
        return "NOT within " + WITHIN_MILLIS + " ms";
    }

    private void check(boolean ok) {
        failed |= !ok;
    }

    private void report(String phase, String line) {
        String out = "[" + phase + "] " + line;
        System.out.println(out);
        try {
            Files.writeString(work.resolve("drill-report.txt"), out + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
