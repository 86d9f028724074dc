package vn.edu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph of docs/architecture.md, enforced by scanning the sources: a package may name
 * (import or write out) packages on its own layer or below, never one above it. The upward imports
 * that exist today are listed in {@code architecture/upward-imports.txt}; a new one fails this test,
 * and so does a listed one that is gone (the list only shrinks).
 */
class PackageGraphTest {

    /** The layers, lowest first; packages of one layer may use each other's services. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("platform", 0), Map.entry("theme", 1), Map.entry("notify", 2), Map.entry("tenant", 3),
            Map.entry("security", 4), Map.entry("content", 5), Map.entry("forms", 5),
            Map.entry("calendar", 6), Map.entry("feed", 6), Map.entry("search", 6), Map.entry("disclosure", 6),
            Map.entry("procedure", 6), Map.entry("admission", 6),
            Map.entry("department", 7), Map.entry("dashboard", 7), Map.entry("monitoring", 7),
            Map.entry("demo", 8), Map.entry("startup", 8));

    private static final Path SOURCES = Path.of("src/main/java/vn/edu/portal");
    private static final Pattern NAMED = Pattern.compile("vn\\.edu\\.portal\\.([a-z]+)\\.");

    /** Every "file -> package" where a file names a package above its own, and every package not in {@link #LAYER}. */
    static Set<String> upwardImports(Path root, List<String> unplaced) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String own = relative.substring(0, relative.indexOf('/') < 0 ? 0 : relative.indexOf('/'));
                if (own.isEmpty()) {
                    continue;
                }
                if (!LAYER.containsKey(own)) {
                    unplaced.add(own);
                    continue;
                }
                Matcher m = NAMED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String named = m.group(1);
                    if (!named.equals(own)) {
                        Integer layer = LAYER.get(named);
                        if (layer == null) {
                            unplaced.add(named);
                        } else if (layer > LAYER.get(own)) {
                            found.add(relative + " -> " + named);
                        }
                    }
                }
            }
        }
        return found;
    }

    static Set<String> listed() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = PackageGraphTest.class.getResourceAsStream("/architecture/upward-imports.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    listed.add(entry.replaceAll("\\s+", " "));
                }
            }
        }
        return listed;
    }

    @Test
    void noPackageNamesAPackageAboveIt() throws IOException {
        List<String> unplaced = new ArrayList<>();
        Set<String> found = upwardImports(SOURCES, unplaced);
        assertEquals(List.of(), unplaced.stream().distinct().toList(),
                "packages without a layer: place them in PackageGraphTest.LAYER and docs/architecture.md");
        Set<String> listed = listed();
        Set<String> added = new TreeSet<>(found);
        added.removeAll(listed);
        assertEquals(Set.of(), added, "new imports of a package above: route through a contract (tenant.web.SiteRoutes),"
                + " move the code, or (with a reason) list them in architecture/upward-imports.txt");
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(found);
        assertEquals(Set.of(), gone, "no longer there: remove these lines from architecture/upward-imports.txt");
    }

    @Test
    void theScanSeesAnUpwardImport() throws IOException {
        Path root = Files.createTempDirectory("graph");
        Files.createDirectories(root.resolve("tenant"));
        Files.writeString(root.resolve("tenant/Router.java"),
                "package vn.edu.portal.tenant;\nimport vn.edu.portal.admission.AdmissionRounds;\nclass Router {}\n");
        Files.createDirectories(root.resolve("department"));
        Files.writeString(root.resolve("department/Page.java"),
                "package vn.edu.portal.department;\nimport vn.edu.portal.tenant.SiteInfo;\nclass Page {}\n");
        List<String> unplaced = new ArrayList<>();
        assertEquals(Set.of("tenant/Router.java -> admission"), upwardImports(root, unplaced));
        assertTrue(unplaced.isEmpty());
    }
}
