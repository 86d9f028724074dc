package vn.edu.portal.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

/**
 * How a {@link SearchDocument} is laid out in Lucene. Title and text are indexed twice: folded
 * (stored, with offsets, for matching and highlighting) and with their diacritics kept, so that a
 * query typed with the right diacritics ranks exact spellings above merely folded ones.
 */
final class SearchFields {

    static final String KEY = "key";
    static final String SITE_ID = "siteId";
    static final String SITE_NAME = "siteName";
    static final String SITE_SLUG = "siteSlug";
    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "titleExact";
    static final String TEXT = "text";
    static final String TEXT_EXACT = "textExact";
    static final String URL = "url";
    /** Epoch milliseconds: stored for the hit, and as a doc value for the recency boost. */
    static final String PUBLISHED = "published";
    /** Which reindex wrote the document; a reindex ends by deleting what it did not write. */
    static final String REINDEX_STAMP = "reindexStamp";

    /** What a hit needs; the text is read by the highlighter on its own. */
    static final Set<String> HIT_FIELDS = Set.of(KEY, SITE_ID, SITE_NAME, SITE_SLUG, TYPE, TITLE, URL, PUBLISHED);

    /** Offsets in the postings let the highlighter work without analysing the text again. */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType();
    /** Only there to score: no positions, no stored copy. */
    private static final FieldType EXACT_TEXT = new FieldType();

    static {
        HIGHLIGHTED_TEXT.setTokenized(true);
        HIGHLIGHTED_TEXT.setStored(true);
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
        EXACT_TEXT.setTokenized(true);
        EXACT_TEXT.setStored(false);
        EXACT_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        EXACT_TEXT.freeze();
    }

    private SearchFields() {
    }

    /** Folds every field but the two that keep their diacritics. */
    static Analyzer indexAnalyzer() {
        Analyzer exact = VietnameseAnalyzer.keepingDiacritics();
        return new PerFieldAnalyzerWrapper(VietnameseAnalyzer.foldingDiacritics(),
                Map.of(TITLE_EXACT, exact, TEXT_EXACT, exact));
    }

    static Term key(String key) {
        return new Term(KEY, key);
    }

    static Query site(long siteId) {
        return LongField.newExactQuery(SITE_ID, siteId);
    }

    static Query writtenBy(long reindexStamp) {
        return LongPoint.newExactQuery(REINDEX_STAMP, reindexStamp);
    }

    static Document toLucene(SearchDocument source, long reindexStamp) {
        String title = orEmpty(source.title());
        String text = orEmpty(source.text());
        Document document = new Document();
        document.add(new StringField(KEY, source.key(), Field.Store.YES));
        document.add(new LongField(SITE_ID, source.siteId(), Field.Store.YES));
        document.add(new StoredField(SITE_NAME, orEmpty(source.siteName())));
        document.add(new StoredField(SITE_SLUG, orEmpty(source.siteSlug())));
        document.add(new StringField(TYPE, orEmpty(source.type()), Field.Store.YES));
        document.add(new Field(TITLE, title, HIGHLIGHTED_TEXT));
        document.add(new Field(TITLE_EXACT, title, EXACT_TEXT));
        document.add(new Field(TEXT, text, HIGHLIGHTED_TEXT));
        document.add(new Field(TEXT_EXACT, text, EXACT_TEXT));
        document.add(new StoredField(URL, orEmpty(source.url())));
        if (source.published() != null) {
            long millis = source.published().toEpochMilli();
            document.add(new NumericDocValuesField(PUBLISHED, millis));
            document.add(new StoredField(PUBLISHED, millis));
        }
        document.add(new LongPoint(REINDEX_STAMP, reindexStamp));
        return document;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
