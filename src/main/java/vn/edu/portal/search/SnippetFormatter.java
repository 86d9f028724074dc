package vn.edu.portal.search;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the best passage of a text into the snippet HTML of a hit. Pages print the snippet
 * unescaped, so every character of the text is escaped here and {@code <mark>} is the only markup
 * that can come out, whatever the indexed text contains.
 */
final class SnippetFormatter extends PassageFormatter {

    static final int TARGET_LENGTH = 200;
    private static final String ELLIPSIS = "…";
    /** Where the match sits in its passage: a little context before it, more after. */
    private static final float MATCH_POSITION = 0.3f;

    /** Passages of about {@link #TARGET_LENGTH} characters, cut between words. */
    static BreakIterator passageBoundaries() {
        return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT),
                TARGET_LENGTH, MATCH_POSITION);
    }

    @Override
    public String format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        int[][] matches = sortedMatches(passage);
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        int firstMatch = matches.length == 0 ? end : matches[0][0];
        int lastMatch = matches.length == 0 ? start : matches[matches.length - 1][1];
        int textStart = firstVisible(content);
        start = snippetStart(content, start, textStart, firstMatch);
        while (end > lastMatch && isSpace(content.charAt(end - 1))) {
            end--;
        }
        Html html = new Html();
        if (start > textStart) {
            html.raw(ELLIPSIS + " ");
        }
        int position = start;
        for (int i = 0; i < matches.length; i++) {
            int matchStart = Math.max(matches[i][0], position);
            int matchEnd = matches[i][1];
            // Overlapping matches, and words matched side by side, make one mark.
            while (i + 1 < matches.length
                    && (matches[i + 1][0] < matchEnd || onlySpaces(content, matchEnd, matches[i + 1][0]))) {
                matchEnd = Math.max(matchEnd, matches[++i][1]);
            }
            matchEnd = Math.min(matchEnd, end);
            if (matchStart >= matchEnd) {
                continue;
            }
            html.text(content, position, matchStart);
            html.raw("<mark>");
            html.text(content, matchStart, matchEnd);
            html.raw("</mark>");
            position = matchEnd;
        }
        html.text(content, position, end);
        if (end < lastVisible(content)) {
            html.raw(" " + ELLIPSIS);
        }
        return html.toString();
    }

    /** The start of a text as a snippet without marks, for a hit whose match the highlighter did not reach. */
    static String leading(String text) {
        String content = text == null ? "" : text.strip();
        Html html = new Html();
        if (content.length() <= TARGET_LENGTH) {
            html.text(content, 0, content.length());
            return html.toString();
        }
        int end = content.lastIndexOf(' ', TARGET_LENGTH);
        if (end <= 0) {
            end = Character.isHighSurrogate(content.charAt(TARGET_LENGTH - 1)) ? TARGET_LENGTH - 1 : TARGET_LENGTH;
        }
        html.text(content, 0, end);
        html.raw(" " + ELLIPSIS);
        return html.toString();
    }

    /** Past leading white space, and past the end of the previous sentence when the passage begins inside the text. */
    private static int snippetStart(String content, int passageStart, int textStart, int firstMatch) {
        if (passageStart <= textStart) {
            return Math.min(textStart, firstMatch);
        }
        int start = passageStart;
        while (start < firstMatch && !Character.isLetterOrDigit(content.charAt(start))) {
            start++;
        }
        return start;
    }

    private static boolean onlySpaces(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int firstVisible(String content) {
        int index = 0;
        while (index < content.length() && isSpace(content.charAt(index))) {
            index++;
        }
        return index;
    }

    private static int lastVisible(String content) {
        int index = content.length();
        while (index > 0 && isSpace(content.charAt(index - 1))) {
            index--;
        }
        return index;
    }

    /** White space as editors paste it: no-break spaces and stray control characters too. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static int[][] sortedMatches(Passage passage) {
        int[][] matches = new int[passage.getNumMatches()][];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(matches, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        return matches;
    }

    /** Escaped text with runs of white space (line breaks included) shown as one space. */
    private static final class Html {

        private final StringBuilder out = new StringBuilder(TARGET_LENGTH * 2);
        private boolean afterSpace;

        void raw(String markup) {
            out.append(markup);
        }

        void text(String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                if (isSpace(c)) {
                    if (!afterSpace) {
                        out.append(' ');
                    }
                    afterSpace = true;
                    continue;
                }
                afterSpace = false;
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
