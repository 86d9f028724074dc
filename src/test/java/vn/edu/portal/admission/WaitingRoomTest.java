package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WaitingRoomTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    WaitingRoom room(int capacity, java.util.function.LongSupplier clock) {
        return room(capacity, clock, WaitingRoom.DEFAULT_TICKET_LIFETIME_MILLIS);
    }

    /** A room whose line is in memory here, in the database in {@link WaitingRoomOnH2Test}. */
    WaitingRoom room(int capacity, java.util.function.LongSupplier clock, long lifetime) {
        return new WaitingRoom(capacity, clock, lifetime);
    }

    @Test
    void visitorsBeyondCapacityGetTicketsInOrderWithTheirPosition() {
        WaitingRoom room = room(2, now::get);
        assertTrue(room.enter(0, 0).admitted());
        assertTrue(room.enter(0, 0).admitted());
        WaitingRoom.Decision third = room.enter(0, 0);
        WaitingRoom.Decision fourth = room.enter(0, 0);
        assertFalse(third.admitted());
        assertEquals(1, third.position());
        assertEquals(2, fourth.position());
        assertEquals(2, room.waiting());
        assertFalse(room.enter(fourth.ticket(), 0).admitted(), "not called yet");

        room.leave();
        assertEquals(1, room.enter(fourth.ticket(), 0).position(), "one place nearer");
        WaitingRoom.Decision called = room.enter(third.ticket(), 0);
        assertTrue(called.admitted(), "the first ticket is called when a place frees");
        WaitingRoom.Decision newcomer = room.enter(0, 0);
        assertFalse(newcomer.admitted(), "a newcomer does not overtake people with tickets");
        assertEquals(2, newcomer.position());
    }

    @Test
    void theEstimateFollowsTheRateAtWhichRequestsFinish() {
        WaitingRoom room = room(1, now::get);
        for (int second = 0; second < 5; second++) {
            for (int i = 0; i < 10; i++) {
                assertTrue(room.enter(0, 0).admitted());
                room.leave();
            }
            now.addAndGet(1000);
        }
        assertTrue(room.enter(0, 0).admitted());
        WaitingRoom.Decision waiting = room.enter(0, 0);
        assertFalse(waiting.admitted());
        assertEquals(1, waiting.estimateSeconds(), "10 finished a second: position 1 is a second away");
        for (int i = 0; i < 40; i++) {
            room.enter(0, 0);
        }
        WaitingRoom.Decision later = room.enter(0, 0);
        assertEquals(42, later.position());
        assertTrue(later.estimateSeconds() >= 4 && later.estimateSeconds() <= 6, "about 4 s: " + later.estimateSeconds());
    }

    @Test
    void aRequestHoldingTypedDataMayWaitForAPlace() throws Exception {
        WaitingRoom room = room(1, now::get);
        assertTrue(room.enter(0, 0).admitted());
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            room.leave();
        });
        releaser.start();
        assertTrue(room.enter(0, 2000).admitted(), "waits for the place instead of losing the post");
        releaser.join();
    }

    @Test
    void aTicketNotPresentedAgainStopsCountingAndTheEstimateRecovers() {
        WaitingRoom room = room(1, now::get, 180_000);
        assertTrue(room.enter(0, 0).admitted());
        WaitingRoom.Decision first = room.enter(0, 0);
        WaitingRoom.Decision gone = room.enter(0, 0);
        WaitingRoom.Decision third = room.enter(0, 0);
        assertEquals(3, third.position());
        long before = third.estimateSeconds();

        now.addAndGet(100_000);
        assertEquals(1, room.enter(first.ticket(), 0).position());
        assertEquals(3, room.enter(third.ticket(), 0).position(), "100 s away is not gone yet");
        now.addAndGet(100_000);
        WaitingRoom.Decision later = room.enter(third.ticket(), 0);
        assertEquals(2, later.position(), "the visitor who left 200 s ago no longer counts");
        assertTrue(later.estimateSeconds() < before, later.estimateSeconds() + " < " + before);
        assertEquals(2, room.waiting());

        room.leave();
        assertEquals(1, room.enter(third.ticket(), 0).position(), "the first ticket was called");
        assertTrue(room.enter(first.ticket(), 0).admitted());
        room.leave();
        assertTrue(room.enter(third.ticket(), 0).admitted(), "the ticket of the one who left is skipped when calling");
        assertEquals(0, room.waiting());

        WaitingRoom.Decision back = room.enter(gone.ticket(), 0);
        assertFalse(back.admitted());
        assertTrue(back.ticket() > third.ticket(), "who comes back after his ticket expired queues again");
        assertEquals(1, back.position());
    }

    @Test
    void anUnknownTicketNumberGetsAPlaceAtTheEndNotAMadeUpOne() {
        WaitingRoom room = room(1, now::get);
        assertTrue(room.enter(0, 0).admitted());
        room.enter(0, 0);
        WaitingRoom.Decision forged = room.enter(999_999, 0);
        assertFalse(forged.admitted());
        assertEquals(2, forged.ticket());
        assertEquals(2, forged.position());
    }

    @Test
    void ticketsKeepTheirOrderAcrossManyWordsOfBits() {
        WaitingRoom room = room(1, now::get, 10_000);
        assertTrue(room.enter(0, 0).admitted());
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            tickets.add(room.enter(0, 0).ticket());
        }
        now.addAndGet(6_000);
        // Every third visitor stays; the others leave.
        for (int i = 0; i < 300; i += 3) {
            room.enter(tickets.get(i), 0);
        }
        now.addAndGet(6_000);
        assertEquals(100, room.waiting());
        assertEquals(100, room.enter(tickets.get(297), 0).position());
        assertEquals(34, room.enter(tickets.get(99), 0).position());
        for (int i = 0; i < 99; i++) {
            room.leave();
            room.enter(tickets.get(3 * i), 0);
        }
        assertEquals(1, room.enter(tickets.get(297), 0).position());
        assertEquals(1, room.waiting());
    }

    @Test
    void concurrentVisitorsLeaveTheRoomConsistent() throws Exception {
        AtomicLong clock = new AtomicLong(0);
        WaitingRoom room = room(4, clock::get, 5_000);
        int threads = 8;
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try {
                    long ticket = 0;
                    for (int i = 0; i < 2000; i++) {
                        clock.addAndGet(ThreadLocalRandom.current().nextInt(3));
                        WaitingRoom.Decision d = room.enter(ticket, 0);
                        if (d.admitted()) {
                            room.leave();
                            ticket = 0;
                        } else {
                            assertTrue(d.position() >= 1 && d.position() <= d.ticket(), d.toString());
                            ticket = ThreadLocalRandom.current().nextInt(10) == 0 ? 0 : d.ticket();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        assertEquals(List.of(), failures);
        assertEquals(0, room.busy());
        clock.addAndGet(5_000);
        assertEquals(0, room.waiting(), "everyone left: after the lifetime nobody counts");
    }
}
