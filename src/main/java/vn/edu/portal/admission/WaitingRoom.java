package vn.edu.portal.admission;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Admission control for the application form on the morning a window opens. At most
 * {@code capacity} form requests are served at once; a new visitor who finds them all busy gets
 * a ticket instead of a slow page or an error. Tickets are called in order, one for each request
 * that finishes while people wait, so a visitor's position is the number of tickets still waiting
 * up to his own, and the estimate is that position over the rate at which requests have been
 * finishing lately (an exponentially weighted average), never a made-up number.
 *
 * <p>A ticket counts only while its holder comes back for it: the waiting page reloads itself
 * every Retry-After seconds, so a ticket not presented again within {@code ticketLifetimeMillis}
 * belongs to someone who left. It then stops counting in the positions of those behind it and is
 * skipped when places are called; its holder, should he return, queues again as a newcomer.
 * A called ticket lets its holder in once, within the same lifetime. Forged or unknown ticket
 * numbers are newcomers too.
 *
 * <p>The places are this server's ({@code capacity} renders at once is what one server's processors
 * bear); the line is a {@link Line}: in the database ({@link DatabaseLine}) it is shared by every
 * server, so a ticket handed out by one is honoured by the others, positions count everyone waiting
 * on any server, and a place freed on any server calls the first of them. {@link MemoryLine} keeps
 * it in this JVM (unit tests).
 */
public class WaitingRoom {

    /** What the gate says to one request. */
    public record Decision(boolean admitted, long ticket, long position, long estimateSeconds) {
    }

    /** What the line knows of a ticket number. */
    public enum TicketState { UNKNOWN, WAITING, CALLED }

    /**
     * The line of tickets. Tickets not presented within {@code lifetime} ms stop waiting; called
     * tickets not used within it stop being called.
     */
    public interface Line {

        TicketState state(long ticket, long now, long lifetime);

        /** A ticket (called, or any number) was let in: it leaves the line. */
        void admitted(long ticket);

        /** Keeps {@code ticket} in line, seen now, if it {@code waits}; otherwise issues a new ticket at the end. */
        long keep(long ticket, boolean waits, long now);

        /** Tickets still waiting up to and including {@code ticket}. */
        long position(long ticket, long now, long lifetime);

        /** Calls the first ticket still waiting, if any. */
        void callFirst(long now, long lifetime);

        /** Tickets still waiting. */
        long waiting(long now, long lifetime);
    }

    /** The longest Retry-After the gate sends; tickets live three times that by default. */
    public static final long MAX_RETRY_SECONDS = 60;
    public static final long DEFAULT_TICKET_LIFETIME_MILLIS = 3 * MAX_RETRY_SECONDS * 1000;

    private final Semaphore permits;
    private final int capacity;
    private final LongSupplier clockMillis;
    private final long ticketLifetimeMillis;
    private final Line line;

    private final Object rateLock = new Object();
    private double finishedPerSecond = 0;
    private long rateWindowStart;
    private long finishedInWindow;
    private final java.util.concurrent.atomic.AtomicLong admittedTotal = new java.util.concurrent.atomic.AtomicLong();

    public WaitingRoom(int capacity, LongSupplier clockMillis) {
        this(capacity, clockMillis, DEFAULT_TICKET_LIFETIME_MILLIS);
    }

    public WaitingRoom(int capacity, LongSupplier clockMillis, long ticketLifetimeMillis) {
        this(capacity, clockMillis, ticketLifetimeMillis, new MemoryLine());
    }

    public WaitingRoom(int capacity, LongSupplier clockMillis, long ticketLifetimeMillis, Line line) {
        this.capacity = Math.max(1, capacity);
        this.permits = new Semaphore(this.capacity, true);
        this.clockMillis = clockMillis;
        this.ticketLifetimeMillis = Math.max(1000, ticketLifetimeMillis);
        this.rateWindowStart = clockMillis.getAsLong();
        this.line = line;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * A visitor asks to be served. {@code ticket} is the one he was given before (0 for none);
     * {@code waitMillis} is how long a request that already holds the visitor's typed data may
     * wait for a place (0 for a new visitor, who gets a ticket at once).
     */
    public Decision enter(long ticket, long waitMillis) {
        TicketState state = line.state(ticket, clockMillis.getAsLong(), ticketLifetimeMillis);
        boolean mayTry = state != TicketState.WAITING;
        boolean got;
        try {
            got = mayTry && (waitMillis > 0 ? permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS) : permits.tryAcquire());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (got) {
            if (state == TicketState.CALLED) {
                line.admitted(ticket);
            }
            admittedTotal.incrementAndGet();
            return new Decision(true, ticket, 0, 0);
        }
        long now = clockMillis.getAsLong();
        if (state == TicketState.CALLED) {
            // Called, but a newcomer took the place between two reloads: next in line.
            return new Decision(false, ticket, 1, estimate(1));
        }
        long mine = line.keep(ticket, state == TicketState.WAITING, now);
        long position = Math.max(1, line.position(mine, now, ticketLifetimeMillis));
        return new Decision(false, mine, position, estimate(position));
    }

    /** The request that was admitted has finished: its place goes to the next ticket still waiting, if any. */
    public void leave() {
        permits.release();
        long now = clockMillis.getAsLong();
        line.callFirst(now, ticketLifetimeMillis);
        synchronized (rateLock) {
            finishedInWindow++;
            roll(now);
        }
    }

    /** Seconds until a position is called, from the recent rate of finished requests (at least 1 s). */
    long estimate(long position) {
        double rate;
        synchronized (rateLock) {
            roll(clockMillis.getAsLong());
            rate = finishedPerSecond;
        }
        if (rate <= 0.01) {
            rate = capacity;
        }
        return Math.max(1, Math.round(Math.ceil(position / rate)));
    }

    /** Requests finished per second lately on this server (an exponentially weighted average). */
    public double finishedPerSecond() {
        synchronized (rateLock) {
            roll(clockMillis.getAsLong());
            return finishedPerSecond;
        }
    }

    /** Requests let in since this server started. */
    public long admittedTotal() {
        return admittedTotal.get();
    }

    private void roll(long now) {
        long elapsed = now - rateWindowStart;
        if (elapsed >= 1000) {
            double observed = finishedInWindow * 1000.0 / elapsed;
            finishedPerSecond = finishedPerSecond == 0 ? observed : 0.7 * finishedPerSecond + 0.3 * observed;
            finishedInWindow = 0;
            rateWindowStart = now;
        }
    }

    /** How many places are taken now (for the dashboard and the health of the gate). */
    public int busy() {
        return capacity - permits.availablePermits();
    }

    /** Tickets still waiting: issued, not called, and presented within their lifetime. */
    public long waiting() {
        return line.waiting(clockMillis.getAsLong(), ticketLifetimeMillis);
    }

    /**
     * The line in this JVM's memory. Cost: every operation is O(1) amortised, except the position,
     * which counts the live tickets ahead as bits, 64 to a machine word (10,000 people waiting cost
     * about 160 word operations).
     */
    public static final class MemoryLine implements Line {

        // Tickets issued; the tickets still waiting, both as bits (for positions) and by last
        // sighting, least recently seen first (for expiry); the tickets called and not yet used.
        private long lastTicket;
        private final TicketBits waitingTickets = new TicketBits();
        private final LinkedHashMap<Long, Long> lastSeen = new LinkedHashMap<>();
        private final LinkedHashMap<Long, Long> calledAt = new LinkedHashMap<>();

        @Override
        public synchronized TicketState state(long ticket, long now, long lifetime) {
            expire(now, lifetime);
            return calledAt.containsKey(ticket) ? TicketState.CALLED
                    : waitingTickets.contains(ticket) ? TicketState.WAITING : TicketState.UNKNOWN;
        }

        @Override
        public synchronized void admitted(long ticket) {
            calledAt.remove(ticket);
        }

        @Override
        public synchronized long keep(long ticket, boolean waits, long now) {
            long mine = waits && waitingTickets.contains(ticket) ? ticket : issue();
            lastSeen.remove(mine);
            lastSeen.put(mine, now);
            return mine;
        }

        @Override
        public synchronized long position(long ticket, long now, long lifetime) {
            expire(now, lifetime);
            return waitingTickets.rank(ticket);
        }

        @Override
        public synchronized void callFirst(long now, long lifetime) {
            expire(now, lifetime);
            long next = waitingTickets.first();
            if (next > 0) {
                waitingTickets.remove(next);
                lastSeen.remove(next);
                calledAt.put(next, now);
            }
        }

        @Override
        public synchronized long waiting(long now, long lifetime) {
            expire(now, lifetime);
            return waitingTickets.count();
        }

        private long issue() {
            long ticket = ++lastTicket;
            waitingTickets.add(ticket);
            return ticket;
        }

        /**
         * Tickets not presented within the lifetime stop waiting, and called tickets not used within it
         * stop being called; both maps hold the oldest first, so this stops at the first one still alive.
         */
        private void expire(long now, long lifetime) {
            for (Iterator<Map.Entry<Long, Long>> oldest = lastSeen.entrySet().iterator(); oldest.hasNext(); ) {
                Map.Entry<Long, Long> e = oldest.next();
                if (now - e.getValue() < lifetime) {
                    break;
                }
                waitingTickets.remove(e.getKey());
                oldest.remove();
            }
            for (Iterator<Map.Entry<Long, Long>> oldest = calledAt.entrySet().iterator(); oldest.hasNext(); ) {
                if (now - oldest.next().getValue() < lifetime) {
                    break;
                }
                oldest.remove();
            }
        }
    }

    /**
     * Waiting ticket numbers as bits in a ring of words, from the oldest word that still holds one.
     * Numbers only grow, so words are added at the end and dropped from the front when empty.
     */
    static final class TicketBits {
        private long[] words = new long[16];
        private int head;
        private int size = 1;
        private long base;
        private long count;

        private long word(int i) {
            return words[(head + i) % words.length];
        }

        private void setWord(int i, long value) {
            words[(head + i) % words.length] = value;
        }

        void add(long ticket) {
            while (ticket >= base + 64L * size) {
                if (size == words.length) {
                    long[] bigger = new long[words.length * 2];
                    for (int i = 0; i < size; i++) {
                        bigger[i] = word(i);
                    }
                    words = bigger;
                    head = 0;
                }
                setWord(size++, 0);
            }
            int i = (int) ((ticket - base) >>> 6);
            long bit = 1L << ((ticket - base) & 63);
            if ((word(i) & bit) == 0) {
                setWord(i, word(i) | bit);
                count++;
            }
        }

        boolean contains(long ticket) {
            if (ticket < base || ticket >= base + 64L * size) {
                return false;
            }
            return (word((int) ((ticket - base) >>> 6)) & (1L << ((ticket - base) & 63))) != 0;
        }

        void remove(long ticket) {
            if (!contains(ticket)) {
                return;
            }
            int i = (int) ((ticket - base) >>> 6);
            setWord(i, word(i) & ~(1L << ((ticket - base) & 63)));
            count--;
            // The last word stays: the next ticket lands in it or after it, never before.
            while (size > 1 && word(0) == 0) {
                head = (head + 1) % words.length;
                size--;
                base += 64;
            }
        }

        /** Waiting tickets up to and including {@code ticket}. */
        long rank(long ticket) {
            if (ticket < base) {
                return 0;
            }
            long offset = Math.min(ticket - base, 64L * size - 1);
            int last = (int) (offset >>> 6);
            long n = 0;
            for (int i = 0; i < last; i++) {
                n += Long.bitCount(word(i));
            }
            long mask = (offset & 63) == 63 ? -1L : (1L << ((offset & 63) + 1)) - 1;
            return n + Long.bitCount(word(last) & mask);
        }

        /** The lowest waiting ticket, or 0 when nobody waits. */
        long first() {
            for (int i = 0; i < size; i++) {
                long w = word(i);
                if (w != 0) {
                    return base + 64L * i + Long.numberOfTrailingZeros(w);
                }
            }
            return 0;
        }

        long count() {
            return count;
        }
    }
}
