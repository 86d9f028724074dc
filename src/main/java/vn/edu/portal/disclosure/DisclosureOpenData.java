package vn.edu.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.portal.platform.Exports;
import vn.edu.portal.platform.Formats;
import vn.edu.portal.platform.Texts;
import vn.edu.portal.tenant.SiteInfo;

/**
 * A school's published disclosure figures (the current version of every table item, every
 * published year) as JSON and CSV: aggregates only, never a draft.
 */
@ApplicationScoped
public class DisclosureOpenData {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    DisclosureService disclosures;

    /** One figure: the year, the item, the row and column (keys and Vietnamese labels) and the value. */
    public record Figure(String year, String code, String title, String row, String rowLabel, String column,
                         String columnLabel, long value, String publishedAt, int version) {
    }

    public List<Figure> figures(SiteInfo site) {
        Locale vi = Locale.forLanguageTag("vi");
        java.util.ArrayList<Figure> out = new java.util.ArrayList<>();
        for (DisclosureSection section : disclosures.publishedSections(site.id())) {
            for (DisclosureService.ItemView view : disclosures.items(site.id(), section.getStartYear())) {
                if (view.published() == null || view.item().getKind() != ItemKind.TABLE) {
                    continue;
                }
                Map<String, Long> cells = Figures.parse(view.published().getFigures());
                TableKind kind = view.item().getTableKind();
                for (String row : kind.rows(site.level())) {
                    for (String column : kind.columns()) {
                        Long value = cells.get(Figures.key(row, column));
                        if (value != null) {
                            out.add(new Figure(section.getLabel(), view.item().getCode(), view.item().getTitle(), row,
                                    DisclosureService.rowLabel(vi, row), column, Texts.get(vi, "disclosure.cell." + column),
                                    value, ISO.format(view.published().getPublishedAt().atZone(Formats.VIETNAM)),
                                    view.published().getVersionNo()));
                        }
                    }
                }
            }
        }
        return out;
    }

    public String json(SiteInfo site) {
        JsonArrayBuilder figures = Json.createArrayBuilder();
        for (Figure f : figures(site)) {
            figures.add(Json.createObjectBuilder().add("schoolYear", f.year()).add("item", f.code()).add("itemTitle", f.title())
                    .add("row", f.row()).add("rowLabel", f.rowLabel()).add("column", f.column())
                    .add("columnLabel", f.columnLabel()).add("value", f.value()).add("publishedAt", f.publishedAt())
                    .add("version", f.version()));
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("school", site.name()).add("slug", site.slug())
                .add("level", site.level() == null ? "" : site.level().name()).add("figures", figures);
        return root.build().toString();
    }

    public String csv(SiteInfo site) {
        List<List<?>> rows = new java.util.ArrayList<>();
        for (Figure f : figures(site)) {
            rows.add(java.util.Arrays.asList(f.year(), f.code(), f.title(), f.row(), f.rowLabel(), f.column(), f.columnLabel(),
                    f.value(), f.publishedAt(), f.version()));
        }
        return Exports.csv(List.of("school_year", "item", "item_title", "row", "row_label", "column", "column_label", "value",
                "published_at", "version"), rows);
    }
}
