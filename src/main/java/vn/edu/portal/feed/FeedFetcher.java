package vn.edu.portal.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Fetches and reads one external feed: a conditional GET with the validators stored from the
 * last poll, then Rome. Plain Java (no container), so that it is tested against a local server.
 *
 * <p>It never throws: whatever goes wrong (no answer, a huge body, HTML instead of a feed, a
 * redirect to a private address) becomes a {@link FetchResult} failure with a short reason.
 * One timeout bounds the whole fetch, redirects and body included, because Java's request
 * timeout alone stops at the response headers and a server could trickle the body for ever.
 */
public final class FeedFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    static final int MAX_ITEMS = 200;
    static final int MAX_REDIRECTS = 5;
    static final int MAX_GUID = 500;
    static final int MAX_TITLE = 500;
    static final int MAX_LINK = 1000;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_VALIDATOR = 200;

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.1";
    /** No element survives: what is left is the text of the HTML, still entity-encoded. */
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "<(?=/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|blockquote|pre|section|article|figure|figcaption)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x20-\\x7E]+");

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;
    private final boolean allowPrivateHosts;

    /**
     * @param timeout           bounds connecting, redirects, headers and body together
     * @param maxBytes          a longer body is refused (and not read further)
     * @param userAgent         names the portal, so that a school's host knows who polls it
     * @param allowPrivateHosts also fetch from loopback and private networks (tests only)
     */
    public FeedFetcher(Duration timeout, int maxBytes, String userAgent, boolean allowPrivateHosts) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.allowPrivateHosts = allowPrivateHosts;
        // Redirects are followed by hand, so that every hop passes the address check.
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FeedFetcher(String userAgent, boolean allowPrivateHosts) {
        this(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, userAgent, allowPrivateHosts);
    }

    /**
     * @param etag         the ETag the server gave last time, sent as If-None-Match (may be null)
     * @param lastModified the Last-Modified it gave last time, sent as If-Modified-Since (may be null)
     */
    public FetchResult fetch(String url, String etag, String lastModified) {
        try {
            return fetchOrFail(url, etag, lastModified, System.nanoTime() + timeout.toNanos());
        } catch (Failure e) {
            return FetchResult.failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed("interrupted");
        } catch (RuntimeException e) {
            return FetchResult.failed(clip("unexpected: " + e, 200));
        }
    }

    private FetchResult fetchOrFail(String url, String etag, String lastModified, long deadline)
            throws Failure, InterruptedException {
        URI uri = FeedAddresses.parse(url).orElseThrow(() -> new Failure("invalid URL"));
        for (int hop = 0; ; hop++) {
            checkHost(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(remaining(deadline))
                    .header("User-Agent", userAgent)
                    .header("Accept", ACCEPT)
                    .GET();
            if (validator(etag) != null) {
                request.header("If-None-Match", etag);
            }
            if (validator(lastModified) != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<byte[]> response = send(request.build(), deadline);
            int status = response.statusCode();
            if (status == 304) {
                return FetchResult.notModified();
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (hop >= MAX_REDIRECTS) {
                    throw new Failure("too many redirects");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new Failure("HTTP " + status + " without Location"));
                try {
                    uri = FeedAddresses.parse(uri.resolve(location.strip()).toString())
                            .orElseThrow(() -> new Failure("redirect to an unusable address"));
                } catch (IllegalArgumentException e) {
                    throw new Failure("redirect to an unusable address");
                }
                continue;
            }
            if (status != 200) {
                throw new Failure("HTTP " + status);
            }
            List<FetchResult.Item> items = read(response.body(),
                    response.headers().firstValue("Content-Type").orElse(null), uri);
            return FetchResult.fetched(items,
                    validator(response.headers().firstValue("ETag").orElse(null)),
                    validator(response.headers().firstValue("Last-Modified").orElse(null)));
        }
    }

    private void checkHost(URI uri) throws Failure {
        Optional<FeedAddresses.Problem> problem = FeedAddresses.hostProblem(uri.getHost(), allowPrivateHosts);
        if (problem.isPresent()) {
            throw new Failure(problem.get() == FeedAddresses.Problem.UNKNOWN_HOST
                    ? "unknown host " + uri.getHost() : "address not allowed: " + uri.getHost());
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, long deadline) throws Failure, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::body);
        try {
            return future.get(Math.max(1, remaining(deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Failure(noAnswer());
        } catch (ExecutionException e) {
            throw describe(e.getCause());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            // Only a feed's body is of interest; an error page is not read at all.
            return new LimitedBody(-1);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return declared > maxBytes ? new LimitedBody(-2) : new LimitedBody(maxBytes);
    }

    private Failure describe(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return new Failure("body larger than " + maxBytes / 1024 + " KB");
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new Failure("connection timed out");
        }
        if (cause instanceof HttpTimeoutException) {
            return new Failure(noAnswer());
        }
        if (cause instanceof ConnectException) {
            return new Failure("connection refused");
        }
        if (cause instanceof SSLException) {
            return new Failure(clip("TLS error: " + cause.getMessage(), 200));
        }
        String message = cause == null ? "unknown" : cause.getMessage() == null
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failure(clip("network error: " + message, 200));
    }

    private String noAnswer() {
        return "no complete answer within " + Math.max(1, timeout.toSeconds()) + " s";
    }

    private static Duration remaining(long deadline) throws Failure {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            throw new Failure("time out");
        }
        return Duration.ofNanos(nanos);
    }

    /** Reads the feed with Rome and turns its entries into storable items. */
    static List<FetchResult.Item> read(byte[] body, String contentType, URI base) throws Failure {
        SyndFeed feed;
        try (InputStream in = new ByteArrayInputStream(body)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // Rome's default, stated: a DOCTYPE could pull in external entities
            feed = input.build(contentType == null ? new XmlReader(in, true) : new XmlReader(in, contentType, true));
        } catch (Exception e) {
            throw new Failure(clip("not an RSS or Atom feed: " + e.getMessage(), 200));
        }
        // Relative item links are not allowed in RSS but common; readers resolve them against the channel.
        String channelLink = XmlText.absoluteHttp(feed.getLink());
        URI linkBase = channelLink == null ? base : URI.create(channelLink);
        List<FetchResult.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() == MAX_ITEMS) {
                break;
            }
            String link = link(entry, linkBase);
            if (link == null) {
                continue;
            }
            String guid = XmlText.isBlank(entry.getUri()) ? link : XmlText.clean(entry.getUri()).strip();
            if (guid.length() > MAX_GUID) {
                guid = "sha256:" + sha256Hex(guid);
            }
            if (!seen.add(guidKey(guid))) {
                continue;
            }
            String summary = clip(text(entry.getDescription() != null ? entry.getDescription()
                    : entry.getContents().isEmpty() ? null : entry.getContents().get(0)), MAX_SUMMARY);
            String title = entry.getTitleEx() != null ? text(entry.getTitleEx()) : htmlToText(entry.getTitle());
            if (title.isEmpty()) {
                title = summary.isEmpty() ? link : summary;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FetchResult.Item(guid, clip(title, MAX_TITLE), link, summary.isEmpty() ? null : summary,
                    date == null ? null : date.toInstant()));
        }
        return items;
    }

    /**
     * The guid as the database compares it: MySQL's default collations ignore case, accents and
     * trailing spaces, so two guids that differ only in those would collide on the unique key.
     */
    static String guidKey(String guid) {
        String folded = Normalizer.normalize(guid.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static String link(SyndEntry entry, URI base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                candidates.add(link.getHref());
            }
        }
        for (String candidate : candidates) {
            if (XmlText.isBlank(candidate)) {
                continue;
            }
            try {
                String absolute = XmlText.absoluteHttp(base.resolve(candidate.strip()).toString());
                if (absolute != null && absolute.length() <= MAX_LINK) {
                    return absolute;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI at all: try the next candidate
            }
        }
        // An RSS guid that is a permalink, when there is no link; never resolved, it is an id.
        String uri = XmlText.absoluteHttp(entry.getUri());
        return uri != null && uri.length() <= MAX_LINK ? uri : null;
    }

    private static String text(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain")
                ? SPACES.matcher(XmlText.clean(content.getValue())).replaceAll(" ").strip()
                : htmlToText(content.getValue());
    }

    /**
     * The text of an HTML fragment: what a reader would see, without any markup. Feeds carry
     * HTML in titles and descriptions; the portal stores and shows only text, so nothing a
     * school's server sends can end up as markup on our pages or in our feeds.
     */
    static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // A space at block boundaries keeps "<p>one</p><p>two</p>" from becoming "onetwo".
        String spaced = BLOCK_TAG.matcher(html).replaceAll(" <");
        // The sanitizer breaks "{{" with an empty comment (a guard for template engines); in text
        // it is the only markup left, every "<" of the feed being escaped, and it must not show.
        String text = Encoding.decodeHtml(TEXT_ONLY.sanitize(spaced).replace("<!-- -->", ""), false);
        return SPACES.matcher(XmlText.clean(text)).replaceAll(" ").strip();
    }

    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A validator worth storing and sending back: short, visible ASCII only (no header injection). */
    private static String validator(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() <= MAX_VALIDATOR && VISIBLE_ASCII.matcher(v).matches() ? v : null;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fetch that went wrong, with the reason as its message. */
    static final class Failure extends Exception {
        Failure(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("body too large", null);
        }
    }

    /**
     * Collects the body up to a limit and gives up, closing the connection, as soon as it is
     * exceeded. A negative limit means: do not read at all (-1 gives an empty body, -2 fails
     * because the declared length is already too large).
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long limit;
        private Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (limit == -1) {
                subscription.cancel();
                result.complete(new byte[0]);
            } else if (limit < 0) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLarge());
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLarge());
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
