package vn.edu.portal.platform;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who is asking and how: the client's address (throttles, audit) and whether the browser talks
 * HTTPS (Secure cookies, HSTS). Behind a reverse proxy the connection comes from the proxy, so
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} say it, but only a proxy listed in
 * {@code portal.security.trusted-proxies} (addresses or CIDR ranges) is believed; from anyone else
 * the headers are ignored, since any client can send them. {@link SecurityHeadersFilter} works it
 * out once per request; everything else reads {@link #address} and {@link #secure}.
 */
public final class Clients {

    static final String ADDRESS = "portal.client.address";
    static final String SECURE = "portal.client.secure";

    /** An address or a range of addresses ({@code 10.0.0.0/8}, {@code ::1}, {@code 2001:db8::/32}). */
    record Range(byte[] network, int bits) {

        static Range parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : address.length * 8;
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("bad prefix length: " + text);
            }
            return new Range(address, bits);
        }

        boolean contains(byte[] address) {
            if (address == null || address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;

    /** @param trustedProxies comma-separated addresses or ranges; empty trusts no proxy */
    public Clients(String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String part : (trustedProxies == null ? "" : trustedProxies).split(",")) {
            if (!part.isBlank()) {
                ranges.add(Range.parse(part));
            }
        }
        trusted = List.copyOf(ranges);
    }

    /** Whether {@code address} (a literal, not a host name) is one of the listed addresses or ranges. */
    public boolean lists(String address) {
        byte[] literal = address == null ? null : literal(address);
        return literal != null && trusted.stream().anyMatch(r -> r.contains(literal));
    }

    /** Works out the client of {@code request} and remembers it in the request. */
    void resolve(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        boolean fromProxy = trusts(remote);
        String address = remote;
        boolean secure = request.isSecure();
        if (fromProxy) {
            // The rightmost address not of a trusted proxy is the client: proxies append, clients may forge the left.
            List<String> hops = new ArrayList<>();
            for (String header : java.util.Collections.list(request.getHeaders("X-Forwarded-For"))) {
                hops.addAll(Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                String hop = hops.get(i);
                if (literal(hop) == null) {
                    break;
                }
                address = hop;
                if (!trusts(hop)) {
                    break;
                }
            }
            String proto = request.getHeader("X-Forwarded-Proto");
            if (proto != null && !proto.isBlank()) {
                String[] protos = proto.split(",");
                secure = protos[protos.length - 1].strip().toLowerCase(Locale.ROOT).equals("https");
            }
        }
        request.setAttribute(ADDRESS, address);
        request.setAttribute(SECURE, secure);
    }

    boolean trusts(String address) {
        if (trusted.isEmpty()) {
            return false; // no proxy configured: nothing to parse (this runs on every request)
        }
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The client's address: the real one behind a trusted proxy, the connection's otherwise. */
    public static String address(ServletRequest request) {
        Object address = request.getAttribute(ADDRESS);
        return address instanceof String s ? s : request.getRemoteAddr();
    }

    /** Whether the browser reached the portal over HTTPS (directly, or through a trusted proxy). */
    public static boolean secure(ServletRequest request) {
        Object secure = request.getAttribute(SECURE);
        return secure instanceof Boolean b ? b : request.isSecure();
    }

    private static final java.util.regex.Pattern ADDRESS_CHARACTERS = java.util.regex.Pattern.compile("[0-9a-fA-F:.]+");
    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The bytes of a numeric IPv4 or IPv6 address, or null for anything else (never a DNS lookup). */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip();
        if (clean.startsWith("[") && clean.endsWith("]")) {
            clean = clean.substring(1, clean.length() - 1);
        }
        if (clean.isEmpty() || !ADDRESS_CHARACTERS.matcher(clean).matches() || !(clean.contains(".") || clean.contains(":"))) {
            return null;
        }
        if (!clean.contains(":") && !IPV4.matcher(clean).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(clean).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /**
     * The host a request names, as a key (of a kept page, which shows its own address): the Host header
     * in lower case, without a final dot or the scheme's default port; "null" when there is none.
     */
    public static String hostAsSent(HttpServletRequest request) {
        String host = String.valueOf(request.getHeader("Host")).trim().toLowerCase(java.util.Locale.ROOT);
        String defaultPort = "https".equals(request.getScheme()) ? ":443" : ":80";
        if (host.endsWith(defaultPort)) {
            host = host.substring(0, host.length() - defaultPort.length());
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /**
     * Whether the Host header is written as {@link #hostAsSent} keeps it (lower case, no trailing dot, no
     * default port). A page writes the host as sent into its addresses (og:url, share links), so a copy
     * rendered for {@code LOCALHOST} or {@code localhost.} must not be the one every visitor of
     * {@code localhost} gets: such a request is answered, never kept.
     */
    public static boolean hostIsCanonical(HttpServletRequest request) {
        return String.valueOf(request.getHeader("Host")).equals(hostAsSent(request));
    }
}
