package vn.edu.portal.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits Vietnamese text into lower-case syllables, and either folds the diacritics away
 * ({@code "Trường Đà Nẵng"} gives {@code truong da nang}) or keeps them. Text typed as decomposed
 * Unicode (a letter followed by combining marks, which some Vietnamese keyboards still produce)
 * gives the same terms as precomposed text, so the two spellings always find each other.
 * Filters only ever rewrite a term in place: offsets keep pointing into the original text, which
 * is what lets the highlighter mark {@code trường} for the query {@code truong}.
 */
final class VietnameseAnalyzer extends Analyzer {

    /** Terms remembered per filter; Vietnamese has a few thousand syllables, names and numbers add more. */
    private static final int MAX_REMEMBERED_TERMS = 20_000;

    private final boolean foldDiacritics;

    private VietnameseAnalyzer(boolean foldDiacritics) {
        this.foldDiacritics = foldDiacritics;
    }

    static VietnameseAnalyzer foldingDiacritics() {
        return new VietnameseAnalyzer(true);
    }

    static VietnameseAnalyzer keepingDiacritics() {
        return new VietnameseAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ColonsAsSpaces(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalize(fieldName, source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new DiacriticsFilter(new LowerCaseFilter(in), foldDiacritics);
    }

    /** The terms this analyzer makes of a text, in order. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The folded form of a lower-case term, as the folding analyzer indexes it. Marks are stripped
     * after decomposition, then ASCII folding maps what decomposition leaves alone, {@code đ} above all.
     */
    static String fold(String term) {
        if (isAscii(term)) {
            return term;
        }
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        char[] base = new char[decomposed.length()];
        int length = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isMark(c)) {
                base[length++] = c;
            }
        }
        if (length == 0) {
            // A term of marks alone: keep it rather than index an empty term.
            return term;
        }
        char[] folded = new char[length * 4];
        int foldedLength = ASCIIFoldingFilter.foldToASCII(base, 0, folded, 0, length);
        return new String(folded, 0, foldedLength);
    }

    /** The term with its diacritics kept, in the composed form queries are written in. */
    static String compose(String term) {
        if (isAscii(term) || Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
            return term;
        }
        return Normalizer.normalize(term, Normalizer.Form.NFC);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unicode word rules keep letters around a colon together, so {@code "Thời gian:Thứ hai"}, as
     * editors often type it, would index {@code gian:thứ} as one word. One character for one keeps
     * the offsets right.
     */
    private static final class ColonsAsSpaces extends CharFilter {

        ColonsAsSpaces(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = input.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                if (c == ':' || c == '\u00B7' || c == '\uFF1A') {
                    buffer[i] = ' ';
                }
            }
            return read;
        }

        @Override
        protected int correct(int offset) {
            return offset;
        }
    }

    private static final class DiacriticsFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final boolean fold;
        /** Normalising is the dearest step of indexing, and the same syllables come back all the time. */
        private final CharArrayMap<char[]> rewritten = new CharArrayMap<>(1024, false);

        DiacriticsFilter(TokenStream input, boolean fold) {
            super(input);
            this.fold = fold;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            if (isAscii(buffer, length)) {
                return true;
            }
            char[] replacement = rewritten.get(buffer, 0, length);
            if (replacement == null) {
                String original = new String(buffer, 0, length);
                replacement = (fold ? fold(original) : compose(original)).toCharArray();
                if (rewritten.size() >= MAX_REMEMBERED_TERMS) {
                    rewritten.clear();
                }
                rewritten.put(original, replacement);
            }
            term.copyBuffer(replacement, 0, replacement.length);
            return true;
        }

        private static boolean isAscii(char[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                if (buffer[i] >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
