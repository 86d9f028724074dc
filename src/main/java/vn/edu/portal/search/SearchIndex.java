package vn.edu.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * The search index of every site, in one Lucene directory. Each document carries its site, and a
 * search for one site filters on it inside the query, so a site's results never include, count or
 * rank against another site's documents.
 *
 * <p>Safe for concurrent use: one writer and searchers shared through a {@link SearcherManager}.
 * Changes become visible on {@link #refresh()}, which {@link SearchService} calls in the background.
 * The caller owns the directory and closes it after this index.
 */
public class SearchIndex implements AutoCloseable {

    static final int MAX_PAGE_SIZE = 50;
    static final int DEFAULT_PAGE_SIZE = 10;
    /** Deep pages cost a queue of every hit before them; nobody reads result 10,001. */
    static final int MAX_RESULT_WINDOW = 10_000;
    private static final int PROGRESS_EVERY = 500;
    /** Highlighting looks this far into a text; a match further on gets the text's start as snippet. */
    private static final int MAX_HIGHLIGHTED_LENGTH = 100_000;
    private static final String[] HIGHLIGHTED_FIELDS = {SearchFields.TEXT, SearchFields.TITLE};
    private static final long NOT_REINDEXING = 0;
    private static final String COMMITTED_AT = "portal.committedAt";

    private final Analyzer indexAnalyzer = SearchFields.indexAnalyzer();
    private final VietnameseAnalyzer queryAnalyzer = VietnameseAnalyzer.keepingDiacritics();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SnippetFormatter snippets = new SnippetFormatter();
    /** One reindex at a time: each ends by deleting what it did not write. */
    private final Object reindexing = new Object();
    /**
     * Writers hold the read lock while they stamp and add a document; a reindex takes the write lock
     * to change the stamp. So a document saved while a reindex runs carries that reindex's stamp and
     * survives its final sweep, even when the reindex had already written an older copy of it.
     */
    private final ReadWriteLock stampLock = new ReentrantReadWriteLock();
    private long reindexStamp = NOT_REINDEXING;
    /**
     * Keys removed while a reindex runs (an article taken down): what the reindex read of them before
     * is not written. Indexed again meanwhile (put back online), a key leaves the set.
     */
    private final java.util.Set<String> removedWhileReindexing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The same for removals by set while a reindex runs: per site and type ("12|page"), the keys the
     * last {@link #removeOthers} kept (a page unpublished or renamed meanwhile is not written back).
     */
    private final java.util.Map<String, java.util.Set<String>> keptWhileReindexing = new java.util.concurrent.ConcurrentHashMap<>();

    public SearchIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        try {
            searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Adds the document, or replaces the one with the same key. */
    public void index(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        write(document, false);
    }

    /** {@code fromReindex}: what a reindex read, not written if the key was removed since it started. */
    private void write(SearchDocument document, boolean fromReindex) {
        stampLock.readLock().lock();
        try {
            if (fromReindex && takenDownSinceTheReindexBegan(document)) {
                return;
            }
            if (!fromReindex) {
                removedWhileReindexing.remove(document.key());
            }
            writer.updateDocument(SearchFields.key(document.key()), SearchFields.toLucene(document, reindexStamp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stampLock.readLock().unlock();
        }
    }

    /** Removed by key, or left out by the last removal by set of its site and type, since the reindex began. */
    private boolean takenDownSinceTheReindexBegan(SearchDocument document) {
        java.util.Set<String> kept = keptWhileReindexing.get(document.siteId() + "|" + document.type());
        return removedWhileReindexing.contains(document.key()) || kept != null && !kept.contains(document.key());
    }

    public void remove(String key) {
        if (key == null || key.isBlank()) {
            return;
        }
        stampLock.readLock().lock();
        try {
            if (reindexStamp != NOT_REINDEXING) {
                removedWhileReindexing.add(key);
            }
            writer.deleteDocuments(SearchFields.key(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stampLock.readLock().unlock();
        }
    }

    public void removeSite(long siteId) {
        try {
            writer.deleteDocuments(SearchFields.site(siteId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the site's entries of one type except those listed: a page renamed, unpublished or
     * deleted leaves no entry under a key nobody writes any more.
     */
    public void removeOthers(long siteId, String type, java.util.Collection<String> keep) {
        org.apache.lucene.search.BooleanQuery.Builder query = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(SearchFields.site(siteId), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchFields.TYPE, type)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER);
        for (String key : keep) {
            query.add(new org.apache.lucene.search.TermQuery(SearchFields.key(key)),
                    org.apache.lucene.search.BooleanClause.Occur.MUST_NOT);
        }
        stampLock.readLock().lock();
        try {
            if (reindexStamp != NOT_REINDEXING) {
                keptWhileReindexing.put(siteId + "|" + type, java.util.Set.copyOf(keep));
            }
            writer.deleteDocuments(query.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stampLock.readLock().unlock();
        }
    }

    /** Makes every change made so far visible to searches, waiting if a refresh is under way. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of the documents that contain every word of {@code query} (or, when none does, any of
     * them), best first: title matches, exact diacritics, words side by side and recent dates rank higher.
     * The query is taken as plain words, at most {@value UserQuery#MAX_WORDS} of its first
     * {@value UserQuery#MAX_LENGTH} characters; one without words gives an empty page.
     *
     * @param siteId   the only site to search, or null for every site
     * @param page     from 1; lower values mean 1
     * @param pageSize at most {@value #MAX_PAGE_SIZE}; below 1 means {@value #DEFAULT_PAGE_SIZE}
     */
    public SearchPage search(String query, Long siteId, int page, int pageSize) {
        int size = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        int number = Math.max(page, 1);
        UserQuery words = UserQuery.parse(query, queryAnalyzer);
        if (words.isEmpty()) {
            return new SearchPage(List.of(), 0, number, size);
        }
        long offset = (long) (number - 1) * size;
        int window = (int) Math.max(1, Math.min(offset + size, MAX_RESULT_WINDOW));
        Instant now = Instant.now();
        IndexSearcher searcher = acquire();
        try {
            Found found = find(searcher, words, siteId, window, now);
            String readAs = null;
            if (found.top().totalHits.value == 0 || found.partial()) {
                // Typed with the Vietnamese keyboard switched off: "truowngf", "hocj phis", "tru7o72ng". Read so, the
                // words replace what was found when they find more: something where nothing was, every word where some.
                UserQuery plain = words.withoutKeyboardMarks(queryAnalyzer);
                if (plain != null) {
                    Found again = find(searcher, plain, siteId, window, now);
                    if (again.top().totalHits.value > 0 && (found.top().totalHits.value == 0 || !again.partial())) {
                        found = again;
                        words = plain;
                        readAs = plain.text();
                    }
                }
            }
            TopDocs top = found.top();
            ScoreDoc[] shown = offset < top.scoreDocs.length
                    ? Arrays.copyOfRange(top.scoreDocs, (int) offset, top.scoreDocs.length)
                    : new ScoreDoc[0];
            return new SearchPage(hits(searcher, words.highlighting(), shown), top.totalHits.value, number, size,
                    found.partial(), readAs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Replaces everything in the index with {@code documents}. Searches keep working meanwhile: each
     * document replaces its old copy as it comes, and what the documents no longer include goes at
     * the end. If the iterator fails, the index keeps the old copies of what it had not reached.
     *
     * @param progress told the count so far every {@value #PROGRESS_EVERY} documents and at the end
     */
    public void reindex(Iterator<SearchDocument> documents, IntConsumer progress) {
        replace(new MatchAllDocsQuery(), null, documents, progress);
        contents = CONTENTS; // a whole rebuild holds every kind there is; the next commit says so
    }

    /**
     * What kinds of documents a whole rebuild puts in the index: an index built before a kind was added
     * ({@code procedure}, 2026-12-07) is rebuilt at start ({@code SearchIndexing.catchUp}).
     */
    public static final String CONTENTS = "article,page,document,procedure";
    private static final String CONTENTS_KEY = "portal.contents";
    private volatile String contents;

    /** The kinds of documents of the last whole rebuild this index had, "" when it does not say. */
    public String contents() {
        if (contents == null) {
            contents = "";
            for (var entry : writer.getLiveCommitData()) {
                if (CONTENTS_KEY.equals(entry.getKey())) {
                    contents = entry.getValue();
                }
            }
        }
        return contents;
    }

    /** Like {@link #reindex}, for one site: other sites' documents stay as they are. */
    public void reindexSite(long siteId, Iterator<SearchDocument> documents, IntConsumer progress) {
        replace(SearchFields.site(siteId), siteId, documents, progress);
    }

    /** How many documents searches see now (changes since the last refresh not included). */
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Commits what was written and closes the index; the directory stays open. */
    @Override
    public void close() {
        try (writer) {
            searchers.close();
            if (writer.isOpen()) {
                commitStamped(); // the closing commit carries the stamp and the contents, not the last commit's
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far survive a restart; costs disk syncs, so not after every change. */
    void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                commitStamped();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every commit records when it was made: at start, changes since then are replayed from the change log. */
    private void commitStamped() throws IOException {
        writer.setLiveCommitData(java.util.Map.of(COMMITTED_AT, String.valueOf(System.currentTimeMillis()),
                CONTENTS_KEY, contents()).entrySet());
        writer.commit();
    }

    /** When the index on disk was last committed (epoch millis), 0 if it does not say. */
    long committedAt() {
        for (var entry : writer.getLiveCommitData()) {
            if (COMMITTED_AT.equals(entry.getKey())) {
                try {
                    return Long.parseLong(entry.getValue());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private void replace(Query scope, Long siteId, Iterator<SearchDocument> documents, IntConsumer progress) {
        Objects.requireNonNull(documents, "documents");
        IntConsumer report = progress == null ? count -> { } : progress;
        synchronized (reindexing) {
            long stamp = newStamp();
            try {
                int count = 0;
                while (documents.hasNext()) {
                    SearchDocument document = documents.next();
                    if (siteId != null && document.siteId() != siteId) {
                        throw new IllegalArgumentException("Document " + document.key() + " belongs to site "
                                + document.siteId() + ", not to site " + siteId + " that is being reindexed");
                    }
                    write(document, true);
                    count++;
                    if (count % PROGRESS_EVERY == 0) {
                        report.accept(count);
                    }
                }
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(scope, Occur.FILTER)
                        .add(SearchFields.writtenBy(stamp), Occur.MUST_NOT)
                        .build());
                commitStamped();
                refresh();
                if (count % PROGRESS_EVERY != 0 || count == 0) {
                    report.accept(count);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                setStamp(NOT_REINDEXING);
                removedWhileReindexing.clear();
                keptWhileReindexing.clear();
            }
        }
    }

    private long newStamp() {
        removedWhileReindexing.clear();
        keptWhileReindexing.clear();
        long stamp;
        do {
            stamp = ThreadLocalRandom.current().nextLong();
        } while (stamp == NOT_REINDEXING);
        setStamp(stamp);
        return stamp;
    }

    private void setStamp(long stamp) {
        stampLock.writeLock().lock();
        try {
            reindexStamp = stamp;
        } finally {
            stampLock.writeLock().unlock();
        }
    }

    /** The type of a school's copy of a procedure the department offers it ({@code search.web.SearchIndexing}). */
    public static final String SHARED_PROCEDURE = "procedure-shared";

    private static Query scoped(UserQuery words, boolean everyWord, Long siteId) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.matching(everyWord), Occur.MUST);
        Query phrase = words.phraseBoost();
        if (phrase != null) {
            query.add(phrase, Occur.SHOULD);
        }
        if (siteId != null) {
            query.add(SearchFields.site(siteId), Occur.FILTER);
        } else {
            // The department's procedures are found on each school's site; across every site, once (the department's).
            query.add(new TermQuery(new Term(SearchFields.TYPE, SHARED_PROCEDURE)), Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The best {@code window} hits, and the exact total rather than Lucene's "at least 1,000". */
    private record Found(TopDocs top, boolean partial) {
    }

    /**
     * Every word first, so "tuyển sinh lớp 10" does not list every page that says "lớp"; when no document
     * has them all, a page of near misses beats an empty one, those with the most words first.
     */
    private Found find(IndexSearcher searcher, UserQuery words, Long siteId, int window, Instant now) throws IOException {
        TopDocs top = searcher.search(ranked(scoped(words, true, siteId), now), everyHitCounted(window));
        if (top.totalHits.value == 0 && words.wordCount() > 1) {
            top = searcher.search(ranked(scoped(words, false, siteId), now), everyHitCounted(window));
            return new Found(top, top.totalHits.value > 0);
        }
        return new Found(top, false);
    }

    private static TopScoreDocCollectorManager everyHitCounted(int window) {
        return new TopScoreDocCollectorManager(window, Integer.MAX_VALUE);
    }

    private static Query ranked(Query matching, Instant now) {
        return FunctionScoreQuery.boostByValue(matching, new RecencyBoost(now));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query highlighting, ScoreDoc[] shown) throws IOException {
        if (shown.length == 0) {
            return List.of();
        }
        int[] docIds = Arrays.stream(shown).mapToInt(hit -> hit.doc).toArray();
        int[] onePassageEach = {1, 1};
        Map<String, String[]> highlights = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(snippets)
                .withBreakIterator(SnippetFormatter::passageBoundaries)
                .withMaxLength(MAX_HIGHLIGHTED_LENGTH)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .build()
                .highlightFields(HIGHLIGHTED_FIELDS, highlighting, docIds, onePassageEach);
        String[] textSnippets = highlights.get(SearchFields.TEXT);
        String[] titleSnippets = highlights.get(SearchFields.TITLE);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Document document = stored.document(docIds[i], SearchFields.HIT_FIELDS);
            String snippet = textSnippets[i] != null ? textSnippets[i] : titleSnippets[i];
            if (snippet == null) {
                String text = stored.document(docIds[i], Set.of(SearchFields.TEXT)).get(SearchFields.TEXT);
                snippet = SnippetFormatter.leading(text.isBlank() ? document.get(SearchFields.TITLE) : text);
            }
            hits.add(toHit(document, snippet));
        }
        return hits;
    }

    private static SearchHit toHit(Document document, String snippet) {
        IndexableField published = document.getField(SearchFields.PUBLISHED);
        return new SearchHit(
                document.get(SearchFields.KEY),
                document.getField(SearchFields.SITE_ID).numericValue().longValue(),
                document.get(SearchFields.SITE_NAME),
                document.get(SearchFields.SITE_SLUG),
                document.get(SearchFields.TYPE),
                document.get(SearchFields.TITLE),
                snippet,
                document.get(SearchFields.URL),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()));
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
