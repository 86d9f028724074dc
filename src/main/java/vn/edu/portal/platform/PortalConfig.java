package vn.edu.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * The portal's configuration: MicroProfile Config keys {@code portal.*} with defaults for the
 * demo in {@code META-INF/microprofile-config.properties}; environment variables override them.
 */
@ApplicationScoped
public class PortalConfig {

    @Inject
    Config config;

    public String get(String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return config.getOptionalValue(key, Integer.class).orElse(fallback);
    }

    public long getLong(String key, long fallback) {
        return config.getOptionalValue(key, Long.class).orElse(fallback);
    }

    public String databaseUrl() {
        return get("portal.db.url", "");
    }

    /** The embedded H2 database of the demo and of the tests. */
    public boolean embeddedDatabase() {
        return databaseUrl().startsWith("jdbc:h2:");
    }

    /** Demo data is only ever loaded on the embedded database. */
    public boolean demoEnabled() {
        String value = get("portal.demo.enabled", "auto").trim().toLowerCase(Locale.ROOT);
        return embeddedDatabase() && !value.equals("false");
    }

    /** The department's own host name; schools live at {@code <slug>.<domain>}. */
    public String departmentDomain() {
        return get("portal.department.domain", "localhost").trim().toLowerCase(Locale.ROOT);
    }

    public String departmentName() {
        return get("portal.department.name", "Sở Giáo dục và Đào tạo");
    }

    /** Further host names that reach the department site (an IP address, a www. name). */
    public List<String> departmentExtraHosts() {
        return Arrays.stream(get("portal.department.extra-hosts", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    public Path storageDir() {
        return Path.of(get("portal.storage.dir", System.getProperty("java.io.tmpdir") + "/school-portal"));
    }
}
