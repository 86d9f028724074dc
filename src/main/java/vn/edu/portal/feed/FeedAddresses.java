package vn.edu.portal.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses the portal may fetch feeds from. The server fetches whatever URL an
 * administrator registers, so without this rule a feed URL could read the database's admin
 * port, a cloud metadata service or a router on the school network (server-side request
 * forgery). Checked at registration and again before every request and redirect, because DNS
 * answers change.
 */
final class FeedAddresses {

    static final int MAX_URL_LENGTH = 1000;

    enum Problem { INVALID, PRIVATE, UNKNOWN_HOST }

    private FeedAddresses() {
    }

    /** The URL if it is absolute http(s), with a host, no user name or password, and not too long. */
    static Optional<URI> parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with fetching this URL, if anything. Resolves the host name. */
    static Optional<Problem> problem(String url, boolean allowPrivateHosts) {
        Optional<URI> uri = parse(url);
        if (uri.isEmpty()) {
            return Optional.of(Problem.INVALID);
        }
        return hostProblem(uri.get().getHost(), allowPrivateHosts);
    }

    static Optional<Problem> hostProblem(String host, boolean allowPrivateHosts) {
        if (allowPrivateHosts) {
            return Optional.empty();
        }
        try {
            // Any one private answer is enough to refuse: the client may pick any of them.
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic(address)) {
                    return Optional.of(Problem.PRIVATE);
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(Problem.UNKNOWN_HOST);
        }
    }

    /** True for addresses on the public internet; false for loopback, private, link-local and the like. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return !(first == 0                                     // "this network"
                    || (first == 100 && (second & 0xC0) == 64)      // carrier-grade NAT 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                    || (first == 198 && (second & 0xFE) == 18)      // benchmarking 198.18/15
                    || first >= 240);                               // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {                            // unique local fc00::/7
                return false;
            }
            if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                return isPublic(embeddedIpv4(b, 12));               // NAT64 64:ff9b::/96
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
                return isPublic(embeddedIpv4(b, 2));                // 6to4 2002::/16
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 12; i++) {
                zeroPrefix &= b[i] == 0;
            }
            if (zeroPrefix) {                                       // IPv4-compatible ::a.b.c.d
                return isPublic(embeddedIpv4(b, 12));
            }
        }
        return true;
    }

    private static InetAddress embeddedIpv4(byte[] b, int offset) {
        try {
            return InetAddress.getByAddress(new byte[] {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
