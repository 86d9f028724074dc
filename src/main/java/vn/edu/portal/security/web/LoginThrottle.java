package vn.edu.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address in a sliding window: one address trying many user names is
 * stopped even though no single account gets locked.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 20;
    static final long WINDOW_MILLIS = 15 * 60 * 1000L;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public boolean blocked(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, System.currentTimeMillis());
            return times.size() >= MAX_FAILURES;
        }
    }

    public void failed(String address) {
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            long now = System.currentTimeMillis();
            prune(times, now);
            times.addLast(now);
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }

    private static void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
            times.removeFirst();
        }
    }
}
