package vn.edu.portal.search;

import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Multiplies a hit's relevance by its freshness: 1 for today, halfway to {@link #FLOOR} after
 * {@link #HALF_LIFE_DAYS}, never below the floor. The floor keeps relevance first: an old page
 * that matches clearly better still beats this week's news that barely matches, while between
 * similar matches the newer wins. A document without a date counts as old.
 */
final class RecencyBoost extends DoubleValuesSource {

    static final double FLOOR = 0.7;
    static final double HALF_LIFE_DAYS = 180;
    private static final double MILLIS_PER_DAY = 86_400_000d;

    private final long nowMillis;

    RecencyBoost(Instant now) {
        this.nowMillis = now.toEpochMilli();
    }

    double boost(long publishedMillis) {
        double ageDays = Math.max(0, nowMillis - publishedMillis) / MILLIS_PER_DAY;
        return FLOOR + (1 - FLOOR) * Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = published.advanceExact(doc) ? boost(published.longValue()) : FLOOR;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return DocValues.isCacheable(context, SearchFields.PUBLISHED);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nowMillis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecencyBoost boost && boost.nowMillis == nowMillis;
    }

    @Override
    public String toString() {
        return "recency(now=" + nowMillis + ")";
    }
}
