package org.unlearn.views.data;

/** How many rows carry one class of the label; {@code index} is the class index, which picks its colour. */
public record ClassCount(int index, String name, int rows, double share) {}
