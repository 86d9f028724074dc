package vn.edu.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
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

    /**
     * One figure: the year, the item, the row and column (keys and Vietnamese labels), the value,
     * and for a part of a total its rate in per cent (null otherwise).
     */
    public record Figure(String year, String code, String title, String row, String rowLabel, String column,
                         String columnLabel, BigDecimal value, String publishedAt, int version, BigDecimal rate) {
    }

    public List<Figure> figures(SiteInfo site) {
        Locale vi = Locale.forLanguageTag("vi");
        java.util.ArrayList<Figure> out = new java.util.ArrayList<>();
        for (DisclosureSection section : disclosures.publishedSections(site.id())) {
            for (DisclosureService.ItemView view : disclosures.items(site.id(), section.getStartYear())) {
                if (view.published() == null || view.item().getKind() != ItemKind.TABLE) {
                    continue;
                }
                Map<String, BigDecimal> cells = Figures.parse(view.published().getFigures());
                TableKind.Shape shape = DisclosureService.kindOf(view.item(), view.published()).shape(site.level());
                for (String row : shape.rows()) {
                    for (TableKind.Column column : shape.columns()) {
                        BigDecimal value = cells.get(Figures.key(row, column.key()));
                        if (value != null) {
                            BigDecimal rate = column.partOf() == null ? null
                                    : Tables.rate(value, cells.get(Figures.key(row, column.partOf())));
                            out.add(new Figure(section.getLabel(), view.item().getCode(), view.item().getTitle(), row,
                                    DisclosureService.rowLabel(vi, row), column.key(),
                                    Tables.columnLabel(vi, shape, column.key()), value,
                                    ISO.format(view.published().getPublishedAt().atZone(Formats.VIETNAM)),
                                    view.published().getVersionNo(), rate));
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
            JsonObjectBuilder figure = Json.createObjectBuilder().add("schoolYear", f.year()).add("item", f.code())
                    .add("itemTitle", f.title()).add("row", f.row()).add("rowLabel", f.rowLabel()).add("column", f.column())
                    .add("columnLabel", f.columnLabel()).add("value", f.value()).add("publishedAt", f.publishedAt())
                    .add("version", f.version());
            if (f.rate() != null) {
                figure.add("ratePercent", f.rate());
            }
            figures.add(figure);
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("school", site.name()).add("slug", site.slug())
                .add("level", site.level() == null ? "" : site.level().name()).add("figures", figures);
        return root.build().toString();
    }

    public String csv(SiteInfo site) {
        List<List<?>> rows = new java.util.ArrayList<>();
        for (Figure f : figures(site)) {
            rows.add(java.util.Arrays.asList(f.year(), f.code(), f.title(), f.row(), f.rowLabel(), f.column(), f.columnLabel(),
                    f.value(), f.publishedAt(), f.version(), f.rate() == null ? "" : f.rate()));
        }
        return Exports.csv(List.of("school_year", "item", "item_title", "row", "row_label", "column", "column_label", "value",
                "published_at", "version", "rate_percent"), rows);
    }
}
