package org.unlearn.views.plane;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.unlearn.views.common.ClassColours;

/**
 * A way to colour the plane's points: a named grouping of its rows (by class, cluster, prediction, shard,
 * slice…), with the group of every point and the groups' names. Group g takes {@link ClassColours}' colour g,
 * so a class or a cluster looks the same on the plane, in the legend and in the tables. Immutable; the
 * group of every point is worked out once, when it is made.
 */
public final class Grouping {
    private final String name;
    private final int[] groupOf;
    private final String[] groupNames;
    private final int[] sizes;
    /** The palette index of each group, or null for group g in colour g. */
    private final int[] colours;

    private Grouping(String name, int[] groupOf, String[] groupNames) {
        this(name, groupOf, groupNames, null);
    }

    private Grouping(String name, int[] groupOf, String[] groupNames, int[] colours) {
        this.name = name;
        this.colours = colours;
        this.groupOf = groupOf;
        this.groupNames = groupNames;
        this.sizes = new int[groupNames.length];
        for (int g : groupOf) {
            if (g >= 0) {
                sizes[g]++;
            }
        }
    }

    /**
     * @param name      what the colours mean, as the colour-by choice and the legend say it ("class", "cluster")
     * @param points    how many points the plane has
     * @param groups    how many groups there are
     * @param groupOf   the group (0 … groups - 1) of the point at a position; negative for none (drawn grey)
     * @param groupName the name of a group, as the legend and the hover text say it ("Adelie", "cluster 2")
     */
    public static Grouping of(
            String name, int points, int groups, IntUnaryOperator groupOf, IntFunction<String> groupName) {
        Objects.requireNonNull(name);
        int[] group = new int[points];
        for (int p = 0; p < points; p++) {
            int g = groupOf.applyAsInt(p);
            if (g >= groups) {
                throw new IllegalArgumentException(
                        name + ": group " + g + " of point " + p + " is not below " + groups);
            }
            group[p] = Math.max(-1, g);
        }
        String[] names = new String[groups];
        Arrays.setAll(names, groupName::apply);
        return new Grouping(name, group, names);
    }

    /**
     * The same grouping with group g drawn in the palette's colour {@code colours[g]}: a retrained model's
     * clusters keep the colours of the clusters they match, whatever their numbers.
     */
    public Grouping coloured(int[] colours) {
        if (colours.length != groupNames.length) {
            throw new IllegalArgumentException(
                    name + ": " + colours.length + " colours for " + groupNames.length + " groups");
        }
        return new Grouping(name, groupOf, groupNames, colours.clone());
    }

    /** Every point in one group of that name (a dataset without a label). */
    public static Grouping single(String name, int points, String groupName) {
        return of(name, points, 1, p -> 0, g -> groupName);
    }

    public String name() {
        return name;
    }

    public int groupCount() {
        return groupNames.length;
    }

    /** The group of the point at a position, or -1 for none. */
    public int groupOf(int position) {
        return groupOf[position];
    }

    public String groupName(int group) {
        return groupNames[group];
    }

    /** How many points are in a group. */
    public int size(int group) {
        return sizes[group];
    }

    /** A group's colour as 0xRRGGBB; a grouping of one group takes the palette's first colour. */
    public int colour(int group) {
        if (groupNames.length == 1) {
            return ClassColours.rgb(-1);
        }
        return ClassColours.rgb(colours == null ? group : colours[group]);
    }

    @Override
    public String toString() {
        return name + " (" + groupNames.length + " groups)";
    }
}
