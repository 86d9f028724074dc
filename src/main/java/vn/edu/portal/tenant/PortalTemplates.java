package vn.edu.portal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the portal templates packaged under {@code WEB-INF/portal-templates/<key>/}:
 * {@code template.properties}, {@code menu.tsv} (label TAB link), {@code categories.tsv}
 * (slug TAB name), {@code pages.tsv} (slug TAB title) and {@code pages/<slug>.html}.
 */
@ApplicationScoped
public class PortalTemplates {

    private static final String ROOT = "/WEB-INF/portal-templates/";

    /** Set once at start-up: the packaged files are read from the web application. */
    private volatile ServletContext servletContext;

    private volatile List<PortalTemplate> templates;

    public void load(ServletContext context) {
        servletContext = context;
        templates = null;
        all();
    }

    public List<PortalTemplate> all() {
        List<PortalTemplate> loaded = templates;
        if (loaded == null) {
            Set<String> dirs = servletContext.getResourcePaths(ROOT);
            loaded = dirs == null ? List.of() : dirs.stream().sorted()
                    .map(this::read).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(PortalTemplate::level)).toList();
            templates = loaded;
        }
        return loaded;
    }

    public Optional<PortalTemplate> find(String key) {
        return all().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private Optional<PortalTemplate> read(String dir) {
        String manifest = text(dir + "template.properties");
        if (manifest == null) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PortalTemplate.MenuEntry> menu = rows(dir + "menu.tsv").stream()
                .map(r -> new PortalTemplate.MenuEntry(r[0], r[1])).toList();
        List<PortalTemplate.CategoryEntry> categories = rows(dir + "categories.tsv").stream()
                .map(r -> new PortalTemplate.CategoryEntry(r[0], r[1])).toList();
        List<PortalTemplate.PageEntry> pages = rows(dir + "pages.tsv").stream()
                .map(r -> new PortalTemplate.PageEntry(r[0], r[1], Optional.ofNullable(
                        text(dir + "pages/" + r[0] + ".html")).orElse(""))).toList();
        return Optional.of(new PortalTemplate(p.getProperty("key"), p.getProperty("name"),
                SchoolLevel.valueOf(p.getProperty("level")), p.getProperty("theme", "classic"),
                menu, categories, pages));
    }

    private List<String[]> rows(String path) {
        String text = text(path);
        List<String[]> rows = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    if (cells.length >= 2) {
                        rows.add(new String[] {cells[0].trim(), cells[1].trim()});
                    }
                }
            }
        }
        return rows;
    }

    private String text(String path) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
