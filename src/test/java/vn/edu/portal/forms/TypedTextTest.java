package vn.edu.portal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void vietnameseLettersAreKeptInOneFormWithoutInvisibleCharactersOrExtraSpaces() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertEquals(18, decomposed.length(), "e + two combining marks (and i, A + one), as some phones send it");
        assertEquals("Nguyễn Thị Ánh", TypedText.line(decomposed));
        assertEquals("Lê Văn Bé", TypedText.line("\u200B Lê\tVăn \u00A0 Bé\uFEFF\n"));
        assertEquals("Dòng một\nDòng hai", TypedText.text(" Dòng  một\r\nDòng hai\u200D "));
        assertEquals("", TypedText.line(null));
    }

    @Test
    void namesAreLettersAndSpaces() {
        assertTrue(TypedText.isName("Nguyễn Văn An"));
        assertTrue(TypedText.isName("H'Hen Niê"));
        assertTrue(TypedText.isName(TypedText.line(Normalizer.normalize("Ông Ánh Ẩn", Normalizer.Form.NFD))));
        assertFalse(TypedText.isName("Phạm Văn 😀"));
        assertFalse(TypedText.isName("Nguyễn Văn An 123"));
        assertFalse(TypedText.isName("-An"));
    }

    @Test
    void phoneNumbersLoseTheirPunctuationAndVietnamsCountryCode() {
        // As people write one number: dashes, brackets, dots, the country code with or without the 0.
        for (String written : java.util.List.of("0901-234-567", "(+84) 901234567", "+84 90 123 45 67", "0901.234.567",
                "+84 0901 234 567")) {
            assertEquals("0901234567", TypedText.phone(written), written);
        }
        assertEquals("+16505551234", TypedText.phone("+1 650 555 1234"));
        assertTrue(TypedText.isPhone(TypedText.phone("028 3822 1234")), "a landline with its area code");
        assertFalse(TypedText.isPhone(TypedText.phone("+84 90 123 45 6")), "a number cut short by a field's length");
        assertTrue(TypedText.isPhone(TypedText.phone("(+84) 901234567")));
        assertFalse(TypedText.isPhone(TypedText.phone("gọi sau")));
    }
}
