package org.unlearn.app.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once while it listens: the heap is fullest just before a collection, so it
 * records the total heap use each collection saw before it started, and the use at the end.
 */
final class HeapHighWater implements AutoCloseable {
    private final AtomicLong highest = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long before = 0;
            for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (!pool.getKey().contains("Metaspace")
                        && !pool.getKey().contains("Code")
                        && !pool.getKey().contains("Class")) {
                    before += pool.getValue().getUsed();
                }
            }
            highest.accumulateAndGet(before, Math::max);
        }
    };

    HeapHighWater() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** The high-water mark so far, in MiB, counting the heap in use now. */
    long megabytes() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(highest.get(), now) / (1 << 20);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
