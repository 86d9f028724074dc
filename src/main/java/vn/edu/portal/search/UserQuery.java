package vn.edu.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a visitor typed, reduced to words. There is no query syntax: quotes, brackets, {@code AND},
 * {@code *} or {@code title:} are just characters the tokenizer drops or keeps as words, so no
 * input can make a search fail or reach a field it should not.
 */
final class UserQuery {

    /** Longer input is cut at this many characters (at a word boundary where there is one). */
    static final int MAX_LENGTH = 200;
    /** Keeps the query small whatever is pasted into the box; nobody searches with more words. */
    static final int MAX_WORDS = 16;

    private static final float TITLE_BOOST = 3f;
    /** Added on top of the folded match, so exact spelling only reorders what folding found. */
    private static final float EXACT_TITLE_BOOST = 1.5f;
    private static final float EXACT_TEXT_BOOST = 0.5f;
    /** Vietnamese words are runs of syllables: "trường học" side by side means more than apart. */
    private static final float PHRASE_BOOST = 2f;
    /**
     * What each word found adds when not every word is found: far above any one word's score, so a document
     * with more of the words ranks first (a title with one common word ranked above the phrase asked for).
     */
    private static final float WORD_FOUND = 1000f;

    /** Each distinct word as typed (lower case, composed), in order of first appearance. */
    private final List<String> words;
    /** Every word in order, folded, for the phrase boost. */
    private final List<String> foldedSequence;

    private UserQuery(List<String> words, List<String> foldedSequence) {
        this.words = words;
        this.foldedSequence = foldedSequence;
    }

    static UserQuery parse(String input, VietnameseAnalyzer keepingDiacritics) {
        if (input == null || input.isBlank()) {
            return new UserQuery(List.of(), List.of());
        }
        List<String> terms = keepingDiacritics.terms(truncate(input.strip()));
        List<String> sequence = terms.subList(0, Math.min(terms.size(), MAX_WORDS));
        List<String> distinct = List.copyOf(new LinkedHashSet<>(sequence));
        return new UserQuery(distinct, sequence.stream().map(VietnameseAnalyzer::fold).toList());
    }

    static String truncate(String input) {
        if (input.length() <= MAX_LENGTH) {
            return input;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(input.charAt(end - 1))) {
            end--;
        }
        int lastSpace = input.lastIndexOf(' ', end);
        // The word the cut runs through would be a fragment that matches nothing.
        return input.substring(0, lastSpace > 0 ? lastSpace : end);
    }

    /** The words searched, as typed (lower case, composed), one space between. */
    String text() {
        return String.join(" ", words);
    }

    /**
     * The query read without what a Vietnamese keyboard leaves when it is switched off (Telex: a tone letter
     * s, f, r, x, j after the vowels, "aa", "ow", "uw", "dd"; VNI: digits in a word); null when no word has any.
     * Searching is accent-insensitive, so the letters are enough: "truowngf" → "truong", "tru7o72ng" → "truong".
     */
    UserQuery withoutKeyboardMarks(VietnameseAnalyzer keepingDiacritics) {
        List<String> plain = new java.util.ArrayList<>();
        boolean changed = false;
        for (String word : foldedSequence) {
            String p = KeyboardMarks.strip(word);
            changed |= !p.equals(word);
            plain.add(p);
        }
        return changed ? parse(String.join(" ", plain), keepingDiacritics) : null;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int wordCount() {
        return words.size();
    }

    /**
     * Documents with every word, or ({@code everyWord} false) with any of them. Each word may match
     * the title or the text, folded or exactly; the scores add up, so title and exact matches rank first.
     */
    Query matching(boolean everyWord) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            if (everyWord) {
                query.add(anyField(word), Occur.MUST);
            } else {
                query.add(new BooleanQuery.Builder()
                        .add(new BoostQuery(new ConstantScoreQuery(anyField(word)), WORD_FOUND), Occur.SHOULD)
                        .add(anyField(word), Occur.SHOULD).build(), Occur.SHOULD);
            }
        }
        if (!everyWord) {
            query.setMinimumNumberShouldMatch(1);
        }
        return query.build();
    }

    /** Rewards the words side by side in the order typed; null for a single word. */
    Query phraseBoost() {
        if (foldedSequence.size() < 2) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new BoostQuery(new PhraseQuery(SearchFields.TITLE, foldedSequence.toArray(String[]::new)),
                TITLE_BOOST * PHRASE_BOOST), Occur.SHOULD);
        query.add(new BoostQuery(new PhraseQuery(SearchFields.TEXT, foldedSequence.toArray(String[]::new)),
                PHRASE_BOOST), Occur.SHOULD);
        return query.build();
    }

    /**
     * The words to mark in snippets: each folded word in title and text. Simpler than the query that
     * found the document, so marking costs little; every occurrence of a word is marked, side by side or not.
     */
    Query highlighting() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            String folded = VietnameseAnalyzer.fold(word);
            query.add(new TermQuery(new Term(SearchFields.TITLE, folded)), Occur.SHOULD);
            query.add(new TermQuery(new Term(SearchFields.TEXT, folded)), Occur.SHOULD);
        }
        return query.build();
    }

    private static Query anyField(String word) {
        String folded = VietnameseAnalyzer.fold(word);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        fields.add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, folded)), TITLE_BOOST), Occur.SHOULD);
        fields.add(new TermQuery(new Term(SearchFields.TEXT, folded)), Occur.SHOULD);
        fields.add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE_EXACT, word)), EXACT_TITLE_BOOST),
                Occur.SHOULD);
        fields.add(new BoostQuery(new TermQuery(new Term(SearchFields.TEXT_EXACT, word)), EXACT_TEXT_BOOST),
                Occur.SHOULD);
        return fields.build();
    }
}
