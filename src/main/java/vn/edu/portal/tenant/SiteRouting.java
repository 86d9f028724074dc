package vn.edu.portal.tenant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a request finds its site. On the department host, {@code /s/<slug>/...} is a school and
 * everything else the department; {@code <slug>.<domain>} is a school; any other host must be
 * a registered alias. Links stay in the form the request came in: {@link Route#base()}.
 */
public final class SiteRouting {

    /** Where a request goes: a site, the base its links start with, and the path inside it. */
    public record Route(SiteInfo site, String base, String rest, String redirect) {

        public boolean found() {
            return site != null;
        }
    }

    private final String domain;
    private final List<String> departmentHosts;

    public SiteRouting(String domain, List<String> extraHosts) {
        this.domain = domain.toLowerCase(Locale.ROOT);
        this.departmentHosts = new java.util.ArrayList<>(extraHosts);
        this.departmentHosts.add(this.domain);
        this.departmentHosts.add("www." + this.domain);
    }

    public static String hostWithoutPort(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    public boolean isDepartmentHost(String host) {
        return departmentHosts.contains(host);
    }

    /**
     * @param host   the Host header without port, lower case
     * @param path   the request path inside the application, starting with "/"
     * @param department asked only for a department host's own page (not on every request: a bean call)
     */
    public Route route(String host, String path, Function<String, Optional<SiteInfo>> bySlug,
                       Function<String, Optional<SiteInfo>> byAlias, Supplier<Optional<SiteInfo>> department) {
        if (isDepartmentHost(host)) {
            if (path.equals("/s") || path.startsWith("/s/")) {
                String tail = path.length() > 3 ? path.substring(3) : "";
                int slash = tail.indexOf('/');
                String slug = slash >= 0 ? tail.substring(0, slash) : tail;
                Optional<SiteInfo> school = bySlug.apply(slug).filter(SiteInfo::isSchool);
                if (school.isEmpty()) {
                    return new Route(null, "/", "", null);
                }
                if (slash < 0) {
                    return new Route(school.get(), "/s/" + slug + "/", "", "/s/" + slug + "/");
                }
                return new Route(school.get(), "/s/" + slug + "/", tail.substring(slash + 1), null);
            }
            return new Route(department.get().orElse(null), "/", path.substring(1), null);
        }
        String suffix = "." + domain;
        if (host.endsWith(suffix)) {
            String slug = host.substring(0, host.length() - suffix.length());
            Optional<SiteInfo> school = slug.contains(".") ? Optional.empty()
                    : bySlug.apply(slug).filter(SiteInfo::isSchool);
            return new Route(school.orElse(null), "/", path.substring(1), null);
        }
        return new Route(byAlias.apply(host).orElse(null), "/", path.substring(1), null);
    }
}
