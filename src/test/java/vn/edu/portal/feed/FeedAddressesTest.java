package vn.edu.portal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedAddressesTest {

    private static boolean isPublic(String literal) throws Exception {
        return FeedAddresses.isPublic(InetAddress.getByName(literal));
    }

    @Test
    void privateAndSpecialAddressesAreNotPublic() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1",
                "::ffff:127.0.0.1", "64:ff9b::a00:1", "2002:c0a8:0101::1", "::7f00:1"}) {
            assertFalse(isPublic(address), address);
        }
    }

    @Test
    void internetAddressesArePublic() throws Exception {
        for (String address : new String[] {"8.8.8.8", "203.162.4.190", "2001:4860:4860::8888", "64:ff9b::808:808"}) {
            assertTrue(isPublic(address), address);
        }
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentials() {
        assertTrue(FeedAddresses.parse("https://truong.edu.vn/rss.xml").isPresent());
        assertTrue(FeedAddresses.parse("http://truong.edu.vn:8080/feed?x=1").isPresent());
        for (String url : new String[] {null, "", "ftp://truong.edu.vn/", "/rss.xml", "javascript:alert(1)",
                "https://user:secret@truong.edu.vn/", "https:///nohost", "http://truong.edu.vn/" + "a".repeat(1000)}) {
            assertTrue(FeedAddresses.parse(url).isEmpty(), String.valueOf(url));
        }
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        assertEquals(Optional.of(FeedAddresses.Problem.PRIVATE), FeedAddresses.problem("http://127.0.0.1:8080/rss", false));
        assertEquals(Optional.of(FeedAddresses.Problem.PRIVATE), FeedAddresses.problem("http://localhost/rss", false));
        assertEquals(Optional.empty(), FeedAddresses.problem("http://127.0.0.1:8080/rss", true));
        assertEquals(Optional.of(FeedAddresses.Problem.INVALID), FeedAddresses.problem("file:///etc/passwd", true));
    }
}
