package vn.edu.portal.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The themes packaged with the portal (the {@code themes/} folder of the project). */
@ApplicationScoped
public class ThemeRegistry {

    public static final String DEFAULT_THEME = "classic";
    private static final String ROOT = "/WEB-INF/themes/";

    /** Set once at start-up: the packaged files are read from the web application. */
    private volatile ServletContext servletContext;

    private volatile Map<String, Theme> themes;

    public void load(ServletContext context) {
        servletContext = context;
        themes = null;
        themes();
    }

    public List<Theme> all() {
        return themes().values().stream().sorted(Comparator.comparingInt(Theme::order)).toList();
    }

    public Optional<Theme> find(String key) {
        return Optional.ofNullable(key).map(themes()::get);
    }

    /** The site's theme, or the default if its theme was removed from the installation. */
    public Theme resolve(String key) {
        return find(key).orElseGet(() -> themes().get(DEFAULT_THEME));
    }

    private Map<String, Theme> themes() {
        Map<String, Theme> loaded = themes;
        if (loaded == null) {
            Set<String> dirs = servletContext.getResourcePaths(ROOT);
            loaded = dirs == null ? Map.of() : dirs.stream()
                    .map(dir -> read(dir + "theme.properties"))
                    .flatMap(Optional::stream)
                    .collect(Collectors.toUnmodifiableMap(Theme::key, Function.identity()));
            themes = loaded;
        }
        return loaded;
    }

    private Optional<Theme> read(String path) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(new Theme(p.getProperty("key"), p.getProperty("name"),
                    p.getProperty("name.en", p.getProperty("name")), p.getProperty("description", ""),
                    p.getProperty("color", "#1d4f91"), Integer.parseInt(p.getProperty("order", "99"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
