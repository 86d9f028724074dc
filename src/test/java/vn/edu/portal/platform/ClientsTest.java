package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientsTest {

    @Test
    void rangesMatchAddressesOfTheirFamilyOnly() {
        Clients clients = new Clients("10.0.0.0/8, 192.168.1.7, 2001:db8::/32");
        assertTrue(clients.trusts("10.1.2.3"));
        assertTrue(clients.trusts("192.168.1.7"));
        assertFalse(clients.trusts("192.168.1.8"));
        assertTrue(clients.trusts("2001:db8::1"));
        assertFalse(clients.trusts("2001:db9::1"));
        assertFalse(clients.trusts("11.0.0.1"));
        assertFalse(clients.trusts("evil.example"), "names are never looked up");
        assertFalse(new Clients("").trusts("127.0.0.1"), "nothing trusted by default");
        assertNull(Clients.literal("localhost"));
        assertNull(Clients.literal("1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> new Clients("proxy.example"));
        assertEquals(4, Clients.literal("127.0.0.1").length);
    }
}
