package vn.edu.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import vn.edu.portal.it.AdminActions;
import vn.edu.portal.it.PortalClient;

/**
 * The department-scale measurements (bench/city-measure.sh): one connection, requests one after
 * the other, each page warmed up first; for each page the median, 90th percentile and maximum of
 * the time to the first byte of the answer (the server's time, as curl's time_starttransfer) and
 * of the whole answer, its size and status. Staff pages use a department admin's session (made
 * through /setup on a fresh database, as the other benchmarks do). Arguments: base address,
 * school slug (a primary school with requests), its ward, warm-up and measured requests per page.
 */
public final class CityMeasure {

    private CityMeasure() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8193";
        String school = args.length > 1 ? args[1] : "th0010";
        String ward = args.length > 2 ? args[2] : "Phường Tân Phú";
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 21;
        String only = System.getProperty("only", "");
        PortalClient admin = AdminActions.departmentAdminOn(base);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(admin.cookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String w = URLEncoder.encode(ward, StandardCharsets.UTF_8);
        int year = vn.edu.portal.disclosure.SchoolYear.current();
        String[][] pages = {
            {"department home", "/", "public"},
            {"school directory", "/truong-hoc", "public"},
            {"directory, level filter", "/truong-hoc?cap=PRIMARY", "public"},
            {"directory, ward filter", "/truong-hoc?phuong=" + w, "public"},
            {"directory, name search", "/truong-hoc?q=nguyen+du", "public"},
            {"directory CSV", "/du-lieu-mo/truong-hoc.csv", "public"},
            {"news of all schools", "/tin-tuc", "public"},
            {"news of all schools, page 50", "/tin-tuc?trang=50", "public"},
            {"aggregate feed (RSS)", "/rss.xml", "public"},
            {"search, all schools", "/tim-kiem?q=khai+giang", "public"},
            {"search, all schools, rare words", "/tim-kiem?q=ph%C3%B2ng+ch%C3%A1y", "public"},
            {"search, one school", "/s/" + school + "/tim-kiem?q=khai+giang", "public"},
            {"school home", "/s/" + school + "/", "public"},
            {"disclosure overview (public)", "/cong-khai", "public"},
            {"disclosure open data CSV", "/du-lieu-mo/cong-khai.csv", "public"},
            {"procedures of all schools (public)", "/thu-tuc-cac-truong", "public"},
            {"admin dashboard (department)", "/admin/", "staff"},
            {"compliance dashboard", "/admin/cong-khai?nam=" + year, "staff"},
            {"compliance dashboard, level + ward", "/admin/cong-khai?nam=" + year + "&cap=PRIMARY&quan=" + w, "staff"},
            {"compliance Excel export", "/admin/cong-khai?nam=" + year + "&xuat=xlsx", "staff"},
            {"procedure dashboard", "/admin/thu-tuc", "staff"},
            {"admission (department)", "/admin/tuyen-sinh", "staff"},
            {"school admin: articles", "/admin/s/" + school + "/bai-viet", "staff"},
            {"school admin: documents", "/admin/s/" + school + "/van-ban", "staff"},
            {"school admin: requests", "/admin/s/" + school + "/ho-so", "staff"},
            {"school admin: admission queue", "/admin/s/" + school + "/tuyen-sinh", "staff"},
        };
        System.out.printf("%-38s %6s %9s %9s %9s %9s %9s%n", "page", "status", "KB", "ttfb p50", "ttfb p90", "ttfb max",
                "total p50");
        for (String[] page : pages) {
            if (!only.isEmpty() && !page[0].contains(only)) {
                continue;
            }
            HttpClient client = page[2].equals("staff") ? http : anonymous;
            for (int i = 0; i < warm; i++) {
                once(client, base + page[1]);
            }
            long[] ttfb = new long[runs];
            long[] total = new long[runs];
            long[] last = null;
            for (int i = 0; i < runs; i++) {
                last = once(client, base + page[1]);
                ttfb[i] = last[0];
                total[i] = last[1];
            }
            System.out.printf("%-38s %6d %9.1f %9.1f %9.1f %9.1f %9.1f%n", page[0], last[2], last[3] / 1024.0,
                    ms(pct(ttfb, 50)), ms(pct(ttfb, 90)), ms(pct(ttfb, 100)), ms(pct(total, 50)));
        }
        if (only.isEmpty() || "procedure Excel export".contains(only)) {
            PortalClient.Page stats = admin.get("/admin/thu-tuc");
            for (int i = 0; i < warm; i++) {
                admin.download(stats, "export", "xlsx");
            }
            long[] total = new long[runs];
            int size = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                size = admin.download(stats, "export", "xlsx").length;
                total[i] = System.nanoTime() - start;
            }
            System.out.printf("%-38s %6d %9.1f %9s %9s %9s %9.1f%n", "procedure Excel export (POST)", 200, size / 1024.0,
                    "", "", "", ms(pct(total, 50)));
        }
    }

    /** One GET: time to the headers, time to the last byte, status, bytes. */
    static long[] once(HttpClient client, String url) {
        try {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long first = System.nanoTime() - start;
            long bytes;
            try (InputStream in = response.body()) {
                bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new long[] {first, System.nanoTime() - start, response.statusCode(), bytes};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long pct(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
