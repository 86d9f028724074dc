package vn.edu.portal.demo;

import java.nio.charset.StandardCharsets;

/** A one-page PDF naming a document (ASCII title only: the demo does not embed a Vietnamese font). */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] of(String title) {
        String ascii = vn.edu.portal.platform.TextFolding.fold(title).replaceAll("[^a-z0-9 .,/-]", " ");
        String stream = "BT /F1 14 Tf 40 760 Td (" + ascii.toUpperCase(java.util.Locale.ROOT) + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n %n", offset).replace("\r", "").replace(System.lineSeparator(), "\n"));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
