package vn.edu.portal.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WaitingRoomTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void visitorsBeyondCapacityGetTicketsInOrderWithTheirPosition() {
        WaitingRoom room = new WaitingRoom(2, now::get);
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
        WaitingRoom room = new WaitingRoom(1, now::get);
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
        WaitingRoom room = new WaitingRoom(1, now::get);
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
}
