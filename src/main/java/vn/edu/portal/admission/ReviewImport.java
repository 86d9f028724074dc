package vn.edu.portal.admission;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.edu.portal.platform.EmailAddress;
import vn.edu.portal.platform.FieldErrors;
import vn.edu.portal.platform.TextFolding;

/**
 * The department's file of pre-filled child records for the data review (rà soát dữ liệu): CSV in
 * UTF-8 (a byte-order mark is allowed), comma- or semicolon-separated, fields in double quotes
 * where they hold the separator, a quote or a line break. The first line names the columns, in
 * any order ({@link #COLUMNS}; the permanent address may be left out). Each row is checked on its
 * own and refused with its line number and every reason; good rows are kept.
 */
public final class ReviewImport {

    public static final String ID = "so_dinh_danh";
    public static final String NAME = "ho_ten";
    public static final String BIRTH_DATE = "ngay_sinh";
    public static final String SEX = "gioi_tinh";
    public static final String CUR_WARD = "phuong_xa_hien_tai";
    public static final String CUR_STREET = "dia_chi_hien_tai";
    public static final String PERM_WARD = "phuong_xa_thuong_tru";
    public static final String PERM_STREET = "dia_chi_thuong_tru";
    public static final String EMAIL = "email";
    /** Grade 6: the primary school finished and its result (the sector database's grade-5 list). */
    public static final String PRIMARY_SCHOOL = "truong_tieu_hoc";
    public static final String PRIMARY_RESULT = "ket_qua";
    public static final List<String> COLUMNS = List.of(ID, NAME, BIRTH_DATE, SEX, CUR_WARD, CUR_STREET, PERM_WARD,
            PERM_STREET, EMAIL, PRIMARY_SCHOOL, PRIMARY_RESULT);
    private static final Set<String> OPTIONAL = Set.of(PERM_WARD, PERM_STREET, PRIMARY_SCHOOL, PRIMARY_RESULT);
    /** A department's year fits in a few files; beyond this, split the file (by district, say). */
    public static final int MAX_ROWS = 200_000;

    /** One good row, ready to be stored. */
    public record Row(int line, String personalId, String childName, LocalDate birthDate, Sex sex, String curWard,
            String curStreet, String permWard, String permStreet, String email, String primarySchool, String primaryResult) {
    }

    /** Why a row was refused: a message key and its arguments. */
    public record Reason(String key, List<Object> args) {
        static Reason of(String key, Object... args) {
            return new Reason(key, List.of(args));
        }
    }

    public record Refused(int line, List<Reason> reasons) {
    }

    public record Parsed(List<Row> rows, List<Refused> refused) {
    }

    private ReviewImport() {
    }

    /** The header line a department can start its file from (grade 1: without the primary school's columns). */
    public static String header() {
        return String.join(",", COLUMNS.subList(0, COLUMNS.indexOf(PRIMARY_SCHOOL)));
    }

    /** The grade-5 list's header: the review's columns and the primary school and its result. */
    public static String gradeFiveHeader() {
        return String.join(",", COLUMNS);
    }

    /** Reads a file; for a grade 6 round ({@code gradeFive}) each row must name its primary school and result. */
    public static Parsed parse(byte[] data, boolean gradeFive) {
        Parsed parsed = parse(data);
        if (!gradeFive) {
            return parsed;
        }
        List<Row> rows = new ArrayList<>();
        List<Refused> refused = new ArrayList<>(parsed.refused());
        for (Row row : parsed.rows()) {
            if (row.primarySchool() == null || row.primaryResult() == null) {
                refused.add(new Refused(row.line(), List.of(Reason.of("admission.review.import.primary"))));
            } else {
                rows.add(row);
            }
        }
        refused.sort(java.util.Comparator.comparingInt(Refused::line));
        return new Parsed(rows, refused);
    }

    /**
     * Reads and checks the file. A file that cannot be read as a whole (not UTF-8, no usable
     * header, too many rows) is refused on the field {@code csv}; otherwise every row is either
     * good or refused. A number seen on an earlier line is refused as a duplicate of that line.
     */
    public static Parsed parse(byte[] data) {
        String text = decode(data);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw FieldErrors.of("csv", "admission.review.import.empty");
        }
        char separator = separator(text);
        List<CsvRecord> records = records(text, separator);
        List<String> header = records.get(0).fields().stream()
                .map(h -> TextFolding.fold(h).replace(' ', '_')).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw FieldErrors.of("csv", "admission.review.import.header", String.join(", ", missing), header());
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw FieldErrors.of("csv", "admission.review.import.tooMany", MAX_ROWS);
        }
        List<Row> rows = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            // Missing trailing fields read as empty; extra ones must be empty (a trailing separator).
            if (record.fields().subList(Math.min(header.size(), record.fields().size()), record.fields().size())
                    .stream().anyMatch(f -> !f.isBlank())) {
                reasons.add(Reason.of("admission.review.import.columns", record.fields().size(), header.size()));
                refused.add(new Refused(record.line(), reasons));
                continue;
            }
            Row row = row(record, column, reasons);
            if (row != null && seen.containsKey(row.personalId())) {
                reasons.add(Reason.of("admission.review.import.duplicate", seen.get(row.personalId())));
            }
            if (reasons.isEmpty()) {
                seen.put(row.personalId(), row.line());
                rows.add(row);
            } else {
                refused.add(new Refused(record.line(), reasons));
            }
        }
        return new Parsed(rows, refused);
    }

    private static Row row(CsvRecord record, Map<String, Integer> column, List<Reason> reasons) {
        String id = PersonalId.normalise(value(record, column, ID));
        String name = value(record, column, NAME).replaceAll("\\s+", " ");
        String typedDate = value(record, column, BIRTH_DATE);
        LocalDate birth = AdmissionService.date(typedDate);
        Sex sex = sex(value(record, column, SEX));
        String curWard = value(record, column, CUR_WARD);
        String curStreet = value(record, column, CUR_STREET);
        String permWard = value(record, column, PERM_WARD);
        String permStreet = value(record, column, PERM_STREET);
        String typedEmail = value(record, column, EMAIL);
        String primarySchool = value(record, column, PRIMARY_SCHOOL);
        String primaryResult = value(record, column, PRIMARY_RESULT);
        if (primarySchool.length() > 200 || primaryResult.length() > 100) {
            reasons.add(Reason.of("admission.review.import.primary"));
        }
        for (PersonalId.Problem problem : PersonalId.check(id, birth, sex)) {
            reasons.add(Reason.of(problem.key));
        }
        if (name.isEmpty() || name.length() > 120) {
            reasons.add(Reason.of("admission.review.import.name"));
        }
        if (birth == null) {
            reasons.add(Reason.of("admission.review.import.date", typedDate));
        }
        if (sex == null) {
            reasons.add(Reason.of("admission.review.import.sex", value(record, column, SEX)));
        }
        if (curWard.isEmpty() || curWard.length() > 100 || curStreet.isEmpty() || curStreet.length() > 200
                || permWard.length() > 100 || permStreet.length() > 200) {
            reasons.add(Reason.of("admission.review.import.address"));
        }
        var email = EmailAddress.parse(typedEmail);
        if (email.isEmpty()) {
            reasons.add(Reason.of("admission.review.import.email", typedEmail));
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        return new Row(record.line(), id, name, birth, sex, curWard, curStreet, permWard.isEmpty() ? null : permWard,
                permStreet.isEmpty() ? null : permStreet, email.get(), primarySchool.isEmpty() ? null : primarySchool,
                primaryResult.isEmpty() ? null : primaryResult);
    }

    private static String value(CsvRecord record, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= record.fields().size()) {
            return "";
        }
        // Spreadsheets may write decomposed accents; names are compared in composed form.
        return Normalizer.normalize(record.fields().get(i), Normalizer.Form.NFC).strip();
    }

    /** Nam / Nữ as people write them (also M / F and the codes MALE / FEMALE). */
    static Sex sex(String typed) {
        return switch (TextFolding.fold(typed).toLowerCase(Locale.ROOT)) {
            case "nam", "m", "male" -> Sex.MALE;
            case "nu", "f", "female" -> Sex.FEMALE;
            default -> null;
        };
    }

    private static String decode(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw FieldErrors.of("csv", "admission.review.import.encoding");
        }
    }

    /** Semicolons where the header has more of them than commas (spreadsheets set to a comma decimal). */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    record CsvRecord(int line, List<String> fields) {
    }

    /** RFC 4180 records, each with the line it starts on (quoted fields may span lines). */
    static List<CsvRecord> records(String text, char separator) {
        List<CsvRecord> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean inQuotes = false;
            boolean quoted = false;
            while (true) {
                if (i >= n) {
                    fields.add(quoted ? field.toString() : field.toString().strip());
                    break;
                }
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        inQuotes = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    i++;
                } else if (c == '"' && field.toString().isBlank() && !quoted) {
                    inQuotes = true;
                    quoted = true;
                    field.setLength(0);
                    i++;
                } else if (c == separator) {
                    fields.add(quoted ? field.toString() : field.toString().strip());
                    field.setLength(0);
                    quoted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    fields.add(quoted ? field.toString() : field.toString().strip());
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    break;
                } else {
                    field.append(c);
                    i++;
                }
            }
            out.add(new CsvRecord(start, fields));
        }
        return out;
    }
}
