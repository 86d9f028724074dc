package vn.edu.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    private final CommonPasswords common = new CommonPasswords();

    @Test
    void commonBreachedAndSequentialPasswordsAreRefused() {
        for (String p : List.of("1234567890", "password123", "Qwertyuiop", "abcdefghij", "0987654321", "aaaaaaaaaa",
                "ababababab", "iloveyou123", "matkhau123", "1qaz2wsx3edc")) {
            assertTrue(common.isCommon(p), p);
        }
        for (String p : List.of("Staff-Passw0rd-2026", "Mưa rơi trên mái trường", "tram-nam-trong-coi")) {
            assertFalse(common.isCommon(p), p);
        }
    }
}
