package vn.edu.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * Search latency on a portal-sized index: 100,000 generated articles over 1,000 sites in a
 * temporary directory on disk, then 1,000 random queries of one to three words, half of them
 * scoped to a site. Prints the figures; it is a benchmark, not a test, and never fails a build.
 *
 * <p>Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:<dependencies> vn.edu.portal.search.SearchBench}
 */
public final class SearchBench {

    private static final int ARTICLES = 100_000;
    private static final int SITES = 1_000;
    private static final int QUERIES = 1_000;
    /** Queries run first and not measured, so the figures show a warm server rather than the JIT at work. */
    private static final int WARM_UP_QUERIES = 300;

    private static final String[] VOCABULARY = (
            "trường học sinh khai giảng năm tuyển lớp thông báo hội thi giáo viên phụ huynh kế hoạch "
            + "kết quả điểm chuẩn đăng ký hồ sơ lịch nghỉ tết hè quyết định công văn hướng dẫn ban giám hiệu "
            + "đoàn đội thiếu niên tiền phong văn nghệ thể thao bóng đá cầu lông chạy bơi an toàn giao thông "
            + "phòng chống dịch bệnh sức khỏe y tế bảo hiểm học phí miễn giảm khen thưởng kỷ luật "
            + "tốt nghiệp trung học phổ thông cơ sở tiểu mầm non quận huyện tỉnh sở giáo dục đào tạo "
            + "chương trình sách giáo khoa môn toán văn tiếng anh vật lý hóa sinh lịch sử địa lý tin "
            + "thư viện phòng máy sân trường cơ sở vật chất xây dựng sửa chữa ngân sách công khai minh bạch "
            + "đại hội chi bộ công đoàn nữ công chuyên đề sinh hoạt chuyên môn dự giờ thao giảng "
            + "ngoại khóa tham quan dã ngoại trải nghiệm sáng tạo khoa học kỹ thuật robot câu lạc bộ "
            + "đồng phục nội quy bán trú xe đưa đón căng tin dinh dưỡng bữa trưa tư vấn tâm lý hướng nghiệp "
            + "thủ khoa học bổng olympic cấp tỉnh quốc gia giải nhất nhì ba khuyến khích tuyên dương").split(" ");

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        Path location = Files.createTempDirectory("search-bench");
        try (FSDirectory directory = FSDirectory.open(location); SearchIndex index = new SearchIndex(directory)) {
            long indexStart = System.nanoTime();
            index.reindex(articles(new Random(42)), count -> { });
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
            System.out.printf("Indexed %,d articles over %,d sites in %.1f s (%.1f MB on disk)%n",
                    index.count(), SITES, indexSeconds, size(location) / 1e6);

            Random random = new Random(7);
            for (int i = 0; i < WARM_UP_QUERIES; i++) {
                runQuery(index, random, i % 2 == 0);
            }
            long[] scoped = new long[QUERIES / 2];
            long[] global = new long[QUERIES - QUERIES / 2];
            long hits = 0;
            for (int i = 0; i < QUERIES; i++) {
                boolean siteScoped = i % 2 == 0;
                long start = System.nanoTime();
                hits += runQuery(index, random, siteScoped);
                long took = System.nanoTime() - start;
                if (siteScoped) {
                    scoped[i / 2] = took;
                } else {
                    global[i / 2] = took;
                }
            }
            long[] all = IntStream.range(0, QUERIES)
                    .mapToLong(i -> i % 2 == 0 ? scoped[i / 2] : global[i / 2]).toArray();
            System.out.printf("%,d queries (1-3 words, first page of 10 with snippets), after %d warm-up queries; "
                    + "average total hits %,d%n", QUERIES, WARM_UP_QUERIES, hits / QUERIES);
            print("all", all);
            print("one site", scoped);
            print("all sites", global);
        } finally {
            try (Stream<Path> files = Files.walk(location)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static long runQuery(SearchIndex index, Random random, boolean siteScoped) {
        int words = 1 + random.nextInt(3);
        String query = String.join(" ", IntStream.range(0, words).mapToObj(i -> word(random)).toList());
        Long siteId = siteScoped ? (long) (1 + random.nextInt(SITES)) : null;
        return index.search(query, siteId, 1, 10).total();
    }

    /** Skewed towards the first words of the vocabulary, as real text is towards common words. */
    private static String word(Random random) {
        double skewed = Math.pow(random.nextDouble(), 2);
        return VOCABULARY[(int) (skewed * VOCABULARY.length)];
    }

    private static Iterator<SearchDocument> articles(Random random) {
        Instant now = Instant.now();
        return IntStream.range(0, ARTICLES).mapToObj(i -> {
            long siteId = 1 + i % SITES;
            String title = sentence(random, 5 + random.nextInt(8));
            StringBuilder text = new StringBuilder();
            int sentences = 5 + random.nextInt(25);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(random, 6 + random.nextInt(14))).append(". ");
            }
            Instant published = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
            return new SearchDocument("article:" + i, siteId, "Trường " + siteId, "truong" + siteId, "article",
                    title, text.toString(), "tin-tuc/bai-" + i, published);
        }).iterator();
    }

    private static String sentence(Random random, int words) {
        String sentence = String.join(" ", IntStream.range(0, words).mapToObj(i -> word(random)).toList());
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-10s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n", label,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }

    private static long size(Path location) throws IOException {
        try (Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}
