package vn.edu.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.TextFolding;

class VietnameseAnalyzerTest {

    private final VietnameseAnalyzer folding = VietnameseAnalyzer.foldingDiacritics();
    private final VietnameseAnalyzer exact = VietnameseAnalyzer.keepingDiacritics();

    @Test
    void foldsDiacriticsAndDStrokeToPlainLowerCase() {
        assertEquals(List.of("truong", "hoc", "da", "nang"), folding.terms("Trường Học ĐÀ NẴNG"));
        assertEquals(List.of("dang", "ky", "tuyen", "sinh", "lop", "10"), folding.terms("Đăng ký tuyển sinh lớp 10"));
        assertEquals(List.of("d", "d", "dong", "da"), folding.terms("đ Đ Đống Đa"));
    }

    @Test
    void keepsDiacriticsWhenAskedButNotCase() {
        assertEquals(List.of("trường", "học", "đà", "nẵng"), exact.terms("Trường Học ĐÀ NẴNG"));
    }

    @Test
    void decomposedTextGivesTheSameTermsAsComposedText() {
        String composed = "Trường Đông Hải, khai giảng năm học mới";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(folding.terms(composed), folding.terms(decomposed));
        assertEquals(exact.terms(composed), exact.terms(decomposed));
    }

    @Test
    void foldsLikeThePortalsOwnTextFolding() {
        for (String word : List.of("nguyễn", "huệ", "đống", "đa", "giảng", "thủy", "thuỷ", "ưu", "tiên", "quỹ")) {
            assertEquals(TextFolding.fold(word), VietnameseAnalyzer.fold(word), word);
        }
    }

    @Test
    void splitsWordsJoinedByAColon() {
        assertEquals(List.of("thoi", "gian", "thu", "hai"), folding.terms("Thời gian:Thứ hai"));
    }

    @Test
    void foldsOtherLatinLettersToAscii() {
        assertEquals(List.of("ecole", "strasse"), folding.terms("École Straße"));
    }
}
