package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameMaskTest {

    @Test
    void keepsTheFamilyNameAndInitialsOfTheRest() {
        assertEquals("Nguyễn V. A.", NameMask.mask("Nguyễn Văn An"));
        assertEquals("Trần T. N. Đ.", NameMask.mask("  trần thị   ngọc đào "));
        assertEquals("Lê Ư.", NameMask.mask("LÊ ƯU"));
    }

    /** A name kept as a phone sent it (decomposed letters, a zero-width space) masks as the same name typed whole. */
    @Test
    void decomposedLettersAndInvisibleCharactersMaskAsTheSameName() {
        String decomposed = java.text.Normalizer.normalize("Ông Ánh Ẩn", java.text.Normalizer.Form.NFD);
        assertEquals("Ông Á. Ẩ.", NameMask.mask(decomposed));
        assertEquals("Lê V. B.", NameMask.mask("\u200BLê Văn\u00A0Bé"));
    }

    @Test
    void aSingleWordBecomesAnInitial() {
        assertEquals("A.", NameMask.mask("An"));
        assertEquals("", NameMask.mask(" "));
        assertEquals("", NameMask.mask(null));
    }
}
