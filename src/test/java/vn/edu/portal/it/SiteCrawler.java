package vn.edu.portal.it;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Walks the public portal as an anonymous visitor would: from the seeds, every same-origin link
 * of every page (HTML links, feed and sitemap addresses), breadth first, up to a bound. Skips the
 * staff console, binary files and the language switch; keeps HTML, feeds, sitemaps, CSV and JSON.
 */
public final class SiteCrawler {

    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "pdf", "docx",
            "xlsx", "zip", "css", "js", "woff", "woff2");

    private final PortalClient client = new PortalClient();
    private final URI base = URI.create(Deployments.baseUrl());

    /** Every answer fetched, by path and query, in the order found. */
    public Map<String, PortalClient.Page> crawl(List<String> seeds, int max) {
        Map<String, PortalClient.Page> seen = new LinkedHashMap<>();
        Set<String> queued = new LinkedHashSet<>(seeds);
        Deque<String> next = new ArrayDeque<>(seeds);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            while (!next.isEmpty() && seen.size() < max) {
                List<String> batch = new ArrayList<>();
                while (!next.isEmpty() && batch.size() < 12 && seen.size() + batch.size() < max) {
                    batch.add(next.poll());
                }
                List<Future<PortalClient.Page>> answers = new ArrayList<>();
                for (String path : batch) {
                    answers.add(pool.submit(() -> client.get(path)));
                }
                for (int i = 0; i < batch.size(); i++) {
                    PortalClient.Page page = answers.get(i).get();
                    seen.put(batch.get(i), page);
                    for (String link : links(page)) {
                        if (queued.add(link)) {
                            next.add(link);
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return seen;
    }

    private List<String> links(PortalClient.Page page) {
        String type = page.headers().firstValue("Content-Type").orElse("");
        List<String> found = new ArrayList<>();
        if (type.startsWith("text/html")) {
            Document doc = page.doc();
            for (Element a : doc.select("a[href], link[rel=alternate][href]")) {
                found.add(a.absUrl("href"));
            }
        } else if (type.contains("xml")) {
            Document xml = Jsoup.parse(page.body(), page.uri().toString(), Parser.xmlParser());
            xml.select("loc, link").forEach(e -> found.add(e.hasAttr("href") ? e.attr("href") : e.text()));
        }
        List<String> paths = new ArrayList<>();
        for (String link : found) {
            String path = ownPath(link);
            if (path != null) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The path and query of a link on this server worth fetching, or null. */
    private String ownPath(String link) {
        URI uri;
        try {
            uri = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getHost() == null || !uri.getHost().equals(base.getHost()) || uri.getPort() != base.getPort()) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        if (path.startsWith("/admin") || path.equals("/login") || path.equals("/setup") || path.startsWith("/files/")
                || path.startsWith("/static/") || path.startsWith("/themes/") || path.startsWith("/jakarta.faces")
                || (query != null && query.contains("lang="))) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        String extension = last.contains(".") ? last.substring(last.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (BINARY.contains(extension)) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }
}
