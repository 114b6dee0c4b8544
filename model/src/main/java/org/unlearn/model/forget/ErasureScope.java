package org.unlearn.model.forget;

import java.time.Duration;
import java.util.Arrays;
import org.unlearn.model.data.TrainingSet;

/**
 * Which rows of an erasure request a model was trained on, and which were held out to score it. A person's
 * row in the held-out share was never learnt from, so forgetting it changes no model: it leaves the
 * evaluation set, and the model stays as it was. The session (command line) and the window both split a
 * request so, and say the same about the held-out part.
 *
 * @param trained rows the model was trained on: these the family forgets
 * @param heldOut rows held out to score the model: these leave the evaluation set
 * @param neither rows in neither (forgotten already, without a label, or never read)
 */
public record ErasureScope(int[] trained, int[] heldOut, int[] neither) {
    /** The method a report names when the request held only held-out rows: nothing was forgotten by the model. */
    public static final String HELD_OUT = "held out";

    public ErasureScope {
        trained = trained.clone();
        heldOut = heldOut.clone();
        neither = neither.clone();
    }

    /**
     * @param train    the rows the model was trained on
     * @param evaluation the rows held out to score it, or null when none are (a family that learns no label)
     */
    public static ErasureScope of(int[] requested, TrainingSet train, TrainingSet evaluation) {
        int[] trained = Arrays.stream(requested).filter(train::contains).toArray();
        int[] held = evaluation == null
                ? new int[0]
                : Arrays.stream(requested)
                        .filter(id -> !train.contains(id) && evaluation.contains(id))
                        .toArray();
        int[] neither = Arrays.stream(requested)
                .filter(id -> !train.contains(id) && (evaluation == null || !evaluation.contains(id)))
                .toArray();
        return new ErasureScope(trained, held, neither);
    }

    @Override
    public int[] trained() {
        return trained.clone();
    }

    @Override
    public int[] heldOut() {
        return heldOut.clone();
    }

    @Override
    public int[] neither() {
        return neither.clone();
    }

    /** The evaluation set without the held-out rows of this request; null stays null. */
    public TrainingSet evaluationAfter(TrainingSet evaluation) {
        return evaluation == null || heldOut.length == 0 ? evaluation : evaluation.without(heldOut);
    }

    /**
     * "row 2 was held out to score the model, never trained on: it leaves the evaluation set (294 rows
     * now)"; empty when the request held no held-out row.
     */
    public String heldOutNote(TrainingSet evaluation) {
        if (heldOut.length == 0) {
            return "";
        }
        String which = heldOut.length == 1 ? "row " + heldOut[0] + " was" : heldOut.length + " of the rows were";
        int left = evaluation == null ? 0 : evaluation.size() - heldOut.length;
        String after = evaluation == null
                ? ""
                : String.format(java.util.Locale.ROOT, " (%,d %s now)", left, left == 1 ? "row" : "rows");
        return which + " held out to score the model, never trained on: "
                + (heldOut.length == 1 ? "it leaves" : "they leave") + " the evaluation set" + after;
    }

    /**
     * The report of a request that held only held-out rows: nothing forgotten by the model, which is
     * unchanged (exact and certified: the same model, bit for bit, a retrain without the rows would make).
     */
    public ForgetReport heldOutReport(int[] requested, TrainingSet evaluation, Duration took) {
        return new ForgetReport(requested, HELD_OUT, true, true, 0, 0, took, unchanged(evaluation), null);
    }

    /** A report of the trained rows' forgetting, extended to the whole request and what it did to the rest. */
    public ForgetReport widen(int[] requested, ForgetReport trainedPart, TrainingSet evaluation) {
        String note = heldOutNote(evaluation);
        return new ForgetReport(
                requested,
                trainedPart.method(),
                trainedPart.exact(),
                trainedPart.certified(),
                trainedPart.workUnits(),
                trainedPart.fullWorkUnits(),
                trainedPart.elapsed(),
                note.isEmpty() ? trainedPart.summary() : trainedPart.summary() + "; " + note,
                trainedPart.detail());
    }

    /** A plan of the trained rows' forgetting, extended to the whole request. */
    public ForgetPlan widen(int[] requested, ForgetPlan trainedPart, TrainingSet evaluation) {
        String note = heldOutNote(evaluation);
        return new ForgetPlan(
                requested,
                trainedPart.workUnits(),
                trainedPart.fullWorkUnits(),
                trainedPart.certified(),
                note.isEmpty() ? trainedPart.summary() : trainedPart.summary() + "; " + note,
                trainedPart.detail(),
                trainedPart.leastWorkUnits(),
                trainedPart.mostWorkUnits());
    }

    /** The plan of a request that holds only held-out rows: no work, the model unchanged. */
    public ForgetPlan heldOutPlan(int[] requested, TrainingSet evaluation) {
        return new ForgetPlan(requested, 0, 1, true, unchanged(evaluation), null);
    }

    /**
     * The note for a model kept as it is (the window's encoding is fixed when the file is read, a session's
     * when the session is created: in both the model is the one kept).
     */
    private String unchanged(TrainingSet evaluation) {
        return heldOutNote(evaluation) + ", and the model does not change";
    }
}
