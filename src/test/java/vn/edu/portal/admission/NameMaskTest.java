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

    @Test
    void aSingleWordBecomesAnInitial() {
        assertEquals("A.", NameMask.mask("An"));
        assertEquals("", NameMask.mask(" "));
        assertEquals("", NameMask.mask(null));
    }
}
