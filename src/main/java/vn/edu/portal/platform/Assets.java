package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static files of the web application ({@code /static/...}, {@code /themes/...}), read once at
 * start-up and kept in memory, compressed. Each gets a fingerprinted address,
 * {@code /static/css/admin.<10 hex of its SHA-256>.css}, that browsers may keep for a year: a
 * changed file gets a new address. An address with a fingerprint that is not the current one is
 * a 404, never the current file (it would be cached for a year as the old one).
 *
 * <p>Public pages get one style sheet each, a <em>bundle</em>: the shared part of
 * {@code static/css/public.css}, the modules the page names (sections of the same file that begin
 * with a {@code /* @module name *&#47;} line) and the site's theme, minified. Its address names
 * its parts, {@code /static/css/<theme>_<module>_<module>.<fingerprint>.css}, so any node can
 * build it from the address alone.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    private static final Logger LOG = Logger.getLogger(Assets.class.getName());

    /** The sheet public pages are made of; its sections are the modules. */
    public static final String PUBLIC_CSS = "/static/css/public.css";
    static final Pattern MODULE_MARKER = Pattern.compile("(?m)^/\\* @module ([a-z][a-z0-9-]*) \\*/\\s*$");
    private static final Pattern FINGERPRINTED = Pattern.compile("(.*)\\.([0-9a-f]{10})\\.([a-z0-9]{1,10})");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    private static final Pattern BUNDLE = Pattern.compile("/static/css/([a-z0-9-]+(?:_[a-z0-9-]+)*)\\.css");
    private static final int BROTLI_MAX = 11;
    /** Files referenced by a style sheet up to this size are put into it as data addresses. */
    static final int INLINE_MAX_BYTES = 2048;

    /** A file as it is served. */
    public record Asset(String path, String fingerprint, String contentType, CompressedBody body) {

        /** The address with its fingerprint, e.g. {@code /static/js/public.0a1b2c3d4e.js}. */
        public String url() {
            int dot = path.lastIndexOf('.');
            int slash = path.lastIndexOf('/');
            return dot > slash ? path.substring(0, dot) + "." + fingerprint + path.substring(dot)
                    : path + "." + fingerprint;
        }
    }

    /** What a request for an address finds: the asset, and whether the address named its current fingerprint. */
    public record Found(Asset asset, boolean fingerprinted) {
    }

    private volatile Map<String, Asset> files = Map.of();
    private final Map<String, Asset> bundles = new ConcurrentHashMap<>();
    private final Map<String, InlineStyle> inline = new ConcurrentHashMap<>();
    private volatile String base = "";
    private volatile Map<String, String> modules = Map.of();
    private volatile String sharedCss = "";

    /** Reads every file under {@code /static/} and {@code /themes/} of the web application. */
    public void load(ServletContext context) {
        long start = System.nanoTime();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        collect(context, "/static/", raw);
        collect(context, "/themes/", raw);
        load(raw, context.getContextPath(), context::getMimeType);
        LOG.info(() -> String.format("%d static files fingerprinted and compressed in %d ms (brotli %s)",
                files.size(), (System.nanoTime() - start) / 1_000_000, Compression.brotliAvailable() ? "on" : "off"));
    }

    /** The same from bytes at hand ({@code path -> content}); for tests. */
    void load(Map<String, byte[]> raw, String contextPath, java.util.function.Function<String, String> mimeTypes) {
        base = contextPath == null ? "" : contextPath;
        Map<String, Asset> loaded = new LinkedHashMap<>();
        // Style sheets last: their url(...) references become the fingerprinted addresses of the files.
        raw.forEach((path, bytes) -> {
            if (!path.endsWith(".css")) {
                loaded.put(path, asset(path, bytes, contentType(path, mimeTypes)));
            }
        });
        raw.forEach((path, bytes) -> {
            if (path.endsWith(".css")) {
                String css = rewriteUrls(path, new String(bytes, StandardCharsets.UTF_8), loaded);
                loaded.put(path, asset(path, css.getBytes(StandardCharsets.UTF_8), contentType(path, mimeTypes)));
            }
        });
        files = Map.copyOf(loaded);
        bundles.clear();
        inline.clear();
        Asset sheet = loaded.get(PUBLIC_CSS);
        splitModules(sheet == null ? "" : sheet.body().text());
    }

    private void splitModules(String css) {
        Matcher marker = MODULE_MARKER.matcher(css);
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        String shared = null;
        String current = null;
        int from = 0;
        while (marker.find()) {
            String text = css.substring(from, marker.start());
            if (current == null) {
                shared = text;
            } else {
                parts.computeIfAbsent(current, k -> new StringBuilder()).append(text);
            }
            current = marker.group(1);
            from = marker.end();
        }
        if (current == null) {
            shared = css;
        } else {
            parts.computeIfAbsent(current, k -> new StringBuilder()).append(css.substring(from));
        }
        Map<String, String> done = new LinkedHashMap<>();
        parts.forEach((k, v) -> done.put(k, v.toString()));
        sharedCss = shared == null ? "" : shared;
        modules = java.util.Collections.unmodifiableMap(done);
    }

    /** The module names of {@code public.css}, in the order they first appear. */
    public Set<String> moduleNames() {
        return new TreeSet<>(modules.keySet());
    }

    /** The fingerprinted address of a file, e.g. {@code url("/static/css/admin.css")}; the path itself if unknown. */
    public String url(String path) {
        Asset asset = files.get(path);
        return base + (asset == null ? path : asset.url());
    }

    /**
     * The address of the style sheet of a public page: the shared rules, the named modules
     * (space- or comma-separated; unknown names are ignored; null or blank means every module)
     * and the theme's sheet.
     */
    public String stylesheet(String theme, String moduleList) {
        String path = bundlePath(theme, moduleList);
        return bundle(path).map(a -> base + a.url()).orElse(base + PUBLIC_CSS);
    }

    /**
     * A public page's style sheet as it is written into the page, in a {@code <style>} element:
     * on a phone over a slow network the page then needs no second request before it can be drawn
     * (one round trip and a new connection less: the first paint and the cover picture come sooner).
     * {@code policySource} is what the page's Content-Security-Policy names to allow exactly this
     * text ({@code 'sha256-…'}); {@code name} the bundle it is ({@code classic_articles_home}).
     */
    public record InlineStyle(String name, String css, String policySource) {
    }

    /** The same bundle as {@link #stylesheet}, to be written into the page; empty if it cannot be built. */
    public Optional<InlineStyle> inlineStylesheet(String theme, String moduleList) {
        String path = bundlePath(theme, moduleList);
        InlineStyle done = inline.get(path);
        if (done != null) {
            return Optional.of(done);
        }
        return bundle(path).map(asset -> {
            String css = asset.body().text();
            InlineStyle style = new InlineStyle(path.substring("/static/css/".length(), path.length() - ".css".length()), css,
                    "'sha256-" + java.util.Base64.getEncoder().encodeToString(sha256(css.getBytes(StandardCharsets.UTF_8))) + "'");
            if (inline.size() < 500) {
                inline.put(path, style);
            }
            return style;
        });
    }

    private String bundlePath(String theme, String moduleList) {
        Set<String> wanted = new TreeSet<>();
        if (moduleList == null || moduleList.isBlank()) {
            wanted.addAll(modules.keySet());
        } else {
            for (String name : moduleList.split("[\\s,]+")) {
                if (modules.containsKey(name)) {
                    wanted.add(name);
                }
            }
        }
        StringBuilder name = new StringBuilder("/static/css/").append(theme);
        wanted.forEach(m -> name.append('_').append(m));
        return name.append(".css").toString();
    }

    /** What {@code path} (without the context path) names: a file or a bundle, by plain or fingerprinted address. */
    public Optional<Found> find(String path) {
        if (path.length() > 300) {
            return Optional.empty();
        }
        Matcher m = FINGERPRINTED.matcher(path);
        if (m.matches()) {
            String plain = m.group(1) + "." + m.group(3);
            Optional<Asset> asset = lookup(plain);
            if (asset.isPresent() && asset.get().fingerprint().equals(m.group(2))) {
                return Optional.of(new Found(asset.get(), true));
            }
            if (asset.isPresent() || files.get(path) == null) {
                // An old or made-up fingerprint: never answered with today's file.
                return Optional.empty();
            }
        }
        return lookup(path).map(a -> new Found(a, false));
    }

    private Optional<Asset> lookup(String plain) {
        Asset file = files.get(plain);
        return file != null ? Optional.of(file) : bundle(plain);
    }

    /** Builds (once) the bundle a path names; empty unless the theme exists and the modules are known and in order. */
    private Optional<Asset> bundle(String path) {
        Asset done = bundles.get(path);
        if (done != null) {
            return Optional.of(done);
        }
        Matcher m = BUNDLE.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = m.group(1).split("_");
        Asset theme = files.get("/themes/" + parts[0] + "/css/theme.css");
        if (theme == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(parts).subList(1, parts.length));
        if (!names.stream().allMatch(modules::containsKey) || !names.equals(new ArrayList<>(new TreeSet<>(names)))) {
            return Optional.empty();
        }
        StringBuilder css = new StringBuilder(sharedCss);
        // In the order of public.css, so that later rules still win as they do in the whole sheet.
        modules.keySet().stream().filter(names::contains).forEach(k -> css.append('\n').append(modules.get(k)));
        css.append('\n').append(theme.body().text());
        byte[] bytes = CssMinifier.minify(css.toString()).getBytes(StandardCharsets.UTF_8);
        Asset bundle = asset(path, bytes, "text/css;charset=UTF-8");
        if (bundles.size() < 500) {
            bundles.put(path, bundle);
        }
        return Optional.of(bundle);
    }

    private static Asset asset(String path, byte[] bytes, String contentType) {
        String fingerprint = fingerprint(bytes);
        return new Asset(path, fingerprint, contentType, CompressedBody.of(bytes, contentType, Compression.GZIP_MAX, BROTLI_MAX));
    }

    static String fingerprint(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256(bytes), 0, 5);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Relative references of a style sheet to files it ships with become their fingerprinted addresses. */
    private String rewriteUrls(String cssPath, String css, Map<String, Asset> known) {
        Matcher m = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(2).strip();
            String replacement = m.group();
            if (!ref.startsWith("data:") && !ref.startsWith("#") && !ref.contains("://") && !ref.startsWith("//")) {
                String target = URI.create(cssPath).resolve(ref.replaceAll("[?#].*", "")).getPath();
                Asset asset = known.get(target);
                if (asset != null) {
                    replacement = "url(\"" + (asset.body().length() <= INLINE_MAX_BYTES ? dataUri(asset) : base + asset.url()) + "\")";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A small picture as a data address, so the page needs no request for it (a theme's pattern
     * would otherwise be one more round trip before the header is complete).
     */
    private static String dataUri(Asset asset) {
        String type = asset.contentType().replaceAll(";.*", "");
        return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(asset.body().bytes());
    }

    private static String contentType(String path, java.util.function.Function<String, String> mimeTypes) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "css" -> "text/css;charset=UTF-8";
            case "js" -> "text/javascript;charset=UTF-8";
            case "svg" -> "image/svg+xml";
            case "json", "webmanifest" -> "application/json;charset=UTF-8";
            case "txt" -> "text/plain;charset=UTF-8";
            default -> {
                String type = mimeTypes.apply(path);
                yield type == null ? "application/octet-stream" : type;
            }
        };
    }

    private static void collect(ServletContext context, String dir, Map<String, byte[]> into) {
        Set<String> paths = context.getResourcePaths(dir);
        if (paths == null) {
            return;
        }
        for (String path : new TreeSet<>(paths)) {
            if (path.endsWith("/")) {
                collect(context, path, into);
            } else {
                try (InputStream in = context.getResourceAsStream(path)) {
                    if (in != null) {
                        into.put(path, in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Every file loaded (not the bundles); for the health of the pipeline in tests. */
    Collection<Asset> all() {
        return files.values();
    }
}
