package org.unlearn.model.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.unlearn.model.BadInputException;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.RowFilter;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.forget.ErasureScope;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.FeatureInjection;
import org.unlearn.model.verify.MembershipInference;
import org.unlearn.model.verify.ParameterDistance;
import org.unlearn.model.verify.RowLoss;

/**
 * Carries out one erasure request on a session's model and data and says what happened: the rows, the
 * model before and after (content hashes), what was retrained or certified unchanged, the cost, and the
 * check against a retrain from scratch on the remaining rows (for every method, exact ones included).
 * Nothing is written here; the session commits the result.
 */
final class ErasureRun {
    /**
     * @param record    the request and its outcome, for the session file and the certificate
     * @param logFields what the audit log records of it (no free text: ids, counts, digests, hashes, figures)
     * @param removed   the rows to take out of the data copy (none for a queued request)
     * @param dequeued  ids of queued requests carried out with this one
     * @param kept      the model the session keeps: the forget's own when it equals the retrain from scratch,
     *                  else that retrain (null for a queued request)
     */
    record Result(
            Map<String, Object> record,
            Map<String, Object> logFields,
            int[] removed,
            Set<Object> dequeued,
            UnlearningModel<?> kept) {}

    private final Dataset data;
    private final SessionModel<?> model;
    private final Manifest manifest;
    private final byte[] key;
    private UnlearningModel<?> kept;

    ErasureRun(Dataset data, SessionModel<?> model, Manifest manifest, byte[] key) {
        this.data = data;
        this.model = model;
        this.manifest = manifest;
        this.key = key;
    }

    Result carryOut(ErasureRequest request, Progress progress) {
        String id = "r" + (manifest.requests().size() + 1);
        int[] rows = request.filter() != null ? byFilter(request.filter()) : byIds(request.rowIds());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("subject", request.subject());
        record.put("reason", request.reason());
        record.put("received", request.received().toString());
        record.put("method", request.method().code());
        if (request.filter() != null) {
            record.put("selected_by", "a filter over the columns " + columnsNamed(request.filter()));
            record.put("filter_digest", AuditLog.textDigest(key, request.filter()));
        } else {
            record.put("selected_by", "row ids");
        }
        record.put("rows", Arrays.stream(rows).boxed().toList());
        record.put("row_digests", digests(rows));
        Set<Object> dequeued = new HashSet<>();
        int[] removed = new int[0];
        if (request.method() == ErasureRequest.Method.QUEUE) {
            record.put("status", "queued");
        } else {
            TreeSet<Integer> all = new TreeSet<>();
            Arrays.stream(rows).forEach(all::add);
            for (Map<String, Object> queued : queued()) {
                dequeued.add(queued.get("id"));
                for (Object r : (List<?>) queued.get("rows")) {
                    all.add(((Number) r).intValue());
                }
            }
            removed = all.stream().mapToInt(Integer::intValue).toArray();
            record.put("status", "done");
            record.put("carried_out_with", new ArrayList<>(dequeued));
            record.putAll(execute(model, removed, request.method(), progress));
        }
        record.put("recorded", Instant.now().toString());
        Map<String, Object> log = new LinkedHashMap<>(record);
        log.remove("reason");
        log.remove("how");
        return new Result(record, log, removed, dequeued, kept);
    }

    private <M extends UnlearningModel<M>> Map<String, Object> execute(
            SessionModel<M> sm, int[] rows, ErasureRequest.Method method, Progress progress) {
        M before = sm.model;
        ErasureScope scope = ErasureScope.of(rows, sm.train, sm.test);
        int[] trained = scope.trained();
        TrainingSet remaining = sm.train.without(trained);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("removed", rows.length);
        out.put("removed_trained", trained.length);
        out.put("removed_not_trained", rows.length - trained.length);
        out.put("model_before", ModelHash.of(before));
        long t0 = System.nanoTime();
        M after;
        String how;
        boolean certified;
        long work = -1;
        long fullWork = -1;
        String methodUsed = "none";
        ForgetMethod used = null;
        if (trained.length == 0) {
            after = before;
            certified = true;
            how = scope.heldOut().length == rows.length
                    ? scope.heldOutNote(sm.test)
                    : "none of the rows was trained on (held out for scoring, without a label, or outside the rows"
                            + " the model learns from): the model is unchanged";
        } else {
            progress.report(0, "Forgetting " + trained.length + " rows");
            ForgetMethod by =
                    method == ErasureRequest.Method.EXACT ? exactMethod(sm.family) : sm.family.defaultMethod();
            Forgotten<M> f = by == null ? null : sm.family.forget(before, by, trained, Progress.NONE);
            ForgetReport report = f == null ? null : f.report();
            certified = report != null && report.certified();
            methodUsed = by == null ? "retrain from scratch" : by.code();
            used = by;
            if (report == null) {
                after = sm.retrain(remaining);
                how = "retrained from scratch on the " + remaining.size() + " remaining training rows (the family has"
                        + " no exact deletion method of its own)";
            } else {
                after = f.model();
                how = scope.widen(rows, report, sm.test).summary();
                work = report.workUnits();
                fullWork = report.fullWorkUnits();
            }
        }
        double wallMs = (System.nanoTime() - t0) / 1e6;
        out.put("model_after", ModelHash.of(after));
        out.put("how", how);
        out.put("certified_unchanged", certified);
        out.put("wall_ms", round(wallMs));
        out.put("work_units", work < 0 ? null : work);
        out.put("full_work_units", fullWork < 0 ? null : fullWork);
        out.put("work_unit", sm.family.family().workUnit());
        out.put("method_used", methodUsed);
        out.put("quality_metric", sm.qualityMetric());
        out.put("quality_before", round(sm.quality(before)));
        out.put("quality_after", round(sm.quality(after)));

        progress.report(0.5, "Checking against a retrain from scratch");
        long r0 = System.nanoTime();
        M retrained = trained.length == 0 ? before : sm.retrain(remaining);
        double retrainMs = (System.nanoTime() - r0) / 1e6;
        boolean identical = after.sameParameters(retrained);
        // The forget's own model goes on. One that is not exact is replaced by the retrain it was measured
        // against; so is an exact one whose state its family cannot store as it is now (a linear model with
        // removals since its last exact solve, a DaRE forest that was pruned): the retrain has its parameters.
        kept = identical && sm.storable(after) ? after : retrained;
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("against", "a retrain from scratch on the remaining rows with the same seed");
        check.put("identical", identical);
        check.put("retrain_ms", round(retrainMs));
        if (before instanceof Parametric && trained.length > 0) {
            double[] a = ((Parametric) after).parameters();
            double[] r = ((Parametric) retrained).parameters();
            check.put("distance", round(ParameterDistance.euclidean(a, r)));
            check.put("relative_distance", round(ParameterDistance.relative(a, r, ((Parametric) before).parameters())));
        }
        if (before instanceof RowLoss && sm.test != null && sm.test.size() > 0 && trained.length > 0) {
            Set<Integer> set = new HashSet<>();
            Arrays.stream(trained).forEach(set::add);
            TrainingSet forgottenRows = sm.train.whereRowId(set::contains);
            check.put("membership_auc", round(MembershipInference.auc((RowLoss) after, forgottenRows, sm.test)));
            check.put(
                    "membership_auc_retrain",
                    round(MembershipInference.auc((RowLoss) retrained, forgottenRows, sm.test)));
        }
        if (!identical && used != null && !used.exact() && before instanceof Parametric) {
            progress.report(0.8, "Feature injection");
            FeatureInjection.Result fi = injection(sm, used, trained);
            check.put("feature_injection_left", round(fi.leftFraction()));
            check.put("feature_injection_left_retrain", round(fi.retrainFraction()));
            check.put("feature_injection_influence_left", round(fi.influenceLeft()));
        }
        out.put("exact", identical);
        out.put("verification", check);
        return out;
    }

    /**
     * The feature-injection test for this request (Izzo et al. 2021): the weight of a marker column carried
     * only by these rows, after training, after forgetting them and in a retrain without them (which is not 0
     * when training adds noise, as certified removal does).
     */
    @SuppressWarnings("unchecked")
    private static <M extends UnlearningModel<M>> FeatureInjection.Result injection(
            SessionModel<M> sm, ForgetMethod by, int[] rows) {
        return FeatureInjection.runWithRetrain(
                sm.train,
                rows,
                d -> (Parametric) sm.family.train(d, sm.seed, Progress.NONE),
                (m, ids) -> (Parametric)
                        sm.family.forget((M) m, by, ids, Progress.NONE).model(),
                sm.train.dimension());
    }

    /** The model's own method when it is exact, else the family's first exact method, else none. */
    private static ForgetMethod exactMethod(Configured<?> family) {
        if (family.defaultMethod().exact()) {
            return family.defaultMethod();
        }
        return family.family().forgetMethods().stream()
                .filter(ForgetMethod::exact)
                .findFirst()
                .orElse(null);
    }

    private int[] byFilter(String filter) {
        int[] ids = RowFilter.parse(filter, data).matchingRowIds(data);
        if (ids.length == 0) {
            throw new BadInputException("the filter matches no remaining row; nothing was changed");
        }
        Set<Integer> queued = queuedRows();
        int[] fresh = Arrays.stream(ids).filter(id -> !queued.contains(id)).toArray();
        if (fresh.length == 0) {
            throw new BadInputException("every row the filter matches is already queued; nothing was changed");
        }
        return fresh;
    }

    private int[] byIds(int[] ids) {
        if (ids.length == 0) {
            throw new BadInputException("no rows given; nothing was changed");
        }
        int[] forgotten = manifest.forgotten();
        Set<Integer> queued = queuedRows();
        int n = manifest.recipe().sourceRows();
        for (int id : ids) {
            if (id < 1 || id > n) {
                throw new BadInputException(
                        "row " + id + " does not exist: the data has rows 1 to " + n + "; nothing was changed");
            }
            if (Arrays.binarySearch(forgotten, id) >= 0) {
                throw new BadInputException("row " + id + " was already forgotten; nothing was changed");
            }
            if (queued.contains(id)) {
                throw new BadInputException("row " + id + " is already queued for erasure; nothing was changed");
            }
        }
        return Arrays.stream(ids).distinct().sorted().toArray();
    }

    private List<Map<String, Object>> queued() {
        return manifest.requests().stream()
                .filter(r -> "queued".equals(r.get("status")))
                .toList();
    }

    private Set<Integer> queuedRows() {
        Set<Integer> out = new HashSet<>();
        for (Map<String, Object> q : queued()) {
            for (Object r : (List<?>) q.get("rows")) {
                out.add(((Number) r).intValue());
            }
        }
        return out;
    }

    private List<String> digests(int[] rows) {
        List<String> out = new ArrayList<>(rows.length);
        for (int id : rows) {
            out.add(AuditLog.rowDigest(key, data.rowText(data.positionOf(id))));
        }
        return out;
    }

    /** The columns a filter names (not its values, which may identify the person). */
    private List<String> columnsNamed(String filter) {
        return data.columnNames().stream().filter(filter::contains).toList();
    }

    /** Six significant digits: a distance of 9e-12 must stay 9e-12, not become 0. */
    private static double round(double v) {
        return Double.isFinite(v) && v != 0
                ? new java.math.BigDecimal(v)
                        .round(new java.math.MathContext(6))
                        .doubleValue()
                : v;
    }
}
