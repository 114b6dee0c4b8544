package org.unlearn.views.plane;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.views.common.Figures;

/** The lines of the plane's legend (drawn by {@link PlaneLegend}): a group each with its rows held, the ghosts, the pick, each mark. */
final class LegendEntries {
    private LegendEntries() {}

    /** The legend of the content coloured by {@code g}, with {@code picked} rows picked. */
    static List<LegendEntry> of(PlaneContent c, Grouping g, int picked) {
        int[] held = new int[g.groupCount()];
        int ungrouped = 0;
        for (int p = 0; p < c.size(); p++) {
            if (!c.isGhost(p)) {
                if (g.groupOf(p) >= 0) {
                    held[g.groupOf(p)]++;
                } else {
                    ungrouped++;
                }
            }
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (int k = 0; k < g.groupCount(); k++) {
            entries.add(new LegendEntry(
                    LegendEntry.Swatch.DOT, g.colour(k), g.groupName(k) + " · " + Figures.rows(held[k])));
        }
        if (ungrouped > 0) {
            entries.add(new LegendEntry(
                    LegendEntry.Swatch.DOT,
                    PlanePalette.ungrouped(),
                    "no " + g.name() + " · " + Figures.rows(ungrouped)));
        }
        if (c.ghostCount() > 0) {
            entries.add(new LegendEntry(
                    LegendEntry.Swatch.GHOST,
                    PlanePalette.ghost(),
                    c.ghostName() + " · " + Figures.rows(c.ghostCount()) + " (ghost outlines)"));
        }
        if (picked > 0) {
            entries.add(
                    new LegendEntry(LegendEntry.Swatch.PICKED, PlanePalette.ink(), "picked · " + Figures.rows(picked)));
        }
        for (PlaneMarks m : c.marks()) {
            entries.add(new LegendEntry(
                    switch (m.shape()) {
                        case DIAMOND -> LegendEntry.Swatch.DIAMOND;
                        case RING -> LegendEntry.Swatch.RING;
                        case HALO -> LegendEntry.Swatch.HALO;
                        case CHECKED -> LegendEntry.Swatch.CHECKED;
                    },
                    PlanePalette.ink(),
                    m.name()));
        }
        return entries;
    }
}
