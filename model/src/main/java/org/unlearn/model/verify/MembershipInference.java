package org.unlearn.model.verify;

import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;

/**
 * The loss-threshold membership-inference attack: guess "was trained on" when a row's loss is low. Its
 * AUC over forgotten rows against held-out rows is 0.5 when the model treats the forgotten rows like
 * rows it never saw, and above 0.5 when it still remembers them.
 */
public final class MembershipInference {
    private MembershipInference() {}

    /** AUC of the attack: the chance a forgotten row has lower loss than a held-out row (ties count half). */
    public static double auc(RowLoss model, TrainingSet forgotten, TrainingSet heldOut) {
        return auc(losses(model, forgotten), losses(model, heldOut));
    }

    /**
     * Where the picked rows' losses stand among a model's own training rows: the mean over the picked rows
     * of the share of training rows whose loss is lower (ties count half). Near 1 the pick is the rows the
     * model fits worst — an attack then finds them "unseen" whatever forgetting did, since a retrain that
     * never saw them fits them worse still; near 0.5 the pick is typical.
     *
     * @param model    the model trained on them (before they were forgotten)
     * @param picked   the rows picked for forgetting
     * @param training the rows it was trained on
     */
    public static double lossRank(RowLoss model, TrainingSet picked, TrainingSet training) {
        // the AUC of "a training row has lower loss than a picked row" is that mean share
        return auc(losses(model, training), losses(model, picked));
    }

    public static double[] losses(RowLoss model, TrainingSet rows) {
        double[] out = new double[rows.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = model.loss(rows, p);
        }
        return out;
    }

    /** P(member loss < non-member loss) + ½ P(equal), by ranks in O((m + n) log(m + n)). */
    public static double auc(double[] memberLosses, double[] nonMemberLosses) {
        int m = memberLosses.length;
        int n = nonMemberLosses.length;
        if (m == 0 || n == 0) {
            return Double.NaN;
        }
        double[][] all = new double[m + n][];
        for (int i = 0; i < m; i++) {
            all[i] = new double[] {memberLosses[i], 1};
        }
        for (int j = 0; j < n; j++) {
            all[m + j] = new double[] {nonMemberLosses[j], 0};
        }
        Arrays.sort(all, (a, b) -> Double.compare(a[0], b[0]));
        // sum over members of (non-members with larger loss) + ½ (ties)
        double wins = 0;
        int i = 0;
        int nonMembersBelow = 0;
        while (i < all.length) {
            int j = i;
            int members = 0;
            int nonMembers = 0;
            while (j < all.length && all[j][0] == all[i][0]) {
                if (all[j][1] == 1) {
                    members++;
                } else {
                    nonMembers++;
                }
                j++;
            }
            wins += members * ((n - nonMembersBelow - nonMembers) + 0.5 * nonMembers);
            nonMembersBelow += nonMembers;
            i = j;
        }
        return wins / ((double) m * n);
    }
}
