package org.unlearn.model.dare;

/**
 * One node of a DaRE tree as the views show it.
 *
 * @param path      1 for the root, 2p for the left child of node p, 2p + 1 for its right child
 * @param depth     0 for the root
 * @param kind      leaf, random split or greedy split
 * @param feature   the split's feature index (−1 for a leaf)
 * @param threshold rows with {@code x[feature] <= threshold} go left (NaN for a leaf)
 * @param counts    rows per class
 */
public record NodeInfo(long path, int depth, Kind kind, int feature, double threshold, int[] counts) {
    public enum Kind {
        LEAF,
        RANDOM,
        GREEDY
    }

    public NodeInfo {
        counts = counts.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    public int rows() {
        return DareNode.sum(counts);
    }

    static NodeInfo of(DareNode node, int depth, long path) {
        if (node instanceof SplitNode s) {
            return new NodeInfo(
                    path,
                    depth,
                    s instanceof RandomSplit ? Kind.RANDOM : Kind.GREEDY,
                    s.feature(),
                    s.threshold(),
                    s.counts());
        }
        return new NodeInfo(path, depth, Kind.LEAF, -1, Double.NaN, node.counts());
    }
}
