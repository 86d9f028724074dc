package vn.edu.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.edu.portal.admission.AdmissionForm;
import vn.edu.portal.forms.FieldType;
import vn.edu.portal.procedure.SubmissionFiles;
import vn.edu.portal.forms.FormField;

/** Malicious uploads: each is refused by the check every upload of the portal goes through. */
class UploadAttacksTest {

    private static final long LIMIT = 5L * 1024 * 1024;
    private static final FormField ATTACHMENT = new FormField("f", FieldType.FILE, "Tệp", "", true, null, null, null,
            false, List.of("pdf", "image", "docx"), 0);

    private static String refusedAsImage(byte[] data) {
        return assertThrows(FieldErrors.class, () -> ImageUpload.check("f", data, LIMIT)).errors().get("f").key();
    }

    private static String refusedAsDocument(byte[] data) {
        return assertThrows(FieldErrors.class, () -> DocumentUpload.check("f", data, LIMIT)).errors().get("f").key();
    }

    private static void refusedAsAttachment(byte[] data) {
        assertThrows(FieldErrors.class, () -> SubmissionFiles.policy(ATTACHMENT.fileTypes()).check("f", data, LIMIT));
    }

    private static String refusedAsPaper(byte[] data) {
        return assertThrows(FieldErrors.class, () -> AdmissionForm.PAPERS.check("f", data, LIMIT)).errors().get("f").key();
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void svgWithScriptIsNeitherAnImageNorADocument() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("upload.notImage", refusedAsImage(svg));
        assertEquals("upload.notDocument", refusedAsDocument(svg));
        refusedAsAttachment(svg);
    }

    @Test
    void htmlRenamedToAnImageOrAPdfIsRefused() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("upload.notImage", refusedAsImage(html));
        assertEquals("upload.notDocument", refusedAsDocument(html));
        refusedAsAttachment(html);
    }

    @Test
    void aGifJavascriptPolyglotDoesNotDecodeAsAnImage() {
        byte[] polyglot = "GIF89a/*\u0001\u0001\u0000\u0000*/=alert(1);//".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("upload.notImage", refusedAsImage(polyglot));
        refusedAsAttachment(polyglot);
    }

    @Test
    void anImageHeaderClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = vn.edu.portal.platform.TestImages.pngWithDeclaredSize(50_000, 50_000);
        String key = refusedAsImage(png);
        assertEquals(true, key.equals("upload.imageDimensions") || key.equals("photo.dimensions") || key.equals("upload.notImage"), key);
    }

    @Test
    void aZipBombIsNotAnOfficeDocument() throws IOException {
        byte[] bomb = vn.edu.portal.it.Samples.docxBomb();
        assertEquals(true, bomb.length < LIMIT, "small on the wire: " + bomb.length);
        assertEquals("upload.notDocument", refusedAsDocument(bomb));
        refusedAsAttachment(bomb);
    }

    @Test
    void pathTraversalInsideAnArchiveIsRefusedAndAPlainDocumentPasses() throws IOException {
        assertEquals("upload.notDocument", refusedAsDocument(zip("[Content_Types].xml", "word/../../../etc/cron.d/x")));
        assertEquals("docx", DocumentUpload.check("f", zip("[Content_Types].xml", "word/document.xml"), LIMIT).extension());
        assertEquals("upload.notDocument", refusedAsDocument(zip("a.txt", "b.txt")));
    }

    @Test
    void oversizedFilesAreRefusedWhateverTheyAre() {
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertEquals("upload.tooLarge", refusedAsDocument(big));
        assertEquals("upload.tooLarge", refusedAsImage(big));
    }

    @Test
    void aParentsPaperGetsTheSameChecksAsEveryOtherUpload() throws IOException {
        byte[] huge = vn.edu.portal.platform.TestImages.pngWithDeclaredSize(50_000, 50_000);
        String key = refusedAsPaper(huge);
        assertEquals(true, key.equals("upload.imageDimensions") || key.equals("photo.dimensions") || key.equals("upload.notImage"), key);
        byte[] truncated = java.util.Arrays.copyOf(vn.edu.portal.platform.TestImages.pngWithDeclaredSize(40, 40), 30);
        refusedAsPaper(truncated);
        assertEquals("admission.upload.type", refusedAsPaper("GIF89a/*\u0001\u0001\u0000\u0000*/=alert(1);//"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("admission.upload.type", refusedAsPaper("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("admission.upload.type", refusedAsPaper(zip("[Content_Types].xml", "word/document.xml")));
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "png", png);
        assertEquals("png", AdmissionForm.PAPERS.check("f", png.toByteArray(), LIMIT).extension());
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "gif", gif);
        assertEquals("admission.upload.type", refusedAsPaper(gif.toByteArray()), "a GIF is not a photo of a paper");
        byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("pdf", AdmissionForm.PAPERS.check("f", pdf, LIMIT).extension());
    }
}
