package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedirectsTest {

    @Test
    void everyPathStaysOnThisHost() {
        for (String path : List.of("//evil.example/", "///evil.example/x", "/\\evil.example/", "\\\\evil.example",
                "/\t/evil.example/", "/%09/evil.example", "//evil.example/?lang=en", "/ /evil.example")) {
            String local = Redirects.local(path);
            URI resolved = URI.create("https://school.example.edu.vn/a/b").resolve(local.replace("%", "%25"));
            assertEquals("school.example.edu.vn", resolved.getHost(), path + " -> " + local);
        }
        assertEquals("/s/x/", Redirects.local("/s/x/"));
        assertEquals("/", Redirects.local(null));
        assertNull(URI.create(Redirects.local("//evil.example/")).getHost());
    }
}
