package vn.edu.portal.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Admission control for the application form on the morning a window opens. At most
 * {@code capacity} form requests are served at once; a new visitor who finds them all busy gets
 * a ticket instead of a slow page or an error. Tickets are called in order, one for each request
 * that finishes while people wait, so a visitor's position is his ticket minus the last one
 * called, and the estimate is that position over the rate at which requests have been finishing
 * lately (an exponentially weighted average), never a made-up number.
 */
public class WaitingRoom {

    /** What the gate says to one request. */
    public record Decision(boolean admitted, long ticket, long position, long estimateSeconds) {
    }

    private final Semaphore permits;
    private final int capacity;
    private final LongSupplier clockMillis;
    private final AtomicLong lastTicket = new AtomicLong();
    private final AtomicLong called = new AtomicLong();
    private final Object rateLock = new Object();
    private double finishedPerSecond = 0;
    private long rateWindowStart;
    private long finishedInWindow;

    public WaitingRoom(int capacity, LongSupplier clockMillis) {
        this.capacity = Math.max(1, capacity);
        this.permits = new Semaphore(this.capacity, true);
        this.clockMillis = clockMillis;
        this.rateWindowStart = clockMillis.getAsLong();
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
        boolean called = ticket > 0 && ticket <= this.called.get();
        boolean got;
        try {
            got = (ticket == 0 || called) && (waitMillis > 0
                    ? permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS) : permits.tryAcquire());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (got) {
            return new Decision(true, ticket, 0, 0);
        }
        long mine = ticket > 0 ? ticket : lastTicket.incrementAndGet();
        long position = Math.max(1, mine - this.called.get());
        return new Decision(false, mine, position, estimate(position));
    }

    /** The request that was admitted has finished: its place goes to the next ticket, if anyone waits. */
    public void leave() {
        permits.release();
        called.updateAndGet(c -> c < lastTicket.get() ? c + 1 : c);
        synchronized (rateLock) {
            finishedInWindow++;
            roll();
        }
    }

    /** Seconds until a position is called, from the recent rate of finished requests (at least 1 s). */
    long estimate(long position) {
        double rate;
        synchronized (rateLock) {
            roll();
            rate = finishedPerSecond;
        }
        if (rate <= 0.01) {
            rate = capacity;
        }
        return Math.max(1, Math.round(Math.ceil(position / rate)));
    }

    private void roll() {
        long now = clockMillis.getAsLong();
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

    public long waiting() {
        return Math.max(0, lastTicket.get() - called.get());
    }
}
