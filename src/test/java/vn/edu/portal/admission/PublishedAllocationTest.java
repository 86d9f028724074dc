package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published allocation and the verifier the public runs ({@code kiem-chung.py}): the same
 * inputs give the same result and digest in Java and in Python, and a changed input line changes
 * the digest.
 */
class PublishedAllocationTest {

    private static final List<String> SCHOOLS = List.of("tha", "thb", "thc");
    private static final List<String> CRITERIA = List.of("CON_THUONG_BINH", "CON_GIAO_VIEN", "ANH_CHI_EM");

    @TempDir
    Path dir;

    /** A random round: children listing one to three schools, groups, criteria of the child and at a school, some released. */
    static List<PublishedAllocation.Row> rows(long seed, int children) {
        Random random = new Random(seed);
        List<PublishedAllocation.Row> rows = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            List<String> prefs = new ArrayList<>(SCHOOLS);
            java.util.Collections.shuffle(prefs, random);
            prefs = prefs.subList(0, 1 + random.nextInt(3));
            List<Integer> groups = prefs.stream().map(p -> 1 + random.nextInt(2)).toList();
            List<String> criteria = new ArrayList<>();
            if (random.nextInt(10) == 0) {
                criteria.add("CON_THUONG_BINH");
            }
            if (random.nextInt(6) == 0) {
                criteria.add("CON_GIAO_VIEN@" + prefs.get(random.nextInt(prefs.size())));
            }
            if (random.nextInt(5) == 0) {
                criteria.add("ANH_CHI_EM@" + prefs.get(0));
            }
            rows.add(new PublishedAllocation.Row(Lottery.lotteryKey("round-key", String.format("0792200%05d", i)), prefs,
                    groups, criteria, random.nextInt(12) == 0));
        }
        return rows;
    }

    static Map<String, Integer> seats() {
        Map<String, Integer> seats = new LinkedHashMap<>();
        seats.put("tha", 20);
        seats.put("thb", 15);
        seats.put("thc", 10);
        return seats;
    }

    @Test
    void theFilesReadBackToTheSameResult() {
        List<PublishedAllocation.Row> rows = rows(1, 80);
        String inputs = PublishedAllocation.inputsText(rows);
        var direct = PublishedAllocation.run(seats(), CRITERIA, "seed", rows, true);
        var read = PublishedAllocation.run(seats(), CRITERIA, "seed", PublishedAllocation.parseInputs(inputs), true);
        assertEquals(direct.text(), read.text());
        assertEquals(direct.digest(), read.digest());
        assertTrue(direct.text().contains(",waiting,"), "some children wait: " + direct.text());
        assertTrue(direct.text().contains(",released,"), direct.text());
    }

    @Test
    void aLotteryKeyTwiceIsRefused() {
        List<PublishedAllocation.Row> rows = new ArrayList<>(rows(2, 3));
        rows.add(rows.get(0));
        assertThrows(IllegalArgumentException.class, () -> PublishedAllocation.run(seats(), CRITERIA, "s", rows, true));
    }

    @Test
    void theVerifierReproducesEveryRoundAndItsDigest() throws Exception {
        for (long round = 1; round <= 4; round++) {
            List<PublishedAllocation.Row> rows = rows(round, 20 + (int) round * 25);
            String secret = "bi-mat-" + round;
            String publicValue = String.format("%06d", round * 12345);
            String seed = Lottery.seed(secret, publicValue);
            boolean preferences = round != 3;
            var result = PublishedAllocation.run(seats(), CRITERIA, seed, rows, preferences);
            Path json = write("round.json", roundJson(secret, publicValue, seed, result.digest(), preferences));
            Path inputs = write("inputs.csv", PublishedAllocation.inputsText(rows));
            Path published = write("result.csv", result.text());
            Run run = verify(json, inputs, published);
            assertEquals(0, run.exit(), run.output());
            assertTrue(run.output().contains(result.digest()), run.output());
            assertTrue(run.output().contains("KHỚP với mã kiểm tra đã công bố"), run.output());

            // One input line changed (a group): the digest is no longer the published one.
            String changed = PublishedAllocation.inputsText(rows).replaceFirst("\n([0-9a-f]{16}),([a-z ]+),1", "\n$1,$2,2");
            assertNotEquals(PublishedAllocation.inputsText(rows), changed);
            Run tampered = verify(json, write("inputs.csv", changed), null);
            assertEquals(1, tampered.exit(), tampered.output());
            assertTrue(tampered.output().contains("KHÁC mã kiểm tra đã công bố"), tampered.output());
        }
    }

    @Test
    void theVerifierRefusesASecretThatIsNotTheCommittedOne() throws Exception {
        List<PublishedAllocation.Row> rows = rows(9, 30);
        String seed = Lottery.seed("that-secret", "123456");
        var result = PublishedAllocation.run(seats(), CRITERIA, seed, rows, true);
        String json = roundJson("that-secret", "123456", seed, result.digest(), true)
                .replace(Lottery.commitment("that-secret"), Lottery.commitment("another-secret"));
        Run run = verify(write("round.json", json), write("inputs.csv", PublishedAllocation.inputsText(rows)), null);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("Cam kết: KHÔNG KHỚP"), run.output());
    }

    private static String roundJson(String secret, String publicValue, String seed, String digest, boolean preferences) {
        var schools = Json.createArrayBuilder();
        seats().forEach((slug, n) -> schools.add(Json.createObjectBuilder().add("slug", slug).add("seats", n)));
        var criteria = Json.createArrayBuilder();
        CRITERIA.forEach(c -> criteria.add(Json.createObjectBuilder().add("code", c).add("scope",
                c.equals("CON_THUONG_BINH") ? "child" : "school")));
        return Json.createObjectBuilder().add("schoolYear", 2030).add("preferencesAllowed", preferences)
                .add("schools", schools).add("criteria", criteria).add("commitment", Lottery.commitment(secret))
                .add("secret", secret).add("publicValue", publicValue).add("seed", seed).add("resultDigest", digest)
                .build().toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    record Run(int exit, String output) {
    }

    /** Runs the verifier exactly as the portal serves it, with Python 3 (installed by .ci/run). */
    private Run verify(Path json, Path inputs, Path result) throws Exception {
        Path script = dir.resolve("kiem-chung.py");
        try (InputStream in = PublishedAllocationTest.class.getResourceAsStream("/vn/edu/portal/admission/kiem-chung.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), json.toString(), inputs.toString()));
        if (result != null) {
            command.add(result.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier did not finish");
        return new Run(process.exitValue(), output);
    }
}
