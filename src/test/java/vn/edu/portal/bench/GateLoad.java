package vn.edu.portal.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the admission form's door with the latency of each kind of answer apart: the waiting
 * page (503) and the form (200), which one wrk run cannot tell apart. {@code connections} clients,
 * each with its own keep-alive connection and no cookies (a new visitor every time, as wrk), for
 * {@code seconds}; an answer slower than 10 s counts as a time-out, a broken connection as an error.
 * Loopback only. Usage: {@code java -cp ... vn.edu.portal.bench.GateLoad http://127.0.0.1:8285/s/thnguyenhue/tuyen-sinh/dang-ky 512 20}
 */
public final class GateLoad {

    private GateLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!uri.getHost().startsWith("127.") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        int connections = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        Map<Integer, List<Long>> byStatus = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(() -> {
                List<long[]> mine = new ArrayList<>();
                Socket socket = null;
                try {
                    while (System.nanoTime() < end) {
                        try {
                            if (socket == null) {
                                socket = new Socket();
                                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
                                socket.setSoTimeout(10_000);
                            }
                            long t0 = System.nanoTime();
                            int status = exchange(socket, uri);
                            mine.add(new long[] {Math.abs(status), System.nanoTime() - t0});
                            if (status < 0) {
                                socket = close(socket);
                            }
                        } catch (SocketTimeoutException e) {
                            timeouts.incrementAndGet();
                            socket = close(socket);
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            socket = close(socket);
                        }
                    }
                } finally {
                    close(socket);
                    for (long[] m : mine) {
                        byStatus.computeIfAbsent((int) m[0], s -> java.util.Collections.synchronizedList(new ArrayList<>())).add(m[1]);
                    }
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long total = 0;
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, List<Long>> e : new TreeMap<>(byStatus).entrySet()) {
            long[] ms = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            total += ms.length;
            out.append(String.format(Locale.ROOT, "status %d: %d answers (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    e.getKey(), ms.length, ms.length / (double) seconds, at(ms, 0.50), at(ms, 0.99), ms[ms.length - 1] / 1e6));
        }
        System.out.printf(Locale.ROOT, "%d connections, %d s: %d answers (%.0f/s), %d errors, %d time-outs (> 10 s)%n%s",
                connections, seconds, total, total / (double) seconds, errors.get(), timeouts.get(), out);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static Socket close(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        return null;
    }

    /** One GET on the kept-alive connection; reads the whole answer; the status, negative if the server closes. */
    private static int exchange(Socket socket, URI uri) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: text/html\r\nAccept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length >= 0) {
            skip(in, length);
        }
        return close ? -status : status;
    }

    private static void skip(InputStream in, long n) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new IOException("end of stream");
            }
            n -= r;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("end of stream");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
