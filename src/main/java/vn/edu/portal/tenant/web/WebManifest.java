package vn.edu.portal.tenant.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.IntFunction;
import vn.edu.portal.tenant.SiteInfo;

/**
 * A site's web app manifest ({@code <base>manifest.webmanifest}): its name, colour and icons, so a
 * phone that adds the school to its home screen shows the school's icon and name.
 */
final class WebManifest {

    /** Prefixes dropped to make the short name a home screen has room for. */
    private static final List<String> PREFIXES = List.of("Trường Mầm non tư thục ", "Trường Mầm non ",
            "Trường Tiểu học ", "Trường THCS và THPT ", "Trường THCS ", "Trường THPT ", "Trường ");

    private WebManifest() {
    }

    static String json(SiteInfo site, String base, String themeColor, String lang, IntFunction<String> icon) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", site.name())
                .add("short_name", shortName(site.name()))
                .add("lang", lang)
                .add("start_url", base)
                .add("scope", base)
                .add("display", "minimal-ui")
                .add("theme_color", themeColor)
                .add("background_color", "#ffffff")
                .add("icons", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("src", icon.apply(192)).add("sizes", "192x192").add("type", "image/png"))
                        .add(Json.createObjectBuilder().add("src", icon.apply(512)).add("sizes", "512x512").add("type", "image/png")));
        if (site.description() != null && !site.description().isBlank()) {
            json.add("description", site.description());
        }
        return json.build().toString();
    }

    static String shortName(String name) {
        String n = name.strip();
        if (n.startsWith("Sở Giáo dục và Đào tạo ")) {
            return "Sở GD&ĐT " + n.substring("Sở Giáo dục và Đào tạo ".length());
        }
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
                return n.substring(prefix.length());
            }
        }
        return n;
    }
}
