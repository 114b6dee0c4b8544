package org.unlearn.views.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.family.Families;
import org.unlearn.model.session.Session;
import org.unlearn.views.common.Figures;

/** What the Audit view shows of a session, taken in the background after each change. */
record SessionSnapshot(
        Session session,
        String title,
        List<Map<String, Object>> requests,
        AuditLog.Verification log,
        AuditLog.Head head,
        String message) {

    static SessionSnapshot of(Session s, String message) {
        String t = s.folder().getFileName() + " — "
                + Families.byCode(s.recipe().model()).title() + " on "
                + s.recipe().source() + ", " + Figures.rows(s.remainingRows()) + ", "
                + s.forgottenRows().length
                + " forgotten · everything saved";
        return new SessionSnapshot(s, t, s.requests(), s.verifyLog(), s.head(), message);
    }

    /** "Session S · SISA · seed 42 · 1,000 rows": the status bar's model. */
    String modelLine() {
        return "Session " + session.folder().getFileName() + " · "
                + Families.byCode(session.recipe().model()).title() + " · seed "
                + session.recipe().seed() + " · "
                + Figures.rows(session.remainingRows());
    }

    /** The log's integrity at a glance. */
    String integrityLine() {
        return log.intact()
                ? "Audit log holds: " + head.count() + (head.count() == 1 ? " entry" : " entries") + ", sealed with "
                        + head.hash().substring(0, 16) + "…"
                : "Audit log does NOT verify: " + log.problem();
    }

    /** The request history as the table shows it. */
    List<AuditViewModel.RequestRow> rows() {
        List<AuditViewModel.RequestRow> list = new ArrayList<>();
        for (Map<String, Object> r : requests) {
            list.add(new AuditViewModel.RequestRow(
                    String.valueOf(r.get("id")),
                    (String) r.get("subject"),
                    RequestFigures.when(r.get("received")),
                    String.valueOf(r.get("method")),
                    ((List<?>) r.get("rows")).size(),
                    String.valueOf(r.get("status")),
                    r.containsKey("exact") ? (Boolean.TRUE.equals(r.get("exact")) ? "yes" : "no") : "—",
                    r));
        }
        return list;
    }
}
