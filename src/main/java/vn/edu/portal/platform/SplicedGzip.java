package vn.edu.portal.platform;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip body for a page that is the same for everybody but for one small part (a family's
 * look-up answer, a form's step, a receipt): the two fixed parts are compressed once, when the page
 * is kept, and each request compresses only its own part. Compressing the whole page for each
 * request cost half of the look-ups a phone could make (it asks for gzip or brotli; a benchmark
 * without {@code Accept-Encoding} never paid it: docs/benchmarks.md, "Pages for phones compressed
 * once").
 * <p>
 * The result is one ordinary gzip member (RFC 1952), as every browser reads it: the parts are raw
 * deflate streams (RFC 1951) of their own, each ended by a full flush (an empty stored block that
 * ends on a byte and refers to nothing before it), the last one ended as final; the trailer carries
 * the CRC-32 and the length of the whole page. This is how parallel gzip tools join their pieces.
 */
public final class SplicedGzip {

    /** The gzip header: deflate, no flags, no time, unknown system. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final byte[] NOTHING = new byte[0];

    private final byte[] before;
    private final byte[] after;
    private final byte[] beforeDeflated;
    private final byte[] afterDeflated;
    private final int level;

    private SplicedGzip(byte[] before, byte[] after, int level) {
        this.before = before;
        this.after = after;
        this.level = level;
        this.beforeDeflated = deflate(before, level, false);
        this.afterDeflated = deflate(after, level, true);
    }

    /** The fixed parts around the place of each request's part, compressed now at {@code level} (1–9). */
    public static SplicedGzip of(byte[] before, byte[] after, int level) {
        return new SplicedGzip(before, after == null ? NOTHING : after, level);
    }

    /** The whole page, {@code fill} (null: nothing) in its place, as one gzip member. */
    public byte[] with(byte[] fill) {
        byte[] middle = fill == null ? NOTHING : fill;
        byte[] middleDeflated = deflate(middle, level, false);
        CRC32 crc = new CRC32();
        crc.update(before);
        crc.update(middle);
        crc.update(after);
        long length = (long) before.length + middle.length + after.length;
        byte[] out = new byte[HEADER.length + beforeDeflated.length + middleDeflated.length + afterDeflated.length + 8];
        int at = 0;
        for (byte[] part : new byte[][] {HEADER, beforeDeflated, middleDeflated, afterDeflated}) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        at = littleEndian(out, at, crc.getValue());
        littleEndian(out, at, length & 0xffffffffL); // ISIZE: the length modulo 2^32
        return out;
    }

    private static int littleEndian(byte[] out, int at, long value) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 4;
    }

    /** {@code data} as a raw deflate stream: ended by a full flush, or as the final one. */
    static byte[] deflate(byte[] data, int level, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
            byte[] buffer = new byte[Math.max(512, Math.min(data.length, 16_384) + 64)];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                // A full flush fills the buffer entirely when more is waiting: called again until it does not.
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
