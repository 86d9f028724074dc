package vn.edu.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyboardMarksTest {

    @Test
    void telexAndVniLeftoversGoAndTheLettersStay() {
        // Telex: tone letters at the end, in the middle, after the final consonants; doubled vowels, w, dd.
        assertEquals("truong", KeyboardMarks.strip("truowngf"));
        assertEquals("truong", KeyboardMarks.strip("truofng"));
        assertEquals("hoc", KeyboardMarks.strip("hocj"));
        assertEquals("phi", KeyboardMarks.strip("phis"));
        assertEquals("thu", KeyboardMarks.strip("thur"));
        assertEquals("duong", KeyboardMarks.strip("dduwowngf"));
        assertEquals("tieng", KeyboardMarks.strip("tieengs"));
        assertEquals("sach", KeyboardMarks.strip("sachs"));
        // VNI: digits in a word.
        assertEquals("truong", KeyboardMarks.strip("tru7o72ng"));
        // Words without marks, numbers, initial consonants that are tone letters elsewhere.
        for (String plain : new String[] {"truong", "hoa", "xa", "rau", "sao", "lop", "10", "2025", "a"}) {
            assertEquals(plain, KeyboardMarks.strip(plain));
        }
    }
}
