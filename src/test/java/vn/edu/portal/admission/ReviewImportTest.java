package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.portal.platform.FieldErrors;

class ReviewImportTest {

    private static final String HEADER = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,phuong_xa_hien_tai,dia_chi_hien_tai,"
            + "phuong_xa_thuong_tru,dia_chi_thuong_tru,email\n";

    private static ReviewImport.Parsed parse(String text) {
        return ReviewImport.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> keys(ReviewImport.Refused refused) {
        return refused.reasons().stream().map(ReviewImport.Reason::key).toList();
    }

    @Test
    void goodRowsAreReadWithQuotesBomAndAnyColumnOrder() {
        ReviewImport.Parsed p = parse("\uFEFF" + HEADER
                + "079224000101,Nguyễn Văn An,14/03/2024,Nam,Phường Bến Thành,\"12 Lê Lợi, tổ 3\",,,Me.An@Example.com\n"
                + "079324000102,  Trần  Thị   Bình ,2024-07-09,nữ,Phường Sài Gòn,\"5 \"\"Hẻm\"\" Cao Thắng\nlầu 2\",Phường Sài Gòn,5 Cao Thắng,binh@example.com\r\n");
        assertEquals(List.of(), p.refused());
        assertEquals(2, p.rows().size());
        ReviewImport.Row an = p.rows().get(0);
        assertEquals("079224000101", an.personalId());
        assertEquals(LocalDate.of(2024, 3, 14), an.birthDate());
        assertEquals(Sex.MALE, an.sex());
        assertEquals("12 Lê Lợi, tổ 3", an.curStreet());
        assertNull(an.permWard());
        assertEquals("me.an@example.com", an.email());
        ReviewImport.Row binh = p.rows().get(1);
        assertEquals("Trần Thị Bình", binh.childName());
        assertEquals(Sex.FEMALE, binh.sex());
        assertEquals("5 \"Hẻm\" Cao Thắng\nlầu 2", binh.curStreet());

        ReviewImport.Parsed reordered = parse("email;gioi_tinh;ngay_sinh;ho_ten;so_dinh_danh;phuong_xa_hien_tai;dia_chi_hien_tai\n"
                + "c@example.com;Nữ;1/2/2024;Lê Thị Cúc;079 324 000 103;Phường Tân Định;9 Hai Bà Trưng\n");
        assertEquals(List.of(), reordered.refused());
        assertEquals("079324000103", reordered.rows().get(0).personalId());

        ReviewImport.Parsed vietnamese = parse("Số định danh,Họ tên,Ngày sinh,Giới tính,Phường xã hiện tại,Địa chỉ hiện tại,Email\n"
                + "079324000104,Đỗ Thị Dung,3/4/2024,Nữ,Phường Đa Kao,7 Mạc Đĩnh Chi,dung@example.com\n");
        assertEquals(List.of(), vietnamese.refused());
        assertEquals("Đỗ Thị Dung", vietnamese.rows().get(0).childName());
    }

    @Test
    void everyBadRowIsRefusedWithItsLineAndEveryReason() {
        ReviewImport.Parsed p = parse(HEADER
                + "079224000201,Nguyễn Văn Đúng,14/03/2024,Nam,Phường A,1 Đường A,,,dung@example.com\n"
                + "12345,Sai Số,14/03/2024,Nam,Phường A,1 Đường A,,,a@example.com\n"
                + "079324000202,Sai Giới Tính Và Năm,14/03/2023,Nam,Phường A,1 Đường A,,,b@example.com\n"
                + "079224000203,Thư Sai,14/03/2024,Nam,Phường A,1 Đường A,,,không-phải-thư\n"
                + "\n"
                + "079224000201,Trùng Dòng Hai,14/03/2024,Nam,Phường A,1 Đường A,,,c@example.com\n"
                + "079224000204,Ngày Sai,31/02/2024,Nam,,1 Đường A,,,d@example.com\n"
                + "079224000205,Thừa Cột,14/03/2024,Nam,Phường A,1 Đường A,,,e@example.com,thừa\n");
        assertEquals(1, p.rows().size());
        List<ReviewImport.Refused> r = p.refused();
        assertEquals(List.of(3, 4, 5, 7, 8, 9), r.stream().map(ReviewImport.Refused::line).toList());
        assertEquals(List.of("admission.id.format"), keys(r.get(0)));
        assertEquals(List.of("admission.id.year", "admission.id.sex"), keys(r.get(1)));
        assertEquals(List.of("admission.review.import.email"), keys(r.get(2)));
        assertEquals(List.of("không-phải-thư"), r.get(2).reasons().get(0).args());
        assertEquals(List.of("admission.review.import.duplicate"), keys(r.get(3)));
        assertEquals(List.of(2), r.get(3).reasons().get(0).args());
        assertEquals(List.of("admission.review.import.date", "admission.review.import.address"), keys(r.get(4)));
        assertEquals(List.of("admission.review.import.columns"), keys(r.get(5)));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        assertEquals("admission.review.import.header", assertThrows(FieldErrors.class,
                () -> parse("ma,ten\n1,2\n")).errors().get("csv").key());
        assertEquals("admission.review.import.empty", assertThrows(FieldErrors.class,
                () -> parse("  \n")).errors().get("csv").key());
        byte[] windows1258 = {'s', 'o', (byte) 0xD0, (byte) 0xE3, '\n'};
        assertEquals("admission.review.import.encoding", assertThrows(FieldErrors.class,
                () -> ReviewImport.parse(windows1258)).errors().get("csv").key());
    }

    @Test
    void sexIsReadAsPeopleWriteIt() {
        assertEquals(Sex.MALE, ReviewImport.sex("NAM"));
        assertEquals(Sex.FEMALE, ReviewImport.sex("Nữ"));
        assertEquals(Sex.FEMALE, ReviewImport.sex("nu"));
        assertNull(ReviewImport.sex("khác"));
        assertTrue(ReviewImport.header().startsWith("so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh"));
    }

    @Test
    void theGradeFiveListNeedsEachPupilsPrimarySchoolAndResultAndKeepsTheGoodRows() {
        String text = ReviewImport.gradeFiveHeader() + "\n"
                + "079216000101,Nguyễn Văn An,14/03/2016,Nam,Phường Xuân Hòa,12 Pasteur,,,an@example.com,"
                + "Trường Tiểu học Nguyễn Huệ,Hoàn thành chương trình tiểu học\n"
                + "079316000102,Trần Thị Bình,02/05/2016,Nữ,Phường Bàn Cờ,3 Cao Thắng,,,binh@example.com,,\n"
                + "079216000103,Lê Văn Cường,31/12/2016,Nam,Phường Tân Định,1 Hai Bà Trưng,,,cuong@example.com,"
                + "Trường Tiểu học Kim Đồng,Hoàn thành chương trình tiểu học\n";
        ReviewImport.Parsed p = ReviewImport.parse(text.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(List.of(2, 4), p.rows().stream().map(ReviewImport.Row::line).toList());
        assertEquals("Trường Tiểu học Nguyễn Huệ", p.rows().get(0).primarySchool());
        assertEquals(1, p.refused().size());
        assertEquals(3, p.refused().get(0).line());
        assertEquals(List.of("admission.review.import.primary"), keys(p.refused().get(0)));
        // The same file for a grade 1 round: the two columns are not needed.
        assertEquals(3, ReviewImport.parse(text.getBytes(StandardCharsets.UTF_8), false).rows().size());
        assertTrue(ReviewImport.gradeFiveHeader().endsWith(",email,truong_tieu_hoc,ket_qua"));
    }
}
