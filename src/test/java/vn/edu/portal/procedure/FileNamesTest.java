package vn.edu.portal.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A file name typed by a parent is only ever a label: no path, no control characters, no markup. */
class FileNamesTest {

    @Test
    void pathsAndControlCharactersAreRemoved() {
        assertEquals("passwd.pdf", SubmissionService.safeName("../../etc/passwd.pdf"));
        assertEquals("x.pdf", SubmissionService.safeName("C:\\Windows\\x.pdf"));
        assertEquals("_img src=x onerror=alert(1)_.pdf", SubmissionService.safeName("<img src=x onerror=alert(1)>.pdf"));
        assertEquals("a_b.pdf", SubmissionService.safeName("a\u0000b.pdf"));
        assertEquals("tep", SubmissionService.safeName("  "));
        assertEquals(120, SubmissionService.safeName("x".repeat(300)).length());
    }
}
