package org.unlearn.views.steps;

import org.unlearn.model.forget.Step;

/**
 * One of the forget view's own pictures drawing the step-through's current step where it happens (the shard
 * map's cells, the cluster picture's centroids, the debt panel's figures): told each step, and null when the
 * step-through closes, which takes its marks off.
 */
interface StepMarks {
    void show(Step step);
}
