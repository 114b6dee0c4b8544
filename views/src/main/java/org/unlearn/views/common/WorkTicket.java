package org.unlearn.views.common;

/** One submitted job, which its submitter may cancel on its own (e.g. a projection that a newer one replaces). */
@FunctionalInterface
public interface WorkTicket {
    void cancel();
}
